"""Albanian as ONAC writes it: "7 dhjetor 2026", "07.12.2026", "50 677 784,5".

Read before Django's own sq formats (FORMAT_MODULE_PATH); what is not set here
(input formats: ISO dates in forms) falls back to them and to the settings.
"""

DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
TIME_FORMAT = "H:i"
YEAR_MONTH_FORMAT = "F Y"
MONTH_DAY_FORMAT = "j F"
SHORT_DATE_FORMAT = "d.m.Y"
SHORT_DATETIME_FORMAT = "d.m.Y H:i"
FIRST_DAY_OF_WEEK = 1
DECIMAL_SEPARATOR = ","
# A non-breaking space, so "50 677 784" never wraps inside a figure.
THOUSAND_SEPARATOR = "\xa0"
NUMBER_GROUPING = 3

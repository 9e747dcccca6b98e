"""Serbian (Cyrillic): "7. децембар 2026.", "7.12.2026.", "50.677.784,5".

Django's own sr formats, pinned here so figures keep their grouping whatever
Django's defaults become; the rest (input formats) falls back to Django's sr.
"""

DATE_FORMAT = "j. F Y."
DATETIME_FORMAT = "j. F Y. H:i"
TIME_FORMAT = "H:i"
YEAR_MONTH_FORMAT = "F Y."
MONTH_DAY_FORMAT = "j. F"
SHORT_DATE_FORMAT = "j.m.Y."
SHORT_DATETIME_FORMAT = "j.m.Y. H:i"
FIRST_DAY_OF_WEEK = 1
DECIMAL_SEPARATOR = ","
THOUSAND_SEPARATOR = "."
NUMBER_GROUPING = 3

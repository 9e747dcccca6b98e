"""Serbian (Cyrillic): "7. децембар 2026.", "7.12.2026.", "50.677.784,5".

Django's own sr formats, pinned here so figures keep their grouping whatever
Django's defaults become. Forms read ISO dates first, as in the other languages:
a date picker (<input type="date">) shows only a value written YYYY-MM-DD, and
Django's sr list starts with "01.01.2022.". Serbian dates typed by hand still parse.
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
DATE_INPUT_FORMATS = ["%Y-%m-%d", "%d.%m.%Y.", "%d.%m.%Y", "%d. %m. %Y."]
DATETIME_INPUT_FORMATS = [
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%d.%m.%Y. %H:%M:%S",
    "%d.%m.%Y. %H:%M",
]

"""Month names as they are written inside a date: "7 dhjetor 2026", not "7 Dhjetor 2026".

Django's sq catalogue capitalises the months ("Dhjetor"), which Albanian
writes in lowercase. The same msgids are marked here so that makemessages
keeps them in Fener's catalogue, which Django reads before its own
(LOCALE_PATHS); the sr entries repeat Django's Cyrillic names.
"""

from django.utils.translation import gettext_noop

MONTHS = (
    gettext_noop("January"),
    gettext_noop("February"),
    gettext_noop("March"),
    gettext_noop("April"),
    gettext_noop("May"),
    gettext_noop("June"),
    gettext_noop("July"),
    gettext_noop("August"),
    gettext_noop("September"),
    gettext_noop("October"),
    gettext_noop("November"),
    gettext_noop("December"),
)

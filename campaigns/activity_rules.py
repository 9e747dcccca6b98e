"""What an activity's dates and organiser must satisfy, for the admin form and the
import alike (one wording of each rule)."""

import datetime

from django.utils.formats import date_format
from django.utils.translation import gettext as _

from siteconf.precise_dates import PreciseDate


def date_in_future(when: PreciseDate, *, today: datetime.date) -> str | None:
    """Activities are work done: a date after today is a typo (2030 for 2013)."""
    if when.first_day > today:
        return _("%(date)s is in the future: record activities once they are held.") % {
            "date": when
        }
    return None


def end_before_start(start: PreciseDate, end: PreciseDate | None) -> str | None:
    if end is not None and end.last_day < start.first_day:
        return _("The end date is before the start date.")
    return None


def outside_campaign(
    start: PreciseDate, end: PreciseDate | None, campaign
) -> str | None:
    """The campaign's period, when the activity cannot fall inside it.

    A month or a year is outside only if no day of it is inside: "2014" may be
    the October week of a 2014 campaign.
    """
    if campaign is None:
        return None
    latest = (end or start).last_day
    begins, ends = campaign.start_date, campaign.end_date
    if (begins and latest < begins) or (ends and start.first_day > ends):
        return _(
            "The campaign ran from %(start)s to %(end)s; this activity falls outside it."
        ) % {
            "start": date_format(begins, "SHORT_DATE_FORMAT") if begins else "…",
            "end": date_format(ends, "SHORT_DATE_FORMAT") if ends else "…",
        }
    return None


def organiser_missing(campaign, organiser) -> str | None:
    if campaign is None and organiser is None:
        return _("Work outside an office campaign needs its organiser.")
    return None


def audience_problem(activity) -> str | None:
    """Women and men reached within the total, whenever the figures are known."""
    total, women, men = (
        activity.audience_total,
        activity.audience_female,
        activity.audience_male,
    )
    if total is None and (women is not None or men is not None):
        return _("Give the total when women or men reached are given.")
    if None not in (total, women, men) and women + men > total:
        return _("Women and men reached (%(sum)s) are more than the total.") % {
            "sum": women + men
        }
    return None

"""E-mail reminders to reporting institutions, sent by the daily beat task.

For each running plan, the last reporting period that has ended:
- `reminder_days` before its deadline, institutions that have not submitted
  are reminded ("before");
- the day after the deadline, those still missing are told they are late.
One message per reporter with an e-mail address, in the reporter's language
(their admin profile's, else the site's). Exact days keep it once each when the
task runs daily.
"""

from datetime import date, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage, get_connection
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from wagtail.users.models import UserProfile

from ..models import Plan
from .reporting import agencies_to_remind
from .schedule import due_date, period_code, period_containing, schedule_for

REPORTER_GROUP = "Institution reporter"
BEFORE, LATE = "before", "late"


def reminders_send(*, today: date) -> int:
    """Send the reminders due today; return how many e-mails went out."""
    sent = 0
    plans = Plan.objects.filter(
        start_year__lte=today.year, end_year__gte=today.year - 1
    )
    with get_connection() as connection:
        for plan in plans:  # a handful of plans
            schedule = schedule_for(plan)
            current = period_containing(today, schedule.cadence)
            ended = period_containing(
                current.start - timedelta(days=1), schedule.cadence
            )
            if ended.start.year > plan.end_year:
                continue
            due = due_date(plan, ended, schedule)
            kind = {
                due - timedelta(days=schedule.reminder_days): BEFORE,
                due + timedelta(days=1): LATE,
            }.get(today)
            if kind:
                sent += _remind(plan, ended, due, kind, connection)
    return sent


def _remind(plan, period, due, kind, connection) -> int:
    reporters = (
        get_user_model()
        .objects.filter(
            groups__name=REPORTER_GROUP,
            is_active=True,
            organisation__in=agencies_to_remind(plan=plan, period=period),
        )
        .exclude(email="")
    )
    reporters = list(reporters.select_related("organisation"))
    languages = dict(
        UserProfile.objects.filter(user__in=reporters).values_list(
            "user_id", "preferred_language"
        )
    )
    for user in reporters:
        language = languages.get(user.pk) or settings.LANGUAGE_CODE
        _message(user, plan, period, due, kind, language, connection).send()
    return len(reporters)


def _message(user, plan, period, due, kind, language, connection) -> EmailMessage:
    with translation.override(language):
        path = reverse("reporting_submission", args=[plan.code, period_code(period)])
        context = {
            "user": user,
            "plan": plan,
            "period": period_code(period),
            "due": due,
            "late": kind == LATE,
            "url": settings.WAGTAILADMIN_BASE_URL + path,
        }
        subject = render_to_string(
            "trainings/email/report_reminder_subject.txt", context
        )
        body = render_to_string("trainings/email/report_reminder_body.txt", context)
    return EmailMessage(
        subject=" ".join(subject.split()),  # one line: no header injection
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[user.email],
        connection=connection,
    )

"""Institutions report every half-year; the office reviews and follows who reported.

Plan RP (Albania, so half-years; due 30 days after the period ends):
measure 1.1 (lead ASP, manual indicator 1.1-a), measure 1.2 (lead MAS,
contributing ASP), measure 2.1 (lead ONAC). Three institutions are expected
to report; 2022-H1 is due by 30 July 2022.
"""

import datetime

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile

from tests.factories import (
    AgencyFactory,
    IndicatorFactory,
    PlanFactory,
    PlanNodeFactory,
    pdf_bytes,
)
from trainings.models import (
    Indicator,
    ManualValue,
    NodeStatus,
    ReportingSchedule,
    Submission,
)
from trainings.monitoring.reporting import tracker
from trainings.monitoring.schedule import reporting_period
from trainings.tasks import reporting_reminders_task

D = datetime.date
FORM = "/sq/reporting/RP/2022-H1/"


@pytest.fixture
def rp(db):
    asp, mas, onac = (AgencyFactory(code=c, name=c) for c in ("ASP", "MAS", "ONAC"))
    plan = PlanFactory(code="RP", country="AL", start_year=2021, end_year=2023)
    m11 = PlanNodeFactory(plan=plan, code="1.1", position=1, title="Trajnime")
    m12 = PlanNodeFactory(plan=plan, code="1.2", position=2, title="Fushata")
    m21 = PlanNodeFactory(plan=plan, code="2.1", position=3, title="Koordinim")
    m11.lead_agencies.set([asp])
    m12.lead_agencies.set([mas])
    m12.contributing_agencies.set([asp])
    m21.lead_agencies.set([onac])
    indicator = IndicatorFactory(
        node=m11,
        code="1.1-a",
        name="Zyrtarë të trajnuar",
        source=Indicator.Source.MANUAL,
    )
    return plan, {"ASP": asp, "MAS": mas, "ONAC": onac}, indicator


@pytest.fixture
def reporter(rp, make_user):
    _, agencies, _ = rp
    return make_user(
        "asp",
        "Institution reporter",
        organisation=agencies["ASP"],
        email="asp@example.org",
    )


def test_albanian_journey_draft_submit_return_resubmit_accept(
    rp, reporter, make_user, client
):
    plan, _, indicator = rp
    officer = make_user("officer", "Monitoring officer")
    client.force_login(reporter)

    # the reporter sees their plan and the measures their institution is named on
    home = client.get("/sq/reporting/").content.decode()
    assert "2022-H1" in home
    assert 'href="/sq/reporting/">Raportet e institucionit tuaj</a>' in home  # header
    page = client.get(FORM).content.decode()
    assert "Trajnime" in page and "Fushata" in page
    assert "Koordinim" not in page  # ONAC's measure

    # saves a draft
    draft = {
        "status_" + str(plan.nodes.get(code="1.1").pk): "in_progress",
        "achievements_" + str(plan.nodes.get(code="1.1").pk): "U trajnuan 12 zyrtarë.",
        f"value_{indicator.pk}": "12",
        "save": "",
    }
    assert client.post(FORM, draft).status_code == 302
    submission = Submission.objects.get(plan=plan, period="2022-H1")
    assert submission.state == "draft"

    # submitting needs a status for every measure
    response = client.post(FORM, {**draft, "submit": ""})
    assert "Jepni një status për çdo masë" in response.content.decode()
    submission.refresh_from_db()
    assert submission.state == "draft"
    full = {**draft, "status_" + str(plan.nodes.get(code="1.2").pk): "partial"}
    assert client.post(FORM, {**full, "submit": ""}).status_code == 302
    submission.refresh_from_db()
    assert submission.state == "submitted"

    # submitting locks: a later post changes nothing
    client.post(FORM, {**full, f"value_{indicator.pk}": "99", "save": ""})
    assert submission.values.get().value == 12
    assert "Raporti u dorëzua dhe është i kyçur" in client.get(FORM).content.decode()

    # the office returns it with a comment
    client.force_login(officer)
    review = f"/admin/monitoring/submissions/{submission.pk}/"
    client.post(review, {"comment": "Shtoni listën e pjesëmarrësve.", "return": ""})
    submission.refresh_from_db()
    assert submission.state == "returned"

    # the reporter reads the comment, adds evidence and submits again
    client.force_login(reporter)
    assert "Shtoni listën e pjesëmarrësve." in client.get(FORM).content.decode()
    evidence = SimpleUploadedFile("lista.pdf", pdf_bytes(), "application/pdf")
    client.post(FORM, {**full, "evidence": evidence, "submit": ""})
    submission.refresh_from_db()
    assert submission.state == "submitted"
    assert submission.evidence.count() == 1

    # the office accepts: statuses and values land in the plan's monitoring
    client.force_login(officer)
    client.post(review, {"comment": "", "accept": ""})
    submission.refresh_from_db()
    assert submission.state == "accepted"
    assert dict(
        NodeStatus.objects.filter(period="2022-H1").values_list("node__code", "status")
    ) == {"1.1": "in_progress", "1.2": "partial"}
    value = ManualValue.objects.get(indicator=indicator)
    assert (value.value, value.period_end, value.entered_by) == (
        12,
        D(2022, 6, 30),
        reporter,
    )
    assert list(submission.events.values_list("action", flat=True)) == [
        "saved",  # the refused submit changed nothing
        "submitted",
        "returned",
        "submitted",
        "accepted",
    ]

    # and the tracker shows it
    tracker_page = client.get(
        f"/admin/monitoring/tracker/?plan={plan.pk}&period=2022-H1"
    ).content.decode()
    assert "1 nga 3 institucione raportuan (33,3 %)" in tracker_page
    assert "Pranuar" in tracker_page


def test_evidence_is_checked_like_other_uploads(rp, reporter, client):
    client.force_login(reporter)
    program = SimpleUploadedFile("raport.pdf", b"MZ\x90\x00" + b"\x00" * 200)

    response = client.post(FORM, {"evidence": program, "save": ""})

    assert response.status_code == 200
    assert not Submission.objects.filter(evidence__isnull=False).exists()


def test_a_reporter_sees_only_their_institutions_reports(
    rp, reporter, make_user, client
):
    plan, agencies, _ = rp
    other = make_user("mas", "Institution reporter", organisation=agencies["MAS"])
    client.force_login(other)
    client.post(
        FORM,
        {
            f"status_{plan.nodes.get(code='1.2').pk}": "full",
            "evidence": SimpleUploadedFile("a.pdf", pdf_bytes()),
            "save": "",
        },
    )
    evidence = Submission.objects.get(agency=agencies["MAS"]).evidence.get()

    client.force_login(reporter)

    assert client.get(f"/sq/reporting/evidence/{evidence.pk}/").status_code == 404
    assert (
        client.get("/sq/reporting/RP/2022-Q3/").status_code == 404
    )  # not AL's cadence
    client.force_login(other)
    assert client.get(f"/sq/reporting/evidence/{evidence.pk}/").status_code == 200


def test_tracker_counts_reporting_and_late_institutions(rp):
    plan, agencies, _ = rp
    period = reporting_period(plan, "2022-H1")
    for code, state, day in [
        ("ASP", "accepted", D(2022, 7, 20)),  # on time
        ("MAS", "submitted", D(2022, 8, 5)),  # after 30 July: late
        ("ONAC", "draft", None),  # a draft is not a report
    ]:
        Submission.objects.create(
            plan=plan,
            agency=agencies[code],
            period="2022-H1",
            period_start=period.start,
            period_end=period.end,
            state=state,
            submitted_at=datetime.datetime(
                day.year, day.month, day.day, 10, tzinfo=datetime.UTC
            )
            if day
            else None,
        )

    data = tracker(plan=plan, period=period, today=D(2022, 8, 10))

    assert data["due"] == D(2022, 7, 30)
    assert (data["expected"], data["reporting"], data["percent"]) == (3, 2, 66.7)
    late = {row.code: row.late for row in data["rows"]}
    assert late == {"ASP": False, "MAS": True, "ONAC": True}


def test_deadlines_are_per_plan(rp):
    plan, _, _ = rp
    ReportingSchedule.objects.create(plan=plan, cadence="quarter", deadline_days=15)

    data = tracker(
        plan=plan, period=reporting_period(plan, "2022-Q3"), today=D(2022, 10, 1)
    )

    assert data["due"] == D(2022, 10, 15)


@pytest.fixture
def reporters(rp, make_user):
    _, agencies, _ = rp
    make_user(
        "asp",
        "Institution reporter",
        organisation=agencies["ASP"],
        email="asp@example.org",
    )
    make_user(
        "mas",
        "Institution reporter",
        organisation=agencies["MAS"],
        email="mas@example.org",
        admin_language="sr",
    )
    make_user("onac", "Institution reporter", organisation=agencies["ONAC"], email="")


def test_reminder_a_week_before_the_deadline_in_each_reporters_language(rp, reporters):
    # 2022-H1 is due by 30 July: seven days before is 23 July
    sent = reporting_reminders_task(today="2022-07-23")

    assert sent == 2  # ONAC's reporter has no address
    by_address = {message.to[0]: message for message in mail.outbox}
    assert "2022-H1" in by_address["asp@example.org"].subject
    assert "Kujtesë" in by_address["asp@example.org"].subject
    assert "Подсетник" in by_address["mas@example.org"].subject
    assert "/sr/reporting/RP/2022-H1/" in by_address["mas@example.org"].body


def test_late_reporters_are_told_the_day_after_and_not_those_who_submitted(
    rp, reporters
):
    plan, agencies, _ = rp
    period = reporting_period(plan, "2022-H1")
    Submission.objects.create(
        plan=plan,
        agency=agencies["ASP"],
        period="2022-H1",
        period_start=period.start,
        period_end=period.end,
        state="submitted",
    )

    sent = reporting_reminders_task(today="2022-07-31")

    assert sent == 1
    assert mail.outbox[0].to == ["mas@example.org"]
    assert "касни" in mail.outbox[0].subject  # Serbian: "is late"
    assert reporting_reminders_task(today="2022-08-01") == 0  # once

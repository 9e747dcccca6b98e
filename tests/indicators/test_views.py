"""The monitoring officer's screens: report, exports, background jobs, manual values."""

import io

import pytest
from openpyxl import load_workbook

from tests.indicators.xlsx_table import table
from trainings.models import ManualValue, ReportJob

REPORT = "/admin/indicators/"
QUERY = "?plan={plan}&kind=year&year=2022"


def refused(response, to="/admin/") -> bool:
    """Wagtail turns PermissionDenied into a redirect to the admin home."""
    return response.status_code == 403 or (
        response.status_code == 302 and response.url.startswith(to)
    )


@pytest.fixture
def officer(make_user, client):
    user = make_user("officer", "Monitoring officer")
    client.force_login(user)
    return user


def test_officer_sees_the_report_table(world, officer, client):
    response = client.get(REPORT + QUERY.format(plan=world.plan.pk))

    assert response.status_code == 200
    html = response.content.decode()
    assert "Vlera e synuar 2022" in html
    assert "Persona të veçantë <strong>13</strong>" in html


@pytest.mark.parametrize("role", ["Trainer", "Campaign editor"])
def test_other_admin_roles_are_refused(world, make_user, client, role):
    client.force_login(make_user("someone", role))

    assert refused(client.get(REPORT))
    assert refused(client.get("/admin/indicators/dashboard/"))
    assert refused(client.get("/admin/indicators/export/xlsx/?kind=year&year=2022"))


def test_partner_and_anonymous_cannot_reach_the_report(world, make_user, client):
    assert refused(client.get(REPORT), to="/admin/login/")

    client.force_login(make_user("partner", "Partner"))

    assert refused(client.get(REPORT))


def test_invalid_period_keeps_the_form_and_says_why(world, officer, client):
    response = client.get(REPORT + "?kind=custom&start=2022-05-01")

    assert response.status_code == 200
    assert "Jepni të dyja datat e intervalit." in response.content.decode()


def test_xlsx_export_downloads_the_plans_table(world, officer, client):
    response = client.get(
        "/admin/indicators/export/xlsx/" + QUERY.format(plan=world.plan.pk)
    )

    assert response.status_code == 200
    assert 'filename="TP-2022.xlsx"' in response["Content-Disposition"]
    sheet = load_workbook(io.BytesIO(response.content)).active
    assert table(sheet)[0][:2] == ["Nr.", "Measure"]


def test_pdf_export_is_a_pdf(world, officer, client):
    response = client.get(
        "/admin/indicators/export/pdf/" + QUERY.format(plan=world.plan.pk)
    )

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")


def test_background_report_reports_progress_and_downloads(
    world, officer, client, django_capture_on_commit_callbacks, stored_privately
):
    # given a report queued from the report page (tasks run eagerly in tests)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/admin/indicators/jobs/",
            {
                "plan": world.plan.pk,
                "kind": "quarter",
                "year": 2022,
                "part": 2,
                "format": "csv",
            },
        )
    job = ReportJob.objects.get()
    assert response.url == f"/admin/indicators/jobs/{job.pk}/"

    # when the progress bar polls
    status = client.get(f"/admin/indicators/jobs/{job.pk}/status/").json()

    # then it is done and the file holds the quarter's figures
    assert status["state"] == "done" and status["progress"] == 100
    download = client.get(status["download"])
    content = b"".join(download.streaming_content).decode()
    assert "Realizimi 2022 Q2" in content.splitlines()[0]  # the requester's language
    job.refresh_from_db()
    assert stored_privately(job.file.name)  # only this view hands it out


def test_someone_elses_job_is_hidden(world, officer, client, make_user):
    job = ReportJob.objects.create(
        period_start="2022-01-01",
        period_end="2022-12-31",
        period_label="2022",
        format="csv",
        state=ReportJob.State.DONE,
        created_by=make_user("other", "Monitoring officer"),
    )

    for path in ("status/", "download/"):
        url = f"/admin/indicators/jobs/{job.pk}/{path}"
        assert client.get(url, follow=True).status_code == 404


def test_manual_value_is_recorded_with_who_entered_it(world, officer, client):
    url = f"/admin/indicators/{world.manual.pk}/values/"

    response = client.post(
        url, {"period_start": "2022-01-01", "period_end": "2022-06-30", "value": "12"}
    )

    assert response.status_code == 302
    value = ManualValue.objects.get(indicator=world.manual)
    assert (value.value, value.entered_by) == (12, officer)
    assert "officer" in client.get(url).content.decode()


def test_manual_value_with_reversed_dates_is_refused_and_kept(world, officer, client):
    response = client.post(
        f"/admin/indicators/{world.manual.pk}/values/",
        {"period_start": "2022-06-30", "period_end": "2022-01-01", "value": "12"},
    )

    assert response.status_code == 200
    assert "Periudha mbaron para se të fillojë." in response.content.decode()
    assert 'value="12"' in response.content.decode()
    assert not ManualValue.objects.exists()


def test_dashboard_draws_the_charts(world, officer, client):
    response = client.get("/admin/indicators/dashboard/?year=2022")

    html = response.content.decode()
    assert response.status_code == 200
    assert "shkurt 2022" in html and "maj 2022" in html  # trainings per month
    assert "<th>M1</th>" in html and "<th>M2</th>" in html  # module heatmap


def test_manual_value_beyond_realistic_is_refused_on_its_field(world, officer, client):
    response = client.post(
        f"/admin/indicators/{world.manual.pk}/values/",
        {
            "period_start": "2022-01-01",
            "period_end": "2022-06-30",
            "value": "2147483648",
        },
    )

    assert response.status_code == 200
    assert response.context["form"].errors["value"] == [
        "2147483648 është më shumë se sa pranon kjo fushë (më së shumti 10000000): "
        "kontrolloni shifrën."  # the admin speaks Albanian
    ]
    assert not ManualValue.objects.exists()

"""The monitoring screens and reports speak the officer's language, never English.

A user with no preference gets the admin's default (Albanian); one who chose
Serbian gets Serbian: the report, its exports, the dashboard, the manual values,
the background job and the plan import, headings and figures alike.
"""

import csv
import io
import re
from html.parser import HTMLParser

import pypdfium2
import pytest
from openpyxl import load_workbook
from wagtail.users.models import UserProfile

from tests.indicators.xlsx_table import table

QUERY = "?plan={plan}&kind=year&year=2022"
# What these screens used to show in English (Fener's words, not Wagtail's).
ENGLISH = [
    "Indicator report",
    "Show",
    "All plans",
    "Sessions",
    "Participants",
    "Unique people",
    "named trainees",
    "Download",
    "Build in the background",
    "Enter values",
    "Responsible institution",
    "Contributing institution",
    "Indicators",
    "Unit",
    "Baseline",
    "Target",
    "Actual",
    "of target",
    "Breakdown",
    "Half-year",
    "Quarter",
    "Year",
    "Trainings per month",
    "People trained by profession",
    "SOP module coverage",
    "Profession",
    "Campaign reach",
    "No campaign activities",
    "Save value",
    "Values reported",
    "Value",
    "Note",
    "Entered by",
    "Entered at",
    "Values of",
    "Import a plan",
    "New plan",
    "Level names",
    "Start year",
    "End year",
    "Building report",
    "Waiting",
    "Done",
    "Ready",
    "unknown",
]
WORDS = {
    "sq": {
        "report": ["Raporti i treguesve", "Seanca", "Persona të veçantë", "Shfaq"],
        "heading": ["Institucioni përgjegjës", "Vlera bazë 2020", "Realizimi 2022"],
        "dashboard": ["Trajnime në muaj", "Profesioni", "shkurt 2022"],
        "manual": ["Ruaj vlerën", "Vlerat e raportuara", "Fillimi i periudhës"],
        "import": ["Importo një plan", "Plan i ri (plotësoni fushat më poshtë)"],
        "job": ["Raporti po përgatitet", "Përfunduar", "Skedari është gati"],
        "figure": "1 234,50 €",
    },
    "sr": {
        "report": ["Извештај о индикаторима", "Сесије", "Јединствене особе", "Прикажи"],
        "heading": ["Одговорна институција", "Полазна вредност 2020", "Остварено 2022"],
        "dashboard": ["Обуке по месецу", "Професија"],
        "manual": ["Сачувај вредност", "Пријављене вредности", "Почетак периода"],
        "import": ["Увези план", "Нови план (попуните поља испод)"],
        "job": ["Извештај се припрема", "Готово", "Датотека је спремна"],
        "figure": "1.234,50 €",
    },
}


class _Text(HTMLParser):
    """The text a reader sees in <main>: no tags, scripts or styles."""

    def __init__(self):
        super().__init__()
        self.parts, self.hidden, self.main = [], 0, 0

    def handle_starttag(self, tag, attrs):
        self.hidden += tag in ("script", "style")
        self.main += tag == "main"

    def handle_endtag(self, tag):
        self.hidden -= tag in ("script", "style")
        self.main -= tag == "main"

    def handle_data(self, data):
        if self.main and not self.hidden:
            self.parts.append(data)


def visible(response) -> str:
    parser = _Text()
    parser.feed(response.content.decode())
    return " ".join(" ".join(parser.parts).split())


def english_in(text: str) -> list[str]:
    return [w for w in ENGLISH if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text)]


@pytest.fixture(params=["sq", "sr"])
def officer(request, make_user, client):
    """An administrator with no preference (the admin's sq), or one who chose sr."""
    user = make_user("officer")  # a superuser: also sees the plan import
    if request.param == "sr":
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = "sr"
        profile.save()
    client.force_login(user)
    return request.param


def test_every_monitoring_screen_is_in_the_users_language(
    world, officer, client, django_capture_on_commit_callbacks
):
    words = WORDS[officer]
    world.plan.nodes.filter(code="1.1").update(budget=1234.5)
    query = QUERY.format(plan=world.plan.pk)
    with django_capture_on_commit_callbacks(execute=True):
        job = client.post("/admin/indicators/jobs/", {"format": "csv", **_form(query)})
    screens = {
        "report": client.get("/admin/indicators/" + query),
        "dashboard": client.get("/admin/indicators/dashboard/?year=2022"),
        "manual": client.get(f"/admin/indicators/{world.manual.pk}/values/"),
        "import": client.get("/admin/indicators/plans/import/"),
        "job": client.get(job.url),
    }

    for name, response in screens.items():
        assert response.status_code == 200, name
        text = visible(response)
        assert english_in(text) == [], name
        for word in words.get(name, []):
            assert word in text, (name, word)
    report = visible(screens["report"])
    assert all(word in report for word in words["heading"])
    assert words["figure"] in report  # the budget, written as the language does


def test_exports_come_out_in_the_users_language(world, officer, client):
    words = WORDS[officer]["heading"]
    query = QUERY.format(plan=world.plan.pk)

    csv_text = client.get("/admin/indicators/export/csv/" + query).content.decode()
    xlsx = client.get("/admin/indicators/export/xlsx/" + query).content
    pdf = client.get("/admin/indicators/export/pdf/" + query).content

    csv_heading = next(csv.reader(io.StringIO(csv_text.removeprefix("\ufeff"))))
    xlsx_heading, _rows = table(load_workbook(io.BytesIO(xlsx)).active)
    document = pypdfium2.PdfDocument(pdf)
    pdf_text = " ".join(page.get_textpage().get_text_range() for page in document)
    pdf_text = " ".join(pdf_text.split())
    for heading in (" ".join(csv_heading), " ".join(xlsx_heading), pdf_text):
        assert english_in(heading) == []
        for word in words:
            assert word in heading


def _form(query: str) -> dict:
    return dict(pair.split("=") for pair in query.lstrip("?").split("&"))


@pytest.mark.parametrize("officer", ["sq"], indirect=True)
def test_the_files_language_can_be_chosen_on_export(
    world, officer, client, django_capture_on_commit_callbacks
):
    query = QUERY.format(plan=world.plan.pk)

    english = client.get("/admin/indicators/export/csv/" + query + "&language=en")
    with django_capture_on_commit_callbacks(execute=True):
        job = client.post(
            "/admin/indicators/jobs/",
            {"format": "csv", "language": "sr", **_form(query)},
        )
    status = client.get(job.url + "status/").json()
    serbian = b"".join(client.get(status["download"]).streaming_content).decode()

    assert "Responsible institution" in english.content.decode().splitlines()[0]
    assert "Одговорна институција" in serbian.splitlines()[0]
    # the screen itself stays in the officer's language
    screen = visible(client.get("/admin/indicators/" + query + "&language=en"))
    assert "Institucioni përgjegjës" in screen

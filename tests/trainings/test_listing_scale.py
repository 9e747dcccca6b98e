"""Admin listings cost the same whatever the history: each figure is counted for the
page's rows only, and the attendance list filters sessions by what is typed, not
from a list of every session ever held."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import ParticipationFactory, TraineeFactory, TrainingSessionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def office_client(client, make_user):
    client.force_login(make_user("zyra", "Office administrator"))
    return client


def _queries(client, url: str) -> tuple[int, str]:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response.content.decode()


def _sessions(n: int, start: int = 0) -> None:
    for i in range(start, start + n):
        session = TrainingSessionFactory(ref=f"S-{i:03d}", title=f"Seanca {i}")
        ParticipationFactory.create_batch(2, session=session)
        ParticipationFactory(session=session, trainee=None, count=10)


@pytest.mark.parametrize(
    "url", ["/admin/trainings/sessions/", "/admin/trainings/trainees/"]
)
def test_a_listing_costs_the_same_queries_with_ten_times_the_history(
    office_client, url
):
    _sessions(3)
    _queries(office_client, url)
    few, _ = _queries(office_client, url)
    _sessions(30, start=3)

    many, _ = _queries(office_client, url)

    assert many == few


def test_the_sessions_listing_counts_each_sessions_people(office_client):
    session = TrainingSessionFactory(ref="AL-KUKES", title="Kukës")
    ParticipationFactory.create_batch(3, session=session)
    ParticipationFactory(session=session, trainee=None, count=40)

    _, html = _queries(office_client, "/admin/trainings/sessions/")

    row = html[html.index("AL-KUKES") :]
    assert ">43<" in row[: row.index("</tr>")].replace(" ", "").replace("\n", "")


def test_the_trainees_listing_counts_sessions_attended(office_client):
    person = TraineeFactory(full_name="Arta Hoxha")
    for ref in ("A-1", "A-2"):
        ParticipationFactory(session=TrainingSessionFactory(ref=ref), trainee=person)

    response = office_client.get("/admin/trainings/trainees/?q=Arta")

    [row] = response.context["object_list"]
    assert row.sessions == 2


def test_attendance_is_filtered_by_typing_a_session_not_from_every_session(
    office_client,
):
    _sessions(25)
    kukes = TrainingSessionFactory(ref="AL-KUKES", title="Trajnim në Kukës")
    ParticipationFactory(session=kukes, trainee=TraineeFactory(full_name="Drita"))

    _, html = _queries(office_client, "/admin/trainings/attendance/?session=kukës")

    # no <option> per session ever held in the filters
    assert "Seanca 7" not in html
    assert "Drita" in html
    _, html = _queries(office_client, "/admin/trainings/attendance/?session=AL-KUKES")
    assert "Drita" in html

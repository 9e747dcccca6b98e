"""The session editor stays small and its queries do not grow with its people.

With the real reference lists (143 institutions, 55 professions) every attendance
row repeated both lists as <option>s: 22 people were 675 KB of HTML, 3-4.6 s to
open on a mobile connection (issue 17). A trainer's 50-person session must stay
under 150 KB, and opening it must cost the same queries as a 5-person one.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from bench.session_world import session_with_people
from trainings.demo import build_reference

pytestmark = pytest.mark.django_db


@pytest.fixture
def real_reference(roles):
    build_reference()


def _editor(client, people: int) -> tuple[bytes, int]:
    session, trainer = session_with_people(people, username=f"trainer{people}")
    client.force_login(trainer)
    url = reverse("training_sessions:edit", args=[session.pk])
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return response.content, len(queries)


def test_fifty_people_editor_is_under_150_kb(client, real_reference):
    html, _ = _editor(client, 50)
    # Every person is on the page, named in its row.
    assert html.count(b"Arta Hoxha trainer50 ") == 50
    assert len(html) < 150 * 1024


def test_editor_queries_do_not_grow_with_people(client, real_reference):
    _, few = _editor(client, 5)
    _, many = _editor(client, 50)
    assert many == few

"""Event types: a reference list (`import_reference event_types`), on sessions in
the form, the listing and `import_sessions`."""

import pytest
from django.core.management import call_command
from django.urls import reverse

from tests.factories import EventTypeFactory, TrainingSessionFactory
from trainings.imports import sessions_import
from trainings.models import EventType, TrainingSession

from .test_admin_screens import _session_form

pytestmark = pytest.mark.django_db

SESSIONS = (
    "ref,title,event_type,start_date,end_date\n"
    "AL-2014-001,Training of trainers on the SOPs,TOT,2014-03-04,2014-03-05\n"
    "AL-2014-002,Regional seminar on identification,Seminar,2014-04-10,2014-04-10\n"
    "AL-2014-003,Study visit to Italy,,2014-06-02,2014-06-06\n"
)


@pytest.fixture
def event_types(db):
    EventTypeFactory(code="TOT", name="Trajnim trajnerësh")
    EventTypeFactory(code="SEMINAR", name="Seminar")
    EventTypeFactory(code="STUDY_VISIT", name="Vizitë studimore")


def test_import_reference_loads_event_types_in_three_languages(tmp_path):
    path = tmp_path / "event_types.csv"
    path.write_text(
        "code,name,name_en,name_sr\n"
        "ROUND_TABLE,Tryezë e rrumbullakët,Round table,Округли сто\n",
        encoding="utf-8",
    )
    # when
    call_command("import_reference", "event_types", str(path))
    # then
    row = EventType.objects.get(code="ROUND_TABLE")
    assert (row.name, row.name_en, row.name_sr) == (
        "Tryezë e rrumbullakët",
        "Round table",
        "Округли сто",
    )


def test_sessions_import_takes_an_event_type_by_code_or_name(event_types):
    # when
    result = sessions_import(SESSIONS.encode(), filename="s.csv")
    # then
    assert result.ok, result.errors.report()
    types = dict(TrainingSession.objects.values_list("ref", "event_type__code"))
    assert types == {
        "AL-2014-001": "TOT",
        "AL-2014-002": "SEMINAR",
        "AL-2014-003": None,
    }


def test_an_unknown_event_type_suggests_the_closest_code(event_types):
    text = "ref,title,event_type,start_date,end_date\nX-1,Visit,STUDY-VISIT,2014-06-02,2014-06-02\n"
    # when
    result = sessions_import(text.encode(), filename="s.csv")
    # then
    assert result.errors.report() == [
        "rreshti 2, kolona event_type: lloj eventi i panjohur 'STUDY-VISIT' "
        "(mos keni parasysh STUDY_VISIT?)"
    ]
    assert not TrainingSession.objects.exists()


def test_session_form_listing_and_filter_show_the_event_type(
    client, make_user, event_types
):
    client.force_login(make_user("office", "Office administrator"))
    seminar = EventType.objects.get(code="SEMINAR")
    TrainingSessionFactory(ref="AL-2014-009", title="Untyped workshop")
    # when: a session typed on the form
    form = _session_form([]) | {"event_type": str(seminar.pk)}
    client.post(reverse("training_sessions:add"), form)
    # then
    assert TrainingSession.objects.get(ref="AL-2023-060").event_type == seminar
    listing = client.get(reverse("training_sessions:index")).content.decode()
    assert "Seminar" in listing
    filtered = client.get(
        reverse("training_sessions:index"), {"event_type": seminar.pk}
    ).content.decode()
    assert "AL-2023-060" in filtered and "AL-2014-009" not in filtered

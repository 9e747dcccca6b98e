"""Records as the ONAC 2014 implementation report states them: a series with one
head-count for all its sessions, a record standing for several sessions, and
counts given as "around" or "more than"."""

import pytest

from trainings.imports import participants_import, sessions_import
from trainings.models import Participation, SeriesAttendance, TrainingSession

pytestmark = pytest.mark.django_db

SESSIONS = (
    "ref,title,series,sessions_count,qualifier,start_date,end_date\n"
    "AL-2014-SH,SOP training for local actors (Shkodër),RATC-2014,,,2014-03-04,2014-03-04\n"
    "AL-2014-KU,SOP training for local actors (Kukës),RATC-2014,,,2014-03-11,2014-03-11\n"
    "AL-2014-LE,SOP training for local actors (Lezhë),RATC-2014,,,2014-03-18,2014-03-18\n"
    "AL-2014-SEM,Seminars on identification (5 in total),,5,exact,2014-05-01,2014-06-30\n"
)
PARTICIPANTS = (
    "session_ref,full_name,count,qualifier\n"
    "series:RATC-2014,,62,\n"
    "AL-2014-SEM,,320,\n"
    "AL-2014-SH,,10,at_least\n"
)


def _import(text: str, importer, **options):
    return importer(text.encode(), filename="file.csv", **options)


def test_sessions_keep_their_series_number_and_qualifier():
    # when
    result = _import(SESSIONS, sessions_import)
    # then
    assert result.ok, result.errors.report()
    rows = TrainingSession.objects.order_by("ref").values_list(
        "ref", "series", "sessions_count", "qualifier"
    )
    assert list(rows) == [
        ("AL-2014-KU", "RATC-2014", 1, "exact"),
        ("AL-2014-LE", "RATC-2014", 1, "exact"),
        ("AL-2014-SEM", "", 5, "exact"),
        ("AL-2014-SH", "RATC-2014", 1, "exact"),
    ]


def test_a_series_head_count_is_one_row_of_the_series_not_of_a_session():
    _import(SESSIONS, sessions_import)
    # when
    result = _import(PARTICIPANTS, participants_import)
    # then
    assert result.ok, result.errors.report()
    assert list(SeriesAttendance.objects.values_list("series", "count")) == [
        ("RATC-2014", 62)
    ]
    assert sorted(
        Participation.objects.values_list("session__ref", "count", "qualifier")
    ) == [("AL-2014-SEM", 320, "exact"), ("AL-2014-SH", 10, "at_least")]
    # re-importing the same file adds nothing
    again = _import(PARTICIPANTS, participants_import)
    assert (again.created, again.updated) == (0, 0)
    assert SeriesAttendance.objects.count() == 1


def test_bad_series_rows_and_qualifiers_are_refused_with_their_reason():
    _import(SESSIONS, sessions_import)
    text = (
        "session_ref,full_name,count,qualifier\n"
        "series:RATC-2041,,62,\n"
        "series:RATC-2014,Arta Hoxha,,\n"
        "AL-2014-SH,,40,roughly\n"
        "AL-2014-SH,Besa Kola,,about\n"
    )
    # when
    result = _import(text, participants_import)
    # then
    assert result.errors.report() == [
        "rreshti 2, kolona session_ref: asnjë seancë nuk i përket ciklit 'RATC-2041'",
        "rreshti 3, kolona full_name: një cikël merr vetëm numrin e pjesëmarrësve: "
        "lëreni emrin bosh, ose jepni seancën e personit",
        "rreshti 4, kolona qualifier: 'roughly' duhet të jetë një nga exact, about, "
        "at_least",
        "rreshti 5, kolona qualifier: një person me emër numërohet saktësisht 1",
    ]
    assert not SeriesAttendance.objects.exists()
    assert not Participation.objects.exists()


def test_sessions_count_is_bounded_and_whole():
    text = (
        "ref,title,sessions_count,start_date,end_date\n"
        "A-1,Seminars,0,2014-05-01,2014-05-01\n"
        "A-2,Seminars,five,2014-05-01,2014-05-01\n"
    )
    # when
    result = _import(text, sessions_import)
    # then
    assert result.errors.report() == [
        "rreshti 2, kolona sessions_count: 0 është më pak se sa pranon kjo fushë "
        "(të paktën 1).",
        "rreshti 3, kolona sessions_count: 'five' nuk është numër i plotë",
    ]


def test_exports_in_the_import_columns_import_back_unchanged(reference, tmp_path):
    from django.core.management import call_command

    from tests.factories import EventTypeFactory
    from trainings.models import Trainee

    EventTypeFactory(code="SEMINAR")
    _import(SESSIONS, sessions_import)
    _import(
        "ref,title,event_type,organiser,funders,region,modules,measures,trainers,"
        "start_date,end_date\n"
        "AL-2022-001,TOT,SEMINAR,GDSP,OSCE;IOM,TR,MOD-ID,AL-NAP:1.1.5,trainer,"
        "2022-03-01,2022-03-02\n",
        sessions_import,
    )
    _import(
        PARTICIPANTS + "AL-2022-001,Arta Hoxha,,\nAL-2022-001,Милош Петровић,,\n",
        participants_import,
    )

    def state():
        sessions = sorted(
            TrainingSession.objects.values_list(
                "ref",
                "title",
                "event_type",
                "series",
                "sessions_count",
                "qualifier",
                "organiser",
                "region",
                "start_date",
                "end_date",
            )
        )
        links = sorted(
            TrainingSession.objects.values_list(
                "ref", "funders", "modules", "measures", "trainers"
            )
        )
        rows = sorted(
            Participation.objects.values_list(
                "session", "trainee", "count", "qualifier", "gender", "profession"
            ),
            key=str,
        )
        series = list(SeriesAttendance.objects.values_list("series", "count"))
        return sessions, links, rows, series, Trainee.objects.count()

    before = state()
    # when
    call_command("export_sessions", "-o", str(tmp_path / "s.csv"))
    call_command("export_participants", "-o", str(tmp_path / "p.csv"))
    sessions = sessions_import((tmp_path / "s.csv").read_bytes(), filename="s.csv")
    people = participants_import((tmp_path / "p.csv").read_bytes(), filename="p.csv")
    # then
    assert sessions.ok and people.ok, sessions.errors.report() + people.errors.report()
    assert sessions.created == 0
    assert (people.created, people.updated) == (0, 0)
    assert state() == before
    exported = (tmp_path / "s.csv").read_text(encoding="utf-8-sig").splitlines()
    assert exported[0] == (
        "ref,title,event_type,series,sessions_count,qualifier,start_date,end_date,"
        "organiser,funders,region,venue,modules,measures,trainers,language,notes"
    )
    assert "series:RATC-2014,,,,,62,exact,," in (tmp_path / "p.csv").read_text(
        encoding="utf-8-sig"
    )


def test_head_counts_of_one_kind_add_up_with_the_looser_qualifier():
    _import(SESSIONS, sessions_import)
    text = (
        "session_ref,full_name,count,qualifier\n"
        "AL-2014-SEM,,300,\n"
        "AL-2014-SEM,,20,about\n"
    )
    # when
    result = _import(text, participants_import)
    # then
    assert result.ok, result.errors.report()
    assert list(Participation.objects.values_list("count", "qualifier")) == [
        (320, "about")
    ]


def test_the_office_keeps_a_series_head_count_on_its_own_screen(client, make_user):
    from django.urls import reverse

    from tests.factories import TrainingSessionFactory

    TrainingSessionFactory(ref="AL-2014-SH", series="RATC-2014")
    client.force_login(make_user("office", "Office administrator"))
    url = reverse("series_attendance:add")
    # when: a series no session belongs to, then the right one
    refused = client.post(url, {"series": "RATC-2041", "count": "62"})
    client.post(url, {"series": "RATC-2014", "count": "62", "qualifier": "about"})
    # then
    assert "Asnjë seancë nuk i përket ciklit &#x27;RATC-2041&#x27;." in (
        refused.content.decode()
    )
    assert list(
        SeriesAttendance.objects.values_list("series", "count", "qualifier")
    ) == [("RATC-2014", 62, "about")]
    listing = client.get(reverse("series_attendance:index")).content.decode()
    assert "RATC-2014" in listing

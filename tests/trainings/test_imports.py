"""Session and attendance imports: good files, re-imports, dry runs, and bad input."""

import pytest
from django.core.management import CommandError, call_command

from trainings.imports import participants_import, reference_import, sessions_import
from trainings.models import Participation, Trainee, TrainingSession

from .conftest import DATA, data_file

pytestmark = pytest.mark.django_db


def _import_sessions():
    return sessions_import(*data_file("sessions.csv")[:1], filename="sessions.csv")


def test_sessions_file_creates_sessions_with_links(reference):
    # when
    result = _import_sessions()
    # then
    assert result.ok and result.created == 3
    tot = TrainingSession.objects.get(ref="AL-2022-001")
    assert tot.organiser.code == "GDSP"
    assert sorted(tot.funders.values_list("code", flat=True)) == ["IOM", "OSCE"]
    assert tot.region.name == "Tirana"
    assert [str(m) for m in tot.measures.all()] == ["AL-NAP:1.1.5"]
    assert list(tot.trainers.values_list("username", flat=True)) == ["trainer"]
    school = TrainingSession.objects.get(ref="AL-2022-002")
    assert school.region.code == "SH"  # matched by name
    assert school.trainers.count() == 2
    historical = TrainingSession.objects.get(ref="AL-2019-007")
    assert historical.region is None and historical.venue == ""


def test_reimporting_sessions_updates_and_duplicates_nothing(reference):
    _import_sessions()
    TrainingSession.objects.filter(ref="AL-2022-001").update(title="Edited")
    # when
    result = _import_sessions()
    # then
    assert (result.created, result.updated) == (0, 3)
    assert TrainingSession.objects.count() == 3
    assert TrainingSession.objects.get(ref="AL-2022-001").funders.count() == 2
    assert TrainingSession.objects.get(ref="AL-2022-001").title.startswith("Training")


def test_sessions_xlsx_with_date_cells_imports(reference):
    result = sessions_import(*data_file("sessions.xlsx")[:1], filename="s.xlsx")
    assert result.ok, [str(e) for e in result.errors]
    assert TrainingSession.objects.get(ref="AL-2022-010").start_date.isoformat() == (
        "2022-10-05"
    )


def test_participants_file_counts_named_and_headcount_rows(reference):
    _import_sessions()
    # when
    result = participants_import(*data_file("participants.csv")[:1], filename="p.csv")
    # then
    assert result.ok and result.created == 7
    school = Participation.objects.filter(session__ref="AL-2022-002")
    assert sorted(school.values_list("count", flat=True)) == [1, 2, 18]
    # "Ardian Krasniqi" and "ARDIAN KRASNIQI" are one person in two sessions
    assert Trainee.objects.count() == 3
    ardian = Trainee.objects.get(name_key="ardian krasniqi")
    assert ardian.participations.count() == 2
    named = Participation.objects.get(trainee=ardian, session__ref="AL-2022-001")
    assert (named.profession.code, named.agency.code, named.gender) == (
        "POL",
        "GDSP",
        "M",
    )
    assert (named.pre_score, named.post_score) == (55, 80)


def test_reimporting_participants_creates_no_duplicates(reference):
    _import_sessions()
    data, name = data_file("participants.csv")
    participants_import(data, filename=name)
    # when
    result = participants_import(data, filename=name)
    # then
    assert (result.created, result.updated) == (0, 0)
    assert Participation.objects.count() == 7
    assert Trainee.objects.count() == 3


def test_reimport_with_a_corrected_score_updates_that_row(reference):
    _import_sessions()
    data, name = data_file("participants.csv")
    participants_import(data, filename=name)
    # when
    corrected = data.replace(
        b"Krasniqi,M,POL,GDSP,,55,80", b"Krasniqi,M,POL,GDSP,,55,90"
    )
    result = participants_import(corrected, filename=name)
    # then
    assert (result.created, result.updated) == (0, 1)
    assert Participation.objects.get(session__ref="AL-2022-001", post_score=90)


def test_dry_run_reports_counts_and_writes_nothing(reference):
    # when
    result = sessions_import(*data_file("sessions.csv")[:1], filename="s", dry_run=True)
    # then
    assert result.ok and result.created == 3
    assert "do të krijoheshin 3" in result.summary()
    assert not TrainingSession.objects.exists()


def test_reference_import_upserts_by_code(db):
    data = b"code,name\nPOL,Police officers\nJUD,Judges\n"
    reference_import("professions", data, filename="p.csv")
    # when
    result = reference_import(
        "professions", b"code,name\nJUD,Judges (all courts)\n", filename="p.csv"
    )
    # then
    assert (result.created, result.updated) == (0, 1)
    from trainings.models import Profession

    assert Profession.objects.get(code="JUD").name == "Judges (all courts)"


BAD_FILES = [
    (
        "sessions_unknown_code.csv",
        [
            "rreshti 3, kolona organiser: institucion i panjohur 'NOSUCH'",
            "rreshti 4, kolona modules: modul i panjohur 'MOD-NONE'",
            "rreshti 4, kolona measures: masë e panjohur e planit 'AL-NAP:9.9.9' "
            "(shkruani PLANI:KODI)",
        ],
    ),
    (
        "sessions_bad_date.csv",
        [
            "rreshti 3, kolona start_date: '2022-13-01' nuk është datë si VVVV-MM-DD",
            "rreshti 4, kolona start_date: '01/03/2022' mund të jetë 2022-01-03 ose "
            "2022-03-01 (rendi i ditës dhe muajit ndryshon nga vendi në vend): "
            "shkruani datat si VVVV-MM-DD",
        ],
    ),
    (
        "sessions_end_before_start.csv",
        [
            "rreshti 3, kolona end_date: 2022-03-02 është para datës së fillimit "
            "2022-03-05",
        ],
    ),
    (
        "sessions_duplicate_ref.csv",
        [
            "rreshti 3, kolona ref: përsërit rreshtin 2 (ref 'AL-2022-001' përsëri)",
        ],
    ),
    (
        "sessions_missing_column.csv",
        [
            "rreshti 1, kolona title: mungon një kolonë e detyrueshme",
        ],
    ),
    (
        "participants_count_with_name.csv",
        [
            "rreshti 3, kolona count: duhet të jetë 1 (ose bosh) në një rresht me "
            "emër, jo 2",
        ],
    ),
    (
        "participants_negative_count.csv",
        [
            "rreshti 3, kolona count: -3 duhet të jetë 1 ose më shumë",
        ],
    ),
    (
        "participants_gender_x.csv",
        [
            "rreshti 3, kolona gender: 'X' duhet të jetë F, M ose bosh",
        ],
    ),
    (
        "participants_unknown_session.csv",
        [
            "rreshti 3, kolona session_ref: seancë e panjohur 'AL-2099-999'",
            "rreshti 4, kolona profession: profesion i panjohur 'NOSUCH'",
        ],
    ),
    (
        "participants_bad_row.xlsx",
        [
            "rreshti 3, kolona pre_score: 'abc' nuk është numër",
        ],
    ),
]


@pytest.mark.parametrize(("name", "expected"), BAD_FILES)
def test_bad_file_is_refused_whole_with_every_error(reference, name, expected):
    # given a session the participant files refer to
    TrainingSession.objects.create(
        ref="AL-2022-001", title="T", start_date="2022-03-01", end_date="2022-03-02"
    )
    before = (TrainingSession.objects.count(), Participation.objects.count())
    importer = sessions_import if name.startswith("sessions") else participants_import
    # when
    result = importer((DATA / "bad" / name).read_bytes(), filename=name)
    # then
    assert [str(e) for e in result.errors] == expected
    assert (TrainingSession.objects.count(), Participation.objects.count()) == before
    assert not Trainee.objects.exists()


def test_non_utf8_file_is_refused_with_a_reason(reference):
    result = participants_import(
        (DATA / "bad" / "participants_non_utf8.csv").read_bytes(), filename="x.csv"
    )
    assert len(result.errors) == 1
    assert str(result.errors[0]).startswith(
        "skedari: skedari nuk është tekst UTF-8 (rreshti 3"
    )
    assert not Participation.objects.exists()


def test_commands_import_and_report_errors_like_the_admin(reference, capsys):
    # when
    call_command("import_sessions", str(DATA / "sessions.csv"))
    call_command("import_participants", str(DATA / "participants.csv"), "--dry-run")
    # then
    assert TrainingSession.objects.count() == 3
    assert not Participation.objects.exists()
    assert "do të krijoheshin 7" in capsys.readouterr().out
    with pytest.raises(CommandError, match="1 gabim"):
        call_command(
            "import_sessions", str(DATA / "bad" / "sessions_duplicate_ref.csv")
        )
    assert "rreshti 3, kolona ref:" in capsys.readouterr().err


def test_import_reference_command(db, tmp_path):
    path = tmp_path / "agencies.csv"
    path.write_text(
        "code,name,kind,aliases\nATIPS,Anti-Trafficking Secretariat,state,\n"
    )
    call_command("import_reference", "agencies", str(path))
    from trainings.models import Agency

    assert Agency.objects.get(code="ATIPS").name == "Anti-Trafficking Secretariat"


def test_regions_import_keeps_the_territorial_reform_dates(db):
    from trainings.models import Region

    data = (
        "code,name,kind,parent,valid_from,valid_to\n"
        "AL-11,Tiranë,qark,,,\n"
        "AL-11-KAVAJE-OLD,Kavajë (pre-2015 commune),municipality,AL-11,,2015-06-30\n"
        "AL-11-KAVAJE,Kavajë,municipality,AL-11,2015-07-01,\n"
    ).encode()
    # when
    result = reference_import("regions", data, filename="regions.csv")
    # then
    assert result.ok, [str(e) for e in result.errors]
    old = Region.objects.get(code="AL-11-KAVAJE-OLD")
    assert (old.parent.code, str(old.valid_to)) == ("AL-11", "2015-06-30")
    assert Region.objects.get(code="AL-11-KAVAJE").valid_to is None


def test_agencies_import_refuses_an_unknown_kind_and_parent(db):
    data = (
        b"code,name,kind,parent,aliases\nMB,Ministry of Interior,ministry,NOSUCH,MoI\n"
    )
    result = reference_import("agencies", data, filename="agencies.csv")
    assert [str(e) for e in result.errors] == [
        "rreshti 2, kolona kind: 'ministry' duhet të jetë një nga donor, io, ngo, "
        "state",
        "rreshti 2, kolona parent: kod i panjohur 'NOSUCH'",
    ]

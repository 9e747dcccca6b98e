"""Training plans (issue 13, item 6): planned lines against sessions held.

Qark SH with its municipality SHM, qark TR; modules M1, M2; JUD, POL.
    L1 2015     JUD M1 SH   2 sessions, 20 people
    L2 2015-04  POL  -  -   1 session, 10 people
    L3 2016      -   -  -   1 session,  5 people
    S1 2015-04-10 SHM M1        5 × JUD, 1 named JUD, 3 × POL
    S2 2015-09-01 SH  M1 M2     4 × JUD (a record of 2 sessions)
    S3 2015-04-20 TR  M2        2 × POL, 1 × JUD
    S4 2015-05-05 SH  M1        2 × POL (no judges: not L1's)
    S5 2014-04-10 SH  M1        7 × JUD (another year)
L1: S1 + S2 = 3 sessions, 6 + 4 = 10 judges (50 %). L2: S1 + S3 in April =
2 sessions, 3 + 2 = 5 police officers (50 %). L3: nothing held (0 %).
"""

import datetime
import json
import tempfile
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from tests import factories as f
from trainings.models import PlannedTraining
from trainings.selectors.training_plan import training_plan_report

D = datetime.date


@pytest.fixture
def plan(db):
    sh = f.RegionFactory(code="SH")
    shm = f.RegionFactory(code="SHM", parent=sh)
    tr = f.RegionFactory(code="TR")
    m1, m2 = f.ModuleFactory(code="M1"), f.ModuleFactory(code="M2")
    jud, pol = f.ProfessionFactory(code="JUD"), f.ProfessionFactory(code="POL")

    def session(day, region, modules, rows, sessions_count=1):
        s = f.TrainingSessionFactory(
            start_date=day, region=region, sessions_count=sessions_count
        )
        s.modules.set(modules)
        for count, profession in rows:
            f.ParticipationFactory(
                session=s, trainee=None, count=count, profession=profession
            )
        return s

    s1 = session(D(2015, 4, 10), shm, [m1], [(5, jud), (3, pol)])
    f.ParticipationFactory(session=s1, trainee=f.TraineeFactory(profession=jud))
    session(D(2015, 9, 1), sh, [m1, m2], [(4, jud)], sessions_count=2)
    session(D(2015, 4, 20), tr, [m2], [(2, pol), (1, jud)])
    session(D(2015, 5, 5), sh, [m1], [(2, pol)])
    session(D(2014, 4, 10), sh, [m1], [(7, jud)])
    line = PlannedTraining.objects.create
    line(ref="L1", year=2015, topic="SOPs", profession=jud, module=m1, region=sh,
         sessions=2, people=20)  # fmt: skip
    line(ref="L2", year=2015, month=4, topic="ID", profession=pol, people=10)
    line(ref="L3", year=2016, topic="Any", people=5)


def test_planned_against_held(plan):
    report = training_plan_report(years=range(2015, 2017))
    lines = {line["ref"]: line for line in report["lines"]}

    assert (lines["L1"]["held_sessions"], lines["L1"]["held_people"]) == (3, 10)
    assert lines["L1"]["people_percent"] == 50.0
    assert (lines["L2"]["held_sessions"], lines["L2"]["held_people"]) == (2, 5)
    assert (lines["L3"]["held_sessions"], lines["L3"]["held_people"]) == (0, 0)
    assert lines["L3"]["people_percent"] == 0.0
    assert report["totals"] == {
        "planned_sessions": 4,
        "planned_people": 35,
        "held_sessions": 5,
        "held_people": 15,
        "people_percent": 42.9,
    }


def test_one_query_whatever_the_number_of_lines(plan, django_assert_num_queries):
    for n in range(5):
        PlannedTraining.objects.create(ref=f"X{n}", year=2015, topic="x", people=3)

    with django_assert_num_queries(1):
        training_plan_report(years=range(2015, 2016))


def test_screen_and_json(plan, make_user, client):
    client.force_login(make_user("officer", "Monitoring officer"))

    page = client.get("/admin/indicators/training-plan/", {"year": 2015})
    data = client.get(
        "/admin/indicators/training-plan/", {"year": 2015, "format": "json"}
    ).json()

    assert page.status_code == 200
    assert "SOPs" in page.content.decode()
    assert data["year"] == 2015
    assert [line["ref"] for line in data["lines"]] == ["L1", "L2"]
    assert data["totals"]["held_people"] == 15


def import_csv(text: str, **streams) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plan.csv"
        path.write_text(text, encoding="utf-8")
        call_command("import_training_plan", str(path), stdout=StringIO(), **streams)


def test_import_training_plan_command(plan):
    csv = (
        "ref,year,month,topic,profession,module,region,sessions,people,notes\n"
        "TP-1,2016,3,Child SOPs,JUD,M1,SH,2,25,\n"
        "L3,2016,,Any (revised),,,,1,8,\n"
    )
    import_csv(csv)

    new = PlannedTraining.objects.get(ref="TP-1")
    assert (new.month, new.profession.code, new.region.code, new.people) == (
        3,
        "JUD",
        "SH",
        25,
    )
    assert PlannedTraining.objects.get(ref="L3").people == 8  # matched by ref


def test_import_refuses_a_bad_month_and_an_unknown_code(plan):
    csv = (
        "ref,year,month,topic,profession,people\n"
        "TP-1,2016,13,Child SOPs,JUD,25\n"
        "TP-2,2016,,Labour,LABOUR,25\n"
    )
    errors = StringIO()
    with pytest.raises(CommandError):
        import_csv(csv, stderr=errors)

    text = errors.getvalue()
    assert "rreshti 2, kolona month: '13'" in text
    assert "rreshti 3, kolona profession: kod i panjohur 'LABOUR'" in text
    assert not PlannedTraining.objects.filter(ref__startswith="TP-").exists()


def test_indicator_report_json_has_the_training_plan(plan):
    out = StringIO()
    call_command(
        "indicator_report", "--from", "2015-01-01", "--to", "2015-12-31", stdout=out
    )

    training_plan = json.loads(out.getvalue())["training_plan"]
    assert training_plan["totals"]["held_people"] == 15


def test_a_country_s_report_keeps_its_own_lines(plan, settings):
    settings.FENER_COUNTRY = "AL"
    prizren = f.RegionFactory(code="PZ", country="XK")
    PlannedTraining.objects.create(
        ref="K1", year=2015, topic="Kosovo", region=prizren, people=9
    )

    albania = training_plan_report(years=range(2015, 2016), country="AL")
    kosovo = training_plan_report(years=range(2015, 2016), country="XK")

    # Lines without a region are the office's own (AL).
    assert [line["ref"] for line in albania["lines"]] == ["L1", "L2"]
    assert [line["ref"] for line in kosovo["lines"]] == ["K1"]

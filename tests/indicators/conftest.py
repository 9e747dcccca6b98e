"""A small monitoring world whose figures are computed by hand in the tests.

Plan TP (2021-2023): goal G1 with measures 1.1 and 1.2; measure 2.1 has a
manual indicator. Trainees A (F, police), B (M, judge), C (gender unknown,
labour inspector). Period 2022 holds S1, S2, S3; S4 is in 2021, S5 in 2023.

    S1 2022-02-10 TR/GDSP  M1     → 1.1        A, B, 5 × LAB F
    S2 2022-05-20 SH/SM    M1 M2  → 1.1, 1.2   A, C, 3 × JUD M
    S3 2022-08-01 TR/GDSP  -      → -          B, 2 × POL unknown
    S4 2021-11-15 TR/GDSP  -      → 1.1        A, C
    S5 2023-01-05 TR/GDSP  -      → 1.1        B
"""

import datetime
from pathlib import Path
from types import SimpleNamespace

import pytest

from tests.factories import (
    AgencyFactory,
    IndicatorFactory,
    ModuleFactory,
    ParticipationFactory,
    PlanFactory,
    PlanNodeFactory,
    ProfessionFactory,
    RegionFactory,
    TraineeFactory,
    TrainingSessionFactory,
)
from trainings.models import Indicator, IndicatorTarget

D = datetime.date
Source = Indicator.Source
PLAN_FILES = Path(__file__).parent.parent / "data" / "plans"


@pytest.fixture
def empty_plan(db):
    """Plan AL-NAP with no nodes yet, and the codes tests/data/plans/good.csv uses."""
    for code in ("MB", "SM", "ONAC"):
        AgencyFactory(code=code)
    for code in ("LAB", "SOC"):
        ProfessionFactory(code=code)
    return PlanFactory(
        code="AL-NAP", level_names=["Policy goal", "Specific objective", "Measure"]
    )


@pytest.fixture
def world(db):
    pol, jud, lab = (ProfessionFactory(code=c) for c in ("POL", "JUD", "LAB"))
    gdsp, sm = AgencyFactory(code="GDSP"), AgencyFactory(code="SM")
    tr, sh = RegionFactory(code="TR"), RegionFactory(code="SH")
    m1, m2 = ModuleFactory(code="M1"), ModuleFactory(code="M2")
    plan = PlanFactory(code="TP", start_year=2021, end_year=2023)
    goal = PlanNodeFactory(plan=plan, level=0, code="G1", position=0)
    m11 = PlanNodeFactory(plan=plan, parent=goal, code="1.1", position=1)
    m12 = PlanNodeFactory(plan=plan, parent=goal, code="1.2", position=2)
    m21 = PlanNodeFactory(plan=plan, level=0, code="2.1", position=3)
    m11.lead_agencies.set([gdsp])
    m11.contributing_agencies.set([sm])
    a = TraineeFactory(full_name="A", gender="F", profession=pol, agency=gdsp)
    b = TraineeFactory(full_name="B", gender="M", profession=jud, agency=sm)
    c = TraineeFactory(full_name="C", gender="", profession=lab)

    def session(day, region, organiser, modules, measures, named, head):
        s = TrainingSessionFactory(
            start_date=day,
            region=region,
            organiser=organiser,
            modules=modules,
            measures=measures,
        )
        for trainee in named:
            ParticipationFactory(session=s, trainee=trainee)
        for count, profession, gender in head:
            ParticipationFactory(
                session=s,
                trainee=None,
                count=count,
                profession=profession,
                gender=gender,
            )
        return s

    session(D(2022, 2, 10), tr, gdsp, [m1], [m11], [a, b], [(5, lab, "F")])
    session(D(2022, 5, 20), sh, sm, [m1, m2], [m11, m12], [a, c], [(3, jud, "M")])
    session(D(2022, 8, 1), tr, gdsp, [], [], [b], [(2, pol, "")])
    session(D(2021, 11, 15), tr, gdsp, [], [m11], [a, c], [])
    session(D(2023, 1, 5), tr, gdsp, [], [m11], [b], [])

    def indicator(node, code, source, **extra):
        targets = extra.pop("targets", {})
        professions = extra.pop("professions", [])
        ind = IndicatorFactory(node=node, code=code, source=source, **extra)
        ind.professions.set(professions)
        for year, value in targets.items():
            IndicatorTarget.objects.create(indicator=ind, year=year, value=value)
        return ind

    return SimpleNamespace(
        plan=plan,
        nodes=SimpleNamespace(goal=goal, m11=m11, m12=m12, m21=m21),
        people=indicator(
            m11,
            "1.1-a",
            Source.TRAINING_PARTICIPANTS,
            breakdowns=["profession", "gender"],
            baseline=8,
            baseline_year=2020,
            targets={2021: 8, 2022: 10, 2023: 12},
            position=0,
        ),
        unique=indicator(
            goal, "G1-a", Source.TRAINING_UNIQUE_PEOPLE, targets={2022: 22}
        ),
        cumulative=indicator(
            goal,
            "G1-b",
            Source.TRAINING_PARTICIPANTS,
            counting=Indicator.Counting.CUMULATIVE,
            baseline=4,
            baseline_year=2020,
        ),
        professional=indicator(
            m12,
            "1.2-a",
            Source.TRAINING_PARTICIPANTS,
            professions=[jud, lab],
            breakdowns=["profession"],
        ),
        sessions=indicator(m11, "1.1-b", Source.TRAINING_SESSIONS, position=1),
        manual=indicator(m21, "2.1-a", Source.MANUAL),
        agencies=SimpleNamespace(gdsp=gdsp, sm=sm),
        professions=SimpleNamespace(pol=pol, jud=jud, lab=lab),
        regions=SimpleNamespace(tr=tr, sh=sh),
    )

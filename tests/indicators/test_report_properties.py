"""The report's training figures on random data equal the counting rules worked out
row by row in Python, and the number of queries does not grow with the rows.

The rules (README, "Counting rules"): participants add up every row's count;
unique people are the distinct named trainees plus the people of head-count
rows; a session counts once its attendance is recorded. A breakdown applies the
same rule within each group; `unknown` holds rows without the dimension.
Series and records: a head-count given for a series counts once per figure, on
the first of the series' sessions the figure covers, and makes every covered
session of the series held; a session weighs its sessions_count; a figure is as
exact as the loosest count it adds up.
"""

import datetime
import random
from collections import defaultdict
from dataclasses import dataclass

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests import factories as f
from trainings.indicators.periods import period_year
from trainings.indicators.report import SUMMARY_DIMENSIONS, report_build
from trainings.indicators.selectors import UNKNOWN
from trainings.models import (
    Indicator,
    Participation,
    SeriesAttendance,
    TrainingSession,
)

Source = Indicator.Source
TRAINING = (
    Source.TRAINING_PARTICIPANTS,
    Source.TRAINING_UNIQUE_PEOPLE,
    Source.TRAINING_SESSIONS,
)
DIMENSIONS = ("profession", "agency", "gender", "region", "organiser", "module")
PERIOD = period_year(2022)


QUALIFIERS = ("exact", "at_least", "about")  # loosest last
SERIES = ("S1", "S2", "S3")


def random_world(rng: random.Random, sessions: int, series: bool = False):
    """A plan (goal → 3 measures) with random training indicators, and random
    sessions 2021-2023: some without attendance, some linked to nothing. With
    `series`: sessions in series with head-counts, records of several sessions
    and counts that are approximate or minimums."""
    professions = [f.ProfessionFactory(code=f"P{n}") for n in range(3)]
    agencies = [f.AgencyFactory(code=f"A{n}") for n in range(3)]
    regions = [f.RegionFactory(code=f"R{n}") for n in range(2)]
    modules = [f.ModuleFactory(code=f"M{n}") for n in range(3)]
    plan = f.PlanFactory(code="RP", start_year=2021, end_year=2023)
    goal = f.PlanNodeFactory(plan=plan, level=0, code="G", position=0)
    measures = [
        f.PlanNodeFactory(plan=plan, parent=goal, code=f"G.{n}", position=n + 1)
        for n in range(3)
    ]
    for n in range(9):
        indicator = f.IndicatorFactory(
            node=rng.choice([goal, *measures]),
            code=f"I{n}",
            source=TRAINING[n % 3],
            counting=rng.choice(list(Indicator.Counting)),
            breakdowns=rng.sample(DIMENSIONS, rng.randrange(4)),
            position=n,
        )
        if rng.random() < 0.4:
            indicator.professions.set(rng.sample(professions, 2))
    people = [
        f.TraineeFactory(
            gender=rng.choice(["F", "M", ""]),
            profession=rng.choice([*professions, None]),
            agency=rng.choice([*agencies, None]),
        )
        for _ in range(8)
    ]
    for _ in range(sessions):
        session = f.TrainingSessionFactory(
            start_date=datetime.date(2021, 1, 1)
            + datetime.timedelta(days=rng.randrange(3 * 365)),
            region=rng.choice([*regions, None]),
            organiser=rng.choice([*agencies, None]),
            modules=rng.sample(modules, rng.randrange(3)),
            measures=rng.sample(measures, rng.randrange(3)),
            **(
                {
                    "series": rng.choice(["", *SERIES]),
                    "sessions_count": rng.choice([1, 1, 3]),
                    "qualifier": rng.choice(QUALIFIERS),
                }
                if series
                else {}
            ),
        )
        for trainee in rng.sample(people, rng.randrange(5)):
            f.ParticipationFactory(session=session, trainee=trainee)
        for _ in range(rng.randrange(3)):
            f.ParticipationFactory(
                session=session,
                trainee=None,
                count=rng.randint(2, 9),
                profession=rng.choice([*professions, None]),
                gender=rng.choice(["F", "M", ""]),
                qualifier=rng.choice(QUALIFIERS) if series else "exact",
            )
    # S4: a head-count of a series without sessions, counted nowhere.
    for code in [*SERIES, "S4"] if series else []:
        for _ in range(rng.randrange(3)):
            SeriesAttendance.objects.create(
                series=code,
                count=rng.randint(2, 40),
                profession=rng.choice([*professions, None]),
                agency=rng.choice([*agencies, None]),
                gender=rng.choice(["F", "M", ""]),
                qualifier=rng.choice(QUALIFIERS),
            )
    return plan


@dataclass
class HeadCount:
    """A series head-count as one figure counts it: on one of its sessions."""

    session: object
    given: SeriesAttendance
    trainee_id = None

    def __getattr__(self, name):  # count, profession, gender... of the head-count
        return getattr(self.given, name)


def measured(rows: list[Participation], source: str) -> int:
    if source == Source.TRAINING_PARTICIPANTS:
        return sum(r.count for r in rows)
    if source == Source.TRAINING_SESSIONS:
        return sum(s.sessions_count for s in {r.session for r in rows})
    named = {r.trainee_id for r in rows if r.trainee_id}
    return len(named) + sum(r.count for r in rows if not r.trainee_id)


def codes(row: Participation, dimension: str) -> list[str]:
    """The groups one row falls in (a session with two modules: both)."""
    session = row.session
    found = {
        "profession": [row.profession and row.profession.code],
        "agency": [row.agency and row.agency.code],
        "gender": [row.gender],
        "region": [session.region and session.region.code],
        "organiser": [session.organiser and session.organiser.code],
        "module": [m.code for m in session.modules.all()] or [None],
    }[dimension]
    return [code or UNKNOWN for code in found]


def expected(rows, source, dimensions) -> tuple[int, dict]:
    breakdown = {}
    for dimension in dimensions:
        groups = defaultdict(list)
        for row in rows:
            for code in codes(row, dimension):
                groups[code].append(row)
        shares = {code: measured(group, source) for code, group in groups.items()}
        breakdown[dimension] = {code: n for code, n in shares.items() if n}
    return measured(rows, source), breakdown


def qualifier(rows, source) -> str:
    """The loosest count added up: the rows' (people) or their sessions'."""
    counted = {r.session for r in rows} if source == Source.TRAINING_SESSIONS else rows
    return max((r.qualifier for r in counted), key=QUALIFIERS.index, default="exact")


def all_rows() -> list[Participation]:
    return list(
        Participation.objects.select_related(
            "session__region", "session__organiser", "profession", "agency"
        ).prefetch_related("session__modules", "session__measures")
    )


def all_sessions() -> list[TrainingSession]:
    return list(
        TrainingSession.objects.select_related("region", "organiser").prefetch_related(
            "modules", "measures"
        )
    )


def window_rows(covered, rows, source, professions=()) -> list:
    """The rows a figure over the `covered` sessions counts: their attendance,
    and each series head-count once, on the first covered session of its series
    (sessions: on every covered session of the series, all held)."""
    covered = sorted(covered, key=lambda s: s.pk)
    keep = {s.pk for s in covered}
    counted = [r for r in rows if r.session_id in keep]
    for given in SeriesAttendance.objects.select_related("profession", "agency"):
        held = [s for s in covered if s.series and s.series == given.series]
        if source != Source.TRAINING_SESSIONS:
            held = held[:1]
        counted += [HeadCount(session, given) for session in held]
    return [r for r in counted if not professions or r.profession_id in professions]


def indicator_rows(indicator: Indicator, rows: list[Participation], sessions) -> list:
    """Rows of sessions linked to the indicator's node or a node below it."""
    node = indicator.node
    nodes = {node.pk} | set(node.children.values_list("pk", flat=True))
    start = (
        datetime.date(2021, 1, 1)
        if indicator.counting == Indicator.Counting.CUMULATIVE
        else PERIOD.start
    )
    covered = [
        s
        for s in sessions
        if start <= s.start_date <= PERIOD.end
        and nodes & {m.pk for m in s.measures.all()}
    ]
    rows = [r for r in rows if r.session in covered]
    professions = {p.pk for p in indicator.professions.all()}
    return window_rows(covered, rows, indicator.source, professions)


@pytest.mark.parametrize("series", [False, True], ids=["attendance", "series"])
@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_training_figures_follow_the_counting_rules_on_random_data(db, seed, series):
    plan = random_world(random.Random(seed), sessions=12, series=series)
    rows, sessions = all_rows(), all_sessions()

    report = report_build(period=PERIOD, plan=plan)

    in_period = [s for s in sessions if PERIOD.start <= s.start_date <= PERIOD.end]
    people = window_rows(in_period, rows, Source.TRAINING_PARTICIPANTS)
    total, by = expected(people, Source.TRAINING_PARTICIPANTS, SUMMARY_DIMENSIONS)
    assert report["participants"] == total
    for dimension in SUMMARY_DIMENSIONS:
        shares = report[f"by_{dimension}"]
        assert {k: v for k, v in shares.items() if v} == by[dimension], dimension
    assert report["unique_people"] == measured(people, Source.TRAINING_UNIQUE_PEOPLE)
    held = window_rows(in_period, rows, Source.TRAINING_SESSIONS)
    assert report["sessions"] == measured(held, Source.TRAINING_SESSIONS)
    assert report["qualifiers"] == {
        "sessions": qualifier(held, Source.TRAINING_SESSIONS),
        "participants": qualifier(people, Source.TRAINING_PARTICIPANTS),
        "unique_people": qualifier(people, Source.TRAINING_UNIQUE_PEOPLE),
    }
    indicators = {i.code: i for i in Indicator.objects.filter(node__plan=plan)}
    for row in report["indicators"]:
        indicator = indicators[row["code"]]
        counted = indicator_rows(indicator, rows, sessions)
        total, breakdown = expected(counted, indicator.source, indicator.breakdowns)
        assert (row["actual"], row["breakdown"]) == (total, breakdown), row["code"]
        assert row["qualifier"] == qualifier(counted, indicator.source), row["code"]


def test_a_session_without_attendance_is_not_counted_as_held(db):
    """The plans count trainings conducted: a session whose attendance is not
    recorded yet (or that did not take place) is in no figure, the summary's too."""
    held = f.TrainingSessionFactory(start_date=datetime.date(2022, 3, 1))
    f.ParticipationFactory(session=held)
    f.TrainingSessionFactory(start_date=datetime.date(2022, 4, 1))

    report = report_build(period=PERIOD)

    assert (report["sessions"], report["participants"]) == (1, 1)


def test_the_number_of_queries_does_not_grow_with_the_rows(db):
    plan = random_world(random.Random(7), sessions=4)
    rows = Participation.objects.count()
    with CaptureQueriesContext(connection) as small:
        report_build(period=PERIOD, plan=plan)
    # Ten times the rows, in the same groups (so the same codes are looked up).
    for row in Participation.objects.select_related("trainee"):
        for _ in range(10):
            person = row.trainee and f.TraineeFactory(
                gender=row.gender, profession=row.profession, agency=row.agency
            )
            f.ParticipationFactory(
                session=row.session,
                trainee=person,
                count=row.count,
                profession=row.profession,
                agency=row.agency,
                gender=row.gender,
            )

    with CaptureQueriesContext(connection) as large:
        report_build(period=PERIOD, plan=plan)

    assert Participation.objects.count() == 11 * rows > 0
    assert len(large) == len(small)

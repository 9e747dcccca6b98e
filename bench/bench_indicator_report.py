"""Indicator report over 5,000 sessions and 100,000 participations.

Generates the data with bulk_create into the database of DATABASE_URL (use
PostgreSQL: `createdb fener_bench` then
`DATABASE_URL=postgres://postgres@127.0.0.1:5432/fener_bench make bench`),
then times `report_build` for a plan with 60 computed indicators and prints
the figures. Re-running replaces the previous bench rows.
"""

import os
import random
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "siteconf.settings")
os.environ.setdefault("SECRET_KEY", "bench-only")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from trainings.indicators.periods import (  # noqa: E402
    period_quarter,
    period_range,
    period_year,
)
from trainings.indicators.report import report_build, training_summary  # noqa: E402
from trainings.models import (  # noqa: E402
    Agency,
    Indicator,
    Module,
    Participation,
    Plan,
    PlanNode,
    Profession,
    Region,
    Trainee,
    TrainingSession,
)


def say(text: str) -> None:
    sys.stdout.write(text + "\n")


SESSIONS, PARTICIPATIONS, PEOPLE, MEASURES = 5_000, 100_000, 20_000, 60
rng = random.Random(42)


def refs(model, prefix: str, count: int) -> list:
    for n in range(count):
        model.objects.get_or_create(code=f"{prefix}{n}", defaults=_names(model, n))
    return list(model.objects.filter(code__startswith=prefix))


def _names(model, n) -> dict:
    return {"title": f"Module {n}"} if model is Module else {"name": f"Bench {n}"}


@transaction.atomic
def generate() -> Plan:
    TrainingSession.objects.filter(ref__startswith="BENCH-").delete()
    Trainee.objects.filter(full_name__startswith="Bench person").delete()
    Plan.objects.filter(code="BENCH").delete()
    professions = refs(Profession, "BP", 20)
    agencies = refs(Agency, "BA", 10)
    regions = refs(Region, "BR", 12)
    modules = refs(Module, "BM", 8)
    plan = Plan.objects.create(
        code="BENCH",
        title="Bench plan",
        country="AL",
        start_year=2021,
        end_year=2023,
        level_names=["Goal", "Measure"],
    )
    goals = [
        PlanNode.objects.create(plan=plan, level=0, code=f"G{g}", title="Goal")
        for g in range(3)
    ]
    measures = [
        PlanNode.objects.create(
            plan=plan,
            parent=goals[n % 3],
            level=1,
            code=f"M{n}",
            title="Measure",
            position=n,
        )
        for n in range(MEASURES)
    ]
    sources = ["training_participants", "training_unique_people", "training_sessions"]
    for n, node in enumerate(measures + goals):
        indicator = Indicator.objects.create(
            node=node,
            code=node.code,
            name="Bench indicator",
            source=sources[n % 3],
            counting="cumulative" if n % 4 == 0 else "per_period",
            breakdowns=["profession", "gender", "region"][: n % 4],
        )
        if n % 5 == 0:
            indicator.professions.set(rng.sample(professions, 3))
    start = date(2021, 1, 1)
    sessions = TrainingSession.objects.bulk_create(
        TrainingSession(
            ref=f"BENCH-{n:05d}",
            title="Bench session",
            start_date=(day := start + timedelta(days=rng.randrange(3 * 365))),
            end_date=day,
            region=rng.choice(regions),
            organiser=rng.choice(agencies),
        )
        for n in range(SESSIONS)
    )
    through = TrainingSession.measures.through
    through.objects.bulk_create(
        through(trainingsession_id=s.pk, plannode_id=m.pk)
        for s in sessions
        for m in rng.sample(measures, rng.choice((1, 1, 2)))
    )
    module_through = TrainingSession.modules.through
    module_through.objects.bulk_create(
        module_through(trainingsession_id=s.pk, module_id=m.pk)
        for s in sessions
        for m in rng.sample(modules, 2)
    )
    people = Trainee.objects.bulk_create(
        Trainee(
            full_name=f"Bench person {n}",
            name_key=f"bench person {n}",
            gender=rng.choice("FM "),
            profession=rng.choice(professions),
            agency=rng.choice(agencies),
        )
        for n in range(PEOPLE)
    )
    rows, seen = [], set()
    while len(rows) < PARTICIPATIONS:
        session = rng.choice(sessions)
        if rng.random() < 0.1:  # head-count row
            rows.append(
                Participation(
                    session=session,
                    profession=rng.choice(professions),
                    count=rng.randint(2, 30),
                )
            )
            continue
        person = rng.choice(people)
        if (session.pk, person.pk) in seen:
            continue
        seen.add((session.pk, person.pk))
        rows.append(
            Participation(
                session=session,
                trainee=person,
                profession=person.profession,
                agency=person.agency,
                gender=person.gender.strip(),
            )
        )
    Participation.objects.bulk_create(rows, batch_size=5_000)
    return plan


def timed(label: str, runs: int, summary_only: bool = False, **kwargs) -> None:
    build = training_summary_report if summary_only else report_build
    build(**kwargs)  # warm caches
    times = []
    for _ in range(runs):
        with CaptureQueriesContext(connection) as queries:
            began = time.perf_counter()
            report = build(**kwargs)
            times.append(time.perf_counter() - began)
    say(
        f"{label:<34} median {statistics.median(times) * 1000:7.1f} ms  "
        f"max {max(times) * 1000:7.1f} ms  queries {len(queries)}  "
        f"indicators {len(report['indicators'])}  participants {report['participants']}"
    )


def training_summary_report(*, period, plan=None) -> dict:
    return training_summary(period=period) | {"indicators": []}


def main() -> None:
    call_command("migrate", verbosity=0)
    began = time.perf_counter()
    plan = generate()
    say(
        f"{connection.vendor}: generated {TrainingSession.objects.filter(ref__startswith='BENCH-').count()} sessions, "
        f"{Participation.objects.filter(session__ref__startswith='BENCH-').count()} participations "
        f"in {time.perf_counter() - began:.1f} s"
    )
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("ANALYZE")
    three_years = period_range(date(2021, 1, 1), date(2023, 12, 31))
    timed("3 years, plan of 63 indicators", 5, period=three_years, plan=plan)
    timed("one year, plan of 63 indicators", 5, period=period_year(2022), plan=plan)
    timed(
        "one quarter, plan of 63 indicators",
        5,
        period=period_quarter(2022, 2),
        plan=plan,
    )
    timed(
        "one year, office summary only", 5, summary_only=True, period=period_year(2022)
    )


if __name__ == "__main__":
    main()

"""The 3-year AL NAP indicator report over N participations, beside a plain SQL aggregate.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/fener_bench \\
        python bench/bench_indicator_report.py --participations 1000000

Loads the demo's reference data (142 agencies, 54 professions, 118 regions,
25 modules) and plans, generates N participation rows in about N/20 sessions
(2021-2023, linked to AL NAP measures, PostgreSQL COPY), then times, interleaved
in the same run, `report_build` for AL-NAP-2021-2023 over 2021-2023 and a
hand-written `SUM(count) GROUP BY profession` over the same rows. Re-running
with the same N reuses the rows; another N replaces them. The last line is
`3y report at N rows: X ms; sql aggregate: Y ms; ratio Z` (medians).
"""

import argparse
import os
import random
import resource
import statistics
import sys
import time
import tracemalloc
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

from trainings import demo  # noqa: E402
from trainings.indicators.periods import period_range  # noqa: E402
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

PLAN = "AL-NAP-2021-2023"
START, END = date(2021, 1, 1), date(2023, 12, 31)
PREFIX = "BENCH-"
rng = random.Random(42)


def say(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def generated() -> int:
    return Participation.objects.filter(session__ref__startswith=PREFIX).count()


@transaction.atomic
def generate(rows: int) -> None:
    """About 20 rows a session: 90 % named people, 10 % head-counts of 2-30."""
    _delete_previous()
    professions = list(Profession.objects.values_list("pk", flat=True))
    agencies = list(Agency.objects.values_list("pk", flat=True))
    regions = list(Region.objects.values_list("pk", flat=True))
    modules = list(Module.objects.values_list("pk", flat=True))
    plan = Plan.objects.get(code=PLAN)
    measures = list(PlanNode.objects.filter(plan=plan).values_list("pk", flat=True))
    # Most sessions serve a measure with training indicators, as in the demo.
    trained = list(
        Indicator.objects.filter(node__plan=plan, source__startswith="training_")
        .values_list("node_id", flat=True)
        .distinct()
    )
    sessions = TrainingSession.objects.bulk_create(
        (
            TrainingSession(
                ref=f"{PREFIX}{n:07d}",
                title="Bench session",
                start_date=(day := START + timedelta(days=rng.randrange(3 * 365))),
                end_date=day,
                region_id=rng.choice(regions),
                organiser_id=rng.choice(agencies),
            )
            for n in range(max(rows // 20, 1))
        ),
        batch_size=5_000,
    )
    links = TrainingSession.measures.through
    links.objects.bulk_create(
        (
            links(
                trainingsession_id=s.pk,
                plannode_id=rng.choice(trained if rng.random() < 0.7 else measures),
            )
            for s in sessions
        ),
        batch_size=10_000,
        ignore_conflicts=True,
    )
    taught = TrainingSession.modules.through
    taught.objects.bulk_create(
        (
            taught(trainingsession_id=s.pk, module_id=m)
            for s in sessions
            for m in rng.sample(modules, rng.choice((1, 1, 2, 3)))
        ),
        batch_size=10_000,
    )
    people = [
        (rng.choice("FFM "), rng.choice(professions), rng.choice(agencies))
        for _ in range(max(rows // 10, 1))
    ]
    trainees = Trainee.objects.bulk_create(
        (
            Trainee(
                full_name=f"Bench person {n}",
                name_key=f"bench person {n}",
                gender=gender.strip(),
                profession_id=profession,
                agency_id=agency,
            )
            for n, (gender, profession, agency) in enumerate(people)
        ),
        batch_size=10_000,
    )
    ids = [t.pk for t in trainees]
    per_session, left = rows // len(sessions), rows % len(sessions)
    columns = "session_id, trainee_id, profession_id, agency_id, gender, count"
    with connection.cursor() as cursor:
        with cursor.cursor.copy(
            f"COPY {Participation._meta.db_table} ({columns}) FROM STDIN"
        ) as copy:
            for number, session in enumerate(sessions):
                size = per_session + (number < left)
                for index in rng.sample(range(len(ids)), size):
                    if rng.random() < 0.1:
                        copy.write_row(
                            (session.pk, None, rng.choice(professions), None, "", 2)
                        )
                    else:
                        gender, profession, agency = people[index]
                        copy.write_row(
                            (session.pk, ids[index], profession, agency, gender, 1)
                        )


def _delete_previous() -> None:
    """In SQL: the ORM would fetch, audit-log and delete every row one by one."""
    sessions = f"SELECT id FROM {TrainingSession._meta.db_table} WHERE ref LIKE %s"
    tables = [
        Participation._meta.db_table,
        TrainingSession.measures.through._meta.db_table,
        TrainingSession.modules.through._meta.db_table,
    ]
    with connection.cursor() as cursor:
        for table in tables:
            column = "session_id" if table == tables[0] else "trainingsession_id"
            cursor.execute(
                f"DELETE FROM {table} WHERE {column} IN ({sessions})", [PREFIX + "%"]
            )
        cursor.execute(sessions.replace("SELECT id", "DELETE"), [PREFIX + "%"])
        cursor.execute(
            f"DELETE FROM {Trainee._meta.db_table} WHERE full_name LIKE %s",
            ["Bench person%"],
        )


SQL_AGGREGATE = f"""
    SELECT p.profession_id, SUM(p.count)
    FROM {Participation._meta.db_table} p
    JOIN {TrainingSession._meta.db_table} s ON s.id = p.session_id
    WHERE s.start_date BETWEEN %s AND %s
    GROUP BY p.profession_id
"""


def sql_aggregate() -> list:
    with connection.cursor() as cursor:
        cursor.execute(SQL_AGGREGATE, [START, END])
        return cursor.fetchall()


def clock(function, *args, **kwargs) -> float:
    began = time.perf_counter()
    function(*args, **kwargs)
    return (time.perf_counter() - began) * 1000


def bench_arguments(doc: str) -> argparse.Namespace:
    """--participations and --runs, on a migrated PostgreSQL database."""
    parser = argparse.ArgumentParser(description=doc.split("\n")[0])
    parser.add_argument("--participations", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if connection.vendor != "postgresql":
        sys.exit("Set DATABASE_URL to a PostgreSQL database (createdb fener_bench).")
    call_command("migrate", verbosity=0)
    return args


def main() -> None:
    args = bench_arguments(__doc__)
    rows = args.participations
    if generated() != rows:
        began = time.perf_counter()
        demo.build_reference()
        demo.build_plans()
        generate(rows)
        with connection.cursor() as cursor:
            cursor.execute("VACUUM ANALYZE")
        say(f"generated {rows} rows in {time.perf_counter() - began:.0f} s")
        # A fresh process, so its peak memory is the report's, not the generator's.
        os.execv(sys.executable, [sys.executable, *sys.argv])
    plan = Plan.objects.get(code=PLAN)
    period = period_range(START, END)
    sessions = TrainingSession.objects.filter(ref__startswith=PREFIX).count()
    say(f"{rows} participations in {sessions} sessions; plan {PLAN}")

    with CaptureQueriesContext(connection) as queries:
        report = report_build(period=period, plan=plan)  # also warms the caches
    computed = sum(1 for i in report["indicators"] if i["source"] != "manual")
    tracemalloc.start()
    report_build(period=period, plan=plan)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    say(
        f"queries {len(queries)}; indicators {len(report['indicators'])} "
        f"({computed} computed); participants {report['participants']}; "
        f"Python peak {peak / 2**20:.1f} MB"
    )
    sql_aggregate()
    reports, sqls, summaries = [], [], []
    for _ in range(args.runs):  # interleaved, so both see the same load
        reports.append(clock(report_build, period=period, plan=plan))
        sqls.append(clock(sql_aggregate))
        summaries.append(clock(training_summary, period=period))
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    say(
        f"office summary alone: {statistics.median(summaries):.0f} ms; "
        f"process peak RSS {rss:.0f} MB"
    )
    report_ms, sql_ms = statistics.median(reports), statistics.median(sqls)
    say(
        f"3y report at {rows} rows: {report_ms:.0f} ms; "
        f"sql aggregate: {sql_ms:.0f} ms; ratio {report_ms / sql_ms:.1f}"
    )


if __name__ == "__main__":
    main()

"""Admin listings over N participations: each figure counted for the page's rows.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/fener_bench \\
        python bench/bench_listings.py --participations 1000000

Uses bench_indicator_report's generated rows (the demo's reference data, about N/20
sessions). Times, as the office, the first page of the sessions, trainees and
attendance listings and an attendance filter by a typed session, through Django's
test client (the whole view: queries and template); beside them, in the same run,
the sessions and trainees pages' queries as they were (a GROUP BY over the whole
join, and a paginator count over it). Medians of --runs.
"""

import os
import statistics

# The admin's pages need their static files: DEBUG serves them without collectstatic.
os.environ.setdefault("DEBUG", "true")

from bench_indicator_report import (
    bench_arguments,
    clock,
    demo,
    generate,
    generated,
    say,
)
from django.contrib.auth import get_user_model  # noqa: E402
from django.db.models import Count, Sum  # noqa: E402
from django.db.models.functions import Coalesce  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

from trainings.models import Trainee, TrainingSession  # noqa: E402
from trainings.selectors.sessions import (  # noqa: E402
    session_list_annotate,
    trainee_list_annotate,
)

PAGES = {
    "sessions": "/admin/trainings/sessions/",
    "trainees": "/admin/trainings/trainees/",
    "attendance": "/admin/trainings/attendance/",
    "attendance, typed session": "/admin/trainings/attendance/?session=BENCH-000123",
}


def grouped_page(queryset, total) -> None:
    """The former listing queries: the annotation grouped over every row."""
    listed_page(queryset.annotate(n=total))


def listed_page(rows) -> None:
    """A listing's queries alone: its first 20 rows and the paginator's count."""
    rows = rows.order_by("-pk")
    list(rows[:20])
    rows.count()


def main() -> None:
    args = bench_arguments(__doc__)
    if generated() != args.participations:
        demo.build_reference()
        demo.build_plans()
        generate(args.participations)
    office, _ = get_user_model().objects.get_or_create(
        username="bench-office", defaults={"is_superuser": True, "is_staff": True}
    )
    # The test client's host allowed and HTTPS, as production settings want.
    setup_test_environment()
    client = Client()
    client.force_login(office)

    def page(url: str) -> None:
        assert client.get(url, secure=True).status_code == 200

    yardsticks = {
        "sessions (queries now)": lambda: listed_page(
            session_list_annotate(TrainingSession.objects.all())
        ),
        "trainees (queries now)": lambda: listed_page(
            trainee_list_annotate(Trainee.objects.all())
        ),
        "sessions (GROUP BY, before)": lambda: grouped_page(
            TrainingSession.objects.all(), Coalesce(Sum("participations__count"), 0)
        ),
        "trainees (GROUP BY, before)": lambda: grouped_page(
            Trainee.objects.all(), Count("participations")
        ),
    }
    for url in PAGES.values():
        page(url)  # warm
    for name, url in PAGES.items():
        times = [clock(page, url) for _ in range(args.runs)]
        say(f"{name} at {args.participations} rows: {statistics.median(times):.0f} ms")
    for name, query in yardsticks.items():
        times = [clock(query) for _ in range(args.runs)]
        say(f"{name} at {args.participations} rows: {statistics.median(times):.0f} ms")


if __name__ == "__main__":
    main()

"""Two real processes doing the same thing at the same moment, on PostgreSQL.

The test holds a table lock that lets both processes read but not write, waits
until both are blocked on a lock, then lets go: both have read before either
wrote, which is the race a second click or a second import runs into. No sleep
decides the order, so the outcome does not depend on the machine's speed.
"""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection, transaction
from django.db.models import Sum

from tests.conftest import ROOT, test_database_url
from tests.factories import (
    AgencyFactory,
    ParticipationFactory,
    ProfessionFactory,
    TraineeFactory,
    TrainingSessionFactory,
)
from trainings.models import Certificate, Participation, Trainee

pytestmark = [pytest.mark.services, pytest.mark.django_db(transaction=True)]

PEOPLE = 60
WAIT_FOR_BOTH = 120  # seconds: a guard against a hung process, not a timing assertion


def _environment() -> dict[str, str]:
    """The test database and the test's own media folders, for another process."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.settings",
        "DATABASE_URL": test_database_url(),
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),
        "PRIVATE_MEDIA_ROOT": str(settings.PRIVATE_MEDIA_ROOT),
    }


def _blocked_on_locks() -> int:
    with connection.cursor() as cursor:
        # Statistics views are read once per transaction unless told to forget.
        cursor.execute("SELECT pg_stat_clear_snapshot()")
        cursor.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
            "AND pid <> pg_backend_pid() AND wait_event_type = 'Lock'"
        )
        return cursor.fetchone()[0]


def run_twice_at_once(command: list[str], *, table: str) -> list[str]:
    """Run `command` in two processes released together; their outputs."""
    processes = []
    with transaction.atomic():
        with connection.cursor() as cursor:
            # EXCLUSIVE: others may read the table, nobody may write it.
            cursor.execute(f"LOCK TABLE {table} IN EXCLUSIVE MODE")
        for _ in range(2):
            processes.append(
                subprocess.Popen(
                    [sys.executable, *command],
                    cwd=ROOT,
                    env=_environment(),
                    stdout=subprocess.PIPE,
                    stderr=subprocess.STDOUT,
                    text=True,
                )
            )
        deadline = time.monotonic() + WAIT_FOR_BOTH
        while _blocked_on_locks() < 2:
            if time.monotonic() > deadline or any(
                p.poll() is not None for p in processes
            ):
                for p in processes:
                    p.kill()
                outputs = [p.communicate()[0][-2000:] for p in processes]
                pytest.fail(f"the two processes did not both reach the lock: {outputs}")
            time.sleep(0.05)
    # The commit above released the lock: both go on at once.
    outputs = [p.communicate(timeout=WAIT_FOR_BOTH)[0] for p in processes]
    assert [p.returncode for p in processes] == [0, 0], outputs
    return outputs


def test_same_participants_file_imported_twice_at_once_adds_each_person_once(
    postgres, tmp_path
):
    # given
    session = TrainingSessionFactory(ref="AL-2022-777")
    ProfessionFactory(code="POL")
    AgencyFactory(code="GDSP")
    lines = [
        "session_ref,full_name,gender,profession,agency,count,pre_score,post_score"
    ]
    lines += [f"AL-2022-777,Person {n:03d},F,POL,GDSP,,50,70" for n in range(PEOPLE)]
    lines += ["AL-2022-777,,M,POL,GDSP,25,,"]  # a head-count row of 25 people
    file = tmp_path / "participants.csv"
    file.write_text("\n".join(lines) + "\n", encoding="utf-8")
    # when
    run_twice_at_once(
        ["manage.py", "import_participants", str(file)], table=Trainee._meta.db_table
    )
    # then
    assert Trainee.objects.count() == PEOPLE
    attendance = Participation.objects.filter(session=session)
    assert attendance.filter(trainee__isnull=False).count() == PEOPLE
    assert attendance.aggregate(people=Sum("count"))["people"] == PEOPLE + 25


@pytest.fixture
def session_with_two_people():
    session = TrainingSessionFactory(title="Identification of victims")
    for name in ("Ardian Krasniqi", "Милана Петровић"):
        ParticipationFactory(session=session, trainee=TraineeFactory(full_name=name))
    return session


def _certificate_files() -> set[str]:
    folder = Path(settings.PRIVATE_MEDIA_ROOT) / "certificates"
    return {f"certificates/{path.name}" for path in folder.glob("*")}


@pytest.mark.parametrize(
    "rows_already_made",
    [False, True],
    ids=["new request twice", "retry and second click on rows without a PDF"],
)
def test_same_certificate_request_twice_at_once_makes_one_pdf_per_certificate(
    postgres, session_with_two_people, rows_already_made
):
    # given
    session = session_with_two_people
    if rows_already_made:
        for participation in session.participations.all():
            Certificate.objects.create(participation=participation)
    task = (
        "from trainings.tasks import certificates_issue_task as issue; "
        f"issue({session.pk})"
    )
    # when
    run_twice_at_once(
        ["manage.py", "shell", "-c", task], table=Certificate._meta.db_table
    )
    # then
    certificates = Certificate.objects.filter(participation__session=session)
    assert certificates.count() == 2
    pdfs = set(certificates.values_list("pdf", flat=True))
    assert "" not in pdfs
    assert _certificate_files() == pdfs  # no file without its row


def test_erasure_after_two_requests_at_once_leaves_no_pdf_with_the_name(
    postgres, session_with_two_people, django_user_model
):
    # given
    from trainings.services.personal_data import trainee_erase

    session = session_with_two_people
    for participation in session.participations.all():
        Certificate.objects.create(participation=participation)
    task = (
        "from trainings.tasks import certificates_issue_task as issue; "
        f"issue({session.pk})"
    )
    run_twice_at_once(
        ["manage.py", "shell", "-c", task], table=Certificate._meta.db_table
    )
    # when
    for trainee in Trainee.objects.filter(participations__session=session):
        trainee_erase(trainee=trainee, user=None)
    # then
    assert Certificate.objects.count() == 0
    assert _certificate_files() == set()

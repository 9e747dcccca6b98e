"""The demo, seeded once for a run of consecutive tests that only read it.

`seed_demo` takes tens of seconds and a dozen tests read what it builds. The first
of them seeds it inside a transaction that stays open; each test then runs in a
savepoint inside it (pytest-django's `db`) and is rolled back to the seeded state.
The transaction is rolled back as soon as the next test does not ask for the demo,
so no other test ever sees its rows. tests/conftest.py runs the demo's tests one
after the other, first, so the demo is seeded once per run (per xdist worker that
gets some of them).
"""

import io

from django.core.management import call_command
from django.db import connection, transaction
from django.test import TestCase


class SeededDemo:
    def __init__(self) -> None:
        self._atomic = None
        self.output = ""

    @property
    def is_open(self) -> bool:
        return self._atomic is not None

    def seed(self) -> str:
        """seed_demo's output; the demo is seeded if no open transaction holds it."""
        if self._atomic is None:
            # A test's own savepoint opened first would be rolled back with the demo.
            assert not connection.in_atomic_block, (
                "ask for the `demo` fixture before `db` (and without a django_db mark)"
            )
            self._atomic = transaction.atomic()
            self._atomic.__enter__()
            out = io.StringIO()
            try:
                # As on a real installation, where seed_demo's transaction commits:
                # the callbacks it leaves for the commit (thumbnails) run.
                with TestCase.captureOnCommitCallbacks(execute=True):
                    call_command("seed_demo", stdout=out)
            except BaseException:
                self.discard()
                raise
            self.output = out.getvalue()
        return self.output

    def discard(self) -> None:
        """Roll the demo back: the database is the migrated one again."""
        if self._atomic is not None:
            atomic, self._atomic = self._atomic, None
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)

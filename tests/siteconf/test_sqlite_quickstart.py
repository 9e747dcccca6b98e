"""The SQLite quick start under concurrent requests: a request waits for the write
lock another one holds instead of failing with "database is locked"."""

import textwrap

from tests.siteconf.test_settings import run_python

# Another process (a gunicorn worker serving a slow request, or one that keeps
# winning the lock under load) holds SQLite's write lock for 6 s; a request then
# writes through Django with the quick start's settings.
SLOW_WRITER = textwrap.dedent(
    """
    import sqlite3, threading, time
    import django
    django.setup()
    from django.db import connection, transaction

    with connection.cursor() as cursor:
        cursor.execute("CREATE TABLE hits (n integer)")
    other = sqlite3.connect(connection.settings_dict["NAME"], isolation_level=None,
                            check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    threading.Timer(6, lambda: other.execute("COMMIT")).start()
    time.sleep(0.2)
    try:
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute("INSERT INTO hits VALUES (1)")
        print("saved")
    except Exception as error:
        print(error)
    """
)


def test_a_write_waits_for_a_slow_writer_instead_of_failing(tmp_path):
    result = run_python(
        SLOW_WRITER, DEBUG="true", DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}"
    )

    assert result.stdout.strip() == "saved", result.stderr

"""A named lock held until the current transaction ends, for writes that must not
interleave: two of them reading the same rows before either writes."""

import zlib

from django.db import connection


def transaction_lock(name: str) -> None:
    """Wait for, then hold, the lock `name` until this transaction commits or rolls back.

    PostgreSQL's transaction-scoped advisory lock, so a crash or an exception
    cannot leave it held. Nothing on SQLite, whose transactions start IMMEDIATE
    (settings.py): one writer at a time already.
    """
    if connection.vendor != "postgresql":
        return
    if not connection.in_atomic_block:
        raise RuntimeError("transaction_lock() outside a transaction holds nothing")
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_advisory_xact_lock(%s)", [zlib.crc32(name.encode())])

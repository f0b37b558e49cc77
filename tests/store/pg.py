"""The PostgreSQL server the tests use: LAGEBILD_TEST_PG (``make pg`` and ``.ci/run`` start a
private one); tests that need it are skipped with this reason when it is not set."""

from __future__ import annotations

import os

import pytest

PG_URL = os.environ.get("LAGEBILD_TEST_PG")

needs_pg = pytest.mark.skipif(
    not PG_URL,
    reason="LAGEBILD_TEST_PG is not set: no PostgreSQL server to test against "
    '(eval "$(make -s pg)" starts a private one)',
)


def fresh_pg() -> str:
    """The test server's URL, its database emptied."""
    import psycopg

    assert PG_URL is not None
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute("DROP SCHEMA IF EXISTS public CASCADE")
        conn.execute("CREATE SCHEMA public")
    return PG_URL

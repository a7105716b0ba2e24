"""Shared fixtures: real SQLite files and, when it is reachable, a fresh PostgreSQL schema."""

from __future__ import annotations

import os
import uuid

import pytest

PG_BASE = os.environ.get("SENTINELLA_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'sentinella.db'}"


def _pg_reachable() -> bool:
    import psycopg

    try:
        with psycopg.connect(PG_BASE.replace("+psycopg", ""), connect_timeout=3):
            return True
    except Exception:
        return False


@pytest.fixture
def pg_url():
    """A URL whose connections live in a schema of their own, dropped afterwards."""
    if not _pg_reachable():
        pytest.skip("PostgreSQL is not reachable at " + PG_BASE)
    import psycopg

    schema = "t_" + uuid.uuid4().hex[:12]
    plain = PG_BASE.replace("+psycopg", "")
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield f"{PG_BASE}?options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(plain, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """Runs a storage test on a real SQLite file and on the real PostgreSQL server."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'sentinella.db'}"
    return request.getfixturevalue("pg_url")

"""Opening the database: engine + Alembic upgrade to head, done automatically on first use."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, inspect

import alerts.store  # noqa: F401  - registers the alerts tables on Base.metadata
import jobs.history  # noqa: F401  - registers the runs table
from crawler.store import make_engine
from jobs.lock import RunLock, lock_path_for

MIGRATIONS = Path(__file__).with_name("migrations")


class DatabaseError(RuntimeError):
    """The database cannot be opened or upgraded; the message says which and why."""


def alembic_config(engine: Engine) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    command.upgrade(alembic_config(engine), revision)


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory(str(MIGRATIONS)).get_current_head()


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def open_database(url: str, *, migrate: bool = True) -> Engine:
    """An engine on `url`, schema upgraded to the newest revision."""
    if url.startswith("sqlite:///") and not url.startswith("sqlite:///:memory:"):
        Path(url.removeprefix("sqlite:///")).expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(url)
    try:
        if migrate and current_revision(engine) != head_revision():
            # Under a lock: a cron run, the daemon and a `status` probe started right after an
            # upgrade of Sentinella must not apply the same migration at once.
            with RunLock(lock_path_for(url).with_suffix(".migrate.lock"), wait=True):
                upgrade(engine)
        else:
            inspect(engine).get_table_names()
    except Exception as exc:  # noqa: BLE001 - re-raised with the URL (password redacted)
        raise DatabaseError(f"database {engine.url!r}: {exc.__class__.__name__}: {exc}") from exc
    return engine

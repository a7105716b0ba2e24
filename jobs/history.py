"""Run history: one row per run, so `sentinella runs` and `status` can tell what happened."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from crawler.store import Base, utcnow


class RunRow(Base):
    __tablename__ = "runs"
    __table_args__ = (Index("ix_runs_started", "started"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    started: Mapped[datetime] = mapped_column(default=utcnow)
    finished: Mapped[datetime | None]
    outcome: Mapped[str] = mapped_column(String(16), default="running")   # running|ok|partial|failed
    trigger: Mapped[str] = mapped_column(String(16), default="manual")    # manual|cron|daemon
    summary: Mapped[dict] = mapped_column(JSON, default=dict)
    error: Mapped[str | None] = mapped_column(Text)


def start_run(engine, *, trigger: str, sources: list[str]) -> int:
    """Record a run as started before anything happens, so a killed run is visible afterwards.

    Runs are serialised by the run lock, so a row still "running" when a new run starts belongs
    to a process that died (SIGKILL, power loss): it is closed as "interrupted".
    """
    from sqlalchemy import update
    from sqlalchemy.orm import Session

    with Session(engine) as session:
        session.execute(update(RunRow).where(RunRow.outcome == "running")
                        .values(outcome="interrupted", finished=utcnow(),
                                error="the process running it stopped before it finished"))
        row = RunRow(trigger=trigger, outcome="running", summary={"sources_selected": sources})
        session.add(row)
        session.commit()
        return row.id


def finish_run(engine, run_id: int, summary: dict, *, outcome: str, error: str | None = None) -> None:
    from sqlalchemy.orm import Session

    with Session(engine) as session:
        row = session.get(RunRow, run_id)
        if row is None:  # pragma: no cover - the row was written by start_run
            return
        row.finished, row.outcome, row.summary, row.error = utcnow(), outcome, summary, error
        session.commit()

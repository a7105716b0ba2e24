"""Sources in trouble, read off the run history: a broken outlet must not fail silently.

The history lives here (jobs owns the runs table); the judgement and the operational alerts
belong to alerts.health, which this feeds.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from alerts.health import SourceRun, Trouble, report_troubles, troubled_sources
from alerts.settings import AlertSettings
from alerts.store import PENDING, SENDING, AlertRow
from jobs.history import RunRow


def source_history(session: Session, runs: int, current: dict[str, dict[str, int]] | None = None
                   ) -> dict[str, list[SourceRun]]:
    """Per source, its counts in the last `runs` runs that crawled it, oldest first.

    `current` is the per-source counts of the run in progress, counted as the newest run.
    """
    rows = session.scalars(select(RunRow).where(RunRow.finished.is_not(None))
                           .order_by(RunRow.id.desc()).limit(max(runs, 1) * 4)).all()
    history: dict[str, list[SourceRun]] = {}
    for per_source in [current or {}] + [(row.summary or {}).get("per_source", {}) for row in rows]:
        for name, c in per_source.items():
            if name != "*" and len(history.setdefault(name, [])) < runs:
                history[name].append(SourceRun(articles=c.get("links", 0), pages=c.get("pages", 0),
                                               failures=c.get("skipped", 0) + c.get("errors", 0)))
    return {name: list(reversed(seq)) for name, seq in history.items()}


def check_sources(session: Session, settings: AlertSettings, per_source: dict[str, dict[str, int]]
                  ) -> list[Trouble]:
    """Judge the sources just crawled and enqueue one operational alert per new trouble."""
    history = source_history(session, settings.health.no_articles_runs, current=per_source)
    crawled = [name for name in per_source if name != "*"]
    troubles = troubled_sources({k: v for k, v in history.items() if k in crawled}, settings.health)
    report_troubles(session, settings, troubles, checked_sources=crawled)
    session.commit()
    return troubles


def sources_in_trouble(session: Session, settings: AlertSettings) -> list[dict[str, str]]:
    history = source_history(session, settings.health.no_articles_runs)
    return [{"source": t.source, "problem": t.problem, "detail": t.detail}
            for t in troubled_sources(history, settings.health)]


def pending_alerts(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(AlertRow)
                          .where(AlertRow.status.in_((PENDING, SENDING)))) or 0

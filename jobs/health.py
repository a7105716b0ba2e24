"""Sources in trouble, read off the run history: a broken outlet must not fail silently."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from jobs.history import RunRow


def source_history(session: Session, runs: int) -> dict[str, list[dict[str, int]]]:
    """Per source, its counts in the last `runs` finished runs that crawled it (newest first)."""
    rows = session.scalars(select(RunRow).where(RunRow.finished.is_not(None))
                           .order_by(RunRow.id.desc()).limit(runs * 4)).all()
    history: dict[str, list[dict[str, int]]] = {}
    for row in rows:
        for name, counts in (row.summary or {}).get("per_source", {}).items():
            if len(history.setdefault(name, [])) < runs:
                history[name].append(counts)
    return history


def sources_in_trouble(session: Session, config) -> list[dict[str, str]]:
    from alerts.health import assess_sources

    settings = config.alerts
    history = source_history(session, settings.health.no_articles_runs)
    return [t.to_json() for t in assess_sources(history, settings.health)]

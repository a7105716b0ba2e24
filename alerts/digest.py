"""The daily or weekly digest: the period's events in one message to the chosen channels.

It goes through the outbox like any alert (dedup key per period end date), so scheduling it twice
on one day, or a crash mid-way, sends it once.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from alerts.notify import Echo, SessionFactory, _factory, deliver_pending, enqueue_message
from alerts.pipeline import event_facts
from alerts.settings import AlertSettings, Channel
from alerts.store import EventRow
from crawler.store import utcnow

PERIODS = {"daily": timedelta(days=1), "weekly": timedelta(days=7)}


@dataclass
class DigestStats:
    events: int = 0
    queued: int = 0
    sent: int = 0
    pending: int = 0
    errors: list[dict] | None = None


def digest_channels(settings: AlertSettings) -> list[Channel | None]:
    """[alerts.digest] channels by name, else channels with digest = true, else the terminal."""
    channels = settings.all_channels()
    if settings.digest.channels:
        return [c for c in channels if c.key in settings.digest.channels]
    return [c for c in channels if c.digest] or [None]


def digest_facts(session: Session, period: str, start: datetime, end: datetime) -> dict:
    rows = session.scalars(select(EventRow).where(EventRow.created_at >= start, EventRow.created_at < end)
                           .order_by(EventRow.first_published, EventRow.id))
    return {"period": period, "start": start.date().isoformat(), "end": end.date().isoformat(),
            "events": [event_facts(session, r) for r in rows]}


def enqueue_digest(session: Session, settings: AlertSettings, *, period: str | None = None,
                   now: datetime | None = None) -> tuple[int, int]:
    """Queue the digest of the period ending now; returns (events listed, alerts queued)."""
    period = period or settings.digest.period
    if period not in PERIODS:
        raise ValueError(f"digest period must be one of {', '.join(PERIODS)}, not {period!r}")
    end = now or utcnow()
    facts = digest_facts(session, period, end - PERIODS[period], end)
    rows = enqueue_message(session, settings, digest_channels(settings), kind="digest",
                           template=settings.digest.template, facts=facts,
                           dedup_key=f"digest:{period}:{end.date().isoformat()}", now=end)
    return len(facts["events"]), len(rows)


def run_digest(db, settings: AlertSettings, *, period: str | None = None, now: datetime | None = None,
               echo: Echo = print, deliver: bool = True) -> DigestStats:
    """Queue and deliver the digest: the function the daemon schedules (`sentinella digest`)."""
    factory: SessionFactory = _factory(db)
    with factory() as s:
        events, queued = enqueue_digest(s, settings, period=period, now=now)
        s.commit()
    stats = DigestStats(events=events, queued=queued)
    if deliver:
        d = deliver_pending(factory, settings, echo=echo, now=now)
        stats.sent, stats.pending, stats.errors = d.sent, d.pending, d.errors
    return stats

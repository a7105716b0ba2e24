"""The outbox and its delivery through apprise.

An alert is written to the `alerts` table (in the same transaction as the event change that
caused it) before anything is sent. Delivery then claims one row at a time:

    pending ──claim (UPDATE … WHERE status='pending', commit)──► sending
    sending ──send through apprise──► ok:   sent      (UPDATE, commit right after the send)
                                      fail: pending   (next_attempt_at = now + backoff) or failed

The claim is a conditional UPDATE, so two processes (cron + daemon) never both send one row.
At-least-once window: a crash after the channel accepted the message and before the "sent"
commit leaves the row "sending"; once its claim is older than `claim_timeout_seconds` it is sent
again. That one message, in flight at the crash, is the only possible duplicate; a row marked
"sent" is never sent again, and no alert is lost.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from urllib.parse import urlsplit

from sqlalchemy import Engine, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from alerts.messages import Message, channel_format, render, sample_facts
from alerts.settings import TERMINAL, AlertSettings, Channel
from alerts.store import FAILED, PENDING, SENDING, SENT, AlertRow
from crawler.store import utcnow

Echo = Callable[[str], None]
SessionFactory = Callable[[], Session]


@dataclass
class DeliveryStats:
    """What one delivery pass did. `pending` counts what is still waiting afterwards."""

    sent: int = 0
    failed: int = 0                          # failed attempts in this pass (retried later)
    gave_up: int = 0                         # reached max_attempts: status "failed"
    pending: int = 0                         # pending or sending after the pass
    printed: int = 0                         # dry run: shown, not sent
    errors: list[dict] = field(default_factory=list)   # {"channel", "alert_id", "error"}


@dataclass(frozen=True)
class SendResult:
    channel: str
    ok: bool
    error: str | None = None


# -- routing and enqueueing -------------------------------------------------------------------


def wants(channel: Channel, facts: dict) -> bool:
    """Does `channel` want this event alert? Filters are ANDed; an empty filter lets all pass."""
    if not channel.events:
        return False
    if channel.kinds and not set(channel.kinds) & set(facts.get("kinds", ())):
        return False
    if channel.sources and not set(channel.sources) & {o.get("source") for o in facts.get("outlets", ())}:
        return False
    if channel.min_score and float(facts.get("score") or 0.0) < channel.min_score:
        return False
    if channel.min_amount_eur:
        eur = (facts.get("amount") or {}).get("eur")
        if eur is None or eur < channel.min_amount_eur:
            return False
    return True


def event_channels(settings: AlertSettings, facts: dict) -> list[Channel | None]:
    """Channels an event alert goes to; [None] (the terminal) when none is configured."""
    channels = settings.all_channels()
    if not channels:
        return [None]
    return [c for c in channels if wants(c, facts)]


def enqueue(session: Session, *, kind: str, channel: str, dedup_key: str, payload: dict,
            event_id: int | None = None, revision: int = 0, now: datetime | None = None
            ) -> AlertRow | None:
    """Add one outbox row unless (channel, dedup_key) exists; returns the new row or None.

    The caller commits (with the change that caused the alert). A concurrent insert of the same
    key is caught by the unique constraint inside a savepoint.
    """
    exists = session.scalar(select(AlertRow.id).where(
        AlertRow.channel == channel, AlertRow.dedup_key == dedup_key))
    if exists is not None:
        return None
    row = AlertRow(kind=kind, channel=channel, dedup_key=dedup_key, payload=payload,
                   event_id=event_id, revision=revision, status=PENDING, attempts=0,
                   next_attempt_at=None, created_at=now or utcnow())
    try:
        with session.begin_nested():
            session.add(row)
    except IntegrityError:
        return None
    return row


def message_for(settings: AlertSettings, channel: Channel | None, template: str, facts: dict) -> Message:
    """Render `template` for `channel` (the terminal gets plain text)."""
    fmt = "text" if channel is None else channel_format(channel.url, channel.format)
    name = template if channel is None or template != "event" else channel.template or "event"
    return render(name, facts, fmt, templates_dir=settings.templates_dir)


def payload_of(message: Message, facts: dict) -> dict:
    return {"title": message.title, "body": message.body, "format": message.format, "facts": facts}


def enqueue_message(session: Session, settings: AlertSettings, channels: Iterable[Channel | None], *,
                    kind: str, template: str, facts: dict, dedup_key: str,
                    event_id: int | None = None, revision: int = 0, now: datetime | None = None
                    ) -> list[AlertRow]:
    """Render and enqueue one alert per channel (None = terminal); returns the rows added."""
    rows = []
    for ch in channels:
        msg = message_for(settings, ch, template, facts)
        row = enqueue(session, kind=kind, channel=ch.key if ch else TERMINAL, dedup_key=dedup_key,
                      payload=payload_of(msg, facts), event_id=event_id, revision=revision, now=now)
        if row is not None:
            rows.append(row)
    return rows


# -- sending ----------------------------------------------------------------------------------


def send(url: str, title: str, body: str, fmt: str) -> SendResult:
    """One message to one apprise URL; the error says why it failed (apprise's own log)."""
    import apprise

    asset = apprise.AppriseAsset(storage_mode="memory")
    ap = apprise.Apprise(asset=asset)
    with apprise.LogCapture(level=apprise.logging.WARNING, fmt="%(message)s") as logs:
        if not ap.add(url):
            return SendResult(url, False, "not a valid apprise URL: " + _scheme(url))
        body_format = {"markdown": apprise.NotifyFormat.MARKDOWN, "html": apprise.NotifyFormat.HTML,
                       }.get(fmt, apprise.NotifyFormat.TEXT)
        try:
            ok = ap.notify(title=title, body=body, body_format=body_format)
        except Exception as exc:  # noqa: BLE001 - a plugin bug must not stop the other alerts
            return SendResult(url, False, _without_url(f"{exc.__class__.__name__}: {exc}", url))
        detail = " | ".join(line for line in logs.getvalue().splitlines() if line.strip())
    return SendResult(url, bool(ok), None if ok else _without_url(detail or "delivery failed", url)[:2000])


def _without_url(text: str, url: str) -> str:
    """Errors are stored and printed: the URL and the parts of it that carry the channel's
    secrets (password, tokens in the path or query) are cut out of them; the host stays."""
    parts = urlsplit(url)
    secrets = [url, parts.password or ""] + [p for p in re.split(r"[/?&=]", f"{parts.path}?{parts.query}")
                                             if len(p) >= 8]
    for secret in sorted(filter(None, secrets), key=len, reverse=True):
        text = text.replace(secret, "***")
    return text


def _scheme(url: str) -> str:
    return (url.split("://", 1)[0] + "://…") if "://" in url else "(no scheme)"


def backoff(settings: AlertSettings, attempts: int) -> timedelta:
    """Exponential: base, 2×base, 4×base … capped (attempts counts the failed one)."""
    seconds = settings.retry_backoff_seconds * (2 ** max(0, attempts - 1))
    return timedelta(seconds=min(seconds, settings.retry_backoff_max_seconds))


def _factory(db: Engine | SessionFactory) -> SessionFactory:
    return sessionmaker(db, expire_on_commit=False) if isinstance(db, Engine) else db


def _due(settings: AlertSettings, now: datetime, *, ignore_backoff: bool):
    stale = now - timedelta(seconds=settings.claim_timeout_seconds)
    pending = AlertRow.status == PENDING
    if not ignore_backoff:
        pending = pending & or_(AlertRow.next_attempt_at.is_(None), AlertRow.next_attempt_at <= now)
    return or_(pending, (AlertRow.status == SENDING) & (AlertRow.claimed_at < stale))


def deliver_pending(db: Engine | SessionFactory, settings: AlertSettings, *, dry_run: bool = False,
                    echo: Echo = print, now: datetime | None = None, ignore_backoff: bool = False,
                    limit: int | None = None) -> DeliveryStats:
    """Send every due alert of the outbox, one claim-send-mark cycle per alert.

    With no channel configured the alerts (all on the "terminal" channel) are printed with `echo`
    and marked sent. `dry_run` prints what would be sent and changes nothing. `ignore_backoff`
    (used by `alerts retry`) also sends pending alerts whose next attempt is not due yet.
    """
    factory = _factory(db)
    now = now or utcnow()
    stats = DeliveryStats()
    with factory() as s:
        q = select(AlertRow.id).where(_due(settings, now, ignore_backoff=ignore_backoff)).order_by(AlertRow.id)
        ids = list(s.scalars(q.limit(limit) if limit else q))
    for alert_id in ids:
        if dry_run:
            with factory() as s:
                row = s.get(AlertRow, alert_id)
                echo(f"[dry run] would send alert {row.id} to {row.channel}:\n"
                     f"{row.payload['title']}\n{row.payload['body']}")
            stats.printed += 1
            continue
        _deliver_one(factory, settings, alert_id, now, echo, stats)
    with factory() as s:
        stats.pending = s.scalar(select(func.count()).select_from(AlertRow).where(
            AlertRow.status.in_((PENDING, SENDING)))) or 0
    return stats


def _deliver_one(factory: SessionFactory, settings: AlertSettings, alert_id: int, now: datetime,
                 echo: Echo, stats: DeliveryStats) -> None:
    claim = utcnow()
    with factory() as s:
        row = s.get(AlertRow, alert_id)
        if row is None:
            return
        stale = now - timedelta(seconds=settings.claim_timeout_seconds)
        won = s.execute(
            update(AlertRow)
            .where(AlertRow.id == alert_id, AlertRow.status == row.status,
                   AlertRow.attempts == row.attempts,
                   or_(AlertRow.status == PENDING, AlertRow.claimed_at < stale))
            .values(status=SENDING, claimed_at=claim, attempts=AlertRow.attempts + 1)
            .execution_options(synchronize_session=False)
        ).rowcount
        s.commit()
        if won != 1:
            return                                  # another process claimed it
        channel_key, payload, attempts = row.channel, dict(row.payload), row.attempts + 1

    channel = settings.channel(channel_key)
    if channel_key == TERMINAL:
        echo(f"{payload['title']}\n{payload['body']}")
        result = SendResult(TERMINAL, True)
    elif channel is None:
        result = SendResult(channel_key, False, f"channel {channel_key!r} is no longer configured")
    else:
        result = send(channel.url, payload["title"], payload["body"], payload.get("format", "text"))

    with factory() as s:
        done = utcnow()
        if result.ok:
            values = {"status": SENT, "sent_at": done, "last_error": None, "next_attempt_at": None}
            stats.sent += 1
        else:
            gave_up = attempts >= settings.max_attempts or channel is None and channel_key != TERMINAL
            values = {"status": FAILED if gave_up else PENDING, "last_error": result.error,
                      "next_attempt_at": done + backoff(settings, attempts)}
            stats.failed += 1
            stats.gave_up += int(gave_up)
            stats.errors.append({"channel": channel_key, "alert_id": alert_id, "error": result.error})
        s.execute(update(AlertRow).where(AlertRow.id == alert_id, AlertRow.claimed_at == claim)
                  .values(**values).execution_options(synchronize_session=False))
        s.commit()


def revive_failed(db: Engine | SessionFactory, *, ids: Iterable[int] = ()) -> int:
    """Put failed alerts (all, or `ids`) back to pending with a fresh attempt budget."""
    factory = _factory(db)
    with factory() as s:
        q = update(AlertRow).where(AlertRow.status == FAILED)
        wanted = list(ids)
        if wanted:
            q = q.where(AlertRow.id.in_(wanted))
        n = s.execute(q.values(status=PENDING, attempts=0, next_attempt_at=None)
                      .execution_options(synchronize_session=False)).rowcount
        s.commit()
    return n


def send_test(settings: AlertSettings, *, echo: Echo = print, now: datetime | None = None) -> list[SendResult]:
    """A sample alert straight to every channel (not through the outbox); one result each."""
    facts = sample_facts((now or utcnow()).date().isoformat())
    channels = settings.all_channels()
    if not channels:
        msg = message_for(settings, None, "event", facts)
        echo(f"{msg.title}\n{msg.body}")
        return [SendResult(TERMINAL, True)]
    results = []
    for ch in channels:
        msg = message_for(settings, ch, "event", facts)
        res = send(ch.url, msg.title, msg.body, msg.format)
        results.append(SendResult(ch.key, res.ok, res.error))
    return results

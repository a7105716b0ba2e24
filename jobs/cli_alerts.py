"""`sentinella alerts test|list|retry`, `sentinella events` and `sentinella digest`.

Registered on the main group by jobs.cli. Config and database errors exit 2 and 1 as DESIGN.md
says (jobs.cli_common).
"""

from __future__ import annotations

import sys
from datetime import timedelta

import click
from sqlalchemy import select
from sqlalchemy.orm import Session

from jobs.cli_common import config_option, load_or_exit, open_or_exit, print_json


@click.group()
def alerts() -> None:
    """The alert outbox: send a test alert, list alerts, retry failed deliveries."""


@alerts.command("test")
@config_option
def test_cmd(config_path: str | None) -> None:
    """Send a sample alert to every configured channel and report each result.

    With no channel configured the sample is printed here. Exits 1 if any channel failed.

    \b
    Example:
      SENTINELLA_ALERT_URL=json://localhost:8080/hook sentinella alerts test
    """
    from alerts.notify import send_test

    config = load_or_exit(config_path)
    results = send_test(config.alerts, echo=click.echo)
    for r in results:
        click.echo(f"{'ok    ' if r.ok else 'FAILED'} {r.channel}" + (f": {r.error}" if r.error else ""))
    if not all(r.ok for r in results):
        sys.exit(1)


@alerts.command("list")
@config_option
@click.option("--status", type=click.Choice(["pending", "sending", "sent", "failed"]), help="Only this status.")
@click.option("--limit", default=50, show_default=True, help="Newest N alerts.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per alert, one per line.")
def list_cmd(config_path: str | None, status: str | None, limit: int, as_json: bool) -> None:
    """Alerts in the outbox, newest first: status, attempts, next attempt, last error.

    \b
    Examples:
      sentinella alerts list
      sentinella alerts list --config prod.toml
    """
    from alerts.store import AlertRow

    engine = open_or_exit(load_or_exit(config_path))
    with Session(engine) as s:
        q = select(AlertRow).order_by(AlertRow.id.desc()).limit(limit)
        if status:
            q = q.where(AlertRow.status == status)
        rows = list(s.scalars(q))
    if not rows:
        click.echo("no alerts" + (f" with status {status}" if status else ""))
    for r in rows:
        item = {"id": r.id, "created": r.created_at.isoformat(timespec="seconds"), "kind": r.kind,
                "channel": r.channel, "status": r.status, "attempts": r.attempts,
                "next_attempt": r.next_attempt_at.isoformat(timespec="seconds") if r.next_attempt_at else None,
                "sent": r.sent_at.isoformat(timespec="seconds") if r.sent_at else None,
                "event_id": r.event_id, "title": r.payload.get("title"), "error": r.last_error}
        if as_json:
            print_json(item)
            continue
        when = item["sent"] or item["next_attempt"] or item["created"]
        click.echo(f"#{r.id:<5} {r.status:8} {r.kind:11} {r.channel:20} try {r.attempts}  {when}  {item['title']}")
        if r.last_error and r.status != "sent":
            click.echo(f"       error: {r.last_error[:300]}")


@alerts.command("retry")
@config_option
@click.option("--failed", "revive", is_flag=True, help="Also retry alerts that gave up (status failed).")
@click.option("--id", "ids", type=int, multiple=True, help="Revive only these failed alerts.")
def retry_cmd(config_path: str | None, revive: bool, ids: tuple[int, ...]) -> None:
    """Deliver pending alerts now, ignoring the backoff (and failed ones with --failed).

    \b
    Examples:
      sentinella alerts retry
      sentinella alerts retry --failed
    """
    from alerts.notify import deliver_pending, revive_failed

    config = load_or_exit(config_path)
    engine = open_or_exit(config)
    if revive or ids:
        click.echo(f"revived {revive_failed(engine, ids=ids)} failed alert(s)")
    stats = deliver_pending(engine, config.alerts, echo=click.echo, ignore_backoff=True)
    click.echo(f"sent {stats.sent}, failed {stats.failed}, gave up {stats.gave_up}, still pending {stats.pending}")
    for e in stats.errors:
        click.echo(f"  alert #{e['alert_id']} → {e['channel']}: {e['error']}", err=True)
    if stats.failed:
        sys.exit(1)


@click.command("events")
@config_option
@click.option("--days", default=14.0, show_default=True, help="Events reported in the last N days.")
@click.option("--limit", default=50, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per event, one per line.")
def events_cmd(config_path: str | None, days: float, limit: int, as_json: bool) -> None:
    """Recent events (one real-world deal each) with the articles that reported them.

    \b
    Examples:
      sentinella events
      sentinella events --days 30 --json
    """
    from alerts.pipeline import event_facts
    from alerts.store import EventRow
    from crawler.store import utcnow

    engine = open_or_exit(load_or_exit(config_path))
    since = utcnow() - timedelta(days=days)
    with Session(engine) as s:
        rows = list(s.scalars(select(EventRow).where(EventRow.last_published >= since)
                              .order_by(EventRow.last_published.desc()).limit(limit)))
        facts = [event_facts(s, r) for r in rows]
    if not facts and not as_json:
        click.echo(f"no events in the last {days:g} days")
    for f in facts:
        if as_json:
            print_json(f)
            continue
        amount = f["amount"] or {}
        money = f" — {amount.get('text')} → {amount.get('normalised')}" if amount else ""
        cps = f" (with {', '.join(f['counterparties'])})" if f["counterparties"] else ""
        click.echo(f"#{f['event_id']} {f['published']} {f['target'] or '?'} — {f['kinds_label']}{money}{cps}"
                   f"  rev {f['revision']}  score {f['score']:.2f}")
        for o in f["outlets"]:
            click.echo(f"    {o['relation']:9} {o['name']}: {o['title']}  {o['url']}")


@click.command("digest")
@config_option
@click.option("--period", type=click.Choice(["daily", "weekly"]), help="Default: [alerts.digest] period.")
def digest_cmd(config_path: str | None, period: str | None) -> None:
    """Send the daily or weekly digest of events to the digest channels (or print it).

    \b
    Examples:
      sentinella digest
      sentinella digest --config prod.toml
    """
    from alerts.digest import run_digest

    config = load_or_exit(config_path)
    engine = open_or_exit(config)
    stats = run_digest(engine, config.alerts, period=period, echo=click.echo)
    click.echo(f"digest: {stats.events} event(s), {stats.queued} message(s) queued, {stats.sent} sent, "
               f"{stats.pending} pending")
    for e in stats.errors or []:
        click.echo(f"  alert #{e['alert_id']} → {e['channel']}: {e['error']}", err=True)
    if stats.errors:
        sys.exit(1)

"""Running unattended: `run` (the daemon), `runs` (history) and `status` (for monitoring)."""

from __future__ import annotations

import sys
from datetime import timedelta

import click
from sqlalchemy import select
from sqlalchemy.orm import Session

from crawler.store import utcnow
from jobs.cli_common import config_option, load_or_exit, open_or_exit, print_json
from jobs.history import RunRow
from jobs.logs import setup_logging


@click.command()
@config_option
@click.option("--log-file", metavar="FILE", help="Also write the log to FILE.")
def run_cmd(config_path: str | None, log_file: str | None) -> None:
    """The daemon: crawl -> detect -> notify on the configured schedule until SIGTERM/SIGINT.

    \b
    Examples:
      sentinella run
      sentinella run --config /etc/sentinella/config.toml --log-file /var/log/sentinella.log
    """
    from jobs.daemon import serve

    config = load_or_exit(config_path)
    setup_logging(config.logging.level, log_file or config.logging.file)
    open_or_exit(config)  # schema ready (and the database reachable) before the first run
    sys.exit(serve(config))


@click.command()
@config_option
@click.option("--limit", "-n", default=20, show_default=True, help="How many recent runs.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per run.")
def runs_cmd(config_path: str | None, limit: int, as_json: bool) -> None:
    """List recent runs: when, how they ended, what they found.

    \b
    Example:
      sentinella runs -n 5
    """
    config = load_or_exit(config_path)
    engine = open_or_exit(config)
    with Session(engine) as session:
        rows = session.scalars(select(RunRow).order_by(RunRow.id.desc()).limit(limit)).all()
    for row in rows:
        s = row.summary or {}
        if as_json:
            print_json({"id": row.id, "started": row.started.isoformat(), "trigger": row.trigger,
                        "finished": row.finished.isoformat() if row.finished else None,
                        "outcome": row.outcome, "error": row.error, "summary": s})
            continue
        took = f"{(row.finished - row.started).total_seconds():.0f}s" if row.finished else "-"
        click.echo(f"#{row.id:<5} {row.started:%Y-%m-%d %H:%M} {row.trigger:7} {row.outcome:8} {took:>6}  "
                   f"pages {s.get('pages_fetched', 0)}, new {s.get('articles_new', 0)}, "
                   f"deals {s.get('deals', 0)}, alerts {s.get('alerts_sent', 0)}, "
                   f"errors {len(s.get('errors', []))}" + (f"  [{row.error}]" if row.error else ""))
    if not rows and not as_json:
        click.echo("no runs yet")


@click.command()
@config_option
@click.option("--max-age", "max_age_minutes", type=float, default=None, metavar="MINUTES",
              help="Exit 1 when the last successful run is older than this "
                   "(default: [schedule] stale_after_minutes, else 3 schedule periods).")
@click.option("--json", "as_json", is_flag=True, help="Print the status as one JSON object.")
@click.option("--quiet", "-q", is_flag=True, help="Print nothing; only the exit code tells.")
def status_cmd(config_path: str | None, max_age_minutes: float | None, as_json: bool, quiet: bool) -> None:
    """Health at a glance; exits 1 when the last successful run is too old (for monitoring).

    \b
    Examples:
      sentinella status
      sentinella status --max-age 90 || notify-admin
    """
    from jobs.daemon import next_run_time
    from jobs.health import pending_alerts, sources_in_trouble

    config = load_or_exit(config_path)
    engine = open_or_exit(config)
    limit = max_age_minutes if max_age_minutes is not None else stale_after(config)
    with Session(engine) as session:
        last_ok = session.scalars(select(RunRow).where(RunRow.outcome.in_(("ok", "partial")))
                                  .order_by(RunRow.id.desc()).limit(1)).first()
        last = session.scalars(select(RunRow).order_by(RunRow.id.desc()).limit(1)).first()
        pending = pending_alerts(session)
        trouble = sources_in_trouble(session, config.alerts)
    age = (utcnow() - last_ok.finished) if last_ok and last_ok.finished else None
    stale = age is None or age > timedelta(minutes=limit)
    nxt = next_run_time(config)
    report = {
        "last_run": {"id": last.id, "started": last.started.isoformat(), "outcome": last.outcome} if last else None,
        "last_success": last_ok.finished.isoformat() if last_ok and last_ok.finished else None,
        "last_success_age_minutes": round(age.total_seconds() / 60, 1) if age else None,
        "stale_after_minutes": limit, "stale": stale,
        "next_run": nxt.isoformat() if nxt else None,
        "alerts_pending": pending,
        "sources_in_trouble": trouble,
    }
    if quiet:
        pass
    elif as_json:
        print_json(report)
    else:
        click.echo(f"last run:        {_fmt_run(report['last_run'])}")
        click.echo(f"last success:    {report['last_success'] or 'never'}"
                   + (f" ({report['last_success_age_minutes']} min ago)" if age else ""))
        click.echo(f"next run:        {report['next_run'] or 'not scheduled (daemon never started)'}")
        click.echo(f"alerts pending:  {pending}")
        click.echo(f"sources in trouble: {len(trouble)}")
        for t in trouble:
            click.echo(f"  {t['source']}: {t['detail']}")
        click.echo(f"status:          {'STALE' if stale else 'OK'} (threshold {limit:g} min)")
    sys.exit(1 if stale else 0)


def stale_after(config) -> float:
    sched = config.schedule
    if sched.stale_after_minutes:
        return sched.stale_after_minutes
    if sched.interval_minutes:
        return 3 * sched.interval_minutes
    from datetime import datetime

    from jobs.daemon import make_trigger

    trigger = make_trigger(sched)
    first = trigger.get_next_fire_time(None, datetime.now(trigger.timezone))
    second = trigger.get_next_fire_time(first, first + timedelta(seconds=1))
    return 3 * (second - first).total_seconds() / 60 if first and second else 90.0


def _fmt_run(run: dict | None) -> str:
    return f"#{run['id']} {run['started']} {run['outcome']}" if run else "none"

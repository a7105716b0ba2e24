"""The `sentinella` command line.

Exit codes (DESIGN.md): 0 success; 1 the run failed (every source failed, database unreachable);
2 bad usage or bad configuration, with a message naming the file, key and problem.
"""

from __future__ import annotations

import sys

import click

from jobs import __version__
from jobs.cli_common import config_option, fail, load_or_exit, open_or_exit, print_json
from jobs.config import ConfigError


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, "--version", "-V", prog_name="sentinella")
def main() -> None:
    """Sentinella watches the Italian tech press and alerts, once per deal, when a new AI
    funding deal, compute-purchase commitment or chip-exclusivity deal is reported.

    \b
    Quick start:
      sentinella demo                 # see it work on a bundled fixture site, no network
      sentinella crawl                # one run on the configured outlets
      sentinella check article.html   # analyse a page without storing anything
      sentinella run                  # the daemon, on the configured schedule
    """


# ------------------------------------------------------------------------------------- crawl

@main.command()
@config_option
@click.option("--source", "-s", "sources", multiple=True, metavar="NAME",
              help="Crawl only this source (repeatable).")
@click.option("--dry-run", is_flag=True,
              help="Print the alerts instead of sending them (articles and events are still stored; "
                   "the alerts stay pending for the next real run).")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as one JSON object.")
@click.option("--wait", is_flag=True, help="If another run is in progress, wait for it instead of exiting.")
@click.option("--log-file", metavar="FILE", help="Also write the log to FILE.")
def crawl(config_path: str | None, sources: tuple[str, ...], dry_run: bool, as_json: bool, wait: bool,
          log_file: str | None) -> None:
    """One run: crawl -> detect -> notify, then a summary.

    \b
    Examples:
      sentinella crawl
      sentinella crawl --source wired-it --source hdblog --dry-run
      sentinella crawl --config my.toml --json | jq .alerts_sent
    """
    from jobs.console import CrawlProgress, print_summary
    from jobs.lock import LockBusy, RunLock, lock_path_for
    from jobs.logs import setup_logging
    from jobs.run import run_once

    config = load_or_exit(config_path)
    try:
        config.select_sources(sources)
    except ConfigError as exc:
        fail(f"configuration error: {exc}", code=2)
    interactive = sys.stdout.isatty()
    setup_logging(config.logging.level, log_file or config.logging.file, quiet=not interactive)
    lock = RunLock(lock_path_for(config.database_url))
    try:
        lock.acquire(wait=wait)
    except LockBusy as exc:  # under cron an overlapping run is normal: say so, exit 0
        click.echo(f"sentinella: {exc}; not starting a second one (use --wait to queue)", err=True)
        if as_json:
            print_json({"outcome": "skipped", "reason": str(exc)})
        sys.exit(0)
    echo = (lambda text: click.echo(text, err=True)) if as_json else click.echo
    try:
        engine = open_or_exit(config)
        with CrawlProgress(enabled=not as_json and sys.stderr.isatty()) as progress:
            summary = run_once(config, source_names=sources, dry_run=dry_run, engine=engine,
                               progress=progress.update, echo=echo, keep_fds=(lock.fd,),
                               trigger="manual" if interactive else "cron")
    finally:
        lock.release()
    if as_json:
        print_json(summary.to_json())
    elif interactive or summary.outcome != "ok":
        print_summary(summary)
    sys.exit(1 if summary.outcome == "failed" else 0)


# -------------------------------------------------------------------------------------- demo

@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print the run summary as one JSON object.")
@click.option("--keep", metavar="DIR", help="Keep the demo database in DIR instead of a temporary folder.")
def demo(as_json: bool, keep: str | None) -> None:
    """Run the whole job against a bundled fixture site served on loopback.

    A temporary SQLite database is used and no network is needed: it shows what a run
    finds and the alerts it would send.

    \b
    Example:
      sentinella demo
    """
    from jobs.demo import run_demo

    summary = run_demo(keep_dir=keep, echo=(lambda t: click.echo(t, err=True)) if as_json else click.echo)
    if as_json:
        print_json(summary.to_json())
    else:
        from jobs.console import print_summary

        print_summary(summary)


# ---------------------------------------------------------------------------------------- db

@main.group()
def db() -> None:
    """Database maintenance."""


@db.command("upgrade")
@config_option
def db_upgrade(config_path: str | None) -> None:
    """Create or upgrade the schema to the newest revision (also done on first use).

    \b
    Example:
      sentinella db upgrade --config prod.toml
    """
    from jobs.database import current_revision

    config = load_or_exit(config_path)
    engine = open_or_exit(config)
    click.echo(f"database at revision {current_revision(engine)}")


# ----------------------------------------------------------------------------- config, sources

@main.command("config")
@config_option
def config_cmd(config_path: str | None) -> None:
    """Validate the configuration and print where it comes from.

    \b
    Example:
      sentinella config --config my.toml
    """
    config = load_or_exit(config_path)
    from jobs.logs import redact_url

    click.echo(f"config:   {config.path}")
    click.echo(f"database: {redact_url(config.database_url)}")
    click.echo(f"sources:  {len(config.sources)} ({sum(s.enabled for s in config.sources)} enabled)")
    sched = config.schedule
    when = f"every {sched.interval_minutes:g} min" if sched.interval_minutes else f"cron '{sched.cron}'"
    click.echo(f"schedule: {when} ({sched.timezone})")
    click.echo("ok")


@main.command()
@config_option
@click.option("--json", "as_json", is_flag=True, help="One JSON object per source.")
def sources(config_path: str | None, as_json: bool) -> None:
    """List the configured sources (outlets) and their feeds, sitemaps and listings.

    \b
    Example:
      sentinella sources
    """
    config = load_or_exit(config_path)
    for s in config.sources:
        if as_json:
            print_json({"name": s.name, "enabled": s.enabled, "feeds": s.feeds,
                        "sitemaps": s.sitemaps, "listings": s.listings})
        else:
            flag = "" if s.enabled else " (disabled)"
            click.echo(f"{s.name}{flag}")
            for kind in ("feeds", "sitemaps", "listings"):
                for url in getattr(s, kind):
                    click.echo(f"  {kind[:-1]:8} {url}")


def _register() -> None:
    """Commands owned by other modules, attached here so `sentinella --help` lists them all."""
    from jobs.cli_alerts import alerts, digest_cmd, events_cmd
    from jobs.cli_detect import check_cmd, eval_cmd, explain_cmd
    from jobs.cli_ops import run_cmd, runs_cmd, status_cmd

    main.add_command(check_cmd, "check")
    main.add_command(explain_cmd, "explain")
    main.add_command(eval_cmd, "eval")
    main.add_command(alerts, "alerts")
    main.add_command(events_cmd, "events")
    main.add_command(digest_cmd, "digest")
    main.add_command(run_cmd, "run")
    main.add_command(runs_cmd, "runs")
    main.add_command(status_cmd, "status")


_register()

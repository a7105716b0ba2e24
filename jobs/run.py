"""One run of the job: crawl -> detect -> notify, recorded in the run history.

Each stage picks up from what the database holds, so a run that dies anywhere is completed by
the next one: unanalysed articles are analysed, pending alerts are delivered.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from alerts.pipeline import analyse_pending, deliver_pending
from crawler.runner import run_crawl
from jobs.config import Config
from jobs.database import open_database
from jobs.health import check_sources
from jobs.history import finish_run, start_run
from jobs.logs import redact

log = logging.getLogger("sentinella.run")


@dataclass
class RunSummary:
    """The `crawl --json` object of DESIGN.md, plus a few keys users asked for since."""

    sources: int = 0
    pages_fetched: int = 0
    articles_new: int = 0
    articles_analysed: int = 0
    deals: int = 0
    events_new: int = 0
    alerts_sent: int = 0
    alerts_pending: int = 0
    errors: list[dict[str, str]] = field(default_factory=list)
    # beyond the contract
    run_id: int | None = None
    outcome: str = "ok"                        # ok | partial | failed | abandoned
    articles_changed: int = 0
    pages_skipped: int = 0
    events_updated: int = 0
    dry_run: bool = False
    duration_seconds: float = 0.0
    per_source: dict[str, dict[str, int]] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """Field order puts the contract's keys first."""
        return {**asdict(self), "duration_seconds": round(self.duration_seconds, 2)}


def run_once(
    config: Config,
    *,
    source_names: tuple[str, ...] = (),
    dry_run: bool = False,
    trigger: str = "manual",
    progress: Callable[[dict], None] | None = None,
    echo: Callable[[str], None] = print,
    engine: Engine | None = None,
    stop: threading.Event | None = None,
    keep_fds: tuple[int, ...] = (),
) -> RunSummary:
    """Crawl the configured sources, analyse what is new, deliver what is pending.

    `stop` (set by the daemon on SIGTERM) ends the crawl early; what was stored is still
    analysed and delivered, and the run is recorded as "abandoned". An unexpected error ends
    the run as "failed" with the error in the summary (it is logged with its traceback), so
    callers always get a summary; `keep_fds` (the run lock) stay open in the crawl child.
    """
    started = time.monotonic()
    sources = config.select_sources(source_names)
    engine = engine or open_database(config.database_url)
    summary = RunSummary(sources=len(sources), dry_run=dry_run)
    summary.run_id = run_id = start_run(engine, trigger=trigger, sources=[s.name for s in sources])
    try:
        report = run_crawl(sources, config.crawl, config.database_url, time_limit=config.crawl.time_limit_seconds,
                           progress=progress, stop=stop, inherit_fds=keep_fds)
        summary.pages_fetched = report.pages_fetched
        summary.articles_new = report.articles_new
        summary.articles_changed = report.articles_changed
        summary.pages_skipped = len(report.skipped)
        summary.errors = list(report.errors)
        summary.per_source = {k: v for k, v in report.per_source.items() if k != "*"}

        with Session(engine) as session:
            analysed = analyse_pending(session, config.rules, config.alerts)
            check_sources(session, config.alerts, summary.per_source)
        summary.articles_analysed = analysed.articles
        summary.deals = analysed.deals
        summary.events_new = analysed.events_new
        summary.events_updated = analysed.events_updated
        summary.errors += analysed.errors

        delivered = deliver_pending(engine, config.alerts, dry_run=dry_run, echo=echo)
        summary.alerts_sent = delivered.sent
        summary.alerts_pending = delivered.pending
        summary.errors += [{"source": "alerts", "url": e.get("channel", ""), "error": e["error"]}
                           for e in delivered.errors]
        summary.outcome = outcome(summary, stopped=bool(stop and stop.is_set()))
    except Exception as exc:
        log.exception("run %s failed", run_id)
        error = redact(f"{type(exc).__name__}: {exc}")
        summary.outcome = "failed"
        summary.errors.append({"source": "run", "url": "", "error": error})
        summary.duration_seconds = time.monotonic() - started
        finish_run(engine, run_id, summary.to_json(), outcome="failed", error=error)
        return summary
    except BaseException:                      # Ctrl-C, SystemExit: recorded, then passed on
        summary.duration_seconds = time.monotonic() - started
        finish_run(engine, run_id, summary.to_json(), outcome="interrupted", error="interrupted")
        raise
    summary.duration_seconds = time.monotonic() - started
    finish_run(engine, run_id, summary.to_json(), outcome=summary.outcome)
    log.info("run %s finished: %s", run_id, summary.outcome)
    return summary


def outcome(summary: RunSummary, *, stopped: bool = False) -> str:
    """failed: sources were crawled and not one page came back; partial: some errors."""
    if stopped:
        return "abandoned"
    if summary.sources and summary.errors and not summary.pages_fetched and not any(
        c.get("links") for c in summary.per_source.values()
    ):
        return "failed"
    return "partial" if summary.errors else "ok"

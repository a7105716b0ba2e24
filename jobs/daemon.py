"""`sentinella run`: the APScheduler 3 daemon.

Choices that matter for people who depend on the alerts:
- the schedule lives in a persistent job store (the database), so a restart neither loses the
  run that was due while the daemon was down nor runs it twice: on start the stored job keeps
  its next_run_time; a run missed by up to `misfire_grace_seconds` still happens, several missed
  runs coalesce into one;
- max_instances=1 plus the file lock of jobs/lock.py: runs never overlap, also with a run that
  cron (or a person) started at the same moment;
- SIGTERM/SIGINT: no new run starts; a run in progress is abandoned at once (its crawl child is
  terminated — every page is its own transaction) or finishes its quick detect/notify stages;
  the run record says which, and the process exits 0.
"""

from __future__ import annotations

import logging
import os
import re
import signal
import threading
from datetime import datetime

from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_MISSED, JobExecutionEvent
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.interval import IntervalTrigger

from crawler.store import make_engine
from jobs.config import Config, Schedule, load_config
from jobs.lock import LockBusy, RunLock, lock_path_for

log = logging.getLogger("sentinella.daemon")
JOB_ID = "sentinella-run"
DIGEST_JOB_ID = "sentinella-digest"
STOP = threading.Event()                      # set by SIGTERM/SIGINT; the run loop checks it


_DOW = ["sun", "mon", "tue", "wed", "thu", "fri", "sat", "sun"]


def crontab_trigger(expression: str, timezone: str) -> CronTrigger:
    """A CronTrigger that reads the day of week as crontab does (0 or 7 = Sunday, 1 = Monday).

    APScheduler 3 numbers weekdays from Monday = 0, and `CronTrigger.from_crontab` passes the
    numbers through unchanged, so "0 8 * * 1" would fire on Tuesdays. Numbers are turned into
    names first, which both read the same way.
    """
    fields = expression.split()
    if len(fields) == 5:
        fields[4] = re.sub(r"(?<![/\d])([0-7])(?!\d)", lambda m: _DOW[int(m.group(1))], fields[4])
    return CronTrigger.from_crontab(" ".join(fields), timezone=timezone)


def make_trigger(schedule: Schedule):
    if schedule.interval_minutes:
        return IntervalTrigger(seconds=round(schedule.interval_minutes * 60), timezone=schedule.timezone)
    return crontab_trigger(schedule.cron, schedule.timezone)


def scheduled_run(config_path: str) -> None:
    """The job APScheduler calls (a module-level function: the persistent store keeps a reference)."""
    from jobs.run import run_once

    if STOP.is_set():
        return
    config = load_config(config_path)
    lock = RunLock(lock_path_for(config.database_url))
    try:
        lock.acquire()
    except LockBusy as exc:
        log.warning("skipping this scheduled run: %s", exc)
        return
    try:
        summary = run_once(config, trigger="daemon", stop=STOP, echo=log.info, keep_fds=(lock.fd,))
        log.info("run %s %s: %d pages, %d new articles, %d deals, %d alerts sent, %d pending",
                 summary.run_id, summary.outcome, summary.pages_fetched, summary.articles_new,
                 summary.deals, summary.alerts_sent, summary.alerts_pending)
    except Exception:  # run_once reports its own failures; this is a last resort (e.g. bad config)
        log.exception("run failed")
    finally:
        lock.release()


def scheduled_digest(config_path: str) -> None:
    """The digest job ([alerts.digest] schedule); the outbox makes a repeated call harmless."""
    from alerts.digest import run_digest
    from jobs.database import open_database

    if STOP.is_set():
        return
    config = load_config(config_path)
    stats = run_digest(open_database(config.database_url), config.alerts, echo=log.info)
    log.info("digest: %d events, %d sent, %d pending", stats.events, stats.sent, stats.pending)


def _jobstore(config: Config) -> SQLAlchemyJobStore:
    url = config.schedule.jobstore or config.database_url
    return SQLAlchemyJobStore(engine=make_engine(url), tablename="apscheduler_jobs")


def build_scheduler(config: Config) -> BackgroundScheduler:
    return BackgroundScheduler(
        jobstores={"default": _jobstore(config)},
        executors={"default": {"type": "threadpool", "max_workers": 1}},
        job_defaults={"coalesce": True, "max_instances": 1,
                      "misfire_grace_time": config.schedule.misfire_grace_seconds},
        timezone=config.schedule.timezone,
    )


def ensure_job(scheduler: BackgroundScheduler, config: Config) -> None:
    """Keep the stored jobs (and their next run times) unless the schedule itself changed."""
    _keep_or_replace(scheduler, JOB_ID, "jobs.daemon:scheduled_run", make_trigger(config.schedule), config)
    digest = config.alerts.digest.schedule
    if digest:
        trigger = crontab_trigger(digest, config.schedule.timezone)
        _keep_or_replace(scheduler, DIGEST_JOB_ID, "jobs.daemon:scheduled_digest", trigger, config)
    elif scheduler.get_job(DIGEST_JOB_ID):
        scheduler.remove_job(DIGEST_JOB_ID)


def _keep_or_replace(scheduler: BackgroundScheduler, job_id: str, func: str, trigger, config: Config) -> None:
    job = scheduler.get_job(job_id)
    args = (str(config.path),)
    if job is not None and tuple(job.args) == args and _same_schedule(job, trigger, config):
        log.info("%s: resuming stored schedule; next at %s", job_id, job.next_run_time)
        return
    scheduler.add_job(func, trigger=trigger, args=list(args), id=job_id, name=job_id, replace_existing=True)
    log.info("%s: scheduled %s", job_id, trigger)


def _same_schedule(job, trigger, config: Config) -> bool:
    """str(trigger) leaves out the time zone, and the grace time is stored with the job."""
    return (str(job.trigger), str(job.trigger.timezone), job.misfire_grace_time) == (
        str(trigger), str(trigger.timezone), config.schedule.misfire_grace_seconds)


def next_run_time(config: Config) -> datetime | None:
    """The stored next run, for `sentinella status` (None when the daemon never ran)."""
    store = _jobstore(config)
    try:
        store.start(None, "default")  # type: ignore[arg-type]
        job = store.lookup_job(JOB_ID)
    except Exception:  # noqa: BLE001 - no table yet, or unreadable: no schedule known
        return None
    finally:
        store.shutdown()
    return job.next_run_time if job else None


def serve(config: Config) -> int:
    """Run until SIGTERM/SIGINT; returns the exit code (0 on a clean stop)."""
    STOP.clear()

    def on_signal(signum, _frame):
        log.info("received %s: stopping", signal.Signals(signum).name)
        STOP.set()

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)

    scheduler = build_scheduler(config)
    scheduler.add_listener(_on_job_event, EVENT_JOB_ERROR | EVENT_JOB_MISSED)
    scheduler.start(paused=True)
    ensure_job(scheduler, config)
    scheduler.resume()
    job = scheduler.get_job(JOB_ID)
    log.info("sentinella daemon started (pid %s); next run at %s",
             os.getpid(), job.next_run_time if job else None)
    STOP.wait()
    scheduler.shutdown(wait=True)   # the run in progress sees STOP and winds down
    log.info("sentinella daemon stopped")
    return 0


def _on_job_event(event: JobExecutionEvent) -> None:
    if event.code == EVENT_JOB_MISSED:
        log.warning("a scheduled run was missed (beyond misfire_grace_seconds) at %s",
                    event.scheduled_run_time)
    elif event.exception:
        log.error("scheduled run raised %r", event.exception)

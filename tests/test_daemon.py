"""The daemon as users run it: a real `sentinella run` process against the bundled fixture site.

Schedules of a few seconds are allowed here; every wait is for an observable event (a log line,
a request reaching the fixture server, a process exit), bounded by a generous deadline.
"""

from __future__ import annotations

import os
import queue
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from helpers import Receiver
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from crawler.store import ArticleRow
from jobs.database import open_database
from jobs.demo_server import serve_directory
from jobs.history import RunRow
from jobs.run import RunSummary

ROOT = Path(__file__).resolve().parents[1]
SITE = ROOT / "jobs" / "demo_site"
SENTINELLA = [sys.executable, "-m", "jobs"]
STALLED = "/sites/tecnoitalia/cloud/2026/11/quadrante-ai-capacita-calcolo-2-miliardi-nimbo-cloud.html"
DEALS = {"Brezza AI", "Quadrante AI", "Sinapsi Labs"}


@pytest.fixture
def site():
    with serve_directory(SITE) as server:
        yield server


@pytest.fixture
def receiver():
    r = Receiver()
    yield r
    r.stop()


def write_config(tmp_path: Path, base: str, receiver: Receiver, *, interval_minutes: float) -> Path:
    text = (SITE / "config.toml").read_text(encoding="utf-8").replace("{{base}}", base)
    text = text.replace('"sqlite:///sentinella-demo.db"', f'"sqlite:///{tmp_path / "s.db"}"')
    text = text.replace("urls = []", f'urls = ["{receiver.url}"]')
    text = text.replace("interval_minutes = 30", f"interval_minutes = {interval_minutes}")
    text = text.replace("[crawl]\n", "[crawl]\ntimeout_seconds = 120\n")
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


class Daemon:
    """`sentinella run` in a subprocess, its log lines readable as they come."""

    def __init__(self, config: Path):
        self.proc = subprocess.Popen([*SENTINELLA, "run", "--config", str(config)], cwd=ROOT,
                                     stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
                                     env={**os.environ, "PYTHONUNBUFFERED": "1"})
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.log: list[str] = []
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self) -> None:
        for line in self.proc.stderr:
            self.lines.put(line)
        self.lines.put(None)                      # the process closed its log: it exited

    def wait_for(self, pattern: str, timeout: float = 90) -> re.Match:
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                line = self.lines.get(timeout=left)
            except queue.Empty:
                break
            if line is None:
                break
            self.log.append(line)
            if m := re.search(pattern, line):
                return m
        raise AssertionError(f"no log line matching {pattern!r}; log so far:\n{''.join(self.log)}")

    def stop(self, sig=signal.SIGTERM, timeout: float = 60) -> int:
        self.proc.send_signal(sig)
        return self.proc.wait(timeout=timeout)


def wait_until(condition, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "condition not met in time"
        time.sleep(0.05)


def runs(db: Path) -> list[RunRow]:
    engine = open_database(f"sqlite:///{db}")
    with Session(engine) as s:
        return list(s.scalars(select(RunRow).order_by(RunRow.id)))


def alerted_targets(receiver: Receiver) -> list[str]:
    return sorted(t for post in receiver.posts for t in DEALS if t in post.get("title", ""))


def test_daemon_runs_on_schedule_and_stops_cleanly_on_sigterm(tmp_path, site, receiver):
    config = write_config(tmp_path, site.base_url, receiver, interval_minutes=0.05)   # every 3 s
    daemon = Daemon(config)
    first = daemon.wait_for(r"run (\d+) finished: (\w+)")
    second = daemon.wait_for(r"run (\d+) finished: (\w+)")
    assert daemon.stop() == 0
    assert (first.group(2), second.group(2)) == ("ok", "ok")

    records = runs(tmp_path / "s.db")
    assert len(records) >= 2 and all(r.finished and r.outcome == "ok" for r in records)
    assert {r.trigger for r in records} == {"daemon"}
    one, two = records[0].summary, records[1].summary
    assert one["articles_new"] == 6 and one["events_new"] == 3
    assert two["articles_new"] == 0 and two["pages_fetched"] == 0     # nothing re-fetched
    assert alerted_targets(receiver) == sorted(DEALS)                 # one alert per deal, once


def test_crawl_is_refused_during_a_daemon_run_and_sigterm_abandons_cleanly(tmp_path, site, receiver):
    site.stall(STALLED)
    config = write_config(tmp_path, site.base_url, receiver, interval_minutes=0.05)
    daemon = Daemon(config)
    wait_until(lambda: site.hits(STALLED) >= 1, timeout=90)       # the daemon's run is mid-crawl

    cron = subprocess.run([*SENTINELLA, "crawl", "--config", str(config)], cwd=ROOT,
                          capture_output=True, text=True, timeout=60)
    assert cron.returncode == 0
    assert "another Sentinella run" in cron.stderr and "in progress" in cron.stderr

    assert daemon.stop() == 0                                      # SIGTERM mid-run: exit 0
    [record] = runs(tmp_path / "s.db")
    assert record.outcome == "abandoned" and record.finished is not None
    assert record.summary["articles_new"] >= 1                     # what was stored is kept


def test_daemon_killed_mid_run_loses_nothing_and_doubles_nothing(tmp_path, site, receiver):
    site.stall(STALLED)
    config = write_config(tmp_path, site.base_url, receiver, interval_minutes=0.05)
    daemon = Daemon(config)
    wait_until(lambda: site.hits(STALLED) >= 1, timeout=90)
    daemon.stop(signal.SIGKILL)

    site.reset()                                                   # the outlet answers again
    result = subprocess.run([*SENTINELLA, "crawl", "--config", str(config), "--json"], cwd=ROOT,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    summary = RunSummary(**{k: v for k, v in __import__("json").loads(result.stdout).items()
                            if k in RunSummary.__dataclass_fields__})
    assert summary.outcome == "ok"

    engine = open_database(f"sqlite:///{tmp_path / 's.db'}")
    with Session(engine) as s:
        assert s.scalar(select(func.count()).select_from(ArticleRow)) == 6
    assert alerted_targets(receiver) == sorted(DEALS)              # each deal alerted exactly once
    records = runs(tmp_path / "s.db")
    assert records[0].outcome == "interrupted" and records[-1].outcome == "ok"

    again = subprocess.run([*SENTINELLA, "crawl", "--config", str(config)], cwd=ROOT,
                           capture_output=True, text=True, timeout=120)
    assert again.returncode == 0
    assert alerted_targets(receiver) == sorted(DEALS)              # a further run sends nothing


@pytest.mark.parametrize(("dow", "weekday"), [("1", 0), ("0", 6), ("7", 6), ("1-5", 0), ("sat,sun", 6)])
def test_crontab_day_of_week_reads_as_crontab(dow, weekday):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from jobs.daemon import crontab_trigger

    trigger = crontab_trigger(f"0 8 * * {dow}", "Europe/Rome")
    saturday = datetime(2026, 11, 21, 12, 0, tzinfo=ZoneInfo("Europe/Rome"))
    assert trigger.get_next_fire_time(None, saturday).weekday() == weekday


def test_restart_keeps_the_stored_next_run_and_digest_job(tmp_path):
    from jobs.config import load_config
    from jobs.daemon import DIGEST_JOB_ID, JOB_ID, build_scheduler, ensure_job, next_run_time

    path = tmp_path / "c.toml"
    path.write_text(f'[database]\nurl = "sqlite:///{tmp_path / "s.db"}"\n'
                    '[[sources]]\nname = "x"\nfeeds = ["https://x.example/feed"]\n'
                    '[schedule]\ncron = "0 */6 * * *"\n'
                    '[alerts.digest]\nschedule = "0 8 * * 1"\nperiod = "weekly"\n', encoding="utf-8")
    config = load_config(path)
    open_database(config.database_url).dispose()

    def boot():
        scheduler = build_scheduler(config)
        scheduler.start(paused=True)
        ensure_job(scheduler, config)
        times = {j.id: j.next_run_time for j in scheduler.get_jobs()}
        scheduler.shutdown(wait=False)
        return times

    first = boot()
    assert set(first) == {JOB_ID, DIGEST_JOB_ID}
    assert first[JOB_ID].hour % 6 == 0 and first[DIGEST_JOB_ID].weekday() == 0
    assert boot() == first                      # a restart resumes the stored times, not new ones
    assert next_run_time(config) == first[JOB_ID]

    path.write_text(path.read_text().replace("[schedule]\n", '[schedule]\ntimezone = "Asia/Tokyo"\n'))
    config = load_config(path)
    moved = boot()                              # a changed time zone is a changed schedule
    assert moved[JOB_ID] != first[JOB_ID] and str(moved[JOB_ID].tzinfo) == "Asia/Tokyo"

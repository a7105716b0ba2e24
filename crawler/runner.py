"""Running a crawl in a child process, so a long-lived process can crawl again and again.

Scrapy's Twisted reactor cannot be restarted within one process (ReactorNotRestartable), and a
crawl that hangs must not hang the daemon. So `run_crawl` starts `python -m crawler.runner`,
sends it a JSON spec on stdin and reads JSON-lines events back on its stdout; it folds them into
a CrawlReport (crawler.report) and forwards each to the `progress` callback. The child writes to
the database itself, one transaction per page; the parent only enforces the time limit, by
terminating and then killing the child, which leaves every page either stored or not. A child
whose parent dies (SIGKILL, OOM) kills itself at once: an orphan must not crawl on while the
next run starts; `inherit_fds` lets the caller's run lock live exactly as long as the child.

The caller opens (and migrates) the database first: `jobs.database.open_database`.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import queue
import signal
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from crawler.report import CrawlReport
from crawler.sources import CrawlSettings, Source

log = logging.getLogger(__name__)

Progress = Callable[[dict[str, Any]], None]

STOP_POLL = 0.25                # how often the `stop` event is looked at
PARENT_POLL = 0.2               # how often the child checks that its parent is still alive
PARENT_ENV = "SENTINELLA_CRAWL_PARENT"   # the parent's pid, so the child can tell it is orphaned
GRACE_SECONDS = 6.0             # after the time limit, how long the child may take to stop
_PROJECT_ROOT = str(Path(__file__).resolve().parent.parent)


def _soft_limit(limit: float) -> float:
    """When the child should stop itself: a little before the parent's hard limit."""
    return max(1.0, limit - min(15.0, limit * 0.2))


def run_crawl(sources: Iterable[Source], settings: CrawlSettings, db_url: str, *,
              time_limit: float | None = None, progress: Progress | None = None,
              stop: threading.Event | None = None,
              inherit_fds: tuple[int, ...] = ()) -> CrawlReport:
    """Crawl `sources` into the database at `db_url`; never raises for crawl problems.

    Every source given is crawled, enabled or not: the caller decides (jobs.config.select_sources
    runs a disabled source when it is named). `time_limit` (seconds) defaults to
    `settings.time_limit_seconds`; `progress`, when given, is called in this thread with every
    event the child emits (see crawler.report for the shapes); setting `stop` (the daemon does on
    SIGTERM) ends the crawl early, keeping what was stored. `inherit_fds` are file descriptors the
    child keeps open (Popen pass_fds), e.g. the run lock's flock: if this process is killed, the
    lock is then held until the child, which kills itself within PARENT_POLL s, is gone too.
    """
    sources = list(sources)
    limit = float(time_limit if time_limit is not None else settings.time_limit_seconds)
    report = CrawlReport(sources=len(sources))
    spec = {"sources": [asdict(s) for s in sources], "settings": asdict(settings), "db_url": db_url,
            "soft_limit": _soft_limit(limit) if limit > 0 else 0}
    started = time.monotonic()
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(p for p in (_PROJECT_ROOT, env.get("PYTHONPATH")) if p)
    env[PARENT_ENV] = str(os.getpid())
    child = subprocess.Popen(
        [sys.executable, "-m", "crawler.runner"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
        stderr=subprocess.PIPE, env=env,           # same cwd: a relative sqlite:/// URL means the same file
        pass_fds=tuple(inherit_fds),
    )
    events: queue.Queue[bytes | None] = queue.Queue()
    stderr_tail: deque[str] = deque(maxlen=40)
    readers = [threading.Thread(target=_pump_lines, args=(child.stdout, events.put), daemon=True),
               threading.Thread(target=_pump_lines, args=(child.stderr, _tail_into(stderr_tail)),
                                daemon=True)]
    for reader in readers:
        reader.start()
    assert child.stdin is not None
    try:
        child.stdin.write(json.dumps(spec).encode())
        child.stdin.close()
    except BrokenPipeError:
        pass

    timed_out = stopped = False
    done = False
    try:
        while True:
            remaining = None if limit <= 0 else limit - (time.monotonic() - started)
            if remaining is not None and remaining <= 0:
                timed_out = True
                break
            if stop is not None and stop.is_set():
                stopped = True
                break
            wait = remaining if stop is None else min(remaining or STOP_POLL, STOP_POLL)
            try:
                line = events.get(timeout=wait)
            except queue.Empty:
                continue
            if line is None:                  # child closed stdout: it is exiting
                break
            try:
                event = json.loads(line)
            except ValueError:
                stderr_tail.append(line.decode("utf-8", "replace"))
                continue
            done = done or event.get("event") in ("done", "fatal")   # fatal: the child said why
            report.apply(event)
            if progress is not None:
                with contextlib.suppress(Exception):   # a broken progress display must not stop a crawl
                    progress(event)
    except BaseException:
        _stop(child)                          # interrupted (Ctrl-C, SIGTERM): no orphan crawler
        raise
    if timed_out or stopped:
        _stop(child)
        report.completed = False
        why = "on request" if stopped else f"after its time limit of {limit:g} s"
        report.add_error(f"crawl stopped {why}; pages stored so far are kept, the rest is crawled next run")
    code = child.wait()
    for reader in readers:
        reader.join(timeout=5)
    while True:          # what a stopping child still stored and said belongs in the report
        try:
            line = events.get_nowait()
        except queue.Empty:
            break
        if line is not None:
            with contextlib.suppress(ValueError):
                event = json.loads(line)
                done = done or event.get("event") in ("done", "fatal")
                report.apply(event)
    if not (timed_out or stopped) and (code != 0 or not done):
        tail = " | ".join(line.strip() for line in stderr_tail if line.strip())[-1500:]
        report.completed = False
        report.add_error(f"crawl process exited with code {code}" + (f": {tail}" if tail else ""))
    if timed_out or stopped:
        report.completed = False
    report.seconds = round(time.monotonic() - started, 3)
    return report


def _stop(child: subprocess.Popen[bytes]) -> None:
    """SIGTERM (Scrapy stops gracefully), SIGTERM again (Scrapy stops now), then SIGKILL.

    Killing is safe: every page is its own transaction, so the database holds whole pages only.
    """
    for _ in range(2):
        child.terminate()
        try:
            child.wait(timeout=GRACE_SECONDS / 2)
            return
        except subprocess.TimeoutExpired:
            pass
    child.kill()


def _pump_lines(stream: Any, put: Callable[[Any], None]) -> None:
    try:
        for line in iter(stream.readline, b""):
            put(line)
    finally:
        put(None)


def _tail_into(tail: deque[str]) -> Callable[[bytes | None], None]:
    """Keep the child's last log lines (for a crash report) and pass them to logging at DEBUG."""
    def put(line: bytes | None) -> None:
        if line is not None:
            text = line.decode("utf-8", "replace").rstrip()
            tail.append(text)
            log.debug("crawl child: %s", text)
    return put


def _die_with_parent() -> None:
    """Kill this process as soon as the parent is gone (it alone enforces the time limit).

    A watcher thread, not a reactor timer: it works while the reactor is busy or not yet running,
    and SIGKILL ends the child at once instead of waiting for downloads in progress. Killing is
    safe: every page is its own transaction. The parent's pid comes from the environment, so a
    parent that died before this thread started is noticed too.
    """
    try:
        parent = int(os.environ.get(PARENT_ENV, ""))
    except ValueError:
        parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_POLL)
        os.kill(os.getpid(), signal.SIGKILL)

    threading.Thread(target=watch, name="die-with-parent", daemon=True).start()


# -- the child --------------------------------------------------------------------------------

def _child_main() -> int:
    # Events get the real stdout; anything else printing to stdout is sent to stderr instead.
    events = os.fdopen(os.dup(1), "w", buffering=1, encoding="utf-8")
    os.dup2(2, 1)
    lock = threading.Lock()

    def emit(event: dict[str, Any]) -> None:
        with lock:
            events.write(json.dumps(event, ensure_ascii=False, default=str) + "\n")

    _die_with_parent()
    try:
        spec = json.load(sys.stdin)
        sources = [Source(**{k: tuple(v) if isinstance(v, list) else v for k, v in s.items()})
                   for s in spec["sources"]]
        settings = CrawlSettings(**spec["settings"])
        return crawl_here(sources, settings, spec["db_url"], emit, soft_limit=spec.get("soft_limit"))
    except Exception as exc:  # noqa: BLE001 - reported to the parent as a fatal event
        emit({"event": "fatal", "kind": "run", "error": f"{type(exc).__name__}: {exc}"})
        return 1
    finally:
        events.flush()


def crawl_here(sources: list[Source], settings: CrawlSettings, db_url: str,
               emit: Callable[[dict[str, Any]], None], *, soft_limit: float | None = None) -> int:
    """Run the crawl in this process (it starts the Twisted reactor: once per process only)."""
    from scrapy.crawler import CrawlerProcess
    from sqlalchemy import inspect, text

    from crawler.pipeline import PageStore
    from crawler.settings import scrapy_settings
    from crawler.spider import SentinellaSpider
    from crawler.store import make_engine

    engine = make_engine(db_url)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
            ready = inspect(conn).has_table("pages") and inspect(conn).has_table("articles")
    except Exception as exc:  # noqa: BLE001
        emit({"event": "fatal", "kind": "run", "error": f"database {engine.url!r} is unreachable: {exc}"})
        return 1
    if not ready:
        emit({"event": "fatal", "kind": "run", "error": f"database {engine.url!r} has no crawler tables "
              "(open it with jobs.database.open_database, which runs the migrations)"})
        return 1
    process = CrawlerProcess(settings=scrapy_settings(settings, time_limit=soft_limit))
    process.crawl(SentinellaSpider, sources=sources, crawl_settings=settings, store=PageStore(engine),
                  emit=emit)
    process.start()
    engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(_child_main())

"""Real delivery through apprise: a local SMTP server (aiosmtpd) and a local HTTP receiver.

Checks the outbox contract: an alert is sent once, a failed delivery stays pending and is
retried with backoff, and a process killed mid-delivery loses nothing and duplicates only the
one alert that was in flight (the documented at-least-once window).
"""

from __future__ import annotations

import email
import os
import signal
import subprocess
import sys
import textwrap
from datetime import timedelta
from email import policy
from pathlib import Path

import pytest
from helpers import Receiver, free_port  # noqa: E402  (tests/ is on sys.path)
from sqlalchemy import select
from sqlalchemy.orm import Session

from alerts.messages import sample_facts
from alerts.notify import deliver_pending, enqueue_message, event_channels, revive_failed, send_test
from alerts.settings import AlertSettings, Channel
from alerts.store import AlertRow
from crawler.store import utcnow
from jobs.database import open_database

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def receiver():
    r = Receiver()
    yield r
    r.stop()


@pytest.fixture
def smtp():
    from aiosmtpd.controller import Controller

    class Handler:
        def __init__(self):
            self.messages = []

        async def handle_DATA(self, server, session, envelope):
            self.messages.append(email.message_from_bytes(envelope.content, policy=policy.default))
            return "250 OK"

    handler = Handler()
    controller = Controller(handler, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield controller, handler
    controller.stop()


def mail_url(port: int) -> str:
    return f"mailto://127.0.0.1:{port}?from=sentinella@example.com&to=analyst@example.com"


def queue(engine, settings, n=1, key="event"):
    with Session(engine) as s:
        rows = []
        for i in range(n):
            facts = sample_facts()
            facts["target"] = f"Target{i} <!channel>"
            rows += enqueue_message(s, settings, event_channels(settings, facts), kind="event",
                                    template="event", facts=facts, dedup_key=f"{key}:{i}")
        s.commit()
        return [r.id for r in rows]


def statuses(engine) -> dict[int, tuple[str, int]]:
    with Session(engine) as s:
        return {r.id: (r.status, r.attempts) for r in s.scalars(select(AlertRow).order_by(AlertRow.id))}


def test_email_has_subject_text_and_html_parts(smtp, sqlite_url):
    controller, handler = smtp
    engine = open_database(sqlite_url)
    settings = AlertSettings(channels=(Channel(url=mail_url(controller.port), name="mail"),))
    queue(engine, settings)
    stats = deliver_pending(engine, settings)
    assert (stats.sent, stats.pending, stats.errors) == (1, 0, [])
    [msg] = handler.messages
    assert msg["Subject"].startswith("[Sentinella] Target0")
    assert "4 miliardi di dollari" in msg["Subject"] or "4.0 bn USD" in msg["Subject"]
    html = msg.get_body(("html",)).get_content()
    text = msg.get_body(("plain",)).get_content()
    assert "Target0" in html and "<!channel>" not in html
    assert "4 miliardi di dollari → 4.0 bn USD" in html
    assert 'href="https://example.com/sentinella-test"' in html
    assert "Anthropic" not in msg["Subject"] and "Amazon" in text and "4.0 bn USD" in text
    assert "https://example.com/sentinella-test" in text
    assert deliver_pending(engine, settings).sent == 0          # delivered once, never again
    assert len(handler.messages) == 1


def test_json_post_and_routing_by_kind_and_amount(receiver, sqlite_url):
    engine = open_database(sqlite_url)
    chips = Channel(url=receiver.url, name="chips", kinds=("chip_exclusivity",), format="markdown")
    big = Channel(url=receiver.url + "2", name="big", min_amount_eur=1e10)
    settings = AlertSettings(channels=(chips, big))
    facts = sample_facts()
    assert [c.key for c in event_channels(settings, facts)] == ["chips"]
    queue(engine, settings)
    assert deliver_pending(engine, settings).sent == 1
    [post] = receiver.posts
    assert post["title"].startswith("[Sentinella]")
    assert "‹!channel›" in post["message"] and "<!channel>" not in post["message"]


def test_failed_delivery_stays_pending_and_is_retried_with_backoff(sqlite_url):
    engine = open_database(sqlite_url)
    port = free_port()                                           # nothing listens there yet
    settings = AlertSettings(channels=(Channel(url=f"json://127.0.0.1:{port}/hook", name="hook"),),
                             retry_backoff_seconds=60, max_attempts=3)
    [alert_id] = queue(engine, settings)
    stats = deliver_pending(engine, settings)
    assert (stats.sent, stats.failed, stats.pending) == (0, 1, 1)
    assert stats.errors and stats.errors[0]["channel"] == "hook"
    assert statuses(engine)[alert_id] == ("pending", 1)
    assert deliver_pending(engine, settings).failed == 0         # backoff: not due yet
    receiver = Receiver.__new__(Receiver)
    Receiver.__init__(receiver)
    try:
        settings = AlertSettings(channels=(Channel(url=receiver.url, name="hook"),))
        later = utcnow() + timedelta(seconds=61)
        assert deliver_pending(engine, settings, now=later).sent == 1
        assert len(receiver.posts) == 1 and statuses(engine)[alert_id] == ("sent", 2)
        assert deliver_pending(engine, settings, now=later + timedelta(days=1)).sent == 0
        assert len(receiver.posts) == 1
    finally:
        receiver.stop()


def test_gives_up_after_max_attempts_and_retry_revives(sqlite_url, receiver):
    engine = open_database(sqlite_url)
    dead = AlertSettings(channels=(Channel(url=f"json://127.0.0.1:{free_port()}/x", name="hook"),),
                         max_attempts=2)
    [alert_id] = queue(engine, dead)
    deliver_pending(engine, dead)
    stats = deliver_pending(engine, dead, ignore_backoff=True)
    assert stats.gave_up == 1 and statuses(engine)[alert_id] == ("failed", 2)
    assert revive_failed(engine) == 1
    live = AlertSettings(channels=(Channel(url=receiver.url, name="hook"),))
    assert deliver_pending(engine, live).sent == 1


def test_receiver_error_status_is_a_failure(receiver, sqlite_url):
    engine = open_database(sqlite_url)
    receiver.status = 500
    settings = AlertSettings(channels=(Channel(url=receiver.url, name="hook"),))
    queue(engine, settings)
    stats = deliver_pending(engine, settings)
    assert stats.failed == 1 and stats.sent == 0 and stats.errors[0]["error"]


def test_terminal_output_without_channels_and_dry_run(sqlite_url):
    engine = open_database(sqlite_url)
    settings = AlertSettings()
    queue(engine, settings, n=2)
    shown: list[str] = []
    assert deliver_pending(engine, settings, dry_run=True, echo=shown.append).printed == 2
    assert all(s == ("pending", 0) for s in statuses(engine).values())
    printed: list[str] = []
    stats = deliver_pending(engine, settings, echo=printed.append)
    assert stats.sent == 2 and "Target0" in printed[0] and "Amazon" in printed[0]
    assert deliver_pending(engine, settings, echo=printed.append).sent == 0


def test_send_test_reports_each_channel(smtp, receiver):
    controller, handler = smtp
    settings = AlertSettings(urls=(mail_url(controller.port),),
                             channels=(Channel(url=receiver.url, name="hook"),
                                       Channel(url=f"json://127.0.0.1:{free_port()}/x", name="dead")))
    results = {r.channel: r for r in send_test(settings)}
    assert results["hook"].ok and not results["dead"].ok and results["dead"].error
    assert results["url-1"].ok                             # the mailto:// entry of `urls`
    assert len(handler.messages) == 1 and len(receiver.posts) == 1


CHILD = textwrap.dedent("""
    import sys
    from alerts.notify import deliver_pending
    from alerts.settings import AlertSettings, Channel
    from jobs.database import open_database
    engine = open_database(sys.argv[1])
    settings = AlertSettings(channels=(Channel(url=sys.argv[2], name="hook"),))
    deliver_pending(engine, settings)
""")


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_killed_mid_delivery_loses_nothing_and_duplicates_only_the_one_in_flight(
        backend, receiver, request):
    url = request.getfixturevalue("sqlite_url" if backend == "sqlite" else "pg_url")
    engine = open_database(url)
    settings = AlertSettings(channels=(Channel(url=receiver.url, name="hook"),), claim_timeout_seconds=300)
    ids = queue(engine, settings, n=3)
    receiver.block_on = 2                                        # hang on the second alert
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child = subprocess.Popen([sys.executable, "-c", CHILD, url, receiver.url], env=env, cwd=ROOT)
    try:
        assert receiver.arrived.wait(60), "the child never reached the receiver"
        os.kill(child.pid, signal.SIGKILL)
        child.wait(10)
    finally:
        if child.poll() is None:
            child.kill()
    receiver.block_on = None
    receiver.release.set()
    st = statuses(engine)
    assert [st[i][0] for i in ids] == ["sent", "sending", "pending"]
    # A run right after the crash leaves the in-flight alert alone (it may have been delivered)…
    assert deliver_pending(engine, settings).sent == 1
    assert statuses(engine)[ids[1]][0] == "sending"
    # … and once its claim is stale, sends it again: the one duplicate the window allows.
    assert deliver_pending(engine, settings, now=utcnow() + timedelta(seconds=301)).sent == 1
    assert all(s[0] == "sent" for s in statuses(engine).values())
    titles = [p["message"] for p in receiver.posts]
    assert len(titles) == 4                                      # 1, 2 (in flight), 3, 2 again
    assert sum("Target0" in t for t in titles) == 1 and sum("Target2" in t for t in titles) == 1
    assert sum("Target1" in t for t in titles) == 2

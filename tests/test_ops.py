"""The lock that keeps runs from overlapping, and secret redaction."""

from __future__ import annotations

import logging
import subprocess
import sys

import pytest

from jobs.lock import LockBusy, RunLock, lock_path_for
from jobs.logs import redact_url, register_secrets, setup_logging


def test_lock_excludes_another_process_and_dies_with_its_holder(tmp_path):
    path = lock_path_for(f"sqlite:///{tmp_path / 'db.sqlite'}")
    assert path == tmp_path / "db.sqlite.lock"
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys,time; from pathlib import Path; from jobs.lock import RunLock;"
         f"l=RunLock(Path({str(path)!r})); l.acquire(); print('held', flush=True); sys.stdin.read()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(LockBusy, match=f"pid {holder.pid}"):
            RunLock(path).acquire()
    finally:
        holder.kill()   # SIGKILL: the kernel releases the lock
        holder.wait()
    with RunLock(path):
        pass


def test_lock_paths_differ_per_database():
    a = lock_path_for("postgresql+psycopg://u:p@db/a")
    b = lock_path_for("postgresql+psycopg://u:p@db/b")
    assert a != b and a.name.startswith("sentinella-")


@pytest.mark.parametrize(
    ("url", "hidden", "kept"),
    [
        ("postgresql+psycopg://sentinella:s3cretpw@db.internal/prod", "s3cretpw", "db.internal"),
        ("slack://T1234ABCD/B5678EFGH/abcdEFGH1234ijkl", "abcdEFGH1234ijkl", "slack://"),
        ("mailtos://user:hunter22@smtp.example.com?to=a@example.com", "hunter22", "smtp.example.com"),
        ("json://hooks.example.com/path?token=abcdef123456", "abcdef123456", "hooks.example.com"),
    ],
)
def test_redact_url_hides_credentials(url, hidden, kept):
    red = redact_url(url)
    assert hidden not in red and kept in red


def test_secrets_read_from_environment_never_reach_the_log(monkeypatch, tmp_path):
    import jobs.logs

    monkeypatch.setattr(jobs.logs, "_SECRETS", set())
    register_secrets(["xoxb-very-secret-token"])
    log_file = tmp_path / "s.log"
    setup_logging("INFO", str(log_file))
    logger = logging.getLogger("sentinella.test")
    logger.error("delivery to %s failed", "slack://xoxb-very-secret-token/chan")
    try:
        raise RuntimeError("cannot reach slack://xoxb-very-secret-token/chan")
    except RuntimeError:
        logger.exception("run failed")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = log_file.read_text()
    assert "xoxb-very-secret-token" not in text
    assert "delivery to slack://***/chan failed" in text and "RuntimeError: cannot reach slack://***/chan" in text


def test_delivery_errors_do_not_carry_the_channel_url():
    from alerts.notify import _without_url, send

    url = "json://user:p4ssw0rd-secret@127.0.0.1:9/hook-with-token-123456?key=abcdef123456"
    text = _without_url(f"POST to {url} failed; token hook-with-token-123456, pass p4ssw0rd-secret", url)
    assert "p4ssw0rd" not in text and "hook-with-token" not in text and "abcdef123456" not in text
    assert text.startswith("POST to *** failed")
    result = send(url, "t", "b", "text")                     # a real failed delivery
    assert not result.ok and "127.0.0.1" in result.error and "p4ssw0rd" not in result.error


def test_summary_prints_a_repeated_error_once_with_its_count(capsys) -> None:
    from jobs import console
    from jobs.run import RunSummary

    dead = {"source": "alerts", "url": "url-1", "error": "url-1 — connection refused"}
    summary = RunSummary(errors=[dead] * 15 + [{"source": "wired", "url": "http://x/feed", "error": "HTTP 500"}])
    console.print_summary(summary)
    out = capsys.readouterr().out
    assert out.count("connection refused") == 1 and "(×15)" in out
    assert "http://x/feed — HTTP 500" in out and "(×1)" not in out

"""`sentinella alerts test|list|retry`, `events` and `digest`, driven through click."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from click.testing import CliRunner
from sqlalchemy.orm import Session
from test_alerts_pipeline import T0, Detector, anthropic

from alerts.messages import sample_facts
from alerts.notify import enqueue_message
from alerts.pipeline import analyse_pending
from alerts.settings import AlertSettings
from crawler.article import Article
from crawler.store import save_result
from jobs.cli_alerts import alerts, digest_cmd, events_cmd
from jobs.database import open_database


@pytest.fixture
def hook():
    posts: list[bytes] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            posts.append(self.rfile.read(int(self.headers["Content-Length"])))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"json://127.0.0.1:{server.server_address[1]}/hook", posts
    server.shutdown()
    server.server_close()


def write_config(tmp_path, db_url: str, urls: list[str]) -> str:
    path = tmp_path / "config.toml"
    quoted = ", ".join(f'"{u}"' for u in urls)
    path.write_text(f'[database]\nurl = "{db_url}"\n\n[alerts]\nurls = [{quoted}]\n', encoding="utf-8")
    return str(path)


def run(cmd, *args):
    result = CliRunner().invoke(cmd, list(args), catch_exceptions=False)
    return result.exit_code, result.output


def test_alerts_test_reports_each_channel(tmp_path, sqlite_url, hook):
    url, posts = hook
    cfg = write_config(tmp_path, sqlite_url, [url, "json://127.0.0.1:1/nothing-here"])
    code, out = run(alerts, "test", "--config", cfg)
    assert code == 1 and out.count("ok    ") == 1 and out.count("FAILED") == 1
    assert len(posts) == 1


def test_alerts_test_without_channels_prints_the_sample(tmp_path, sqlite_url):
    code, out = run(alerts, "test", "--config", write_config(tmp_path, sqlite_url, []))
    assert code == 0 and "Anthropic" in out and "ok     terminal" in out


def test_list_retry_and_events(tmp_path, sqlite_url, hook):
    url, posts = hook
    dead = "json://127.0.0.1:1/down"
    cfg = write_config(tmp_path, sqlite_url, [dead])
    engine = open_database(sqlite_url)
    with Session(engine) as s:
        save_result(s, "https://a.it/1", Article(url="https://a.it/1", title="Amazon e Anthropic",
                                                 text="testo " * 40, published=T0, source="a"), source="a")
        s.commit()
        analyse_pending(s, None, AlertSettings(urls=(dead,)),
                        detector=Detector({"https://a.it/1": [anthropic()]}))
    code, out = run(alerts, "retry", "--config", cfg)
    assert code == 1 and "failed 1" in out
    code, out = run(alerts, "list", "--config", cfg)
    assert code == 0 and "pending" in out and "error:" in out
    code, out = run(events_cmd, "--config", cfg, "--days", "100000")
    assert code == 0 and "Anthropic" in out and "https://a.it/1" in out
    # the dead URL is replaced by a live one under the same channel name: the queued alert follows
    name = AlertSettings(urls=(dead,)).all_channels()[0].key
    cfg = tmp_path / "config.toml"
    cfg.write_text(f'[database]\nurl = "{sqlite_url}"\n\n[[alerts.channels]]\nname = "{name}"\n'
                   f'url = "{url}"\n', encoding="utf-8")
    code, out = run(alerts, "retry", "--config", str(cfg))
    assert code == 0 and "sent 1" in out and len(posts) == 1
    code, out = run(alerts, "list", "--config", str(cfg), "--status", "sent")
    assert "sent" in out


def test_digest_command_prints_without_digest_channels(tmp_path, sqlite_url):
    cfg = write_config(tmp_path, sqlite_url, [])
    engine = open_database(sqlite_url)
    with Session(engine) as s:
        enqueue_message(s, AlertSettings(), [None], kind="event", template="event",
                        facts=sample_facts(), dedup_key="x")
        s.commit()
    code, out = run(digest_cmd, "--config", cfg, "--period", "weekly")
    assert code == 0 and "weekly digest" in out and "digest: 0 event(s)" in out

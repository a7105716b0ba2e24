"""The run-level commands as a user types them: crawl, demo, db, runs, status, config, sources."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from helpers import free_port

from jobs.cli import main
from jobs.demo_server import serve_directory

SITE = Path(__file__).resolve().parents[1] / "jobs" / "demo_site"
CONTRACT = {"sources", "pages_fetched", "articles_new", "articles_analysed", "deals", "events_new",
            "alerts_sent", "alerts_pending", "errors"}


@pytest.fixture
def site():
    with serve_directory(SITE) as server:
        yield server


def demo_config(tmp_path: Path, base: str, extra: str = "") -> Path:
    text = (SITE / "config.toml").read_text(encoding="utf-8").replace("{{base}}", base)
    text = text.replace('"sqlite:///sentinella-demo.db"', f'"sqlite:///{tmp_path / "s.db"}"')
    path = tmp_path / "config.toml"
    path.write_text(text + extra, encoding="utf-8")
    return path


def invoke(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_crawl_json_follows_the_contract_and_a_second_run_finds_nothing(tmp_path, site):
    config = demo_config(tmp_path, site.base_url)
    first = invoke("crawl", "--config", str(config), "--json")
    assert first.exit_code == 0, first.stderr
    summary = json.loads(first.stdout)
    assert set(summary) >= CONTRACT
    assert (summary["sources"], summary["articles_new"], summary["deals"], summary["events_new"]) == (2, 6, 3, 3)
    assert summary["alerts_sent"] == 3 and summary["alerts_pending"] == 0 and summary["errors"] == []
    assert "[Sentinella] Brezza AI" in first.stderr          # no channel: alerts on the terminal

    second = json.loads(invoke("crawl", "--config", str(config), "--json").stdout)
    assert (second["pages_fetched"], second["articles_new"], second["alerts_sent"]) == (0, 0, 0)

    runs = invoke("runs", "--config", str(config), "--json")
    assert [json.loads(line)["outcome"] for line in runs.stdout.splitlines()] == ["ok", "ok"]
    status = invoke("status", "--config", str(config), "--json")
    assert status.exit_code == 0 and json.loads(status.stdout)["stale"] is False
    assert invoke("status", "--config", str(config), "--max-age", "0", "-q").exit_code == 1


def test_dry_run_prints_alerts_and_keeps_them_pending(tmp_path, site):
    config = demo_config(tmp_path, site.base_url).read_text().replace("urls = []", 'urls = ["json://127.0.0.1:9/x"]')
    path = tmp_path / "dry.toml"
    path.write_text(config)
    result = invoke("crawl", "--config", str(path), "--source", "startupnews", "--dry-run", "--json")
    summary = json.loads(result.stdout)
    assert summary["dry_run"] is True and summary["alerts_sent"] == 0
    assert summary["alerts_pending"] == result.stderr.count("would send") >= 1
    assert "Sinapsi Labs" in result.stderr
    listed = invoke("alerts", "list", "--config", str(path))
    assert "pending" in listed.stdout and "sent " not in listed.stdout    # nothing was marked sent


def test_crawl_exits_1_when_every_source_fails(tmp_path):
    port = free_port()   # nothing listens there
    path = tmp_path / "c.toml"
    path.write_text(f'[database]\nurl = "sqlite:///{tmp_path / "s.db"}"\n'
                    f'[[sources]]\nname = "gone"\nfeeds = ["http://127.0.0.1:{port}/feed.xml"]\n'
                    "[crawl]\nretries = 0\n")
    result = invoke("crawl", "--config", str(path), "--json")
    assert result.exit_code == 1
    summary = json.loads(result.stdout)
    assert summary["outcome"] == "failed"
    assert summary["errors"][0]["url"] == f"http://127.0.0.1:{port}/feed.xml"
    assert "connection refused" in summary["errors"][0]["error"]


def test_unreachable_database_exits_1_with_a_redacted_message(tmp_path):
    port = free_port()
    path = tmp_path / "c.toml"
    path.write_text(f'[database]\nurl = "postgresql+psycopg://u:hunter2secret@127.0.0.1:{port}/x"\n'
                    '[[sources]]\nname = "x"\nfeeds = ["https://x.example/feed"]\n')
    result = invoke("crawl", "--config", str(path))
    assert result.exit_code == 1
    assert "database" in result.stderr and "hunter2secret" not in result.stderr


def test_demo_db_config_and_sources_commands(tmp_path):
    demo = invoke("demo", "--json", "--keep", str(tmp_path))
    assert demo.exit_code == 0
    assert json.loads(demo.stdout)["events_new"] == 3
    assert (tmp_path / "sentinella-demo.db").exists()

    config = tmp_path / "demo-config.toml"
    upgraded = invoke("db", "upgrade", "--config", str(config))
    assert upgraded.exit_code == 0 and "database at revision" in upgraded.stdout
    checked = invoke("config", "--config", str(config))
    assert checked.exit_code == 0 and checked.stdout.rstrip().endswith("ok")
    listed = invoke("sources", "--config", str(config))
    assert listed.stdout.splitlines()[0] == "tecnoitalia"


def test_version_and_help_with_examples():
    assert invoke("--version").stdout.startswith("sentinella, version ")
    for command in ("crawl", "check", "explain", "eval", "run", "demo", "status", "runs", "events", "digest"):
        text = invoke(command, "--help").stdout
        assert "Example" in text, command


def test_check_reports_each_input_and_goes_on_after_a_bad_one(tmp_path):
    note = tmp_path / "nota.txt"
    note.write_text("Brezza AI raccoglie 25 milioni\n\nBrezza AI, startup bolognese di intelligenza "
                    "artificiale, ha chiuso un round di Serie A da 25 milioni di euro guidato da "
                    "Lagunare Capital.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--json", str(tmp_path / "missing.html"), str(note)])
    assert result.exit_code == 2
    missing, good = (json.loads(line) for line in result.stdout.splitlines())
    assert missing["error"].endswith("no such file or directory") and missing["is_deal"] is False
    assert good["url"] is None and good["title"] == "Brezza AI raccoglie 25 milioni"
    assert good["is_deal"] is True and good["deals"][0]["target"] == "Brezza AI"


def test_check_refuses_a_broken_configuration(tmp_path, monkeypatch):
    (tmp_path / "config.toml").write_text("[crawl]\nmax_age_days = 'x'\n")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["check", str(SITE / "sites")])
    assert result.exit_code == 2 and "crawl.max_age_days" in result.stderr

"""check / explain / eval through click's CliRunner: output contracts and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from test_eval import DEAL_PARAS, NEG_PARAS, make_corpus, write_page

from jobs.cli_detect import check_cmd, eval_cmd, explain_cmd

KEYS = ["input", "url", "title", "published", "language", "is_deal", "deals"]
DEAL_KEYS = ["kinds", "target", "counterparties", "amount", "amounts", "score", "evidence"]

TXT = ("Lanterna AI raccoglie 22 milioni di euro\n\n" + "\n\n".join(DEAL_PARAS) + "\n")


def test_check_json_shape(tmp_path: Path) -> None:
    rel = write_page(tmp_path, "lanterna", "Lanterna AI raccoglie 22 milioni di euro", DEAL_PARAS)
    neg = write_page(tmp_path, "multa", "Multa da 20 milioni", NEG_PARAS)
    res = CliRunner().invoke(check_cmd, [str(tmp_path / rel), str(tmp_path / neg), "--json"])
    assert res.exit_code == 0, res.output
    lines = res.output.strip().splitlines()
    assert len(lines) == 2
    first, second = (json.loads(x) for x in lines)
    assert list(first) == KEYS
    assert first["is_deal"] is True and first["published"] == "2025-10-01"
    [deal] = first["deals"]
    assert list(deal) == DEAL_KEYS
    assert deal["kinds"] == ["funding"] and deal["target"] == "Lanterna AI"
    assert deal["amount"] == {"value": 22000000, "currency": "EUR", "text": "22 milioni di euro"}
    assert isinstance(deal["score"], float) and deal["evidence"]
    assert second["is_deal"] is False and second["deals"] == []


def test_check_folder_and_txt(tmp_path: Path) -> None:
    write_page(tmp_path, "lanterna", "Lanterna AI raccoglie 22 milioni di euro", DEAL_PARAS)
    write_page(tmp_path, "multa", "Multa da 20 milioni", NEG_PARAS)
    txt = tmp_path / "seed.txt"
    txt.write_text(TXT, encoding="utf-8")
    res = CliRunner().invoke(check_cmd, [str(tmp_path / "sites"), str(txt), "--json"])
    assert res.exit_code == 0, res.output
    recs = [json.loads(x) for x in res.output.strip().splitlines()]
    assert len(recs) == 3
    assert [r["is_deal"] for r in recs] == [True, False, True]
    assert recs[2]["deals"][0]["target"] == "Lanterna AI"


def test_check_readable_summary(tmp_path: Path) -> None:
    rel = write_page(tmp_path, "lanterna", "Lanterna AI raccoglie 22 milioni di euro", DEAL_PARAS)
    res = CliRunner().invoke(check_cmd, [str(tmp_path / rel)])
    assert res.exit_code == 0
    assert "DEAL funding: Lanterna AI" in res.output


def test_check_skipped_page(tmp_path: Path) -> None:
    page = tmp_path / "empty.html"
    page.write_text("<html><head><title>Vuota</title></head><body></body></html>", encoding="utf-8")
    res = CliRunner().invoke(check_cmd, [str(page), "--json"])
    assert res.exit_code == 0, res.output
    rec = json.loads(res.output)
    assert rec["is_deal"] is False and rec["deals"] == [] and rec["skipped"]


def test_check_missing_file_exit_2(tmp_path: Path) -> None:
    res = CliRunner().invoke(check_cmd, [str(tmp_path / "nope.html")])
    assert res.exit_code == 2
    assert "nope.html" in res.output


def test_check_bad_url_exit_2() -> None:
    res = CliRunner().invoke(check_cmd, ["http://127.0.0.1:9/none.html"])
    assert res.exit_code == 2
    assert "127.0.0.1:9" in res.output


def test_check_bad_config_exit_2(tmp_path: Path) -> None:
    rel = write_page(tmp_path, "lanterna", "Lanterna AI raccoglie 22 milioni di euro", DEAL_PARAS)
    res = CliRunner().invoke(check_cmd, [str(tmp_path / rel), "--config", str(tmp_path / "missing.toml")])
    assert res.exit_code == 2
    assert "missing.toml" in res.output


def test_explain(tmp_path: Path) -> None:
    rel = write_page(tmp_path, "lanterna", "Lanterna AI raccoglie 22 milioni di euro", DEAL_PARAS)
    res = CliRunner().invoke(explain_cmd, [str(tmp_path / rel)])
    assert res.exit_code == 0, res.output
    assert "RAISED" in res.output and "Amounts:" in res.output and "valuation" in res.output


def test_eval_exit_codes(tmp_path: Path) -> None:
    make_corpus(tmp_path)
    runner = CliRunner()
    ok = runner.invoke(eval_cmd, [str(tmp_path), "--fail-under", "precision=0.95"])
    assert ok.exit_code == 0, ok.output
    assert "precision 1.000" in ok.output
    bad = runner.invoke(eval_cmd, [str(tmp_path), "--json", "--fail-under", "recall=0.95"])
    assert bad.exit_code == 1
    out = json.loads(bad.output.strip().splitlines()[0])
    assert out["failed"]["recall"]["bar"] == 0.95
    assert out["metrics"]["precision"] == 1.0
    usage = runner.invoke(eval_cmd, [str(tmp_path), "--fail-under", "speed=1"])
    assert usage.exit_code == 2
    nolabels = runner.invoke(eval_cmd, [str(tmp_path / "sites")])
    assert nolabels.exit_code == 2 and "labels.json" in nolabels.output

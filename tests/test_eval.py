"""evaluate() on a tiny labelled corpus written by the test."""

from __future__ import annotations

import json
from pathlib import Path

from alerts.evaluate import evaluate, same_name

PAGE = """<!doctype html><html lang="it"><head><meta charset="utf-8"><title>{title}</title>
<link rel="canonical" href="{{{{base}}}}/sites/demo/{slug}.html">
<meta property="article:published_time" content="2025-10-01T10:00:00+02:00"></head>
<body><header><nav><a href="/">Home</a></nav></header><article><h1>{title}</h1>
{paras}</article><footer>© Demo</footer></body></html>"""

DEAL_PARAS = [
    "Lanterna AI, startup torinese che sviluppa agenti di intelligenza artificiale per le compagnie "
    "assicurative, ha chiuso un round di Serie A da 22 milioni di euro guidato da Fondo Dora Capital.",
    "Con le nuove risorse la società punta ad aprire una sede a Monaco e a raddoppiare il team di "
    "ricerca, oggi composto da una ventina di ingegneri specializzati in modelli linguistici.",
    "L'operazione valuta la società circa 110 milioni di euro, secondo fonti vicine al dossier, ed è la "
    "più grande raccolta di una startup piemontese dell'anno.",
]
NEG_PARAS = [
    "Il Garante per la protezione dei dati personali ha inflitto una multa da 20 milioni di euro a una "
    "società americana di intelligenza artificiale per il trattamento dei dati degli utenti italiani.",
    "Secondo l'Autorità, la società non aveva informato gli utenti sull'uso delle conversazioni per "
    "l'addestramento dei modelli e non aveva verificato l'età degli iscritti al servizio.",
]


def write_page(root: Path, slug: str, title: str, paras: list[str]) -> str:
    rel = f"sites/demo/{slug}.html"
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    body = "\n".join(f"<p>{p}</p>" for p in paras)
    path.write_text(PAGE.format(title=title, slug=slug, paras=body), encoding="utf-8")
    return rel


def make_corpus(root: Path) -> None:
    labels = {
        write_page(root, "lanterna", "Lanterna AI raccoglie 22 milioni di euro", DEAL_PARAS): {
            "is_deal": True, "neutral": False, "kinds": ["funding"],
            "headline_amount": {"value": 22000000, "currency": "EUR"}, "target": "Lanterna AI"},
        write_page(root, "multa", "Multa da 20 milioni per l'intelligenza artificiale", NEG_PARAS): {
            "is_deal": False, "neutral": False},
        # labelled as a deal with the wrong amount and target: must show up as wrong fields
        write_page(root, "lanterna-bis", "Lanterna AI raccoglie 22 milioni di euro", DEAL_PARAS): {
            "is_deal": True, "kinds": ["funding", "compute_commitment"],
            "headline_amount": {"value": 30000000, "currency": "EUR"}, "target": "Altra"},
        # a deal label on a page that reports none: a miss
        write_page(root, "miss", "Multa a una società di IA", NEG_PARAS): {"is_deal": True},
    }
    (root / "labels.json").write_text(json.dumps(labels), encoding="utf-8")


def test_metrics_and_problem_lists(tmp_path: Path) -> None:
    make_corpus(tmp_path)
    rep = evaluate(tmp_path)
    assert (rep.tp, rep.fp, rep.fn, rep.tn) == (2, 0, 1, 1)
    assert rep.precision == 1.0
    assert abs(rep.recall - 2 / 3) < 1e-9
    assert rep.amount_accuracy == 0.5 and rep.target_accuracy == 0.5 and rep.kind_accuracy == 0.5
    out = rep.to_json()
    assert out["counts"]["fn"] == 1 and out["misses"][0]["path"].endswith("miss.html")
    assert out["misses"][0]["reason"]
    [wrong] = out["wrong"]
    assert any(p.startswith("amount: expected 30000000 EUR, got 22000000 EUR") for p in wrong["problems"])
    assert any(p.startswith("target: expected Altra, got Lanterna AI") for p in wrong["problems"])
    text = rep.render()
    assert "Misses (1)" in text and "recall 0.667" in text


def test_missing_keys_and_missing_file_are_handled(tmp_path: Path) -> None:
    (tmp_path / "labels.json").write_text(json.dumps({"nope.html": {}, "also-nope.html": {"is_deal": False}}))
    rep = evaluate(tmp_path)
    assert [i.outcome for i in rep.items] == ["error", "error"]
    assert "FileNotFoundError" in rep.items[0].reason
    assert rep.precision == 1.0 and rep.recall == 1.0


def test_counterparty_precision_and_recall(tmp_path: Path) -> None:
    labels = {
        write_page(tmp_path, "a", "Lanterna AI raccoglie 22 milioni di euro", DEAL_PARAS): {
            "is_deal": True, "target": "Lanterna AI", "counterparties": ["Fondo Dora Capital", "Monviso Seed"]},
        write_page(tmp_path, "b", "Lanterna AI raccoglie 22 milioni di euro", DEAL_PARAS): {
            "is_deal": True, "target": "Lanterna AI"},       # no counterparties listed: not scored
    }
    (tmp_path / "labels.json").write_text(json.dumps(labels), encoding="utf-8")
    rep = evaluate(tmp_path)
    # found: Fondo Dora Capital (right); expected two names, one of them missed
    assert rep.counterparty_precision == 1.0 and rep.counterparty_recall == 0.5
    assert rep.metrics()["counterparty_recall"] == 0.5
    assert "counterparty_recall 0.500" in rep.render()


def test_a_legal_form_does_not_make_another_company(tmp_path: Path) -> None:
    labels = {
        write_page(tmp_path, "a", "Lanterna AI raccoglie 22 milioni di euro", DEAL_PARAS): {
            "is_deal": True, "target": "Lanterna AI S.r.l.", "counterparties": ["Fondo Dora Capital SpA"]},
        write_page(tmp_path, "b", "Lanterna AI raccoglie 22 milioni di euro", DEAL_PARAS): {
            "is_deal": True, "target": "Lanterna"},
    }
    (tmp_path / "labels.json").write_text(json.dumps(labels), encoding="utf-8")
    rep = evaluate(tmp_path)
    assert rep.target_accuracy == 0.5 and rep.counterparty_recall == 1.0
    assert same_name("Lanterna AI, Inc.") == same_name("lanterna ai") == "lanterna ai"

"""Rules are plain data the config loader can validate, and detection honours them."""

from __future__ import annotations

import dataclasses
import typing

from alerts.detect import compiled, detect
from alerts.rules import DEFAULT_RULES, Rules
from crawler.article import Article

ALLOWED = {str, int, float, bool, tuple[str, ...], dict[str, float], dict[str, tuple[str, ...]]}


def test_field_types_are_config_friendly() -> None:
    hints = typing.get_type_hints(Rules)
    for f in dataclasses.fields(Rules):
        assert hints[f.name] in ALLOWED, f.name


def test_defaults_are_sane() -> None:
    r = Rules()
    assert r.min_amount_eur == 1_000_000
    assert r.fx["EUR"] == 1.0 and 0 < r.fx["USD"] < 2
    assert "Anthropic" in r.ai_labs and "Nvidia" in r.chip_makers
    assert "Amazon" in r.vendor_aliases and "Trainium" in r.vendor_aliases["Amazon"]
    assert {"valuation", "revenue", "fine", "market", "capex", "layoffs", "energy", "export",
            "background", "acquisition", "public_funding"} <= set(r.negative_contexts)


def test_compiled_once_per_rules_object() -> None:
    assert compiled(DEFAULT_RULES) is compiled(DEFAULT_RULES)
    other = Rules(min_score=0.9)
    assert compiled(other) is not compiled(DEFAULT_RULES)


GRANT = Article(
    url="https://example.it/g", title="Radice AI ottiene 3 milioni dal bando europeo",
    text="Radice AI, startup genovese di intelligenza artificiale per l'agricoltura, ha ottenuto un "
         "contributo a fondo perduto da 3 milioni di euro nell'ambito di un bando europeo.")


def test_public_funding_is_vetoed_unless_enabled() -> None:
    assert detect(GRANT) == []
    [d] = detect(GRANT, Rules(public_funding=True))
    assert d.target == "Radice AI"


def test_vocabulary_is_extensible_from_data() -> None:
    a = Article(url="https://example.it/x", title="Vela AI insacca 9 milioni di euro",
                text="Vela AI, startup di intelligenza artificiale, insacca 9 milioni di euro da un "
                     "gruppo di investitori.")
    assert detect(a) == []
    extended = Rules(funding_terms=DEFAULT_RULES.funding_terms + (r"insacc\w*",))
    [d] = detect(a, extended)
    assert d.amount.value == 9_000_000


def test_min_amount_threshold() -> None:
    a = Article(url="https://example.it/y", title="Fiamma AI, accordo da 5 milioni",
                text="Fiamma AI, startup di intelligenza artificiale, ha firmato un accordo di "
                     "investimento da 5 milioni di euro con Fondo Arno.")
    assert detect(a)
    high = Rules(min_amount_eur=10_000_000)
    assert all(d.amount is None for d in detect(a, high))

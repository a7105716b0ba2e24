"""`detect` takes shortcuts (early exit, deferred names and roles) that `analyse` does not: both
must raise the same deals, on every page of the project's corpora and on pages glued from two of
them (other sentence neighbourhoods, other targets: where shortcuts went wrong before)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from alerts.detect import analyse, detect
from alerts.evaluate import load_page
from crawler.article import Article, Skipped
from crawler.extract import extract

HERE = Path(__file__).parent
CORPORA = sorted(p.parent for p in HERE.glob("corpus*/labels.json"))


def _articles(corpus: Path) -> list[Article]:
    out = []
    for rel in json.loads((corpus / "labels.json").read_text(encoding="utf-8")):
        art = extract(*load_page(corpus, rel))
        if not isinstance(art, Skipped):
            out.append(art)
    return out


@pytest.mark.parametrize("corpus", CORPORA, ids=lambda p: p.name)
def test_detect_raises_what_analyse_raises(corpus: Path) -> None:
    arts = _articles(corpus)
    glued = []
    for a, b in zip(arts, arts[1:] + arts[:1], strict=True):
        la, lb = a.text.split("\n"), b.text.split("\n")
        glued.append(replace(a, text="\n".join(lb[len(lb) // 2:] + la[:len(la) // 2] + lb[:3])))
    diverging = [a.url for a in arts + glued if detect(a) != analyse(a).deals]
    assert not diverging

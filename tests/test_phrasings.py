"""Detection over tests/phrasings: 200 short labelled snippets by an independent author, one
phrasing each (see its README). Scored untuned first; the bars keep the level reached after tuning."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from alerts.detect import detect
from alerts.evaluate import same_name
from crawler.article import Article

ITEMS = json.loads((Path(__file__).parent / "phrasings" / "phrasings.json").read_text(encoding="utf-8"))


def _article(item: dict) -> Article:
    published = datetime.fromisoformat(item["published"]).replace(tzinfo=UTC)
    return Article(url=f"https://example.it/{item['id']}", title=item["title"], text=item["body"],
                   description=item.get("description"), published=published)


def _same_amount(expected: dict | None, got) -> bool:
    if expected is None or expected.get("value") is None:
        return got is None
    return got is not None and abs(got.value - expected["value"]) <= 0.01 * expected["value"] \
        and got.currency == expected.get("currency")


def test_phrasings_quality() -> None:
    tp = fp = fn = kinds = amounts = targets = 0
    for item in ITEMS:
        deals = detect(_article(item))
        if not item["is_deal"]:
            fp += bool(deals)
            continue
        if not deals:
            fn += 1
            continue
        tp += 1
        d = deals[0]
        kinds += set(d.kinds) == set(item["kinds"])
        amounts += _same_amount(item.get("headline_amount"), d.amount)
        targets += same_name(d.target or "") == same_name(item.get("target") or "")
    got = {"precision": tp / (tp + fp), "recall": tp / (tp + fn), "kinds": kinds / tp, "amount": amounts / tp,
           "target": targets / tp}
    below = {k: round(v, 3) for k, v in got.items() if v < 0.95}
    assert len(ITEMS) == 200 and not below, below

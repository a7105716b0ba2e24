"""Detection quality against a labelled corpus (format: corpus/README.md).

Why here and not in tests: the corpus is an external check, not a fixture; `sentinella eval`
runs exactly the production path (crawler.extract.extract → alerts.detect.analyse) on each
labelled page, so a figure here is the figure a user gets.

Metrics: precision / recall / F1 of is_deal (neutral pages excluded); over true positives, kind
accuracy (exact set), headline-amount accuracy (within 1 % and same currency; null == null) and
target accuracy; counterparty precision and recall over the names of true positives
(informative: not listed as wrong fields). Names compare case-insensitively and without a
trailing legal form: "Lumetra S.r.l." and "Lumetra" are one company, and labels write it
either way. Every miss, false alarm and wrong field is listed with why.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from alerts.detect import Analysis, analyse
from alerts.rules import DEFAULT_RULES, Rules
from alerts.text import LEGAL_FORMS
from crawler.article import Skipped

BASE = "http://127.0.0.1:8000"
# the dotted forms of `LEGAL_FORMS` (final dot optional) and their undotted spellings
_LEGAL_FORM = re.compile(r"(?:,?\s+(?:" + "|".join(re.escape(f.rstrip(".")) for f in LEGAL_FORMS)
                         + r"|Srl|SpA|LLC|GmbH|SAS|SA))+\.?$", re.IGNORECASE)


def same_name(name: str) -> str:
    """A company name as the metrics compare it: lower case, no trailing legal form."""
    return _LEGAL_FORM.sub("", name.strip()).lower()


@dataclass
class ItemResult:
    """One labelled page: what was expected, what was detected, and what went wrong."""

    path: str
    expected_deal: bool
    neutral: bool
    predicted_deal: bool
    outcome: str                         # tp | fp | fn | tn | neutral | error
    expected: dict = field(default_factory=dict)
    got: dict | None = None              # the matched Deal's JSON
    problems: list[str] = field(default_factory=list)
    reason: str = ""                     # why a page was missed / skipped

    def to_json(self) -> dict:
        return {"path": self.path, "outcome": self.outcome, "expected_deal": self.expected_deal,
                "neutral": self.neutral, "predicted_deal": self.predicted_deal,
                "expected": self.expected, "got": self.got, "problems": self.problems,
                "reason": self.reason}


@dataclass
class EvalReport:
    corpus: str
    items: list[ItemResult]

    def _count(self, outcome: str) -> int:
        return sum(1 for i in self.items if i.outcome == outcome)

    @property
    def tp(self) -> int:
        return self._count("tp")

    @property
    def fp(self) -> int:
        return self._count("fp")

    @property
    def fn(self) -> int:
        return self._count("fn")

    @property
    def tn(self) -> int:
        return self._count("tn")

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def _field_accuracy(self, problem: str) -> float:
        tps = [i for i in self.items if i.outcome == "tp"]
        if not tps:
            return 1.0
        return sum(1 for i in tps if not any(p.startswith(problem) for p in i.problems)) / len(tps)

    @property
    def kind_accuracy(self) -> float:
        return self._field_accuracy("kinds")

    @property
    def amount_accuracy(self) -> float:
        return self._field_accuracy("amount")

    @property
    def target_accuracy(self) -> float:
        return self._field_accuracy("target")

    def _counterparty_counts(self) -> tuple[int, int, int]:
        """(names right, names expected, names found) over true positives whose label lists
        counterparties (`same_name`)."""
        right = expected = found = 0
        for i in self.items:
            if i.outcome != "tp" or "counterparties" not in i.expected:
                continue
            exp = {same_name(n) for n in i.expected["counterparties"] or []}
            got = {same_name(n) for n in (i.got or {}).get("counterparties") or []}
            right, expected, found = right + len(exp & got), expected + len(exp), found + len(got)
        return right, expected, found

    @property
    def counterparty_precision(self) -> float:
        right, _, found = self._counterparty_counts()
        return right / found if found else 1.0

    @property
    def counterparty_recall(self) -> float:
        right, expected, _ = self._counterparty_counts()
        return right / expected if expected else 1.0

    def metrics(self) -> dict[str, float]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "kinds": round(self.kind_accuracy, 4),
                "amount": round(self.amount_accuracy, 4), "target": round(self.target_accuracy, 4),
                "counterparty_precision": round(self.counterparty_precision, 4),
                "counterparty_recall": round(self.counterparty_recall, 4)}

    def to_json(self) -> dict:
        return {"corpus": self.corpus, "pages": len(self.items),
                "counts": {"tp": self.tp, "fp": self.fp, "fn": self.fn, "tn": self.tn,
                           "neutral": self._count("neutral"), "error": self._count("error")},
                "metrics": self.metrics(),
                "misses": [i.to_json() for i in self.items if i.outcome == "fn"],
                "false_alarms": [i.to_json() for i in self.items if i.outcome == "fp"],
                "wrong": [i.to_json() for i in self.items if i.outcome == "tp" and i.problems],
                "errors": [i.to_json() for i in self.items if i.outcome == "error"]}

    def render(self) -> str:
        """Plain-text report: the metrics, then every problem with its reason."""
        m = self.metrics()
        out = [f"corpus {self.corpus}: {len(self.items)} pages — tp {self.tp}, fp {self.fp}, "
               f"fn {self.fn}, tn {self.tn}, neutral {self._count('neutral')}, "
               f"errors {self._count('error')}",
               "  ".join(f"{k} {v:.3f}" for k, v in m.items())]
        for title, outcome in (("Misses", "fn"), ("False alarms", "fp"), ("Errors", "error")):
            rows = [i for i in self.items if i.outcome == outcome]
            if rows:
                out.append(f"\n{title} ({len(rows)}):")
                for i in rows:
                    out.append(f"  - {i.path}\n      {i.reason}")
        wrong = [i for i in self.items if i.outcome == "tp" and i.problems]
        if wrong:
            out.append(f"\nWrong fields on detected deals ({len(wrong)}):")
            for i in wrong:
                out.append(f"  - {i.path}")
                out.extend(f"      {p}" for p in i.problems)
        return "\n".join(out)


def load_page(root: Path, rel: str, base: str = BASE) -> tuple[bytes, str]:
    """Page bytes with `{{base}}` replaced, and the URL the page would have on the harness."""
    raw = (root / rel).read_bytes().replace(b"{{base}}", base.encode())
    return raw, f"{base}/{rel}"


def analyse_page(raw: bytes, url: str, rules: Rules) -> Analysis | Skipped:
    """The production path: extraction, then detection."""
    from crawler.extract import extract

    art = extract(raw, url)
    if isinstance(art, Skipped):
        return art
    return analyse(art, rules)


def evaluate(corpus_dir: str | Path, rules: Rules = DEFAULT_RULES, *, base: str = BASE) -> EvalReport:
    """Run detection on every page of `labels.json` and compare with the labels."""
    root = Path(corpus_dir)
    labels = json.loads((root / "labels.json").read_text(encoding="utf-8"))
    items = [_judge(root, rel, label or {}, rules, base) for rel, label in labels.items()]
    return EvalReport(str(root), items)


def _judge(root: Path, rel: str, label: dict, rules: Rules, base: str) -> ItemResult:
    expected = bool(label.get("is_deal"))
    neutral = bool(label.get("neutral"))
    exp = {k: label.get(k) for k in ("kinds", "headline_amount", "target", "counterparties") if k in label}
    try:
        raw, url = load_page(root, rel, base)
        res = analyse_page(raw, url, rules)
    except Exception as exc:  # a crash on one page must not hide the others
        return ItemResult(rel, expected, neutral, False, "error", exp, reason=f"{type(exc).__name__}: {exc}")
    if isinstance(res, Skipped):
        deals, reason = [], f"skipped by extraction: {res.reason}"
    else:
        deals = res.deals
        reason = _why_not(res) if not deals else ""
    predicted = bool(deals)
    if neutral:
        outcome = "neutral"
    elif expected:
        outcome = "tp" if predicted else "fn"
    else:
        outcome = "fp" if predicted else "tn"
    item = ItemResult(rel, expected, neutral, predicted, outcome, exp, reason=reason)
    if deals:
        deal = _matching(deals, label.get("target"))
        item.got = deal.to_json()
        if outcome == "fp":
            item.reason = (f"raised {'+'.join(deal.kinds)} target={deal.target} amount="
                           f"{item.got['amount']} score={deal.score:.2f}; evidence: "
                           + " | ".join(deal.evidence[:2]))
        if outcome == "tp":
            item.problems = _problems(label, item.got)
    return item


def _matching(deals: list, target: str | None):
    """The detected deal to compare with the label (same target when there are several)."""
    if target:
        for d in deals:
            if d.target and same_name(d.target) == same_name(target):
                return d
    return deals[0]


def _why_not(res: Analysis) -> str:
    if not res.candidates:
        return "no sentence of the body states a deal" + (f" ({'; '.join(res.notes)})" if res.notes else "")
    c = res.candidates[0]
    return f"candidate target={c.target} kinds={'+'.join(c.kinds) or '-'}: " + "; ".join(c.reasons)


def _problems(label: dict, got: dict) -> list[str]:
    out = []
    if "kinds" in label and sorted(label.get("kinds") or []) != sorted(got["kinds"]):
        out.append(f"kinds: expected {sorted(label.get('kinds') or [])}, got {sorted(got['kinds'])}")
    if "headline_amount" in label and not _same_amount(label.get("headline_amount"), got["amount"]):
        out.append(f"amount: expected {_fmt(label.get('headline_amount'))}, got {_fmt(got['amount'])}")
    if "target" in label:
        exp_t, got_t = label.get("target"), got["target"]
        if same_name(exp_t or "") != same_name(got_t or ""):
            out.append(f"target: expected {exp_t}, got {got_t}")
    return out


def _same_amount(exp: dict | None, got: dict | None) -> bool:
    if exp is None or got is None:
        return exp is None and got is None
    if exp.get("currency") != got.get("currency"):
        return False
    ev, gv = exp.get("value"), got.get("value")
    if ev is None or gv is None:
        return ev is None and gv is None
    return abs(ev - gv) <= 0.01 * abs(ev)


def _fmt(a: dict | None) -> str:
    if a is None:
        return "null"
    return f"{a.get('value')} {a.get('currency') or '(no currency)'}"

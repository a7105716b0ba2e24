"""Detection quality on the project's own labelled corpora: a regression guard.

Each bar is the figure reached when the rules a corpus motivated were added, minus a page or
two of margin, so a change that loses pages fails CI. Held-out text is the real measure: do not
tune rules to these pages to keep this test green.

- tests/corpus: the first tuning set (reached: P/R/kinds/amount 1.0, target 0.95 — one page
  never names the company in full).
- tests/corpus2: six other outlets and styles (wire, features, newsletters, Q&A); all 1.0.
- tests/corpus3: first measured as a hidden set (P 0.85 / R 0.85, target 0.88); now 1.0,
  target 0.95 (one page only ever uses the short name).
- tests/corpus4: an independent author's hidden set (P 0.87 / R 1.0, kinds 0.80, amount 0.90);
  now every metric 1.0.
- tests/corpus5: a third independent hidden set (P 0.895 / R 0.944, kinds 0.824, amount 0.882,
  target 1.0 untuned); now P/R 1.0, kinds 0.944, amount 0.944.
- tests/corpus6: a fourth independent hidden set (P 0.941 / R 0.889, kinds 0.875, amount 1.0,
  target 0.938 untuned); now every metric 1.0.
- tests/corpus7: a fifth independent hidden set, other styles (wire copy, digests, features, English)
  (P 0.667 / R 0.737, kinds 0.714, amount 0.786, target 0.5 untuned); now P/R/kinds 1.0, amount and
  target 0.947.
- tests/corpus8: a sixth independent hidden set (press releases, interviews, columns, local and short
  news; P/R 0.895, kinds 0.882, amount 0.824, target 0.941 untuned); now every metric 1.0.
- tests/corpus9: a seventh (national, business and regional papers, a startup portal; P/R 0.789,
  kinds 1.0, amount 0.933, target 1.0 untuned); now every metric 1.0.
- tests/corpus10: an eighth (weekly, business daily, podcast notes, regional, newsletter; P 0.80 /
  R 0.842, kinds 0.938, amount 0.875, target 0.875 untuned); now P 0.857 / R 0.947.
- tests/corpus11: a ninth (news, AI site, finance wire, local paper, podcast; P 0.857 / R 0.947,
  kinds 0.889, amount 0.944, target 0.778 untuned); now P 1.0 / R 0.947.
- tests/corpus12: a tenth (P 0.889 / R 0.842, kinds 0.938, amount 0.875, target 0.75 untuned); now
  P 1.0 / R 0.947, amount and target 0.889.
- tests/corpus13: an eleventh (P/R 0.842, kinds 0.812, amount 0.875, target 0.812 untuned); lightly
  tuned: P 0.889 / R 0.842.
- tests/corpus14: a twelfth (P 0.857 / R 0.947, kinds 0.944, amount 1.0, target 1.0 untuned); tuned
  on in the next session: P 1.0 / R 0.947.
- tests/corpus15: a thirteenth (P 0.889 / R 0.842, kinds 1.0, amount 1.0, target 0.938 untuned);
  tuned on in the next session: P 1.0 / R 0.947, target 1.0.
- tests/corpus16: a fourteenth (P 0.842 / R 0.800, kinds 0.875, amount 0.812, target 1.0 untuned);
  now P/R 1.0, amount 0.95.
- tests/corpus17: a fifteenth, long-form (P 0.778 / R 0.737, kinds 0.857, amount 0.857, target 0.786
  untuned); now P 0.895 / R 0.895, kinds 0.941, amount and target 1.0.
- tests/corpus18: a sixteenth (P 0.864 / R 1.0, kinds 0.842, amount 0.842, target 0.789 untuned —
  1.0 with legal forms ignored); now P 0.95 / R 1.0, kinds, amount and target 1.0.
- tests/corpus19: a seventeenth (P 0.905 / R 1.0, kinds 0.632, amount 0.842, target 0.947 untuned);
  now P 0.95 / R 1.0, kinds 0.947, amount and target 1.0.
- tests/corpus20: an eighteenth (P/R 0.889, kinds 0.938, amount 0.750, target 0.875 untuned: Swiss
  "CHF 18 mio." amounts); now P 1.0 / R 0.889, kinds, amount and target 0.938.
- tests/corpus21: scored with the final rules and kept untuned (P 0.895 / R 1.0, kinds 0.941,
  amount 1.0, target 0.941); tuned on in the next session: every metric 1.0.
- tests/corpus22: scored with the final rules (P 0.867 / R 0.765, kinds 0.692, amount 0.846, target
  0.923), then lightly tuned (autonomous driving as AI, reasoning models, a bond's book, a plant
  site): P/R 0.941, kinds 0.688, amount 0.812; the next session's rules took it to 1.0.
- tests/corpus23: agrifood, energy, fashion, proptech, sports-tech (P 0.800 / R 0.941, kinds 0.750,
  amount 1.0 untuned); now P 0.944 / R 1.0, kinds 1.0, amount 0.941.
- tests/corpus24: English edition, tech transfer, wire, startup recap, smartphones (P 0.773 / R 0.944,
  kinds 0.824, amount 0.882, target 0.824 untuned); now P 0.90 / R 1.0, kinds 1.0, amount 0.944.
- tests/corpus25 and corpus26: kept untuned through their session to measure it (P 0.750 / R 0.882
  and P 0.714 / R 0.882 when written; the same with the session's final rules), then tuned lightly:
  P 0.833 / R 0.882 and P 0.875 / R 0.824.
- tests/corpus27: VC newsletter, robotics, fintech, Rome daily, short news (P 0.938 / R 0.882, kinds
  0.733 untuned); now P/R 1.0, kinds 0.941.
- tests/corpus28: medtech, Milan business daily, semiconductors, Piedmont daily, deal-lawyer blog
  (P 0.739 / R 1.0 untuned); now every metric 1.0.
- tests/corpus29 and corpus30: scored with the final rules of their session and kept untuned until
  the next (P 0.850 / R 1.0, kinds 0.882, amount 0.882; P 0.812 / R 0.765, kinds 0.846, amount 1.0),
  then tuned: P 0.895 / R 1.0, kinds 0.882, amount 0.941; P 0.889 / R 0.941, kinds 0.938, amount 1.0.
- tests/corpus31: North-East daily, insurtech, tech transfer, HR tech, Naples business (P 0.809 / R 1.0,
  kinds 0.941 untuned); now every metric 1.0.
- tests/corpus33: Trentino business, space/defence tech, edtech, Bari daily, tech-policy blog (P 0.789 /
  R 0.882, amount 0.867 untuned); now P 1.0 / R 0.941, kinds, amount and target 1.0.
- tests/corpus32 and corpus34: scored untuned and held out through their session (P 0.773 / R 1.0 and
  P 0.778 / R 0.824 when written; P 0.809 / R 1.0 and P 0.833 / R 0.882 with its final rules); their
  bars keep that level until they are tuned on.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from alerts.evaluate import evaluate

HERE = Path(__file__).parent
#            precision recall kinds amount target
BARS = {
    "corpus": (0.95, 0.95, 0.94, 0.94, 0.9),
    "corpus2": (0.95, 0.95, 0.9, 0.9, 0.9),
    "corpus3": (0.95, 0.95, 0.9, 0.9, 0.9),
    "corpus4": (0.95, 0.95, 0.9, 0.9, 0.9),
    "corpus5": (0.95, 0.95, 0.9, 0.9, 0.9),
    "corpus6": (0.95, 0.95, 0.9, 0.9, 0.9),
    "corpus7": (0.95, 0.95, 0.9, 0.9, 0.9),
    "corpus8": (0.95, 0.95, 0.9, 0.9, 0.9),
    "corpus9": (0.95, 0.95, 0.9, 0.9, 0.9),
    "corpus10": (0.8, 0.9, 0.9, 0.9, 0.85),
    "corpus11": (0.95, 0.9, 0.9, 0.9, 0.9),
    "corpus12": (0.95, 0.9, 0.9, 0.85, 0.85),
    "corpus13": (0.95, 0.8, 0.85, 0.85, 0.85),
    "corpus14": (0.95, 0.9, 0.9, 0.95, 0.95),
    "corpus15": (0.95, 0.9, 0.95, 0.95, 0.95),
    "corpus16": (0.95, 0.95, 0.95, 0.9, 0.95),
    "corpus17": (0.85, 0.85, 0.9, 0.95, 0.95),
    "corpus18": (0.9, 0.95, 0.95, 0.95, 0.95),
    "corpus19": (0.9, 0.95, 0.9, 0.95, 0.95),
    "corpus20": (0.95, 0.85, 0.9, 0.9, 0.9),
    "corpus21": (0.95, 0.95, 0.95, 0.95, 0.95),
    "corpus22": (0.95, 0.95, 0.9, 0.9, 0.95),
    "corpus23": (0.9, 0.95, 0.95, 0.9, 0.95),
    "corpus24": (0.85, 0.95, 0.95, 0.9, 0.95),
    "corpus25": (0.8, 0.85, 0.9, 0.75, 0.95),
    "corpus26": (0.8, 0.85, 0.9, 0.8, 0.8),
    "corpus27": (0.95, 0.95, 0.9, 0.95, 0.95),
    "corpus28": (0.95, 0.95, 0.95, 0.95, 0.95),
    "corpus29": (0.85, 0.95, 0.85, 0.9, 0.95),
    "corpus30": (0.85, 0.9, 0.9, 0.95, 0.95),
    "corpus31": (0.95, 0.95, 0.95, 0.95, 0.95),
    "corpus32": (0.75, 0.95, 0.9, 0.8, 0.85),
    "corpus33": (0.95, 0.9, 0.95, 0.95, 0.95),
    "corpus34": (0.8, 0.85, 0.85, 0.85, 0.9),
}


@pytest.mark.parametrize("corpus", sorted(BARS))
def test_corpus_quality_bars(corpus: str) -> None:
    rep = evaluate(HERE / corpus)
    assert rep.fp + rep.fn + rep.tp + rep.tn > 30
    got = (rep.precision, rep.recall, rep.kind_accuracy, rep.amount_accuracy, rep.target_accuracy)
    names = ("precision", "recall", "kinds", "amount", "target")
    below = {n: f"{g:.3f} < {b}" for n, g, b in zip(names, got, BARS[corpus], strict=True) if g < b}
    assert not below, below

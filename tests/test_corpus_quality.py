"""Detection quality on the project's own tuning corpus (tests/corpus): a regression guard.

The bars are the figures reached when the generalisation rules were added (precision, recall,
kinds and amount 1.0, target 0.95 — the one page that never names the full company name),
minus a small margin, so a change that loses a page fails CI. Held-out text is the real
measure: do not tune rules to these pages to keep this test green.
"""

from __future__ import annotations

from pathlib import Path

from alerts.evaluate import evaluate

CORPUS = Path(__file__).parent / "corpus"
CORPUS2 = Path(__file__).parent / "corpus2"
CORPUS3 = Path(__file__).parent / "corpus3"
CORPUS4 = Path(__file__).parent / "corpus4"


def test_tuning_corpus_quality_bars() -> None:
    rep = evaluate(CORPUS)
    assert rep.fp + rep.fn + rep.tp + rep.tn > 30
    summary = (f"p={rep.precision:.3f} r={rep.recall:.3f} kinds={rep.kind_accuracy:.3f} "
               f"amount={rep.amount_accuracy:.3f} target={rep.target_accuracy:.3f}")
    assert rep.precision >= 0.95, summary
    assert rep.recall >= 0.95, summary
    assert rep.kind_accuracy >= 0.94, summary
    assert rep.amount_accuracy >= 0.94, summary
    assert rep.target_accuracy >= 0.9, summary


def test_second_tuning_corpus_quality_bars() -> None:
    """tests/corpus2: six other outlets and styles (wire, features, newsletters, Q&A). Every
    figure reached 1.0 when the generalisation rules (implicit AI, negation, secondary sales,
    bonds, fund sizes, late statements, context names…) were added; the bars leave a page or
    two of margin."""
    rep = evaluate(CORPUS2)
    assert rep.fp + rep.fn + rep.tp + rep.tn > 30
    summary = (f"p={rep.precision:.3f} r={rep.recall:.3f} kinds={rep.kind_accuracy:.3f} "
               f"amount={rep.amount_accuracy:.3f} target={rep.target_accuracy:.3f}")
    assert rep.precision >= 0.95, summary
    assert rep.recall >= 0.95, summary
    assert rep.kind_accuracy >= 0.9, summary
    assert rep.amount_accuracy >= 0.9, summary
    assert rep.target_accuracy >= 0.9, summary


def test_third_tuning_corpus_quality_bars() -> None:
    """tests/corpus3: five more outlets, first measured as a hidden set (P 0.85 / R 0.85, target
    0.88). After the rules it motivated (minority stakes, appositive clauses, capex plans,
    compound amounts in words, AI denials, suppliers, relative-clause background…): precision,
    recall, kinds and amount 1.0, target 0.95 (one page only ever uses the short name). The bars
    leave a page or two of margin."""
    rep = evaluate(CORPUS3)
    assert rep.fp + rep.fn + rep.tp + rep.tn > 30
    summary = (f"p={rep.precision:.3f} r={rep.recall:.3f} kinds={rep.kind_accuracy:.3f} "
               f"amount={rep.amount_accuracy:.3f} target={rep.target_accuracy:.3f}")
    assert rep.precision >= 0.95, summary
    assert rep.recall >= 0.95, summary
    assert rep.kind_accuracy >= 0.9, summary
    assert rep.amount_accuracy >= 0.9, summary
    assert rep.target_accuracy >= 0.9, summary


def test_fourth_tuning_corpus_quality_bars() -> None:
    """tests/corpus4: an independent author's set, first measured hidden (P 0.87 / R 1.0, kinds
    0.80, amount 0.90, target 1.0). After the rules it motivated (AI denials veto AI words
    elsewhere, past training is no commitment, a product is its vendor, more non-exclusivity
    wording, a scale is a firm commitment, bare and trailing descriptor clauses, contract sizes
    and payment schedules, "raccolto finora", sector remarks): every metric 1.0. The bars leave
    a page or two of margin."""
    rep = evaluate(CORPUS4)
    assert rep.fp + rep.fn + rep.tp + rep.tn > 30
    summary = (f"p={rep.precision:.3f} r={rep.recall:.3f} kinds={rep.kind_accuracy:.3f} "
               f"amount={rep.amount_accuracy:.3f} target={rep.target_accuracy:.3f}")
    assert rep.precision >= 0.95, summary
    assert rep.recall >= 0.95, summary
    assert rep.kind_accuracy >= 0.9, summary
    assert rep.amount_accuracy >= 0.9, summary
    assert rep.target_accuracy >= 0.9, summary

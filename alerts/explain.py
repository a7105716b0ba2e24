"""Render an Analysis for a person: why this article did (or did not) raise a deal.

Plain text on purpose: it reads the same in a terminal, a CI log or a bug report; `jobs`
may wrap it in rich markup. Everything shown comes from the trace `alerts.detect.analyse`
built, so the explanation cannot drift from what detection really did.
"""

from __future__ import annotations

from alerts.amounts import describe
from alerts.detect import Analysis, SentenceTrace
from alerts.text import trim

_SHOWN_CATS = {
    "funding": "funding", "cverb": "compute verb", "cobj": "compute object", "scale": "scale",
    "excl": "exclusivity", "nonexcl": "NOT exclusive", "chipcloud": "chip/cloud", "deal": "deal noun",
    "round": "round", "cond": "conditional", "cum_total": "total", "cum_ctx": "total context",
    "ai": "AI", "ai_denial": "AI denial",
}


def explain(analysis: Analysis, *, verbose: bool = False) -> str:
    """A multi-section plain-text explanation. `verbose` also lists sentences with no deal cue."""
    a = analysis.article
    out = [f"Article: {a.title or '(no title)'}", f"URL: {a.url}"]
    if a.published:
        out.append(f"Published: {a.published.date().isoformat()}")
    deals = analysis.deals
    out.append(f"Verdict: {len(deals)} deal(s)" if deals else "Verdict: no deal")
    out.extend(f"Note: {n}" for n in analysis.notes)
    if analysis.roundup:
        out.append("Roundup title: one deal per target company")

    dropped = [ln for ln in analysis.lines if not ln.kept]
    if dropped:
        out.append(f"\nLines dropped before detection ({len(dropped)}):")
        for ln in dropped[:30]:
            out.append(f"  - [{ln.reason}] {trim(ln.text, 90)}")

    out.append("\nSentences with deal cues:")
    shown = 0
    for i, tr in enumerate(analysis.sentences):
        if not verbose and not (tr.kinds or tr.amounts or tr.vetoes):
            continue
        shown += 1
        out.extend(_sentence(analysis, i, tr))
    if not shown:
        out.append("  (none)")

    if analysis.amounts:
        out.append("\nAmounts:")
        for n in analysis.amounts:
            out.append(f"  - \"{n.amount.text}\" → {describe(n.amount)} ≈ {n.eur / 1e6:,.1f} M EUR "
                       f"[{n.zone}] {n.status.upper()}: {n.reason}")

    if analysis.target_scores:
        out.append("\nTarget candidates (role + title + gazetteer score): "
                   + ", ".join(f"{k} {v:+.1f}" for k, v in list(analysis.target_scores.items())[:6]))

    out.append("\nCandidate deals:")
    if not analysis.candidates:
        out.append("  (none: no body sentence states a funding, compute or exclusivity deal)")
    for c in analysis.candidates:
        status = "RAISED" if c.raised else "not raised"
        out.append(f"  * {status}: target={c.target} kinds={'+'.join(c.kinds) or '-'} "
                   f"counterparties={', '.join(c.counterparties) or '-'}")
        out.append(f"    amount={describe(c.amount) if c.amount else 'null'}; amounts="
                   + (", ".join(describe(x) for x in c.amounts) or "-"))
        out.append(f"    score={c.score:.2f} = " + " + ".join(f"{k} {v:+.2f}" for k, v in c.score_parts.items()))
        out.append("    why: " + "; ".join(c.reasons))
        for e in c.evidence:
            out.append(f"    evidence: {e}")
    return "\n".join(out)


def _sentence(analysis: Analysis, i: int, tr: SentenceTrace) -> list[str]:
    s = tr.sentence
    where = s.zone if s.zone != "body" else f"body ¶{s.paragraph + 1}{' lead' if tr.lead else ''}"
    flag = "STATEMENT" if tr.statement else "cue"
    lines = [f"  [{i}] ({where}) {flag}: {trim(s.text, 200)}"]
    cues: dict[str, list[str]] = {}
    for cat, phrase in tr.hits:
        label = _SHOWN_CATS.get(cat) or (f"NEG {cat[4:]}" if cat.startswith("neg:") else None)
        if label and phrase not in cues.setdefault(label, []):
            cues[label].append(phrase)
    if cues:
        lines.append("      rules: " + "; ".join(f"{k}: {', '.join(v)}" for k, v in cues.items()))
    if tr.kinds:
        lines.append("      kinds: " + ", ".join(sorted(tr.kinds)))
    if tr.vetoes:
        lines.append("      vetoed clause(s) by: " + ", ".join(tr.vetoes))
    if tr.conditional:
        lines.append("      reported in the conditional (still a deal)")
    roles = [f"{h.name}={h.role}" for h in tr.roles]
    if roles:
        lines.append("      roles: " + ", ".join(dict.fromkeys(roles)))
    if tr.note:
        lines.append(f"      note: {tr.note}")
    return lines

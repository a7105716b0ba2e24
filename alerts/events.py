"""Event matching: is this deal one we already know, reported by another outlet? Pure functions.

An event is one real-world deal. Outlets report it in their own words, days apart, with
detection picking up slightly different facts, so matching is deliberately tolerant:

- a near-duplicate text (syndication, a copied agency piece) joins the event of its original,
  whatever detection made of it (MinHash over word shingles);
- otherwise the same target plus an overlapping counterparty, with compatible amounts; or the same
  target and kinds with close amounts when one side names no counterparty.

Only events seen within the window around the article's publication are candidates, so the
caller loads a bounded set (see `window_bounds`) and the cost does not grow with history.
A match that brings materially new facts (a bigger amount, a new kind, a new counterparty)
carries them in `Match.changes`: the caller sends an update alert for the same event.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from alerts.deals import KINDS, Deal

NUM_PERM = 64
SHINGLE = 5
SEED = 20241122

BIGGER = 1.10          # an amount more than 10% above the known one is news
CLOSE = 0.25           # amounts within 25% are "the same money" (FX, rounding, "circa")
PART = 0.10            # an amount down to 10% of the known one can be a part of the deal

_LEGAL = {"spa", "srl", "inc", "ltd", "llc", "corp", "corporation", "co", "sa", "ag", "gmbh",
          "plc", "group", "gruppo", "holding", "holdings", "the", "nv", "bv", "sas", "se"}


@dataclass(frozen=True)
class Facts:
    """What one deal of one article says, normalised for matching."""

    kinds: frozenset[str]
    target: str | None
    counterparties: tuple[str, ...]
    amount_eur: float | None
    amounts_eur: tuple[float, ...]
    published: datetime
    score: float = 0.0
    source: str | None = None
    signature: tuple[int, ...] | None = None
    stated: tuple[str, ...] = ()       # counterparties named in the deal's evidence sentences


@dataclass(frozen=True)
class EventState:
    """An event as matching sees it (a snapshot of an `events` row and its articles)."""

    id: int
    target: str | None
    kinds: frozenset[str]
    counterparties: tuple[str, ...]
    amount_eur: float | None
    amounts_eur: tuple[float, ...]
    first_published: datetime
    last_published: datetime
    score: float = 0.0
    signatures: tuple[tuple[int, ...], ...] = ()


@dataclass(frozen=True)
class Match:
    event_id: int
    relation: str                      # "duplicate" (syndicated copy) | "same" (same deal)
    similarity: float | None
    changes: tuple[str, ...] = ()      # material new facts; non-empty → update alert


# -- names ------------------------------------------------------------------------------------


def name_tokens(name: str | None) -> tuple[str, ...]:
    """Casefolded, accent-free word tokens without legal suffixes ("Nvidia Corp." → ("nvidia",))."""
    if not name:
        return ()
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().casefold()
    plain = re.sub(r"(?<=\w)\.(?=\w)", "", plain)         # S.p.A. → spa
    words = re.findall(r"[a-z0-9]+", plain)
    return tuple(w for w in words if w not in _LEGAL) or tuple(words)


def same_name(a: str | None, b: str | None) -> bool:
    """"Amazon" ~ "Amazon Web Services", "OpenAI" ~ "Open AI", "Nvidia Corp." ~ "NVIDIA"."""
    ta, tb = name_tokens(a), name_tokens(b)
    if not ta or not tb:
        return False
    if "".join(ta) == "".join(tb):
        return True
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    return short[0] == long_[0] and set(short) <= set(long_)


def _overlap(a: Iterable[str], b: Iterable[str]) -> bool:
    bl = list(b)
    return any(same_name(x, y) for x in a for y in bl)


def _new_names(names: Iterable[str], known: Sequence[str]) -> list[str]:
    out: list[str] = []
    for n in names:
        if not any(same_name(n, k) for k in known) and not any(same_name(n, o) for o in out):
            out.append(n)
    return out


# -- text similarity ----------------------------------------------------------------------------


def signature(text: str) -> tuple[int, ...] | None:
    """MinHash signature of the text's word 5-shingles (rensa); None for an empty text."""
    from rensa import RMinHash

    words = re.findall(r"\w+", text.casefold())
    if not words:
        return None
    shingles = [" ".join(words[i : i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))]
    mh = RMinHash(num_perm=NUM_PERM, seed=SEED)
    mh.update(shingles)
    return tuple(int(h) for h in mh.digest())


def similarity(a: Sequence[int] | None, b: Sequence[int] | None) -> float:
    """Estimated Jaccard similarity of two signatures (share of equal MinHash slots)."""
    if not a or not b or len(a) != len(b):
        return 0.0
    return sum(x == y for x, y in zip(a, b, strict=True)) / len(a)


# -- amounts ------------------------------------------------------------------------------------


def eur_value(value: float | None, currency: str | None, rates: dict[str, float]) -> float | None:
    """`value` in EUR with rough rates; an unstated currency counts as EUR (Italian press)."""
    if value is None:
        return None
    rate = rates.get((currency or "EUR").upper())
    return None if rate is None else float(value) * rate


def facts_from_deal(deal: Deal, *, published: datetime, rates: dict[str, float],
                    source: str | None = None, signature: tuple[int, ...] | None = None) -> Facts:
    head = deal.amount
    amounts = [eur_value(a.value, a.currency, rates) for a in deal.amounts]
    if head is not None:
        amounts.append(eur_value(head.value, head.currency, rates))
    stated = tuple(n for n in deal.counterparties if any(n in sentence for sentence in deal.evidence))
    return Facts(
        kinds=frozenset(deal.kinds), target=deal.target, counterparties=tuple(deal.counterparties),
        stated=stated,
        amount_eur=eur_value(head.value, head.currency, rates) if head else None,
        amounts_eur=tuple(sorted({a for a in amounts if a})), published=published,
        score=deal.score, source=source, signature=signature,
    )


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= CLOSE * max(a, b)


def amounts_compatible(amount: float | None, known: Sequence[float]) -> bool:
    """Could `amount` belong to a deal whose known amounts are `known`?

    Unknown on either side, the same money, a bigger amount (an update) or a plausible part of
    the deal (a tranche, one investor's share) are compatible; a far smaller sum is another deal.
    """
    if not amount or not known:
        return True
    top = max(known)
    return any(_close(amount, k) for k in known) or amount >= top or amount >= PART * top


def amounts_close(amount: float | None, known: Sequence[float]) -> bool:
    if not amount or not known:
        return True
    return any(_close(amount, k) for k in known)


# -- matching -----------------------------------------------------------------------------------


def window_bounds(published: datetime, window_days: float) -> tuple[datetime, datetime]:
    """Events whose last report is after the first bound and first report before the second."""
    w = timedelta(days=window_days)
    return published - w, published + w


def in_window(facts: Facts, event: EventState, window_days: float) -> bool:
    lo, hi = window_bounds(facts.published, window_days)
    return event.last_published >= lo and event.first_published <= hi


def changes(facts: Facts, event: EventState) -> tuple[str, ...]:
    """The material new facts `facts` brings to `event`, as short human-readable phrases."""
    out: list[str] = []
    for kind in KINDS:
        if kind in facts.kinds and kind not in event.kinds:
            out.append(f"new kind: {kind}")
    # Only a counterparty the new article names in the deal statement itself is news: names met
    # in background sentences ("Amazon resta il suo partner principale") are not a new party.
    known = ((event.target,) if event.target else ()) + event.counterparties
    out += [f"new counterparty: {n}" for n in _new_names(facts.stated, known)]
    if not facts.amount_eur:
        return tuple(out)
    if not event.amount_eur:
        out.append("amount disclosed")
    elif facts.amount_eur > BIGGER * event.amount_eur and not any(
            _close(facts.amount_eur, k) for k in event.amounts_eur):
        out.append("bigger amount")                 # a total already reported is not news
    return tuple(out)


def _strength(facts: Facts, event: EventState) -> int:
    """0 no match; 1 target and kinds with close amounts; 2 target and a shared counterparty."""
    if not same_name(facts.target, event.target):
        return 0
    if _overlap(facts.counterparties, event.counterparties):
        return 2 if amounts_compatible(facts.amount_eur, event.amounts_eur) else 0
    if facts.counterparties and event.counterparties:
        return 0                                            # both name counterparties, none shared
    if facts.kinds & event.kinds and amounts_close(facts.amount_eur, event.amounts_eur):
        return 1
    return 0


def find_match(facts: Facts, events: Iterable[EventState], *, window_days: float,
               duplicate_threshold: float = 0.6) -> Match | None:
    """The event `facts` belongs to, or None for a new event."""
    best: tuple[tuple, Match] | None = None
    for ev in events:
        if not in_window(facts, ev, window_days):
            continue
        sim = max((similarity(facts.signature, s) for s in ev.signatures), default=0.0)
        if sim >= duplicate_threshold:
            cand = Match(ev.id, "duplicate", sim)
            rank = (3, sim, ev.last_published)
        else:
            strength = _strength(facts, ev)
            if not strength:
                continue
            cand = Match(ev.id, "same", sim or None, changes(facts, ev))
            rank = (strength, sim, ev.last_published)
        if best is None or rank > best[0]:
            best = (rank, cand)
    return best[1] if best else None


def merge(event: EventState, facts: Facts) -> EventState:
    """The event after adding a report of it (dates, kinds, names, amounts widen; never shrink)."""
    top = max((a for a in (event.amount_eur, facts.amount_eur) if a), default=None)
    sigs = event.signatures + ((facts.signature,) if facts.signature else ())
    return replace(
        event,
        target=event.target or facts.target,
        kinds=event.kinds | facts.kinds,
        counterparties=event.counterparties + tuple(
            _new_names(facts.counterparties, ((event.target,) if event.target else ())
                       + event.counterparties)),
        amount_eur=top,
        amounts_eur=tuple(sorted(set(event.amounts_eur) | set(facts.amounts_eur))),
        first_published=min(event.first_published, facts.published),
        last_published=max(event.last_published, facts.published),
        score=max(event.score, facts.score),
        signatures=sigs,
    )


def new_event(facts: Facts, event_id: int = 0) -> EventState:
    return EventState(
        id=event_id, target=facts.target, kinds=facts.kinds, counterparties=facts.counterparties,
        amount_eur=facts.amount_eur, amounts_eur=facts.amounts_eur, first_published=facts.published,
        last_published=facts.published, score=facts.score,
        signatures=(facts.signature,) if facts.signature else (),
    )


def kinds_in_order(kinds: Iterable[str]) -> list[str]:
    ks = set(kinds)
    return [k for k in KINDS if k in ks] + sorted(ks - set(KINDS))

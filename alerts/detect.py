"""Article → Deals: the heart of Sentinella. Pure functions, no I/O.

One code path: `analyse()` builds a full trace (sentences kept or dropped, vocabulary hits per
clause, every amount and what became of it, vetoes, candidate deals with their score and the
reasons they were or were not raised); `detect()` returns `analyse(...).deals`, and
`alerts.explain` renders the same trace for a person.

How a deal is found, in short (the linguistic idea rather than a list of companies):
1. Only real sentences of the body can state a deal: boilerplate, headline-like and very short
   lines are dropped (related-article boxes, tickers and captions live there).
2. Every vocabulary of the Rules is compiled into ONE alternation regex; each match is mapped to
   the categories it belongs to (memoised), so a sentence costs one regex scan.
3. Per clause: a deal verb with no negative cue (valuation, revenue, fine, capex, market size,
   background…) makes the clause a deal statement; an amount takes the verdict of its clause.
4. Names get roles from patterns around the verbs ("X raccoglie", "guidato da Y", "investe … in
   X"); the target is the name best supported by roles, the title and the gazetteer prior.
5. Kinds of the same target merge into one Deal; the headline is the largest new amount, a
   running total ("portando il totale a…") stays in `amounts` only.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
import re._constants as _c
import re._parser as _sre_parser
from dataclasses import dataclass, field, replace
from datetime import datetime

from alerts.amounts import Amount, find_amounts, to_eur
from alerts.dates import stale_dates
from alerts.deals import KINDS, Deal
from alerts.parties import Gazetteer, RoleHit
from alerts.rules import DEFAULT_RULES, Rules
from alerts.text import (
    DESCRIPTION,
    RESUMED_VALUE,
    Line,
    Sentence,
    Span,
    sentences_of,
    separator_candidates,
    split_lines,
    trim,
    word_count,
)
from crawler.article import Article

# --------------------------------------------------------------------------------------------
# Compiled rules
# --------------------------------------------------------------------------------------------

_ACRONYM = re.compile(r"^[A-Z0-9.\\]+$")
_MONEY_NOUN = re.compile(r"invest|finanz|capital|tranche|sostegno finanziario|quota|raise|funding|stake|"
                         r"round|raccol|raccog", re.IGNORECASE)
_NAME_CATS = frozenset({"funding", "deal", "cverb", "excl", "round", "ai", "cum_total"})
_CHIPCLOUD_IN_PHRASE = re.compile(r"cloud|chip|GPU|TPU|addestramento|training|calcolo|hardware|acceleratori|"
                                  r"processori|server|infrastruttur|data center", re.IGNORECASE)
# a commitment to spend ("si è impegnato a spendere oltre 10 miliardi"): what is bought may be
# named in the title or the previous sentence rather than in the same sentence
_EQUITY_ENTRY = re.compile(r"\b(?:entra\w*|ingresso|entrat[oaie])\s+nel(?:la)?\s+capitale\b|"
                           r"\b(?:quota|partecipazione|investimento) di minoranza\b", re.IGNORECASE)
_WEAK_FUNDING = re.compile(r"guidat|co-?guidat|sottoscri|chiu|ottien|ottenut|incass|ha |mett|tranche|scommessa|"
                           r"finanziament|finanzia", re.IGNORECASE)
_EMPTY: frozenset[str] = frozenset()
_STALE: frozenset[str] = frozenset({"neg:stale_date"})   # a date well before publication (alerts.dates)
_PAST: frozenset[str] = frozenset({"neg:background"})     # a past month and year: its clause is background
_STATE_CATS = frozenset({"funding", "cverb", "excl", "deal"})     # the wording a statement needs
_COMPUTE_CATS = frozenset({"cobj", "scale"})                       # what is bought, or how much
_NOT_EXCL_VETOES = frozenset({"capex"})     # negative contexts that leave exclusivity standing
_TOPIC_NEGS = frozenset({"valuation", "revenue", "market", "market_cap", "fine"})
_CATAPHOR = re.compile(r"(?:tanto|tanti|tante|è quanto|ecco quanto|questa la cifra|questa è la cifra)\b",
                       re.IGNORECASE)
_ANAPHOR = re.compile(r"\b(?:cifra|somma|importo|ammontare|valore)\b|^\s*(?:È|E'|Ecco) quanto\b|"
                      r"^\s*(?:L[io]|Le)\s+(?:ha|hanno|avrebbe|avrebbero)\b|^\s*L['’](?:ha|hanno|avrebbe)",
                      re.IGNORECASE)
_FUND_SIZE = re.compile(r"\b(?:(?:fondo|fondi|veicolo)(?:\s+(?!fino\b|ha\b|hanno\b|investe\b|investito\b|che\b|perdut)"
                        r"[\w'’]+){0,3}?|dotazion\w*(?:\s+[\w'’]+){0,4}?)\s+(?:da|di|a|pari a|è di)\s*$",
                        re.IGNORECASE)
_PUBLIC_BODY = re.compile(r"\b(?:Commissione|Regione|Ministero|Mimit|Invitalia|EIC|Unione|Governo|Stato|Comune|"
                          r"Provincia|European|Europe|Europea|UE|Ue|EU|Simest|InvestAI|Horizon|Camera di Commercio)\b")
_BUY_VERB = r"(?:acquist|compr|spende|noleggi|pag)\w*"
# (or a commitment just signed: "servirà a onorare l'impegno appena firmato con il neocloud X")
_COMMITS_TO_BUY = re.compile(rf"\bimpegn\w*\s+(?:a|ad)\s+{_BUY_VERB}|\bimpegno\s+(?:\w+\s+){{0,2}}(?:firmato|siglato|"
                             r"sottoscritto)", re.IGNORECASE)
# what a purchase commitment buys and what it is for: the commitment's own description
_BOUGHT: frozenset[str] = frozenset({"neg:price", "neg:proceeds"})
_COMMIT_SPEND = re.compile(r"\bimpegn\w*\s+(?:a|ad)\s+\w+|\bspend\w*|\bspes[aoe]\b|\bassicurat[oaie]\b", re.IGNORECASE)


def _entry(pattern: str) -> str:
    """One vocabulary entry as a regex: spaces match any whitespace, acronyms keep their case
    ("AI" must not match the Italian preposition "ai")."""
    # (" ?" is an optional space: "gen ?AI" is "GenAI" too, "data ?center" is "datacenter")
    pattern = pattern.strip().replace(" ?", r"\s*").replace(" *", r"\s*").replace(" ", r"\s+")
    if _ACRONYM.match(pattern) or (len(pattern) <= 4 and pattern.isupper()):
        return f"(?-i:{pattern})"
    return pattern


def _alternation(entries: tuple[str, ...] | list[str]) -> str:
    uniq = sorted({_entry(e) for e in entries if e.strip()}, key=len, reverse=True)
    return "(?:" + "|".join(uniq) + ")" if uniq else r"(?!x)x"


def _bounded(alt: str) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w){alt}(?!\w)", re.IGNORECASE)


def _lower_source(e: str) -> str:
    """Lower-case a regex source, leaving escapes (\\w, \\d, \\s…) alone."""
    return re.sub(r"\\.|[A-ZÀ-Þ]", lambda m: m.group(0) if m.group(0).startswith("\\") else m.group(0).lower(), e)


_META = frozenset("\\()[]{}?*+|.^$ ")
_QUANT = frozenset("?*+{")
_WORD_CHAR = re.compile(r"\w")


def _literal_head(entry: str) -> int:
    """Length of the literal text an entry's regex source starts with ("invest(?!…)" → 6).

    A character followed by a quantifier is not literal ("gen ?ai" → "ge")."""
    i = 0
    while i < len(entry) and entry[i] not in _META:
        i += 1
    if 0 < i < len(entry) and entry[i] in _QUANT:
        i -= 1
    return i


def _trie(items: list[tuple[str, str]]) -> str:
    """An alternation of (literal head, regex tail) items, factored on the literal heads.

    Why: `re` tries every branch of an alternation; a branch that starts with a literal is
    skipped after one character comparison, so factoring the vocabulary into a trie of literal
    prefixes makes a position cost a few comparisons instead of hundreds of branch attempts.
    Exactly the same matches as the flat alternation in the items' order: items going to
    different children cannot both match (they differ in the next literal character), and
    an item with no literal head left stays between the groups it separated in that order.
    """
    alts: list[str] = []
    segment: dict[str, list[tuple[str, str]]] = {}

    def flush() -> None:
        for k, sub in segment.items():
            alts.append(re.escape(k) + _trie(sub))
        segment.clear()

    for lit, tail in items:
        if lit:
            segment.setdefault(lit[0], []).append((lit[1:], tail))
        else:
            flush()
            alts.append(tail)
    flush()
    if len(alts) == 1:
        return alts[0] if "|" not in alts[0] or alts[0].startswith("(?:") else f"(?:{alts[0]})"
    return "(?:" + "|".join(alts) + ")"


_DIGIT = "\\d"                  # first-character key standing for the class \\d
_WORD_SUFFIX = re.compile(r"\\w\+([^\W\d_]+)(?:\(\?:([^\W\d_]+)\)\?)?")   # "\w+rebbe(?:ro)?"


def _first_chars(entry: str) -> frozenset[str] | None:
    """The characters an entry's match can start with (`_DIGIT` for the class \\d), or None when
    that is not a small known set (a \\w class, an assertion, an empty match…).

    Why: entries that start with a group ("(?:fondat\\w*|nat[oaie]) … nel 20\\d\\d") have no literal
    head for the trie, so `re` tried each of them at every word start (half the vocabulary
    scan); dispatching them on their possible first characters skips them in one test.
    """
    try:
        parsed = _sre_parser.parse(entry)
    except re.error:
        return None
    first, nullable = _first_of(list(parsed))
    return None if first is None or nullable or not first else frozenset(first)


def _first_of(seq: list) -> tuple[set[str] | None, bool]:
    """(first characters, may match empty) of a parsed regex sequence; None = unknown."""
    out: set[str] = set()
    for op, av in seq:
        if op is _c.LITERAL:
            out.add(chr(av))
            return out, False
        if op is _c.IN:
            for iop, iav in av:
                if iop is _c.LITERAL:
                    out.add(chr(iav))
                elif iop is _c.CATEGORY and iav is _c.CATEGORY_DIGIT:
                    out.add(_DIGIT)
                else:
                    return None, False
            return out, False
        if op is _c.BRANCH:
            nullable = False
            for alt in av[1]:
                f, n = _first_of(list(alt))
                if f is None:
                    return None, False
                out |= f
                nullable = nullable or n
            if not nullable:
                return out, False
            continue
        if op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            lo, _hi, sub = av
            f, n = _first_of(list(sub))
            if f is None:
                return None, False
            out |= f
            if lo > 0 and not n:
                return out, False
            continue
        if op is _c.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if add_flags or del_flags:
                return None, False
            f, n = _first_of(list(sub))
            if f is None:
                return None, False
            out |= f
            if not n:
                return out, False
            continue
        return None, False
    return out, True


def _group_end(src: str, i: int) -> int:
    """Index just past the group opened at `src[i]` ("("), or -1 (escapes and classes skipped)."""
    depth = 0
    while i < len(src):
        c = src[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            j = src.find("]", i + 2)
            if j == -1:
                return -1
            i = j + 1
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return -1


def _top_alternatives(body: str) -> list[str]:
    """`body` split at its top-level "|" (not inside groups, classes or escapes)."""
    out, depth, start, i = [], 0, 0, 0
    while i < len(body):
        c = body[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i = body.find("]", i + 2) + 1 or len(body)
            continue
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(body[start:i])
            start = i + 1
        i += 1
    out.append(body[start:])
    return out


def _expand_head(entry: str, limit: int = 32) -> list[str] | None:
    """An entry that starts with a non-capturing group, as the ordered list of alternatives
    that start with a literal ("(?:si |s')?impegn…" → "si impegn…", "s'impegn…", "impegn…"),
    or None when it cannot be expanded within `limit` alternatives.

    Why: a backtracking alternation tries "(?:A|B)?R" exactly as "AR|BR|R", so the expansion
    matches the same text in the same order, and literal heads let the trie dispatch them.
    """
    if _literal_head(entry):
        return [entry]
    if not entry.startswith("(?:"):
        return None
    end = _group_end(entry, 0)
    if end == -1:
        return None
    optional = entry[end:end + 1] == "?" and entry[end + 1:end + 2] not in ("?", "+")
    if not optional and entry[end:end + 1] in ("*", "+", "{", "?"):
        return None
    rest = entry[end + 1:] if optional else entry[end:]
    alts = [a + rest for a in _top_alternatives(entry[3:end - 1])] + ([rest] if optional else [])
    out: list[str] = []
    for a in alts:
        sub = _expand_head(a, limit) if a else None
        if sub is None:
            return None
        out.extend(sub)
        if len(out) > limit:
            return None
    return out


def _dispatched(entries: list[str]) -> str:
    """Entries without a literal head, in order, each tried only where its first character can
    occur. Same matches as their flat alternation in this order: at a position only the entries
    whose first-character set contains the character there can match, and they keep their order
    (a run is cut at an entry with an unknown first character, which stays in place).

    "\\w+rebbe(?:ro)?" (any word ending in "rebbe"/"rebbero") is written as a possessive word
    plus look-behinds: the same match (the whole word: the vocabulary is followed by (?!\\w))
    without backtracking through every word of the text.
    """
    alts: list[str] = []
    run: list[tuple[str, frozenset[str]]] = []

    def flush() -> None:
        if not run:
            return
        keys = sorted({k for _, f in run for k in f})
        if _DIGIT in keys and any(k != _DIGIT and k.isdecimal() for k in keys):
            alts.extend(e for e, _ in run)        # overlapping keys: keep the flat order
        else:
            for k in keys:
                sub = [e for e, f in run if k in f]
                head = k if k == _DIGIT else re.escape(k)
                alts.append(f"(?={head})(?:{'|'.join(sub)})")
        run.clear()

    for e in entries:
        m = _WORD_SUFFIX.fullmatch(e)
        if m:
            flush()
            tails = [m.group(1) + m.group(2), m.group(1)] if m.group(2) else [m.group(1)]
            alts.append(r"\w++(?:" + "|".join(rf"(?<=\w{re.escape(t)})" for t in tails) + ")")
            continue
        f = _first_chars(e)
        if f is None:
            flush()
            alts.append(e)
        else:
            run.append((e, f))
    flush()
    return "|".join(alts)


def _dispatching(entries: list[str], *, ignore_case: bool) -> re.Pattern[str]:
    """One alternation of many entries, factored into a trie of their literal prefixes.

    Why: `re` tries every branch of an alternation at every position; with ~400 vocabulary
    entries that dominated detection time. Branches sorted by length (longest first, as
    before), then factored by `_trie` so a position is rejected after a couple of character
    tests; matching lower-cased text without IGNORECASE saves another third. A case-sensitive
    vocabulary whose entries all start with a literal (the acronyms) puts the word-boundary
    test after the first character, which lets `re` skip to candidate letters in C.
    """
    ordered = sorted(set(entries), key=len, reverse=True)
    if not ordered:
        return re.compile(r"(?!x)x")
    items = [(e[:_literal_head(e)], e[_literal_head(e):]) for e in ordered]
    # entries that start with a group or a class are tried after the lettered ones (as the
    # first-letter dispatch this replaces did: "si impegna" wins over "(?:si )?impegn… a …")
    lettered = [it for it in items if it[0]]
    unlettered = [lit + tail for lit, tail in items if not lit]
    items = lettered + [("", e) for e in unlettered]
    if ignore_case:
        # case-folded literals cannot be factored safely: keep the flat alternation
        alt = "|".join(ordered)
        return re.compile(rf"\b(?<!\w)(?:{alt})(?!\w)", re.IGNORECASE)
    if all(lit and _WORD_CHAR.match(lit[0]) and not lit[0].islower() for lit, _ in items):
        # first character, then "no word character before it" (the same test as the leading
        # `\b(?<!\w)`, since that character is a word character): a charset prefix for `re`
        heads: dict[str, list[tuple[str, str]]] = {}
        for lit, tail in items:
            heads.setdefault(lit[0], []).append((lit[1:], tail))
        alts = [re.escape(k) + r"(?<!\w.)" + _trie(v) for k, v in heads.items()]
        return re.compile(r"(?:" + "|".join(alts) + r")(?!\w)")
    if not unlettered:
        return re.compile(r"\b(?<!\w)" + _trie(items) + r"(?!\w)")
    # the unlettered entries, in order: expanded into lettered alternatives where possible
    # (a second trie), else dispatched on their first characters
    second: list[tuple[str, str]] = []
    rest: list[str] = []

    def flush_rest() -> None:
        if rest:
            second.append(("", _dispatched(rest)))
            rest.clear()

    deferred: set[str] = set()       # first characters of the entries waiting in `rest`
    for e in unlettered:
        expanded = _expand_head(e)
        if expanded is None:
            first = _first_chars(e)
            if first is None or _WORD_SUFFIX.fullmatch(e):
                flush_rest()
                second.append(("", _dispatched([e])))
                deferred.clear()
            else:
                rest.append(e)
                deferred |= first
            continue
        heads = [x[:_literal_head(x)] for x in expanded]
        # an entry waiting in `rest` may be tried after these only if no text can match both
        # at one position (different first characters: "\d…" and "fondat…")
        if any(h[0] in deferred or (_DIGIT in deferred and h[0].isdecimal()) for h in heads):
            flush_rest()
            deferred.clear()
        second.extend((h, x[len(h):]) for h, x in zip(heads, expanded, strict=True))
    flush_rest()
    # one trie for both lists: a word start is dispatched once (two tries tried in turn cost
    # twice); `_trie` keeps the items' order, so this is the same ordered alternation
    return re.compile(r"\b(?<!\w)" + _trie(lettered + second) + r"(?!\w)")


_WORD_START = r"\b(?<!\w)"
_Hit = tuple[int, int, str, frozenset[str]]
_APOS_ACCENT = re.compile(r"'(?<=[aeiou]')(?!\w)")       # starts with a literal: fast to search
_ACCENTED = {"a": "à ", "e": "è ", "i": "ì ", "o": "ò ", "u": "ù "}


def _apos_accents(lower: str) -> str:
    """"e' stato" → "è  stato" (same length): agency copy writes accents as apostrophes."""
    out: list[str] = []
    last = 0
    for m in _APOS_ACCENT.finditer(lower):
        i = m.start() - 1
        out.append(lower[last:i])
        out.append(_ACCENTED[lower[i]])
        last = m.end()
    if not out:
        return lower
    out.append(lower[last:])
    return "".join(out)


class Compiled:
    """A Rules object turned into regexes once (see `compiled()`)."""

    def __init__(self, rules: Rules) -> None:
        self.rules = rules
        cats: dict[str, tuple[str, ...]] = {
            "ai": rules.ai_terms, "ai_denial": rules.ai_denials, "ai_incidental": rules.ai_incidental,
            "funding": rules.funding_terms,
            "round": rules.round_terms, "deal": rules.deal_terms, "cverb": rules.compute_verbs,
            "cobj": rules.compute_objects, "scale": rules.scale_terms,
            "excl": rules.exclusivity_terms, "nonexcl": rules.non_exclusive_terms,
            "chipcloud": rules.chip_cloud_terms, "cond": rules.conditional_terms,
            "cum_total": rules.cumulative_total_terms, "cum_ctx": rules.cumulative_context_terms,
            "cum_raise": rules.cumulative_raise_terms,
            "new_money": rules.new_money_terms, "stop": rules.stop_phrases,
        }
        for name, entries in rules.negative_contexts.items():
            if name == "public_funding" and rules.public_funding:
                continue
            # "founding" phrases ("fondata nel 2022") only exist to hide their year from the
            # background cue: they are not a negative context themselves
            cats["founding" if name == "founding" else f"neg:{name}"] = tuple(entries)
        self.categories = cats
        # a phrase belongs to a category when the category matches it from its first word
        # ("accordo da" is a deal noun too; "fondata nel 2022" is not a background year)
        self.cat_res = {c: re.compile(_alternation(e) + r"(?!\w)", re.IGNORECASE) for c, e in cats.items()}
        every = {_entry(e) for entries in cats.values() for e in entries if e.strip()}
        acronyms = [e[5:-1] for e in every if e.startswith("(?-i:")]
        self.vocab_cased = _dispatching(acronyms, ignore_case=False)      # "AI", "LLM": case matters
        lower_entries = [_lower_source(e) for e in every if not e.startswith("(?-i:")]
        # "\w+rebbe(?:ro)?" tried last at every word start cost a fifth of the scan: when such
        # "word ending in …" entries come last in the alternation order, they are found
        # apart with a literal search and merged (`hits`), with the same result
        ordered = sorted(set(lower_entries), key=len, reverse=True)
        ordered = [e for e in ordered if _literal_head(e)] + [e for e in ordered if not _literal_head(e)]
        suffixes: list[str] = []
        while ordered and _WORD_SUFFIX.fullmatch(ordered[-1]):
            suffixes.insert(0, ordered.pop())
        # run on " " + text.lower(): the pattern starts by consuming the non-word character
        # before a word, so `re` skips in C to the next one instead of trying every position
        # (a tenth of the scan); the match text and offsets are read one character later
        lower_src = _dispatching(ordered, ignore_case=False).pattern
        self.vocab_lower = re.compile(r"\W\b(?:" + lower_src.removeprefix(_WORD_START) + ")") \
            if lower_src.startswith(_WORD_START) else re.compile(r"(?!x)x")
        self.word_suffix: re.Pattern[str] | None = None
        if suffixes:
            tails = []
            for e in suffixes:
                m = _WORD_SUFFIX.fullmatch(e)
                assert m is not None
                tails.append(re.escape(m.group(1)) + (f"(?:{re.escape(m.group(2))})?" if m.group(2) else ""))
            self.word_suffix = re.compile("(?:" + "|".join(tails) + r")(?!\w)")
        self.vocab = _dispatching(list(every), ignore_case=True)           # fallback: odd Unicode
        self.boilerplate = re.compile(_alternation(rules.boilerplate_lines), re.IGNORECASE)
        self.roundup = _bounded(_alternation(rules.roundup_title_terms))
        self.gazetteer = Gazetteer(rules)
        self._memo: dict[str, frozenset[str]] = {}
        self._sorted: dict[frozenset[str], tuple[str, ...]] = {}

    def sorted_cats(self, cats: frozenset[str]) -> tuple[str, ...]:
        """`tuple(sorted(cats))`, memoised (few distinct category sets; the trace lists hits
        category by category in this order)."""
        got = self._sorted.get(cats)
        if got is None:
            got = self._sorted[cats] = tuple(sorted(cats))
        return got

    def cats_of(self, matched: str) -> frozenset[str]:
        """The categories a matched phrase belongs to (memoised: the vocabulary is finite)."""
        got = self._memo.get(matched)
        if got is None:
            got = frozenset(c for c, r in self.cat_res.items() if r.match(matched))
            if "stop" in got:            # a deal word used in another sense: no cue at all
                got = _EMPTY
            if len(self._memo) > 50_000:
                self._memo.clear()
            self._memo[matched] = got
        return got

    def _with_word_suffixes(self, lower: str, out: list[_Hit]) -> list[_Hit]:
        """`out` plus the words matched by the trailing "\\w+rebbe(?:ro)?" entries, exactly as
        the full alternation would: a word whose start no other match covers, since the full
        scan tries these entries last at a word start and a match is always a whole word."""
        assert self.word_suffix is not None
        extra: list[_Hit] = []
        for m in self.word_suffix.finditer(lower):
            j = m.start()
            while j > 0 and (lower[j - 1].isalnum() or lower[j - 1] == "_"):
                j -= 1
            if j == m.start():
                continue
            k = bisect.bisect_right(out, (j, float("inf"))) - 1
            if k >= 0 and out[k][0] <= j < out[k][1]:
                continue
            word = lower[j:m.end()]
            extra.append((j, m.end(), word, self.cats_of(word)))
        return sorted(out + extra) if extra else out

    def hits(self, text: str) -> list[tuple[int, int, str, frozenset[str]]]:
        """Every vocabulary match in `text`: (start, end, phrase, categories)."""
        lower = text.lower()
        # agency copy writes accents as apostrophes ("e' stato", "societa'"): read them as the
        # accented letter plus a space, same length, so offsets stay those of `text`
        lower = _apos_accents(lower)
        if len(lower) != len(text):           # a character whose lower case changes length
            return [(m.start(), m.end(), m.group(0), self.cats_of(m.group(0)))
                    for m in self.vocab.finditer(text)]
        cats_of = self.cats_of
        out = [(m.start(), m.end() - 1, w, cats_of(w))
               for m in self.vocab_lower.finditer(" " + lower) for w in (m.group()[1:],)]
        if self.word_suffix is not None:
            out = self._with_word_suffixes(lower, out)
        cased = [(m.start(), m.end(), m.group(0), cats_of(m.group(0))) for m in self.vocab_cased.finditer(text)]
        if cased:
            out = sorted(out + cased)
        if any(h[3] is not _EMPTY and "neg:energy" in h[3] and text[h[0]].isupper() for h in out):
            out = _without_named_energy(text, out)
        return out


_NAME_BEFORE = re.compile(r"[A-ZÀ-ÖØ-Þ][\w&'’.-]*\s+$")


def _without_named_energy(text: str, hits: list[_Hit]) -> list[_Hit]:
    """Energy words inside a company's name ("il Gruppo Ferrante Energia sottoscrive…") are the
    name, not an energy context: a capitalised hit right after another capitalised word loses
    its energy category."""
    out = []
    for h in hits:
        if "neg:energy" in h[3] and text[h[0]].isupper() and _NAME_BEFORE.search(text, max(0, h[0] - 30), h[0]):
            h = (h[0], h[1], h[2], h[3] - {"neg:energy"})
        out.append(h)
    return out


_CACHE: dict[int, tuple[Rules, Compiled]] = {}


def compiled(rules: Rules) -> Compiled:
    """Compiled regexes for `rules`, built once per Rules object (cached by identity)."""
    got = _CACHE.get(id(rules))
    if got is not None and got[0] is rules:
        return got[1]
    comp = Compiled(rules)
    if len(_CACHE) > 32:
        _CACHE.clear()
    _CACHE[id(rules)] = (rules, comp)
    return comp


# --------------------------------------------------------------------------------------------
# The trace
# --------------------------------------------------------------------------------------------


@dataclass
class AmountNote:
    """One amount found in the article and what detection made of it."""

    amount: Amount
    zone: str
    sentence: int                 # index into Analysis.sentences
    eur: float                    # EUR-equivalent used for thresholds and the headline
    status: str                   # deal | cumulative | vetoed | converted | small | unattached | other-deal
    reason: str = ""


@dataclass
class SentenceTrace:
    """One sentence of the title, standfirst or body and the rules that fired in it."""

    sentence: Sentence
    lead: bool
    zone: str                     # sentence.zone and sentence.text, copied: read in every loop
    text: str
    hits: list[tuple[str, str]] = field(default_factory=list)        # (category, phrase)
    clause_cats: list[frozenset[str]] = field(default_factory=list)
    kinds: set[str] = field(default_factory=set)
    vetoes: list[str] = field(default_factory=list)                  # negative contexts seen
    conditional: bool = False
    roles: list[RoleHit] = field(default_factory=list)
    vendors: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    amounts: list[int] = field(default_factory=list)                 # indices into Analysis.amounts
    statement: bool = False
    ai: int = 0
    denied_ai: bool = False
    short_names: bool = False                                        # names expanded from short forms
    roles_pending: bool = False                                      # detect: roles not read yet
    note: str = ""


@dataclass
class Candidate:
    """A possible deal and why it was or was not raised."""

    target: str | None
    kinds: tuple[str, ...]
    counterparties: tuple[str, ...]
    amount: Amount | None
    amounts: tuple[Amount, ...]
    score: float
    evidence: tuple[str, ...]
    statements: tuple[int, ...]
    raised: bool
    reasons: tuple[str, ...]
    score_parts: dict[str, float] = field(default_factory=dict)

    def to_deal(self) -> Deal:
        return Deal(kinds=self.kinds, target=self.target, counterparties=self.counterparties,
                    amount=self.amount, amounts=self.amounts, score=self.score, evidence=self.evidence)


@dataclass
class Analysis:
    """Everything `analyse()` saw and decided; `deals` is what `detect()` returns."""

    article: Article
    lines: list[Line]
    sentences: list[SentenceTrace]
    amounts: list[AmountNote]
    target_scores: dict[str, float]
    candidates: list[Candidate]
    notes: list[str]
    roundup: bool = False

    @property
    def deals(self) -> list[Deal]:
        return [c.to_deal() for c in self.candidates if c.raised]


# --------------------------------------------------------------------------------------------
# Analysis
# --------------------------------------------------------------------------------------------


def detect(article: Article, rules: Rules = DEFAULT_RULES) -> list[Deal]:
    """The deals an article reports (usually zero or one). Pure; see `analyse` for the trace.

    Early exit (why: most crawled articles are not about deals, and a full analysis costs
    several times the vocabulary scan): a deal is raised only from a kept body sentence with a
    funding clause, an exclusivity clause, or a compute-verb clause in a sentence that also
    names a compute object (or a deal noun in a sentence with a scale of capacity). A body whose
    kept lines have no funding or exclusivity hit, not both a compute verb and a compute object,
    and not both a deal noun and a scale, cannot yield a deal. The lines and hits computed
    for this test are reused by the analysis.
    """
    comp = compiled(rules)
    body = article.text or ""
    if not body.strip():
        return []
    lines = _body_lines(comp, body)
    hits = comp.hits(body)
    cats: set[str] = set()
    kept = [(ln.start, ln.end) for ln in lines if ln.kept]
    k = 0
    for h in hits:
        while k < len(kept) and kept[k][1] <= h[0]:
            k += 1
        if k == len(kept):
            break
        if h[0] >= kept[k][0]:
            cats |= h[3]
    # a scale ("200.000 chip", "1 GW") names the compute object as well, and with a deal noun
    # states a commitment ("un accordo che le riserva un cluster di 1.024 GPU", see `_classify`)
    if not ("funding" in cats or "excl" in cats or ("cverb" in cats and ("cobj" in cats or "scale" in cats))
            or ("deal" in cats and "scale" in cats)):
        return []
    return _analyse(article, rules, (lines, hits), trace=False).deals


def analyse(article: Article, rules: Rules = DEFAULT_RULES) -> Analysis:
    """Full detection with its trace (what `explain` shows)."""
    return _analyse(article, rules, None, trace=True)


def _body_lines(comp: Compiled, body: str) -> list[Line]:
    rules = comp.rules
    return split_lines(body, comp.boilerplate, min_words=rules.min_sentence_words,
                       headline_words=rules.headline_line_words)


def _analyse(article: Article, rules: Rules, body_pre: tuple[list[Line], list[_Hit]] | None, *,
             trace: bool) -> Analysis:
    """`analyse`, reusing the body's lines and vocabulary hits when `detect` already has them.

    `trace=False` (detect) skips work whose result only shows in the trace and can change no
    decision: role patterns of body sentences that cannot state a deal. Every decision is
    taken by this same code in both modes."""
    comp = compiled(rules)
    sentences: list[SentenceTrace] = []
    notes_amounts: list[AmountNote] = []
    lines: list[Line] = []
    body_amounts: list[Amount] | None = None
    deferred_names: list[int] = []

    zones: list[tuple[str, str]] = [("title", article.title or "")]
    if article.description:
        zones.append(("description", article.description))
    zones.append(("body", article.text or ""))

    for zone, text in zones:
        if not text.strip():
            continue
        if zone == "body":
            lines = body_pre[0] if body_pre is not None else _body_lines(comp, text)
            kept = [ln for ln in lines if ln.kept]
            sents = []
            separators = separator_candidates(text)
            # detect: only a sentence with deal wording (`_STATE_CATS`) or an amount is split
            # into clauses. Every other reader of `clause_cats` asks whether some clause has a
            # category ("cobj", "chipcloud", "neg:public_funding"…), which one clause holding
            # the sentence's categories answers alike; clause-level verdicts (negative cues
            # vetoing deal wording or an amount, `_classify`, roles, exclusivity, non-exclusive
            # vs exclusive) all need deal wording or an amount in the sentence
            marks = None
            if not trace and body_pre is not None:
                body_amounts = find_amounts(text)
                marks = sorted([h[0] for h in body_pre[1] if h[3] & _STATE_CATS] + [a.start for a in body_amounts])
            substantive = 0          # the lead = the first N paragraphs of real length
            for i, ln in enumerate(kept):
                lead = substantive < rules.lead_paragraphs
                if ln.has_words(20):
                    substantive += 1
                sents.extend(sentences_of("body", ln.text, paragraph=i, offset=ln.start, lead=lead,
                                          separators=separators, marks=marks))
        else:
            sents = sentences_of(zone, text, headline_like=True, relative=zone == "title")
        _scan_zone(comp, text, zone, sents, sentences, notes_amounts, article.published,
                   body_pre[1] if zone == "body" and body_pre is not None else None, trace=trace,
                   amounts=body_amounts if zone == "body" else None,
                   deferred_names=None if trace else deferred_names)

    _mark_cumulative_by_value(notes_amounts)
    # deferred names are read from here on only: exclusivity from context looks at the names
    # of exclusivity sentences (never deferred), the rest comes after the statement test
    _exclusivity_from_context(sentences)
    roundup = bool(comp.roundup.search(article.title or ""))
    if not trace and not any(tr.statement for tr in sentences):
        # detect: with no deal statement there is no candidate (`_candidates`); names, target
        # scores and candidates only show in the trace
        return Analysis(article, lines, sentences, notes_amounts, {}, [], [], roundup)
    for i in deferred_names:
        sentences[i].names = _names_of(comp, sentences[i].text)
    _expand_short_names(comp, sentences)
    target_scores = _score_targets(comp, sentences)
    candidates = _candidates(comp, article, sentences, notes_amounts, target_scores, roundup)
    notes = []
    if not any(s.zone == "body" for s in sentences):
        notes.append("no body text: nothing can state a deal")
    return Analysis(article, lines, sentences, notes_amounts, target_scores, candidates, notes, roundup)


def _scan_zone(comp: Compiled, text: str, zone: str, sents: list[Sentence],
               out: list[SentenceTrace], amount_notes: list[AmountNote], published: datetime | None,
               hits: list[_Hit] | None = None, *, trace: bool = True,
               amounts: list[Amount] | None = None, deferred_names: list[int] | None = None) -> None:
    """Vocabulary hits, clause verdicts, kinds and amount verdicts for one zone.

    `deferred_names` (detect): body sentences whose names nothing reads during the scan (no
    compute verb or exclusivity wording: vendors) are listed there instead of named."""
    if hits is None:
        hits = comp.hits(text)
    if zone == "body" and published is not None and comp.rules.stale_after_days > 0:
        stale = stale_dates(text, published.date(), comp.rules.stale_after_days)
        if stale:
            hits = sorted(hits + [(a, b, phrase, _STALE if whole else _PAST) for a, b, phrase, whole in stale])
    starts = [h[0] for h in hits]
    shouting = zone != "body" and text.isupper()
    if amounts is None:
        amounts = find_amounts(text)
    astarts = [a.start for a in amounts]
    for s in sents:
        idx = len(out)
        lo, hi = bisect.bisect_left(starts, s.start), bisect.bisect_left(starts, s.end)
        shits = hits[lo:hi]
        if any(h[3] is _PAST for h in shits):
            s = _cut_at_past_dates(text, s, [h for h in shits if h[3] is _PAST])
        tr = SentenceTrace(s, zone != "body" or s.lead, s.zone, s.text)
        alo, ahi = bisect.bisect_left(astarts, s.start), bisect.bisect_left(astarts, s.end)
        if lo == hi and alo == ahi and zone == "body":
            # nothing fired and no money in a body sentence: every field keeps its empty default
            # (detect leaves such a sentence unsplit: one empty clause reads as several)
            tr.clause_cats = [_EMPTY] * len(s.clauses)
            out.append(tr)
            continue
        clause_cats: list[set[str]] = [set() for _ in s.clauses]
        single = len(s.clauses) == 1
        for h_start, _e, phrase, cats in shits:
            clause_cats[0 if single else _clause_index(s, h_start)] |= cats
            for c in comp.sorted_cats(cats):
                tr.hits.append((c, phrase))
        tr.clause_cats = [frozenset(c) for c in clause_cats]
        all_cats = frozenset().union(*tr.clause_cats) if tr.clause_cats else frozenset()
        if "neg:stale_date" in all_cats:      # the date dates the sentence, whichever clause holds it
            tr.clause_cats = [c | _STALE for c in tr.clause_cats]
        if all_cats & _BOUGHT and "cobj" in all_cats and "cverb" in all_cats and _COMMITS_TO_BUY.search(s.text):
            # "si impegna ad acquistare 250 milioni di dollari di processori … e licenze software", "…capacità
            # per 1,2 miliardi, una cifra che servirà ad addestrare i modelli": what a commitment buys
            # may include priced items, and what it is for may follow; they describe it, not veto it
            tr.clause_cats = [c - _BOUGHT for c in tr.clause_cats]
        tr.denied_ai = "ai_denial" in all_cats
        # (AI bought in or paid for by the round is not what the company does: "le risorse serviranno a
        # lanciare un configuratore che, grazie all'IA, suggerisce la taglia")
        tr.ai = 0 if tr.denied_ai or all_cats & _AI_INCIDENTAL else sum(1 for c, _ in tr.hits if c == "ai")
        tr.conditional = "cond" in all_cats
        # amounts of the sentence
        s_amounts = amounts[alo:ahi]
        # names only where they can matter (speed): title, standfirst, cue or money sentences
        # (a wire title in capitals, "IA: MEDIATEK ENTRA IN PARLAMI", has no names to read)
        if zone != "body" or s_amounts or all_cats & _NAME_CATS:
            if deferred_names is not None and zone == "body" and "cverb" not in all_cats \
                    and "excl" not in all_cats:
                deferred_names.append(idx)     # read only after the scan (see `_analyse`)
            else:
                tr.names = [] if shouting else _names_of(comp, s.text)
        if zone == "body" and not s_amounts and not all_cats & _STATE_CATS:
            # no deal wording and no amount: no roles, vendors, kind or statement (`_classify`
            # returns at once), so the rest of the loop would leave every field as it is
            out.append(tr)
            continue
        has_money = False
        money_clauses: set[int] = set()
        raised_clauses: set[int] = set()     # a raised sum beside a valuation (see `_amount_verdict`)
        clause_of = [_clause_index(s, a.start) for a in s_amounts]
        # clauses that state their running total ("…la raccolta complessiva arriva a 58 milioni"):
        # there, the other amounts are the new money ("con i 42 milioni della nuova operazione")
        totals = {ci for a, ci in zip(s_amounts, clause_of, strict=True) if "total" in a.qualifiers}
        for a, ci in zip(s_amounts, clause_of, strict=True):
            cats = tr.clause_cats[ci]
            if not cats & _STATE_CATS and ci + 1 < len(s.clauses) and _CATAPHOR.match(s.clauses[ci + 1].text):
                cats = tr.clause_cats[ci + 1]     # "Trenta milioni di euro: tanto ha raccolto X"
            elif ci and ":" in text[s.clauses[ci - 1].end:s.clauses[ci].start] and (
                    a.start - s.clauses[ci].start <= 3 or _VALUE_NOUN.fullmatch(text, s.clauses[ci].start, a.start)):
                # "Il primo è la valutazione: 6 miliardi di dollari", "Accordo quinquennale tra X e Y:
                # valore tra 300 e 400 milioni di euro"
                cats = cats | tr.clause_cats[ci - 1]
            elif ci >= 2 and a.start - s.clauses[ci].start <= 20 and RESUMED_VALUE.match(s.clauses[ci].text) \
                    and DESCRIPTION.match(s.clauses[ci - 1].text):
                # "…un accordo con CoreWeave, il fornitore americano di GPU, da 60 milioni di dollari": the
                # value of the clause the description interrupted
                cats = cats | tr.clause_cats[ci - 2]
            note = _amount_verdict(comp, a, cats, all_cats, zone, idx, text[max(s.start, a.start - 60):a.start],
                                   text[a.end:min(s.end, a.end + 30)],
                                   increment=ci in totals and "total" not in a.qualifiers)
            if note.status in ("deal", "unattached", "cumulative"):
                has_money = True
                money_clauses.add(ci)
                if note.reason is _RAISED_NEXT_TO_VALUATION:
                    raised_clauses.add(ci)
            tr.amounts.append(len(amount_notes))
            amount_notes.append(note)
        # roles of a body sentence matter only if it can state a deal (see `_classify`: a
        # clause with deal wording and no negative cue); the trace (analyse) shows them all
        # detect defers them further when nothing else reads them: they are computed when
        # `_classify` needs a target role to anchor a clause or when the sentence states a deal
        # (lead sentences and exclusivity clauses are read later: computed at once)
        deferred = False
        if zone != "body" or (all_cats & _STATE_CATS and (trace or any(
                c & _STATE_CATS and not _negs(c) for c in tr.clause_cats))):
            if trace or zone != "body" or s.lead or "excl" in all_cats:
                tr.roles = [] if shouting else comp.gazetteer.roles_in(tr.text)
            else:
                deferred = True
        elif all_cats & _STATE_CATS:
            # detect: every deal clause has a negative cue, yet an exclusivity may survive one
            # (`_NOT_EXCL_VETOES`): its roles are read then, as the trace reads them; a lead
            # sentence's are read if the public-funding test needs them (`_candidate`)
            deferred = tr.roles_pending = True
        # the previous sentence of the same body paragraph, which an anaphor or a commitment may read
        prev = out[-1] if zone == "body" and out and out[-1].zone == "body" \
            and out[-1].sentence.paragraph == s.paragraph else None
        told_before = False        # the sum stated by the sentence before ("Sette milioni. È quanto ha ottenuto X")
        if not has_money and prev is not None \
                and any(amount_notes[i].status == "unattached" for i in prev.amounts) and (
                    _ANAPHOR.search(s.text) or word_count(prev.text) <= 8):
            has_money = True      # "Quaranta miliardi. È la somma che X spenderebbe…"
            told_before = bool(_CATAPHOR.match(s.text) or _ANAPHOR.match(s.text))
        elif not has_money and prev is not None and _DEAL_BACKREF.match(s.text) and "funding" not in prev.kinds \
                and any(amount_notes[i].status == "deal" for i in prev.amounts):
            # "…un accordo con X da 60 milioni di dollari. In base all'intesa, Y acquisterà capacità di
            # calcolo…": the agreement just priced is what this sentence spells out, every clause of it
            # (not an investment: "X investirà 150 milioni in Y. In base all'accordo, Y userà solo…")
            has_money = True
            money_clauses.update(range(len(s.clauses)))
        deal_money = told_before or any(amount_notes[i].status == "deal" for i in tr.amounts)
        # context for a spending commitment whose object is named just before: the title,
        # the standfirst or the previous sentence of the same paragraph
        ctx_cobj = False
        if zone == "body" and deal_money and "cverb" in all_cats and "cobj" not in all_cats:
            ctx_cobj = any("cobj" in c for t in out if t.zone != "body" for c in t.clause_cats) or bool(
                prev is not None and any("cobj" in c for c in prev.clause_cats))
        cls_cats = all_cats
        if prev is not None and "scale" not in all_cats and _ANAPHOR.search(s.text) \
                and any("scale" in c for c in prev.clause_cats):
            # "Dodicimila GPU, per tre anni. È quanto si è assicurata X": the scale just stated
            cls_cats = all_cats | {"scale", "cobj"}
        # "…ha firmato un contratto per l'acquisto di capacità di calcolo. Il valore dell'accordo è di
        # 2 miliardi": the deal noun with the money names the purchase just stated
        prev_commit = bool(deal_money and "deal" in all_cats and prev is not None and any(
            "cverb" in c and not _negs(c) for c in prev.clause_cats) and any(
            c & _COMPUTE_CATS for c in prev.clause_cats))
        _classify(comp, tr, cls_cats, has_money, deal_money, money_clauses, ctx_cobj, deferred, prev_commit,
                  raised_clauses)
        if deferred and tr.kinds and not tr.roles:
            tr.roles, tr.roles_pending = comp.gazetteer.roles_in(tr.text), False
        if tr.kinds and (zone != "body" or s.headline_like):
            tr.note = "not a body sentence: supports the deal but cannot state it"
        # (a question states nothing: "State preparando il prossimo round?")
        tr.statement = bool(tr.kinds) and zone == "body" and not s.headline_like and not _QUESTION.search(s.text)
        if "cverb" in all_cats or "excl" in all_cats:
            tr.vendors = [n for n in tr.names if comp.gazetteer.is_vendor(n)]
        out.append(tr)


_FINITE = re.compile(r"\b(?:ha|hanno|è|sono|era|erano|aveva|avevano|avrà|avranno|sarà|saranno|avrebbe|"
                     r"avrebbero|sarebbe|sarebbero|risal\w*)\b", re.IGNORECASE)


def _cut_at_past_dates(text: str, s: Sentence, dates: list[_Hit]) -> Sentence:
    """`s` with each past date ("round seed del 2023", "a marzo 2025") that closes a verbless
    phrase after a comma in a clause of its own: it dates that phrase, not the sentence ("…e di Z,
    già presente nel capitale dal round seed del 2023"). A date in the main clause ("X ha chiuso a
    marzo 2025 un round", "L'ultimo round, una Serie C, risale a marzo 2024") dates its clause."""
    clauses = list(s.clauses)
    for start, _end, _phrase, _cats in dates:
        ci = next((i for i, c in enumerate(clauses) if start < c.end), len(clauses) - 1)
        c = clauses[ci]
        comma = text.rfind(",", c.start, start)
        # (not a bare time adverbial closing the sentence: "ha chiuso una Serie B, nel marzo 2025")
        if comma != -1 and not _FINITE.search(text, comma, c.end) and word_count(text[comma:c.end]) > 4:
            clauses[ci:ci + 1] = [Span(c.start, comma, text[c.start:comma]),
                                  Span(comma + 1, c.end, text[comma + 1:c.end])]
    return replace(s, clauses=tuple(clauses))


def _names_of(comp: Compiled, text: str) -> list[str]:
    """Gazetteer names, then the other capitalised names (owners for aliases), in order."""
    gz = comp.gazetteer
    names = gz.known_in(text)
    for n in gz.capitalised_in(text):
        n = gz.owner_of(n)
        if n not in names:
            names.append(n)
    return names


def _exclusivity_from_context(sentences: list[SentenceTrace]) -> None:
    """Exclusivity wording whose chips or cloud are named by the sentence before or after it in
    the same paragraph: "X sarà il fornitore unico di Y per tre anni. Niente AWS, niente Azure."

    Why: the exclusivity clause often names only the two companies, and the sentence next to
    it says what is exclusive (the cloud, the chips)."""
    for i, tr in enumerate(sentences):
        if tr.zone != "body" or "chip_exclusivity" in tr.kinds or tr.sentence.headline_like:
            continue
        if not any("excl" in c and "nonexcl" not in c and not _negs(c) for c in tr.clause_cats):
            continue
        para = tr.sentence.paragraph
        near = [sentences[j] for j in (i - 1, i + 1) if 0 <= j < len(sentences)
                and sentences[j].zone == "body" and sentences[j].sentence.paragraph == para]
        if any("chipcloud" in c for t in near for c in t.clause_cats) and len(tr.names) >= 2:
            tr.kinds.add("chip_exclusivity")
            tr.statement = True
            tr.note = "exclusivity: the chips or cloud are named by the next or previous sentence"


def _expand_short_names(comp: Compiled, sentences: list[SentenceTrace]) -> None:
    """A short form stands for the full name it shortens: "Quarzo" for "Quarzo AI",
    "Galvani" for "Galvani Semiconduttori" (the first full form met in the article wins).

    Why: articles introduce a company once by its full name and then drop the suffix; both
    forms must count as one party, reported by the full name. Well-known vendors and investors
    are left alone ("Google" is not "Google Cloud": the gazetteer already maps products)."""
    gz = comp.gazetteer
    longs: dict[str, str] = {}
    for tr in sentences:
        for n in tr.names:
            if " " in n and not _product_name(tr.text, n):
                # every shorter form: "Thinking" and "Thinking Machines" for "Thinking Machines Lab"
                words = n.split()
                for k in range(1, len(words)):
                    longs.setdefault(" ".join(words[:k]), n)
    if not longs:
        return
    alias: dict[str, str] = {}
    for tr in sentences:
        for n in tr.names:
            full = longs.get(n)
            if full and full != n and gz.kind_of(n) in ("unknown", "lab") and gz.kind_of(full) in ("unknown", "lab") \
                    and gz.owner_of(full) == full:
                alias[n] = full
    for n, full in alias.items():           # "Sibilla" → "Sibilla Tech" → "Sibilla Tech S.r.l."
        seen = {n}
        while full in alias and alias[full] not in seen:
            seen.add(full)
            full = alias[full]
        alias[n] = full
    if not alias:
        return
    for tr in sentences:
        if any(n in alias for n in tr.names):
            names: list[str] = []
            for n in tr.names:
                n = alias.get(n, n)
                if n not in names:
                    names.append(n)
            tr.names = names
            tr.short_names = True
        if any(h.name in alias for h in tr.roles):
            tr.roles = [RoleHit(alias.get(h.name, h.name), h.role, h.pattern) for h in tr.roles]
        if any(v in alias for v in tr.vendors):
            tr.vendors = [alias.get(v, v) for v in tr.vendors]


_PRODUCT_BEFORE = re.compile(r"\b(?:prodott\w*|piattaform\w*|app|applicazion\w*|software|servizi?o?|soluzion\w*|"
                             r"assistente|chatbot|strumento|tool|modell\w*)\b[^.;:]{0,25}$", re.IGNORECASE)


def _product_name(text: str, name: str) -> bool:
    """A name the sentence introduces as a product: "il prodotto di punta si chiama Lumenara
    Review", "la piattaforma Quarzo Studio" (the company is the shorter name)."""
    i = text.find(name)
    return i > 0 and bool(_PRODUCT_BEFORE.search(text, max(0, i - 40), i))


def _clause_index(s: Sentence, pos: int) -> int:
    for i, c in enumerate(s.clauses):
        if pos < c.end:
            return i
    return len(s.clauses) - 1


_NEGS_MEMO: dict[frozenset[str], tuple[str, ...]] = {}


def _negs(cats: frozenset[str]) -> tuple[str, ...]:
    """The negative contexts among `cats`, sorted (memoised: few distinct category sets)."""
    got = _NEGS_MEMO.get(cats)
    if got is None:
        if len(_NEGS_MEMO) > 20_000:
            _NEGS_MEMO.clear()
        got = _NEGS_MEMO[cats] = tuple(sorted(c[4:] for c in cats if c.startswith("neg:")))
    return got


def _amount_verdict(comp: Compiled, a: Amount, clause: frozenset[str], sentence: frozenset[str],
                    zone: str, idx: int, before: str = "", after: str = "", *,
                    increment: bool = False) -> AmountNote:
    """What an amount is, judged by its own clause: new deal money, a running total, or not
    deal money at all (valuation, revenue, fine… in the same clause)."""
    rules = comp.rules
    eur = to_eur(a, rules.fx)
    note = AmountNote(a, zone, idx, eur, "unattached")
    negs = _negs(clause)
    if "converted" in a.qualifiers:
        note.status, note.reason = "converted", "restates another amount in a second currency"
    elif ("cum_total" in clause or "total" in a.qualifiers) and (
            "cum_ctx" in clause or ("cum_raise" in clause and "new_money" not in clause)) \
            and "additional" not in a.qualifiers and not increment:
        # ("il capitale raccolto dalla startup sale a oltre 20 milioni": the total in its qualifier)
        # ("altri 200 milioni, l'impegno complessivo sale a mezzo miliardo": the additional
        # amount is the new money, only the other one is the running total)
        note.status, note.reason = "cumulative", "running total of the relationship (total + context)"
    elif negs == ("valuation",) and _RAISED_BEFORE.search(before) and not _VALUATION_AFTER.match(after):
        # "ha raccolto 20 milioni in un round che valuta la società 150 milioni", "has raised $200m at a
        # $1.5bn valuation": the sum right after the raising verb is the round, the other the valuation
        note.status, note.reason = "deal", _RAISED_NEXT_TO_VALUATION
    elif negs:
        note.status, note.reason = "vetoed", "negative context: " + ", ".join(negs)
    elif before and _FUND_SIZE.search(before):
        # "il secondo fondo da 180 milioni", "una dotazione di 300 milioni": the investor's
        # fund, not the round (only the amount is vetoed: the clause may still state the deal)
        note.status, note.reason = "vetoed", "size of an investor's fund"
    elif not clause & {"funding", "cverb", "round", "excl"} and (
            negs := [n for n in _negs(sentence) if n in _TOPIC_NEGS]):
        # "La valutazione non è stata comunicata, ma fonti vicine all'operazione parlano di 2,5
        # miliardi": with no deal verb of its own, the clause speaks of the sentence's topic
        note.status, note.reason = "vetoed", "negative topic of the sentence: " + ", ".join(negs)
    elif eur < rules.min_amount_eur and not ("round" in sentence and eur >= rules.small_round_floor_eur):
        note.status, note.reason = "small", f"below min_amount_eur ({rules.min_amount_eur:,.0f})"
    elif clause & {"funding", "deal", "cverb", "round"}:
        note.status, note.reason = "deal", "deal wording in the same clause"
    else:
        note.reason = "no deal wording in its clause"
    return note


def _classify(comp: Compiled, tr: SentenceTrace, all_cats: frozenset[str], has_money: bool,
              deal_money: bool, money_clauses: set[int], ctx_cobj: bool = False,
              roles_deferred: bool = False, prev_commit: bool = False,
              raised_clauses: set[int] | frozenset[int] = frozenset()) -> None:
    """Deal kinds stated by one sentence; negative cues veto the clause they sit in.

    Funding words are everywhere in business news ("gli investitori", "gli investimenti"), so a
    funding clause states a deal only with an anchor: deal money in the sentence, a round word,
    or a company in the target role ("X raccoglie", "investe … in X").
    """
    if not all_cats & _STATE_CATS:
        return                # no clause has deal wording: no kind, no veto to record
    has_scale = "scale" in all_cats
    pending = [roles_deferred]

    def anchored() -> bool:
        # deal money, or a company in the target role (roles computed on first need)
        if deal_money:
            return True
        if pending[0]:
            pending[0] = tr.roles_pending = False
            tr.roles = comp.gazetteer.roles_in(tr.text)
        # (or a named investor entering the capital: "AMD entra nel capitale della società con un
        # investimento di minoranza", the company being the article's subject)
        return any(h.role == "target" for h in tr.roles) or (
            any(h.role == "investor" for h in tr.roles) and bool(_EQUITY_ENTRY.search(tr.text)))

    def exclusive(cats: frozenset[str]) -> bool:
        # the chip or cloud named by a word, in the exclusivity phrase, or by a chip maker's or
        # cloud's name ("prevede che Nvidia sia il fornitore esclusivo della piattaforma di bordo")
        return "excl" in cats and "nonexcl" not in all_cats and ("chipcloud" in all_cats or any(
            c == "excl" and _CHIPCLOUD_IN_PHRASE.search(p) for c, p in tr.hits) or any(
            comp.gazetteer.is_vendor(n) and not _context_name(tr.text, n) for n in tr.names))
    for ci, cats in enumerate(tr.clause_cats):
        negs = _negs(cats)
        # (a valuation beside the sum raised, "ha raccolto 20 milioni in un round che valuta la società
        # 150 milioni": the raised sum survived its clause's valuation, see `_amount_verdict`)
        if negs and cats & {"funding", "cverb", "excl", "deal"} \
                and not (negs == ("valuation",) and ci in raised_clauses):
            tr.vetoes.extend(n for n in negs if n not in tr.vetoes)
            # "il fornitore esclusivo degli acceleratori per la sua infrastruttura": the company's
            # own infrastructure vetoes its spending, not the choice of its sole supplier
            if set(negs) <= _NOT_EXCL_VETOES and exclusive(cats):
                tr.kinds.add("chip_exclusivity")
            continue
        # a bare verb ("ottiene", "chiude") with a name is not enough: with no deal money the
        # clause must also name the money (round, investimento, capitale…). The money-noun
        # regex runs last and only when it decides (it was a tenth of detection time).
        # "un contratto mai sottoscritto", "la società guidata da X": next to what compute buys,
        # only equity wording (round, investimento, capitale…) makes it funding ("ottiene 18k
        # GPU, con la prima tranche nel 2026"; "una prima tranche vincolante da 4 miliardi copre
        # il 2026 … nuova capacità nei suoi data center": a contract's instalment)
        weak_only = "cobj" in all_cats and not any(
            c == "funding" and not _WEAK_FUNDING.match(p) for c, p in tr.hits)
        if "funding" in cats and not weak_only and ("round" in cats or (anchored() and (
                deal_money or _MONEY_NOUN.search(tr.sentence.clauses[ci].text)))):
            tr.kinds.add("funding")
        # a scale ("10 gigawatt", "4.096 GPU") names what is bought as well as how much
        # ("…che a sua volta si impegna ad adottare gli acceleratori X come piattaforma principale":
        # the commitment of an exclusivity clause buys nothing unless that clause has money or a scale)
        if "cverb" in cats and ((("cobj" in all_cats or has_scale) and (has_money or has_scale or anchored())) or (
                ctx_cobj and _COMMIT_SPEND.search(tr.sentence.clauses[ci].text))) and not (
                "excl" in cats and ci not in money_clauses and "scale" not in cats):
            tr.kinds.add("compute_commitment")
        # "una lettera d'intenti per 10 gigawatt di sistemi X": a deal noun with a scale of
        # capacity is a commitment to that capacity
        if "deal" in cats and (has_scale or (prev_commit and ci in money_clauses)):
            tr.kinds.add("compute_commitment")
        if exclusive(cats):
            tr.kinds.add("chip_exclusivity")
        if "deal" in cats and has_money:
            tr.kinds.add("deal")
    if "chip_exclusivity" in tr.kinds and not has_money and not has_scale:
        # "si impegna a usare X come fornitore cloud esclusivo": an exclusivity clause with no
        # amount or scale of capacity binds the company to a vendor, it buys no stated capacity
        tr.kinds.discard("compute_commitment")


def _mark_cumulative_by_value(notes: list[AmountNote]) -> None:
    """An amount equal to a known running total is that total again ("8 miliardi" in a title
    restating "portando il totale a 8 miliardi")."""
    totals = [(n.amount.value, n.amount.currency) for n in notes if n.status == "cumulative"]
    for n in notes:
        if n.status in ("deal", "unattached") and "additional" not in n.amount.qualifiers and any(
                v == n.amount.value and (c == n.amount.currency or c is None or n.amount.currency is None)
                for v, c in totals):
            n.status, n.reason = "cumulative", "same value as a running total stated elsewhere"


# --------------------------------------------------------------------------------------------
# Target and candidates
# --------------------------------------------------------------------------------------------


_BUYS_AFTER = re.compile(rf"\s+(?:si\s+(?:è\s+|sono\s+)?|(?:è|sono)\s+)impegn\w*\s+(?:a|ad)\s+{_BUY_VERB}|"
                         r"\s+(?:acquisterà|comprerà|noleggerà)\b")


def _buys(text: str, name: str) -> bool:
    """`name` is the subject of an explicit purchase commitment: "X si impegna ad acquistare"."""
    i = text.find(name)
    return i >= 0 and bool(_BUYS_AFTER.match(text, i + len(name)))


def _count_word(text: str, word: str) -> int:
    """Occurrences of `word` as a whole word ("Verba" is not counted inside "Verbalia"); str.find
    rather than a regex compiled per name and article."""
    count = i = 0
    while (i := text.find(word, i)) != -1:
        end = i + len(word)
        if (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")) and (
                end == len(text) or not (text[end].isalnum() or text[end] == "_")):
            count += 1
        i = end
    return count


def _score_targets(comp: Compiled, sentences: list[SentenceTrace]) -> dict[str, float]:
    """How strongly each name looks like the company receiving the money / committing."""
    gz = comp.gazetteer
    vendor_suffixes = set(comp.rules.vendor_suffixes)
    investor_suffixes = set(comp.rules.investor_suffixes)
    score: dict[str, float] = {}
    eligible: set[str] = set()

    def add(name: str, v: float) -> None:
        score[name] = score.get(name, 0.0) + v

    body = " ".join(tr.text for tr in sentences if tr.zone == "body")
    for tr in sentences:
        zone_w = {"title": 2.0, "description": 1.5}.get(tr.zone, 1.0)
        if tr.zone != "body":
            speaker = _interview_speaker(tr)
            for i, n in enumerate(tr.names):
                if n == speaker:
                    continue
                if _context_name(tr.text, n):
                    eligible.add(n)
                    continue
                add(n, 2.0 if tr.zone == "title" else 1.0)
                if i == 0 and tr.zone == "title":
                    add(n, 0.5)
                eligible.add(n)
        if not (tr.statement or tr.zone != "body"):
            continue
        lead_w = 1.0 if tr.lead else 0.5
        # with no funding wording, a sentence about compute names no investor: "OpenAI raddoppia
        # in Norvegia: … 20.000 GPU di X" doubles a purchase (raddoppia, punta su, rilancia are
        # the buyer's verbs there; the name stays a counterparty candidate for the candidates)
        cats = frozenset().union(*tr.clause_cats) if tr.clause_cats else _EMPTY
        compute_only = "funding" not in cats and bool(cats & _COMPUTE_CATS)
        # "AMD ha firmato con Atlante un accordo di fornitura per 24.000 acceleratori": when a chip
        # maker is the subject of a compute deal, its partner is the buyer (not so for a cloud,
        # which buys capacity too: "Microsoft ha firmato con Nebius un contratto per GPU")
        buyers = {h.name for h in tr.roles if h.role == "vendor" and gz.kind_of(h.name) != "vendor"} \
            if compute_only and any(h.role == "target" and h.name in gz.chips for h in tr.roles) else set()
        for h in tr.roles:
            if h.role == "target" and not (buyers and h.name in gz.chips):
                # the subject of an explicit purchase ("Microsoft si impegna ad acquistare … GPU che
                # GridHash installerà") is the buyer, whoever the title's subject is: the seller
                # of capacity often heads the story ("GridHash firma con Microsoft")
                add(h.name, 3.0 * zone_w * lead_w + (8.0 if compute_only and _buys(tr.text, h.name) else 0.0))
                eligible.add(h.name)
            elif h.role == "investor" and not compute_only:
                add(h.name, -3.0 * zone_w * lead_w)
            elif h.role == "vendor" and h.name in buyers:
                add(h.name, 3.0 * zone_w * lead_w)
                eligible.add(h.name)
            elif h.role == "vendor" and tr.vendors:
                add(h.name, -1.0)
        if _SUPPLIER_HINT.search(tr.text) and any("cverb" in c or "excl" in c for c in tr.clause_cats):
            # "ha firmato con il fornitore nordico Borealis Cloud": the company called the
            # supplier (fornitore, provider, operatore cloud…) of a compute deal is the vendor
            for n in tr.names:
                if _supplier_name(tr.text, n):
                    add(n, -2.0)
        if tr.statement:
            for n in tr.names:
                if compute_only and gz.kind_of(n) == "vendor":
                    continue           # "Azure sarà anche il suo cloud principale": the supplier
                add(n, 0.5 * lead_w)
                if gz.kind_of(n) == "lab":
                    eligible.add(n)
    for n in list(score):
        add(n, min(_count_word(body, n), 5) * 0.3)
        kind = gz.kind_of(n)
        last = n.rsplit(" ", 1)[-1]
        if kind == "unknown" and last in vendor_suffixes:
            kind = "vendor"                  # "Tessellate Semiconductors Inc.", "Lario Data Campus"
        elif kind == "unknown" and last in investor_suffixes and " " in n:
            kind = "investor"                # "Arcipelago Ventures SGR", "Tevere Capital"
        add(n, {"lab": 1.5, "vendor": -1.0, "investor": -2.0}.get(kind, 0.0))
    return {n: round(v, 2) for n, v in sorted(score.items(), key=lambda kv: -kv[1]) if n in eligible}


_CONTEXT_BEFORE = re.compile(r"\b(?:(?:sfida\w*|contro|rival\w* di|concorrent\w* di|alternativ[aoie] a|anti-?|"
                             r"rispetto a|"
                             r"emul\w*|insegu\w*|rincorr\w*|battere|superare)"
                             r"|(?:dopo|come|oltre a)\s+(?:il successo|l'exploit|il caso|il fenomeno|la lezione)\s+"
                             r"(?:di|del|della))\s*$", re.IGNORECASE)


_PRIMARY = re.compile(r"principal|primari|preferit|preferenzial|privilegiat|di riferimento|primary|preferred",
                      re.IGNORECASE)
_FIRST_PERSON = re.compile(r"(?:[RD]\s*[:.]\s*|[«\"“]\s*)?(?:\w+\s+){0,3}?(?:abbiamo|ci siamo|siamo stati|"
                           r"stiamo|chiudiamo|firmiamo|raccogliamo)\b", re.IGNORECASE)
_AI_NAME = re.compile(r"\b(?:AI|IA|A\.I\.|Intelligence|Intelligenza|Neural\w*|Cognitiv\w*|Reasoning)\b")
# a denial that did not happen: "non ha smentito", "nessuno, per ora, ha smentito", "nessuna smentita"
_NEITHER = re.compile(r"\b(?:non|né)\s+(?:ha\s+|hanno\s+)?smenti\w*|\bnessun\w*\b[^.;]{0,40}?\bsmenti\w*|"
                      r"\bsenza\s+(?:alcuna\s+)?smentit\w*", re.IGNORECASE)
_INTERVIEW_TITLE = re.compile(r"\s*([A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,2})\s*\([^()]{2,60}\)\s*:")
_VALUE_NOUN = re.compile(r"(?:(?:il|un)\s+)?(?:valore|importo|controvalore|ammontare)(?:\s+(?:complessivo|totale))?"
                         r"(?:\s+(?:di|da|pari a|intorno a))?\s*", re.IGNORECASE)
_RAISED_BEFORE = re.compile(r"\b(?:raccolt[oiae]|raccoglie|raccolgono|incassat[oiae]|incassa|ottenut[oiae]|ottiene|"
                            r"raised|raises|raising|secured|secures)\s+(?:(?:circa|oltre|quasi|about|nearly|over)\s+)?$")
_RAISED_NEXT_TO_VALUATION = "raised, next to a valuation of another amount"
_VALUATION_AFTER = re.compile(r"\W*(?:di |of )?(?:valutazione|valuation|post-money|pre-money)\b", re.IGNORECASE)
_AI_INCIDENTAL = frozenset({"ai_incidental", "neg:proceeds"})
_ANY = re.compile("")
_NOT_OPTIONS = re.compile(r"(?!warrant|opzion|stock option)", re.IGNORECASE)
_LISTING = re.compile(r"ipo\b|quotazion|quotars|euronext|ammission|offerta pubblica|debutto in borsa", re.IGNORECASE)
_DEAL_BACKREF = re.compile(r"\s*(?:(?:In base|Grazie|In virtù|In forza) (?:all['’]|al )|Con l['’]|Con il |"
                           r"Secondo l['’]|Nell['’]|Nel |Per l['’])(?:intesa|accordo|contratto|patto)\b|"
                           r"\s*(?:L['’](?:intesa|accordo)|Il (?:contratto|patto)) prevede\b")
_QUESTION = re.compile(r"\?[»”\x22')\s]*$")
_LIST_ITEM = re.compile(r"\s*[-•–*·]\s")
_ANAPHORIC_SUBJECT = re.compile(r"(?:(?:Ieri|Oggi|Stamattina|Stamani|Nei giorni scorsi|In settimana|"
                                r"Questa settimana|Intanto|Nel frattempo|Inoltre|Ora|Adesso|Così|"
                                # "Per addestrarlo la società viterbese ha prenotato…"
                                r"Per [a-zà-ú]+(?:rlo|rla|rli|rle|re)),?\s+)?"
                                r"(?:La|Il|L'|L’|Lo|la|il|l'|lo)\s*(?:giovane\s+|nuova\s+)?(?:startup|società|azienda|scale-?up|"
                                r"laboratorio|impresa|compagnia|spin-?off|gruppo|realtà)\b")


# a sentence opening with its verb: the subject is the previous sentence's
_NO_SUBJECT = re.compile(r"(?:Si\s+(?:è|sono)|Ha|Hanno|Avrebbe|Avrebbero|Ha\s+anche|Ha\s+inoltre)\s+[a-zà-ú]")


_SUPPLIER_BEFORE = re.compile(r"\b(?:fornitor\w*|provider|hyperscaler|operator\w* (?:cloud|di (?:data center|cloud))|"
                              r"gestore (?:di|del) (?:cloud|data center))(?:\s+[a-zà-ú]+){0,2}\s+$", re.IGNORECASE)


_SUPPLIER_HINT = re.compile(r"fornitor|provider|hyperscaler|operator|gestore", re.IGNORECASE)
_VENDOR_BEFORE = re.compile(r"\b(?:con|da|dal|dalla)\s+$")


def _supplier_name(text: str, name: str) -> bool:
    """A name introduced as the supplier: "il fornitore nordico X", "dal provider X"."""
    i = text.find(name)
    return i > 0 and bool(_SUPPLIER_BEFORE.search(text, max(0, i - 50), i))


def _context_name(text: str, name: str) -> bool:
    """A name the sentence uses as a yardstick, not as a party: "per sfidare DeepSeek",
    "dopo il successo di X", "un'alternativa a X", "come X"."""
    i = text.find(name)
    return i > 0 and bool(_CONTEXT_BEFORE.search(text, max(0, i - 40), i))


def _candidates(comp: Compiled, article: Article, sentences: list[SentenceTrace],
                notes: list[AmountNote], target_scores: dict[str, float], roundup: bool) -> list[Candidate]:
    statements = [i for i, tr in enumerate(sentences) if tr.statement]
    if not statements:
        return []
    if roundup:
        targets = []
        for i in statements:
            for h in sentences[i].roles:
                if h.role == "target" and h.name not in targets:
                    targets.append(h.name)
        return [_candidate(comp, article, sentences, notes, t, statements, {t: 1.0}, roundup=True)
                for t in targets] or [_candidate(comp, article, sentences, notes, None, statements,
                                                 target_scores, roundup=True)]
    best = next((t for t, v in target_scores.items() if v > 0), None)
    if best is None:
        best = _introduced_company(comp.gazetteer, sentences)
    # when every statement gives the target role to another company ("Ondine e la scommessa su
    # AMD" + "AMD ha investito 120 milioni in Ondine"), the statements know the target better
    named = [[h.name for h in sentences[i].roles if h.role == "target"] for i in statements]
    if best is not None and all(n and best not in n for n in named):
        votes = [n for names in named for n in names if target_scores.get(n, 0.0) > 0]
        if votes:
            best = max(votes, key=votes.count)        # the most named; the earliest on a tie
    return [_candidate(comp, article, sentences, notes, best, statements, target_scores, roundup=False)]


_INTRODUCED = re.compile(r"(?:\b[Ss]i chiama|\b(?:ha|hanno) (?:fondato|creato|lanciato|avviato|inventato)|"
                         r"\b[Ll]['’]idea è di)\s+(?P<n>[A-ZÀ-Þ][\w.&'’-]*(?:\s+[A-ZÀ-Þ][\w.&'’-]*){0,3})|"
                         r"(?P<m>[A-ZÀ-Þ][\w.&'’-]*(?:\s+[A-ZÀ-Þ][\w.&'’-]*){0,3}),\s+(?:una|la)\s+(?:giovane\s+|"
                         r"piccola\s+)?(?:startup|azienda|società|impresa|scale-?up)\b")


def _introduced_company(gz: Gazetteer, sentences: list[SentenceTrace]) -> str | None:
    """The one company a story's lead introduces ("A Pescara tre ragazze hanno creato Riveste,
    una startup che…", "L'app si chiama Scirocco", "Rotta AI, una giovane azienda triestina"): no
    place, person, public body, investor or chip and cloud vendor. None when several or none."""
    found: set[str] = set()
    for tr in sentences:
        if tr.zone != "body" or not tr.lead:
            continue
        for m in _INTRODUCED.finditer(tr.text):
            n = gz.normalise(m.group("n") or m.group("m"))
            if n is None or _PUBLIC_BODY.search(n) or gz.kind_of(n) in ("investor", "vendor") or any(
                    h.name == n and h.role in ("investor", "vendor") for t in sentences for h in t.roles):
                continue
            found.add(n)
    return found.pop() if len(found) == 1 else None


def _about_other(tr: SentenceTrace, target: str | None) -> str | None:
    """The other company a statement is about, when its subject is clearly not the target."""
    targets = {h.name for h in tr.roles if h.role == "target"}
    if target is None or not targets or target in targets:
        return None
    if target in {h.name for h in tr.roles if h.role == "investor"}:
        return ", ".join(sorted(targets))
    return ", ".join(sorted(targets))


def _interview_speaker(tr: SentenceTrace) -> str | None:
    """The person an interview's title opens with: "Sartori (Lumen Cognitiva): «…»"."""
    m = _INTERVIEW_TITLE.match(tr.text) if tr.zone == "title" else None
    return m.group(1) if m else None


def _first_named(tr: SentenceTrace) -> str:
    """The name a sentence mentions first (`names` lists gazetteer names before the others; a
    name not found verbatim — an alias expanded from a short form — sorts last), the speaker of
    an interview's title aside."""
    def position(n: str) -> int:
        i = tr.text.find(n)
        return i if i >= 0 else len(tr.text)
    speaker = _interview_speaker(tr)
    return min([n for n in tr.names if n != speaker] or tr.names, key=position)


def _named(sentences: list[SentenceTrace], used: list[int], target: str) -> bool:
    """Does a deal statement name the target? Directly, through an earlier sentence of the same
    paragraph ("Mistral AI accelera. La startup parigina ha annunciato un round…"), or through a
    title that gives it the target role when the statement is in the lead."""
    title_role = any(h.role == "target" and h.name == target
                     for tr in sentences if tr.zone != "body" for h in tr.roles)
    # "Ipazia AI, quattro anni di GPU da X" + "La società milanese ha firmato…": a lead
    # statement whose subject is an anaphor speaks of the company the title opens with
    # (only when the title or standfirst speaks of a deal in a clause free of negative cues:
    # "X, ricavi a 4 miliardi" + "Il gruppo ha confermato investimenti…" is not X's deal)
    title_first = next((_first_named(tr) for tr in sentences if tr.zone == "title" and tr.names), None) == target \
        and any(c & (_STATE_CATS | {"cobj"}) and not _negs(c) for tr in sentences if tr.zone != "body"
                for c in tr.clause_cats)
    for i in used:
        tr = sentences[i]
        if target in tr.names or any(h.name == target for h in tr.roles):
            return True
        if title_role and tr.lead:
            return True
        # (in an interview the company speaks in the first person: "R: Abbiamo chiuso un round")
        if title_first and (_ANAPHORIC_SUBJECT.match(tr.text) or _FIRST_PERSON.match(tr.text)):
            return True
        if (_ANAPHORIC_SUBJECT.match(tr.text) or _NO_SUBJECT.match(tr.text)) and i > 0 \
                and sentences[i - 1].zone == "body" and target in sentences[i - 1].text:
            # "Reflection AI vuole cambiare le cose. ¶ La startup, fondata nel 2024, ha raccolto…",
            # "Orma ha deciso di farsi il suo supercomputer. ¶ Si è impegnata ad acquistare…"
            return True
        # the earlier sentences of its paragraph; for a list item ("- un round di Serie B da…"),
        # the items before it and the line that introduces the list ("Sibilla ha annunciato:")
        item = bool(_LIST_ITEM.match(tr.text))
        j = i - 1
        while j >= 0 and sentences[j].zone == "body":
            prev = sentences[j]
            intro = item and prev.text.rstrip().endswith(":")
            if prev.sentence.paragraph != tr.sentence.paragraph and not (
                    item and (intro or _LIST_ITEM.match(prev.text))):
                break
            if target in prev.text or target in prev.names:
                return True
            if intro:
                break
            j -= 1
    return False


def _investors(gz: Gazetteer, sentences: list[SentenceTrace], used: list[int], target: str | None) -> list[str]:
    """Investor roles of the used statements and the title, then of the two sentences after a
    funding statement, which often list the rest of the round: "Partecipano anche X e il network
    Y", "gli altri 3 milioni arrivano da Z" (no deal wording of their own, so their roles were not
    read; a sentence with a negative cue speaks of something else)."""
    out: list[str] = []
    for i in used + [i for i, tr in enumerate(sentences) if tr.zone != "body"]:
        for h in sentences[i].roles:
            if h.role == "investor" and h.name != target and h.name not in out:
                out.append(h.name)
    for i in used:
        if "funding" not in sentences[i].kinds:
            continue
        for j in (i + 1, i + 2):
            if j < len(sentences) and sentences[j].zone == "body" and not sentences[j].statement \
                    and not _speaks_of_else(sentences[j]):
                for h in sentences[j].roles or gz.roles_in(sentences[j].text, only="investor"):
                    if h.role == "investor" and h.name != target and h.name not in out:
                        out.append(h.name)
    return out


_JOINS = re.compile(r"\s*(?:(?:Al|Nel|All['’]|Nell['’]|Alla)\s*\w+\s+)?(?:hanno\s+|ha\s+)?(?:anche\s+)?"
                    r"(?:[Pp]artecip|[Cc]omplet|[Ss]i\s+(?:sono\s+)?(?:aggiung|affianc)|[Ee]ntran)")


_RELATIVE = re.compile(r",?\s+(?:che|il quale|la quale|i quali)\s+(?:già\s+)?(?:aveva|avevano|era|erano|ha|hanno)\b|"
                       r",\s+(?:già|il veicolo|la società|il fondo)\b")


def _speaks_of_else(tr: SentenceTrace) -> bool:
    """A follow-up sentence with a negative cue speaks of something else, unless the cue is a
    past tense in a relative clause describing an investor ("Partecipano anche X e il network Y,
    che aveva firmato il pre-seed"; "entrano X e Y, che era già socio dal round precedente")."""
    negs = {n for c in tr.clause_cats for n in _negs(c)}
    if not negs:
        return False
    if negs != {"background"}:
        return True
    if _JOINS.match(tr.text):
        return False
    rel = _RELATIVE.search(tr.text)
    return rel is None or any(c == "neg:background" and tr.text.find(p) < rel.start() for c, p in tr.hits)


def _vendors(gz: Gazetteer, sentences: list[SentenceTrace], used: list[int], target: str | None) -> list[str]:
    """Chip and cloud vendors of the used statements and the title ("Quarzo AI, impegno da 1,2
    miliardi con Orsa Compute"): gazetteer vendors, and in a compute or exclusivity statement an
    unlisted company named as the supplier ("acquistare da Fjord Compute", "ha firmato con il
    fornitore nordico Borealis Cloud")."""
    out: list[str] = []
    for i in used + [i for i, tr in enumerate(sentences) if tr.zone != "body"]:
        tr = sentences[i]
        for v in tr.vendors:
            if v != target and v not in out:
                out.append(v)
        if tr.kinds & {"compute_commitment", "chip_exclusivity"}:
            for n in tr.names:
                if n != target and n not in out and gz.kind_of(n) != "investor" \
                        and not any(h.name == n and h.role in ("target", "investor") for h in tr.roles) \
                        and (_supplier_name(tr.text, n) or _VENDOR_BEFORE.search(
                            tr.text, max(0, tr.text.find(n) - 8), max(0, tr.text.find(n)))):
                    out.append(n)
    return out


# a cloud sells through a division the press names as a company of its own ("Google Cloud", "AWS"):
# as the seller of capacity or the exclusive cloud it is named as the text first gives it; as an
# investor it is the group ("Amazon investe 4 miliardi")
_CLOUD_DIVISIONS: dict[str, re.Pattern[str]] = {
    "Google": re.compile(r"\bGoogle(?: Cloud)?\b"),
    "Amazon": re.compile(r"\b(?:Amazon Web Services|AWS|Amazon)\b"),
}


def _division_as_written(sentences: list[SentenceTrace], used: list[int], owner: str) -> str:
    """`owner`, or its cloud division when the title or the deal statements name that first."""
    for i in [i for i, tr in enumerate(sentences) if tr.zone != "body"] + used:
        m = _CLOUD_DIVISIONS[owner].search(sentences[i].text)
        if m:
            return m.group(0)
    return owner


def _candidate(comp: Compiled, article: Article, sentences: list[SentenceTrace],
               notes: list[AmountNote], target: str | None, statements: list[int],
               target_scores: dict[str, float], *, roundup: bool) -> Candidate:
    rules = comp.rules
    gz = comp.gazetteer
    reasons: list[str] = []            # blockers: any of them stops the deal
    info: list[str] = []               # remarks for explain
    used: list[int] = []
    for i in statements:
        tr = sentences[i]
        other = _about_other(tr, target)
        if other:
            tr.note = f"about another company ({other}), not {target}"
            # (a roundup raises one deal per company: the other company's amount stays its own)
            for ai in () if roundup else tr.amounts:
                if notes[ai].status == "deal":
                    notes[ai].status, notes[ai].reason = "other-deal", f"belongs to a deal of {other}"
            continue
        # (a roundup's item: the statements naming the company, and the ones that follow them in
        # their paragraph naming no company of their own: "Non solo: Azure diventa il cloud
        # esclusivo della società")
        if roundup and target is not None and target not in tr.names and not (
                used and sentences[used[-1]].sentence.paragraph == tr.sentence.paragraph
                and not any(h.role == "target" for h in tr.roles)):
            continue
        used.append(i)
    if not used:
        return Candidate(target, (), (), None, (), 0.0, (), (), False,
                         ("every deal statement is about another company",))

    counter = _investors(gz, sentences, used, target)
    investors = list(counter)
    vendors_all = _vendors(gz, sentences, used, target)

    # "l'accordo non è un'esclusiva" anywhere in the body vetoes exclusivity for the article
    title_names = {n for tr in sentences if tr.zone != "body" for n in tr.names}
    non_exclusive = any("nonexcl" in c and "excl" not in c for tr in sentences if tr.zone == "body"
                        for c in tr.clause_cats)
    kinds: set[str] = set()
    kinds_of: dict[int, set[str]] = {}
    kinds_all = {k for i in used for k in sentences[i].kinds}
    for i in used:
        tr = sentences[i]
        for k in tr.kinds:
            if k == "chip_exclusivity":
                # "not exclusive" contradicts "exclusive", not "primary provider" ("Azure sarà il
                # fornitore principale, ma … non impedisce di usare altri provider")
                if non_exclusive and not any(c == "excl" and _PRIMARY.search(p) for c, p in tr.hits):
                    tr.note = "the article says the deal is not exclusive"
                    continue
                vend = [v for v in tr.vendors if v != target]
                if not vend:
                    # an unlisted vendor: the other company the exclusivity sentence names
                    # ("solo su hardware Galvani", "Appia diventa il fornitore principale")
                    vend = [n for n in tr.names if n != target and gz.kind_of(n) != "investor"
                            and not any(h.name == n and h.role == "target" for h in tr.roles)]
                    tr.vendors = vend
                deal_vendor = False
                if not vend and "compute_commitment" in kinds_all:
                    # "Preferisco un partner principale…": the partner of the deal's commitment
                    vend = [v for v in vendors_all if v != target]
                    deal_vendor = bool(vend)
                # (the seller of the deal's compute commitment is a party: "…signed an agreement with
                # CoreWeave to reserve 2,000 GPUs. Orso will use CoreWeave's GPUs as its primary platform")
                sellers = {v for j in used if "compute_commitment" in sentences[j].kinds for v in sentences[j].vendors}
                if counter and vend and not deal_vendor and not set(vend) & (set(counter) | title_names | sellers):
                    tr.note = f"exclusivity of {', '.join(vend)}, not a party of this deal"
                    continue
                if not vend:
                    tr.note = "exclusivity wording without a chip or cloud vendor named"
                    continue
            kinds_of.setdefault(i, set()).add(k)
    # a kind stated only in passing — after the lead, with no deal money and no party in a role
    # ("fonti vicine parlano di un nuovo round in preparazione") — does not add to a deal the
    # lead or a firmer statement already reports
    # (an exclusivity statement names its vendor: never in passing)
    # (nor a purchase of a stated quantity: "un ordine per 4.096 GPU" is as firm as its price)
    firm = [i for i in kinds_of if sentences[i].lead or "chip_exclusivity" in kinds_of[i]
            or any(notes[a].status == "deal" for a in sentences[i].amounts)
            or ("compute_commitment" in kinds_of[i] and any("scale" in c for c in sentences[i].clause_cats))
            or any(h.role in ("target", "investor") for h in sentences[i].roles)]
    for i in (firm if any(kinds_of[i] & set(KINDS) for i in firm) else kinds_of):
        if i not in firm:
            sentences[i].note = sentences[i].note or "mentioned in passing: adds no kind"
        kinds |= kinds_of[i]
    # "accesso a migliaia di GPU Nvidia nei data center di X": the chip brand names the product X
    # supplies; with another vendor in the deal, or another company in the title of a purchase of
    # capacity ("Sinterra firma con Padana Compute"), it is not a counterparty
    other_seller = kinds == {"compute_commitment"} and any(
        n != target and gz.kind_of(n) == "unknown" and n not in counter for n in title_names)
    if len(vendors_all) > 1 or other_seller:
        branded = [v for v in vendors_all if v in gz.chips and any(
            re.search(rf"\b(?:GPU|chip|acceleratori|processori|schede)\s+(?:di\s+)?{re.escape(v)}\b", sentences[i].text)
            for i in used)]
        if len(branded) < len(vendors_all) or other_seller:
            vendors_all = [v for v in vendors_all if v not in branded]
    if other_seller and not vendors_all:
        # the seller of the capacity is the other company of the title
        # (named by a deal statement too: the title also names places and figures)
        stated = {n for i in used for n in sentences[i].names}
        vendors_all = [n for n in title_names if n != target and gz.kind_of(n) == "unknown" and n not in counter
                       and n in stated]
    if kinds & {"compute_commitment", "chip_exclusivity"}:
        for v in vendors_all:
            if v not in counter:
                counter.append(v)
    # a short form of a party already named ("Aurora" after "Aurora Capital Partners") is that party
    # (a chip maker or cloud next to its venture arm is a party of its own: "Intel Capital", "Intel")
    counter = [c for c in counter if gz.kind_of(c) == "vendor" or not any(o.startswith(c + " ") for o in counter)]
    if kinds & {"compute_commitment", "chip_exclusivity"}:
        counter = [_division_as_written(sentences, used, c) if c in _CLOUD_DIVISIONS and c not in investors else c
                   for c in counter]
    real_kinds = tuple(k for k in KINDS if k in kinds)
    if not real_kinds:
        reasons.append("only generic deal wording (accordo, contratto) with no funding, compute or "
                       "exclusivity statement")

    # amounts
    deal_notes = [notes[a] for i in used for a in sentences[i].amounts if notes[a].status == "deal"]
    headline = max(deal_notes, key=lambda n: n.eur, default=None)
    if headline is None:
        # the amount often follows the statement: "Il comunicato non indica cifre, ma le
        # indiscrezioni parlano di 10 miliardi di dollari" (not a share of a larger sum the title
        # states: "X incassa otto milioni" … "A guidarlo è Y, con quattro milioni")
        title_sum = max((n.eur for n in notes if n.zone != "body" and n.status == "deal"), default=0.0)
        for i in used:
            nxt = i + 1
            if nxt < len(sentences) and sentences[nxt].zone == "body" and not sentences[nxt].statement:
                cands = [notes[a] for a in sentences[nxt].amounts if notes[a].status == "unattached"
                         and notes[a].eur >= title_sum]
                if cands:
                    headline = max(cands, key=lambda n: n.eur)
                    headline.status, headline.reason = "deal", "follows the deal statement"
                    deal_notes.append(headline)
                    break
    if headline is None:
        # the amount may come first, in a sentence of its own, and the statement refers back to
        # it: "Trecento miliardi di dollari. È la cifra che X spenderebbe…"
        for i in used:
            prv = i - 1
            if prv < 0 or sentences[prv].zone != "body" or sentences[prv].statement or \
                    sentences[prv].sentence.paragraph != sentences[i].sentence.paragraph:
                continue
            if not (_ANAPHOR.search(sentences[i].text) or word_count(sentences[prv].text) <= 8):
                continue
            cands = [notes[a] for a in sentences[prv].amounts if notes[a].status == "unattached"]
            if cands:
                headline = max(cands, key=lambda n: n.eur)
                headline.status, headline.reason = "deal", "the deal statement refers back to it"
                deal_notes.append(headline)
                break
    title_notes = [n for n in notes if n.zone != "body" and n.status == "deal"]
    if headline is None and title_notes:
        headline = max(title_notes, key=lambda n: n.eur)
        info.append("headline amount taken from the title/standfirst")
    if headline is None and target is not None and real_kinds:
        # a verbless headline, "Gelso, 3,2 milioni per l'IA dei bandi": the title names the
        # target (or the body names no money at all: "40 milioni in GPU: la startup torinese che si
        # è comprata un supercomputer") and an amount no negative context claims, and the body
        # states the deal
        body_money = any(n.zone == "body" and n.status in ("deal", "unattached", "cumulative") for n in notes)
        loose = [n for n in notes if n.zone == "title" and n.status == "unattached"
                 and (target in sentences[n.sentence].names or not body_money)]
        if loose:
            headline = max(loose, key=lambda n: n.eur)
            headline.status, headline.reason = "deal", "verbless title naming the target"
            title_notes.append(headline)
            info.append("headline amount taken from a verbless title")
    if headline is not None and headline.amount.currency is None:
        # "40 milioni" in the body, "40 milioni di euro" in the title (or the other way round):
        # the same amount
        same = [n.amount.currency for n in notes if n.amount.value == headline.amount.value
                and n.amount.currency and n.status in ("deal", "unattached", "converted")]
        if same and len(set(same)) == 1:
            headline.amount = dataclasses.replace(headline.amount, currency=same[0], currency_carried=True)
    if headline is None and {"chip_exclusivity", "compute_commitment"} <= set(real_kinds) and not any(
            "scale" in c for i in used if "compute_commitment" in sentences[i].kinds for c in sentences[i].clause_cats):
        # "un accordo pluriennale con X" + "X sarà il fornitore cloud esclusivo": with no
        # amount or capacity stated, the agreement is the exclusivity, not a purchase
        real_kinds = tuple(k for k in real_kinds if k != "compute_commitment")
    related = {target, *counter} - {None}
    cumulative = [n for n in notes if n.status == "cumulative"
                  and (n.zone != "body" or related & set(sentences[n.sentence].names)
                       or n.sentence in used)]
    amounts: list[Amount] = []
    seen: set[float] = set()
    # body amounts first (they carry the currency), then title amounts not restated in the body
    for n in sorted(deal_notes + title_notes + cumulative, key=lambda n: (n.zone != "body", n.amount.start)):
        if n.amount.value not in seen:
            seen.add(n.amount.value)
            amounts.append(n.amount)

    # AI relevance
    ai_title = sum(tr.ai for tr in sentences if tr.zone != "body")
    ai_lead = sum(tr.ai for tr in sentences if tr.zone == "body" and tr.lead)
    # a statement's AI words count only when it names the target: "il round arriva mentre i
    # capitali vanno alle startup di intelligenza artificiale" says nothing about this company
    ai_statement = sum(sentences[i].ai for i in used if target in sentences[i].names)
    ai_body = sum(tr.ai for tr in sentences if tr.zone == "body")
    # "siamo un'azienda di biciclette, non di intelligenza artificiale": when the article says
    # the company is not an AI company, AI words elsewhere (a standfirst's question, a pitch
    # deck's "algoritmi predittivi") do not make it one; only the statement itself can. The
    # denial may sit in the standfirst ("«Siamo un'azienda di logistica, non di IA»")
    denied = any(tr.denied_ai for tr in sentences)
    # (a company named "… AI", "… Intelligence" says what it does)
    ai_name = target is not None and bool(_AI_NAME.search(target))
    ai_ok = (target is not None and gz.kind_of(target) == "lab") or bool(ai_statement) or not denied and (ai_name or
        bool(ai_title or ai_lead) or ai_body >= rules.min_ai_mentions)
    if roundup and not ai_statement and not (target is not None and gz.kind_of(target) == "lab"):
        # a digest's items are separate stories: the AI words must be in this item's paragraphs
        # ("8 milioni per Maison Ortensia" next to an item on an AI startup is not an AI deal)
        paras = {sentences[i].sentence.paragraph for i in used}
        ai_ok = not denied and any(tr.ai for tr in sentences if tr.zone == "body" and tr.sentence.paragraph in paras)
    if not ai_ok:
        reasons.append(f"not about AI (AI mentions: title {ai_title}, lead {ai_lead}, body {ai_body}; "
                       "denials drop a sentence's mentions)")

    # score
    w = rules.weights
    title_deal = any(tr.kinds or (target and target in tr.names) for tr in sentences if tr.zone != "body")
    role_hit = any(h.role == "target" and h.name == target for i in used for h in sentences[i].roles)
    parts = {"statement": w.get("statement", 0.0)}
    if headline is not None:
        parts["amount"] = w.get("amount", 0.0)
    else:
        parts["no_amount"] = w.get("no_amount", 0.0)
    if target:
        parts["target"] = w.get("target", 0.0)
    if ai_ok:
        parts["ai"] = w.get("ai", 0.0)
    if title_deal:
        parts["title"] = w.get("title", 0.0)
    if any(sentences[i].lead for i in used):
        parts["lead"] = w.get("lead", 0.0)
    if all(sentences[i].conditional for i in used):
        parts["conditional"] = w.get("conditional", 0.0)
    score = max(0.0, min(1.0, sum(parts.values())))

    # a public programme ("l'Europa mobilita 200 miliardi", a ministry call, an EIC grant) is
    # not a deal unless rules.public_funding: told by the title/standfirst or by two lead sentences
    if not rules.public_funding:
        pub_top = any("neg:public_funding" in c for tr in sentences if tr.zone != "body" for c in tr.clause_cats)
        pub_lead = sum(1 for tr in sentences if tr.zone == "body" and tr.lead
                       and any("neg:public_funding" in c for c in tr.clause_cats))
        # who gives the money decides: a round led by a private investor is private money even
        # when the company's product is about public calls ("l'IA che compila i bandi")
        # (detect reads the roles of lead sentences it had no use for only here)
        if pub_top or pub_lead >= 2:
            for tr in sentences:
                if tr.roles_pending and tr.lead:
                    tr.roles, tr.roles_pending = gz.roles_in(tr.text), False
        # (or in the sentences after a statement that list the round: "Lo guida Navigli Capital, …")
        private = (pub_top or pub_lead >= 2) and (any(
            h.role == "investor" and not _PUBLIC_BODY.search(h.name)
            for tr in sentences if tr.zone != "body" or tr.lead or tr.statement for h in tr.roles)
            or any(not _PUBLIC_BODY.search(n) for n in investors))
        if (pub_top or pub_lead >= 2) and not private:
            reasons.append("a public funding programme (set public_funding = true to raise these)")
    # a fund's own closing, a secondary sale or a listing ("Orione Capital chiude il secondo fondo a 180
    # milioni", "Operazione secondaria da 9 milioni"): told by the title/standfirst or by two lead
    # sentences, with no deal stated by the title itself, the rest of the article speaks of that
    # (warrants and options, listed with secondary sales, come with loans and rounds: not the topic; of
    # the market words, only a listing is: "deposita domanda di ammissione a Euronext Milan")
    for neg, why, phrase in (("neg:fund_raise", "an investor's own fund raising", _ANY),
                             ("neg:secondary", "a secondary sale", _NOT_OPTIONS),
                             ("neg:market_cap", "a stock-market listing", _LISTING)):
        told = [tr.zone != "body" for tr in sentences if (tr.zone != "body" or tr.lead) and any(
            c == neg and phrase.match(p) for c, p in tr.hits)]
        if (any(told) or told.count(False) >= 2) \
                and not any(tr.kinds - {"deal"} for tr in sentences if tr.zone != "body"):
            reasons.append(f"the article is about {why}: no new money for a company")
    if target is None:
        reasons.append("no target company found")
    elif not _named(sentences, used, target) and not (
            target == _introduced_company(gz, sentences) and not any(
                n != target and gz.kind_of(n) != "investor" and not any(h.name == n and h.role == "investor"
                                                                      for h in sentences[i].roles)
                for i in used for n in sentences[i].names)):
        # (a human-interest story names its company once, then tells the round without naming it:
        # "L'app si chiama Scirocco …" ¶ "Un gruppo di investitori ci ha messo 1,8 milioni")
        reasons.append(f"no deal statement names {target}")
    # a scale of capacity ("un milione di TPU", "1 GW") states a commitment as firmly as money
    scaled = "compute_commitment" in real_kinds and any(
        "scale" in c for i in used if "compute_commitment" in sentences[i].kinds for c in sentences[i].clause_cats)
    if headline is None and "chip_exclusivity" not in real_kinds and not role_hit and not scaled:
        reasons.append("no firm amount, no exclusivity and no name in a deal role")
    # a long feature may state the round late: it counts when that sentence gives the company
    # of the title the target role, with new deal money, and not as a rumour
    # (or whose subject is "la società", "la startup" when the title opens with the company: a
    # feature that tells a story for three paragraphs before the deal)
    title_opens = next((_first_named(tr) for tr in sentences if tr.zone == "title" and tr.names), None) == target
    late_ok = target is not None and target in title_names and any(
        sentences[i].kinds - {"deal"} and not sentences[i].conditional
        and (any(h.role == "target" and h.name == target for h in sentences[i].roles)
             or (title_opens and _ANAPHORIC_SUBJECT.match(sentences[i].text)))
        and any(notes[a].status == "deal" for a in sentences[i].amounts) for i in used)
    # (a digest's items each open their own story: the article's lead says nothing of them)
    if not roundup and not late_ok and not any(sentences[i].lead for i in used) and not any(
            tr.kinds - {"deal"} for tr in sentences if tr.zone != "body"):
        reasons.append("deal only mentioned in passing: not in the title, standfirst or lead")
    # a rumour the company denies in the title, the standfirst or the lead ("Fenice AI smentisce")
    # (not "non conferma e non smentisce": neither; a firm statement with money is not the rumour)
    # (nor is a remark after the lead: "Un miliardo per una società così non è impossibile")
    if not any(sentences[i].lead and not sentences[i].conditional
               and any(notes[a].status == "deal" for a in sentences[i].amounts) for i in used) and any(
            "neg:denial" in c and not _NEITHER.search(tr.text)
            for tr in sentences if tr.zone != "body" or tr.lead for c in tr.clause_cats):
        reasons.append("a rumour the article reports as denied")
    if score < rules.min_score:
        reasons.append(f"score {score:.2f} below min_score {rules.min_score}")
    raised = bool(real_kinds) and not reasons
    reasons = reasons or ["raised"]
    reasons.extend(info)

    # the first evidence sentence is what an alert shows: the one that best states the deal
    # (headline amount, the target named or in its role, a deal kind), then article order
    def _rank(i: int) -> tuple[int, int]:
        tr = sentences[i]
        pts = 0
        if headline is not None and any(notes[a] is headline for a in tr.amounts):
            pts += 4
        if any(h.role == "target" and h.name == target for h in tr.roles):
            pts += 2
        elif target is not None and target in tr.names:
            pts += 1
        if tr.kinds - {"deal"}:
            pts += 1
        return (-pts, i)
    best = sorted(used, key=_rank)[: rules.max_evidence]
    evidence = tuple(trim(sentences[i].text, rules.evidence_chars) for i in best[:1] + sorted(best[1:]))
    return Candidate(target, real_kinds, tuple(counter), headline.amount if headline else None,
                     tuple(amounts), round(score, 2), evidence, tuple(used), raised,
                     tuple(reasons), parts)

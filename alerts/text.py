"""Article text → paragraphs → sentences → clauses, with offsets. Pure and regex-only.

Why not a sentence-splitting library: detection only needs "is this a real sentence of the body,
and which clause does an amount sit in", and a couple of regexes do that for Italian news prose
in microseconds, keeping every span as an offset into the original text so amounts found once on
the whole text can be mapped back to their sentence and clause.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

# a sentence ends at . ! ? … (optionally followed by closing quotes/brackets) + space + an
# opening capital, digit, quote or dash; "6,6" and "2.500" never split (no space after the dot)
# (the final mark is matched, not looked behind at: a pattern that starts with a character
# class lets `re` skip in C to the marks; the sentence ends one character after the match start)
_SENT_END = re.compile(r"[.!?…][»”\"')\]]*\s+(?=[«“\"'(\[A-ZÀ-ÖØ-Þ0-9–-])")
_ABBREV = re.compile(r"(?:\b(?:[A-Z]|Sig|Dott|Ing|Avv|Prof|St|Mr|Ms|Dr|Inc|Co|Ltd|vs|ecc|p|pag|n|art|nr)\."
                     r"|\b[A-Z]\.[A-Z]\.)$")
# clause boundaries: ; : – — and "mentre", ", ma", "tuttavia", "invece" … the places where
# Italian news prose changes subject; an amount and its negative cue must share a clause
_DESCRIPTOR = (r"(?:operatore|gruppo|società|azienda|fornitore|provider|colosso|produttore|gigante|"
               r"laboratorio|startup|hyperscaler|big|data ?center|campus|centro|impianto|stabilimento)\b")
# the same without an article ("X, realtà teramana attiva nel gas"); the appositive after an opening
# name (`_APPOSITIVE`) takes "laboratorio" where a clause break takes "operatore"
_BARE_WORDS = (r"realtà|società|gruppo|azienda|startup|multiutility|utility|multinazionale|holding|colosso|"
               r"conglomerato|compagnia|impresa|banca|scale-?up|spin-?off|"
               # "Il Gruppo Venturi, attivo nella distribuzione di energia, è salito al 30%"
               r"attiv[oaie]|specializzat[oaie]|operativ[oaie]|controllat[oaie]|quotat[oaie]")
_BARE_DESCRIPTOR = rf"(?:{_BARE_WORDS}|operatore)\s+[a-zà-ú]"
_CLAUSE_SEP = re.compile(
    r"\s*[;:]\s+|\s+[–—]\s+|,?\s+(?:mentre|mentre invece|ma|però|tuttavia|invece|sebbene|anche se|"
    r"dopo che|contro|rispetto a|oltre a)\s+|\s*\(\s*|\s*\)\s*|(?P<rel>,\s+)(?=che\s)|"
    # a remark on the sum just stated: "…per quaranta milioni di euro, una cifra che non ha precedenti"
    r"(?P<sum>,\s+)(?=(?:una cifra|una somma|un importo|un valore|un impegno|un investimento)\s+che\s)|"
    # the running total in a clause of its own: "Estensione da 5 milioni per X, il totale raccolto sale a 17"
    r",\s+(?=(?:e\s+)?(?:il|portando il|che porta il) totale\b)|"
    r",\s+(?:e|ed)\s+(?=(?:\w+\s+){0,2}(?:può|potrà|sale|salire|arriv|porta|la |il |l'|gli |le |i ))|"
    r",\s+(?=\w+(?:ando|endo|ing)\b)|"
    # a description of the company just named: "…sull'infrastruttura di X, l'operatore norvegese
    # che usa energia idroelettrica" (its cues are not the main clause's)
    r"(?P<desc>,\s+)(?=(?:l['’]|il\s|la\s|lo\s)(?:giovane\s|nuova\s|nuovo\s|piccola\s|piccolo\s)?" + _DESCRIPTOR + r")|"
    # the same without an article: "…è stato il Gruppo X, realtà teramana attiva nel gas e nell'elettricità"
    r"(?P<bare>,\s+)(?=" + _BARE_DESCRIPTOR + ")",
    re.IGNORECASE,
)
# final punctuation of a real sentence (a stripped line ending with one of these; the regex
# `[.!?…»”"')]\s*$` this replaces was searched over every position of the line). A list's
# introduction and items end with ":", ";" or ",": prose, where a heading never does
_TERMINAL_CHARS = frozenset(".!?…»”\"'):;,")
_WORD = re.compile(r"\w+")
# Necessary conditions for `_CLAUSE_SEP` to match anywhere in a sentence, tested with C-speed
# substring searches: a separator character, a comma construction, or a clause word after
# whitespace. Each word pattern starts with its literal so `re` finds it with a fast substring
# scan (a single alternation is tried at every space: splitting clauses was a third of
# detection time). Tested on the lower-cased sentence (`_CLAUSE_SEP` ignores case).
_SEP_CHARS = ";:()–—"
_SEP_COMMA = re.compile(r",\s+(?:e|ed|che)\s|,\s+(?:e\s+)?(?:il|portando il|che porta il) totale\b|"
                        r",\s+(?:una cifra|una somma|un importo|un valore|un impegno|un investimento)\s+che\s|"
                        r",\s+\w+(?:ando|endo|ing)\b|,\s+(?:l['’]|il\s|la\s|lo\s)(?:giovane\s|nuova\s|nuovo\s|"
                        r"piccola\s|piccolo\s)?" + _DESCRIPTOR
                        + r"|,\s+" + _BARE_DESCRIPTOR)
# an appositive after the sentence's opening name: "Halvard AI, il laboratorio di Oslo noto per i
# suoi modelli di previsione, si è impegnato…", "X, startup bolognese che…, ha firmato" — the
# description is a clause of its own, so a cue in it (a forecast, a valuation, a past round)
# does not veto the main clause, and vice versa
_OPENING_NAME = r"(?:(?:La|Il|Lo|L['’])\s*)?[A-ZÀ-ÖØ-Þ][\w&.'’-]*(?:\s+[A-ZÀ-ÖØ-Þ0-9][\w&.'’-]*){0,4}"
_APPOSITIVE = re.compile(_OPENING_NAME + r"(?P<c1>,\s+)(?:(?:il|la|lo|i|gli|le|un|una|uno|l['’]|un['’]|a|an|the)\s*|"
                         # a bare descriptor: "Orizzonte AI, startup bolognese che…, ha firmato"
                         rf"(?:{_BARE_WORDS}|laboratorio)\s)"
                         # (a decimal comma is not the end: "multiutility con ricavi per 2,3 miliardi, ha…")
                         r"(?:[^,;:()]|(?<=\d),(?=\d)){2,160}?"
                         r"(?P<c2>,\s+)(?=[a-zà-ú])")
# verbs with which a main clause resumes after a description of its subject
_MAIN_VERBS = (r"ha|hanno|avrebbe|avrebbero|aveva|avevano|avrà|avranno|è|sono|era|erano|sarà|saranno|sarebbe|"
               r"sarebbero|si|può|potrà|dovrà|chiude|raccoglie|annuncia|firma|sigla|investe|entra|ottiene|incassa|"
               r"mette|guida|rileva|acquisisce|acquista|compra|punta|sottoscrive|sottoscriverà|investirà|entrerà|"
               r"rileverà|guiderà|verserà|metterà")
# the same after any lower-case description when the main verb follows it: "Lumen Agritech Srl, modelli
# AI per la previsione delle rese, ha chiuso Serie A da 8,5 mln" (wire copy drops the article)
_APPOSITIVE_BARE = re.compile(_OPENING_NAME + r"(?P<c1>,\s+)(?=[a-zà-ú])(?:[^,;:()]|(?<=\d),(?=\d)){2,160}?"
                              rf"(?P<c2>,\s+)(?=(?:{_MAIN_VERBS})\s)")
_SEP_WORDS = tuple(re.compile(rf"{w}(?<=\s{w})\s") for w in (
    "mentre", "ma", "però", "tuttavia", "invece", "sebbene", "anche", "dopo", "contro", "rispetto", "oltre"))
_CASE_ODDITIES = ("ſ", "K", "İ")     # characters IGNORECASE folds onto ASCII letters
# dotted legal forms: part of a company's name (`alerts.parties`), and a sentence may end on one
LEGAL_FORMS = ("S.p.A.", "S.r.l.", "S.a.s.", "S.n.c.", "S.c.a.r.l.", "S.A.", "Inc.", "Ltd.", "Corp.")


def _separator_possible(text: str) -> bool:
    """False only when `_CLAUSE_SEP` cannot match `text` (a cheap necessary condition)."""
    for c in _SEP_CHARS:
        if c in text:
            return True
    if any(c in text for c in _CASE_ODDITIES):
        return True
    low = text.lower()
    if "," in low and _SEP_COMMA.search(low):
        return True
    return any(p.search(low) for p in _SEP_WORDS)


# a press-release or wire dateline before the opening name: "Genova, 12 novembre 2025 – ",
# "(AIT) - TORINO, 18 NOV - "
_DATELINE = re.compile(r"(?:\(\w+\)\s*-\s*)?[A-ZÀ-Þ][\w'’ ]{1,30},\s+\d{1,2}\s+[^\W\d_]+\.?(?:\s+\d{4})?\s*[–—-]+\s*|"
                       # "VERONA (Rete Finanza) - "
                       r"[A-ZÀ-Þ][A-ZÀ-Þ'’ ]{1,30}\s*\([^)]{1,30}\)\s*[–—-]+\s*")


def _appositive(text: str) -> re.Match[str] | None:
    """`_APPOSITIVE` at the sentence's opening name (after a dateline, if any)."""
    lead = _DATELINE.match(text) if text[:1].isupper() or text[:1] == "(" else None
    at = lead.end() if lead else 0
    return _APPOSITIVE.match(text, at) or _APPOSITIVE_BARE.match(text, at)


def _has_appositive(text: str) -> bool:
    """`_appositive(text)`, tested only when a comma follows the opening name closely."""
    i = text.find(",", 0, 90)
    return i > 0 and bool(_appositive(text))


def separator_candidates(text: str) -> list[int] | None:
    """Sorted positions of `text` where `_separator_possible` could be true for a sentence
    containing them, found with one scan of the whole zone; None when that shortcut is unsafe.

    Why: one pass over the body instead of a dozen small scans per sentence. A sentence with no
    candidate inside its span has no clause separator, so `sentences_of` skips it; a sentence
    with one is decided exactly as before.
    """
    if any(c in text for c in _CASE_ODDITIES):
        return None
    low = text.lower()
    if len(low) != len(text):
        return None
    out: list[int] = []
    for c in _SEP_CHARS:
        i = text.find(c)
        while i != -1:
            out.append(i)
            i = text.find(c, i + 1)
    out.extend(m.start() for m in _SEP_COMMA.finditer(low))
    for pat in _SEP_WORDS:
        out.extend(m.start() for m in pat.finditer(low))
    out.sort()
    return out


_AT_LEAST: dict[int, re.Pattern[str]] = {}


@dataclass(frozen=True)
class Span:
    """A piece of the analysed text: `text[start:end]` of the zone it belongs to."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Sentence:
    """One sentence of a zone, with its clauses (spans relative to the zone's text)."""

    zone: str                 # "title", "description" or "body"
    paragraph: int            # index of the body paragraph (0 for title/description)
    start: int
    end: int
    text: str
    clauses: tuple[Span, ...]
    headline_like: bool       # a short line without final punctuation: list item, heading
    lead: bool = False        # in the article's first paragraphs


@dataclass(frozen=True)
class Line:
    """One line of the body and why it was kept or dropped."""

    start: int
    end: int
    text: str
    kept: bool
    reason: str               # "" when kept; "boilerplate: …", "headline-like", "short"
    # words of the line, exact below `cap` and `cap` from there on (see `capped_word_count`)
    words: int = field(default=0, compare=False, repr=False)
    cap: int = field(default=0, compare=False, repr=False)

    def has_words(self, n: int) -> bool:
        """Whether the line has at least `n` words (recounted only past the stored cap)."""
        if n <= self.cap or self.words < self.cap:
            return self.words >= n
        return word_count(self.text) >= n


def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def capped_word_count(text: str, cap: int) -> int:
    """`min(word_count(text), cap)` without listing every word of a long paragraph.

    Why: lines are only compared with small thresholds (6, 20, 25 words), and building the list
    of a 200-word paragraph's words just to learn it has more than 25 was a tenth of detection.
    """
    if cap <= 0:
        return 0
    pat = _AT_LEAST.get(cap)
    if pat is None:
        pat = _AT_LEAST[cap] = re.compile(rf"\W*+(?:\w++\W*+){{{cap}}}")
    if pat.match(text):
        return cap
    return len(_WORD.findall(text))


def split_lines(text: str, boilerplate: re.Pattern[str], *, min_words: int,
                headline_words: int) -> list[Line]:
    """Body lines with a verdict: boilerplate, headline-like and very short lines are dropped.

    Why: related-article boxes, tickers, captions and comment counters survive extraction as
    short lines without final punctuation, often carrying deal headlines; the article's own deal
    statement is always a full sentence inside a paragraph.
    """
    out: list[Line] = []
    pos = 0
    for raw in text.split("\n"):
        start, end = pos, pos + len(raw)
        pos = end + 1
        line = raw.strip()
        if not line:
            continue
        lstart = start + (len(raw) - len(raw.lstrip()))
        cap = max(headline_words, min_words)
        words = capped_word_count(line, cap)
        reason = ""
        # long lines are prose: only a boilerplate label at their very start counts
        m = boilerplate.search(line) if words < headline_words else boilerplate.match(line)
        if m:
            reason = f"boilerplate: {m.group(0).lower()}"
        elif words < min_words:
            reason = "short"
        elif line[-1] not in _TERMINAL_CHARS and words < headline_words:
            reason = "headline-like"
        out.append(Line(lstart, lstart + len(line), line, not reason, reason, words, cap))
    return out


def split_sentences(text: str, offset: int = 0) -> list[Span]:
    """Sentences of one paragraph, as spans of the full text (`offset` = paragraph start)."""
    spans: list[Span] = []
    start = 0
    for m in _SENT_END.finditer(text):
        end = m.start() + 1
        # an abbreviation is at most 5 characters before the boundary ("Dott."): searching
        # that tail (the \b before it still sees the character in front) is the same test
        # as searching the whole sentence, without trying every position of it
        # ("Dedalo Analytics S.p.A. La società…": a legal form before a capital ends the sentence)
        if _ABBREV.search(text, max(start, end - 6), end) and not (
                text.endswith(LEGAL_FORMS, start, end) and text[m.end():m.end() + 1].isupper()):
            continue
        spans.append(Span(offset + start, offset + end, text[start:end]))
        start = m.end()
    if start < len(text):
        spans.append(Span(offset + start, offset + len(text), text[start:]))
    return [s for s in spans if s.text.strip()]


def split_clauses(sentence: Span) -> tuple[Span, ...]:
    """Clauses of a sentence (spans of the full text)."""
    out: list[Span] = []
    start = 0
    text = sentence.text
    ap = _appositive(text)
    if ap:
        if ap.start():                       # the dateline is a clause of its own
            out.append(Span(sentence.start, sentence.start + ap.start(), text[:ap.start()]))
        out.append(Span(sentence.start + ap.start(), sentence.start + ap.start("c1"), text[ap.start():ap.start("c1")]))
        out.append(Span(sentence.start + ap.end("c1"), sentence.start + ap.start("c2"),
                        text[ap.end("c1"):ap.start("c2")]))
        start = ap.end("c2")
    cuts = []
    for m in _CLAUSE_SEP.finditer(text, start):
        cuts.append(m.span())
        if m.lastgroup:                      # a description or a relative clause opens here
            close = _closing_comma(text, m.end())
            if close:
                cuts.append(close)
    if len(cuts) > 1:
        cuts.sort()
    for a, b in cuts:
        if a < start:                        # inside the previous cut
            continue
        if a > start:
            out.append(Span(sentence.start + start, sentence.start + a, text[start:a]))
        start = b
    if start < len(text):
        out.append(Span(sentence.start + start, sentence.start + len(text), text[start:]))
    return tuple(out) or (sentence,)


# where a description or relative clause opened in mid-sentence closes: at the comma before the
# main clause's verb resumes ("Secondo gli atti, Maestrale AI, startup che prevede la produzione dei
# parchi eolici, avrebbe chiuso un aumento di capitale…", "Per X, che ha un portafoglio lavori di 1,9
# miliardi, si tratta del primo investimento"): the description's cues are not the main clause's
# (or before the main clause's value, "…un accordo con CoreWeave, il fornitore americano di GPU, da 60
# milioni di dollari": `RESUMED_VALUE`, read with the clause before the description)
_RESUMES = re.compile(rf",\s+(?=(?:{_MAIN_VERBS}|da|del valore di|per un valore di|pari a)\s)")
# what a description cannot run past: a clause mark or a comma (not a decimal one, "1,9 miliardi")
_DESCRIPTION_STOP = re.compile(r"[;:()]|(?<!\d),|,(?!\d)")


def _closing_comma(text: str, start: int) -> tuple[int, int] | None:
    """The span of the comma (and spaces) that closes a description opened at `start`: its first
    comma, 2 to 160 characters on, when the main clause resumes right after it (`_RESUMES`)."""
    stop = _DESCRIPTION_STOP.search(text, start)
    if stop is None or stop.group() != "," or not start + 2 <= stop.start() <= start + 160:
        return None
    resumed = _RESUMES.match(text, stop.start())
    return resumed.span() if resumed else None
RESUMED_VALUE = re.compile(r"(?:da|del valore di|per un valore di|pari a)\s", re.IGNORECASE)
# a clause that describes the company just named (see `_CLAUSE_SEP`)
DESCRIPTION = re.compile(r"(?:(?:l['’]|il\s|la\s|lo\s)" + _DESCRIPTOR + "|" + _BARE_DESCRIPTOR + ")", re.IGNORECASE)


_CLAUSE_HINT = re.compile(r"[;:–—()]|,|\b(?:mentre|ma|però|tuttavia|invece|sebbene|anche se|dopo che|contro|"
                          r"rispetto a|oltre a)\b")


_RELATIVE_CHE = re.compile(r"\s+(?=che\s)")


def _split_at(c: Span, sep: re.Pattern[str]) -> list[Span]:
    """`c` cut before each match of `sep`."""
    cuts = [0, *(m.end() for m in sep.finditer(c.text)), len(c.text)]
    return [Span(c.start + a, c.start + b, c.text[a:b]) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]


def _clauses_of(s: Span) -> tuple[Span, ...]:
    """`split_clauses(s)` when the clause hint is present, else the sentence as one clause.

    `_separator_possible` is a cheap necessary condition for a separator: when it fails the
    split would return the sentence unchanged, so the costly `_CLAUSE_SEP` scan is skipped.
    """
    text = s.text
    if not ("," in text or _CLAUSE_HINT.search(text)):
        return (s,)
    if not _separator_possible(text) and not _has_appositive(text):
        return (s,)
    return split_clauses(s)


def sentences_of(zone: str, text: str, paragraph: int = 0, offset: int = 0,
                 headline_like: bool = False, lead: bool = False,
                 separators: list[int] | None = None,
                 marks: list[int] | None = None, relative: bool = False) -> list[Sentence]:
    """Sentences (with clauses) of one piece of text belonging to `zone`.

    `separators`: `separator_candidates()` of the whole zone text (offsets as `offset`), so
    sentences without a possible clause separator are not examined one by one.
    `marks`: sorted offsets (vocabulary hits, amounts); a sentence containing none of them is
    left unsplit (one clause): the caller reads no clause of it (speed).
    `relative`: a relative clause is a clause of its own too (titles: "X, 25 milioni per l'AI che
    fa trading di elettricità" — the energy word describes the company, not the money).
    """
    out: list[Sentence] = []
    for s in split_sentences(text, offset):
        if marks is not None and bisect.bisect_left(marks, s.start) == bisect.bisect_left(marks, s.end):
            clauses: tuple[Span, ...] = (s,)
        elif separators is not None and bisect.bisect_left(separators, s.start) == bisect.bisect_left(
                separators, s.end) and not _has_appositive(s.text):
            clauses = (s,)
        else:
            clauses = _clauses_of(s)
        if relative and " che " in s.text:
            clauses = tuple(part for c in clauses for part in _split_at(c, _RELATIVE_CHE))
        out.append(Sentence(zone, paragraph, s.start, s.end, s.text, clauses, headline_like, lead))
    return out


def trim(text: str, limit: int) -> str:
    """Evidence text: whitespace collapsed, cut at a word boundary with an ellipsis."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"

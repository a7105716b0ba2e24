"""Money amounts as Italian (and English) journalists write them. Pure: text in, Amounts out.

`find_amounts(text)` is the contract the rest of the code uses; `to_json`, `to_eur` and
`describe` are the views detection and the CLI need.

How a text is read, in one pass plus cheap local look-arounds:

1. One precompiled regex finds candidate atoms: an optional currency prefix (€, $, US$, USD,
   £, CHF…), a number (digits with Italian or English separators, or a cardinal word:
   "due", "mezzo", "trecento", "a"/"one" before an English magnitude), an optional magnitude
   (miliardi/mld/mrd/billion/bn/B, milioni/mln/million/mn/M, mila/thousand/k, "mila miliardi",
   trillion) with an optional "e mezzo" or "e 200 milioni", and an optional currency suffix
   ("di euro", "d'euro", "dollari", "$", "di sterline", "di franchi svizzeri"…).
2. An atom is money when it has a currency, or a magnitude not followed by a non-money noun
   (`NON_MONEY_NOUNS`: "miliardi di parametri", "milioni di utenti", "mila MW"…). A plain
   number ("600", "nel 2024", "14.000 posti") is never money; a small number with a currency
   ("€ 19,99") is (detection applies its own threshold).
3. The few characters before an atom give ranges ("tra 2 e 3 miliardi", "da 500 milioni a 1
   miliardo", "$2-3 billion") and qualifiers; the few after give suffix qualifiers
   ("4 miliardi aggiuntivi", "8 miliardi complessivi").
4. Conversions: an amount that follows the previous one only across "(", ",", "pari a",
   "circa"… and states a different currency restates it ("6,6 miliardi di dollari (circa 6
   miliardi di euro)") and gets the "converted" qualifier.
5. Currency carry (forward only, local): an amount whose text names no currency takes the
   currency of the nearest preceding amount that named one explicitly, provided no newline
   (paragraph break) lies between them. Converted amounts are never a source, so "… dollari
   (circa … euro); di cui 2 miliardi" stays USD, and a later explicit currency replaces the
   carried one, so carry never crosses an amount with a different currency. Carried amounts
   have `currency_carried=True`. A text that never names a currency keeps currency None.
   `find_amounts(text, carry_paragraphs=1)` lets the carry cross one paragraph break (Italian
   articles often state "di euro" once and then write "un milione" in the next paragraph).

Spans: `text` includes the qualifier words written before the number ("fino a 15 miliardi di
dollari", "circa 6 miliardi di euro", "tra 2 e 3 miliardi", "ulteriori due miliardi"), as
journalists' phrases are quoted that way; long context phrases ("portando il totale a") set a
qualifier but stay outside the span.

Number separators: "." followed by exactly three digits is a thousands separator
("2.500 milioni"), otherwise a decimal point ("$6.6 billion"); "," is a decimal comma
("1,5 miliardi") except before exactly three digits with an English or no magnitude
("$1,500 million", "$1,500"); with both present the last one is the decimal mark.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache

from alerts.numwords import ENGLISH, word_value

QUALIFIERS = frozenset({"up_to", "more_than", "approx", "range", "additional", "total", "converted"})


@dataclass(frozen=True)
class Amount:
    """One money amount found in a text.

    `value` is in units (4 miliardi -> 4_000_000_000); for a range it is the upper bound and
    `value_min` the lower one. `currency` is an ISO 4217 code or None when the text does not say.
    `qualifiers` is a subset of {"up_to", "more_than", "approx", "range", "additional", "total",
    "converted"} ("converted": the amount restates another one in a second currency,
    "circa 6 miliardi di euro" after "6,6 miliardi di dollari").
    `start`/`end` index the span in the text that was parsed; `text` is that span.
    `currency_carried` is True when `currency` was not written with this amount but carried
    from an earlier one in the same paragraph (see the module docstring).
    """

    value: float
    currency: str | None
    text: str
    start: int
    end: int
    value_min: float | None = None
    qualifiers: frozenset[str] = field(default_factory=frozenset)
    currency_carried: bool = False

    def to_json(self) -> dict:
        out: dict = {"value": _plain(self.value), "currency": self.currency, "text": self.text}
        if self.value_min is not None:
            out["value_min"] = _plain(self.value_min)
        return out


def _plain(v: float) -> int | float:
    return int(v) if float(v).is_integer() else v


# --------------------------------------------------------------------------- vocabulary

#: Nouns (and units) that, right after a magnitude, make the number a count, not money:
#: "miliardi di parametri", "milioni di utenti", "5mila MW". Lower-case, exact word forms.
def _wordset(words: str) -> frozenset[str]:
    """A frozenset from a whitespace-separated block: long vocabularies stay readable."""
    return frozenset(words.split())


NON_MONEY_NOUNS: frozenset[str] = _wordset(
    """
    parametri parametro token tokens utenti utente users user persone persona people individui
    abbonati abbonato iscritti follower followers lettori spettatori ascoltatori visitatori
    clienti cliente customers subscribers download downloads installazioni dispositivi dispositivo
    devices chip chips gpu gpus cpu tpu processori transistor core server computer pc smartphone
    telefoni iphone tablet auto veicoli vehicles unità units pezzi esemplari copie copies
    visualizzazioni views visite click clic like stream streaming ascolti brani canzoni video
    immagini foto pagine documenti parole righe linee libri messaggi email mail richieste query
    ricerche prompt domande risposte transazioni operazioni dati record account profili app siti
    posti posto jobs lavoratori dipendenti employees workers studenti pazienti famiglie abitanti
    cittadini bambini giovani donne uomini turisti passeggeri viaggiatori voti firme
    anni anno years volte times ore minuti secondi giorni
    azioni azione shares share titoli
    gw mw kw gwh mwh kwh twh watt gigawatt megawatt kilowatt terawatt
    km chilometri metri m2 mq ettari kg chili tonnellate tons litri barili barrels
    byte bytes gigabyte terabyte petabyte gb tb pb pixel
    """
)

_CURRENCY_WORDS: dict[str, str] = {
    "euro": "EUR", "eur": "EUR", "euros": "EUR", "€": "EUR",
    "dollari": "USD", "dollaro": "USD", "dollar": "USD", "dollars": "USD", "usd": "USD",
    "$": "USD", "us$": "USD", "us dollars": "USD",
    "sterline": "GBP", "sterlina": "GBP", "pound": "GBP", "pounds": "GBP", "gbp": "GBP", "£": "GBP",
    "franchi": "CHF", "franco": "CHF", "chf": "CHF", "fr.": "CHF",
    "yen": "JPY", "jpy": "JPY", "¥": "JPY",
    "yuan": "CNY", "renminbi": "CNY", "cny": "CNY", "rmb": "CNY",
    "c$": "CAD", "cad": "CAD", "a$": "AUD", "aud": "AUD",
}
#: Adjectives that change which dollar is meant ("dollari canadesi").
_CURRENCY_ADJ: dict[str, str] = {"canadesi": "CAD", "australiani": "AUD", "canadian": "CAD"}

_MAGNITUDES: dict[str, float] = {
    "miliardi": 1e9, "miliardo": 1e9, "mld": 1e9, "mldi": 1e9, "mrd": 1e9,
    "billion": 1e9, "billions": 1e9, "bn": 1e9, "bln": 1e9, "b": 1e9,
    "milioni": 1e6, "milione": 1e6, "mln": 1e6, "million": 1e6, "millions": 1e6, "mn": 1e6, "m": 1e6,
    "mila": 1e3, "thousand": 1e3, "k": 1e3,
    "mio.": 1e6, "mio": 1e6, "mia.": 1e9, "mia": 1e9,        # Swiss Italian: "CHF 18 mio.", "fr. 2 mia."
    "trilioni": 1e12, "trilione": 1e12, "trillion": 1e12, "trillions": 1e12, "tn": 1e12, "tln": 1e12,
}
_ENGLISH_MAGS = frozenset({"billion", "billions", "bn", "b", "million", "millions", "mn", "m",
                           "thousand", "k", "trillion", "trillions", "tn"})
_LETTER_MAGS = frozenset({"b", "m", "k"})

# --------------------------------------------------------------------------- regexes

_NUM = r"\d{1,3}(?:[.,\u00a0\u202f\u2009'’]\d{3})+(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)?"   # ' ’: "6'500'000" (Swiss)
_WORD = r"[^\W\d_]+['’]?"
_MAG = (
    r"(?:mila\s+mili(?:ardi|oni)|miliardi|miliardo|milioni|milione|mila|mldi|mld|mln|mrd|bln|tln"
    r"|trilioni|trilione|trillions?|billions?|millions?|thousand|bn|mn|tn|[bmk]"
    # Swiss Italian abbreviations, with their dot or before the currency ("18 mio. di franchi"): "mio"
    # and "mia" alone are the possessives
    r"|mi[oa]\.|mi[oa](?=\s+(?:di\s+)?(?:franchi|chf|euro|dollari)(?![^\W\d_])))(?![^\W\d_])"
)
_PRECUR = (r"(?:US\$|C\$|A\$|€|\$|£|¥|(?<![^\W\d_])(?:USD|EUR|GBP|CHF|JPY|CNY|RMB|CAD|AUD|euro)(?![^\W\d_])"
           r"|(?<![^\W\d_])[Ff]r\.)")                         # "fr. 40 mio.": Swiss francs
_POSTCUR = (
    r"(?:(?:(?:di|d['’])\s*)?(?:€|\$|£|¥|(?:euros?|eur|dollari|dollaro|(?:us\s+)?dollars?|usd|sterline"
    r"|sterlina|pounds?|gbp|franchi|franco|chf|yen|jpy|yuan|renminbi|cny|rmb|cad|aud)(?![^\W\d_])"
    r"(?:\s+(?:statunitensi|americani|usa|svizzeri|canadesi|australiani|sterling)(?![^\W\d_]))?))"
)

_ATOM = re.compile(
    rf"""
    (?:(?P<num>{_NUM})|(?P<word>{_WORD}))
    (?:[ \u00a0]{{0,2}}(?P<mag>{_MAG})
       (?:(?P<half>\s+e\s+mezz[oa])(?![^\W\d_])
         |\s+e\s+(?:(?P<xnum>\d+(?:,\d+)?)|(?P<xword>[^\W\d_]+))\s?(?P<xmag>milioni|mln|mila)(?![^\W\d_]))?)?
    (?:[ \u00a0]{{0,2}}(?P<post>{_POSTCUR}))?
    """,
    re.IGNORECASE | re.VERBOSE,
)
#: A currency prefix ending right before a number ("€ ", "$", "USD ").
_PRECUR_END = re.compile(rf"{_PRECUR}[ \u00a0]{{0,2}}$", re.IGNORECASE)
_PRECUR_CHARS = frozenset("€$£¥DRFYBKPOdrfybkpo.")  # last char of a currency sign or code ("per euro 5.000.000", "fr.")

#: Substrings of magnitude words, searched with str.find: a number *word* can only be money
#: right before one of these (or be a one-word "cinquemila"). All-caps words and the
#: abbreviations ("due mld") are not looked for after a word; after digits they are.
#: First characters of everything that may follow a number in an amount (magnitudes,
#: currency words and signs): a cheap test that spares most dates, years and percentages
#: a regex match.
_FOLLOW_CHARS = frozenset("mMbBkKtTdDeEuUsSfFcCyYrRgGpPjJaA€$£¥")
_NUMBER_CHARS = frozenset("0123456789.,\u00a0\u202f\u2009'’")

_MAG_ANCHORS = ("mil", "Mil", "illion")
_MAG_HEADS = ("miliard", "milion", "mila", "mille", "million", "illion")
_DIGIT_RUN = re.compile(r"[0-9]+")

_RANGE_LO = re.compile(
    rf"""(?:
      (?P<kw>\b(?:tra|fra|between|from|da|dai)\s+(?:(?:i|gli|the)\s+)?)
        (?P<lopre>{_PRECUR})?\s?(?:(?P<lonum>{_NUM})|(?P<loword>{_WORD}))
        (?:\s?(?P<lomag>{_MAG}))?(?:\s{{1,2}}{_POSTCUR})?
        \s+(?:e|ed|a|ai|agli|and|to|[-–—])\s+(?:(?:i|gli)\s+)?
      | (?<![\w.,])(?P<dpre>{_PRECUR})?\s?(?P<dnum>{_NUM})(?:\s?(?P<dmag>{_MAG}))?\s?[-–—]\s?
    )$""",
    re.IGNORECASE | re.VERBOSE,
)

# Qualifier words written just before the amount; they become part of the span.
_PREFIX_QUAL = re.compile(
    r"""(?:
      (?P<up_to>\b(?:fino\s+(?:a|ad|ai|agli)|sino\s+(?:a|ad|ai)|up\s+to|as\s+much\s+as|at\s+most
               |(?:fino\s+a\s+)?(?:un|a)\s+massimo\s+di|al\s+massimo|massimo|max\.?|non\s+oltre))
     |(?P<approx>\b(?:poco\s+(?:più|piu|meno)\s+di|circa|quasi|intorno\s+(?:a|ai|agli)
               |attorno\s+(?:a|ai|agli)|nell['’]ordine\s+di|about|around|approximately|roughly
               |nearly|almost|some|approx\.?|ca\.)|~)
     |(?P<more_than>\b(?:oltre|più\s+di|piu['’]?\s+di|over|more\s+than|above|almeno|at\s+least
               |superiori?\s+a|sopra\s+i))
     |(?P<additional>\b(?:altri|altre|ulteriori|ulteriore|un\s+ulteriore|un['’]ulteriore|another
               |an\s+additional|additional|further|extra))
     |(?P<total>\b(?:complessivi|complessive|totali|a\s+total\s+of|total\s+of))
    )\s*(?:(?:i|gli|il|the)\s+)?$""",
    re.IGNORECASE | re.VERBOSE,
)
# Context phrases just before the amount; they set "total" but stay outside the span.
_PREFIX_TOTAL = re.compile(
    r"""\b(?:(?:porta(?:ndo|to|re|rà|no)?|sale|salgono|salendo|arriva(?:ndo)?)\s+(?:così\s+)?
           (?:(?:il|l['’])\s*(?:totale|investimento|impegno)(?:\s+(?:totale|complessivo))?\s+)?(?:a|ad)
         |(?:totale|complessiv[oa])\s+(?:\w+\s+)?(?:a|ad|di|è\s+di|pari\s+a)
         |bringing\s+(?:the\s+|its\s+)?(?:total\s+)?(?:\w+\s+)?to
         |totale\s+di)\s*(?:(?:i|gli|il|the)\s+)?$""",
    re.IGNORECASE | re.VERBOSE,
)
_CLAUSE_TOTAL = re.compile(r"\b(?:in\s+totale|complessivamente|in\s+tutto|in\s+total)\b", re.IGNORECASE)
_CLAUSE_START = re.compile(r"[.;:!?\n](?=[^.;:!?\n]*$)")

_SUFFIX_QUAL = re.compile(
    r"""[ \u00a0]*(?:
      (?P<total>(?:complessivi|complessive|totali|in\s+totale|in\s+tutto|in\s+total|in\s+all)\b)
     |(?P<additional>(?:aggiuntivi|aggiuntive|in\s+più|in\s+piu|additional|more|extra)\b)
     |(?P<more_than>(?:o\s+più|e\s+oltre|or\s+more|plus)\b)
     |(?P<approx>(?:circa|or\s+so)\b)
    )""",
    re.IGNORECASE | re.VERBOSE,
)
_AFTER_NOUN = re.compile(
    r"[ \u00a0]*(?:(?:di|d['’]|of)\s*)?(?:(?:nuovi|nuove|new|potenziali|singoli|diversi)\s+)?"
    r"(?P<noun>[^\W_]+|%)",
    re.IGNORECASE,
)
_CONVERSION_GAP = re.compile(
    r"^\s*[(\[,;:–—-]?\s*(?:(?:pari|equivalenti|equivalente|corrispondenti)\s+(?:a|ad|ai)\s*"
    r"|ovvero\s*|cioè\s*|ossia\s*|i\.e\.\s*|or\s*|o\s*|equal\s+to\s*)?$",
    re.IGNORECASE,
)

_WINDOW = 48
_ARTICLES = frozenset({"i", "gli", "il", "the"})
_RANGE_SEPS = frozenset({"e", "ed", "a", "ai", "agli", "and", "to"})
#: Last words of the `_PREFIX_QUAL` phrases: the regex runs only after one of these.
_QUAL_LAST_WORDS = _wordset(
    """a ad ai agli to as most di massimo max max. oltre circa quasi about around approximately
    roughly nearly almost some approx approx. ca. ~ over than above almeno least i altri altre
    ulteriori ulteriore un'ulteriore un’ulteriore another additional further extra complessivi
    complessive totali of"""
)
_TOTAL_HINTS = ("total", "compless", "port", "sal", "arriv", "bringing", "in tutto")


# --------------------------------------------------------------------------- helpers


@lru_cache(maxsize=4096)      # pure, and an article repeats its tokens
def parse_number(raw: str, english: bool) -> float:
    """A written number as a float, deciding what "." and "," mean (see module docstring).

    `english` says the magnitude is English or absent, where "1,500" is fifteen hundred.
    """
    s = raw.replace("\u00a0", "").replace("\u202f", "").replace("\u2009", "").replace("'", "").replace("’", "")
    dots, commas = s.count("."), s.count(",")
    if dots and commas:
        dec = "." if s.rfind(".") > s.rfind(",") else ","
        thou = "," if dec == "." else "."
        return float(s.replace(thou, "").replace(dec, "."))
    if not dots and not commas:
        return float(s)
    sep = "." if dots else ","
    head, _, tail = s.rpartition(sep)
    if s.count(sep) > 1:
        return float(s.replace(sep, ""))
    if len(tail) == 3 and (sep == "." or english):
        return float(head + tail)
    return float(head + "." + tail)


@lru_cache(maxsize=4096)      # pure, and an article repeats its tokens
def _currency_of(token: str | None) -> str | None:
    """ISO code of a currency prefix or suffix as matched ("di dollari canadesi" -> CAD)."""
    if not token:
        return None
    t = " ".join(token.lower().replace("’", "'").split())
    for lead in ("di ", "d'", "d' "):
        if t.startswith(lead):
            t = t[len(lead):].strip()
    words = t.split()
    if len(words) > 1 and words[-1] in _CURRENCY_ADJ:
        return _CURRENCY_ADJ[words[-1]]
    if t in _CURRENCY_WORDS:
        return _CURRENCY_WORDS[t]
    return _CURRENCY_WORDS.get(words[0]) if words else None


@lru_cache(maxsize=4096)      # pure, and an article repeats its tokens
def _magnitude(mag: str | None) -> float:
    """Multiplier of a magnitude token; "mila miliardi" multiplies both."""
    if not mag:
        return 1.0
    out = 1.0
    for part in mag.lower().split():
        out *= _MAGNITUDES[part]
    return out


def _is_english_mag(mag: str | None) -> bool:
    return mag is None or mag.lower() in _ENGLISH_MAGS


def _number_value(num: str | None, word: str | None, mag: str | None) -> float | None:
    """The count before the magnitude, from digits or a cardinal word; None if not a number.

    English articles ("a", "an") count only before an English magnitude ("a billion"), so the
    Italian preposition "a" never becomes a number.
    """
    if num is not None:
        return parse_number(num, _is_english_mag(mag))
    if word is None:
        return None
    w = word.lower()
    if w in ("a", "an") and (mag is None or mag.lower() not in _ENGLISH_MAGS or len(mag) == 1):
        return None
    if w in ENGLISH and w not in ("a", "an") and not _is_english_mag(mag):
        return None
    return word_value(w)


def _followed_by_non_money(text: str, end: int) -> bool:
    """True when the words after a bare magnitude make it a count ("miliardi di utenti")."""
    m = _AFTER_NOUN.match(text, end, min(len(text), end + 40))
    return bool(m) and m.group("noun").lower() in NON_MONEY_NOUNS


def _atom_value(m: re.Match[str], pre: str | None) -> tuple[float, str | None] | None:
    """Value and explicit currency of a regex atom, or None when the atom is not money."""
    mag = m.group("mag")
    post = m.group("post")
    currency = _currency_of(pre) or _currency_of(post)
    if mag and mag.lower() in _LETTER_MAGS and (currency is None or not m.group("num")):
        return None
    if not mag and currency is None:
        return None
    if m.group("word") and not mag and not post:
        return None
    base = _number_value(m.group("num"), m.group("word"), mag)
    if base is None:
        return None
    if m.group("half"):
        base += 0.5
    value = base * _magnitude(mag)
    if m.group("xnum") or m.group("xword"):
        # "2 miliardi e 500 milioni", "un miliardo e duecento milioni": one amount
        xval = parse_number(m.group("xnum"), False) if m.group("xnum") else word_value(m.group("xword").lower())
        if xval is None:
            return None
        extra = xval * _magnitude(m.group("xmag"))
        if extra >= _magnitude(mag):
            return None
        value += extra
    return value, currency


def _range_low(text: str, start: int, mag: str | None) -> tuple[float, int, str | None] | None:
    """Lower bound, new start and currency of a range written before the amount at `start`."""
    before = text[max(0, start - 4):start].rstrip()
    if not before or (before[-1] not in "-–—" and _last_word(text, start) not in _RANGE_SEPS):
        return None
    m = _RANGE_LO.search(text, max(0, start - _WINDOW), start)
    if not m:
        return None
    if m.group("kw"):
        lomag = m.group("lomag") or mag
        low = _number_value(m.group("lonum"), m.group("loword"), lomag)
        cur = _currency_of(m.group("lopre"))
    else:
        lomag = m.group("dmag") or mag
        low = _number_value(m.group("dnum"), None, lomag)
        cur = _currency_of(m.group("dpre"))
    if low is None:
        return None
    return low * _magnitude(lomag), m.start(), cur


def _last_word(text: str, start: int) -> str:
    """The lower-cased word before `start`, skipping one article ("fino ai", "oltre i")."""
    words = text[max(0, start - 24):start].lower().split()
    if words and words[-1] in _ARTICLES:
        words.pop()
    return words[-1].lstrip("([{«\"“‘'") if words else ""


def _prefix_qualifiers(text: str, start: int) -> tuple[set[str], int]:
    """Qualifiers written before the amount and the start of the span including their words.

    Regexes anchored at the window's end are costly (tried at every position), so each runs
    only when a cheap look at the previous word or the window says it could match.
    """
    quals: set[str] = set()
    for _ in range(3):
        if _last_word(text, start) not in _QUAL_LAST_WORDS:
            break
        m = _PREFIX_QUAL.search(text, max(0, start - _WINDOW), start)
        if not m:
            break
        quals.add(m.lastgroup or "")
        start = m.start()
    lo = max(0, start - _WINDOW)
    window = text[lo:start].lower()
    if any(map(window.__contains__, _TOTAL_HINTS)):          # C loop: no generator
        if _PREFIX_TOTAL.search(text, lo, start):
            quals.add("total")
        clause = _CLAUSE_START.search(text, lo, start)
        if _CLAUSE_TOTAL.search(text, clause.end() if clause else lo, start):
            quals.add("total")
    quals.discard("")
    return quals, start


def _suffix_qualifiers(text: str, end: int) -> set[str]:
    m = _SUFFIX_QUAL.match(text, end, min(len(text), end + 30))
    return {m.lastgroup} if m and m.lastgroup else set()


def _find_all(text: str, subs: str | tuple[str, ...]) -> list[int]:
    """Positions of every occurrence of each substring (str.find is C-fast; regex scans are not)."""
    out: list[int] = []
    for sub in subs:
        i = text.find(sub)
        while i != -1:
            out.append(i)
            i = text.find(sub, i + 1)
    return out


def _is_magnitude_at(text: str, i: int) -> bool:
    """Whether the anchor at `i` begins a magnitude word, not "milanese" or "millennio"."""
    head = text[i:i + 9].lower()
    if not head.startswith(_MAG_HEADS):
        return False
    for short in ("mila", "mille"):
        if head.startswith(short):
            return not head[len(short):len(short) + 1].isalpha()
    return True


def _word_start(text: str, i: int) -> int:
    """Start of the run of letters ending right before index `i` (at most 20 back)."""
    j = i
    while j > 0 and i - j < 20 and text[j - 1].isalpha():
        j -= 1
    return j


def _candidates(text: str) -> list[int]:
    """Positions where an amount's number may start, in order.

    Digit runs (not the digits after a separator inside a number) and cardinal words right
    before a magnitude word ("due miliardi", "cinquemila euro").
    """
    starts: set[int] = set()
    n = len(text)
    # starts of runs of ASCII digits: a digit right after another one is skipped below anyway
    for m in _DIGIT_RUN.finditer(text):
        i = m.start()
        if i:
            c = text[i - 1]
            if c.isdigit() or c.isalpha() or c == "_":
                continue
            if c in ".,\u00a0\u202f\u2009'’" and i >= 2 and text[i - 2].isdigit():
                continue
        # Cheap money test, inline because it runs for every date and year: the number must
        # be followed by a magnitude/currency letter or sign, or preceded by a currency.
        j = i
        while j < n and text[j] in _NUMBER_CHARS:
            j += 1
        while not text[j - 1].isdigit():  # "2025, con": the comma ends the sentence
            j -= 1
        if j < n and text[j] == " ":
            j += 1
        if j < n and text[j] in _FOLLOW_CHARS:
            starts.add(i)
            continue
        k = i - 1
        if k >= 0 and text[k] == " ":
            k -= 1
        if k >= 0 and text[k] in _PRECUR_CHARS:
            starts.add(i)
    for i in _find_all(text, _MAG_ANCHORS):
        if not _is_magnitude_at(text, i):
            continue
        wstart = _word_start(text, i)
        if wstart < i and word_value(text[wstart:i + 4]) is not None:  # "cinquemila", "duemila"
            starts.add(wstart)
        j = wstart
        while j > 0 and text[j - 1] in " \u00a0":
            j -= 1
        if j < wstart:
            k = j - 1 if j > 0 and text[j - 1] in "'’" else j  # "un'" before a vowel
            pstart = _word_start(text, k)
            if pstart < j and word_value(text[pstart:j]) is not None:
                starts.add(pstart)
    return sorted(starts)


def _prefix_currency(text: str, start: int) -> tuple[str | None, int]:
    """A currency sign or code written just before the number, and where it starts."""
    j = start - 1
    while j >= 0 and text[j] in " \u00a0":
        j -= 1
    if j < 0 or text[j] not in _PRECUR_CHARS:
        return None, start
    m = _PRECUR_END.search(text, max(0, start - 6), start)
    return (m.group(0).rstrip(), m.start()) if m else (None, start)



def _scan(text: str) -> list[Amount]:
    """Step 1-3 of the module docstring: atoms, money test, ranges and qualifiers."""
    found: list[Amount] = []
    consumed = 0
    for pos in _candidates(text):
        if pos < consumed:
            continue
        pre, start = _prefix_currency(text, pos)
        m = _ATOM.match(text, pos)
        if m is None:
            continue
        got = _atom_value(m, pre)
        if got is None:
            continue
        value, currency = got
        if currency is None and _followed_by_non_money(text, m.end()):
            continue
        end = consumed = m.end()
        quals: set[str] = set()
        value_min = None
        rng = _range_low(text, start, m.group("mag"))
        if rng and rng[0] < value:
            value_min, start, low_cur = rng
            currency = currency or low_cur
            quals.add("range")
            while found and found[-1].start >= start:
                found.pop()
        pq, start = _prefix_qualifiers(text, start)
        quals |= pq | _suffix_qualifiers(text, end)
        found.append(Amount(value, currency, text[start:end], start, end, value_min, frozenset(quals)))
    return found


def _mark_conversions(text: str, amounts: list[Amount]) -> list[Amount]:
    """Step 4: an amount restating the previous one in another currency is "converted"."""
    out = list(amounts)
    for i in range(1, len(out)):
        prev, cur = out[i - 1], out[i]
        if not (prev.currency and cur.currency and prev.currency != cur.currency):
            continue
        if _CONVERSION_GAP.match(text[prev.end:cur.start]):
            out[i] = replace(cur, qualifiers=cur.qualifiers | {"converted"})
    return out


def _carry_currency(text: str, amounts: list[Amount], paragraphs: int = 0) -> list[Amount]:
    """Step 5: forward currency carry over at most `paragraphs` paragraph breaks (default 0)."""
    out: list[Amount] = []
    source: Amount | None = None
    for a in amounts:
        if source is not None and text.count("\n", source.end, a.start) > paragraphs:
            source = None
        if a.currency is not None:
            if "converted" not in a.qualifiers:
                source = a
            out.append(a)
        elif source is not None:
            out.append(replace(a, currency=source.currency, currency_carried=True))
        else:
            out.append(a)
    return out


# --------------------------------------------------------------------------- public API


def find_amounts(text: str, *, carry_paragraphs: int = 0) -> list[Amount]:
    """Every money amount in `text`, in order of appearance (see the module docstring).

    `carry_paragraphs` widens the currency carry over that many paragraph breaks (0: the same
    paragraph only, the documented default; 1 also reaches "… 2 milioni di euro.\nIl fondo ha
    investito un milione").
    """
    if not text:
        return []
    amounts = _scan(text)
    if not amounts:
        return []
    return _carry_currency(text, _mark_conversions(text, amounts), carry_paragraphs)


def to_eur(amount: Amount, fx: Mapping[str, float]) -> float:
    """The amount in euro-equivalent using `fx` (ISO code -> EUR per unit).

    Currency None counts as EUR-equivalent (the text did not say, and the thresholds are set
    in euro); a currency missing from `fx` leaves the value unchanged rather than dropping a
    deal over a rate table gap.
    """
    if amount.currency is None or amount.currency == "EUR":
        return amount.value
    rate = fx.get(amount.currency)
    return amount.value if rate is None else amount.value * rate


def describe(amount: Amount) -> str:
    """Short normalised form for messages: "4.0 bn USD", "600.0 mn EUR", "8.0 bn (no currency)".

    A range reads "2.0-3.0 bn USD"; qualifiers other than "range" follow in brackets.
    """
    def scaled(v: float) -> tuple[str, str]:
        for unit, size in (("tn", 1e12), ("bn", 1e9), ("mn", 1e6), ("k", 1e3)):
            if abs(v) >= size:
                return f"{round(v / size, 3)}", unit
        return f"{round(v, 2)}", ""

    num, unit = scaled(amount.value)
    if amount.value_min is not None:
        lo, lo_unit = scaled(amount.value_min)
        num = f"{lo}{'' if lo_unit == unit else ' ' + lo_unit}-{num}"
    cur = amount.currency or "(no currency)"
    out = " ".join(p for p in (num, unit, cur) if p)
    extra = sorted(amount.qualifiers - {"range"})
    return f"{out} [{', '.join(extra)}]" if extra else out

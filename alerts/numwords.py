"""Cardinal number words (Italian and a few English ones) as a lookup table.

Only words that can stand before a magnitude ("due miliardi", "trecento milioni", "cinquemila
euro") matter to the amount parser, so a generated table is enough: it is built once at import,
is exact, and a dict lookup is far cheaper than a general text-to-number library (text2num's
`alpha2digit(..., "it")` was tried: ~200 µs per article, no "mezzo", and it loses the spans).
"""

from __future__ import annotations

_UNITS = {
    "uno": 1, "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7, "otto": 8,
    "nove": 9, "dieci": 10, "undici": 11, "dodici": 12, "tredici": 13, "quattordici": 14,
    "quindici": 15, "sedici": 16, "diciassette": 17, "diciotto": 18, "diciannove": 19,
}
_TENS = {
    "venti": 20, "trenta": 30, "quaranta": 40, "cinquanta": 50, "sessanta": 60, "settanta": 70,
    "ottanta": 80, "novanta": 90,
}
_HUNDREDS = {
    "cento": 100, "duecento": 200, "trecento": 300, "quattrocento": 400, "cinquecento": 500,
    "seicento": 600, "settecento": 700, "ottocento": 800, "novecento": 900,
}

ENGLISH: dict[str, float] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
}


def _below_hundred() -> dict[str, int]:
    """1..99 with the Italian elisions: ventuno, ventotto (the tens lose their final vowel)."""
    out = dict(_UNITS)
    for tword, tval in _TENS.items():
        out[tword] = tval
        for uword, uval in list(_UNITS.items())[:9]:
            stem = tword[:-1] if uword in ("uno", "otto") else tword
            out[stem + uword] = tval + uval
            if uword == "tre":
                out[stem + "tré"] = tval + 3
    return out


def _below_thousand() -> dict[str, int]:
    """1..999: "centocinquanta", "trecentoventi", and the elided "centottanta"."""
    small = _below_hundred()
    out = dict(small)
    for hword, hval in _HUNDREDS.items():
        out[hword] = hval
        for sword, sval in small.items():
            out[hword + sword] = hval + sval
            if sword.startswith("otta"):
                out[hword[:-1] + sword] = hval + sval
    return out


def _build_italian() -> dict[str, float]:
    """Italian cardinals up to 999,999 as written in one word, plus the article forms of one."""
    below = _below_thousand()
    out: dict[str, float] = {k: float(v) for k, v in below.items()}
    out.update({"un": 1.0, "una": 1.0, "un'": 1.0, "un’": 1.0, "mezzo": 0.5, "mezza": 0.5})
    out["mille"] = 1000.0
    for word, val in below.items():
        if val > 1:
            out[word + "mila"] = val * 1000.0
    return out


ITALIAN: dict[str, float] = _build_italian()
WORDS: dict[str, float] = {**ENGLISH, **ITALIAN}


def word_value(word: str) -> float | None:
    """The value of one cardinal word ("due" -> 2.0, "mezzo" -> 0.5), None if it is not one."""
    return WORDS.get(word.lower())

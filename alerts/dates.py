"""Dates written in an article, read against its publication date.

Why: a retrospective ("Il 4 novembre Orione Robotics ha annunciato un round", published in
December) recalls deals that were news weeks earlier, in the same words as fresh news. Only the
publication date tells "il 4 novembre" (a month ago) from "il 4 dicembre" (yesterday).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

MONTHS = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
          "ottobre", "novembre", "dicembre")
_MONTH_NUMBER = {m: i for i, m in enumerate(MONTHS, 1)}
# a season and a year ("nella primavera del 2025") is read as its last month (winter spans two years)
_LAST_MONTH = {**_MONTH_NUMBER, "primavera": 6, "estate": 9, "autunno": 12}
# "il 4 novembre", "lo scorso 12 marzo", "1° ottobre 2024", "il 3 novembre del 2025": found from the
# month word (str.find: Italian writes months in lower case), then the day before and the year
# after it (a regex over the whole body, starting with the day or with the month alternation,
# cost ~100 µs per long article: its first characters are everywhere)
_DAY_BEFORE = re.compile(r"(?<!\w)([0-3]?\d)(?:°|º)?\s+$")
_YEAR_AFTER = re.compile(r"\s+(?:del\s+)?((?:19|20)\d\d)\b", re.IGNORECASE)
# "tra il 2019 e il 2023", "dal 2019 al 2023": a span of years; "Dal 2019 Microsoft ha investito 13
# miliardi" opens a sentence with a running total since a past year
_YEAR_SPAN = re.compile(r"\b(?:tra il|fra il|dal) (?:19|20)\d\d (?:e il|al) ((?:19|20)\d\d)\b", re.IGNORECASE)
_SINCE_YEAR = re.compile(r"(?:^|(?<=[.!?]\s))Dal ((?:19|20)\d\d)\b(?! (?:al|e il) )")
# "i 35 milioni raccolti nel round del 2024": a deal dated by a past year is an earlier one
_DEAL_OF_YEAR = re.compile(r"\b(?:round|seed|aumento di capitale|finanziamento|raccolta|investimento)\b"
                           r"(?:\s+[\w'’]+){0,3}?\s+del\s+((?:19|20)\d\d)\b", re.IGNORECASE)
# "fondata a marzo 2024": a founding date dates the company, not the deal (see rules "founding")
_FOUNDED_BEFORE = re.compile(r"\b(?:fondat|nat|costituit|creat|lanciat)\w*\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def _dated(day: int, month: int, year: int | None, published: date) -> date | None:
    """The date meant by "day month [year]"; without a year, the occurrence nearest to the
    publication (a date more than half a year ahead is last year's)."""
    try:
        if year is not None:
            return date(year, month, day)
        got = date(published.year, month, day)
        if got - published > timedelta(days=183):
            got = date(published.year - 1, month, day)
        return got
    except ValueError:                       # "31 novembre"
        return None


def _month_end(year: int, month: int) -> date:
    return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)


def stale_dates(text: str, published: date, days: int) -> list[tuple[int, int, str, bool]]:
    """(start, end, phrase, whole_sentence) of every past date that marks what is near it as old.

    Whole sentence: a day-and-month date more than `days` before `published`, a span of years
    that ended before the publication's year, a sentence opening "Dal <year>" with a past year.
    Its clause only: a month (or season) and year that ended more than `days` before publication
    ("OpenAI ha chiuso a marzo 2025 un round…", published in 2026), a deal noun dated by a past
    year ("i 35 milioni raccolti nel round del 2024") — a fresh round often recalls the last one
    that way in a clause of its own ("dopo il seed di marzo 2025")."""
    out = []
    for pattern, needles in ((_YEAR_SPAN, (" e il 19", " e il 20", " al 19", " al 20")),
                             (_SINCE_YEAR, ("Dal 19", "Dal 20"))):
        if any(n in text for n in needles):                  # C-speed pre-check
            out += [(m.start(), m.end(), m.group(0), True) for m in pattern.finditer(text)
                    if int(m.group(1)) < published.year]
    if " del 19" in text or " del 20" in text:
        out += [(m.start(), m.end(), m.group(0), False) for m in _DEAL_OF_YEAR.finditer(text)
                if int(m.group(1)) < published.year]
    for word, month in _LAST_MONTH.items():
        i = text.find(word)
        while i != -1:
            j = i + len(word)
            if not (j < len(text) and (text[j].isalnum() or text[j] == "_")):
                day = _DAY_BEFORE.search(text, max(0, i - 8), i) if word in _MONTH_NUMBER else None
                year = _YEAR_AFTER.match(text, j)
                if day is not None:
                    when = _dated(int(day.group(1)), month, int(year.group(1)) if year else None, published)
                    if when is not None and (published - when).days > days:
                        end = year.end() if year else j
                        out.append((day.start(), end, text[day.start():end], True))
                elif year is not None and not (i and text[i - 1].isalpha()) \
                        and (published - _month_end(int(year.group(1)), month)).days > days \
                        and not _FOUNDED_BEFORE.search(text, max(0, i - 40), i):
                    out.append((i, year.end(), text[i:year.end()], False))
            i = text.find(word, j)
    return sorted(out)

"""Dates in the text read against the publication date (alerts.dates)."""

from __future__ import annotations

from datetime import date

from alerts.dates import stale_dates

PUB = date(2025, 12, 4)


def phrases(text: str, published: date = PUB, days: int = 31) -> list[str]:
    return [p for _, _, p, _ in stale_dates(text, published, days)]


def test_a_day_and_month_long_before_publication_is_stale() -> None:
    assert phrases("Il 28 ottobre X ha chiuso un round; il 3 dicembre Y ha firmato.") == ["28 ottobre"]


def test_the_year_is_the_one_nearest_to_the_publication() -> None:
    # in January, "il 20 dicembre" is last month; in early December, "il 20 dicembre" is ahead
    assert phrases("Il 20 dicembre X ha chiuso un round.", date(2026, 1, 5), days=10) == ["20 dicembre"]
    assert phrases("Il 20 dicembre X chiuderà un round.") == []
    assert phrases("Il 1° ottobre 2024 X aveva chiuso un round.") == ["1° ottobre 2024"]
    assert phrases("Il 2 dicembre del 2025 X ha chiuso un round.") == []


def test_impossible_dates_and_text_without_months_are_ignored() -> None:
    assert phrases("Il 31 novembre, 45 milioni.") == []
    assert phrases("Nessuna data qui, solo 12 milioni di euro.") == []


def test_a_span_of_years_that_ended_before_publication_is_stale() -> None:
    assert phrases("i 13 miliardi investiti tra il 2019 e il 2023") == ["tra il 2019 e il 2023"]
    assert phrases("consegne tra il 2025 e il 2027") == []
    assert phrases("dal 2020 al 2024 la società ha raccolto 40 milioni") == ["dal 2020 al 2024"]


def test_a_sentence_opening_since_a_past_year_is_stale() -> None:
    assert phrases("Dal 2019 Microsoft ha investito in OpenAI circa 13 miliardi.") == ["Dal 2019"]
    assert phrases("Il round. Dal 2025 la società ha clienti.") == []
    assert phrases("La società, attiva dal 2019, ha raccolto 5 milioni.") == []


def test_a_past_month_and_year_dates_its_clause_only() -> None:
    # the month counts as ended: in late January, December is last month and November is old
    got = stale_dates("OpenAI ha chiuso a marzo 2025 un round; nel novembre 2025 altri fondi; a dicembre 2025 Y.",
                      date(2026, 1, 20), 31)
    assert [(p, whole) for _, _, p, whole in got] == [("marzo 2025", False), ("novembre 2025", False)]
    assert phrases("Entro marzo 2026 la società aprirà un round.", date(2026, 1, 20)) == []
    assert phrases("l'aumento chiuso nella primavera del 2025", date(2026, 2, 3)) == ["primavera del 2025"]
    assert phrases("l'aumento chiuso nell'autunno 2025", date(2025, 12, 20)) == []
    assert phrases("parte dei 35 milioni raccolti nel round del 2024", date(2026, 2, 5)) == ["round del 2024"]
    assert phrases("il round del 2026 è il più grande", date(2026, 2, 5)) == []
    # a founding date dates the company, not the deal
    assert phrases("La startup, fondata a marzo 2024, ha chiuso un round.", date(2026, 1, 20)) == []

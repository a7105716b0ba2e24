"""Money amounts as the Italian press writes them: values, currencies, spans, qualifiers.

Every sentence here is written for these tests (none is taken from the labelled corpus).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from alerts.amounts import QUALIFIERS, Amount, describe, find_amounts, parse_number, to_eur

B, M, K = 1e9, 1e6, 1e3


def only(text: str) -> Amount:
    """The single amount of `text` (fails loudly when there are none or several)."""
    found = find_amounts(text)
    assert len(found) == 1, [a.text for a in found]
    return found[0]


# (sentence, expected span text, value, currency, qualifiers)
CASES = [
    ("La startup ha raccolto 8 miliardi dagli investitori.", "8 miliardi", 8 * B, None, set()),
    ("Un impegno da 8 mld per il cloud.", "8 mld", 8 * B, None, set()),
    ("Titolo: commessa da 8mld per i chip.", "8mld", 8 * B, None, set()),
    ("Round da 1,5 miliardi di euro per la società.", "1,5 miliardi di euro", 1.5 * B, "EUR", set()),
    ("Un aumento di capitale da € 300 milioni.", "€ 300 milioni", 300 * M, "EUR", set()),
    ("Ha chiuso un round da 300 mln con due fondi.", "300 mln", 300 * M, None, set()),
    ("La compagnia mette sul piatto $4 miliardi.", "$4 miliardi", 4 * B, "USD", set()),
    ("Investe 4 miliardi di dollari nel laboratorio.", "4 miliardi di dollari", 4 * B, "USD", set()),
    ("Un piano da 2.500 milioni in tre anni.", "2.500 milioni", 2.5 * B, None, set()),
    ("Vale un miliardo secondo gli analisti.", "un miliardo", 1 * B, None, set()),
    ("Il fondo promette due miliardi alla startup.", "due miliardi", 2 * B, None, set()),
    ("Arrivano ulteriori due miliardi per i modelli.", "ulteriori due miliardi", 2 * B, None,
     {"additional"}),
    ("Il gruppo investe mezzo miliardo nel calcolo.", "mezzo miliardo", 0.5 * B, None, set()),
    ("Serve un miliardo e mezzo per i data center.", "un miliardo e mezzo", 1.5 * B, None, set()),
    ("Impegni per oltre 10 miliardi nei prossimi anni.", "oltre 10 miliardi", 10 * B, None,
     {"more_than"}),
    ("Il colosso potrà versare fino a 15 miliardi.", "fino a 15 miliardi", 15 * B, None, {"up_to"}),
    ("Il contratto vale fino ai 15 miliardi.", "fino ai 15 miliardi", 15 * B, None, {"up_to"}),
    ("Un mercato da USD 500 million entro il 2030.", "USD 500 million", 500 * M, "USD", set()),
    ("The lab raised $6.6 billion from investors.", "$6.6 billion", 6.6 * B, "USD", set()),
    ("Raccolti 40 milioni di euro dal fondo.", "40 milioni di euro", 40 * M, "EUR", set()),
    ("Seed da €40M per la startup francese.", "€40M", 40 * M, "EUR", set()),
    # Swiss Italian (Ticino press): "mio."/"mia.", "fr.", apostrophe thousands separators
    ("Lepontia ha raccolto CHF 18 mio. in un round.", "CHF 18 mio.", 18 * M, "CHF", set()),
    ("Un'intesa da 40 mio. di franchi con Swisscom.", "40 mio. di franchi", 40 * M, "CHF", set()),
    ("Il seed da CHF 6'500'000 è un record.", "CHF 6'500'000", 6.5 * M, "CHF", set()),
    ("Un piano da fr. 2,5 mia. in cinque anni.", "fr. 2,5 mia.", 2.5 * B, "CHF", set()),
    ("Un pre-seed da 800 mila euro.", "800 mila euro", 800 * K, "EUR", set()),
    ("Un pre-seed da 800mila euro.", "800mila euro", 800 * K, "EUR", set()),
    ("Ottiene due milioni di euro da business angel.", "due milioni di euro", 2 * M, "EUR", set()),
    ("Chiede mezzo milione per partire.", "mezzo milione", 0.5 * M, None, set()),
    ("Un investimento da 5mila miliardi nel decennio.", "5mila miliardi", 5e12, None, set()),
    ("Un investimento da 5.000 miliardi nel decennio.", "5.000 miliardi", 5e12, None, set()),
    ("Una commessa da mille miliardi.", "mille miliardi", 1e12, None, set()),
    ("Il round da € 600 milioni è stato guidato da un fondo.", "€ 600 milioni", 600 * M, "EUR", set()),
    ("Serie A da 12 mln per la robotica agricola.", "12 mln", 12 * M, None, set()),
    ("Il contratto vale 17,4 miliardi fino al 2031.", "17,4 miliardi", 17.4 * B, None, set()),
    ("Acquisisce il 49% per $ 14,3 miliardi.", "$ 14,3 miliardi", 14.3 * B, "USD", set()),
    ("Londra investe 1 miliardo di sterline nei supercomputer.", "1 miliardo di sterline", 1 * B, "GBP",
     set()),
    ("Zurigo riceve 100 milioni di franchi.", "100 milioni di franchi", 100 * M, "CHF", set()),
    ("Riceve 100 milioni di franchi svizzeri.", "100 milioni di franchi svizzeri", 100 * M, "CHF", set()),
    ("Un investimento di 3 miliardi di yen.", "3 miliardi di yen", 3 * B, "JPY", set()),
    ("Pechino stanzia 50 miliardi di yuan.", "50 miliardi di yuan", 50 * B, "CNY", set()),
    ("Vale 2 miliardi d'euro.", "2 miliardi d'euro", 2 * B, "EUR", set()),
    ("Un accordo da 300 milioni €.", "300 milioni €", 300 * M, "EUR", set()),
    ("L'abbonamento costa € 19,99 al mese.", "€ 19,99", 19.99, "EUR", set()),
    ("Il piano Pro costa $20 al mese.", "$20", 20.0, "USD", set()),
    ("Il biglietto costa 300€ a persona.", "300€", 300.0, "EUR", set()),
    ("Amazon mette altri 4 miliardi di dollari.", "altri 4 miliardi di dollari", 4 * B, "USD",
     {"additional"}),
    ("Sono 4 miliardi aggiuntivi rispetto al 2023.", "4 miliardi", 4 * B, None, {"additional"}),
    ("An additional $2 billion was pledged.", "An additional $2 billion", 2 * B, "USD", {"additional"}),
    ("Il totale sale a 8 miliardi complessivi.", "8 miliardi", 8 * B, None, {"total"}),
    ("L'impegno arriva, portando il totale a 8 miliardi.", "8 miliardi", 8 * B, None, {"total"}),
    ("Per un totale di 13 miliardi di dollari.", "13 miliardi di dollari", 13 * B, "USD", {"total"}),
    ("Il fondo ha versato circa 640 milioni di dollari.", "circa 640 milioni di dollari", 640 * M, "USD",
     {"approx"}),
    ("Vale quasi 3 miliardi.", "quasi 3 miliardi", 3 * B, None, {"approx"}),
    ("Costa almeno 2 miliardi.", "almeno 2 miliardi", 2 * B, None, {"more_than"}),
    ("Ha speso più di 2 miliardi.", "più di 2 miliardi", 2 * B, None, {"more_than"}),
    ("Up to $10 billion could follow.", "Up to $10 billion", 10 * B, "USD", {"up_to"}),
    ("Ha raccolto un miliardo e 200 milioni di euro.", "un miliardo e 200 milioni di euro", 1.2 * B,
     "EUR", set()),
    ("It agreed to invest a billion dollars.", "a billion dollars", 1 * B, "USD", set()),
    ("Ottiene 1.234,5 milioni di euro.", "1.234,5 milioni di euro", 1234.5 * M, "EUR", set()),
    ("It paid $1,500 million in cash.", "$1,500 million", 1.5 * B, "USD", set()),
    ("Il fondo mette trecento milioni di euro.", "trecento milioni di euro", 300 * M, "EUR", set()),
    ("Il fondo mette duecentocinquanta milioni.", "duecentocinquanta milioni", 250 * M, None, set()),
    ("Vale venti miliardi.", "venti miliardi", 20 * B, None, set()),
    ("A round of €2.5 bn closed today.", "€2.5 bn", 2.5 * B, "EUR", set()),
    ("The company raised $500m from VCs.", "$500m", 500 * M, "USD", set()),
    ("Ottiene 2 miliardi di dollari canadesi.", "2 miliardi di dollari canadesi", 2 * B, "CAD", set()),
]


@pytest.mark.parametrize(("sentence", "span", "value", "currency", "quals"), CASES,
                         ids=[c[1] for c in CASES])
def test_phrasings(sentence: str, span: str, value: float, currency: str | None, quals: set[str]) -> None:
    a = only(sentence)
    assert a.text == span
    assert sentence[a.start:a.end] == span
    assert a.value == pytest.approx(value)
    assert a.currency == currency
    assert a.qualifiers == frozenset(quals)
    assert a.value_min is None


RANGES = [
    ("Un investimento tra 2 e 3 miliardi.", "tra 2 e 3 miliardi", 2 * B, 3 * B, None),
    ("Capex tra 64 e 72 miliardi di dollari nel 2025.", "tra 64 e 72 miliardi di dollari", 64 * B, 72 * B,
     "USD"),
    ("Una spesa fra i 2 e i 3 miliardi.", "fra i 2 e i 3 miliardi", 2 * B, 3 * B, None),
    ("Round da 2 a 3 miliardi di euro.", "da 2 a 3 miliardi di euro", 2 * B, 3 * B, "EUR"),
    ("Tra 500 milioni e 1 miliardo di euro.", "Tra 500 milioni e 1 miliardo di euro", 500 * M, 1 * B, "EUR"),
    ("A $2-3 billion round.", "$2-3 billion", 2 * B, 3 * B, "USD"),
    ("Un round da 1,5-2 miliardi.", "1,5-2 miliardi", 1.5 * B, 2 * B, None),
    ("Tra due e tre miliardi, dicono.", "Tra due e tre miliardi", 2 * B, 3 * B, None),
    ("Between $1 billion and $2 billion.", "Between $1 billion and $2 billion", 1 * B, 2 * B, "USD"),
]


@pytest.mark.parametrize(("sentence", "span", "low", "high", "currency"), RANGES, ids=[r[1] for r in RANGES])
def test_ranges(sentence: str, span: str, low: float, high: float, currency: str | None) -> None:
    a = only(sentence)
    assert a.text == span
    assert a.value == pytest.approx(high)
    assert a.value_min == pytest.approx(low)
    assert a.currency == currency
    assert "range" in a.qualifiers
    assert a.to_json()["value_min"] == int(low)


NEGATIVES = [
    "La quota sale al 5% entro giugno.",
    "Il fatturato cresce del 5 per cento.",
    "Un data center da 2 GW in Texas.",
    "Il campus consumerà 1,2 gigawatt e 300 MW di riserva.",
    "Nel 2024 la società ha 600 dipendenti.",
    "Un modello da 8 miliardi di parametri.",
    "ChatGPT ha 800 milioni di utenti settimanali.",
    "Il contesto arriva a 2 milioni di token.",
    "L'app conta 3 milioni di abbonati e 10 milioni di download.",
    "Sono stati venduti 5 milioni di dispositivi e 2 milioni di chip.",
    "Il cluster usa un milione di GPU.",
    "Il video ha 4 milioni di visualizzazioni.",
    "L'IA creerà 3 milioni di posti di lavoro.",
    "Il piano taglia 14.000 posti di lavoro.",
    "Il gruppo ha emesso 10 milioni di azioni.",
    "Formerà un milione di persone entro il 2025.",
    "Il modello ha letto 15mila miliardi di token.",
    "Una decina di milioni, dicono, ma nessuno conferma.",
    "Investimenti per decine di miliardi di dollari.",
    "Centinaia di milioni di persone usano il servizio.",
    "Il 12 marzo, alle 18.30, in via Roma 600.",
    "GPT-4 e Llama 3 sono modelli a confronto.",
    "Il millennio e il milanese non sono importi.",
    "Alle 40M di righe di codice si aggiunge poco.",
    "",
    "Un testo senza alcun numero e senza valute.",
]


@pytest.mark.parametrize("sentence", NEGATIVES)
def test_non_money_numbers_are_not_amounts(sentence: str) -> None:
    assert find_amounts(sentence) == []


def test_amount_before_non_money_noun_in_same_text_is_kept() -> None:
    text = "Con 8 miliardi di parametri, il modello è costato 2 miliardi di dollari."
    [a] = find_amounts(text)
    assert (a.text, a.value, a.currency) == ("2 miliardi di dollari", 2 * B, "USD")


def test_conversion_in_parentheses() -> None:
    text = "OpenAI ha raccolto 6,6 miliardi di dollari (circa 6 miliardi di euro) dai fondi."
    usd, eur = find_amounts(text)
    assert (usd.value, usd.currency, usd.qualifiers) == (6.6 * B, "USD", frozenset())
    assert (eur.text, eur.value, eur.currency) == ("circa 6 miliardi di euro", 6 * B, "EUR")
    assert eur.qualifiers == {"approx", "converted"}


def test_conversion_after_pari_a() -> None:
    usd, eur = find_amounts("Un round da 1 miliardo di dollari, pari a 920 milioni di euro.")
    assert "converted" not in usd.qualifiers
    assert eur.qualifiers == {"converted"}


def test_two_currencies_in_separate_clauses_are_not_conversions() -> None:
    a, b = find_amounts("Mistral raccoglie 600 milioni di euro. Anthropic ottiene 4 miliardi di dollari.")
    assert "converted" not in b.qualifiers
    assert (a.currency, b.currency) == ("EUR", "USD")


def test_currency_carries_to_later_bare_amounts_in_the_paragraph() -> None:
    text = "La startup raccoglie 600 milioni di euro, di cui 200 milioni in debito e 400 milioni in equity."
    a, b, c = find_amounts(text)
    assert a.currency == "EUR" and not a.currency_carried
    assert (b.value, b.currency, b.currency_carried) == (200 * M, "EUR", True)
    assert (c.value, c.currency, c.currency_carried) == (400 * M, "EUR", True)


def test_carry_stops_at_paragraph_break() -> None:
    text = "Il round vale 600 milioni di euro.\nUn altro fondo ha messo 200 milioni."
    a, b = find_amounts(text)
    assert a.currency == "EUR"
    assert b.currency is None and not b.currency_carried


def test_carry_is_forward_only() -> None:
    a, b = find_amounts("Prima 4 miliardi, poi 2 miliardi di dollari.")
    assert a.currency is None
    assert b.currency == "USD"


def test_carry_follows_the_latest_explicit_currency() -> None:
    text = "Nvidia mette 10 miliardi di dollari, Microsoft 5 miliardi; in Europa 300 milioni di euro e poi 50 milioni."
    amounts = find_amounts(text)
    assert [a.currency for a in amounts] == ["USD", "USD", "EUR", "EUR"]
    assert [a.currency_carried for a in amounts] == [False, True, False, True]


def test_carry_skips_converted_amounts() -> None:
    text = "Raccolti 6,6 miliardi di dollari (circa 6 miliardi di euro), di cui 2 miliardi da un solo fondo."
    amounts = find_amounts(text)
    assert [a.currency for a in amounts] == ["USD", "EUR", "USD"]
    assert amounts[2].currency_carried


def test_no_currency_anywhere_stays_none() -> None:
    text = "Accordo da 4 miliardi tra due big tech: il totale sale a 8 miliardi."
    amounts = find_amounts(text)
    assert [(a.value, a.currency) for a in amounts] == [(4 * B, None), (8 * B, None)]
    assert "total" in amounts[1].qualifiers


def test_clause_level_total_with_up_to() -> None:
    [a] = find_amounts("In totale, dunque, fino a 15 miliardi di dollari di nuovo capitale.")
    assert a.text == "fino a 15 miliardi di dollari"
    assert a.qualifiers == {"total", "up_to"}


def test_many_amounts_in_order_with_exact_spans() -> None:
    text = ("Il laboratorio, valutato 58 miliardi, incassa € 600 milioni; a maggio aveva ottenuto "
            "USD 500 million e, secondo fonti, punta a oltre 1 miliardo entro l'anno.")
    amounts = find_amounts(text)
    assert [a.text for a in amounts] == ["58 miliardi", "€ 600 milioni", "USD 500 million", "oltre 1 miliardo"]
    assert all(text[a.start:a.end] == a.text for a in amounts)
    assert [a.start for a in amounts] == sorted(a.start for a in amounts)


def test_qualifiers_are_from_the_documented_set() -> None:
    text = ("Fino a 10 miliardi, circa 3 miliardi di euro, altri 2 miliardi, tra 1 e 2 miliardi, "
            "oltre 5 miliardi, portando il totale a 9 miliardi.")
    for a in find_amounts(text):
        assert a.qualifiers <= QUALIFIERS


def test_to_json_contract() -> None:
    assert only("Raccoglie 4 miliardi di dollari.").to_json() == {
        "value": 4_000_000_000, "currency": "USD", "text": "4 miliardi di dollari"}
    assert only("Costa € 19,99.").to_json()["value"] == 19.99


@pytest.mark.parametrize(("raw", "english", "expected"), [
    ("2.500", False, 2500.0), ("1,5", False, 1.5), ("6.6", True, 6.6), ("1,500", True, 1500.0),
    ("1,500", False, 1.5), ("1.234.567", False, 1234567.0), ("1.234,56", False, 1234.56),
    ("1,234.56", True, 1234.56), ("1\u00a0500", False, 1500.0), ("12", False, 12.0), ("0,25", True, 0.25),
])
def test_parse_number(raw: str, english: bool, expected: float) -> None:
    assert parse_number(raw, english) == pytest.approx(expected)


FX = {"USD": 0.9, "GBP": 1.2}


@pytest.mark.parametrize(("text", "eur"), [
    ("4 miliardi di dollari", 3.6 * B), ("1 miliardo di sterline", 1.2 * B), ("600 milioni di euro", 600 * M),
    ("8 miliardi", 8 * B), ("100 milioni di franchi", 100 * M),
])
def test_to_eur(text: str, eur: float) -> None:
    assert to_eur(only(text), FX) == pytest.approx(eur)


@pytest.mark.parametrize(("text", "expected"), [
    ("4 miliardi di dollari", "4.0 bn USD"), ("€ 600 milioni", "600.0 mn EUR"), ("800mila euro", "800.0 k EUR"),
    ("8 miliardi", "8.0 bn (no currency)"), ("€ 19,99", "19.99 EUR"), ("tra 2 e 3 miliardi di euro", "2.0-3.0 bn EUR"),
    ("fino a 15 miliardi di dollari", "15.0 bn USD [up_to]"), ("5mila miliardi", "5.0 tn (no currency)"),
])
def test_describe(text: str, expected: str) -> None:
    assert describe(only(text)) == expected


# --------------------------------------------------------------------------- round trips

MAGS = {
    "miliardi": B, "mld": B, "billion": B, "bn": B,
    "milioni": M, "mln": M, "million": M,
    "mila": K,
}
CURRENCY_FORMS = [
    ("{n} {mag} di euro", "EUR"), ("€ {n} {mag}", "EUR"), ("€{n} {mag}", "EUR"), ("{n} {mag} €", "EUR"),
    ("{n} {mag} di dollari", "USD"), ("${n} {mag}", "USD"), ("$ {n} {mag}", "USD"), ("USD {n} {mag}", "USD"),
    ("{n} {mag} di sterline", "GBP"), ("£{n} {mag}", "GBP"), ("{n} {mag} di franchi", "CHF"),
    ("{n} {mag}", None),
]


def italian(n: float, decimals: int, thousands: bool) -> str:
    """`n` the Italian way: "." for thousands (optionally), "," for decimals."""
    s = f"{n:,.{decimals}f}" if thousands else f"{n:.{decimals}f}"
    return s.replace(",", "\x00").replace(".", ",").replace("\x00", ".")


@settings(max_examples=300, deadline=None)
@given(
    whole=st.integers(min_value=1, max_value=999_999),
    cents=st.integers(min_value=0, max_value=99),
    decimals=st.sampled_from([0, 1, 2]),
    thousands=st.booleans(),
    mag=st.sampled_from(sorted(MAGS)),
    form=st.sampled_from(CURRENCY_FORMS),
    before=st.sampled_from(["Il gruppo investe ", "Raccolti ", "Round da ", "(", ""]),
    after=st.sampled_from([" nella startup.", ".", ", dicono le fonti.", ")", ""]),
)
def test_round_trip_italian_separators(whole, cents, decimals, thousands, mag, form, before, after) -> None:
    if decimals == 0:
        cents = 0
    if not thousands and decimals == 0 and whole < 1000:
        thousands = True  # same text either way; keeps the strategy honest
    n = whole + (cents / 100 if decimals == 2 else (cents // 10) / 10 if decimals == 1 else 0)
    if mag in ("billion", "bn", "million"):
        written = f"{n:,.{decimals}f}" if thousands else f"{n:.{decimals}f}"  # English separators
    else:
        written = italian(n, decimals, thousands)
    template, currency = form
    phrase = template.format(n=written, mag=mag)
    text = before + phrase + after
    [a] = find_amounts(text)
    assert a.value == pytest.approx(n * MAGS[mag], rel=1e-9)
    assert a.currency == currency
    assert a.text == phrase


WORD_NUMBERS = {"un": 1, "due": 2, "tre": 3, "cinque": 5, "dieci": 10, "venti": 20, "ventuno": 21,
                "trentotto": 38, "cento": 100, "trecento": 300, "mezzo": 0.5}


@given(word=st.sampled_from(sorted(WORD_NUMBERS)), mag=st.sampled_from(["miliardi", "milioni"]),
       cur=st.sampled_from([("di euro", "EUR"), ("di dollari", "USD"), ("", None)]),
       half=st.booleans())
def test_round_trip_number_words(word, mag, cur, half) -> None:
    value = WORD_NUMBERS[word]
    if word in ("un", "mezzo"):
        mag = {"miliardi": "miliardo", "milioni": "milione"}[mag]
    half = half and word != "mezzo"
    phrase = " ".join(p for p in (word, mag, "e mezzo" if half else "", cur[0]) if p)
    text = f"La società ha ottenuto {phrase} dal fondo."
    [a] = find_amounts(text)
    unit = B if mag.startswith("miliard") else M
    assert a.value == pytest.approx((value + (0.5 if half else 0)) * unit)
    assert a.currency == cur[1]
    assert a.text == phrase


@given(st.text(alphabet=st.sampled_from(list("abc mil€$%.,0123456789\n()-")), max_size=80))
def test_never_crashes_and_spans_are_exact(text: str) -> None:
    for a in find_amounts(text):
        assert text[a.start:a.end] == a.text
        assert a.value >= 0
        assert a.qualifiers <= QUALIFIERS


def test_carry_can_be_widened_to_the_next_paragraph() -> None:
    text = "Il round vale 2 milioni di euro.\nIl fondo capofila ha messo un milione."
    assert find_amounts(text)[1].currency is None
    wide = find_amounts(text, carry_paragraphs=1)[1]
    assert (wide.currency, wide.currency_carried) == ("EUR", True)


def test_compound_amount_with_a_number_word_after_e() -> None:
    [a] = find_amounts("Il contratto vale due miliardi e trecento milioni di euro in cinque anni.")
    assert a.value == 2_300_000_000 and a.currency == "EUR"
    assert a.text == "due miliardi e trecento milioni di euro"
    [b] = find_amounts("Servono 4 miliardi e settecento milioni di dollari.")
    assert b.value == 4_700_000_000 and b.currency == "USD"


def test_currency_word_before_the_number() -> None:
    # formal Italian (press releases, filings): "per euro 20.000.000"
    [a] = find_amounts("- per euro 20.000.000 da Orizzonte SGR")
    assert (a.value, a.currency, a.text) == (20_000_000, "EUR", "euro 20.000.000")

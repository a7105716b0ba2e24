"""Deal detection on articles written for these tests (never corpus text)."""

from __future__ import annotations

import pytest

from alerts.detect import analyse, detect
from alerts.explain import explain
from alerts.rules import Rules
from crawler.article import Article


def art(title: str, *paras: str, description: str | None = None) -> Article:
    return Article(url="https://example.it/a", title=title, text="\n".join(paras), description=description)


FUNDING = art(
    "Lanterna AI raccoglie 22 milioni di euro per i suoi agenti per le assicurazioni",
    "Lanterna AI, startup torinese che sviluppa agenti di intelligenza artificiale per le compagnie "
    "assicurative, ha chiuso un round di Serie A da 22 milioni di euro guidato da Fondo Dora Capital.",
    "Al round hanno partecipato anche i soci della prima ora. L'operazione valuta la società "
    "circa 110 milioni di euro.",
    "Nel 2024 la società aveva fatturato 3 milioni di euro e conta oggi quaranta dipendenti.",
)


def test_funding_round_of_unknown_startup() -> None:
    deals = detect(FUNDING)
    assert len(deals) == 1
    d = deals[0]
    assert d.kinds == ("funding",)
    assert d.target == "Lanterna AI"
    assert "Dora Capital" in " ".join(d.counterparties)
    assert d.amount is not None and d.amount.value == 22_000_000 and d.amount.currency == "EUR"
    # valuation and revenue are not deal amounts
    assert all(a.value != 110_000_000 for a in d.amounts)
    assert all(a.value != 3_000_000 for a in d.amounts)
    assert 0.55 <= d.score <= 1.0
    assert any("22 milioni" in e for e in d.evidence)


def test_compute_commitment_buyer_is_target() -> None:
    a = art(
        "Orsa Cloud firma con Borea Data: contratto da 2,5 miliardi di dollari per le GPU",
        "Orsa Cloud ha firmato un accordo pluriennale con Borea Data per la fornitura di capacità di "
        "calcolo basata su GPU per l'addestramento dei suoi modelli di intelligenza artificiale, del "
        "valore di 2,5 miliardi di dollari.",
        "La capacità sarà disponibile dal prossimo anno in un nuovo data center in Texas.",
    )
    [d] = detect(a)
    assert d.kinds == ("compute_commitment",)
    assert d.target == "Orsa Cloud"
    assert d.amount.value == 2_500_000_000 and d.amount.currency == "USD"


def test_funding_plus_exclusivity_and_cumulative_total() -> None:
    a = art(
        "Google investe altri 3 miliardi di dollari in Cohere",
        "Google ha annunciato un nuovo investimento da 3 miliardi di dollari in Cohere, portando a "
        "5 miliardi di dollari il totale investito dal 2023 a oggi.",
        "In cambio Cohere dovrà utilizzare esclusivamente le TPU di Google Cloud per addestrare i "
        "suoi modelli linguistici.",
    )
    [d] = detect(a)
    assert d.kinds == ("funding", "chip_exclusivity")
    assert d.target == "Cohere"
    assert "Google" in d.counterparties
    assert d.amount.value == 3_000_000_000          # the new money, not the running total
    assert 5_000_000_000 in [x.value for x in d.amounts]


def test_conditional_rumour_is_a_deal() -> None:
    a = art(
        "Sirena, la startup dei modelli vocali verso un round da 40 milioni",
        "Sirena, startup milanese che sviluppa modelli di intelligenza artificiale per il riconoscimento "
        "vocale, sarebbe in trattative per raccogliere circa 40 milioni di euro in un round di Serie B.",
        "I termini non sono ancora definitivi e la società ha preferito non commentare.",
    )
    [d] = detect(a)
    assert d.target == "Sirena"
    assert d.amount.value == 40_000_000
    an = analyse(a)
    assert any(s.conditional for s in an.sentences if s.statement)


def test_non_exclusive_deal_has_no_exclusivity() -> None:
    a = art(
        "Amazon investe 2 miliardi di dollari in Mistral AI",
        "Amazon investirà 2 miliardi di dollari in Mistral AI, che userà anche AWS come fornitore cloud "
        "preferito per i suoi modelli di intelligenza artificiale.",
        "L'accordo non è un'esclusiva: Mistral continuerà a lavorare con altri fornitori di cloud.",
    )
    [d] = detect(a)
    assert "chip_exclusivity" not in d.kinds
    assert d.kinds[0] == "funding"


@pytest.mark.parametrize("title, body", [
    ("Multa da 20 milioni a OpenAI",
     "Il Garante ha inflitto a OpenAI una multa da 20 milioni di euro per violazioni sulla privacy "
     "nell'addestramento dei modelli di intelligenza artificiale."),
    ("Nvidia, ricavi record nel trimestre",
     "Nvidia ha registrato ricavi per 35 miliardi di dollari nel trimestre, trainati dai chip per "
     "l'intelligenza artificiale venduti ai grandi fornitori di cloud."),
    ("Anthropic ora vale 60 miliardi",
     "Secondo fonti vicine al dossier, la valutazione di Anthropic è salita a 60 miliardi di dollari "
     "grazie alla crescita dei clienti aziendali dei suoi modelli di intelligenza artificiale."),
    ("Il mercato dell'IA in Italia varrà 4 miliardi",
     "Secondo le stime degli analisti, il mercato italiano dell'intelligenza artificiale varrà oltre "
     "4 miliardi di euro entro il 2030, trainato dall'IA generativa."),
    ("Colosso tech taglia 9mila posti di lavoro",
     "Il gruppo ha annunciato il taglio di 9mila posti di lavoro per liberare 2 miliardi di dollari da "
     "destinare all'intelligenza artificiale."),
    ("Microsoft investe 3 miliardi in Spagna per cloud e IA",
     "Microsoft ha annunciato un investimento di 3 miliardi di euro in Spagna per ampliare la propria "
     "infrastruttura di data center per l'intelligenza artificiale."),
])
def test_negative_contexts_raise_nothing(title: str, body: str) -> None:
    assert detect(art(title, body)) == []


def test_background_deal_in_product_article_is_not_raised() -> None:
    a = art(
        "Claude 5 ufficiale: ecco le novità del modello di Anthropic",
        "Anthropic ha presentato Claude 5, il nuovo modello di intelligenza artificiale con capacità di "
        "ragionamento migliorate e una finestra di contesto più ampia.",
        "Il modello è disponibile da oggi per gli abbonati e tramite le interfacce di programmazione.",
        "Le prestazioni nei test di programmazione sono superiori a quelle della generazione precedente.",
        "Il mese scorso Anthropic aveva raccolto 13 miliardi di dollari in un round guidato da un fondo "
        "americano.",
    )
    assert detect(a) == []


def test_boilerplate_lines_do_not_raise_deals() -> None:
    a = art(
        "Il nuovo smartphone pieghevole arriva in Italia",
        "Il nuovo smartphone pieghevole arriva nei negozi italiani da lunedì con un prezzo di 1.899 euro "
        "e uno schermo interno da otto pollici.",
        "Leggi anche: OpenAI raccoglie 40 miliardi di dollari guidata da SoftBank",
        "Nvidia investe 5 miliardi in Intel",
        "Commenti (12)",
    )
    an = analyse(a)
    assert an.deals == []
    dropped = [ln.text for ln in an.lines if not ln.kept]
    assert any("Leggi anche" in t for t in dropped)
    assert any(t.startswith("Nvidia investe") for t in dropped)


def test_non_ai_startup_round_is_not_a_deal() -> None:
    a = art(
        "Cassetta raccoglie 15 milioni per le consegne di frutta",
        "Cassetta, startup bolognese che consegna frutta e verdura a domicilio, ha chiuso un round di "
        "Serie A da 15 milioni di euro guidato da Fondo Reno.",
        "«Non ci presentiamo come una società di intelligenza artificiale, perché non lo siamo», "
        "spiega il fondatore.",
    )
    an = analyse(a)
    assert an.deals == []
    assert any("not about AI" in r for c in an.candidates for r in c.reasons)


def test_small_pre_seed_round_counts() -> None:
    a = art(
        "Telaio AI chiude un pre-seed da 600 mila euro",
        "Telaio AI, startup pratese che usa l'intelligenza artificiale per progettare tessuti, ha chiuso "
        "un round pre-seed da 600 mila euro guidato da Fondo Bisenzio.",
    )
    [d] = detect(a)
    assert d.amount.value == 600_000


def test_roundup_title_gives_one_deal_per_target() -> None:
    a = art(
        "I round della settimana: due startup dell'intelligenza artificiale",
        "Ponte AI, startup milanese di agenti per la logistica, ha raccolto 8 milioni di euro in un round "
        "guidato da Fondo Naviglio.",
        "Ago Labs, startup torinese di intelligenza artificiale per la sanità, ha chiuso un round seed da "
        "3 milioni di euro.",
    )
    targets = sorted(d.target for d in detect(a))
    assert targets == ["Ago Labs", "Ponte AI"]


def test_rules_are_configurable() -> None:
    high = Rules(min_score=1.01)
    assert detect(FUNDING, high) == []
    no_fund = Rules(public_funding=True)
    assert detect(FUNDING, no_fund)


def test_explain_shows_rules_amounts_and_decision() -> None:
    text = explain(analyse(FUNDING))
    assert "RAISED" in text
    assert "22.0 mn EUR" in text
    assert "valuation" in text           # the vetoed valuation amount says why
    assert "Lanterna AI" in text


def test_explain_says_why_not() -> None:
    a = art("Multa a OpenAI", "Il Garante ha inflitto a OpenAI una multa da 20 milioni di euro per "
            "violazioni nell'addestramento dei modelli di intelligenza artificiale.")
    text = explain(analyse(a))
    assert "Verdict: no deal" in text
    assert "fine" in text


def test_empty_article() -> None:
    assert detect(art("Titolo", "")) == []

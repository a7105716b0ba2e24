"""Deal detection on articles written for these tests (never corpus text)."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

import pytest

from alerts.detect import analyse, compiled, detect
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
        "Amazon investirà 2 miliardi di dollari in Mistral AI, che userà AWS in esclusiva per addestrare "
        "i suoi modelli di intelligenza artificiale.",
        "L'accordo non è un'esclusiva: Mistral continuerà a lavorare con altri fornitori di cloud.",
    )
    [d] = detect(a)
    assert "chip_exclusivity" not in d.kinds
    assert d.kinds[0] == "funding"


def test_a_primary_provider_is_exclusivity_even_when_not_exclusive() -> None:
    # DESIGN.md: chip_exclusivity binds the company to one vendor "exclusively or as primary provider"
    a = art(
        "Amazon investe 2 miliardi di dollari in Mistral AI",
        "Amazon investirà 2 miliardi di dollari in Mistral AI, che userà anche AWS come fornitore cloud "
        "preferito per i suoi modelli di intelligenza artificiale.",
        "L'accordo non è un'esclusiva: Mistral continuerà a lavorare con altri fornitori di cloud.",
    )
    [d] = detect(a)
    assert set(d.kinds) == {"funding", "chip_exclusivity"}


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


# ---- generalisation rules (each with sentences of our own, not corpus text) ----------------


def test_amount_in_verbless_sentence_then_conditional_statement() -> None:
    a = art("Brezza e Faro Cloud, il contratto da record",
            "Quaranta miliardi di dollari. È la somma che Brezza AI pagherebbe in sette anni per "
            "comprare capacità di calcolo da Faro Cloud, secondo indiscrezioni di stampa.",
            "Il contratto richiederebbe nuovi data center negli Stati Uniti.")
    deals = detect(a)
    assert len(deals) == 1
    d = deals[0]
    assert "compute_commitment" in d.kinds and d.target == "Brezza AI"
    assert d.amount is not None and d.amount.value == 40_000_000_000 and d.amount.currency == "USD"


def test_spending_commitment_with_object_in_previous_sentence() -> None:
    a = art("Orione firma con Nuvola Alta: impegno pluriennale",
            "Orione Robotics ha firmato un accordo con Nuvola Alta per l'uso di server e GPU. "
            "Secondo persone informate, la società si è impegnata a spendere oltre 3 miliardi di dollari "
            "nell'arco di cinque anni.",
            "Orione sviluppa modelli di intelligenza artificiale per la logistica.")
    d = detect(a)[0]
    assert d.kinds == ("compute_commitment",) and d.target == "Orione Robotics"
    assert d.amount is not None and d.amount.value == 3_000_000_000


def test_commitment_by_scale_in_tpu_with_vague_value() -> None:
    a = art("Corvo AI e Google: fino a mezzo milione di TPU",
            "Corvo AI ha firmato con Google un accordo che le darà accesso fino a mezzo milione di TPU "
            "per addestrare i suoi modelli linguistici. Il valore dell'intesa è stimato in decine di "
            "miliardi di dollari.")
    d = detect(a)[0]
    assert d.kinds == ("compute_commitment",) and d.target == "Corvo AI"
    assert d.amount is None


def test_epithet_with_a_place_is_not_a_party() -> None:
    a = art("Astra AI compra capacità da Nimbus",
            "Astra AI ha siglato un contratto con Nimbus per l'uso di GPU. Il gruppo di Palo Alto si è "
            "impegnato a spendere 2 miliardi di dollari in quattro anni.",
            "Astra AI sviluppa modelli di intelligenza artificiale generativa.")
    d = detect(a)[0]
    assert d.target == "Astra AI" and "Palo Alto" not in d.counterparties


def test_investor_as_subject_and_relative_clause_valuation() -> None:
    a = art("Bora AI, Fondo Levante guida il round da 200 milioni di euro",
            "Fondo Levante diventa il primo azionista di Bora AI. Il fondo investe 150 milioni di euro nel "
            "round da 200 milioni di euro della startup triestina, che porta la valutazione a 2 miliardi.")
    d = detect(a)[0]
    assert d.target == "Bora AI" and d.kinds == ("funding",)
    assert d.amount is not None and d.amount.value == 200_000_000


def test_short_name_after_full_name_is_the_same_company() -> None:
    a = art("Sestante AI firma con Ponte Cloud",
            "Sestante AI, startup bolognese di modelli linguistici, ha firmato un accordo con Ponte Cloud. "
            "In base all'intesa, Sestante si impegna ad acquistare capacità di calcolo per 900 milioni di "
            "euro nei prossimi quattro anni.")
    d = detect(a)[0]
    assert d.target == "Sestante AI" and d.amount is not None and d.amount.value == 900_000_000


def test_machine_in_a_human_role_is_ai_wording() -> None:
    a = art("Il commercialista artificiale di Tasca raccoglie 8 milioni",
            "Un assegno da 8 milioni di euro per insegnare alle macchine a compilare le dichiarazioni. "
            "Tasca ha annunciato la chiusura del round di Serie A guidato da Fondo Collina.")
    d = detect(a)[0]
    assert d.target == "Tasca" and d.kinds == ("funding",)


@pytest.mark.parametrize("sentence", [
    "Marea addestrerà i propri modelli soltanto su chip Fulmine per i prossimi due anni.",
    "Con l'intesa Fulmine Cloud diventa il fornitore cloud principale di Marea.",
    "Marea si impegna a usare un cluster da tremila GPU e indica Fulmine come provider principale.",
])
def test_exclusivity_phrasings_with_unlisted_vendor(sentence: str) -> None:
    a = art("Marea AI, accordo con Fulmine",
            "Marea AI, startup di intelligenza artificiale, ha chiuso un round da 30 milioni di euro "
            "guidato da Fondo Nord. " + sentence)
    d = detect(a)[0]
    assert "chip_exclusivity" in d.kinds


def test_contract_wording_is_not_funding_next_to_compute() -> None:
    a = art("Perla AI prenota capacità da Onda Compute",
            "Onda Compute ha annunciato un accordo pluriennale con Perla AI per fornire capacità GPU per "
            "un valore di 700 milioni di euro, il più grande contratto mai sottoscritto dalla società.")
    d = detect(a)[0]
    assert d.kinds == ("compute_commitment",)


def test_past_round_in_later_interview_is_not_a_deal() -> None:
    a = art("Tre domande a Lucia Neri, un anno dopo il seed",
            "Otto mesi fa Ciottolo chiudeva il suo seed da 2 milioni di euro guidato da Fondo Riva. "
            "Oggi la startup di intelligenza artificiale ha dieci clienti.")
    assert detect(a) == []


def test_public_programme_is_vetoed_unless_enabled() -> None:
    a = art("Il ministero mobilita 3 miliardi per l'intelligenza artificiale",
            "Il ministero delle Imprese ha presentato un programma nazionale da 3 miliardi di euro per "
            "finanziare startup di intelligenza artificiale con un bando aperto fino a marzo.",
            "Le startup selezionate riceveranno un investimento da 3 miliardi di euro complessivi.")
    assert detect(a) == []


def test_verb_legge_is_not_the_law() -> None:
    a = art("Pagina, l'IA che legge i contratti, raccoglie 5 milioni",
            "Pagina, la startup di intelligenza artificiale che legge i contratti, ha chiuso un round "
            "seed da 5 milioni di euro guidato da Fondo Mare.")
    assert detect(a)[0].target == "Pagina"


def test_valuation_topic_carries_to_a_verbless_clause() -> None:
    a = art("Fondo Alto mette 400 milioni di dollari in Gemma AI",
            "Fondo Alto ha investito 400 milioni di dollari in Gemma AI, laboratorio di intelligenza "
            "artificiale. La valutazione non è stata resa nota, ma fonti vicine all'operazione parlano "
            "di 3 miliardi di dollari.")
    d = detect(a)[0]
    assert d.amount is not None and d.amount.value == 400_000_000


def test_currency_from_title_applies_to_same_body_amount() -> None:
    a = art("Quadro AI incassa 12 milioni di euro",
            "Quadro AI, startup di intelligenza artificiale per l'edilizia, ha chiuso un round da 12 "
            "milioni guidato da Fondo Pietra.")
    d = detect(a)[0]
    assert d.amount is not None and d.amount.currency == "EUR"


def test_first_evidence_states_the_deal() -> None:
    a = art("Rete AI raccoglie 50 milioni di euro, Cielo Cloud fornitore principale",
            "Cielo Cloud diventa il fornitore cloud principale di Rete AI per l'addestramento dei modelli. "
            "Rete AI ha chiuso un round di Serie B da 50 milioni di euro guidato da Fondo Vetta.")
    d = detect(a)[0]
    assert "50 milioni" in d.evidence[0]


def test_canonical_spelling_is_stable() -> None:
    from alerts.parties import Gazetteer
    r = Rules(investors=("Acme Capital", "ACME Capital"))
    assert Gazetteer(r).normalise("acme capital") == "Acme Capital"


# --- generalisation rules (each with sentences of its own) ------------------------------------


def test_implicit_ai_model_families_count_as_ai() -> None:
    a = art(
        "Cedro chiude un round da 9 milioni di euro",
        "Cedro, giovane società triestina che sviluppa modelli multimodali per leggere le cartelle "
        "cliniche, ha chiuso un round da 9 milioni di euro guidato da Carso Ventures.",
    )
    [d] = detect(a)
    assert d.target == "Cedro" and d.kinds == ("funding",)


def test_robots_trained_by_imitation_count_as_ai() -> None:
    a = art(
        "Bracci Mobili raccoglie 6 milioni di euro",
        "Bracci Mobili, spin-off padovano che addestra robot da magazzino con tecniche di "
        "reinforcement learning, ha chiuso un round da 6 milioni di euro guidato da Euganei Capital.",
    )
    [d] = detect(a)
    assert d.target == "Bracci Mobili"


def test_fashion_models_are_not_ai() -> None:
    a = art(
        "Sartoria Lume raccoglie 8 milioni di euro",
        "Sartoria Lume, marchio fiorentino che disegna nuovi modelli di giacche e cappotti, ha chiuso "
        "un round da 8 milioni di euro guidato da Arno Moda Capital.",
    )
    assert detect(a) == []


def test_denial_with_elided_article_drops_ai_mentions() -> None:
    a = art(
        "Spugna raccoglie 5 milioni di euro",
        "Spugna, startup veronese che pulisce uffici e condomini, ha chiuso un round da 5 milioni di euro "
        "guidato da Adige Growth.",
        "«Usiamo qualche strumento di intelligenza artificiale per i turni, ma non siamo un'azienda di "
        "intelligenza artificiale», dice la fondatrice.",
        "«Non facciamo intelligenza artificiale: facciamo pulizie», aggiunge.",
    )
    assert detect(a) == []


def test_negated_investment_is_not_funding() -> None:
    a = art(
        "Ponte AI e Vela Telecom, accordo commerciale sugli assistenti virtuali",
        "Ponte AI e Vela Telecom hanno firmato un accordo per distribuire gli assistenti virtuali di "
        "Ponte AI ai clienti business dell'operatore.",
        "L'intesa, ha precisato Vela, non prevede alcun investimento nel capitale di Ponte AI.",
    )
    assert detect(a) == []


def test_employee_share_sale_is_not_funding() -> None:
    a = art(
        "Quadrante AI, i dipendenti cedono azioni per 300 milioni di dollari",
        "I dipendenti di Quadrante AI, società che sviluppa agenti di intelligenza artificiale, venderanno "
        "azioni per 300 milioni di dollari a un gruppo di investitori guidato da Pioppo Growth.",
        "Nelle casse della società non entra nulla: è una vendita secondaria.",
    )
    assert detect(a) == []


def test_bond_issue_is_not_funding() -> None:
    a = art(
        "Silice Chip colloca obbligazioni per 1 miliardo di euro",
        "Silice Chip, che produce chip per i data center dell'intelligenza artificiale, ha collocato "
        "un prestito obbligazionario da 1 miliardo di euro in due tranche.",
    )
    assert detect(a) == []


def test_round_vale_is_the_round_amount() -> None:
    a = art(
        "Faro AI, Serie A guidata da Tirreno Partners",
        "Tirreno Partners ha guidato la Serie A di Faro AI, startup genovese di visione artificiale per i porti.",
        "Il round vale 14 milioni di euro e vede anche la partecipazione di Lanterna Seed.",
    )
    [d] = detect(a)
    assert d.amount is not None and d.amount.value == 14_000_000


def test_fund_size_is_not_the_round() -> None:
    a = art(
        "Gabbiano AI raccoglie 30 milioni di euro",
        "Gabbiano AI, startup barese di intelligenza artificiale per la logistica, ha chiuso un round da "
        "30 milioni di euro guidato da Murgia Ventures.",
        "Per Murgia Ventures, che ha appena chiuso la raccolta del suo terzo fondo a 250 milioni di euro, "
        "è l'investimento più grande di sempre.",
    )
    [d] = detect(a)
    assert d.amount.value == 30_000_000
    assert all(x.value != 250_000_000 for x in d.amounts)


def test_private_round_of_a_company_about_public_calls() -> None:
    a = art(
        "Timo raccoglie 4 milioni di euro per l'IA che trova i bandi",
        "Timo, startup di Bari che usa modelli linguistici per leggere i bandi pubblici e preparare le "
        "domande delle imprese, ha chiuso un round da 4 milioni di euro.",
        "L'operazione è guidata da Levante Seed Capital.",
    )
    [d] = detect(a)
    assert d.target == "Timo"


def test_public_call_is_still_vetoed() -> None:
    a = art(
        "La Regione mette 20 milioni nel bando per l'intelligenza artificiale",
        "La Regione ha approvato un bando da 20 milioni di euro a fondo perduto per le imprese che "
        "investono in intelligenza artificiale.",
        "Il bando finanzia progetti fino a 500 mila euro con il contributo pubblico della Regione.",
    )
    assert detect(a) == []


def test_scale_in_gigawatt_with_a_deal_noun_is_a_commitment() -> None:
    a = art(
        "Sirio AI e Volta Chip, lettera d'intenti per 4 gigawatt",
        "Sirio AI e Volta Chip hanno firmato una lettera d'intenti che prevede l'installazione di 4 "
        "gigawatt di acceleratori Volta nei data center di Sirio AI, laboratorio di intelligenza artificiale.",
    )
    [d] = detect(a)
    assert "compute_commitment" in d.kinds


def test_exclusivity_without_amount_or_scale_is_not_a_commitment() -> None:
    a = art(
        "Rovo AI sceglie Monte Cloud come fornitore unico",
        "Rovo AI, startup di intelligenza artificiale per l'agricoltura, ha chiuso un round da 10 milioni di "
        "euro guidato da Monte Cloud.",
        "Rovo AI si impegna inoltre a usare Monte Cloud come fornitore cloud esclusivo per i prossimi tre anni.",
    )
    [d] = detect(a)
    assert "chip_exclusivity" in d.kinds and "compute_commitment" not in d.kinds


def test_exclusivity_whose_cloud_is_named_next() -> None:
    a = art(
        "Ortensia AI firma con Nembo Data per 5.000 GPU",
        "Ortensia AI, startup di modelli linguistici, ha prenotato 5.000 GPU da Nembo Data con un contratto "
        "da 40 milioni di euro.",
        "Nembo Data sarà il fornitore unico di Ortensia AI per tutta la durata dell'accordo. Niente AWS, "
        "niente Azure.",
    )
    [d] = detect(a)
    assert set(d.kinds) == {"compute_commitment", "chip_exclusivity"}


def test_warrant_from_vendor_is_not_funding() -> None:
    a = art(
        "Aurora AI compra 2 gigawatt di chip da Fulmine Semiconduttori",
        "Aurora AI, laboratorio di intelligenza artificiale, si impegna ad acquistare chip Fulmine per 2 "
        "gigawatt di capacità nei prossimi cinque anni.",
        "In cambio Fulmine Semiconduttori concede ad Aurora AI warrant su 50 milioni di proprie azioni.",
        "Non è un investimento di Fulmine in Aurora AI.",
    )
    [d] = detect(a)
    assert d.kinds == ("compute_commitment",)


def test_buyer_not_vendor_is_target_and_vendor_capex_is_not_the_deal() -> None:
    a = art(
        "Duna AI, impegno da 900 milioni con Rocca Cloud",
        "Novecento milioni di euro in cinque anni.",
        "È il valore dell'impegno che Duna AI, laboratorio che addestra modelli per la chimica, ha "
        "sottoscritto con Rocca Cloud per capacità di calcolo su GPU.",
        "Rocca Cloud, da parte sua, intende investire 300 milioni nell'ampliamento del campus di Pavia.",
    )
    [d] = detect(a)
    assert d.target == "Duna AI"
    assert d.kinds == ("compute_commitment",)
    assert d.amount.value == 900_000_000


def test_longest_name_of_a_listed_lab() -> None:
    rules = Rules(ai_labs=("Mente Viva",))
    a = art(
        "Mente Viva Lab, seed da 300 milioni di dollari",
        "Mente Viva Lab, la startup fondata da due ricercatori, ha chiuso un seed da 300 milioni di dollari.",
        "Mente Viva costruirà modelli di ragionamento.",
    )
    [d] = detect(a, rules)
    assert d.target == "Mente Viva Lab"


def test_founders_and_rivals_are_not_the_target() -> None:
    a = art(
        "Un miliardo per sfidare OpenAI: la scommessa di Pineta AI",
        "Per anni i modelli più potenti sono stati americani. Pineta AI vuole cambiare le cose.",
        "La startup, fondata nel 2024 da Marta Gallo e Ettore Villa, entrambi ex ricercatori universitari, "
        "ha raccolto 1 miliardo di dollari in un round guidato da Sequoia.",
    )
    [d] = detect(a)
    assert d.target == "Pineta AI"


def test_late_statement_in_a_long_feature() -> None:
    filler = ("La mattina il laboratorio si riempie presto e le discussioni continuano fino a sera tra "
              "lavagne piene di formule, caffè e prototipi lasciati sulle scrivanie dei ricercatori.")
    a = art(
        "Viaggio dentro Quercia Labs",
        filler, filler, filler, filler,
        "Questa settimana Quercia Labs ha annunciato un seed da 50 milioni di dollari guidato da Tevere "
        "Ventures per addestrare modelli linguistici.",
    )
    [d] = detect(a)
    assert d.target == "Quercia Labs" and d.amount.value == 50_000_000


def test_old_round_late_in_a_feature_stays_background() -> None:
    filler = ("La mattina il laboratorio si riempie presto e le discussioni continuano fino a sera tra "
              "lavagne piene di formule, caffè e prototipi lasciati sulle scrivanie dei ricercatori.")
    a = art(
        "Viaggio dentro Quercia Labs",
        filler, filler, filler, filler,
        "Due anni fa Quercia Labs aveva raccolto un seed da 50 milioni di dollari per addestrare modelli "
        "linguistici.",
    )
    assert detect(a) == []


def test_agency_apostrophe_accents() -> None:
    a = art(
        "Salice AI firma con Brina Cloud per 2.000 GPU",
        "(AGZ) - ROMA, 3 MAR - Salice AI, societa' di intelligenza artificiale, ha prenotato 2.000 GPU da "
        "Brina Cloud con un contratto da 30 milioni di euro.",
        "L'accordo non e' esclusivo: Salice AI puo' usare altri fornitori cloud.",
    )
    [d] = detect(a)
    assert "chip_exclusivity" not in d.kinds


def test_verbless_title_amount() -> None:
    a = art(
        "Mirto, 2,5 milioni per l'IA dei magazzini",
        "Mirto, startup di intelligenza artificiale per la logistica, ha chiuso il suo primo round "
        "istituzionale, guidato da Colle Ventures.",
    )
    [d] = detect(a)
    assert d.amount is not None and d.amount.value == 2_500_000


def test_generalisation_rules_after_corpus3() -> None:
    """Rules added after tests/corpus3 (sentences written for this test)."""
    # capex: a cloud group investing to build its own data centres is not funding, and a
    # region is never the target
    capex = art("Nimbo spenderà 2 miliardi in Lombardia",
                "Nimbo, operatore americano di cloud, investirà 2 miliardi di euro nei prossimi quattro anni "
                "per realizzare due nuovi campus di data center in Lombardia, pensati per l'intelligenza "
                "artificiale.")
    assert detect(capex) == []
    # "niente intelligenza artificiale" denies AI: a bakery's round is not an AI deal
    bakery = art("Forno Sereno raccoglie 4 milioni",
                 "Forno Sereno, catena di panetterie di quartiere, ha chiuso un round da 4 milioni di euro "
                 "guidato da Fondo Grano Capital.",
                 "«Abbiamo un gestionale per gli ordini, ma niente intelligenza artificiale: facciamo pane», "
                 "racconta il fondatore.")
    assert detect(bakery) == []
    # a first-person review that rents GPUs is not a deal of "Abbiamo"
    review = art("Abbiamo provato le GPU in affitto di Nubecloud",
                 "Abbiamo noleggiato per dieci giorni un cluster di GPU su Nubecloud per addestrare un "
                 "modello linguistico da tre miliardi di parametri.",
                 "Il prezzo orario parte da 2 dollari per scheda.")
    assert all(d.target not in ("Abbiamo", None) for d in detect(review))
    # a past investment recalled in a relative clause is background, not a second funding
    commit = art("Corvo AI firma con Nubecloud: 900 milioni di dollari di calcolo",
                 "Corvo AI ha firmato con Nubecloud un accordo da 900 milioni di dollari per cinque anni "
                 "che le darà accesso a decine di migliaia di GPU.",
                 "Nubecloud resta il principale fornitore di Airone Labs, nel quale ha investito 2 miliardi "
                 "di dollari.")
    [d] = detect(commit)
    assert d.kinds == ("compute_commitment",) and d.target == "Corvo AI"
    # an amount written in words with "e": "un miliardo e quattrocento milioni"
    words = art("Gabbiano AI si impegna con Fiordo Cloud",
                "Gabbiano AI, il laboratorio di intelligenza artificiale di Oslo, si è impegnato ad acquistare "
                "da Fiordo Cloud capacità di calcolo per un miliardo e quattrocento milioni di dollari.")
    [d] = detect(words)
    assert d.amount is not None and d.amount.value == 1_400_000_000 and d.amount.currency == "USD"
    # "far girare i propri modelli" is AI work: the chip deal of a robotics start-up counts
    robots = art("Ferro Labs: 30 milioni da Silicio Nord",
                 "Silicio Nord, produttore di acceleratori di Lione, entra nel capitale di Ferro Labs con 30 "
                 "milioni di euro. Ferro userà in esclusiva gli acceleratori Silicio per addestrare e far "
                 "girare i propri modelli fino al 2028.")
    [d] = detect(robots)
    assert d.target == "Ferro Labs" and "funding" in d.kinds


def test_minority_stake_is_an_investment_and_majority_is_an_acquisition() -> None:
    minority = art("Stampa Digitale acquisisce il 25% di Calamo AI",
                   "Stampa Digitale, editore di software per le redazioni, acquisisce il 25% di Calamo AI "
                   "con un aumento di capitale riservato da 6 milioni di euro.",
                   "Calamo AI usa modelli linguistici per riassumere le agenzie di stampa.")
    [d] = detect(minority)
    assert d.kinds == ("funding",) and d.target == "Calamo AI"
    assert d.amount is not None and d.amount.value == 6_000_000
    majority = art("Stampa Digitale acquisisce il 70% di Calamo AI",
                   "Stampa Digitale, editore di software per le redazioni, acquisisce il 70% di Calamo AI "
                   "per 6 milioni di euro.",
                   "Calamo AI usa modelli linguistici per riassumere le agenzie di stampa.")
    assert detect(majority) == []


def test_appositive_after_the_subject_is_its_own_clause() -> None:
    """A cue inside the description of the subject ("noto per i suoi modelli di previsione",
    "che vale 2 miliardi") does not veto the main clause."""
    a = art("Airone AI si impegna con Tundra Compute",
            "Airone AI, il laboratorio di Helsinki noto per i suoi modelli di previsione delle maree, si "
            "è impegnato ad acquistare da Tundra Compute capacità di calcolo per 700 milioni di dollari.")
    [d] = detect(a)
    assert d.kinds == ("compute_commitment",) and d.amount.value == 700_000_000
    from alerts.text import Span, split_clauses
    text = "Nodo AI, la startup che vale 2 miliardi, ha chiuso un round da 90 milioni."
    parts = [c.text for c in split_clauses(Span(0, len(text), text))]
    assert parts[0] == "Nodo AI" and parts[1] == "la startup che vale 2 miliardi"


def test_named_supplier_is_not_the_buyer_and_anaphoric_lead_names_the_title_company() -> None:
    a = art("Cometa AI, cinque anni di GPU da Polare Cloud",
            "La società torinese ha firmato con il fornitore finlandese Polare Cloud un accordo quinquennale "
            "che le garantirà l'accesso a migliaia di GPU per 500 milioni di euro.",
            "I primi cluster entreranno in funzione il prossimo anno.")
    [d] = detect(a)
    assert d.target == "Cometa AI" and d.kinds == ("compute_commitment",)
    assert "Polare Cloud" in d.counterparties or d.counterparties == ()


def test_counterparties_come_from_the_deal_statements() -> None:
    """Counterparties are the investors and vendors the deal statements name: an unlisted
    supplier ("acquistare da X"), not the chip brand of what it supplies, not a partner or
    vendor of background sentences, not the places in an investor's description."""
    a = art("Picchio AI si impegna con Ghiacciaio Compute: 600 milioni di dollari in calcolo",
            "Picchio AI si è impegnata ad acquistare da Ghiacciaio Compute capacità di calcolo per 600 "
            "milioni di dollari in cinque anni, con accesso a migliaia di GPU Nvidia.",
            "Microsoft resta il suo principale partner tecnologico per i prodotti.",
            "Picchio resta libera di comprare altra capacità da Oracle in futuro.")
    [d] = detect(a)
    assert d.target == "Picchio AI"
    assert d.counterparties == ("Ghiacciaio Compute",)
    b = art("Torchio Meccanica entra nel capitale di Vite AI con 12 milioni",
            "Torchio Meccanica, il gruppo della componentistica con stabilimenti tra Lumezzane, Sarezzo e "
            "la Polonia, entra nel capitale di Vite AI con 12 milioni di euro.",
            "Vite AI sviluppa modelli di visione artificiale per il controllo qualità.")
    [d] = detect(b)
    assert d.target == "Vite AI"
    assert not {"Lumezzane", "Sarezzo", "Polonia"} & set(d.counterparties)


def test_results_article_with_an_investment_plan_is_not_a_deal() -> None:
    """An anaphoric lead ("Il gruppo ha confermato…") names the title's company only when the
    title speaks of a deal; a plan of investments destined to its own network is capex."""
    a = art("Rete Sud Comunicazioni, ricavi a 2 miliardi nel semestre",
            "Rete Sud Comunicazioni ha chiuso il semestre con ricavi per 2 miliardi di euro, in crescita "
            "del 5%, grazie ai servizi di intelligenza artificiale per le imprese.",
            "Il gruppo ha confermato investimenti per 1,2 miliardi di euro nel triennio, destinati alla "
            "rete mobile e a un nuovo data center.")
    assert detect(a) == []


def test_rules_after_corpus4_not_an_ai_company_and_past_training() -> None:
    # the company says it is not an AI company: a standfirst question about AI and a quoted
    # pitch word do not make its round an AI deal
    shop = art(
        "Ferro Vivo raccoglie 6 milioni di euro per i suoi monopattini a noleggio",
        "Ferro Vivo, la società bolognese che noleggia monopattini ai pendolari, ha chiuso un round "
        "da 6 milioni di euro guidato da Portico Ventures.",
        "Nel materiale per gli investitori compaiono anche modelli predittivi per la manutenzione, "
        "ma la fondatrice frena.",
        "«Siamo una società di trasporti, non di intelligenza artificiale», spiega.",
        description="Servono davvero gli algoritmi di intelligenza artificiale? Per loro conta la flotta",
    )
    assert detect(shop) == []
    # a model trained in the past on rented GPUs: no commitment, and the chip is no target
    trained = art(
        "Nuvola-3, il nuovo modello linguistico di Lince Labs",
        "Lince Labs ha presentato Nuvola-3, un modello linguistico a pesi aperti per l'italiano.",
        "La rete è stata addestrata per sei settimane su un cluster di 1.024 GPU Nvidia H200 "
        "affittato da un operatore tedesco.",
    )
    assert detect(trained) == []
    assert all(d.target != "Nvidia H200" for d in detect(art(
        "Lince Labs affitta 1.024 GPU Nvidia H200",
        "Lince Labs si è impegnata ad affittare 1.024 GPU Nvidia H200 da Alpina Compute per tre anni.")))


def test_rules_after_corpus4_not_exclusive_and_scale_without_money() -> None:
    # the standfirst denies exclusivity in other words; the deal is stated only by a scale
    a = art(
        "Lince Labs userà fino a duecentomila acceleratori di Amazon",
        "Lince Labs ha annunciato che avrà accesso fino a 200.000 chip Trainium di Amazon nei "
        "prossimi due anni per addestrare i suoi modelli linguistici.",
        "Attenzione però a parlare di esclusiva: la società resta multi-piattaforma e continua "
        "a usare anche altri fornitori.",
        description="Ma i modelli di Lince Labs non diventano un'esclusiva di AWS",
    )
    deals = detect(a)
    assert len(deals) == 1
    assert deals[0].target == "Lince Labs"
    assert deals[0].kinds == ("compute_commitment",)


def test_rules_after_corpus4_bare_appositive_payment_schedule_and_title_currency() -> None:
    # "X, startup … per la previsione dei consumi, ha firmato": the descriptor is its own clause;
    # "rate mensili" is a payment schedule, not results; the title's "milioni" takes the euro
    # the body gives the same figure
    a = art(
        "Brina AI noleggia 2.000 GPU da Ponente Compute: contratto da 40 milioni",
        "Brina AI, startup padovana che sviluppa modelli di intelligenza artificiale per la previsione "
        "dei consumi elettrici, ha firmato un contratto biennale con Ponente Compute per noleggiare "
        "2.000 GPU nel data center di Vicenza.",
        "Il contratto vale 40 milioni di euro in due anni, con rate mensili a partire da gennaio.",
    )
    deals = detect(a)
    assert len(deals) == 1
    d = deals[0]
    assert d.target == "Brina AI"
    assert "compute_commitment" in d.kinds
    assert d.amount is not None and d.amount.value == 40_000_000 and d.amount.currency == "EUR"


def test_rules_after_corpus4_trailing_descriptor_so_far_and_sector_remark() -> None:
    # the description of the supplier after its name ("…, il gruppo svedese che compra energia
    # eolica") is its own clause: its energy cue does not veto the commitment; "quanto ha
    # raccolto finora" and "i capitali raccolti dalle startup" are no new round
    a = art(
        "Perché Ortica Labs scommette sul calcolo svedese",
        "Ortica Labs, il laboratorio torinese dei modelli linguistici, si è impegnata a spendere "
        "800 milioni di euro in quattro anni sui server di Lagom Compute, il gruppo svedese che "
        "alimenta i suoi data center con energia eolica.",
        "Sono circa 200 milioni l'anno, più di quanto la società abbia raccolto finora dagli investitori.",
        "È un copione noto: gran parte dei capitali raccolti dalle startup del settore finisce "
        "nei conti dei fornitori di calcolo.",
    )
    deals = detect(a)
    assert len(deals) == 1
    d = deals[0]
    assert d.target == "Ortica Labs"
    assert d.kinds == ("compute_commitment",)
    assert d.amount is not None and d.amount.value == 800_000_000 and d.amount.currency == "EUR"


# --- rules added from the fifth corpus's misses (each tested on sentences of our own) ---------


def test_ai_denial_in_the_standfirst_counts() -> None:
    a = art(
        "Ruota Libera raccoglie 5 milioni per i monopattini in abbonamento",
        "Ruota Libera, startup bolognese che noleggia monopattini elettrici alle aziende, ha chiuso un round "
        "da 5 milioni di euro guidato da Fondo Reno Ventures.",
        "Il fondatore, interpellato, spiega se la società usi l'intelligenza artificiale: «Qualche algoritmo "
        "per la manutenzione, niente di più».",
        description="«Siamo una società di trasporti, non di intelligenza artificiale»",
    )
    assert detect(a) == []
    # without the denial, the AI question in the lead is enough
    assert detect(art(a.title, *a.text.split("\n")))


def test_secondary_sale_with_no_new_capital_is_not_funding() -> None:
    a = art(
        "Nebbia AI, i fondi della prima ora vendono quote per 30 milioni",
        "Due fondi seed hanno ceduto parte delle loro quote di Nebbia AI, la startup milanese di modelli "
        "linguistici, a un investitore americano per circa 30 milioni di euro.",
        "È un'operazione tutta secondaria: le azioni passano di mano e non c'è alcun aumento di capitale "
        "per Nebbia AI.",
    )
    assert detect(a) == []


def test_additional_amount_is_new_money_next_to_a_running_total() -> None:
    a = art(
        "Fulmine rilancia su Orsa AI: altri 150 milioni di dollari, l'impegno complessivo sale a 400 milioni",
        "Il produttore di chip ha annunciato un nuovo investimento da 150 milioni di dollari nella startup di "
        "modelli linguistici Orsa AI, che sviluppa intelligenza artificiale per la chimica.",
    )
    deals = detect(a)
    assert len(deals) == 1
    d = deals[0]
    assert d.target == "Orsa AI"
    assert d.amount is not None and d.amount.value == 150_000_000 and d.amount.currency == "USD"


def test_vendor_spending_on_its_own_new_data_centers_is_capex() -> None:
    a = art(
        "Vela AI prenota 2 gigawatt di calcolo da Monsone Compute",
        "Vela AI, laboratorio di intelligenza artificiale di Londra, ha firmato con Monsone Compute un accordo "
        "pluriennale che le garantisce 2 gigawatt di capacità di calcolo.",
        "Il valore non è stato reso noto.",
        "Monsone, dal canto suo, prevede di spendere 12 miliardi di dollari in nuovi data center nel 2027, e "
        "l'accordo con Vela dovrebbe occuparne buona parte.",
    )
    deals = detect(a)
    assert len(deals) == 1 and deals[0].kinds == ("compute_commitment",)
    assert deals[0].amount is None
    capex = [n for n in analyse(a).amounts if n.amount.value == 12_000_000_000]
    assert capex and capex[0].status == "vetoed" and "capex" in capex[0].reason


def test_exclusivity_without_amount_or_capacity_is_not_also_a_purchase() -> None:
    a = art(
        "Cometa AI sceglie Nimbo Cloud in esclusiva per i suoi modelli",
        "Cometa AI, startup genovese di intelligenza artificiale per la logistica, ha firmato un accordo "
        "pluriennale con Nimbo Cloud.",
        "Da marzo Nimbo sarà il fornitore cloud esclusivo di Cometa AI per l'addestramento dei modelli.",
    )
    deals = detect(a)
    assert len(deals) == 1 and deals[0].kinds == ("chip_exclusivity",)


def test_receiving_gpus_in_tranches_is_not_funding() -> None:
    a = art(
        "Faggio AI firma un contratto di calcolo da 800 milioni di dollari con Tundra Cloud",
        "Faggio AI, laboratorio di intelligenza artificiale di Bologna, si è impegnato ad acquistare da "
        "Tundra Cloud capacità di calcolo per 800 milioni di dollari in quattro anni.",
        "In cambio Faggio AI ottiene circa 10.000 GPU, con la consegna della prima tranche a giugno.",
    )
    deals = detect(a)
    assert len(deals) == 1 and deals[0].kinds == ("compute_commitment",)


def test_primary_compute_platform_is_exclusivity() -> None:
    a = art(
        "Quercia AI raccoglie 60 milioni da Brina Semiconduttori",
        "Brina Semiconduttori ha investito 60 milioni di euro in Quercia AI, startup torinese di modelli "
        "linguistici per l'industria.",
        "Quercia AI ha confermato che i chip Brina resteranno la sua piattaforma di calcolo primaria per "
        "l'addestramento.",
    )
    deals = detect(a)
    assert len(deals) == 1 and set(deals[0].kinds) == {"funding", "chip_exclusivity"}


def test_quarterly_payments_are_not_quarterly_results() -> None:
    a = art(
        "Larice AI compra capacità di calcolo per 40 milioni",
        "Larice AI, startup di intelligenza artificiale di Trento, si è impegnata ad acquistare capacità di "
        "calcolo da Pino Cloud per 40 milioni di euro, pagabili trimestralmente, in tre anni.",
    )
    deals = detect(a)
    assert len(deals) == 1 and deals[0].amount is not None and deals[0].amount.value == 40_000_000


# --- rules added from the sixth corpus's misses ----------------------------------------------


def test_backing_verb_in_a_compute_title_names_the_buyer_not_an_investor() -> None:
    a = art(
        "Anthropic raddoppia in Islanda: altri 900 milioni di dollari per 12.000 GPU di Geysir Compute",
        "La società di Claude ha firmato con Geysir Compute, operatore islandese di data center, un accordo "
        "pluriennale per l'accesso ad altre 12.000 GPU.",
        "Il valore del nuovo contratto è di altri 900 milioni di dollari, secondo quanto riferito dall'operatore.",
    )
    deals = detect(a)
    assert len(deals) == 1
    assert deals[0].target == "Anthropic" and deals[0].kinds == ("compute_commitment",)


def test_an_earlier_agreement_recalled_is_background() -> None:
    a = art(
        "Vela AI compra altra capacità di calcolo da Monsone Compute",
        "Vela AI, laboratorio di intelligenza artificiale di Londra, si è impegnata ad acquistare da Monsone "
        "Compute capacità di calcolo per 400 milioni di euro.",
        "Si aggiunge all'accordo da 250 milioni di euro firmato in primavera per una prima tranche di capacità.",
    )
    deals = detect(a)
    assert len(deals) == 1 and deals[0].kinds == ("compute_commitment",)
    old = [n for n in analyse(a).amounts if n.amount.value == 250_000_000]
    assert old and old[0].status == "vetoed" and "background" in old[0].reason


def test_a_round_that_dates_back_is_background() -> None:
    a = art(
        "Cometa AI vale un miliardo? La rivalutazione di un socio",
        "Una holding quotata ha rivalutato la propria quota in Cometa AI, startup di intelligenza artificiale "
        "per la logistica: la cifra implica una valutazione di circa un miliardo di euro.",
        "Cometa AI non ha raccolto nuovi capitali.",
        "L'ultimo round, una Serie B da 40 milioni, risale a marzo 2024.",
    )
    assert detect(a) == []


def test_a_product_that_estimates_is_not_a_market_forecast() -> None:
    a = art(
        "Sarmento, seed da 3 milioni di euro per l'IA che conta le olive",
        "La startup pugliese, che usa la visione artificiale per stimare in anticipo la resa degli uliveti, "
        "ha chiuso un round seed da 3 milioni di euro guidato dal Fondo Murgia.",
    )
    deals = detect(a)
    assert len(deals) == 1 and deals[0].amount is not None and deals[0].amount.value == 3_000_000


def test_a_round_mentioned_in_passing_adds_no_kind() -> None:
    a = art(
        "Larice AI si assicura 2.048 GPU da Pino Cloud: accordo da 90 milioni",
        "Larice AI, startup di intelligenza artificiale di Trento, ha firmato con Pino Cloud un accordo "
        "pluriennale per un cluster di 2.048 GPU, per un valore di 90 milioni di euro.",
        "Il cluster sarà installato nel data center di Pino Cloud a Bolzano, che per l'occasione ha ampliato "
        "la sala macchine e il sistema di raffreddamento a liquido, con lavori durati quasi un anno intero.",
        "Larice AI sviluppa modelli linguistici per le pubbliche amministrazioni del Nord Est e conta oggi una "
        "quarantina di dipendenti tra Trento, Padova e Verona, quasi tutti ingegneri e ricercatori.",
        "Il fondatore racconta che finora la società affittava capacità a ore da diversi fornitori, con tempi "
        "di attesa lunghi e costi difficili da prevedere per una startup della sua dimensione.",
        "La società non ha detto come finanzierà l'impegno; fonti vicine all'azienda parlano di un nuovo "
        "round in preparazione per il 2026.",
    )
    deals = detect(a)
    assert len(deals) == 1 and deals[0].kinds == ("compute_commitment",)


def test_keeping_other_suppliers_is_not_exclusive_but_a_qualified_exclusivity_is() -> None:
    dedicated = ("Faggio AI, laboratorio di intelligenza artificiale di Bologna, si è impegnato a spendere 50 "
                 "milioni di euro per l'uso esclusivo di un cluster di GPU nei data center di Nimbo Cloud.")
    free = art("Faggio AI sceglie Nimbo Cloud", dedicated,
               "L'intesa non impedisce a Faggio AI di continuare a rivolgersi ad altri fornitori.")
    assert detect(free)[0].kinds == ("compute_commitment",)
    exclusive = ("Faggio AI, laboratorio di intelligenza artificiale di Bologna, si è impegnato a spendere 50 "
                 "milioni di euro in servizi cloud di Nimbo Cloud, che sarà il suo fornitore cloud esclusivo.")
    qualified = art("Faggio AI sceglie Nimbo Cloud", exclusive,
                    "Non si tratta però di un'esclusiva assoluta: alcuni server resteranno presso i clienti.")
    assert set(detect(qualified)[0].kinds) == {"compute_commitment", "chip_exclusivity"}


def test_a_product_named_after_the_company_does_not_rename_it() -> None:
    a = art(
        "Ginestra raccoglie 12 milioni di euro per l'IA dei bilanci",
        "Ginestra, startup milanese di intelligenza artificiale, ha chiuso un round di Serie A da 12 milioni di "
        "euro guidato da Fondo Navile.",
        "Il prodotto di punta si chiama Ginestra Audit: una piattaforma che legge i bilanci e segnala le anomalie.",
    )
    assert detect(a)[0].target == "Ginestra"


def test_chatgpt_is_an_ai_mention() -> None:
    hits = {c for c, _ in analyse(art("Titolo", "Gli utenti di ChatGPT sono cresciuti molto.")).sentences[1].hits}
    assert "ai" in hits


# --- counterparties ---------------------------------------------------------------------------


def test_round_participants_after_the_statement_are_counterparties() -> None:
    a = art(
        "Mirto AI raccoglie 9 milioni di euro per l'IA dei cantieri",
        "Mirto AI, startup bresciana di intelligenza artificiale per l'edilizia, ha chiuso un round di Serie A "
        "da 9 milioni di euro. Il lead investor è Fondo Oglio, che ha messo 5 milioni; il resto arriva dal "
        "network Pisa Angels. Hanno partecipato anche Garda Partners e Sebino Capital.",
    )
    d = detect(a)[0]
    assert set(d.counterparties) == {"Fondo Oglio", "Pisa Angels", "Garda Partners", "Sebino Capital"}


def test_conditional_lead_and_a_vendor_named_only_in_the_title() -> None:
    rumour = art(
        "Ortica AI tratta un round da 50 milioni",
        "Ortica AI, laboratorio di intelligenza artificiale di Trento, sarebbe in trattative per raccogliere "
        "50 milioni di euro: a guidare l'operazione sarebbe Brenta Growth, fondo di Boston.",
    )
    assert set(detect(rumour)[0].counterparties) == {"Brenta Growth"}
    compute = art(
        "Salice AI, impegno da 300 milioni con Fiordo Compute per la capacità di calcolo",
        "Salice AI, la startup torinese che sviluppa modelli multimodali, si è impegnata a spendere 300 milioni "
        "di euro in capacità di calcolo nei prossimi cinque anni, nel campus di Jesi.",
    )
    assert detect(compute)[0].counterparties == ("Fiordo Compute",)


def test_a_competitor_named_after_the_round_is_not_an_investor() -> None:
    a = art(
        "Quercia AI raccoglie 40 milioni di euro",
        "Quercia AI, startup torinese di modelli linguistici, ha chiuso un round da 40 milioni di euro guidato "
        "da Fondo Dora. Gli investitori si sono impegnati a non finanziare i concorrenti, come Betulla AI.",
    )
    assert detect(a)[0].counterparties == ("Fondo Dora",)


# --- rules added from the seventh corpus's misses --------------------------------------------


def test_legal_form_stays_in_the_target_name() -> None:
    a = art(
        "Fonderia Neurale affitta 10.000 GPU da Nimbo Cloud",
        "Fonderia Neurale S.p.A., società torinese di intelligenza artificiale, si è impegnata ad acquistare "
        "capacità di calcolo da Nimbo Cloud per 500 milioni di euro in cinque anni.",
    )
    assert detect(a)[0].target == "Fonderia Neurale S.p.A."


def test_a_convertible_note_is_funding_not_debt() -> None:
    a = art(
        "Tarassaco AI incassa 4 milioni in convertibile",
        "Tarassaco AI, startup di intelligenza artificiale di Pavia, ha raccolto 4 milioni di euro con un "
        "prestito obbligazionario convertibile sottoscritto da Fondo Ticino.",
    )
    assert detect(a)[0].amount.value == 4_000_000


def test_building_its_own_data_center_with_its_own_money_is_not_a_deal() -> None:
    own = art(
        "Ai: Castagno Calcolo costruira' il proprio data center nel Novarese, investimento da 300 mln",
        "Castagno Calcolo S.p.A., societa' di intelligenza artificiale, costruira' il proprio data center a "
        "Novara. L'investimento previsto e' di 300 mln di euro e sara' sostenuto interamente con mezzi propri.",
    )
    assert detect(own) == []
    bought = art(
        "Pioppo AI firma con Nimbo Chips per 2 gigawatt di acceleratori",
        "Pioppo AI, laboratorio di intelligenza artificiale, ha firmato con Nimbo Chips un accordo pluriennale "
        "per l'impiego di 2 gigawatt di acceleratori nei propri data center.",
    )
    assert detect(bought)[0].kinds == ("compute_commitment",)


def test_more_ways_to_say_a_company_is_not_about_ai() -> None:
    a = art(
        "Vivaio Bio raccoglie 20 milioni per la terapia genica",
        "Vivaio Bio, biotech trentina, ha chiuso un round di Serie B da 20 milioni di euro per la sperimentazione "
        "clinica. Nessun componente di intelligenza artificiale, precisa la società.",
        description="Intanto l'AI italiana resta a secco: nessun round sopra i 5 milioni.",
    )
    assert detect(a) == []


def test_a_power_purchase_agreement_is_not_compute() -> None:
    a = art(
        "Nimbo Cloud firma un PPA per il suo data center",
        "Il fornitore di cloud per l'intelligenza artificiale Nimbo Cloud ha firmato con Vento Rinnovabili un "
        "accordo di acquisto di energia (power purchase agreement) di quindici anni per 120 MW di capacità "
        "eolica, destinata ad alimentare il data center di Pavia.",
    )
    assert detect(a) == []


def test_past_rounds_in_english_and_in_the_imperfect_are_background() -> None:
    english = art(
        "Italy antitrust fines chatbot maker Ciarla 5 mln euros",
        "Italy's competition authority said it had fined Ciarla Srl, a developer of AI chatbots, 5 million euros.",
        "Ciarla, which raised 14 million euros from investors in 2024, said it would appeal the decision.",
    )
    assert detect(english) == []
    recalled = art(
        "Maestrale AI, un anno dopo i venti milioni",
        "Era il novembre dello scorso anno quando Maestrale AI, società di intelligenza artificiale per il "
        "turismo, annunciava un aumento di capitale da venti milioni di euro guidato da un fondo tedesco.",
        "«No, non è previsto alcun aumento di capitale prima del 2027», dice il fondatore.",
    )
    assert detect(recalled) == []


def test_list_items_are_named_by_the_line_that_introduces_them() -> None:
    a = art(
        "Sorbo: 300 milioni di round e un impegno da $1bn su Azure",
        "La romana Sorbo S.p.A., che sviluppa modelli linguistici per la pubblica amministrazione, ha annunciato:",
        "- un round di Serie B da €300m guidato da Fondo Tevere, con Banca Lanterna;",
        "- un impegno ad acquistare capacità di calcolo su Microsoft Azure per $1bn in cinque anni, con Azure "
        "fornitore cloud principale.",
        "Azure sarà il fornitore principale, ma il contratto non impedisce di usare altri provider per una quota "
        "minoritaria dei carichi.",
    )
    d = detect(a)[0]
    assert d.target == "Sorbo S.p.A."
    assert set(d.kinds) == {"funding", "compute_commitment", "chip_exclusivity"}


def test_the_statements_name_the_target_when_the_title_misleads() -> None:
    a = art(
        "Ninfea e la scommessa su AMD: 120 milioni di dollari e un matrimonio di chip",
        "A Parigi, in un ex magazzino, una trentina di ricercatori insegna alle macchine a girare video.",
        "La loro società si chiama Ninfea e fino a ieri era conosciuta solo dagli addetti ai lavori.",
        "Oggi il suo nome gira tra gli investitori di mezza Europa, e non è un caso.",
        "AMD ha investito 120 milioni di dollari in Ninfea, startup francese di intelligenza artificiale "
        "generativa, nell'ambito di un accordo strategico tra le due società.",
    )
    assert detect(a)[0].target == "Ninfea"


def test_a_bank_loan_is_not_funding() -> None:
    a = art(
        "Pastificio Rossi, 15 milioni per la linea con il controllo qualità a intelligenza artificiale",
        "Il Pastificio Rossi ha ottenuto da Banca del Golfo un finanziamento da 15 milioni di euro, assistito "
        "dalla garanzia pubblica, per una nuova linea con un sistema di intelligenza artificiale.",
    )
    assert detect(a) == []


def test_an_energy_word_in_the_investors_name_is_not_an_energy_context() -> None:
    a = art(
        "Ferri Energia scommette sull'intelligenza artificiale: nove milioni per entrare in Favilla Analytics",
        "Nove milioni di euro per il quindici per cento del capitale di Favilla Analytics, startup pescarese di "
        "intelligenza artificiale. A sottoscrivere l'aumento di capitale riservato è stato il Gruppo Ferri "
        "Energia, realtà teramana attiva nella distribuzione di gas ed elettricità.",
    )
    d = detect(a)
    assert len(d) == 1 and d[0].kinds == ("funding",)
    assert d[0].amount is not None and d[0].amount.value == 9_000_000 and d[0].amount.currency == "EUR"


def test_a_feature_states_the_deal_after_its_story() -> None:
    story = [
        "Alle nove di un martedì mattina, in un call center di Casablanca, un operatore risponde a una signora "
        "di Pozzuoli che non riesce a bloccare la sua carta di credito e parla soltanto italiano.",
        "Tra le loro voci c'è un software di intelligenza artificiale che traduce ogni frase, riproducendo il tono "
        "e perfino le pause, e nessuno dei due ci fa caso fino alla fine della telefonata.",
        "È il tipo di esperienza che fino a pochi anni fa sembrava fantascienza e che oggi è un prodotto "
        "venduto da una piccola società di Lione a banche, compagnie aeree e operatori telefonici.",
    ]
    a = art(
        "Brume Systèmes firma con Cerebras e punta tutto su un solo chip",
        *story,
        "La società ha firmato con Cerebras un contratto pluriennale da 80 milioni di dollari per capacità di "
        "inferenza nei data center del produttore, che diventa il suo fornitore esclusivo.",
    )
    d = detect(a)
    assert len(d) == 1 and d[0].target == "Brume Systèmes"
    assert set(d[0].kinds) == {"compute_commitment", "chip_exclusivity"}


def test_a_weekly_digest_judges_each_item_on_its_own() -> None:
    a = art(
        "Le notizie della settimana: 8 milioni per Casa Viola, 250 milioni di Cirro AI per Google Cloud",
        "Il marchio fiorentino Casa Viola, che produce abbigliamento con tessuti riciclati, ha raccolto 8 milioni "
        "di euro da un fondo di private equity toscano.",
        "Cirro AI S.p.A., la società milanese che sviluppa modelli linguistici per gli studi legali, ha firmato "
        "con Google Cloud un impegno quadriennale da 250 milioni di dollari per capacità di calcolo.",
    )
    [d] = detect(a)
    assert d.target == "Cirro AI S.p.A." and d.kinds == ("compute_commitment",)
    assert d.amount is not None and d.amount.value == 250_000_000 and d.amount.currency == "USD"


def test_an_amount_announced_before_its_clause() -> None:
    a = art(
        "Ordito fa il pieno: round da 30 milioni",
        "Trenta milioni di euro: tanto ha raccolto Ordito Srl, la startup comasca che usa l'intelligenza "
        "artificiale generativa per disegnare tessuti.",
    )
    d = detect(a)[0]
    assert d.target == "Ordito Srl" and d.amount is not None and d.amount.value == 30_000_000


def test_english_copy_and_a_conditional_valuation() -> None:
    english = art(
        "Cedro AI locks in USD 250m of Google Cloud capacity",
        "Cedro AI S.p.A., the Milan-based developer of large language models for law firms, has signed a "
        "four-year commitment worth USD 250m for TPU capacity on Google Cloud, the company said on Tuesday.",
    )
    assert detect(english)[0].target == "Cedro AI S.p.A."
    rumour = art(
        "Voci su Nebbiolo: un round tra 500 e 600 milioni",
        "Secondo Bloomberg, la parigina Nebbiolo, che sviluppa modelli multimodali, sarebbe vicina a chiudere "
        "un round tra i 500 e i 600 milioni di euro. L'operazione valuterebbe la società circa 4 miliardi di euro.",
    )
    d = detect(rumour)[0]
    assert d.amount is not None and d.amount.value == 600_000_000 and d.amount.value_min == 500_000_000


def test_a_relative_clause_subject_and_a_founder_who_is_not_the_company() -> None:
    a = art(
        "Le notizie della settimana: Brezza Robótica allunga il seed",
        "La valenciana Brezza Robótica, che sviluppa software di intelligenza artificiale per i robot che "
        "raccolgono gli agrumi, ha esteso il suo round seed con altri 4 milioni di euro, sottoscritti da "
        "Turia Ventures. I robot, spiega la fondatrice Nuria Climent, decidono se raccoglierlo.",
    )
    d = detect(a)[0]
    assert d.target == "Brezza Robótica" and d.amount is not None and d.amount.value == 4_000_000


def test_more_ways_to_name_co_investors() -> None:
    a = art(
        "Rovere AI raccoglie 18 milioni di euro",
        "Rovere AI, startup veneta di intelligenza artificiale, ha chiuso un round da 18 milioni di euro. "
        "Brenta Capital Sgr, in qualità di lead investor, e Fondo Sile hanno versato subito 12 milioni, "
        "mentre al round si sono affiancati la bolognese Reno Partners e il veicolo di business angel Colli "
        "Angeli.",
    )
    assert set(detect(a)[0].counterparties) == {"Brenta Capital Sgr", "Fondo Sile", "Reno Partners", "Colli Angeli"}


# --- rules added from the eighth corpus's misses ---------------------------------------------


def test_an_interview_states_the_deal_in_the_first_person() -> None:
    a = art(
        "Federico Parodi, Corallo AI: «Restiamo a Genova, e ora scegliamo un cloud solo»",
        "D: Partiamo dalla notizia. R: Abbiamo chiuso un round da diciotto milioni di euro, una Serie A guidata da "
        "Maestrale Capital, per i nostri modelli di intelligenza artificiale per le rotte navali.",
        "D: E il cloud? R: Ci siamo impegnati a comprare capacità su Microsoft Azure per cinque milioni di euro "
        "nei prossimi tre anni. Preferisco un partner principale che conosce i nostri carichi di lavoro.",
    )
    d = detect(a)[0]
    assert d.target == "Corallo AI" and d.amount is not None and d.amount.value == 18_000_000
    assert set(d.kinds) == {"funding", "compute_commitment", "chip_exclusivity"}


def test_a_fund_closing_and_a_bank_loan_are_not_deals() -> None:
    fund = art(
        "Pianura Capital annuncia il primo closing del fondo Pianura AI Fund I a 150 milioni di euro",
        "Pianura Capital SGR comunica di aver completato il primo closing del fondo Pianura AI Fund I, dedicato "
        "a investimenti in startup dell'intelligenza artificiale, a 150 milioni di euro. L'obiettivo di raccolta "
        "finale è fissato in 250 milioni di euro.",
    )
    assert detect(fund) == []
    loan = art(
        "Banca del Colle sostiene Segnale AI con un finanziamento da 3 milioni di euro",
        "Como, 20 novembre 2025 – Banca del Colle ha erogato a Segnale AI Srl, società comasca di intelligenza "
        "artificiale, un finanziamento a medio-lungo termine da 3 milioni di euro.",
    )
    assert detect(loan) == []


def test_a_column_names_the_company_after_its_musings() -> None:
    a = art(
        "Trecento milioni e una domanda: l'Europa sa ancora sognare in grande?",
        "Ogni volta che una startup europea annuncia un round con tanti zeri, partono due reazioni opposte.",
        "Helix Labs, la startup di Amsterdam che costruisce modelli fondativi per la chimica, ha annunciato una "
        "Serie B da trecento milioni di dollari. A guidarla è Northgate Capital.",
    )
    d = detect(a)[0]
    assert d.target == "Helix Labs" and "Northgate Capital" in d.counterparties


def test_a_data_centers_description_is_a_clause_of_its_own() -> None:
    a = art(
        "Metide Lab prenota 256 GPU a Monselice: contratto da 3 milioni",
        "Metide Lab, startup padovana che sviluppa modelli linguistici, ha firmato un contratto triennale da 3 "
        "milioni di euro per 256 GPU con Colli DC, il data center inaugurato un anno fa a Monselice.",
    )
    d = detect(a)[0]
    assert d.amount is not None and d.amount.value == 3_000_000 and d.amount.currency == "EUR"


def test_an_earlier_round_closed_in_a_named_month_is_background() -> None:
    a = art(
        "Brina AI prenota 4.096 GPU su Oracle",
        "La torinese Brina AI, che addestra modelli generativi per il video, si è impegnata a utilizzare 4.096 GPU "
        "su Oracle Cloud Infrastructure per diciotto mesi.",
        "L'impegno arriva dopo il seed da 6 milioni di euro chiuso a marzo.",
    )
    d = detect(a)[0]
    assert d.kinds == ("compute_commitment",) and d.amount is None


def test_a_sentence_opening_adverb_is_not_part_of_the_name() -> None:
    a = art(
        "Corallo AI raccoglie 18 milioni di euro e sceglie Microsoft Azure",
        "Corallo AI, startup genovese di intelligenza artificiale, ha chiuso un round da 18 milioni di euro. "
        "Contestualmente Corallo AI ha sottoscritto con Microsoft l'impegno ad acquistare capacità di calcolo su "
        "Azure per un valore di 5 milioni di euro.",
    )
    d = detect(a)[0]
    assert set(d.kinds) == {"funding", "compute_commitment"} and d.target == "Corallo AI"


# --- rules added from the ninth corpus's misses ----------------------------------------------


def test_a_round_that_says_it_is_not_ai() -> None:
    a = art(
        "Niente algoritmi, solo lievito madre: Mollica raccoglie 5 milioni",
        "In un mercato in cui sembra che si finanzino solo startup di intelligenza artificiale, c'è chi "
        "raccoglie capitali vendendo pane. Mollica, startup milanese del pane a domicilio, ha chiuso un round "
        "da 5 milioni di euro guidato da Granum Partners.",
        description="Mentre tutti inseguono l'intelligenza artificiale, la startup del pane chiude un round",
    )
    assert detect(a) == []


def test_a_secondary_sale_with_no_fresh_money() -> None:
    a = art(
        "Turbine AI vale 2,4 miliardi: i dipendenti vendono, nessun nuovo capitale",
        "Un'operazione interamente secondaria da 120 milioni consente ai dipendenti di Turbine AI, società di "
        "intelligenza artificiale, di vendere parte delle azioni. La società non raccoglie risorse fresche.",
        "«Non abbiamo bisogno di raccogliere», ha spiegato il fondatore.",
    )
    assert detect(a) == []


def test_an_investor_speaking_in_general_is_no_deal() -> None:
    a = art(
        "«Metà di ogni round finisce in GPU»: parla Elena Rossi, Falò Ventures",
        "Un'azienda che raccoglie dieci milioni ne spende facilmente quattro in capacità di calcolo per "
        "l'intelligenza artificiale.",
        "«Stiamo investendo il fondo attuale, con ticket tra uno e otto milioni», dice Rossi.",
    )
    assert detect(a) == []


def test_a_utility_building_a_data_center_is_no_deal() -> None:
    a = art(
        "Bergamo Energia costruirà un data center da 420 milioni a Dalmine",
        "Bergamo Energia realizzerà a Dalmine un data center per l'intelligenza artificiale. L'investimento "
        "previsto è di 420 milioni di euro.",
    )
    assert detect(a) == []


def test_new_money_next_to_the_total_it_brings_the_company_to() -> None:
    a = art(
        "Verba volant, Verbalia resta: 42 milioni per l'IA che verbalizza le riunioni",
        "Verbalia, startup milanese di intelligenza artificiale per i verbali delle riunioni, è cresciuta in fretta.",
        "Ieri la società ha annunciato di aver raccolto quarantadue milioni di euro in un round di Serie B "
        "guidato dal fondo Aurora Capital Partners.",
        "Con i 42 milioni della nuova operazione la raccolta complessiva di Verbalia arriva a 58 milioni di euro.",
    )
    d = detect(a)[0]
    assert d.target == "Verbalia" and d.amount is not None and d.amount.value == 42_000_000


def test_a_sovereign_fund_is_a_private_investor() -> None:
    a = art(
        "Mistral AI prepara un nuovo maxi-round?",
        "Secondo indiscrezioni, Mistral AI sarebbe in trattative per raccogliere tra 1,5 e 2 miliardi di euro in un "
        "nuovo aumento di capitale con un fondo sovrano del Golfo.",
    )
    d = detect(a)[0]
    assert d.amount is not None and d.amount.value == 2_000_000_000


def test_the_company_that_the_round_will_finance() -> None:
    a = art(
        "Fenice Dati chiude il seed per l'IA che ricostruisce i database",
        "È il seed round con cui Fenice Dati, startup bolognese, finanzierà lo sviluppo della sua piattaforma di "
        "intelligenza artificiale: 2 milioni di euro guidati da Primo Miglio Ventures.",
    )
    assert detect(a)[0].target == "Fenice Dati"


def test_a_scale_stated_just_before_its_sentence() -> None:
    a = art(
        "Memoria Labs prenota 12mila GPU da Nebius",
        "Dodicimila GPU Nvidia, tutte per sé, per tre anni. È quanto si è assicurata Memoria Labs Srl, startup "
        "padovana di intelligenza artificiale, con un accordo firmato con Nebius.",
    )
    d = detect(a)[0]
    assert d.kinds == ("compute_commitment",) and d.target == "Memoria Labs Srl"


def test_a_bigger_deal_recalled_for_comparison_is_not_the_headline() -> None:
    a = art(
        "OpenAI firma con Aurora Data Centers un contratto da 9 miliardi",
        "OpenAI ha firmato con Aurora Data Centers un contratto da 9 miliardi di dollari per l'acquisto di "
        "capacità di calcolo nei prossimi sei anni.",
        "Basti pensare all'accordo da circa 300 miliardi di dollari con Oracle di cui si è parlato a settembre.",
    )
    d = detect(a)[0]
    assert d.amount is not None and d.amount.value == 9_000_000_000


# --- rules added from the tenth corpus's misses ----------------------------------------------


def test_a_denied_rumour_and_a_neither_confirmed_nor_denied_one() -> None:
    rumour = ("Un quotidiano economico ha scritto che Nvidia avrebbe investito 50 milioni di dollari in Falco AI, "
              "startup fiorentina di intelligenza artificiale per la robotica.")
    denied = art("Falco AI smentisce: «Nessun investimento di Nvidia»", rumour,
                 description="La startup fiorentina smentisce le indiscrezioni.")
    assert detect(denied) == []
    open_ = art("Nvidia investirebbe 50 milioni in Falco AI", rumour, "Falco AI non conferma e non smentisce.")
    assert detect(open_)[0].target == "Falco AI"


def test_a_valuation_announced_before_its_colon() -> None:
    a = art(
        "Cerulea AI, i dipendenti vendono",
        "Cerulea AI, laboratorio di intelligenza artificiale, ha raccolto 150 milioni di euro in un round guidato "
        "da Fondo Mare. Il primo segnale è la valutazione: 6 miliardi di dollari.",
    )
    d = detect(a)[0]
    assert d.amount is not None and d.amount.value == 150_000_000


def test_an_insurer_entering_a_startup_and_a_reserved_cluster() -> None:
    enters = art(
        "Ferri entra in Veritas Claims AI",
        "La compagnia genovese Gruppo Ferri Assicurazioni ha sottoscritto un aumento di capitale riservato da 9 "
        "milioni di euro in Veritas Claims AI, startup milanese di intelligenza artificiale.",
    )
    assert detect(enters)[0].target == "Veritas Claims AI"
    reserved = art(
        "Kairos Lab prenota 8.192 GPU",
        "Kairos Lab S.r.l., laboratorio pisano di intelligenza artificiale, ha riservato per 24 mesi un cluster di "
        "8.192 GPU presso Appennino Cloud, che diventa il suo fornitore di calcolo preferenziale.",
    )
    d = detect(reserved)[0]
    assert d.target == "Kairos Lab S.r.l." and set(d.kinds) == {"compute_commitment", "chip_exclusivity"}


def test_a_running_total_without_the_word_total() -> None:
    a = art(
        "Lumina AI, diciotto milioni per la legal tech",
        "Lumina AI, startup milanese di intelligenza artificiale per gli avvocati, ha annunciato una Serie A da 18 "
        "milioni di euro. Con questa operazione il capitale raccolto dalla startup sale a oltre 20 milioni.",
    )
    d = detect(a)[0]
    assert d.amount is not None and d.amount.value == 18_000_000


def test_a_reference_chip_supplier_is_exclusivity() -> None:
    a = art(
        "AMD investe 400 milioni di dollari in Cerulea AI",
        "AMD ha investito 400 milioni di dollari in Cerulea AI, laboratorio di intelligenza artificiale di Parigi. "
        "Cerulea addestrerà i suoi modelli principalmente su GPU AMD: AMD diventa il suo fornitore di chip di "
        "riferimento. Principalmente, non esclusivamente.",
    )
    assert set(detect(a)[0].kinds) == {"funding", "chip_exclusivity"}


def test_a_legal_form_ends_a_sentence_before_a_capital() -> None:
    from alerts.text import split_sentences
    text = "Il round di Dedalo S.p.A. La società ha chiuso. Di ALBA S.p.A. (“ALBA”) ok."
    got = [s.text for s in split_sentences(text)]
    assert got == ["Il round di Dedalo S.p.A.", "La società ha chiuso.", "Di ALBA S.p.A. (“ALBA”) ok."]


# --- rules added from the eleventh corpus's misses -------------------------------------------


def test_short_names_resolve_to_the_longest_full_name() -> None:
    a = art(
        "Pervinca sceglie AMD: il modello bolognese si addestrerà solo su GPU Instinct",
        "Accordo pluriennale tra Pervinca Tech e il produttore americano di chip.",
        "Pervinca Tech S.r.l., la società bolognese che sviluppa modelli linguistici, addestrerà i suoi modelli "
        "solo su GPU AMD Instinct per tre anni, con un impegno da 40 milioni di euro.",
    )
    assert detect(a)[0].target == "Pervinca Tech S.r.l."


def test_a_denial_with_a_later_round_not_before_2027() -> None:
    a = art(
        "Velia AI smentisce: «Nessun accordo da 1 miliardo con Amazon»",
        "Secondo alcune ricostruzioni, Amazon sarebbe stata pronta a investire in Velia AI, startup di "
        "intelligenza artificiale, diverse centinaia di milioni di euro.",
        "Secondo la società, un nuovo round è previsto «non prima del 2027».",
    )
    assert detect(a) == []


def test_a_venture_funds_second_fund_and_an_analysts_sum() -> None:
    fund = art(
        "Aurora Ventures chiude il Fondo II a 120 milioni",
        "Aurora Ventures, società di venture capital che investe in startup di intelligenza artificiale, ha "
        "raccolto 120 milioni di euro per il suo secondo fondo. Il primo fondo, da 55 milioni, ha investito dal "
        "2019 in 18 società.",
    )
    assert detect(fund) == []
    sums = art(
        "Bolla AI? Gli analisti contano gli impegni incrociati",
        "Secondo i calcoli della banca, la somma degli impegni pluriennali annunciati da OpenAI per capacità di "
        "calcolo supera i 1.400 miliardi di dollari.",
    )
    assert detect(sums) == []


def test_the_announcer_of_an_investment_is_the_investor() -> None:
    a = art(
        "Google investe 300 milioni di dollari in Orbis Reasoning",
        "Da oggi Orbis Reasoning Ltd, laboratorio londinese di intelligenza artificiale, ha un nuovo azionista: "
        "Google ha annunciato un investimento di 300 milioni di dollari nella società.",
    )
    assert detect(a)[0].target == "Orbis Reasoning Ltd"


def test_a_crowdfunding_target_is_not_its_result() -> None:
    a = art(
        "Cantiere AI raccoglie 1.150.000 euro sul crowdfunding",
        "Cantiere AI, startup di intelligenza artificiale per la sicurezza nei cantieri, ha raccolto 1.150.000 euro "
        "da 640 piccoli investitori. L'obiettivo era raccogliere 500.000 euro.",
    )
    d = detect(a)[0]
    assert d.amount is not None and d.amount.value == 1_150_000


# --- rules added from the twelfth corpus's misses --------------------------------------------


def test_an_ipo_and_a_grocery_round_are_not_ai_deals() -> None:
    ipo = art(
        "Stratos AI rinvia la quotazione a Piazza Affari",
        "Stratos AI, società milanese di intelligenza artificiale, rinuncia per ora all'IPO su Euronext Milan, con "
        "cui puntava a raccogliere 120 milioni di euro.",
    )
    assert detect(ipo) == []
    grocery = art(
        "Cassetta Rossa raccoglie 4 milioni di euro per la spesa a km zero",
        "Cassetta Rossa, startup bolognese che consegna frutta e verdura, ha chiuso un round da 4 milioni di euro "
        "guidato da Felsina Ventures.",
        "«L'intelligenza artificiale non ci serve per consegnare le zucchine», dice il fondatore.",
    )
    assert detect(grocery) == []


def test_a_company_named_intelligence_is_about_ai() -> None:
    a = art(
        "Kora Intelligence, 600 milioni per gli agenti industriali",
        "Kora Intelligence SAS, società parigina che sviluppa software per la pianificazione delle fabbriche, ha "
        "annunciato una Serie C da 600 milioni di euro guidata da Fondo Senna.",
    )
    assert detect(a)[0].target == "Kora Intelligence SAS"


def test_a_supplier_named_semiconductors_is_not_the_target() -> None:
    a = art(
        "Cerebro Italia dice addio alle GPU: l'inferenza passerà solo sugli acceleratori Tassello",
        "Cerebro Italia S.r.l., startup barese di intelligenza artificiale, ha firmato un'intesa pluriennale con "
        "Tassello Semiconductors Inc.: tutta l'inferenza dei modelli di Cerebro girerà esclusivamente su chip "
        "Tassello.",
    )
    assert detect(a)[0].target == "Cerebro Italia S.r.l."


def test_a_contract_that_is_worth_an_amount_with_words_between() -> None:
    a = art(
        "Sibilla Labs, 1,2 miliardi con Google Cloud",
        "Sibilla Labs, la società milanese dei modelli linguistici, ha firmato con Google Cloud un contratto "
        "quinquennale che, secondo quanto comunicato, vale 1.200 milioni di euro di servizi di calcolo.",
    )
    d = detect(a)[0]
    assert d.target == "Sibilla Labs" and d.amount is not None and d.amount.value == 1_200_000_000


# --- rules added from the thirteenth corpus's misses -----------------------------------------


def test_a_companys_own_spending_on_a_campus_or_research() -> None:
    campus = art(
        "Larice Data Centers, investimento da 500 milioni per un campus a Piacenza",
        "Larice Data Centers ha presentato il progetto di un nuovo campus per l'intelligenza artificiale a "
        "Piacenza, con un investimento da 500 milioni di euro per un nuovo campus da 60 megawatt.",
    )
    assert detect(campus) == []
    research = art(
        "Algoritmica chiude il 2025 con ricavi a 48 milioni",
        "Algoritmica S.p.A., società di intelligenza artificiale, propone un dividendo. Il piano prevede 20 "
        "milioni di investimenti in ricerca in tre anni.",
    )
    assert detect(research) == []


def test_betting_on_a_chip_vendor_is_choosing_a_supplier() -> None:
    a = art(
        "Tessera Robotics punta su AMD: Instinct come piattaforma primaria e 50 milioni di dollari in equity",
        "Tessera Robotics, startup genovese di modelli fondazionali per la robotica, userà le GPU AMD Instinct "
        "come piattaforma primaria; AMD entra nel capitale con un investimento di 50 milioni di dollari in "
        "Tessera Robotics.",
    )
    d = detect(a)[0]
    assert d.target == "Tessera Robotics" and "chip_exclusivity" in d.kinds


def test_a_deal_word_used_in_another_sense_gives_no_cue() -> None:
    harvest = art(
        "Vigna Robotics presenta il suo robot per la vendemmia con Nvidia",
        "Vigna Robotics, azienda trentina che costruisce robot per la raccolta dell'uva guidati "
        "dall'intelligenza artificiale, ha firmato un accordo tecnico con Nvidia per usarne i modelli di visione.",
    )
    assert detect(harvest) == []
    data = art(
        "Serra Dati chiude un seed da 3 milioni di euro per l'IA agricola",
        "Serra Dati, startup di intelligenza artificiale per l'agricoltura, ha chiuso un seed da 3 milioni di "
        "euro guidato da Fondo Pianura; le risorse serviranno alla raccolta dei dati sul campo.",
    )
    d = detect(data)[0]                       # the round is still a round
    assert d.target == "Serra Dati" and d.amount is not None and d.amount.value == 3_000_000


def test_a_retrospective_in_the_imperfect_is_background() -> None:
    a = art(
        "Due anni di grandi accordi sull'intelligenza artificiale: cosa resta",
        "Era il marzo del 2024 quando Orbis Cloud completava il suo investimento da 2 miliardi di dollari in "
        "Faro Labs, la società di modelli linguistici.",
        "Nel settembre 2024 Faro Labs, che a sua volta si impegnava ad acquistare 10 miliardi di dollari di "
        "capacità di calcolo, portava a 4 miliardi la raccolta complessiva.",
    )
    assert detect(a) == []


def test_a_company_described_as_an_energy_group_still_invests() -> None:
    a = art(
        "Gruppo Rovere Energia entra nel capitale di Turbina AI con 30 milioni",
        "Gruppo Rovere Energia S.p.A., multiutility con ricavi per 1,8 miliardi di euro nel 2024, ha "
        "sottoscritto un aumento di capitale da 30 milioni di euro in Turbina AI, startup di intelligenza "
        "artificiale che bilancia le reti elettriche.",
        description="Il gruppo energetico sottoscrive un aumento di capitale nella startup di IA.",
    )
    d = detect(a)[0]
    assert d.target == "Turbina AI" and d.amount is not None and d.amount.value == 30_000_000


def test_a_round_searched_for_in_vain_is_no_deal() -> None:
    a = art(
        "Fine corsa per Eco Voce: la startup di IA vocale chiude dopo 7 milioni raccolti",
        "Eco Voce, startup di intelligenza artificiale vocale, è stata messa in liquidazione.",
        "«Abbiamo cercato un nuovo round per otto mesi, senza trovarlo», scrive il fondatore.",
    )
    assert detect(a) == []


def test_a_gpu_cluster_contract_is_about_ai() -> None:
    a = art(
        "Atlante Models firma con Nordlys Cloud: 900 milioni di dollari per un cluster GB300",
        "Atlante Models, laboratorio di modelli per la ricerca scientifica, ha firmato con il neocloud "
        "norvegese Nordlys Cloud un contratto da 900 milioni di dollari in tre anni per un cluster di "
        "sistemi GB300.",
    )
    d = detect(a)[0]
    assert d.kinds == ("compute_commitment",) and d.target == "Atlante Models"


def test_the_winner_of_a_customer_is_the_vendor() -> None:
    a = art(
        "Oracle Cloud si aggiudica Brina Labs: contratto da 800 milioni di dollari",
        "Il contratto pluriennale tra Brina Labs e Oracle Cloud vale 800 milioni di dollari di capacità di "
        "calcolo per i modelli linguistici della società milanese.",
        "Oracle ospiterà i cluster nella region di Oracle a Milano, dove Oracle ha aperto un nuovo sito.",
    )
    d = detect(a)[0]
    assert d.target == "Brina Labs" and d.counterparties == ("Oracle",)


def test_an_operators_campus_priced_per_megawatt_is_capex() -> None:
    a = art(
        "Nevato apre a Lodi un data center da 250 milioni per l'IA",
        "Nevato Cloud ha inaugurato a Lodi il suo nuovo campus: un investimento da 250 milioni di euro per "
        "30 megawatt di potenza, pensato per i cluster di GPU dell'intelligenza artificiale.",
    )
    assert detect(a) == []


def test_the_only_hardware_platform_is_exclusivity_even_for_its_own_infrastructure() -> None:
    only = art(
        "Graniglia sceglie AMD in esclusiva per i suoi server",
        "Graniglia, startup torinese che offre inferenza per modelli open source, ha firmato con AMD un accordo "
        "che fa degli acceleratori Instinct l'unica piattaforma hardware della società fino al 2028.",
    )
    assert "chip_exclusivity" in detect(only)[0].kinds
    own = art(
        "Pietrafina, Nvidia fornitore esclusivo e ordine da 5mila GPU",
        "Pietrafina, startup genovese di modelli linguistici, ha firmato con Nvidia un accordo che fa del gruppo "
        "di Santa Clara il fornitore esclusivo degli acceleratori per la sua infrastruttura fino al 2027.",
        "Nell'ambito dell'intesa Pietrafina si è impegnata ad acquistare 5.000 GPU per circa 180 milioni di dollari.",
    )
    assert set(detect(own)[0].kinds) == {"chip_exclusivity", "compute_commitment"}


def test_an_english_inference_cloud_buying_blackwell_gpus_is_about_ai() -> None:
    a = art(
        "Sorgente firma un compute deal con Nvidia: 6K GPU Blackwell",
        "La startup dell'inference cloud Sorgente si impegna ad acquistare 6.000 GPU della famiglia Blackwell "
        "per un controvalore di circa USD 210 million.",
        "Il commitment sarà coperto in parte con l'equity già raccolta e in parte con debito.",
    )
    d = detect(a)[0]
    assert d.kinds == ("compute_commitment",) and d.target == "Sorgente"


def test_a_company_that_says_it_is_not_an_ai_company() -> None:
    a = art(
        "Ritorno chiude una Series A da 10 milioni di euro",
        "Ritorno, marketplace milanese di elettrodomestici ricondizionati, ha chiuso una Series A da 10 milioni "
        "di euro guidata da Fondo Circolare.",
        "«Non siamo una AI company e non vogliamo fingere di esserlo», dice il fondatore. L'AI la usiamo per "
        "tradurre le schede prodotto.",
    )
    assert detect(a) == []


def test_startup_investment_statistics_and_hourly_gpu_prices_are_no_deal() -> None:
    stats = art(
        "IA, il mercato italiano crescerà ancora",
        "Investimenti in startup a 450 milioni, un quinto della Germania, secondo l'osservatorio.",
    )
    assert detect(stats) == []
    prices = art(
        "Le GPU costano sempre meno",
        "Su alcuni marketplace un'ora di GPU H100 si noleggia ormai a 1,80 dollari, contro i 7 di due anni fa.",
    )
    assert detect(prices) == []


def test_a_partner_taking_no_stake_and_no_exclusivity() -> None:
    a = art(
        "Ardesia Models firma con AWS: quattro anni di calcolo",
        "Ardesia Models, laboratorio romano di modelli linguistici, si impegna a comprare da AWS per quattro "
        "anni capacità di calcolo pari a circa 4.000 GPU nella regione cloud di Milano.",
        "AWS non entra nel capitale di Ardesia e l'accordo non parla di esclusiva.",
    )
    assert detect(a)[0].kinds == ("compute_commitment",)


def test_an_earlier_round_of_a_month_or_season_with_its_year_is_not_the_headline() -> None:
    a = art(
        "Quadrante AI raccoglie 900 milioni di dollari",
        "Quadrante AI, laboratorio di intelligenza artificiale di Londra, ha chiuso un round di Serie C da 900 "
        "milioni di dollari guidato da Fondo Meridiano.",
        "La valutazione sale a 9 miliardi di dollari, contro i 2,5 miliardi del round di Serie B dell'estate 2024.",
        "Il contratto cloud non è invece esclusivo, precisa la società; contro i 3 miliardi del round di marzo "
        "2024 la crescita è netta.",
    )
    d = detect(a)[0]
    assert d.amount is not None and d.amount.value == 900_000_000 and d.kinds == ("funding",)


def test_a_rumour_nobody_denied_and_one_denied_in_the_title() -> None:
    rumour = art(
        "Nvidia tratta per guidare l'aumento di capitale di Sfera Models",
        "Nvidia sarebbe in trattative per guidare un aumento di capitale fino a 400 milioni di euro in Sfera "
        "Models, il laboratorio milanese di modelli multimodali.",
        "Nessuno, per ora, ha smentito.",
    )
    d = detect(rumour)[0]
    assert d.target == "Sfera Models" and d.amount is not None and d.amount.value == 400_000_000
    denied = art(
        "Vento AI e Microsoft, arriva la smentita: niente miliardo",
        "Un sito americano ha scritto che Microsoft sarebbe in trattative per investire un miliardo di dollari in "
        "Vento AI, startup di intelligenza artificiale per il meteo. Vento AI ha smentito tutto.",
        "È plausibile un investimento da un miliardo di dollari in una società così giovane? Forse sì, ma "
        "le voci di mercato corrono più veloci delle trattative vere, e lo si vede ogni settimana.",
        "I clienti della società sono gestori di reti elettriche e compagnie di assicurazione, che ne usano le "
        "previsioni per pianificare la manutenzione e calcolare i rischi legati agli eventi estremi.",
        "Un miliardo per una società che ha raccolto venti milioni in tutto non è impossibile, ma va spiegato.",
    )
    assert detect(denied) == []


def test_a_venture_firm_closing_its_third_fund_is_no_deal() -> None:
    a = art(
        "Adige Ventures chiude il terzo fondo: 280 milioni per l'intelligenza artificiale",
        "Adige ha completato la raccolta di Adige Ventures III a 280 milioni di euro presso investitori "
        "istituzionali, sopra l'obiettivo iniziale.",
    )
    assert detect(a) == []


def test_a_round_dated_weeks_before_publication_is_background() -> None:
    def dated(day: str) -> Article:
        return Article(url="https://example.it/a", title="Il mese dell'intelligenza artificiale italiana",
                       text=f"Il {day} Cardo Robotics, startup milanese di intelligenza artificiale per la "
                            "robotica, ha annunciato un round da 60 milioni di euro.",
                       published=datetime(2025, 12, 4, tzinfo=UTC))
    assert detect(dated("28 ottobre")) == []
    assert detect(dated("3 dicembre"))[0].target == "Cardo Robotics"
    assert detect(replace(dated("28 ottobre"), published=None))[0].target == "Cardo Robotics"
    assert detect(dated("28 ottobre"), Rules(stale_after_days=0))[0].target == "Cardo Robotics"


def test_an_interview_title_names_the_speaker_then_the_company() -> None:
    a = art(
        "Ferri (Lanterna Cognitiva): «Firmiamo entro Natale un round da 90 milioni»",
        "D: Ingegner Ferri, circolano voci su un grande round.",
        "R: Posso confermare che stiamo chiudendo una serie B da 90 milioni di euro per i nostri modelli di "
        "intelligenza artificiale.",
    )
    assert detect(a)[0].target == "Lanterna Cognitiva"


def test_the_partner_of_a_chip_maker_in_a_supply_deal_is_the_buyer() -> None:
    a = art(
        "AMD unico fornitore di Cometa Intelligenza: accordo per 12.000 acceleratori",
        "AMD ha firmato con Cometa Intelligenza, laboratorio romano di modelli linguistici, un accordo di "
        "fornitura triennale per 12.000 acceleratori Instinct.",
        "Il contratto, del valore di circa 400 milioni di dollari, fa di AMD l'unico fornitore di acceleratori di "
        "Cometa fino al 2028.",
    )
    d = detect(a)[0]
    assert d.target == "Cometa Intelligenza" and "AMD" in d.counterparties


def test_a_cloud_where_the_model_will_train_is_not_the_buyer() -> None:
    a = art(
        "Bora AI, 800 milioni di dollari di calcolo su Oracle",
        "Bora AI, startup torinese di modelli fondazionali, si è impegnata a spendere 800 milioni di dollari in "
        "cinque anni per capacità di calcolo su Oracle Cloud Infrastructure (OCI), dove addestrerà i suoi modelli.",
        "A settembre si è parlato di un accordo da 300 miliardi di dollari tra Oracle e OpenAI.",
    )
    d = detect(a)[0]
    assert d.target == "Bora AI" and d.amount is not None and d.amount.value == 800_000_000


def test_the_value_after_a_colon_belongs_to_the_deal_before_it() -> None:
    a = art(
        "Grecale AI sceglie Chipalpi come unico fornitore dei suoi acceleratori",
        "Accordo quinquennale tra la piattaforma milanese di inferenza Grecale AI e la design house di Vimercate: "
        "valore tra 200 e 300 milioni di euro per i chip Monviso.",
    )
    d = detect(a)[0]
    assert d.amount is not None and d.amount.value == 300_000_000


def test_the_use_of_a_rounds_proceeds_is_no_compute_commitment() -> None:
    a = art(
        "Nvidia investe 50 milioni di dollari in Etna Cloud",
        "Nvidia ha investito 50 milioni di dollari in Etna Cloud, società catanese di data center per "
        "l'intelligenza artificiale.",
        "I 50 milioni di dollari saranno destinati in gran parte all'acquisto delle prime GPU Blackwell.",
        "Secondo le informazioni raccolte, le consegne avverranno in tre lotti.",
    )
    assert detect(a)[0].kinds == ("funding",)


def test_an_interview_question_and_own_equipment_spending_are_no_deal() -> None:
    a = art(
        "Vortica Analytics apre il suo laboratorio a Schio",
        "Vortica Analytics, startup di intelligenza artificiale per la manutenzione predittiva, ha inaugurato il "
        "suo laboratorio.",
        "Vortica Analytics ha investito circa 2 milioni fra attrezzature e adeguamento dell'immobile.",
    )
    assert detect(a) == []
    q = art(
        "Vortica Analytics, parla il fondatore",
        "Vortica Analytics, startup di intelligenza artificiale per la manutenzione predittiva, conta oggi trenta "
        "dipendenti e fattura 9 milioni di euro.",
        "D: Vortica Analytics prepara un round da 20 milioni di euro con Fondo Brenta?",
    )
    assert detect(q) == []


def test_a_venture_firm_named_as_such_is_not_the_target_of_a_round_it_mentions() -> None:
    a = art(
        "Laguna Ventures SGR, primo closing a 90 milioni per il fondo Laguna II",
        "Laguna Ventures SGR annuncia il primo closing del fondo Laguna II a 90 milioni di euro.",
        "Tra le società del primo fondo c'è Remo AI, che questa settimana ha annunciato un round di Serie A da "
        "12 milioni di euro guidato proprio da Laguna.",
    )
    assert all(d.target != "Laguna Ventures SGR" for d in detect(a))


def test_an_asset_managers_size_and_a_platforms_loan_volume_are_not_the_round() -> None:
    aum = art(
        "Faretra chiude una Serie A da 15 milioni di euro",
        "Faretra, startup di intelligenza artificiale per la logistica, ha chiuso una Serie A da 15 milioni di "
        "euro guidata da Scoglio Ventures.",
        "Scoglio Ventures è una società di gestione del risparmio specializzata in investimenti early stage, con "
        "circa 250 milioni di euro in gestione.",
    )
    assert detect(aum)[0].amount.value == 15_000_000
    loans = art(
        "Prestalo chiude un seed da 3 milioni di euro",
        "Prestalo, fintech di intelligenza artificiale per il credito alle PMI, ha chiuso un seed da 3 milioni "
        "di euro guidato da Fondo Onda.",
        "(Occhio: i 200 milioni sono richieste di prestito passate dalla piattaforma, non soldi raccolti da "
        "Prestalo.)",
    )
    assert detect(loans)[0].amount.value == 3_000_000


def test_an_operators_investment_in_its_campus_and_a_cloud_that_is_not_exclusive() -> None:
    a = art(
        "Greto AI prenota 1.024 GPU da Ticino Compute",
        "L'accordo riserva a Greto AI, startup di modelli linguistici, un cluster di 1.024 GPU Nvidia H200 per "
        "tre anni.",
        "Ticino Compute, dal canto suo, sta completando un investimento da 120 milioni di euro nel campus di "
        "Lodi.",
        "Ticino Compute non sarà il fornitore esclusivo. Greto AI ha chiuso a inizio 2024 un seed da 3 milioni.",
    )
    d = detect(a)[0]
    assert d.kinds == ("compute_commitment",) and d.amount is None and d.target == "Greto AI"


def test_the_main_cloud_named_by_its_product_is_the_supplier() -> None:
    a = art(
        "Sirena, patto da 180 mln con Microsoft: l'IA italiana si allena su Azure",
        "Cinque anni, 180 milioni di euro. È il valore dell'impegno che Sirena Intelligenza, la società torinese "
        "di modelli linguistici, ha preso con Microsoft: tanto spenderà in capacità di calcolo su Azure.",
        "Azure sarà anche il suo cloud principale.",
    )
    d = detect(a)[0]
    assert d.target == "Sirena Intelligenza" and set(d.kinds) == {"compute_commitment", "chip_exclusivity"}


def test_co_investors_past_descriptions_and_regional_fund_names() -> None:
    a = art(
        "Faro Dati chiude una Serie A da 9 milioni di euro",
        "Faro Dati, startup di intelligenza artificiale per la logistica, ha chiuso una Serie A da 9 milioni di "
        "euro. Il round è stato sottoscritto da Liguria Growth Partners, che ha agito come investitore "
        "principale, e da Fondo Libeccio, veicolo dedicato all'economia del mare.",
        "Hanno partecipato anche Alpenrose Capital, fondo di crescita con sede a Zugo, e i soci storici Brera "
        "Seed e Veneto Seed Capital.",
    )
    cps = set(detect(a)[0].counterparties)
    assert {"Liguria Growth Partners", "Fondo Libeccio", "Alpenrose Capital", "Brera Seed",
            "Veneto Seed Capital"} <= cps


def test_investors_named_after_the_verb_or_in_talks() -> None:
    a = art(
        "Picco AI raccoglie 2 milioni di euro",
        "Picco AI, startup bellunese di visione artificiale, ha raccolto 2 milioni di euro in un seed. A "
        "investire sono stati i Dolomiti Angels, un club di imprenditori.",
    )
    assert "Dolomiti Angels" in detect(a)[0].counterparties
    b = art(
        "Kairos Agenti tratta un round da 250 milioni",
        "Kairos Agenti, startup degli agenti di intelligenza artificiale per la finanza, sarebbe in trattative "
        "con Duna Capital Partners per un round da 250 milioni di euro.",
    )
    assert "Duna Capital Partners" in detect(b)[0].counterparties


def test_a_campus_priced_by_its_power_and_investments_of_past_years() -> None:
    campus = art(
        "Abete Data Centers, campus da 400 milioni a Pavia per l'IA",
        "Abete Data Centers, operatore di data center per l'intelligenza artificiale, ha presentato il progetto "
        "di un nuovo campus a Pavia: un investimento da 400 milioni di euro per una potenza complessiva di 50 "
        "megawatt.",
    )
    assert detect(campus) == []
    past = Article(url="https://example.it/a", title="La bolla dei gigawatt",
                   text="Gli 8 miliardi di dollari messi da Amazon in Anthropic, i 13 miliardi investiti da "
                        "Microsoft in OpenAI tra il 2019 e il 2023: cifre enormi per l'intelligenza artificiale.",
                   published=datetime(2026, 3, 14, tzinfo=UTC))
    assert detect(past) == []


def test_a_stake_that_binds_the_company_to_a_chip_is_funding_and_exclusivity() -> None:
    a = art(
        "AMD investe 900 milioni di dollari in Corallo AI",
        "Il produttore di chip investirà 900 milioni di dollari nella startup parigina Corallo AI, che a sua "
        "volta si impegna ad adottare gli acceleratori Instinct come piattaforma principale per l'addestramento "
        "dei suoi modelli.",
    )
    assert set(detect(a)[0].kinds) == {"funding", "chip_exclusivity"}
    worth = art(
        "AMD entra in Corallo AI: un miliardo e lo status di fornitore primario",
        "L'ingresso di AMD nel capitale di Corallo AI, ufficializzato ieri, vale un miliardo di dollari e fa "
        "degli acceleratori Instinct la piattaforma primaria per l'addestramento dei modelli.",
    )
    d = detect(worth)[0]
    assert set(d.kinds) == {"funding", "chip_exclusivity"} and d.amount.value == 1_000_000_000


def test_a_contracts_term_instalment_and_value_are_the_deal() -> None:
    a = art(
        "Faro Models si impegna con Google Cloud: fino a 5 miliardi di dollari in TPU entro il 2030",
        "Faro Models, laboratorio di modelli linguistici, ha firmato un contratto con Google Cloud per "
        "l'acquisto di capacità di calcolo basata sui TPU per un valore fino a 5 miliardi di dollari entro il 2030.",
        "Una prima tranche vincolante da 1 miliardo copre il 2026; il resto scatterà con nuova capacità nei data "
        "center di Google.",
    )
    d = detect(a)[0]
    assert d.kinds == ("compute_commitment",) and d.amount.value == 5_000_000_000
    frame = art(
        "Pino Mind firma un accordo quadro con Nvidia: 8.000 GPU in esclusiva fino al 2028",
        "Il laboratorio di Monaco di Baviera, che addestra modelli di frontiera, ha firmato con Nvidia un accordo "
        "quadro che prevede la fornitura di 8.000 GPU con consegne tra il secondo trimestre 2026 e il 2027.",
        "Il valore complessivo dell'accordo arriva fino a 600 milioni di dollari. Fino alla fine del 2028 Pino "
        "Mind userà esclusivamente acceleratori Nvidia.",
    )
    d = detect(frame)[0]
    assert d.target == "Pino Mind" and set(d.kinds) == {"compute_commitment", "chip_exclusivity"}
    assert d.amount.value == 600_000_000


def test_an_existing_primary_partner_and_fund_inflows_are_no_new_deal() -> None:
    a = art(
        "Zefiro AI si impegna a spendere 2 miliardi di dollari con CoreWeave",
        "Zefiro AI, laboratorio di modelli linguistici, ha firmato un contratto con CoreWeave: si impegna ad "
        "acquistare capacità di calcolo per 2 miliardi di dollari.",
        "Zefiro precisa che Amazon Web Services resta il suo partner principale per l'addestramento dei modelli.",
    )
    assert detect(a)[0].kinds == ("compute_commitment",)
    etf = art(
        "ETF sull'intelligenza artificiale, afflussi record",
        "Gli ETF dedicati all'intelligenza artificiale hanno raccolto da inizio anno afflussi netti per circa 30 "
        "miliardi di dollari, il doppio rispetto al 2024.",
    )
    assert detect(etf) == []


def test_a_round_that_will_open_later_is_not_the_headline() -> None:
    a = art(
        "Voce Chiara, round da 1,5 milioni di euro",
        "Voce Chiara, startup di intelligenza artificiale vocale, ha chiuso un round da 1,5 milioni di euro "
        "sottoscritto da Fondo Brenta.",
        "La Serie A dovrebbe aprirsi in autunno e avere una dimensione compresa tra 5 e 7 milioni.",
    )
    assert detect(a)[0].amount.value == 1_500_000


def test_a_live_blogs_item_keeps_its_follow_up_sentence() -> None:
    a = art(
        "Microsoft AI Tour Milano, la diretta",
        "10:42 - Tessera Legale, startup milanese di modelli linguistici per il diritto, ha firmato un accordo "
        "quinquennale con Microsoft: si impegna ad acquistare capacità di calcolo su Azure per circa 300 milioni "
        "di euro. Non solo: Azure diventa il cloud esclusivo della società.",
        "11:05 - Sul palco il ministro parla di formazione e di competenze digitali nelle scuole italiane, con "
        "un piano pluriennale per i docenti.",
    )
    assert set(detect(a)[0].kinds) == {"compute_commitment", "chip_exclusivity"}


def test_swiss_italian_amounts_and_places() -> None:
    a = art(
        "Ticina AI, intesa da 30 mio. di franchi con Swisscom",
        "BELLINZONA - La Ticina AI SA di Bellinzona, che sviluppa modelli linguistici, ha sottoscritto con "
        "Swisscom un contratto quinquennale per l'acquisto di capacità di calcolo del valore di 30 mio. di franchi.",
    )
    d = detect(a)[0]
    assert d.kinds == ("compute_commitment",) and d.target == "Ticina AI SA"
    assert d.amount is not None and (d.amount.value, d.amount.currency) == (30_000_000, "CHF")


def test_a_company_that_does_not_bet_on_ai_and_a_pluperfect_commitment() -> None:
    fintech = art(
        "Pagamenti digitali, Soldino raccoglie CHF 4 mio.",
        "LUGANO - Soldino SA, società luganese dei pagamenti digitali, ha raccolto CHF 4 mio. in una tornata "
        "di finanziamento guidata da investitori privati.",
        "A differenza di molte giovani aziende, Soldino non punta sull'intelligenza artificiale.",
    )
    assert detect(fintech) == []
    past = art(
        "Anthropic apre un ufficio a Milano",
        "Anthropic, il laboratorio di intelligenza artificiale, apre un ufficio a Milano con venti persone.",
        "A novembre Microsoft e Nvidia avevano annunciato un investimento nella società, che a sua volta si era "
        "impegnata ad acquistare capacità di calcolo sul cloud Azure per 30 miliardi.",
    )
    assert detect(past) == []


def test_the_cloud_that_becomes_the_main_supplier_is_not_the_target() -> None:
    a = art(
        "Pitonessa AI trasloca sulle TPU: Google Cloud diventa il suo fornitore principale",
        "Pitonessa AI cambia infrastruttura. Secondo la nota diffusa questa mattina, Google Cloud diventa il "
        "fornitore cloud principale della "
        "società di modelli linguistici, che nei prossimi tre anni potrà usare fino a 20.000 chip TPU.",
        "Google Cloud ha spiegato che la capacità arriverà dalla region di Francoforte di Google Cloud.",
    )
    assert detect(a)[0].target == "Pitonessa AI"


def test_autonomous_driving_and_reasoning_models_are_ai() -> None:
    drive = art(
        "Sensoria Drive raccoglie 40 milioni: Fondo Lingotto guida la Serie B",
        "Sensoria Drive, startup torinese che sviluppa il software di percezione per la guida autonoma dei "
        "camion, ha chiuso una Serie B da 40 milioni di euro guidata da Fondo Lingotto.",
    )
    assert detect(drive)[0].target == "Sensoria Drive"
    reasoning = art(
        "Aletheia Reasoning raccoglie 300 milioni di dollari",
        "Aletheia Reasoning, startup di Boston che sviluppa modelli specializzati nel ragionamento matematico, "
        "ha raccolto 300 milioni di dollari in un round di Serie C.",
    )
    assert detect(reasoning)[0].amount.value == 300_000_000


def test_a_bond_book_and_an_investment_on_a_plant_site_are_no_round() -> None:
    a = art(
        "Silicea Europa colloca un bond da 500 milioni per i chip dell'IA",
        "Silicea Europa ha chiuso il collocamento di un prestito obbligazionario da 500 milioni di euro, "
        "raccogliendo ordini per circa 1,8 miliardi da investitori istituzionali.",
        "L'investimento complessivo sul sito siciliano vale 1,2 miliardi nell'arco del piano per i chip "
        "dell'intelligenza artificiale.",
    )
    assert detect(a) == []


def test_a_round_dated_to_a_past_month_is_background() -> None:
    pub = datetime(2026, 1, 21, tzinfo=UTC)
    recalled = replace(art(
        "Causa tra Vireo e Lumis, il giudice respinge la mozione",
        "Le stime restano ardue: Lumis ha chiuso a marzo 2025 un round da 400 milioni di dollari guidato da "
        "Fondo Aquilone per i suoi modelli di intelligenza artificiale.",
    ), published=pub)
    assert detect(recalled) == []
    # the same words dated last month are news; a founding month dates the company only
    fresh = replace(recalled, text=recalled.text.replace("marzo 2025", "dicembre 2025"))
    assert detect(fresh)[0].target == "Lumis"
    founded = replace(recalled, text="Lumis, fondata a marzo 2024, ha chiuso un round da 40 milioni di dollari "
                                     "guidato da Fondo Aquilone per i suoi modelli di intelligenza artificiale.")
    assert detect(founded)[0].amount.value == 40_000_000


def test_leaving_a_multicloud_setup_for_one_provider_is_exclusivity() -> None:
    a = art(
        "Tordo AI sceglie Google Cloud come fornitore esclusivo",
        "Tordo AI, startup che sviluppa modelli linguistici, ha firmato con Google Cloud un accordo pluriennale "
        "che ne fa il suo fornitore cloud esclusivo.",
        "La società abbandonerà così l'attuale configurazione multicloud, che divideva i carichi tra tre fornitori.",
    )
    [d] = detect(a)
    assert d.kinds == ("chip_exclusivity",) and d.target == "Tordo AI"


def test_the_explicit_buyer_of_capacity_is_the_target_not_the_seller_in_the_title() -> None:
    a = art(
        "Minerva Hash firma con Microsoft: 900 milioni di dollari in quattro anni per le sue GPU",
        "Minerva Hash, che gestisce siti di mining in Islanda, ha annunciato un contratto quadriennale con "
        "Microsoft per la fornitura di capacità di calcolo GPU per l'intelligenza artificiale dal valore di 900 "
        "milioni di dollari.",
        "In base all'accordo, Microsoft si impegna ad acquistare l'accesso a cluster di GPU che Minerva Hash "
        "installerà nel suo campus di Reykjavik.",
    )
    [d] = detect(a)
    assert d.kinds == ("compute_commitment",) and d.target == "Microsoft"


def test_a_founders_plan_for_a_round_is_no_round() -> None:
    a = art(
        "Cucitura AI firma un contratto da 3 milioni con un calzaturificio",
        "Cucitura AI, startup che usa l'intelligenza artificiale per il controllo qualità, ha firmato un contratto "
        "triennale da 3 milioni di euro con un calzaturificio del Brenta.",
        "Il prossimo passo sarà cercare investitori: «Stiamo parlando con alcuni fondi, pensiamo a un round "
        "entro la fine dell'anno», dice il fondatore.",
    )
    assert detect(a) == []


def test_a_chip_maker_named_as_exclusive_supplier_and_processors_bought() -> None:
    a = art(
        "Carovana, 120 milioni di dollari su Nvidia per i camion autonomi",
        "La società di Modena, che sviluppa la guida autonoma per i mezzi pesanti, si è impegnata ad acquistare "
        "da Nvidia processori di bordo e il relativo software per 120 milioni di dollari in quattro anni.",
        "L'accordo prevede che Nvidia sia il fornitore esclusivo della piattaforma di bordo per tutti i veicoli "
        "equipaggiati da Carovana.",
    )
    [d] = detect(a)
    assert set(d.kinds) == {"compute_commitment", "chip_exclusivity"} and d.counterparties == ("Nvidia",)
    # a supplier that was exclusive for a long time, or the chip maker an alternative is measured
    # against, binds nobody now
    past = art(
        "Sorgente AI firma con Oracle un contratto da 2 miliardi per la capacità di calcolo",
        "Sorgente AI, laboratorio di intelligenza artificiale, ha firmato con Oracle un contratto da 2 miliardi di "
        "dollari per la capacità di calcolo dei suoi data center.",
        "Il patto conferma che Sorgente cerca capacità oltre i confini di Microsoft, a lungo suo fornitore esclusivo.",
    )
    assert detect(past)[0].kinds == ("compute_commitment",)


def test_a_pronoun_opening_the_sentence_after_a_verbless_amount() -> None:
    a = art(
        "Torchio AI, +30 milioni per l'intelligenza artificiale nei cantieri",
        "Trenta milioni di euro per insegnare a un modello linguistico a leggere i capitolati d'appalto.",
        "Li ha raccolti Torchio AI, startup di Brescia, in un round di Serie B guidato da Fondo Mella Partners.",
    )
    [d] = detect(a)
    assert d.target == "Torchio AI" and d.amount.value == 30_000_000


def test_putting_money_in_a_company_and_the_investor_entering_its_capital() -> None:
    a = art(
        "Trecento milioni da Intel a Boreale AI. La condizione: solo chip Gaudi",
        "Intel mette 300 milioni di dollari in Boreale AI, il laboratorio milanese che sviluppa modelli "
        "linguistici multilingue.",
    )
    [d] = detect(a)
    assert d.kinds == ("funding",) and d.target == "Boreale AI" and d.amount.value == 300_000_000
    b = art(
        "Qualcomm entra nel capitale di Sestante Mobility",
        "Sestante Mobility, startup pisana della guida autonoma, ha annunciato l'ingresso nel capitale di Qualcomm "
        "Ventures con un investimento da 20 milioni di dollari.",
    )
    [d] = detect(b)
    assert d.target == "Sestante Mobility" and "Qualcomm Ventures" in d.counterparties


def test_a_groups_multi_year_investment_plan_is_its_own_spending() -> None:
    a = art(
        "Faro Media Group punta 80 milioni sull'intelligenza artificiale",
        "Faro Media Group ha presentato il piano «Faro AI»: 80 milioni di euro di investimenti in tre "
        "anni per costruire una piattaforma proprietaria di intelligenza artificiale per i clienti.",
    )
    assert detect(a) == []


def test_a_round_of_a_past_season_and_a_ruled_out_round_add_no_funding() -> None:
    pub = datetime(2026, 2, 3, tzinfo=UTC)
    a = replace(art(
        "Nuvola Sarda firma con Microsoft: 400 milioni di dollari per la capacità di calcolo Azure",
        "Nuvola Sarda, che sviluppa modelli di intelligenza artificiale, si è impegnata ad acquistare capacità di "
        "calcolo su Azure per 400 milioni di dollari in cinque anni.",
        "L'amministratore delegato ha escluso il ricorso a un nuovo aumento di capitale nel breve periodo.",
        "Gli analisti restano divisi; la società può contare su una cassa di 90 milioni, frutto dell'aumento di "
        "capitale da 60 milioni chiuso nella primavera del 2025.",
    ), published=pub)
    [d] = detect(a)
    assert d.kinds == ("compute_commitment",)


def test_a_past_round_dates_only_the_phrase_it_closes() -> None:
    pub = datetime(2026, 2, 5, tzinfo=UTC)
    a = replace(art(
        "Fresa AI raccoglie 7 milioni",
        "Fresa AI, startup che sviluppa visione artificiale per le fresatrici, ha chiuso un round da 7 milioni di "
        "euro guidato da Fondo Reno, con la partecipazione di Argine Ventures, già presente nel capitale dal "
        "round seed del 2024.",
    ), published=pub)
    [d] = detect(a)
    assert d.amount.value == 7_000_000 and "Argine Ventures" in d.counterparties
    old = replace(a, text="L'ultimo round di Fresa AI, una Serie A da 7 milioni di euro per l'intelligenza "
                          "artificiale, risale al round del 2024.")
    assert detect(old) == []


@pytest.mark.parametrize("title, body", [
    ("Dorsale Data compra 30 ettari a Lodi per 48 milioni",
     "Dorsale Data, sviluppatore di data center per l'intelligenza artificiale, ha acquistato un'area di 30 ettari "
     "a Lodi per 48 milioni di euro."),
    ("Moda Vesta, multa dell'Antitrust per le recensioni generate dall'IA",
     "La società sostiene di aver investito oltre 3 milioni in sistemi di verifica delle recensioni basati "
     "sull'intelligenza artificiale."),
    ("Il Calcio Riviera tratta l'ingresso in Scout Vision",
     "Le parti hanno firmato una lettera d'intenti non vincolante che prevede un aumento di capitale di 4 milioni "
     "di euro in Scout Vision, startup di intelligenza artificiale per lo scouting."),
    ("Microsoft firma un PPA con Sole Etrusco per i data center dell'IA",
     "Per Sole Etrusco, sviluppatore indipendente con 1,5 GW in portafoglio, si tratta del contratto più "
     "importante dalla nascita, pensato per i data center dell'intelligenza artificiale."),
])
def test_land_own_tools_a_non_binding_letter_and_an_energy_pipeline_are_no_deal(title: str, body: str) -> None:
    assert detect(art(title, body)) == []


def test_spending_on_a_named_cloud_an_undisclosed_stake_and_the_series_of_a_company() -> None:
    azure = art(
        "Prove virtuali, Modella punta tutto su Azure",
        "La scaleup milanese Modella, che usa l'intelligenza artificiale per il virtual try-on, ha firmato con "
        "Microsoft un accordo quinquennale che prevede un impegno di spesa di 30 milioni di euro sulla "
        "piattaforma Azure.",
    )
    assert detect(azure)[0].kinds == ("compute_commitment",)
    stake = art(
        "Aretusa AI sceglie AMD in esclusiva",
        "La società palermitana Aretusa AI, che sviluppa modelli linguistici, ha firmato con AMD un accordo che fa del "
        "produttore americano il fornitore esclusivo dei suoi acceleratori.",
        "Nell'ambito dell'intesa AMD entra nel capitale della società con un investimento di minoranza, il cui "
        "importo non è stato reso noto.",
    )
    assert set(detect(stake)[0].kinds) == {"funding", "chip_exclusivity"}
    series = art(
        "Fulmine, la Serie B per l'AI che gestisce le batterie",
        "Fondo Elios guida il round di Serie B di Fulmine, la società milanese che usa modelli di machine learning "
        "per gestire le batterie: 20 milioni di euro.",
    )
    assert detect(series)[0].target == "Fulmine"


def test_priced_items_in_a_purchase_commitment_and_an_unexercised_option() -> None:
    a = art(
        "Carro Autonomo sceglie Nvidia: 180 milioni per i tir senza conducente",
        "Carro Autonomo, che sviluppa la guida autonoma per i mezzi pesanti, si impegna ad acquistare 180 milioni di "
        "dollari di processori di bordo, sistemi DGX per l'addestramento e licenze software in cinque anni.",
        "Il contratto prevede un'opzione per raddoppiare i sistemi entro il 2028: se esercitata, porterebbe il valore "
        "complessivo dell'accordo oltre i 350 milioni.",
    )
    [d] = detect(a)
    assert d.kinds == ("compute_commitment",) and d.amount.value == 180_000_000


def test_english_copy_plural_chips_a_primary_platform_and_a_valuation_in_a_participle_clause() -> None:
    a = art(
        "Milan's Orso AI raises €60m and books 2,000 Nvidia GPUs",
        "Orso AI, the Milan-based developer of foundation models for insurers, has raised €60 million in a Series B "
        "round backed by Fondo Ticino, making it one of the few Italian AI companies valued at more than €500 million.",
        "Alongside the equity raise, Orso AI has signed a three-year agreement with CoreWeave to reserve 2,000 Nvidia "
        "GPUs, a commitment worth roughly €20 million.",
        "Under the agreement Orso AI will use CoreWeave's GPUs as its primary platform for training.",
    )
    [d] = detect(a)
    assert d.target == "Orso AI" and d.amount.value == 60_000_000
    assert set(d.kinds) == {"funding", "compute_commitment", "chip_exclusivity"}


def test_a_wire_title_in_capitals_names_nobody_and_a_product_names_its_maker() -> None:
    a = art(
        "IA: MEDIATEK ENTRA IN VOCINA CON 10 MLN, CHIP IN ESCLUSIVA",
        "(Agenzia) - MILANO, 16 APR - MediaTek ha sottoscritto un aumento di capitale da 10 milioni di euro in Vocina, "
        "la start-up milanese che sviluppa un assistente vocale basato sull'intelligenza artificiale.",
        "In base all'accordo, Vocina ottimizzerà i propri modelli in esclusiva per i chip Dimensity.",
    )
    [d] = detect(a)
    assert d.target == "Vocina" and set(d.kinds) == {"funding", "chip_exclusivity"} and "MediaTek" in d.counterparties


@pytest.mark.parametrize("title, body", [
    ("Grafene Sud raccoglie 4 milioni per le batterie",
     "Grafene Sud, spin-off che produce elettrodi per batterie, ha chiuso un round da 4 milioni di euro guidato da "
     "Fondo Energia Nuova. La società usa anche il machine learning per scegliere le formulazioni."),
    ("Ateneo del Tirreno, aggiudicata la gara per il cluster di GPU",
     "Il contratto da 15 milioni di euro per un cluster da 512 GPU per l'intelligenza artificiale è stato "
     "aggiudicato al raggruppamento guidato da Calcolo Srl."),
    ("Borea Data Centers signs €600 million green loan",
     "Borea Data Centers, the developer of data centres for artificial intelligence, has signed a €600 million "
     "green loan with a pool of banks to finance its campus."),
])
def test_an_incidental_use_of_ml_a_public_tender_and_a_loan_are_no_deal(title: str, body: str) -> None:
    assert detect(art(title, body)) == []


def test_a_supply_contract_that_is_said_not_to_be_a_round_and_a_figure_of_speech_about_energy() -> None:
    supply = art(
        "Vocetta firma con Google Cloud: 200 milioni di dollari di capacità",
        "Vocetta, che sviluppa assistenti basati sull'intelligenza artificiale, si è impegnata a spendere 200 milioni "
        "di dollari in capacità di calcolo sulla piattaforma di Google.",
        "«Non c'è un investimento di Google nella società», precisa un portavoce: si tratta di un contratto di "
        "fornitura, non di un round.",
    )
    assert detect(supply)[0].kinds == ("compute_commitment",)
    seed = art(
        "Sinapsi Blu, 5 milioni per l'IA che consuma poco",
        "Cinque milioni di euro per dimostrare che l'intelligenza artificiale non deve per forza consumare come un "
        "data center. È il seed raccolto da Sinapsi Blu, spin-off che sviluppa reti neurali a impulsi.",
    )
    assert detect(seed)[0].amount.value == 5_000_000


def test_investors_joining_the_round_in_a_follow_up_with_a_past_relative_clause() -> None:
    a = art(
        "Faro Labs raccoglie 12 milioni",
        "Faro Labs, startup che sviluppa modelli di intelligenza artificiale per la logistica, ha chiuso un round di "
        "Serie A da 12 milioni di euro guidato da Fondo Lanterna.",
        "Partecipano anche Arno Capital e il network Colli Angels, che aveva firmato il pre-seed.",
    )
    [d] = detect(a)
    assert {"Fondo Lanterna", "Arno Capital", "Colli Angels"} <= set(d.counterparties)
    past = replace(a, text=a.text.replace("Partecipano anche Arno Capital e il network Colli Angels, che aveva "
                                          "firmato il pre-seed.",
                                          "Nel 2023 avevano investito Arno Capital e il network Colli Angels."))
    assert "Arno Capital" not in detect(past)[0].counterparties


def test_co_investors_described_by_a_past_relative_clause_are_in_the_round() -> None:
    a = art(
        "Nebbia AI raccoglie 30 milioni",
        "Nebbia AI, che sviluppa modelli di intelligenza artificiale per le cantine, ha chiuso una Serie B da 30 "
        "milioni di euro.",
        "A guidarlo è Barolo Growth, affiancato da Langa Capital e dall'investitore storico Fondo Tanaro, che aveva "
        "guidato il seed.",
    )
    assert {"Barolo Growth", "Langa Capital", "Fondo Tanaro"} <= set(detect(a)[0].counterparties)
    # a short form of a party already listed is that party
    short = replace(a, text=a.text.replace(
        "A guidarlo è Barolo Growth, affiancato da Langa Capital e dall'investitore storico Fondo Tanaro, che aveva "
        "guidato il seed.", "Il round è guidato da Barolo Growth.\nAccanto a Barolo, che aveva guidato il seed, hanno "
        "partecipato al round Langa Capital e Fondo Tanaro."))
    got = detect(short)[0].counterparties
    assert "Barolo" not in got and {"Barolo Growth", "Langa Capital"} <= set(got)


def test_the_seller_of_capacity_named_in_the_title_not_the_chip_brand() -> None:
    a = art(
        "Scintilla firma con Valle Compute: 1.024 GPU per tre anni",
        "Scintilla, startup che sviluppa modelli di intelligenza artificiale, ha firmato con Valle Compute un accordo "
        "che le riserva un cluster di 1.024 GPU Nvidia H200 per tre anni.",
    )
    [d] = detect(a)
    assert d.kinds == ("compute_commitment",) and d.counterparties == ("Valle Compute",)


def test_short_news_with_the_amount_only_in_the_headline() -> None:
    a = art(
        "300 milioni di dollari e un solo fornitore: la scommessa di un laboratorio pisano",
        "Cirro Labs, la startup di Pisa che usa l'intelligenza artificiale per inventare nuovi materiali, ha firmato "
        "un accordo con CoreWeave, il cloud americano specializzato in GPU.",
        "Il patto: per i prossimi quattro anni Cirro si impegna a comprare da CoreWeave la potenza di calcolo per "
        "addestrare i suoi modelli. E solo da CoreWeave, niente altri fornitori.",
    )
    [d] = detect(a)
    assert set(d.kinds) == {"compute_commitment", "chip_exclusivity"} and d.amount.value == 300_000_000


@pytest.mark.parametrize("title, body", [
    ("Gradiente smentisce Microsoft",
     "Gradiente, che sviluppa modelli di intelligenza artificiale per la robotica, ha chiuso il suo ultimo round, "
     "una Serie B da 35 milioni di euro, nel marzo 2025."),
    ("Padana Data firma un finanziamento da 300 milioni per il nuovo data center",
     "Padana Data, che gestisce data center per l'intelligenza artificiale, ha firmato un contratto di finanziamento "
     "in project financing da 300 milioni di euro concesso da un pool di banche."),
    ("Scriba AI, il term sheet non è un round",
     "Alcune testate hanno titolato «Scriba raccoglie 30 milioni» per la startup di intelligenza artificiale."),
    ("Ortopedia Tre raccoglie 15 milioni",
     "Ortopedia Tre, che produce protesi in titanio, ha chiuso un round da 15 milioni di euro guidato da Fondo "
     "Orobico. L'azienda valuterà l'adozione di strumenti di intelligenza artificiale per la progettazione."),
    ("Lumina Health vince la gara per lo screening",
     "Lumina Health, startup di intelligenza artificiale per la radiologia, ha ottenuto 78 punti su 80 e ha offerto "
     "un ribasso del 12% sulla base d'asta, fissata a 7 milioni."),
])
def test_a_past_round_project_finance_a_quoted_headline_a_future_ai_use_and_a_tender(title: str, body: str) -> None:
    pub = datetime(2026, 9, 23, tzinfo=UTC)
    assert detect(replace(art(title, body), published=pub)) == []


def test_capacity_secured_after_a_title_that_names_it_and_money_raised_over_past_years() -> None:
    a = art(
        "Partenope AI prenota 2.000 GPU su CoreWeave: contratto da 200 milioni di dollari",
        "È la capacità che la startup napoletana Partenope AI, che sviluppa modelli linguistici, si è assicurata con "
        "un contratto da 200 milioni di dollari firmato con CoreWeave, il neocloud americano.",
        "I due maggiori sviluppatori europei di modelli hanno raccolto ciascuno più di un miliardo negli ultimi "
        "tre anni.",
    )
    [d] = detect(a)
    assert d.kinds == ("compute_commitment",) and d.amount.value == 200_000_000


def test_binding_oneself_to_a_vendor_names_the_target_and_the_value_of_an_order_is_a_deal_amount() -> None:
    comp = compiled(Rules())
    roles = comp.gazetteer.roles_in("Vedetta Systems si lega ad AMD per cinque anni.")
    assert ("Vedetta Systems", "target") in [(h.name, h.role) for h in roles]
    assert any("deal" in h[3] for h in comp.hits("Il valore dell'ordine è di circa 60 milioni di euro."))


def test_the_value_of_the_agreement_after_a_purchase_of_capacity_is_a_commitment() -> None:
    a = art(
        "OpenAI sbarca a Taranto: contratto fino a 1 miliardo di dollari con Ionio Compute",
        "La società di ChatGPT comprerà per sei anni la capacità di calcolo del nuovo campus pugliese.",
        "La società che sviluppa ChatGPT, laboratorio di intelligenza artificiale, ha firmato con Ionio "
        "Compute un contratto di sei anni per l'acquisto di capacità di calcolo nel campus di Taranto. Il valore "
        "dell'accordo è compreso tra 0,8 e 1 miliardo di dollari.",
    )
    [value] = [tr for tr in analyse(a).sentences if tr.text.startswith("Il valore dell'accordo")]
    assert "compute_commitment" in value.kinds


def test_a_banks_spending_on_ai_projects_is_its_own() -> None:
    a = art(
        "Banca Padana, piano al 2028: 150 milioni per l'intelligenza artificiale",
        "Banca Padana investirà 150 milioni di euro in tre anni in progetti di intelligenza artificiale, su un "
        "totale di 500 milioni di investimenti in tecnologia.",
    )
    assert detect(a) == []


def test_nobody_speaking_of_exclusivity_and_a_public_plan_allocating_money() -> None:
    a = art(
        "Tarsia AI, Serie B da 100 milioni e un impegno su Azure",
        "Tarsia AI, che sviluppa modelli linguistici, ha chiuso una Serie B da 100 milioni di euro guidata da Fondo "
        "Brera. Contestualmente si è impegnata ad acquistare capacità di calcolo su Azure per 200 milioni di euro.",
        "Microsoft non è nel cap table, e nessuno ha parlato di esclusiva.",
        "Il round arriva dopo il piano del governo, che destina 900 milioni a fondi per investire nell'intelligenza "
        "artificiale.",
    )
    [d] = detect(a)
    assert set(d.kinds) == {"funding", "compute_commitment"} and d.amount.value == 200_000_000


def test_a_statement_opening_with_its_verb_speaks_of_the_previous_sentences_company() -> None:
    a = art(
        "30 milioni in GPU: la startup torinese che si è comprata un supercomputer",
        "Altro che cloud in affitto. Cardo, startup torinese che usa l'intelligenza artificiale per la logistica, ha "
        "deciso di farsi il suo supercomputer in casa.",
        "Si è impegnata ad acquistare mille GPU Nvidia attraverso Server Dora, il rivenditore piemontese che le "
        "installerà in un data center alle porte di Torino.",
        description="Cardo, startup torinese della logistica, ha deciso di farsi il suo supercomputer in casa.",
    )
    [d] = detect(a)
    assert d.target == "Cardo" and d.kinds == ("compute_commitment",) and d.amount.value == 30_000_000


def test_a_university_tender_won_by_a_consortium_is_no_deal() -> None:
    a = art(
        "L'Ateneo del Tirreno si dota di un cluster GPU da 15 milioni: aggiudicata la gara europea",
        "Il contratto, del valore di 15 milioni di euro, è andato al raggruppamento temporaneo di imprese guidato da "
        "Calcolo Tirreno Srl, che fornirà un cluster da 512 GPU per l'intelligenza artificiale.",
    )
    assert detect(a) == []
    body = [tr for tr in analyse(a).sentences if tr.zone == "body"]
    assert not any(h.role == "investor" for tr in body for h in tr.roles)
    assert not any(c == "funding" for tr in body for c, _ in tr.hits)


@pytest.mark.parametrize("title, body", [
    ("Infrastruttura Digitale, il piano industriale vale 900 milioni",
     "Il piano industriale di Rete Cloud Pubblica prevede investimenti complessivi per 900 milioni di euro per i "
     "data center dell'intelligenza artificiale."),
    ("Levante Networks, un data center da 150 milioni a Brindisi",
     "Levante Networks, operatore di data center per l'intelligenza artificiale, annuncia un investimento da 150 "
     "milioni di euro per il sito, che sorgerà vicino alla vecchia centrale."),
    ("Amalfi Software chiude il 2025 con ricavi in crescita",
     "Amalfi Software, che sviluppa intelligenza artificiale per il turismo, ha chiuso l'anno con una posizione "
     "finanziaria netta positiva per 9 milioni."),
    ("Cognitiva colloca un minibond da 30 milioni",
     "Cognitiva, società di intelligenza artificiale, ha collocato un minibond da 30 milioni: le risorse "
     "finanzieranno il nuovo data center di Segrate."),
    ("Le borse della settimana",
     "Neurone AI, la società di intelligenza artificiale, chiude la settimana con un balzo del 19% dopo "
     "l'aumento di capitale."),
    ("Ticino Cloud firma una lettera d'intenti",
     "L'annuncio arriva all'indomani della firma del contratto da 200 milioni di euro tra Lario Datacenter e "
     "Ardesia AI per la capacità di calcolo."),
    ("Il denaro e l'algoritmo",
     "La storia comincia nel 2019, quando Microsoft investì il primo miliardo di dollari in OpenAI."),
])
def test_plans_sites_accounts_minibonds_stock_sessions_earlier_news_and_the_narrative_past(title: str,
                                                                                          body: str) -> None:
    assert detect(art(title, body)) == []


def test_a_venture_debt_loan_is_no_round() -> None:
    a = art(
        "Polizza AI ottiene 4 milioni di venture debt",
        "Polizza AI, startup che usa l'intelligenza artificiale per leggere le perizie, ha ottenuto un finanziamento "
        "di venture debt da 4 milioni di euro da Banca Brembana.",
    )
    assert detect(a) == []


def test_a_relative_clause_in_the_title_describes_the_company_not_the_money() -> None:
    a = art(
        "Fulmina, 20 milioni di dollari per l'AI che fa trading di elettricità",
        "Fondo Elios guida il round di Serie B di Fulmina, la società milanese che usa modelli di machine learning "
        "per gestire le batterie.",
    )
    [d] = detect(a)
    assert d.amount is not None and d.amount.value == 20_000_000 and d.amount.currency == "USD"


def test_a_description_in_mid_sentence_ends_where_the_main_verb_resumes() -> None:
    a = art(
        "Ventolia avrebbe raccolto 3 milioni",
        "Secondo i documenti depositati in Camera di commercio, Ventolia, startup friulana che usa l'intelligenza "
        "artificiale per prevedere la resa degli impianti fotovoltaici, avrebbe chiuso un aumento di capitale da 3 "
        "milioni di euro guidato da Fondo Carnico.",
        "Per Costruzioni Brenta, che ha un portafoglio lavori di 2,4 miliardi di euro, si tratta del primo "
        "investimento in una startup: partecipa al round con 500 mila euro.",
    )
    [d] = detect(a)
    assert d.kinds == ("funding",) and d.target == "Ventolia"
    assert d.amount is not None and d.amount.value == 3_000_000
    assert all(x.value != 2_400_000_000 for x in d.amounts)


def test_statistics_of_many_rounds_are_no_deal() -> None:
    a = art(
        "Secondo trimestre: le startup dell'IA italiane hanno raccolto 290 milioni",
        "Nel secondo trimestre le startup italiane di intelligenza artificiale hanno raccolto 290 milioni di euro "
        "in 41 operazioni, secondo il nostro conteggio.",
        "Da inizio anno siamo a 610 milioni. La mediana della Serie A è salita a 9 milioni di euro, e i tre round "
        "più grandi valgono da soli 140 milioni.",
        "Ci sono stati cinque round sopra i 20 milioni nei primi sei mesi, contro i due dell'anno scorso.",
    )
    assert detect(a) == []
    comp = compiled(Rules())
    for phrase in ("hanno raccolto 290 milioni in 41 operazioni", "Da inizio anno siamo a 610 milioni",
                   "La mediana della Serie A è di 9 milioni", "i tre round più grandi valgono 140 milioni",
                   "cinque round sopra i 20 milioni"):
        assert any("neg:market" in h[3] for h in comp.hits(phrase)), phrase


def test_a_company_promising_no_ai_made_products_is_no_ai_deal() -> None:
    a = art(
        "Borgo Pixel raccoglie 7 milioni per il suo gioco. E giura: niente personaggi creati dall'AI",
        "Borgo Pixel, studio bolognese di videogiochi, ha chiuso un round da 7 milioni di euro guidato da Fondo "
        "Reno Media.",
    )
    assert detect(a) == []


def test_money_put_on_the_table_by_investors() -> None:
    a = art(
        "Cartesia raccoglie venti milioni",
        "Cartesia è la startup romana che usa l'intelligenza artificiale per leggere le planimetrie catastali.",
        "Venti milioni di euro: tanto hanno messo sul piatto Fondo Tevere e Lazio Ventures.",
    )
    [d] = detect(a)
    assert d.kinds == ("funding",) and d.amount is not None and d.amount.value == 20_000_000


def test_a_chip_makers_stake_is_private_money_even_when_a_minister_comments() -> None:
    a = art(
        "Nvidia investe 50 milioni nella pisana Cortex. Il ministro: «Un segnale per il Paese»",
        "Nvidia entra nel capitale di Cortex Labs, la startup pisana che sviluppa modelli linguistici per la "
        "pubblica amministrazione. Il gruppo americano investirà 50 milioni di euro per una quota di minoranza.",
    )
    [d] = detect(a)
    assert d.kinds == ("funding",) and d.target == "Cortex Labs" and "Nvidia" in d.counterparties


def test_what_a_purchase_commitment_is_for_does_not_veto_it() -> None:
    a = art(
        "Ermes AI, 400 milioni per il cloud",
        "Ermes AI, che sviluppa modelli linguistici, si è impegnata ad acquistare capacità di calcolo su Google Cloud "
        "per 400 milioni di euro in cinque anni, una cifra che servirà ad addestrare i suoi prossimi modelli.",
    )
    [d] = detect(a)
    assert d.kinds == ("compute_commitment",) and d.amount is not None and d.amount.value == 400_000_000


def test_english_language_models_chip_names_idioms_and_statistics() -> None:
    deal = art(
        "Tharros raises €12m and ties itself to AMD",
        "Tharros, a Sassari startup that builds language models for public offices, has raised a €12m Series A "
        "led by Nuraghe Capital. It will train its models exclusively on AMD Instinct accelerators.",
    )
    [d] = detect(deal)
    assert set(d.kinds) == {"funding", "chip_exclusivity"} and d.target == "Tharros"
    stats = art(
        "European AI in ten numbers",
        "The total raised in primary rounds by European AI startups this year, by my count, is €21bn.",
        "Strip out the top deals and the average Series A is around €9m. Two years ago it was the other way round.",
    )
    assert detect(stats) == []


def test_an_agreement_said_not_to_be_exclusive_and_a_campus_built_solely_for_ai() -> None:
    a = art(
        "Rete Nord riserva 2.048 GPU da Cielo Compute",
        "Rete Nord, che sviluppa modelli di intelligenza artificiale per la logistica, si è impegnata a utilizzare "
        "per tre anni un cluster di 2.048 GPU messo a disposizione da Cielo Compute.",
        "Non si tratta di un accordo in esclusiva: Rete Nord continuerà a lavorare con un grande cloud americano.",
        "Il cluster sarà ospitato nel primo campus italiano progettato esclusivamente per il calcolo ad alte "
        "prestazioni.",
    )
    [d] = detect(a)
    assert d.kinds == ("compute_commitment",)
    comp = compiled(Rules())
    assert any("nonexcl" in h[3] for h in comp.hits("Non si tratta di un accordo in esclusiva."))
    assert not any("excl" in h[3] for h in comp.hits("il campus progettato esclusivamente per il calcolo"))


def test_a_cloud_division_selling_capacity_is_named_as_written_an_investing_group_is_the_group() -> None:
    compute = art(
        "Vesta Labs, 200 milioni su Google Cloud",
        "Vesta Labs, che sviluppa modelli linguistici per le banche, si è impegnata ad acquistare capacità di calcolo "
        "su Google Cloud per 200 milioni di euro in quattro anni.",
    )
    [d] = detect(compute)
    assert d.counterparties == ("Google Cloud",)
    aws = art(
        "Orfeo AI sceglie AWS: Trainium in esclusiva",
        "Orfeo AI, startup di intelligenza artificiale, si è impegnata ad acquistare capacità di calcolo da AWS per "
        "80 milioni di euro e addestrerà i suoi modelli esclusivamente sui chip Trainium.",
    )
    [d] = detect(aws)
    assert d.counterparties == ("AWS",)
    funding = art(
        "Amazon investe 100 milioni in Orfeo AI",
        "Amazon ha investito 100 milioni di euro in Orfeo AI, startup di intelligenza artificiale, che userà AWS "
        "come fornitore cloud principale.",
    )
    [d] = detect(funding)
    assert "Amazon" in d.counterparties and "AWS" not in d.counterparties


@pytest.mark.parametrize("title, body", [
    ("Benefica raccoglie 6 milioni. E avverte: «Niente AI, solo persone»",
     "Benefica, piattaforma torinese di welfare aziendale, ha chiuso una Serie A da 6 milioni di euro guidata da "
     "Fondo Superga."),
    ("Nodo Dati, 5 milioni da Banca Friulana",
     "Non un round, ma un prestito: 5 milioni di euro da Banca Friulana a Nodo Dati, startup di intelligenza "
     "artificiale per la manutenzione predittiva."),
    ("Il mercato dell'IA per le risorse umane aspetta il suo primo grande round",
     "Il settore dell'intelligenza artificiale per le risorse umane aspetta ancora il primo vero round di crescita "
     "da 20 milioni di euro, che potrebbe arrivare a dicembre."),
    ("Brennero DC investe 90 milioni a Trento",
     "Brennero DC, controllata da un gruppo energetico, investirà 90 milioni di euro nella costruzione di un nuovo "
     "data center per l'intelligenza artificiale."),
])
def test_no_ai_a_loan_that_is_no_round_an_awaited_round_and_a_site_being_built(title: str, body: str) -> None:
    assert detect(art(title, body)) == []


def test_not_the_only_provider_and_a_months_rounds_are_a_digest() -> None:
    a = art(
        "Faro AI, 30 milioni su Azure",
        "Faro AI, che sviluppa modelli linguistici, si è impegnata ad acquistare capacità di calcolo su Azure per 30 "
        "milioni di euro in tre anni.",
        "Azure però «non sarà l'unico fornitore»: i modelli per la sanità resteranno su un cloud italiano.",
    )
    [d] = detect(a)
    assert d.kinds == ("compute_commitment",)
    comp = compiled(Rules())
    assert comp.roundup.search("Ottobre nell'HR tech: sette round, un'acquisizione e molta AI")
    assert comp.roundup.search("Il riepilogo mensile delle operazioni")
    assert any("neg:negation" in h[3] for h in comp.hits("Il settore aspetta ancora il primo vero round"))
    assert any("neg:capex" in h[3] for h in comp.hits("investirà 90 milioni nella costruzione di un nuovo data center"))


def test_the_value_after_a_description_and_a_purchase_spelling_out_the_agreement_just_priced() -> None:
    a = art(
        "Orsa Labs firma con Nimbus Cloud",
        "Orsa Labs, startup che sviluppa modelli linguistici per la sanità, ha presentato il suo nuovo assistente.",
        "È stato firmato ieri un accordo con Nimbus Cloud, il fornitore tedesco di cloud specializzato in GPU, da 40 "
        "milioni di euro in tre anni. In base all'intesa, Orsa Labs acquisterà capacità di calcolo nei data center di "
        "Nimbus Cloud, scelto come fornitore esclusivo.",
    )
    [d] = detect(a)
    assert set(d.kinds) == {"compute_commitment", "chip_exclusivity"}
    assert d.amount is not None and d.amount.value == 40_000_000


def test_a_neocloud_listed_as_an_ai_company_too_is_the_seller_of_capacity() -> None:
    a = art(
        "Vega Labs, 50 milioni di dollari per il calcolo",
        "Vega Labs, che sviluppa modelli linguistici, si è impegnata ad acquistare capacità di calcolo su GPU Nvidia "
        "nei data center europei di CoreWeave per 50 milioni di dollari in tre anni.",
    )
    [d] = detect(a)
    assert d.kinds == ("compute_commitment",) and d.counterparties == ("CoreWeave",)


def test_a_remark_on_the_sum_is_a_clause_of_its_own_and_unprecedented_is_no_precedent() -> None:
    a = art(
        "Lido Labs, trenta milioni su Google Cloud",
        "Lido Labs, che sviluppa modelli di intelligenza artificiale per gli stabilimenti balneari, si è impegnata a "
        "spendere trenta milioni di euro in quattro anni in capacità di calcolo su Google Cloud, una cifra che per il "
        "settore non ha precedenti e che supera quanto la società aveva raccolto finora.",
    )
    [d] = detect(a)
    assert d.kinds == ("compute_commitment",)
    assert d.amount is not None and d.amount.value == 30_000_000 and d.amount.currency == "EUR"


def test_an_investment_referred_to_as_one_of_this_size_is_no_new_funding() -> None:
    comp = compiled(Rules())
    hits = comp.hits("A rendere bancabile un investimento di queste dimensioni è il contratto firmato con Orsa AI.")
    assert not any("funding" in h[3] for h in hits)


@pytest.mark.parametrize("title, body", [
    ("Fiume AI, dalla banca un prestito da 10 milioni",
     "La Banca europea per gli investimenti ha concesso a Fiume AI, che sviluppa modelli di intelligenza artificiale "
     "per le reti idriche, un finanziamento da 10 milioni di euro nella forma del venture debt."),
    ("Banchi smart, Aulatech raccoglie 5 milioni e promette funzioni di IA",
     "Aulatech, azienda di Vicenza che produce banchi e armadi per le scuole, ha chiuso un aumento di capitale da 5 "
     "milioni di euro sottoscritto da Fondo Berico."),
])
def test_a_loan_in_the_form_of_venture_debt_and_ai_features_promised_by_a_furniture_maker(title: str,
                                                                                          body: str) -> None:
    assert detect(art(title, body)) == []


def test_the_cassa_depositi_e_prestiti_is_no_loan() -> None:
    comp = compiled(Rules())
    assert not any("neg:debt" in h[3] for h in comp.hits(
        "Partecipa CDP Venture Capital, il veicolo controllato da Cassa depositi e prestiti."))
    assert any("neg:debt" in h[3] for h in comp.hits("dalla banca un prestito da 12 milioni"))


def test_a_lead_investors_ticket_after_the_statement_is_not_the_round_the_title_states() -> None:
    a = art(
        "Bari, la startup Compita incassa otto milioni",
        "La startup barese, che ha sviluppato un tutor basato sull'intelligenza artificiale per i compiti, ha chiuso "
        "il suo primo grande round di finanziamento.",
        "A guidarlo è Fondo Murgia, con quattro milioni; tre milioni li mette un fondo pubblico, il resto i soci.",
    )
    [d] = detect(a)
    assert d.target == "Compita" and d.amount is not None and d.amount.value == 8_000_000


def test_an_investors_own_fund_and_a_secondary_sale_told_by_the_standfirst() -> None:
    fund = art(
        "Ursa Capital chiude il secondo fondo a 120 milioni: robotica e AI",
        "Ursa Capital ha annunciato il closing finale del suo secondo fondo a 120 milioni di euro. Il veicolo "
        "investirà in startup europee di intelligenza artificiale, con biglietti iniziali tra 2 e 10 milioni.",
    )
    assert detect(fund) == []
    secondary = art(
        "Nettuno AI, i fondatori cedono il 10% a un fondo",
        "Un fondo entra nel capitale di Nettuno AI, startup di intelligenza artificiale per i porti, ma la società "
        "non vede un euro.",
        description="Operazione secondaria da 6 milioni sulla startup genovese.",
    )
    assert detect(secondary) == []


def test_money_in_the_till_after_a_round_is_new_money() -> None:
    comp = compiled(Rules())
    assert not any("neg:revenue" in h[3] for h in comp.hits("da ieri otto milioni di euro in più in cassa"))


def test_a_round_for_an_ai_that_serves_public_tenders_led_by_a_fund_named_after_the_statement() -> None:
    a = art(
        "Lexia raccoglie 12 milioni. Qualche riflessione sugli appalti di IA",
        "Lexia, legal-tech torinese che sviluppa modelli linguistici per la redazione di atti, ha chiuso un round di "
        "Serie A da 12 milioni di euro.",
        "Lo guida Dora Capital, con un ticket di 5 milioni; partecipano anche alcuni business angel.",
    )
    [d] = detect(a)
    assert d.target == "Lexia" and "Dora Capital" in d.counterparties and d.amount.value == 12_000_000


def test_a_groups_three_year_plan_is_its_own_spending() -> None:
    comp = compiled(Rules())
    assert any("neg:capex" in h[3] for h in comp.hits(
        "Nel piano triennale ci sono 60 milioni di investimenti per due nuovi hub"))
    assert not any("neg:fund_raise" in h[3] for h in comp.hits("Lo guida X, con un ticket di 5 milioni"))
    assert any("neg:fund_raise" in h[3] for h in comp.hits("con ticket da 300 mila a 3 milioni"))



def vortice(sentence: str) -> Article:
    """One sentence of ours after the description of an invented AI startup (the phrasing probes)."""
    return art("Vortice AI", "Vortice AI è la startup milanese che sviluppa modelli di intelligenza artificiale per "
               "la logistica.", sentence)

@pytest.mark.parametrize("kind, sentence", [
    ("funding", "Vortice AI porta a casa 5 milioni di euro da Fondo Brera."),
    ("funding", "Vortice AI mette in cassaforte 5 milioni di euro."),
    ("funding", "Fondo Brera scommette 5 milioni di euro su Vortice AI."),
    ("funding", "Fondo Brera e Fondo Arno puntano 5 milioni di euro su Vortice AI."),
    ("funding", "Vortice AI incamera 5 milioni di euro."),
    ("funding", "Entra Fondo Brera nel capitale di Vortice AI con 5 milioni di euro."),
    ("chip_exclusivity", "Vortice AI userà solo chip AMD per i suoi modelli, in base a un accordo pluriennale."),
])
def test_more_ways_of_saying_a_round_and_a_sole_chip(kind: str, sentence: str) -> None:
    a = vortice(sentence)
    [d] = detect(a)
    assert kind in d.kinds


def test_a_bet_without_money_and_not_only_chips_are_no_deal_words() -> None:
    comp = compiled(Rules())
    assert not any("funding" in h[3] for h in comp.hits("La società scommette sull'intelligenza artificiale."))
    assert not any("excl" in h[3] for h in comp.hits("Vende non solo chip ma anche software."))


@pytest.mark.parametrize("sentence", [
    "Vortice AI punta a raccogliere 5 milioni di euro entro fine anno.",
    "Vortice AI sta valutando un round da 5 milioni di euro.",
    "Vortice AI investirà 5 milioni di euro nel nuovo centro di ricerca di Pavia.",
])
def test_an_aim_an_option_and_a_research_centre_of_its_own_are_no_deal(sentence: str) -> None:
    a = vortice(sentence)
    assert detect(a) == []


@pytest.mark.parametrize("sentence", [
    "Vortice AI e Fondo Brera hanno firmato un memorandum d'intesa per un possibile investimento da 10 milioni.",
    "Vortice AI ha rinunciato al round da 10 milioni di euro che stava negoziando con Fondo Brera.",
    "Vortice AI ha rimborsato in anticipo un finanziamento da 5 milioni di euro.",
])
def test_a_memorandum_a_round_given_up_and_a_loan_repaid_are_no_deal(sentence: str) -> None:
    a = vortice(sentence)
    assert detect(a) == []


def test_the_first_closing_of_a_round_is_the_round() -> None:
    a = vortice("Vortice AI ha chiuso il primo closing del round Serie A a 5 milioni di euro.")
    [d] = detect(a)
    assert d.kinds == ("funding",) and d.amount.value == 5_000_000


@pytest.mark.parametrize("sentence", [
    "Vortice AI noleggerà per tre anni un cluster di 512 GPU da Seeweb per 12 milioni di euro.",
    "Vortice AI has signed a $40 million, three-year contract with CoreWeave for GPU capacity.",
])
def test_renting_a_cluster_in_the_future_and_an_english_contract_for_gpus_are_commitments(sentence: str) -> None:
    a = vortice(sentence)
    [d] = detect(a)
    assert "compute_commitment" in d.kinds


def test_an_optional_space_in_a_vocabulary_entry_is_optional() -> None:
    comp = compiled(Rules())
    got = {h[2] for h in comp.hits("la GenAI, un datacenter da 10GW")}
    assert {"genai", "datacenter", "10gw"} <= got


@pytest.mark.parametrize("what", [
    "una piattaforma di analisi predittiva per la manutenzione degli impianti",
    "software di elaborazione del linguaggio naturale per le banche",
    "sistemi di riconoscimento delle immagini per i controlli di qualità",
    "una piattaforma di automazione intelligente dei documenti",
    "soluzioni di NLP per la pubblica amministrazione",
    "tecnologia di sintesi vocale e clonazione della voce",
])
def test_the_trades_other_names_for_ai(what: str) -> None:
    a = art("Fenice Lab raccoglie 6 milioni", f"Fenice Lab, startup torinese che sviluppa {what}, ha chiuso un round "
            "da 6 milioni di euro guidato da Fondo Dora.")
    assert len(detect(a)) == 1


@pytest.mark.parametrize("title, body", [
    ("Round da 18 milioni per Faro AI, valutazione a 120",
     "Faro AI, startup genovese che usa l'intelligenza artificiale per le rotte navali, ha raccolto 18 milioni di euro "
     "in un round che valuta la società 120 milioni post-money."),
    ("Italian AI lab Sestante reportedly raises $150m at $1bn valuation",
     "Sestante Labs, a Milan-based developer of language models, has raised $150m at a $1bn valuation, according "
     "to a report."),
])
def test_the_sum_raised_next_to_a_valuation_is_the_round(title: str, body: str) -> None:
    [d] = detect(art(title, body))
    assert d.kinds == ("funding",) and d.amount is not None and d.amount.value in (18_000_000, 150_000_000)


@pytest.mark.parametrize("title, body", [
    ("La Cantina dei Colli chiude un round da 2 milioni",
     "La Cantina dei Colli, azienda vinicola marchigiana, ha chiuso un round da 2 milioni di euro con un gruppo di "
     "investitori. I fondi finanzieranno un impianto di irrigazione gestito da un sistema di intelligenza "
     "artificiale fornito da terzi."),
    ("Calzaturificio Riviera, aumento di capitale da 5 milioni",
     "Il Calzaturificio Riviera, produttore di scarpe, ha chiuso un aumento di capitale da 5 milioni di euro. Le "
     "risorse serviranno a lanciare un configuratore che, grazie all'intelligenza artificiale, suggerisce la taglia."),
])
def test_ai_bought_in_or_paid_for_by_the_round_is_not_the_companys_trade(title: str, body: str) -> None:
    assert detect(art(title, body)) == []


@pytest.mark.parametrize("title, body, target, value", [
    ("Il Gruppo Ferri sale al 30% di Volt AI",
     "Il Gruppo Ferri, attivo nella distribuzione di energia in Emilia, è salito al 30% del capitale di Volt AI "
     "sottoscrivendo un aumento di capitale da 8 milioni di euro. La startup sviluppa modelli di intelligenza "
     "artificiale per i condomini.", "Volt AI", 8_000_000),
    ("Startup AI, il trimestre rallenta. Ma c'è chi raccoglie",
     "In controtendenza Tutor Galileo, piattaforma di tutoraggio basata sull'AI per gli studenti, che ha raccolto 5,5 "
     "milioni di euro in una Serie A guidata da Edu Capital.", "Tutor Galileo", 5_500_000),
    ("Un milione e duecentomila euro per Semantica Alpina",
     "Un milione e duecentomila euro: tanto vale il round seed chiuso da Semantica Alpina, startup torinese che "
     "sviluppa chatbot per le biblioteche.", "Semantica Alpina", 1_200_000),
    ("STARTUP: ALGORITMO SUD, SOTTOSCRITTO AUMENTO DI CAPITALE DA 4 MILIONI",
     "(AGI) - BARI, 3 NOV - Algoritmo Sud spa, società barese che sviluppa modelli di intelligenza artificiale per "
     "i porti, ha deliberato e interamente sottoscritto un aumento di capitale da 4 milioni di euro.", "Algoritmo Sud",
     4_000_000),
    ("€9m for Naples' Vesuvio AI",
     "Vesuvio AI, a Naples-based developer of language models for insurers, has raised €9m in a seed round.",
     "Vesuvio AI", 9_000_000),
    ("Microsoft investe 25 milioni di dollari in Lemma",
     "Microsoft ha investito 25 milioni di dollari in Lemma, la startup milanese che sviluppa sistemi di traduzione "
     "automatica per i documenti legali.", "Lemma", 25_000_000),
])
def test_descriptions_relative_subjects_round_sizes_deliberations_and_possessives(title: str, body: str, target: str,
                                                                                   value: int) -> None:
    [d] = detect(art(title, body))
    assert d.target == target and d.amount is not None and d.amount.value == value


@pytest.mark.parametrize("title, body", [
    ("Venture debt da 8 milioni per Righello AI",
     "Righello AI, scaleup di intelligenza artificiale per la metrologia, ha ottenuto una linea di venture debt da 8 "
     "milioni di euro dal fondo di credito Ponte Capital."),
    ("Finanziamento agevolato da 1 milione a Metrica AI",
     "Metrica AI, startup che sviluppa software di intelligenza artificiale per la logistica, ha ottenuto un "
     "finanziamento agevolato a tasso zero da 1,5 milioni di euro."),
    ("Orbita AI nega l'accordo esclusivo con Nvidia",
     "Orbita AI, startup di intelligenza artificiale, ha negato di aver firmato un accordo di esclusiva con Nvidia."),
    ("Turin VC Collina Partners closes €60m fund for AI seed deals",
     "Collina Partners, a Turin-based venture capital firm, has closed its second fund at €60m. The fund will back "
     "around 30 seed-stage AI start-ups. Limited partners include a regional bank."),
])
def test_venture_debt_lines_subsidised_loans_denied_exclusivity_and_an_english_fund_closing(title: str,
                                                                                             body: str) -> None:
    assert detect(art(title, body)) == []


def test_a_contract_said_to_be_worth_a_sum_a_binding_instalment_and_an_epithet_after_a_purpose() -> None:
    a = art(
        "Corvo AI, accordo per 8.000 GPU con un neocloud nordico",
        "Corvo AI, scaleup milanese di modelli generativi, ha firmato un accordo pluriennale con il neocloud "
        "finlandese Pohja Compute per l'accesso a 8.000 GPU.",
        "Secondo fonti vicine alla trattativa, il contratto varrebbe circa 600 milioni di dollari.",
    )
    [d] = detect(a)
    assert d.kinds == ("compute_commitment",) and d.amount is not None and d.amount.value == 600_000_000
    b = art(
        "Fino a un miliardo di capacità cloud: l'accordo tra Tirreno AI e CoreWeave",
        "Tirreno AI, laboratorio romano di modelli fondazionali, ha firmato con CoreWeave un accordo quadro che "
        "prevede l'acquisto di capacità di calcolo fino a un miliardo di dollari entro il 2030.",
        "Una prima tranche da 200 milioni di dollari è vincolante già dal 2027.",
    )
    [d] = detect(b)
    assert d.kinds == ("compute_commitment",)
    c = art(
        "Il nuovo modello di Volsca AI arriva a marzo: prenotate 2.000 GPU",
        "Volsca AI presenterà a marzo la nuova versione del suo modello linguistico per la pubblica amministrazione.",
        "Per addestrarlo la società viterbese ha prenotato 2.000 GPU Nvidia da Nuvola Tuscia con un contratto da 45 "
        "milioni di euro.",
    )
    [d] = detect(c)
    assert d.target == "Volsca AI" and d.kinds == ("compute_commitment",)


@pytest.mark.parametrize("title, body, value", [
    ("Estensione da 4 milioni per Grecale AI, il totale raccolto sale a 15",
     "Grecale AI, startup di intelligenza artificiale per la meteorologia, ha annunciato un'estensione da 4 milioni "
     "di euro della propria serie A, portando il totale raccolto a 15 milioni.", 4_000_000),
    ("Milan's Aria.ai closes €8 million seed extension",
     "Aria.ai, a Milan startup that uses machine learning to forecast energy demand, has closed an €8 million "
     "extension of its seed round.", 8_000_000),
])
def test_a_total_in_a_clause_of_its_own_and_an_english_description_after_the_name(title: str, body: str,
                                                                                  value: int) -> None:
    [d] = detect(art(title, body))
    assert d.kinds == ("funding",) and d.amount is not None and d.amount.value == value


def test_a_minority_stake_bought_first_person_rounds_and_english_investors_are_not_the_act() -> None:
    comp = compiled(Rules())
    assert any("funding" in h[3] and "neg:acquisition" not in h[3]
               for h in comp.hits("AMD ha acquisito una partecipazione di minoranza in Nebbia AI"))
    assert any("funding" in h[3] for h in comp.hits("«Abbiamo chiuso a 6,5 milioni»"))
    assert not any("funding" in h[3] for h in comp.hits("the developer controlled by infrastructure investor X"))


@pytest.mark.parametrize("title, body", [
    ("Nessuna esclusiva con AMD, precisa Neve AI",
     "Neve AI, startup di intelligenza artificiale, precisa che non esiste alcun accordo di esclusiva con AMD."),
    ("GPU rental prices in Italy: a guide",
     "Our survey found hourly prices between €1.60 and €3.20 for an H100, with reserved contracts of 2,048 GPUs or "
     "more getting the best rates."),
    ("Fondo Alpi, 150 milioni per l'AI",
     "Fondo Alpi ha annunciato un programma da 150 milioni di euro per investire in startup dell'intelligenza "
     "artificiale."),
    ("Proptech raises €10M, promises AI valuations",
     "A Rome property platform has raised €10M in a Series A. The company says it will add AI-powered price "
     "estimates."),
])
def test_no_exclusivity_a_price_guide_a_programme_and_ai_to_be_added(title: str, body: str) -> None:
    assert detect(art(title, body)) == []


@pytest.mark.parametrize("title, body, kinds", [
    ("Tosca AI riserva dieci megawatt nel nuovo campus di Borea",
     "Dieci megawatt, di fatto un intero padiglione: Tosca AI, la società che sviluppa modelli di intelligenza "
     "artificiale per i porti, li ha riservati nel nuovo campus di Borea Datacenter.", {"compute_commitment"}),
    ("Serie B da 30 milioni per Astra AI, che riserva 2.048 GPU",
     "Astra AI, società che sviluppa modelli generativi, ha chiuso una serie B da 30 milioni di euro. Parte delle "
     "risorse servirà a onorare l'impegno appena firmato con il neocloud Nuvola Sud: 2.048 GPU riservate per tre "
     "anni.", {"funding", "compute_commitment"}),
])
def test_capacity_in_words_and_a_commitment_the_proceeds_honour(title: str, body: str, kinds: set[str]) -> None:
    [d] = detect(art(title, body))
    assert set(d.kinds) == kinds


@pytest.mark.parametrize("title, body", [
    ("Oltre Labs pensa a un round nel 2027",
     "Oltre Labs, scaleup di intelligenza artificiale per la logistica, ha detto ai soci di avere «allo studio» un "
     "round fino a 50 milioni di euro da lanciare nel 2027."),
    ("Codice Legale tratta in esclusiva con un fondo americano",
     "Codice Legale, legaltech di intelligenza artificiale, ha concesso un periodo di esclusiva di sei settimane a un "
     "fondo americano per negoziare una Serie B intorno ai 30 milioni di euro."),
    ("Delta Semantica deposita la domanda di quotazione",
     "MILANO (Rete Finanza) - Delta Semantica Spa, piattaforma di intelligenza artificiale per le utility, ha "
     "depositato domanda di ammissione alle negoziazioni su Euronext Milan. L'offerta prevede un aumento di capitale "
     "con raccolta attesa tra 60 e 80 mln euro."),
    ("Tassello AI incassa 10 milioni di venture debt",
     "Niente nuovo round per Tassello AI, la scaleup di intelligenza artificiale per la contabilità: i 10 milioni di "
     "euro arrivano sotto forma di venture debt."),
])
def test_a_round_under_study_an_exclusive_negotiation_a_listing_and_no_new_round(title: str, body: str) -> None:
    assert detect(art(title, body)) == []


def test_wire_copy_a_dateline_with_the_agency_and_a_description_without_article() -> None:
    a = art("Campo Agritech Srl: Serie A da 8 mln", "VERONA (Rete Finanza) - Campo Agritech Srl, modelli AI per la "
            "previsione delle rese, ha chiuso Serie A da 8 mln euro. Lead: Polder Ventures.")
    [d] = detect(a)
    assert d.kinds == ("funding",) and d.amount is not None and d.amount.value == 8_000_000


def test_a_human_interest_story_names_its_company_once_then_tells_the_round() -> None:
    a = art(
        "Lecce, tre ragazzi e un algoritmo che aiuta i pescatori",
        "Ogni mattina, al porto di Otranto, Antonio guarda il telefono prima di uscire in mare.",
        "L'app si chiama Maestrale ed è stata creata da tre ragazzi leccesi. Dentro c'è un'intelligenza "
        "artificiale che incrocia meteo, correnti e prezzi del pesce.",
        "Adesso la piccola azienda può crescere. Un gruppo di investitori, guidato da un fondo pugliese, ci ha messo "
        "un milione e ottocentomila euro.",
    )
    [d] = detect(a)
    assert d.target == "Maestrale" and d.amount is not None and d.amount.value == 1_800_000


@pytest.mark.parametrize("title, body", [
    ("Contratto da 3 milioni con una banca per Vigile AI: «Il nostro primo grande cliente»",
     "Vigile AI, startup di intelligenza artificiale contro le frodi, ha firmato un contratto da 3 milioni di euro con "
     "una banca lombarda: «Il nostro primo grande cliente», dice il fondatore."),
    ("Milan's Binario AI lands €4m contract with national rail operator",
     "Binario AI, a Milan start-up building AI for railway maintenance, has signed a €4m contract with the national "
     "rail operator."),
    ("No, Lampo AI did not raise $50m, founder says",
     "Lampo AI, an AI start-up, did not raise $50m, its founder said, denying a report."),
])
def test_a_customer_won_and_an_english_denial_are_no_deal(title: str, body: str) -> None:
    assert detect(art(title, body)) == []


def test_a_sum_the_sentence_before_states_a_digest_item_a_product_forecast_and_a_round_dated_back() -> None:
    a = art("€6M per Pennello AI", "Sei milioni di euro per allargarsi in Europa. È quanto ha ottenuto Pennello AI, la "
            "startup milanese che genera con l'intelligenza artificiale immagini per i marchi.")
    [d] = detect(a)
    assert d.kinds == ("funding",) and d.target == "Pennello AI"
    digest = art("Radar – la newsletter del venerdì", "• Serie B da 30 milioni di euro per Arca Robotics AI: la "
                 "torinese dei robot autonomi per i magazzini ha chiuso il round guidato da un fondo tedesco.")
    [d] = detect(digest)
    assert d.target == "Arca Robotics AI" and d.amount is not None and d.amount.value == 30_000_000
    comp = compiled(Rules())
    assert not any("neg:market" in h[3] for h in comp.hits("modelli per la previsione delle valanghe"))
    assert any("neg:background" in h[3] for h in comp.hits("L'ultimo round, una Serie A, risale al 2024."))


@pytest.mark.parametrize("title, body", [
    ("Cometa Nova prepara la serie C: obiettivo 100 milioni",
     "Cometa Nova, startup di intelligenza artificiale per la logistica, prepara la serie C da 100 milioni di euro."),
    ("Ticino Neural cerca 30 milioni di franchi",
     "Ticino Neural, laboratorio di intelligenza artificiale di Lugano, cerca 30 milioni di franchi per crescere."),
    ("Ginepro AI negozia un'esclusiva con Google Cloud",
     "Ginepro AI, startup di intelligenza artificiale, negozia un'esclusiva con Google Cloud per le sue TPU, con un "
     "impegno che varrebbe 40 milioni di euro."),
    ("Il gruppo catanese Orso compra la startup dei chatbot Ciclope AI",
     "Il gruppo catanese Orso compra la startup dei chatbot Ciclope AI per 12 milioni di euro."),
    ("Un fondo rivaluta Cerebro Italia: vale 900 milioni",
     "Un fondo rivaluta la sua quota in Cerebro Italia, startup di intelligenza artificiale: vale 900 milioni."),
    ("Cantina Web chiude un round da 6 milioni. Nei piani anche l'intelligenza artificiale",
     "Cantina Web, e-commerce di vini, ha chiuso un round da 6 milioni di euro. Nei piani anche l'intelligenza "
     "artificiale per consigliare le bottiglie."),
])
def test_preparing_seeking_negotiating_buying_a_startup_a_mark_up_and_ai_in_the_plans(title: str, body: str) -> None:
    assert detect(art(title, body)) == []


def test_a_round_named_at_the_start_of_a_sentence_names_its_company() -> None:
    gz = compiled(Rules()).gazetteer
    assert ("Prisma Cognitiva SA", "target") in [(h.name, h.role) for h in gz.roles_in(
        "Raccolta da 2,4 milioni di franchi per Prisma Cognitiva SA, spin-off di Lugano.")]

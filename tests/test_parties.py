"""Role patterns: the keyword gate in front of each template must never lose a match."""

from __future__ import annotations

import pytest

import alerts.parties as parties
from alerts.parties import Gazetteer
from alerts.rules import Rules

# one or more sentences for every role template (written for this test)
SENTENCES = [
    "Nodo, la startup romana dell'inferenza, chiude un round da 20 milioni di euro.",
    "Brezza Robótica, che sviluppa robot per gli agrumi, ha esteso il suo round seed.",
    "Microsoft investe 4 miliardi di dollari in Anthropic.",
    "Ferrante entra in Veritas Claims AI con 9 milioni.",
    "Trenta milioni di euro: tanto ha raccolto Arazzo Srl, la startup comasca.",
    "È il seed round con cui Fenice Dati finanzierà lo sviluppo della piattaforma.",
    "Saetta rilancia su Polaris AI con altri 200 milioni.",
    "Il fondo entra con il 20% del capitale di Quercia AI.",
    "Il round di finanziamento di Lanterna AI è guidato da Fondo Dora Capital.",
    "La capacità sarà a disposizione di OpenAI dal 2026.",
    "Il round è guidato da Tevere Ventures, con la partecipazione di Nuvola Sud e Orizzonte Digitale.",
    "A guidare l'operazione è il fondo Lario Capital.",
    "Guida Thrive Capital, partecipano Microsoft, Nvidia e SoftBank.",
    "Microsoft e Nvidia investono fino a 15 miliardi di dollari in Anthropic.",
    "Tra gli investitori figurano anche Accel e Sequoia.",
    "L'aumento è stato sottoscritto da parte di Fondo Brenta.",
    "L'investimento di Amazon in Anthropic sale a 8 miliardi.",
    "Il lead investor è Euganea Ventures, che ha messo 1 milione.",
    "Euganea Ventures, che ha investito 2 milioni, siede nel consiglio.",
    "Al round hanno partecipato anche Garda Partners e Sebino Capital.",
    "Partecipano all'aumento anche Arno Deep Tech e il network Pisa Angels.",
    "Nel round sono entrati Salento Angels e Capo di Leuca Ventures.",
    "Gli altri 3 milioni arrivano da Brianza Angels.",
    "La linea di debito è stata concessa da Banca Sabauda.",
    "Kairos Robotics, Series C da $600M: lead Tidewater.",
    "Brenta Capital Sgr, in qualità di lead investor, ha versato 12 milioni.",
    "Al round si sono affiancati la bolognese Tamburini Capital e altri.",
    "Il resto arriva dalla rete di investitori privati Apulia Tech Angels.",
    "Quarzo AI ha firmato un accordo con Orsa Compute per la capacità di calcolo.",
    "Oracle Cloud si aggiudica Nebbia Labs: contratto da 1,2 miliardi di dollari.",
    "AMD diventa il fornitore esclusivo di acceleratori di Atlante Intelligenza fino al 2028.",
    "La startup sarebbe in trattative con Dune Capital Partners e un fondo del Golfo.",
    "Google Cloud diventa il fornitore cloud principale della società per tre anni.",
    "La barese Sinapsi chiude un pre-seed da 3,2 mln € con Murgia Ventures come capofila.",
    "Completano l'operazione Tevere Capital e Fondo Appia Seed.",
    "Hanno sottoscritto i soci della prima ora, a cominciare da Felsina Seed.",
    "Ha inoltre reinvestito Seedwave, già presente nel capitale della società.",
    "L'ha guidato Foundry Nine, l'acceleratore di San Francisco.",
    "Entrano nel capitale Orizzonte SGR e Iride Capital.",
    "Il lead investor sarebbe Redwood Harbor Capital.",
    "Guida il Fondo Pergola, con gli Angeli del Garda.",
    "Lo guida Navigli Capital, con un ticket di 6 milioni.",
    "The Series A was led by Milan-based Lario Ventures.",
    "Codicia closed the round with participation from Seme Capital.",
    "Brina lands a €30m Series A from Pino Ventures and Monte Capital.",
]


def _no_gate(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parties, "_ROLE_KEYS", {role: tuple(("",) for _ in templates)
                                               for role, templates in parties._ROLE_TEMPLATES.items()})


def test_keyword_gate_loses_no_role(monkeypatch: pytest.MonkeyPatch) -> None:
    gz = Gazetteer(Rules())
    gated = [gz.roles_in(s) for s in SENTENCES]
    _no_gate(monkeypatch)
    assert [gz.roles_in(s) for s in SENTENCES] == gated


def test_every_template_is_exercised() -> None:
    gz = Gazetteer(Rules())
    used = {(h.role, h.pattern) for s in SENTENCES for h in gz.roles_in(s)}
    every = {(role, i) for role, templates in parties._ROLE_TEMPLATES.items() for i in range(len(templates))}
    assert every - used == set()


def test_keys_and_templates_are_in_step() -> None:
    assert {r: len(t) for r, t in parties._ROLE_TEMPLATES.items()} == {r: len(k) for r, k in parties._ROLE_KEYS.items()}


def test_an_investors_name_continues_past_a_particle_unless_a_place_follows() -> None:
    gz = Gazetteer(Rules())

    def investors(s: str) -> list[str]:
        return [h.name for h in gz.roles_in(s) if h.role == "investor"]

    assert "Angeli del Garda" in investors("Il round è guidato da Fondo Pergola, con gli Angeli del Garda.")
    assert "Capo di Leuca Ventures" in investors("Nel round sono entrati Salento Angels e Capo di Leuca Ventures.")
    assert "Nvidia" in investors("Il round è guidato da Nvidia di Santa Clara.")


def test_english_investors_led_backed_and_from() -> None:
    gz = Gazetteer(Rules())
    got = [(h.name, h.role) for h in gz.roles_in(
        "The round was led by Turin-based Collina Capital, with Varo Ventures, the fund of a local bank, and "
        "Lago Partners joining.")]
    assert ("Collina Capital", "investor") in got and ("Varo Ventures", "investor") in got \
        and ("Lago Partners", "investor") in got
    got = [(h.name, h.role) for h in gz.roles_in("Brina lands a €30m Series A from Pino Ventures and Monte Capital.")]
    assert ("Pino Ventures", "investor") in got and ("Monte Capital", "investor") in got
    got = [(h.name, h.role) for h in gz.roles_in("The company raised €12m in a round backed by Sasso Capital.")]
    assert ("Sasso Capital", "investor") in got


def test_a_place_turned_down_does_not_hide_the_company_after_it_and_a_district_is_no_company() -> None:
    gz = Gazetteer(Rules())
    assert [(h.name, h.role) for h in gz.roles_in("Bari, la startup Compita incassa otto milioni.")] == [
        ("Compita", "target")]
    assert gz.roles_in("La società nata al quartiere Libertà chiude un round.") == []

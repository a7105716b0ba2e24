"""Pure event matching: same deal across outlets, syndicated copies, material updates."""

from datetime import UTC, datetime, timedelta

from alerts.amounts import Amount
from alerts.deals import Deal
from alerts.events import (
    EventState,
    facts_from_deal,
    find_match,
    merge,
    new_event,
    same_name,
    signature,
    similarity,
)
from alerts.settings import DEFAULT_FX

T0 = datetime(2024, 11, 22, 9, 0, tzinfo=UTC)


def amt(value: float, currency: str | None = "USD", text: str = "") -> Amount:
    return Amount(value=value, currency=currency, text=text or f"{value:g}", start=0, end=1)


def deal(target="Anthropic", cps=("Amazon",), kinds=("funding",), amount=4e9, currency="USD",
         extra=(), score=0.9, evidence=None) -> Deal:
    head = amt(amount, currency) if amount else None
    amounts = ((head,) if head else ()) + tuple(amt(v, currency) for v in extra)
    evidence = evidence or (f"{' e '.join(cps)} investe 4 miliardi in {target}.",)
    return Deal(kinds=kinds, target=target, counterparties=cps, amount=head, amounts=amounts,
                score=score, evidence=evidence)


def facts(d: Deal, when=T0, text: str | None = None):
    return facts_from_deal(d, published=when, rates=DEFAULT_FX,
                           signature=signature(text) if text else None)


def event_of(d: Deal, event_id=1, when=T0, text: str | None = None) -> EventState:
    return new_event(facts(d, when, text), event_id)


LONG = ("Amazon ha annunciato un nuovo investimento da 4 miliardi di dollari in Anthropic, la startup "
        "che sviluppa i modelli Claude. Con questo accordo il totale sale a 8 miliardi e Anthropic "
        "userà i chip Trainium di AWS per addestrare i suoi modelli di intelligenza artificiale. ") * 3


def test_names_match_across_spellings():
    assert same_name("Amazon", "Amazon Web Services")
    assert same_name("OpenAI", "Open AI")
    assert same_name("Nvidia Corp.", "NVIDIA")
    assert same_name("Mistral AI", "Mistral")
    assert not same_name("Microsoft", "Meta")
    assert not same_name(None, "Meta")


def test_same_deal_from_another_outlet_joins_the_event():
    ev = event_of(deal())
    m = find_match(facts(deal(cps=("Amazon Web Services",)), T0 + timedelta(days=1)), [ev], window_days=14)
    assert m is not None and m.event_id == 1 and m.relation == "same" and m.changes == ()


def test_outside_window_or_other_target_is_a_new_event():
    ev = event_of(deal())
    assert find_match(facts(deal(), T0 + timedelta(days=30)), [ev], window_days=14) is None
    assert find_match(facts(deal(target="Mistral AI")), [ev], window_days=14) is None


def test_disjoint_counterparties_or_far_smaller_amount_is_another_deal():
    ev = event_of(deal())
    assert find_match(facts(deal(cps=("Google",))), [ev], window_days=14) is None
    assert find_match(facts(deal(amount=50e6)), [ev], window_days=14) is None


def test_no_counterparty_needs_same_kind_and_close_amount():
    ev = event_of(deal())
    assert find_match(facts(deal(cps=(), amount=4.2e9)), [ev], window_days=14) is not None
    assert find_match(facts(deal(cps=(), amount=1e9)), [ev], window_days=14) is None
    assert find_match(facts(deal(cps=(), kinds=("compute_commitment",))), [ev], window_days=14) is None


def test_material_updates_are_reported():
    ev = event_of(deal())
    bigger = find_match(facts(deal(amount=8e9)), [ev], window_days=14)
    assert bigger.changes == ("bigger amount",)
    kind = find_match(facts(deal(kinds=("funding", "chip_exclusivity"))), [ev], window_days=14)
    assert kind.changes == ("new kind: chip_exclusivity",)
    cp = find_match(facts(deal(cps=("Amazon", "Google"))), [ev], window_days=14)
    assert cp.changes == ("new counterparty: Google",)
    # a party met only outside the deal statement (background) is not a new fact
    background = deal(cps=("Amazon", "Google"), evidence=("Amazon investe 4 miliardi in Anthropic.",))
    assert find_match(facts(background), [ev], window_days=14).changes == ()


def test_known_total_or_converted_amount_is_not_news():
    ev = event_of(deal(amount=4e9, extra=(8e9,)))          # "altri 4 miliardi … totale 8"
    assert find_match(facts(deal(amount=8e9)), [ev], window_days=14).changes == ()
    assert find_match(facts(deal(amount=3.7e9, currency="EUR")), [ev], window_days=14).changes == ()


def test_syndicated_copy_is_recognised_whatever_detection_made_of_it():
    ev = event_of(deal(), text=LONG)
    copy = "Fonte: agenzia. " + LONG + " Leggi anche: altre notizie."
    assert similarity(signature(copy), signature(LONG)) > 0.6
    m = find_match(facts(deal(target="Amazon", cps=("Anthropic",)), text=copy), [ev], window_days=14)
    assert m.relation == "duplicate" and m.changes == ()
    other = "Microsoft e Nvidia investono fino a 15 miliardi in Anthropic, che compra capacità Azure. " * 4
    assert similarity(signature(other), signature(LONG)) < 0.2


def test_best_candidate_wins_and_merge_only_widens():
    a = event_of(deal(), event_id=1)
    b = event_of(deal(cps=()), event_id=2)
    m = find_match(facts(deal()), [b, a], window_days=14)
    assert m.event_id == 1
    merged = merge(a, facts(deal(amount=8e9, cps=("Google",), kinds=("compute_commitment",)),
                            T0 + timedelta(days=2)))
    assert merged.amount_eur == 8e9 * DEFAULT_FX["USD"]
    assert merged.kinds == {"funding", "compute_commitment"}
    assert merged.counterparties == ("Amazon", "Google")
    assert merged.first_published == T0 and merged.last_published == T0 + timedelta(days=2)


def test_unknown_currency_and_no_amount_are_tolerated():
    ev = event_of(deal(amount=None))
    m = find_match(facts(deal(amount=8e9, currency=None)), [ev], window_days=14)
    assert m is not None and m.changes == ("amount disclosed",)


def test_alert_dates_are_the_italian_calendar_date():
    from datetime import UTC, datetime

    from alerts.messages import press_date

    assert press_date(datetime(2025, 11, 17, 23, 30, tzinfo=UTC)) == "2025-11-18"   # 00:30 in Rome
    assert press_date(datetime(2025, 7, 1, 21, 59, tzinfo=UTC)) == "2025-07-01"    # 23:59 CEST
    assert press_date(None) is None

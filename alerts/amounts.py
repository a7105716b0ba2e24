"""Money amounts as Italian (and English) journalists write them. Pure: text in, Amounts out.

(Stub owned by the amounts work: `find_amounts` is the contract the rest of the code uses.)
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Amount:
    """One money amount found in a text.

    `value` is in units (4 miliardi -> 4_000_000_000); for a range it is the upper bound and
    `value_min` the lower one. `currency` is an ISO 4217 code or None when the text does not say.
    `qualifiers` is a subset of {"up_to", "more_than", "approx", "range", "additional", "total",
    "converted"} ("converted": the amount restates another one in a second currency,
    "circa 6 miliardi di euro" after "6,6 miliardi di dollari").
    `start`/`end` index the span in the text that was parsed; `text` is that span.
    """

    value: float
    currency: str | None
    text: str
    start: int
    end: int
    value_min: float | None = None
    qualifiers: frozenset[str] = field(default_factory=frozenset)

    def to_json(self) -> dict:
        out: dict = {"value": _plain(self.value), "currency": self.currency, "text": self.text}
        if self.value_min is not None:
            out["value_min"] = _plain(self.value_min)
        return out


def _plain(v: float) -> int | float:
    return int(v) if float(v).is_integer() else v


def find_amounts(text: str) -> list[Amount]:
    """Every money amount in `text`, in order of appearance."""
    raise NotImplementedError

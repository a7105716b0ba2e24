"""What detection produces: a Deal is one AI deal an article reports, as a plain value."""

from __future__ import annotations

from dataclasses import dataclass

from alerts.amounts import Amount

KINDS = ("funding", "compute_commitment", "chip_exclusivity")


@dataclass(frozen=True)
class Deal:
    kinds: tuple[str, ...]                     # subset of KINDS, in KINDS order
    target: str | None                         # receives the money / makes the commitment
    counterparties: tuple[str, ...]            # investors, cloud or chip vendors
    amount: Amount | None                      # headline: largest NEW money or commitment
    amounts: tuple[Amount, ...]                # every amount of the deal, totals included
    score: float                               # confidence in [0, 1]
    evidence: tuple[str, ...]                  # sentences that state the deal

    def to_json(self) -> dict:
        """The `deals[]` item of the `check --json` contract (DESIGN.md)."""
        return {
            "kinds": list(self.kinds),
            "target": self.target,
            "counterparties": list(self.counterparties),
            "amount": self.amount.to_json() if self.amount else None,
            "amounts": [a.to_json() for a in self.amounts],
            "score": round(self.score, 2),
            "evidence": list(self.evidence),
        }

"""The report's own arithmetic on one document's facts (filled in by the validation issue)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from transforms.indicators import Fact


@dataclass(frozen=True)
class CheckOutcome:
    """Facts with their violated checks marked, and how many rules held, failed or did not apply."""

    facts: list[Fact]
    held: int = 0
    violated: int = 0
    not_applicable: int = 0


def run_checks(facts: list[Fact]) -> CheckOutcome:
    """Run every arithmetic rule over a document's facts."""
    return CheckOutcome(facts=list(facts))

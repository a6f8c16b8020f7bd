"""A Party-building statistic read from one quantity: the row type every facts stage passes on."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Fact:
    """One statistic read from one quantity."""

    fact_id: str
    quantity_start: int
    indicator: str
    subject: str
    measure: str
    value: float
    unit: str
    actor: str | None
    scope: str
    scope_name: str | None
    year: int | None
    period: str | None
    part_of: str | None = None
    checks: tuple[str, ...] = ()
    mentions: int = 1  # how often the document states this statistic
    mention_starts: tuple[int, ...] = ()  # where its other mentions start

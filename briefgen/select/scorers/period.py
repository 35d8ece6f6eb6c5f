"""Event date inside the requested period: what happened this week beats last year's recap."""

from __future__ import annotations

from briefgen.select.candidates import Candidate
from briefgen.select.scorers.base import ScoreContext


def inside(start: str | None, end: str | None, lo: str | None, hi: str | None) -> bool:
    """Return whether [start, end] overlaps the period [lo, hi] (open ends allowed)."""
    if not start:
        return False
    last = end or start
    return (lo is None or last >= lo) and (hi is None or start <= hi)


class PeriodScorer:
    """Scores a sentence by whether the dates it mentions fall in the requested period."""

    name = "period"

    def score(self, candidate: Candidate, context: ScoreContext) -> float:
        """Return ``inside`` for a date in the period, ``outside`` if all dates miss it, else 0."""
        if context.start is None and context.end is None:
            return 0.0
        dated = [e for e in candidate.events if e["start"]]
        if not dated:
            return 0.0
        block = context.section(self.name)
        if any(inside(e["start"], e["end"], context.start, context.end) for e in dated):
            return float(block.get("inside", 1.0))
        return float(block.get("outside", -0.5))

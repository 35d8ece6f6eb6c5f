"""Concrete content: stored figures and dates, named places and bodies."""

from __future__ import annotations

from briefgen.select.candidates import Candidate
from briefgen.select.scorers.base import ScoreContext, saturate


def named_bodies(tokens: list[str], suffixes: tuple[str, ...]) -> list[str]:
    """Return the tokens that name a body: longer than, and ending in, an organisation suffix."""
    return [t for t in tokens if any(t.endswith(s) and len(t) > len(s) for s in suffixes)]


class ConcreteScorer:
    """Scores a sentence by the weighted count of facts it carries, saturating at 1."""

    name = "concrete"

    def score(self, candidate: Candidate, context: ScoreContext) -> float:
        """Return the weighted count of figures, dates, places and bodies over the saturation."""
        block = context.section(self.name)
        amount = (
            float(block.get("figure", 1.0)) * len(candidate.figures)
            + float(block.get("event", 0.7)) * len(candidate.events)
            + float(block.get("place", 0.5)) * len(candidate.places)
            + float(block.get("body", 0.4)) * len(named_bodies(candidate.tokens, context.body_suffixes))
        )
        return saturate(amount, float(block.get("saturation", 3)))

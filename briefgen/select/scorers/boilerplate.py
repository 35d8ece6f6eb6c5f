"""Penalty for 套话: stock phrases that state a stance but report nothing."""

from __future__ import annotations

from briefgen.select.candidates import Candidate
from briefgen.select.scorers.base import ScoreContext


class BoilerplateScorer:
    """Scores a sentence −1…0 by the stock phrases in it, softened when it carries facts."""

    name = "boilerplate"

    def score(self, candidate: Candidate, context: ScoreContext) -> float:
        """Return minus the matched phrase weights (capped at 1), relieved by concrete content."""
        hits = sum(w * len(p.findall(candidate.text)) for p, w in context.boilerplate)
        if not hits:
            return 0.0
        penalty = min(1.0, hits)
        if candidate.figures or candidate.events:
            penalty *= float(context.section(self.name).get("concrete_relief", 0.5))
        return -penalty

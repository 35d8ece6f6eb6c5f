"""Theme relevance: keyword weight of the article's theme found in the sentence."""

from __future__ import annotations

from briefgen.select.candidates import Candidate
from briefgen.select.scorers.base import ScoreContext, saturate
from briefgen.select.themes import token_grams


class ThemeScorer:
    """Scores a sentence by the theme keywords among its stored tokens, saturating at 1."""

    name = "theme"

    def score(self, candidate: Candidate, context: ScoreContext) -> float:
        """Return the summed keyword weight over the saturation (0 without a theme)."""
        if context.theme is None:
            return 0.0
        keywords = context.theme.keywords
        total = sum(keywords.get(g, 0.0) for g in token_grams(candidate.tokens))
        return saturate(total, float(context.section(self.name).get("saturation", 4)))

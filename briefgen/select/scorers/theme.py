"""Theme relevance: keyword weight of the article's theme found in the sentence."""

from __future__ import annotations

from briefgen.select.candidates import Candidate
from briefgen.select.lexicon import build_lexicon, token_matches
from briefgen.select.scorers.base import ScoreContext, saturate


class ThemeScorer:
    """Scores a sentence by the theme keywords among its stored tokens, saturating at 1."""

    name = "theme"

    def score(self, candidate: Candidate, context: ScoreContext) -> float:
        """Return the summed keyword weight over the saturation (0 without a theme)."""
        if context.theme is None:
            return 0.0
        keywords = context.theme.keywords
        lexicon = context.lexicon or build_lexicon([(context.theme.name, keywords)], (), 0)
        found = token_matches(lexicon, candidate.tokens)
        total = sum(keywords.get(word, 0.0) * count for word, count in found.items())
        return saturate(total, float(context.section(self.name).get("saturation", 4)))

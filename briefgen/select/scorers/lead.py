"""Lead position: the first sentences of the first paragraphs say what happened."""

from __future__ import annotations

from briefgen.select.candidates import Candidate
from briefgen.select.scorers.base import ScoreContext


class LeadScorer:
    """Scores a sentence by how early it comes, decaying by paragraph and by sentence."""

    name = "lead"

    def score(self, candidate: Candidate, context: ScoreContext) -> float:
        """Return paragraph_decay**paragraph × sentence_decay**sentence (1 for the lead)."""
        block = context.section(self.name)
        paragraph_decay = float(block.get("paragraph_decay", 0.6))
        sentence_decay = float(block.get("sentence_decay", 0.5))
        return paragraph_decay**candidate.para_rank * sentence_decay**candidate.sent_rank

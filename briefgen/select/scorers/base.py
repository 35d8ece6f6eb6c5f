"""The one interface every passage scorer implements, and what scorers may look at."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Protocol

from briefgen.select.candidates import Candidate
from briefgen.select.lexicon import Lexicon
from briefgen.select.themes import Theme


@dataclass(frozen=True)
class ScoreContext:
    """What a scorer may consult besides the sentence: period, theme, settings, vocabularies."""

    start: str | None
    end: str | None
    theme: Theme | None
    settings: dict[str, Any]
    body_suffixes: tuple[str, ...]
    boilerplate: tuple[tuple[re.Pattern[str], float], ...]
    lexicon: Lexicon | None = None

    def section(self, name: str) -> dict[str, Any]:
        """Return the settings block for scorer ``name`` (empty when absent)."""
        block = self.settings.get(name)
        return block if isinstance(block, dict) else {}


class Scorer(Protocol):
    """A signal: returns a score for one sentence, usually in [-1, 1]."""

    name: str

    def score(self, candidate: Candidate, context: ScoreContext) -> float:
        """Return this signal's score for ``candidate``."""
        ...


def saturate(amount: float, full: float) -> float:
    """Return ``amount / full`` capped at 1 (0 when ``full`` is not positive)."""
    return min(1.0, amount / full) if full > 0 else 0.0

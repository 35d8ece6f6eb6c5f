"""Passage scorers, one signal each, behind the ``Scorer`` interface."""

from __future__ import annotations

from briefgen.select.scorers.base import ScoreContext, Scorer
from briefgen.select.scorers.boilerplate import BoilerplateScorer
from briefgen.select.scorers.concrete import ConcreteScorer
from briefgen.select.scorers.lead import LeadScorer
from briefgen.select.scorers.period import PeriodScorer
from briefgen.select.scorers.theme import ThemeScorer

__all__ = ["ScoreContext", "Scorer", "default_scorers"]


def default_scorers() -> list[Scorer]:
    """Return the shipped scorers: lead, concrete, theme, period, boilerplate."""
    return [LeadScorer(), ConcreteScorer(), ThemeScorer(), PeriodScorer(), BoilerplateScorer()]

"""What the selector hands to assembly: picks in source order with provenance."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class PickedPassage:
    """A chosen passage (sentence or paragraph) and where it came from."""

    text: str
    paragraph: int
    line: int
    score: float = 0.0


@dataclass
class FigureRow:
    """A stored key figure as the selector and the ``figures`` command report it."""

    text: str
    value: float | None
    unit: str
    indicator: str
    relation: str | None
    period: str | None
    article_id: int
    sentence: str

    def as_json(self) -> dict[str, Any]:
        """Return the contract's JSON object for this figure."""
        return dict(self.__dict__)


@dataclass
class SourceRef:
    """Another article reporting the same event as a selected one: where it appeared and when."""

    article_id: int
    file: str
    title: str | None
    source: str | None
    published: str | None
    date: str | None

    def as_json(self) -> dict[str, Any]:
        """Return the reference as a JSON object."""
        return dict(self.__dict__)


@dataclass
class SelectedArticle:
    """An article chosen for the briefing with its best passages and figures."""

    article_id: int
    file: str
    title: str | None
    source: str | None
    theme: str
    date: str | None
    score: float
    passages: list[PickedPassage]
    figures: list[FigureRow] = field(default_factory=list)
    published: str | None = None
    contributor: str | None = None
    also: list[SourceRef] = field(default_factory=list)
    title_shared: tuple[str, ...] = ()  # the title's two-character words the article's whole text holds too
    own_place: str | None = None  # the one county or district the article names: what its 我县 / 我区 means

    def as_json(self) -> dict[str, Any]:
        """Return the contract's JSON object for ``briefgen select``."""
        return {
            "article_id": self.article_id,
            "file": self.file,
            "title": self.title,
            "source": self.source,
            "contributor": self.contributor,
            "theme": self.theme,
            "date": self.date,
            "score": round(self.score, 4),
            "passages": [p.__dict__ for p in self.passages],
            "figures": [f.as_json() for f in self.figures],
            "also": [r.as_json() for r in self.also],
            "title_shared": list(self.title_shared),
        }


@dataclass
class Selection:
    """The selector's answer for one city and period, best first."""

    city: str | None
    start: str | None
    end: str | None
    articles: list[SelectedArticle]
    left_out: list[dict[str, Any]] = field(default_factory=list)

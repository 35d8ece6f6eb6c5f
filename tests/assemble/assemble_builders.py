"""Builders for small selections used by the assembly tests."""

from __future__ import annotations

from briefgen.select.types import FigureRow, PickedPassage, SelectedArticle, Selection


def passage(text: str, paragraph: int = 0, line: int = 1) -> PickedPassage:
    """Return a picked passage."""
    return PickedPassage(text=text, paragraph=paragraph, line=line, score=1.0)


def figure(
    text: str,
    indicator: str,
    relation: str | None = None,
    period: str | None = None,
    article_id: int = 1,
) -> FigureRow:
    """Return a figure row whose value is parsed from its text's leading number."""
    digits = "".join(c for c in text if c.isdigit() or c == ".")
    return FigureRow(
        text=text,
        value=float(digits) if digits else None,
        unit="",
        indicator=indicator,
        relation=relation,
        period=period,
        article_id=article_id,
        sentence="",
    )


def article(
    article_id: int,
    theme: str,
    texts: list[str],
    title: str | None = None,
    source: str | None = "安康日报",
    published: str | None = "2023-01-06",
    score: float = 0.5,
    figures: list[FigureRow] | None = None,
) -> SelectedArticle:
    """Return a selected article whose passages are ``texts``, one paragraph each."""
    return SelectedArticle(
        article_id=article_id,
        file=f"doc{article_id}.txt",
        title=title,
        source=source,
        theme=theme,
        date=published,
        score=score,
        passages=[passage(t, paragraph=n, line=10 * n + 1) for n, t in enumerate(texts)],
        figures=figures or [],
        published=published,
    )


def selection(articles: list[SelectedArticle], city: str = "安康市") -> Selection:
    """Return a selection of ``articles`` for one week."""
    return Selection(city=city, start="2023-01-02", end="2023-01-08", articles=articles)

"""Credits that close an article on lines of their own ((吉战顺), 供稿：县委办, 二审：…): metadata, not body text."""

from __future__ import annotations

from briefgen.ingest.split.segment import RawArticle
from briefgen.ingest.split.vocab import plain, vocab

CREDIT_MAX = 60  # characters of a closing credit line


def _credit(text: str) -> str | None:
    """Return the credit of a closing credit line, brackets and trailing bars taken off, or None."""
    text = plain(text)
    if len(text) > CREDIT_MAX or not vocab().closing_credit.match(text):
        return None
    return text.rstrip("|｜ ").strip("（()） ")


def closing_credits(articles: list[RawArticle]) -> list[RawArticle]:
    """Return the articles with the credit lines at their end taken out of the body (the topmost kept as byline)."""
    for article in articles:
        credits = []
        while len(article.paragraphs) > 1 and (credit := _credit(article.paragraphs[-1][0])) is not None:
            article.pop_paragraph()
            credits.append(credit)
        if credits:
            article.byline = article.byline or credits[-1]  # the topmost: the reporter before the editors
    return articles

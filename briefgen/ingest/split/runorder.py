"""A running order of news headlines (a TV bulletin's 1、… 2、… one per line, no bodies): one item per headline."""

from __future__ import annotations

import re

from briefgen.ingest.split.segment import RawArticle
from briefgen.ingest.split.vocab import ends_sentence

_NUMBERED = re.compile(r"^(\d{1,2})\s*[、.．]\s*(?!\d)")
LINES_MIN = 4
HEADLINE_MIN = 8  # characters of a news headline; a list of measures (1、加强领导) is shorter
HEADLINE_MAX = 80


def _headlines(article: RawArticle) -> list[str] | None:
    """Return the numbered headlines when the article is nothing but them, numbered 1, 2, 3 …, else None."""
    texts = [text.strip() for text, _ in article.paragraphs]
    if len(texts) < LINES_MIN:
        return None
    found = [_NUMBERED.match(t) for t in texts]
    if any(m is None or int(m.group(1)) != n for n, m in enumerate(found, 1)):
        return None
    lines = [t[m.end():].strip() for t, m in zip(texts, found, strict=True) if m is not None]
    if any(ends_sentence(t) or not HEADLINE_MIN <= len(t) <= HEADLINE_MAX or "，" in t for t in lines):
        return None
    return lines


def split_running_order(articles: list[RawArticle]) -> list[RawArticle]:
    """Return the articles with every running order of headlines split into one item per headline."""
    out: list[RawArticle] = []
    for article in articles:
        lines = _headlines(article)
        if lines is None:
            out.append(article)
            continue
        for (_, line), text in zip(article.paragraphs, lines, strict=True):
            item = RawArticle(column=article.title or article.column, source=article.source,
                              dateline=article.dateline)
            item.paragraphs = [(text, line)]
            out.append(item)
    return out

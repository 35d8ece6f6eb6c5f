"""A digest whose paragraphs each open with their own headline sentence (十件大事: 主城融合开启新征程。…)."""

from __future__ import annotations

import re

from briefgen.ingest.split.segment import RawArticle
from briefgen.ingest.split.vocab import looks_like_title, vocab

_HEAD_SENTENCE = re.compile(r"^([^，,、；;：:。！？]{5,20})[。！]")
ITEMS_MIN = 4
ITEMS_SHARE = 0.6  # of the paragraphs after the first (an introduction may stand before the items)


def _head(text: str) -> str | None:
    found = _HEAD_SENTENCE.match(text.strip())
    if found is None or vocab().enumerator.match(found.group(1)):  # 一是明确发展导向。: a point, not an item
        return None
    return found.group(1) if looks_like_title(found.group(1)) and len(text) > found.end() else None


def split_headed_items(articles: list[RawArticle]) -> list[RawArticle]:
    """Return the articles with every digest of headed paragraphs split into one item per paragraph."""
    out: list[RawArticle] = []
    for article in articles:
        heads = [_head(text) for text, _ in article.paragraphs]
        rest = heads[1:]
        if sum(h is not None for h in rest) < max(ITEMS_MIN, ITEMS_SHARE * len(rest)):
            out.append(article)
            continue
        current: RawArticle | None = None
        for (text, line), head in zip(article.paragraphs, heads, strict=True):
            if head is not None or current is None:
                current = RawArticle(title=head, column=article.title or article.column, source=article.source,
                                     dateline=article.dateline)
                out.append(current)
                text = text.strip()[len(head) + 1:].strip() if head else text
            current.paragraphs.append((text, line))
    return out

"""A page of captioned photos (市长访谈录: a paragraph per photo, each ending 新华社记者 … 摄): the captions are
its text, one item per photo."""

from __future__ import annotations

from briefgen.ingest.split.segment import RawArticle
from briefgen.ingest.split.vocab import ends_sentence, vocab


def _told(caption: str) -> str | None:
    """Return the caption's sentences without the photo credit, or None when it tells nothing (会议现场)."""
    text = vocab().caption_inline.sub("", caption).strip()
    return text if ends_sentence(text) else None


def _items(article: RawArticle, told: list[str]) -> list[RawArticle]:
    items = []
    for text in told:
        item = RawArticle(column=article.title or article.column, source=article.source,
                          dateline=article.dateline, byline=article.byline)
        item.paragraphs = [(text, 0)]
        items.append(item)
    if len(items) == 1:
        items[0].title, items[0].column = article.title, article.column
    return items


def photo_items(articles: list[RawArticle]) -> list[RawArticle]:
    """Return the articles with every body-less article of told captions turned into an item per caption."""
    out: list[RawArticle] = []
    for article in articles:
        told = [t for t in map(_told, article.captions) if t] if not article.paragraphs else []
        out.extend(_items(article, told) if told else [article])
    return out

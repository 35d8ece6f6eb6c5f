"""A text's headline printed on two lines: a kicker (引题) or main title over the title that opens the body."""

from __future__ import annotations

from briefgen.ingest.split.pagehead import STACKED_MAX, is_main_title
from briefgen.ingest.split.pagelines import is_headline
from briefgen.ingest.split.segment import RawArticle


def _kicker(article: RawArticle) -> str | None:
    """Return the article's text when it is one headline line and nothing else (no title, byline or caption)."""
    if article.title or article.byline or article.captions or len(article.paragraphs) != 1:
        return None
    text = article.paragraphs[0][0].strip()
    return text if is_headline(text) else None


def joined_kickers(articles: list[RawArticle]) -> list[RawArticle]:
    """Return the articles with a lone headline line joined to the titled article right after it
    (争做“学懂弄通做实”排头兵 / 全市……培训会召开 / 本报讯…): one headline, not an article of its own."""
    out: list[RawArticle] = []
    for index, article in enumerate(articles):
        nxt = articles[index + 1] if index + 1 < len(articles) else None
        upper = _kicker(article)
        if upper and nxt is not None and nxt.title and len(upper) + len(nxt.title) < STACKED_MAX and (
                is_main_title(upper, nxt.title)):
            nxt.title = f"{upper} {nxt.title}"
            continue
        out.append(article)
    return out

"""A page of photo news: briefs each closed by its photographer's line (… 罗德明 摄影报道), each an item."""

from __future__ import annotations

from briefgen.ingest.split.segment import RawArticle
from briefgen.ingest.split.vocab import plain, vocab

BRIEFS_MIN = 2  # closing credit lines, each with a brief before it, that make a page of photo news


def _credit_at(article: RawArticle) -> list[int]:
    """Return the indexes of the article's paragraphs that are a photographer's closing line."""
    v = vocab()
    return [i for i, (text, _) in enumerate(article.paragraphs) if v.report_credit.match(plain(text))]


def _briefs(article: RawArticle) -> list[tuple[int, int]] | None:
    """Return (start, credit) of each brief when every credit closes a brief and every brief opens on a lead."""
    credits = _credit_at(article)
    if article.title is not None or len(credits) < BRIEFS_MIN:
        return None
    starts = [0, *(c + 1 for c in credits[:-1])]
    opener = vocab().lead_opener
    if any(c <= s or not opener.match(plain(article.paragraphs[s][0])) for s, c in zip(starts, credits, strict=True)):
        return None
    return list(zip(starts, credits, strict=True))


def _brief(article: RawArticle, start: int, credit: int) -> RawArticle:
    """Return one brief: its paragraphs, its photographer as byline."""
    return RawArticle(column=article.column, source=article.source, dateline=article.dateline,
                      byline=plain(article.paragraphs[credit][0]), paragraphs=article.paragraphs[start:credit])


def split_credited_briefs(articles: list[RawArticle]) -> list[RawArticle]:
    """Return the articles with an untitled page of photo news split into its briefs."""
    out: list[RawArticle] = []
    for article in articles:
        briefs = _briefs(article)
        if briefs is None:
            out.append(article)
            continue
        out.extend(_brief(article, start, credit) for start, credit in briefs)
        out[-1].paragraphs.extend(article.paragraphs[briefs[-1][1] + 1:])
    return out

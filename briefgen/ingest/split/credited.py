"""Photo news: a page of briefs each closed by its photographer's line (… 罗德明 摄影报道), each an item; a
headline over one long caption (…茶园一片忙碌景象。新华社发(宋文 摄)), whose caption is the news."""

from __future__ import annotations

from briefgen.ingest.split.segment import RawArticle
from briefgen.ingest.split.vocab import plain, vocab

BRIEFS_MIN = 2  # closing credit lines, each with a brief before it, that make a page of photo news
PHOTO_NEWS_MIN = 60  # characters of the one caption under a headline that make it the news itself


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


def _photo_news(article: RawArticle) -> bool:
    """Return True for a headline over nothing but one long caption that tells the news in sentences."""
    if article.paragraphs or article.title is None or len(article.captions) != 1:
        return False
    caption = article.captions[0]
    return len(caption) >= PHOTO_NEWS_MIN and "。" in caption


def photo_news_told(articles: list[RawArticle]) -> list[RawArticle]:
    """Return the articles with a photo news item's caption as its text and its credit as its byline."""
    for article in filter(_photo_news, articles):
        caption = article.captions.pop()
        credit = vocab().photo_credit_tail.search(caption)
        if credit:
            caption, article.byline = caption[:credit.start()].rstrip(), article.byline or credit.group(0).strip()
        article.paragraphs.append((caption, -1))
    return articles

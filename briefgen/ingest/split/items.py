"""The last split step: the segmented articles regrouped by what the page is (kicker lines joined, photo pages,
chronicles, running orders and headed digests split into their items, closing credit lines taken off)."""

from __future__ import annotations

import re

from briefgen.ingest.split.chronicle import split_chronicles
from briefgen.ingest.split.closing import closing_credits
from briefgen.ingest.split.credited import photo_news_told, split_credited_briefs
from briefgen.ingest.split.endtitle import titles_printed_last
from briefgen.ingest.split.fragments import fragments_folded
from briefgen.ingest.split.gallery import photo_items
from briefgen.ingest.split.gallerynum import gallery_captions_joined
from briefgen.ingest.split.headed import split_headed_items
from briefgen.ingest.split.numbered import split_numbered_items
from briefgen.ingest.split.opening import joined_kickers
from briefgen.ingest.split.pageglue import without_summary
from briefgen.ingest.split.runorder import split_running_order
from briefgen.ingest.split.segment import RawArticle
from briefgen.ingest.split.subheads import subheads_folded


def page_items(articles: list[RawArticle]) -> list[RawArticle]:
    """Return the articles and items of a segmented document, each an article of its own."""
    articles = split_chronicles(split_numbered_items(photo_items(joined_kickers(articles))))
    articles = split_headed_items(split_running_order(split_credited_briefs(articles)))
    articles = _summaries_dropped(closing_credits(articles))
    articles = fragments_folded(gallery_captions_joined(titles_printed_last(subheads_folded(articles))))
    return _copies_dropped(_repeated_headlines_joined(photo_news_told(articles)))


def _copies_dropped(articles: list[RawArticle]) -> list[RawArticle]:
    """Return the articles without one the page prints again whole (the same title and paragraphs twice in a row)."""
    out: list[RawArticle] = []
    for article in articles:
        if not (out and article.paragraphs and _printed(out[-1]) == _printed(article)):
            out.append(article)
    return out


def _printed(article: RawArticle) -> tuple[str | None, list[str]]:
    """Return the article's title and paragraphs without their spaces."""
    return article.title, [re.sub(r"\s+", "", text) for text, _ in article.paragraphs]


_CJK = re.compile(r"[\u4e00-\u9fff]")
REPEATED_CJK = 8  # a headline printed again over every caption; a digest's column name (HIGHLIGHTS) is no headline


def _repeated_headlines_joined(articles: list[RawArticle]) -> list[RawArticle]:
    """Return the articles with one printed again under the same headline (a photo story that repeats its
    headline over every caption) joined to the one before it."""
    out: list[RawArticle] = []
    for article in articles:
        if out and article.title and article.title == out[-1].title and len(_CJK.findall(article.title)) >= REPEATED_CJK:
            out[-1].paragraphs.extend(article.paragraphs)
            out[-1].captions.extend(article.captions)
        else:
            out.append(article)
    return out


def _summaries_dropped(articles: list[RawArticle]) -> list[RawArticle]:
    """Return the articles without a summary paragraph (摘要：…) standing over their lead."""
    for article in articles:
        if {0, 1} - article.headings == {0, 1} and without_summary([text for text, _ in article.paragraphs[:2]]):
            article.paragraphs.pop(0)
            article.headings = {i - 1 for i in article.headings}
    return articles

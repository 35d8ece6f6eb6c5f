"""The last split step: the segmented articles regrouped by what the page is (kicker lines joined, photo pages,
chronicles, running orders and headed digests split into their items, closing credit lines taken off)."""

from __future__ import annotations

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
    return photo_news_told(fragments_folded(gallery_captions_joined(titles_printed_last(subheads_folded(articles)))))


def _summaries_dropped(articles: list[RawArticle]) -> list[RawArticle]:
    """Return the articles without a summary paragraph (摘要：…) standing over their lead."""
    for article in articles:
        if {0, 1} - article.headings == {0, 1} and without_summary([text for text, _ in article.paragraphs[:2]]):
            article.paragraphs.pop(0)
            article.headings = {i - 1 for i in article.headings}
    return articles

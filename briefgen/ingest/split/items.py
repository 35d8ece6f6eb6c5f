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
from briefgen.ingest.split.pagehead import without_programme
from briefgen.ingest.split.runorder import split_running_order
from briefgen.ingest.split.segment import RawArticle
from briefgen.ingest.split.subheads import subheads_folded


def page_items(articles: list[RawArticle]) -> list[RawArticle]:
    """Return the articles and items of a segmented document, each an article of its own."""
    articles = split_chronicles(split_numbered_items(photo_items(joined_kickers(articles))))
    articles = split_headed_items(split_running_order(split_credited_briefs(articles)))
    articles = _summaries_dropped(closing_credits(articles))
    articles = fragments_folded(gallery_captions_joined(titles_printed_last(subheads_folded(articles))))
    articles = _copies_dropped(_repeated_headlines_joined(_headlines_again_dropped(_list_rests_joined(
        photo_news_told(articles)))))
    for article in articles:
        if article.title:
            article.title = without_programme(article.title, "".join(t for t, _ in article.paragraphs[:PROGRAMME_REACH]))
    return articles


PROGRAMME_REACH = 6  # paragraphs whose words say whether a 《name》 before the headline is the story's own


_LATER_ENTRY = re.compile(r"^(?:[2-9]|1\d)[.、．](?!\d)|^[（(][二三四五六七八九十][)）]|^[二三四五六七八九十][、．]")


def _list_rests_joined(articles: list[RawArticle]) -> list[RawArticle]:
    """Return the articles with an untitled one that opens on a list's later entry with no sentence in it (2.某村（除7组）
    after 1.…) joined to the article before it: the rest of that article's list, not an item of its own (a digest's
    numbered entries tell a sentence each)."""
    out: list[RawArticle] = []
    for article in articles:
        first = article.paragraphs[0][0].strip() if article.paragraphs else ""
        if out and article.title is None and not article.byline and _LATER_ENTRY.match(first) and not any(
                mark in first for mark in "。！？"):
            out[-1].paragraphs.extend(article.paragraphs)
            out[-1].captions.extend(article.captions)
        else:
            out.append(article)
    return out


_BAR = re.compile(r"\s*[|｜]")


def _headlines_again_dropped(articles: list[RawArticle]) -> list[RawArticle]:
    """Return the articles without an untitled one that is only the next one's headline with a mirror's words after
    a bar (某某十五载铸就沪果情深|spam over 中新网…电 题：某某十五载铸就沪果情深)."""
    return [a for a, nxt in zip(articles, [*articles[1:], None], strict=False)
            if not (nxt is not None and nxt.title and a.title is None and len(a.paragraphs) == 1
                    and _BAR.split(a.paragraphs[0][0], maxsplit=1)[0].strip() == nxt.title)]


def _copies_dropped(articles: list[RawArticle]) -> list[RawArticle]:
    """Return the articles without one the page prints again whole (the same title and paragraphs twice in a row)."""
    out: list[RawArticle] = []
    for article in articles:
        if not (out and article.paragraphs and _same_shape(out[-1], article) and _printed(out[-1]) == _printed(article)):
            out.append(article)
    return out


def _same_shape(a: RawArticle, b: RawArticle) -> bool:
    """Return True when two articles have the same title and as many paragraphs (needed to print the same)."""
    return a.title == b.title and len(a.paragraphs) == len(b.paragraphs)


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

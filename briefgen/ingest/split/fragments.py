"""Fragments a split leaves between articles: a few words with no sentence (a caption, a menu's remains)."""

from __future__ import annotations

from briefgen.ingest.split.segment import RawArticle

FRAGMENT_MAX = 40  # characters: an untitled piece this short with no sentence is no article
FRAGMENTS_MAX = 2  # more such pieces beside one article are a list of headlines, each an item
SENTENCE_ENDS = ("。", "！", "？", "!", "?")


def _fragment(article: RawArticle) -> bool:
    """Return True for an untitled piece of a few words that holds no sentence."""
    texts = [text for text, _ in article.paragraphs]
    return (not article.title and sum(map(len, texts)) <= FRAGMENT_MAX
            and not any(end in text for text in texts for end in SENTENCE_ENDS))


def fragments_folded(articles: list[RawArticle]) -> list[RawArticle]:
    """Return the one article of a page split into it and fragments, the fragments kept as its captions.

    A page of several articles keeps its short items, and so does a list of headlines: each is an item.
    """
    kept = [a for a in articles if not _fragment(a)]
    if len(articles) < 2 or len(kept) != 1 or len(articles) - 1 > FRAGMENTS_MAX:
        return articles
    kept[0].captions.extend(text for a in articles if a is not kept[0] for text, _ in a.paragraphs)
    return kept

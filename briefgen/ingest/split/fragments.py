"""Fragments a split leaves between articles: a few words with no sentence (a caption, a menu's remains)."""

from __future__ import annotations

from briefgen.ingest.split.segment import RawArticle

FRAGMENT_MAX = 40  # characters: an untitled piece this short with no sentence is no article
OPENING_MAX = 200  # an untitled opening piece over a titled article: a spam host's keywords, longer
KEYWORD_COMMAS = 3  # commas in such a piece: a list of phrases, not a headline glued to its date
FRAGMENTS_MAX = 2  # more such pieces beside one article are a list of headlines, each an item
SENTENCE_ENDS = ("。", "！", "？", "!", "?")


def _fragment(article: RawArticle, most: int = FRAGMENT_MAX) -> bool:
    """Return True for an untitled piece of at most ``most`` characters that holds no sentence."""
    texts = [text for text, _ in article.paragraphs]
    return (not article.title and sum(map(len, texts)) <= most
            and not any(end in text for text in texts for end in SENTENCE_ENDS))


def _keywords(article: RawArticle) -> bool:
    """Return True for a piece that holds a list of phrases set apart by commas (精品视频…,久久…,亚洲…,…)."""
    return sum(text.count(",") + text.count("，") for text, _ in article.paragraphs) >= KEYWORD_COMMAS


def fragments_folded(articles: list[RawArticle]) -> list[RawArticle]:
    """Return the one article of a page split into it and fragments, the fragments kept as its captions.

    A page of several articles keeps its short items, and so does a list of headlines: each is an item.
    """
    opening = OPENING_MAX if len(articles) > 1 and articles[1].title and _keywords(articles[0]) else FRAGMENT_MAX
    kept = [a for i, a in enumerate(articles) if not _fragment(a, opening if i == 0 else FRAGMENT_MAX)]
    if len(articles) < 2 or len(kept) != 1 or len(articles) - 1 > FRAGMENTS_MAX:
        return articles
    kept[0].captions.extend(text for a in articles if a is not kept[0] for text, _ in a.paragraphs)
    return kept

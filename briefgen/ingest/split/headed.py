"""A digest whose paragraphs each open with their own headline sentence (十件大事: 主城融合开启新征程。…)."""

from __future__ import annotations

import re

from briefgen.ingest.split.segment import RawArticle
from briefgen.ingest.split.vocab import looks_like_title, vocab

_HEAD_SENTENCE = re.compile(r"^([^，,、；;：:。！？]{5,20})[。！]")
ITEMS_MIN = 4
ITEMS_SHARE = 0.6  # of the paragraphs after the first (an introduction may stand before the items)
NARRATIVE_LOOK = 3  # characters after a head sentence where a pronoun takes it up (她、他们)
PARALLEL_PHRASE_MAX = 8  # heads all this short and of one length are a report's parallel points
PARALLEL_SHARED = 3  # characters every head has at the same place: a series of points (舞出一个“美”字), not items


# a head sentence over a dated lead (青浦集体调研体育改革、文旅产业发展情况。8月24日，…): a list mark may stand in it
_DATED_HEAD = re.compile(r"^([^，,；;：:。！？]{5,30})[。！](?=\s*(?:\d{1,2}月\d{1,2}日|近日|日前))")
DATED_ITEMS_MIN = 2  # heads over dated leads that make a digest


def _dated_head(text: str) -> str | None:
    found = _DATED_HEAD.match(text.strip())
    return found.group(1) if found and looks_like_title(found.group(1).replace("、", "")) else None


def _head(text: str) -> str | None:
    found = _HEAD_SENTENCE.match(text.strip())
    if found is None or vocab().enumerator.match(found.group(1)):  # 一是明确发展导向。: a point, not an item
        return None
    if vocab().narrative_head.search(text.strip()[: found.end() + NARRATIVE_LOOK]):
        return None  # 优秀教师代表上台发言。她结合…: a sentence of one report told in order, not an item's head
    return found.group(1) if looks_like_title(found.group(1)) and len(text) > found.end() else None


def _parallel(heads: list[str]) -> bool:
    """Return True when the heads are one pattern (…一个“美”字, …一个“法”字), or phrases of one short length
    (强化党建引领。注重产业赋能。突出乡贤带动。): points of one article."""
    if len({len(h) for h in heads}) != 1:
        return False
    if len(heads[0]) <= PARALLEL_PHRASE_MAX:
        return True
    return sum(len(set(chars)) == 1 for chars in zip(*heads, strict=True)) >= PARALLEL_SHARED


def _announced(article: RawArticle, heads: list[str | None]) -> bool:
    """Return True when the headed paragraphs are a list's items: the text opens on one, or its title or opening
    names a list (十件大事, 要闻, 盘点); under any other opening they are the points of one report."""
    return heads[0] is not None or bool(vocab().list_intro.search(f"{article.title or ''}{article.paragraphs[0][0]}"))


def split_headed_items(articles: list[RawArticle]) -> list[RawArticle]:
    """Return the articles with every digest of headed paragraphs split into one item per paragraph."""
    out: list[RawArticle] = []
    for article in articles:
        heads = [_head(text) for text, _ in article.paragraphs]
        least = ITEMS_MIN
        if sum(h is not None for h in heads) < ITEMS_MIN or not _announced(article, heads):
            heads, least = [_dated_head(text) for text, _ in article.paragraphs], DATED_ITEMS_MIN  # each over its dated lead
        rest = heads[1:]
        found = [h for h in heads if h is not None]
        if not heads or len(found) - (heads[0] is not None) < max(least, ITEMS_SHARE * len(rest)) or _parallel(found):
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

"""Sub-heads inside one reported article (科学布防 织密巡逻防控“安全网”): sections of it, not articles of their own."""

from __future__ import annotations

import re

from briefgen.ingest.split.segment import RawArticle
from briefgen.sentences import split_sentences

SECTIONS_MAX = 4  # sub-heads one article carries; more titled pieces make a digest
_NEWS_OPENING = re.compile(r"\d{1,2}月\d{1,2}日|\d{1,2}日[上下]午|近日|近期|日前|连日来|前不久|昨日|昨天|今日|今天|本报讯|本网讯"
                           r"|讯[（(]|^[（(][^（）()]{1,12}[）)]")  # …or a credit left in brackets: (邬 盛)近期，…


def _section(article: RawArticle) -> bool:
    """Return True for a titled piece with no credit, date line or news opening: a section under a sub-head."""
    if article.title is None or article.byline or article.dateline or not article.paragraphs:
        return False
    first = split_sentences(article.paragraphs[0][0])
    return not first or _NEWS_OPENING.search(first[0]) is None


def _reported(article: RawArticle) -> bool:
    """Return True for a news article: a credit, or a news opening (a date, 近日, …讯) in its first sentence."""
    first = split_sentences(article.paragraphs[0][0]) if article.paragraphs else []
    return bool(article.byline) or bool(first) and _NEWS_OPENING.search(first[0]) is not None


def subheads_folded(articles: list[RawArticle]) -> list[RawArticle]:
    """Return the articles with the sections after a reported article (本报讯(记者 …), 6月25日，…) folded into
    it, each sub-head kept as a heading of its body."""
    if not 1 < len(articles) <= SECTIONS_MAX + 1 or not _reported(articles[0]) or not all(
            _section(a) for a in articles[1:]):
        return articles
    whole = articles[0]
    for section in articles[1:]:
        whole.add_heading(section.title or "", section.paragraphs[0][1])
        whole.paragraphs.extend(section.paragraphs)
        whole.captions.extend(section.captions)
    return [whole]

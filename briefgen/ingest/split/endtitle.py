"""A headline a copy printed after the body (a scraper's title field saved last): the title, not body text."""

from __future__ import annotations

import re

from briefgen.ingest.split.pagehead import bare_headline
from briefgen.ingest.split.pagelines import is_headline
from briefgen.ingest.split.segment import RawArticle

_CJK_PAIR = re.compile(r"[\u4e00-\u9fff]{2}")
SHARED_MIN = 0.5  # share of the line's two-character pieces the lead holds: the line names the lead's story


def _pairs(text: str) -> set[str]:
    """Return the text's two-character pieces made of Chinese characters only (no quotes or spaces)."""
    return {text[i:i + 2] for i in range(len(text) - 1) if _CJK_PAIR.fullmatch(text[i:i + 2])}


def _names_the_lead(line: str, lead: str) -> bool:
    pairs = _pairs(line)
    return bool(pairs) and len(pairs & _pairs(lead)) >= SHARED_MIN * len(pairs)


def titles_printed_last(articles: list[RawArticle]) -> list[RawArticle]:
    """Return the articles with an untitled one's last line taken as its title when it reads as a headline
    that names the lead's story (睢县税务系统组织“新闻月赛”重奖有功税官 after a lead on that contest)."""
    for article in articles:
        if article.title is not None or len(article.paragraphs) < 2:
            continue
        last = article.paragraphs[-1][0].strip()
        if is_headline(last) and _names_the_lead(last, article.paragraphs[0][0]):
            article.title = bare_headline(last)
            article.pop_paragraph()
    return articles

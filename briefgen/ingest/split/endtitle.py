"""A headline a copy printed after the body (a scraper's title field saved last): the title, not body text."""

from __future__ import annotations

import re

from briefgen.ingest.split.pagehead import bare_headline
from briefgen.ingest.split.pageinfo import date_line, page_info
from briefgen.ingest.split.pagelines import (
    is_body_line,
    is_chrome_line,
    is_hard_tail,
    is_headline,
    is_tail_line,
)
from briefgen.ingest.split.segment import RawArticle
from briefgen.readers.base import Block
from briefgen.readers.infoline import is_credit_line

_CJK_PAIR = re.compile(r"[\u4e00-\u9fff]{2}")
SHARED_MIN = 0.5  # share of the line's two-character pieces the lead holds: the line names the lead's story
DATED_SHARED_MIN = 0.3  # the same over a dated info line, which already says the line heads the page


# a repost site's citation under the text: 标题:某某 / 地址:http://…
_CITED_TITLE = re.compile(r"^\s*标题\s*[:：]\s*(\S.{3,60}?)\s*$")
_CITED_ADDRESS = re.compile(r"^\s*(?:地址|网址|链接|原文链接|本文链接|原文地址)\s*[:：]\s*(?:https?://|www\.)")


def cited_title_first(blocks: list[Block]) -> list[Block]:
    """Return the blocks with a headline that only a citation under the text gives (标题:某某 over 地址:http://…)
    set as the page's first line, when no line above it prints it."""
    at = next((i for i in range(len(blocks) - 1) if _CITED_TITLE.match(blocks[i].text)
               and _CITED_ADDRESS.match(blocks[i + 1].text)), None)
    if at is None:
        return blocks
    title = _CITED_TITLE.match(blocks[at].text)[1]  # type: ignore[index]
    printed = next((i for i in range(at) if blocks[i].text.strip() == title), None)  # a spun copy's, inside the text
    if printed is None and any(title.strip("“”\"") in b.text for b in blocks[:at]) or printed == 0:
        return blocks
    return [Block(bare_headline(blocks[at].text), blocks[0].line, "paragraph"), *blocks[:at], *blocks[at + 2:]]


def _pairs(text: str) -> set[str]:
    """Return the text's two-character pieces made of Chinese characters only (no quotes or spaces)."""
    return {text[i:i + 2] for i in range(len(text) - 1) if _CJK_PAIR.fullmatch(text[i:i + 2])}


def _names_the_lead(line: str, lead: str, share: float = SHARED_MIN) -> bool:
    pairs = _pairs(line)
    return bool(pairs) and len(pairs & _pairs(lead)) >= share * len(pairs)


def _dated(text: str) -> bool:
    return (page_info(text) or (None,))[0] is not None or date_line(text) is not None


def _info_or_credit(text: str) -> bool:
    return page_info(text) is not None or is_credit_line(text) or date_line(text) is not None


def title_and_info_last(texts: list[str]) -> tuple[int, int] | None:
    """Return where a headline printed after the body (the page opens on its text) starts and where the info
    lines under it end, when the page's dated info line is among them and only site chrome, info or credit lines
    follow (text / 光伏发电照亮脱贫路 / 来源: 发布日期:2018-06-21 / 上一条:…; … / 某某特大桥全面通车 / 来源:某报 /
    2024年01月27日 / 版次:A03), or None."""
    if not texts or not is_body_line(texts[0]):
        return None  # the page opens on its text
    at = next((i for i in range(2, len(texts)) if _dated(texts[i])), None)
    top = at
    while top is not None and top > 2 and _info_or_credit(texts[top - 1]):
        top -= 1  # 来源:某报 over the date line
    if at is None or top is None or not is_headline(texts[top - 1]) or not _names_the_lead(
            texts[top - 1], "".join(texts[:top - 1]), DATED_SHARED_MIN):
        return None
    end = at + 1
    while end < len(texts) and _info_or_credit(texts[end]):
        end += 1
    for text in texts[end:]:
        if is_hard_tail(text):
            break
        if not (is_chrome_line(text) or is_tail_line(text)):
            return None
    return top - 1, end


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

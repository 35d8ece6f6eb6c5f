"""What stands over and after the text of a page copied without its site's chrome: the headline over a site's name,
a place and captions, a headline with its date, photo captions and info lines between headline and text, a box of key
figures over the text, the stamps of lost links after it."""

from __future__ import annotations

import re

from briefgen.ingest.split.pagelines import DATE_ONLY, is_headline, is_reporter_line
from briefgen.ingest.split.structure import Layout
from briefgen.ingest.split.vocab import ends_sentence, is_lead, looks_like_title, plain, vocab
from briefgen.readers.base import Block
from briefgen.readers.infoline import read_info_line
from briefgen.sentences import CLAUSE_MARK

CAPTION_LINE_MAX = 150  # characters of a line that ends on a photo credit and is its caption, not text


LEAD_REACH = 12  # lines under a page's first headline (its site's name, captions, a source) within which its lead stands
_COUNTS = re.compile(r"\s\d+\s+\d+$")  # 天涯百科 百科知识 42 0: a column's name and its reading and comment counts


_DATED_HEADLINE = re.compile(r"^(.{6,60}?)\s+((?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2})$")


def dated_headline(text: str) -> tuple[str, str] | None:
    """Return the headline and the date printed after it on the text's first line, or None."""
    found = _DATED_HEADLINE.match(text)
    return (found[1], found[2]) if found is not None and is_headline(found[1]) else None


def lead_below(blocks: list[Block], i: int, end: int) -> int | None:
    """Return the line of a news lead that follows line ``i`` within a few lines that are none of them text (a site's
    name, a place, photo captions, a source: 绿水青山踏歌行丨… / 金台资讯 / ·北京 / …白鸽摄 / 人民网西安9月19日电…),
    or None."""
    for j in range(i + 1, min(end, i + 1 + LEAD_REACH)):
        if j > i + 1 and (lead_at(blocks, j, end) or blocks[j].kind != "heading" and vocab().lead_opener.match(
                plain(blocks[j].text))):
            return j  # 人民网西安9月19日电… or 8月11日，…
        if not (_between_headline_and_lead(blocks[j]) or j == i + 1 and is_headline(plain(blocks[i].text)) and main_line(
                plain(blocks[j].text))):  # a lead-in and its main line; a column's name (代表工作) is no lead-in
            return None
    return None


def main_line(text: str) -> bool:
    """Return True for a headline's main line under its lead-in (忆往昔 展未来 / 20余名优秀退役军人共迎“八一”)."""
    return looks_like_title(text) and is_headline(text) and _COUNTS.search(text) is None


def _between_headline_and_lead(block: Block) -> bool:
    """Return True for a line that may stand between a page's headline and its lead: no text."""
    text = plain(block.text)
    return block.kind != "heading" and (photo_caption(text) or metadata_line(text) or _source_note(text) or (
        len(text) <= SHORT_LINE_MAX and CLAUSE_MARK.search(text) is None and (
            not is_headline(text) or _COUNTS.search(text) is not None)))


SHORT_LINE_MAX = 16  # a line this short without a clause mark under a headline is a site's name or a place


def _source_note(text: str) -> bool:
    """Return True for a bracketed source note on a line of its own ((来源:某县民政局))."""
    return re.fullmatch(r"[（(]\s*来源\s*[:：][^（）()]{2,30}[）)]", text.strip()) is not None


def lead_at(blocks: list[Block], j: int, end: int) -> bool:
    """Return True when line ``j`` (before ``end``) is a news lead, not a heading."""
    return j < end and blocks[j].kind != "heading" and is_lead(plain(blocks[j].text))


def metadata_line(text: str) -> bool:
    """Return True for a date, byline, salutation, info line or photo caption, which may stand between title and
    body (江西省…新闻发布会在南昌举行 / 新闻发布会现场(黄玉婷 摄) / 12月9日，…)."""
    v = vocab()
    return bool(v.dateline.match(text) or v.byline.match(text) or v.salutation.match(text)) or (
        read_info_line(text) is not None or is_reporter_line(text) or photo_caption(text))


def photo_caption(text: str) -> bool:
    """Return True for a photo's caption on a line of its own (会议现场, 图为…, …现场(某某 摄))."""
    v = vocab()
    return bool(v.scene_caption.match(text) or v.caption_line.match(text) or v.caption_credit.match(text)) or (
        len(text) <= CAPTION_LINE_MAX and v.caption_inline.search(text) is not None and not ends_sentence(text))


HIGHLIGHTS_MIN = 3  # lines of key figures, none a sentence, that open a text as its highlight box
HIGHLIGHT_MAX = 60
_FIGURE = re.compile(r"\d+(?:\.\d+)?\s*(?:%|万|亿|千|百|个|项|家|人|元|亩|斤|吨|公里|米|户|所|座|条|倍|连)")


def figure_highlights(blocks: list[Block], layout: Layout) -> range:
    """Return the lines of a key-figure box that opens the text (…送水近710亿立方米 / …突破1700亿元 / …133.6亿斤 over
    又是一年芳草绿，…。): short lines, each with a figure and none a sentence, over the text's first sentence."""
    end = layout.start
    while end < layout.end and _highlight_line(plain(blocks[end].text)):
        end += 1
    told = end < layout.end and ends_sentence(plain(blocks[end].text))
    return range(layout.start, end) if end - layout.start >= HIGHLIGHTS_MIN and told else range(0)


def _highlight_line(text: str) -> bool:
    """Return True for a short line with a figure that is no sentence: a line of a key-figure box."""
    return len(text) <= HIGHLIGHT_MAX and not ends_sentence(text) and not text.endswith(("，", ",", "：", ":")) and (
        _FIGURE.search(text) is not None)


STAMP_RUN = 2  # bare dates ending a text: the stamps of related links whose titles were lost


def without_stamp_run(paragraphs: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Return the paragraphs without a run of bare date lines after the last (…学习环境。 / 2020-09-24 / 2020-09-23)."""
    keep = len(paragraphs)
    while keep > 0 and DATE_ONLY.match(paragraphs[keep - 1][0]):
        keep -= 1
    return paragraphs[:keep] if len(paragraphs) - keep >= STAMP_RUN and keep > 0 else paragraphs

"""A saved or copied web page: site chrome around one article, found by the page's own landmarks.

The landmarks are the info line (发布时间：… 来源：…) and the headline beside it, the first body
paragraph, and the editor lines, share buttons and related links that end the body. A page framed this
way is one article unless its body is a list of marked items (◆ bullets, several 本报讯 leads).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import yaml

from briefgen.ingest.structure import layout_of
from briefgen.ingest.vocab import ends_sentence, is_lead, plain, vocab
from briefgen.readers.base import Block
from briefgen.readers.infoline import read_info_line
from briefgen.resources import data_file

HEAD_MAX = 40  # blocks from the top within which the info line and headline are looked for
TITLE_REACH = 4  # blocks above the info line (or body) in which its headline stands
TITLE_MIN, TITLE_MAX = 6, 80
CHROME_MAX = 40  # a chrome or tail line is short
BODY_MIN = 40  # a paragraph this long with a comma is body text
STRONG_BODY = 80  # the info line stands above the first paragraph this long
GLUED_MAX = 4  # page fragments glued one after another before a first paragraph
TAIL_REACH = 8
SOURCE_ONLY_TOP = 3  # a labelled source line (来源：…) this near the top is a page's info line  # blocks after a tail line in which another marks the page's tail
ITEM_MARKS_MIN = 2
CRUMB_STEP_MAX = 16
_CRUMB = re.compile(r"\s*(?:->|>>|»|>|＞|→|/)\s*")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_LABEL = re.compile(r"^[^：:，,。]{1,6}[:：]")
_FULL_DATE = re.compile(r"(?:19|20)\d\d\s*(?:[-./]\s*\d{1,2}\s*[-./]\s*\d{1,2}|年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)")
INFO_MAX = 120
_DATE_FIELD = re.compile(r"(?:发布|发表|公开|发文|成文|生成|更新)?(?:时间|日期)\s*[:：|｜]\s*(" + _FULL_DATE.pattern + ")")
_SOURCE_FIELD = re.compile(r"(?:来\s*源|来自|发布机构)\s*[:：|｜]\s*([^\s|｜:：]{2,20})")
_CLOCK = re.compile(r"\d{1,2}[:：]\d{2}(?:[:：]\d{2})?")
_DATE_ONLY = re.compile(r"^[\s(（]*(?:(?:19|20)\d\d[-./年])?\d{1,2}[-./月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?[)）\s]*$")


@dataclass
class PageFrame:
    """Where a page's article is: headline, info line, byline and the body's blocks."""

    title: str | None
    info: tuple[str | None, str | None] | None
    body: list[Block]
    byline: str | None = None
    multi: bool = False
    anchored: bool = True  # a headline or info line was found; else only the page's chrome and tail


@functools.cache
def chrome() -> dict[str, list[str]]:
    """Return the page-chrome vocabulary from ``data/page_chrome.yaml``."""
    with data_file("page_chrome.yaml").open(encoding="utf-8") as fh:
        return dict(yaml.safe_load(fh))


def _squeeze(text: str) -> str:
    return "".join(text.split())


def is_breadcrumb(text: str) -> bool:
    """Return True for a short navigation path (首页 > 新闻 > 正文): three or more short steps."""
    if len(text) > 80 or "<" in text or ends_sentence(text) or "，" in text:
        return False
    steps = _CRUMB.split(text.strip())
    return len(steps) >= 3 and all(0 < len(step) <= CRUMB_STEP_MAX for step in steps[:-1])


def is_chrome_line(text: str) -> bool:
    """Return True for a navigation line, page button or e-paper control."""
    squeezed = _squeeze(text)
    vocab_ = chrome()
    if squeezed in {_squeeze(w) for w in vocab_["chrome_lines"]} or _glued().fullmatch(text.strip()):
        return True
    return len(squeezed) <= CHROME_MAX and squeezed.startswith(tuple(vocab_["chrome_prefixes"])) or (
        is_breadcrumb(text))


def is_tail_line(text: str) -> bool:
    """Return True for a line that ends an article's body (责任编辑, 分享到, 相关阅读, 版权所有 …)."""
    squeezed = _squeeze(text).lstrip("【[（(")
    vocab_ = chrome()
    if squeezed.startswith(tuple(vocab_["tail_disclaimers"])):
        return True
    if squeezed.startswith(tuple(p.lstrip("【[（(") for p in vocab_["tail_prefixes"])):
        return len(squeezed) <= 4 * CHROME_MAX
    return len(squeezed) <= 3 * CHROME_MAX and any(m in text for m in vocab_["tail_marks"])


def page_info(text: str) -> tuple[str | None, str | None] | None:
    """Return (date, source) of an info line: labelled (发布时间：…), in a 信息公开 table, or bare
    (2021-04-23 09:37 宝鸡日报)."""
    text = text.strip()
    labelled = read_info_line(text)
    if labelled is not None:
        return labelled
    if len(text) > INFO_MAX or "。" in text:
        return None
    dated, source = _DATE_FIELD.search(text), _SOURCE_FIELD.search(text)
    if dated is None and source is not None:
        dated = _FULL_DATE.search(text)
    if dated is not None:
        group = dated.lastindex or 0
        if _archived(text, dated.start(group)):
            return None
        return dated.group(group), source.group(1) if source else None
    return _bare_info(text)


def _archived(text: str, at: int) -> bool:
    """Return True when the date at ``at`` is labelled as an archive or crawl time, not publication."""
    return text[max(0, at - 8):at].rstrip(" :：|｜").endswith(tuple(chrome()["not_publication_labels"]))


def _bare_info(text: str) -> tuple[str | None, str | None] | None:
    found = _FULL_DATE.search(text)
    if found is None or len(text) > 60:
        return None
    rest = _CLOCK.sub(" ", text[: found.start()] + " " + text[found.end():])
    words = [w for w in re.split(r"[\s|｜/]+", rest) if re.search(r"\w", w)]
    if not words and not _CLOCK.search(text) or len(words) > 3:
        return None
    if any(re.search(r"[，,。；;！？:：]", w) or len(w) > 14 for w in words):
        return None
    return found.group(0), (max(words, key=len) if words else None)


def is_headline(text: str) -> bool:
    """Return True for a line that reads as a headline (not a label, byline, date, chrome or sentence)."""
    v = vocab()
    text = text.strip()
    if not TITLE_MIN <= len(text) <= TITLE_MAX or len(_CJK.findall(text)) < 4:
        return False
    if text.rstrip("”’」』）)").endswith(("。", "；", ";", "：", ":", "，", ",")) or _LABEL.match(text):
        return False
    if text.count("|") + text.count("｜") >= 2 or re.search(r"\d{9,}", text):  # a table row or an index number
        return False
    return not (is_chrome_line(text) or is_tail_line(text) or page_info(text) or v.byline.match(text)
                or v.caption_credit.match(text) or v.caption_inline.search(text) or v.dateline.match(text)
                or _DATE_ONLY.match(text) or v.subtitle.match(text) or is_lead(text) or _reporter_line(text))


def is_body_line(text: str) -> bool:
    """Return True for a paragraph of article text."""
    text = text.strip()
    if is_lead(text):
        return True
    if is_chrome_line(text) or is_tail_line(text) or page_info(text):
        return False
    commas = re.search(r"[，,、；]", text) is not None
    return len(text) >= BODY_MIN and commas or ends_sentence(text) and len(text) >= 10 and (
        commas or len(text) >= 16)


def _info_index(texts: list[str]) -> int | None:
    """Return the index of the page's info line: one with a date, above the first long body paragraph."""
    strong = next((i for i, t in enumerate(texts) if len(t) >= STRONG_BODY and is_body_line(t)), len(texts))
    for i, text in enumerate(texts[:min(HEAD_MAX, strong)]):
        info = page_info(text)
        if info is not None and (info[0] is not None or i < SOURCE_ONLY_TOP and read_info_line(text)):
            return i
    return None


def _body_start(texts: list[str], after: int) -> int | None:
    return next((i for i in range(after, len(texts)) if is_body_line(texts[i])), None)


def _title_above(texts: list[str], at: int, floor: int) -> int | None:
    """Return the index of the headline in the few blocks above ``at`` (subtitles and chrome skipped)."""
    for i in range(at - 1, max(floor, at - 1 - TITLE_REACH), -1):
        if is_headline(texts[i]) and len(texts[i]) >= TITLE_MIN + 2:
            return i
    return None


def _title_between(texts: list[str], start: int, end: int) -> int | None:
    return next((i for i in range(start, end) if is_headline(texts[i])), None)


def _end(texts: list[str], start: int) -> int:
    """Return the index where the body ends: a page's tail (editor lines, links, notices), or a related-links list.

    A tail line ends the page only when no long paragraph follows it or more tail lines come soon after:
    a newspaper's per-article editor line is followed by the next article.
    """
    for i in range(start, len(texts)):
        if _related_list(texts, i) or is_tail_line(texts[i]) and _page_tail(texts, i):
            return i
    return len(texts)


def _page_tail(texts: list[str], i: int) -> bool:
    after = texts[i + 1:]
    soon = sum(is_tail_line(t) or is_chrome_line(t) for t in after[:TAIL_REACH])
    return soon >= 1 or not any(len(t) >= STRONG_BODY and is_body_line(t) for t in after)


def _related_list(texts: list[str], i: int) -> bool:
    """Return True where two headline + date-only pairs begin (a list of related links)."""
    pairs = [(texts[j], texts[j + 1]) for j in (i, i + 2) if j + 1 < len(texts)]
    return len(pairs) == 2 and all(is_headline(a) and _DATE_ONLY.match(b) for a, b in pairs)


def _item_marks(texts: list[str]) -> int:
    v = vocab()
    return sum(bool(v.item_bullet.match(t) or is_lead(t) or v.column_tag.match(t)) for t in texts)


def frame_page(blocks: list[Block], web: bool = False, title: str | None = None) -> PageFrame | None:
    """Return the page frame of ``blocks``, or None when they do not look like a web page.

    ``web`` says the reader knows the blocks come from a web page (an .html file); ``title`` is the
    headline the reader found in the page's markup, which wins over a headline-like line.
    """
    texts = [plain(b.text) for b in blocks]
    if not web and layout_of(blocks).masthead is not None:  # a bulletin: its masthead is no site chrome
        return None
    info_at = _info_index(texts)
    chrome_seen = any(is_chrome_line(t) for t in texts[:HEAD_MAX]) or any(is_tail_line(t) for t in texts)
    if info_at is None and not (web or chrome_seen):
        return None
    search_from = (info_at + 1) if info_at is not None else 0
    start = _body_start(texts, search_from)
    if start is None:
        return None
    title_at = None
    if info_at is not None:
        title_at = _title_above(texts, info_at, -1)
        if title_at is None:
            title_at = _title_between(texts, info_at + 1, start)
    if title_at is None:
        title_at = _title_above(texts, start, -1 if info_at is None else info_at)
    if title and title in texts[:start]:
        title_at = texts.index(title)
    return _frame(blocks, texts, info_at, title_at, start, title)


def _frame(blocks: list[Block], texts: list[str], info_at: int | None, title_at: int | None,
           start: int, given: str | None) -> PageFrame:
    title = given or (texts[title_at] if title_at is not None else None)
    end = _end(texts, start)
    head = range(min(x for x in (info_at, title_at, start) if x is not None), start)
    v = vocab()
    byline = next((texts[i] for i in head if v.byline.match(texts[i]) or _reporter_line(texts[i])), None)
    body = [b for b, t in zip(blocks[start:end], texts[start:end], strict=True)
            if not is_chrome_line(t) and t != title]
    info = page_info(texts[info_at]) if info_at is not None else None
    body = [_without_trailer(b) for b in body]
    if body:
        text, glued = unglue(body[0].text, title)
        body[0] = Block(text, body[0].line, body[0].kind, body[0].level)
        if glued and _CLOCK.search(glued) and (info is None or info[0] is None):
            stamp = page_info(glued)
            info = (stamp[0], info[1] if info else None) if stamp else info
    marks = _item_marks([plain(b.text) for b in body])
    return PageFrame(title, info, body, byline, multi=marks >= ITEM_MARKS_MIN, anchored=bool(title or info))


@functools.cache
def _trailer() -> re.Pattern[str]:
    return re.compile("(?:" + "|".join(f"(?:{p})" for p in chrome()["glued_suffixes"]) + ")+$")


def _without_trailer(block: Block) -> Block:
    """Return ``block`` without a reposting note glued to its end ((原题为《…》)(本文来自…))."""
    text = _trailer().sub("", block.text.rstrip())
    return Block(text or block.text, block.line, block.kind, block.level)


@functools.cache
def _glued() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in chrome()["glued_prefixes"]))


def unglue(text: str, title: str | None) -> tuple[str, str]:
    """Return a first body paragraph without the page text glued before it (reading time, 摘要：, a time
    stamp, the headline), and that glued text."""
    rest = text.strip()
    for _ in range(GLUED_MAX):
        found = _glued().match(rest)
        if found is None or not found.group(0):
            break
        rest = rest[found.end():]
    if title and rest.startswith(title) and len(rest) > len(title) + BODY_MIN // 2:
        rest = rest[len(title):].lstrip(" 　:：")
    return (rest or text), text.strip()[: len(text.strip()) - len(rest)] if rest else ""


def _reporter_line(text: str) -> bool:
    """Return True for a credit line naming reporters (渭南日报 记者 马培尧, …记者 吴彦飞 通讯员 …)."""
    return len(text) <= 60 and re.search(r"(?:记者|通讯员|实习生)\s*[\u4e00-\u9fff·]{2,4}", text) is not None and (
        not ends_sentence(text) and "，" not in text and "," not in text)

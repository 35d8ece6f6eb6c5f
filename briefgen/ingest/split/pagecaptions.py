"""Photo captions a web page prints around its text: over the lead (在某小区，志愿者在清扫街道。/ 本报讯…),
and twice at a paragraph's end (…规范化。 在某小区，志愿者在发放资料。/ 志愿者在发放资料。)."""

from __future__ import annotations

import re

from briefgen.ingest.split.pagevocab import spam_brand
from briefgen.ingest.split.vocab import is_lead, vocab
from briefgen.readers.base import Block
from briefgen.sentences import split_sentences

CAPTION_MAX = 60  # characters of one photo's caption
TOLD_CAPTION_MAX = 120  # characters of a photo told in sentences over its marked caption
_SCENE = re.compile(r"^[\u4e00-\u9fff]{4,24}(?:一角|全景|掠影|远景|夜景)。$")  # a photo naming a place's view
UNMARKED_LINE_MAX = 30  # a line of words with no mark over a credited lead (a photo's, a subhead) is this short
CAPTIONS_OVER_LEAD = 2  # caption lines that can stand between the headline and a 本报讯 lead
TWICE_MIN = 8
GALLERY_MIN, GALLERY_CAPTION_MAX = 2, 40  # a gallery over the body: this many captions, each this short
GALLERY_SHARED = 2  # characters every caption of a gallery opens with (工作人员…, 4月…), short lines of text differ
BODY_AFTER_GALLERY = 60  # characters of the first paragraph under a gallery  # characters a caption printed twice shares with its copy


def _told_caption(texts: list[str], at: int) -> bool:
    """Return True for a photo told in a few sentences right over its marked caption (1月5日上午8时，车辆正通过…。当日，
    …通车。 / 图为…的位置。 (资料图片)), or for that marked caption."""
    marked = vocab().caption_line.match
    if marked(texts[at]):
        return True
    sentences = split_sentences(texts[at])
    if len(texts[at]) <= TOLD_CAPTION_MAX and len(sentences) > 1 and marked(sentences[-1].strip()) and not is_lead(
            texts[at]):
        return True  # 某中心预计今年5月完工投用。图为中心内部环境效果图。: the mark closes the photo's sentences
    told = texts[at].rstrip().endswith("。") or vocab().caption_inline.search(texts[at]) is not None  # …。 某某 摄
    return (len(texts[at]) <= TOLD_CAPTION_MAX and told and not is_lead(texts[at])
            and at + 1 < len(texts) and bool(marked(texts[at + 1])))


def over_credited_lead(texts: list[str]) -> bool:
    """Return True when the text opens, right over a credited lead (某某网讯 …), on a short line with no mark at all (a
    photo's words or a subhead: 巡护员跋山涉水守护森林安全) or on a gambling site's pitch (某某国际代理开户…)."""
    first = texts[0].strip() if texts else ""
    if len(texts) < 2 or not is_lead(texts[1].strip()):
        return False
    unmarked = len(first) <= UNMARKED_LINE_MAX and not re.search(r"[，,。；;：:！？!?■●◆▲★]|记者|通讯员|作者", first)
    return unmarked or spam_brand().search(first) is not None


def _caption(text: str) -> bool:
    """Return True for a photo's caption: short, one sentence closed by a full stop (not ！ or ？), no lead."""
    return (len(text) <= CAPTION_MAX and len(split_sentences(text)) == 1 and text.rstrip().endswith("。")
            and not is_lead(text))


def lead_after_captions(texts: list[str], start: int) -> int:
    """Return where the body starts: at a news lead (…讯) when only short one-sentence captions stand above it,
    or after a gallery's captions (three or more short lines over a long first paragraph)."""
    if start + 1 < len(texts) and _SCENE.match(texts[start].strip()) and len(texts[start + 1]) >= BODY_AFTER_GALLERY:
        return start + 1  # 某某村房车露营公园一角。 over the first paragraph: the photo's caption
    for at in range(start, min(start + CAPTIONS_OVER_LEAD, len(texts) - 1)):
        if not (_caption(texts[at]) or _told_caption(texts, at)):
            break
        if is_lead(texts[at + 1]):
            return at + 1
    return _after_gallery(texts, start)


def _after_gallery(texts: list[str], start: int) -> int:
    """Return the index of the first long paragraph when GALLERY_MIN or more short one-sentence captions
    opening alike (工作人员在清理枯枝、杂草。) stand right above it, else ``start``."""
    at = start
    while at < len(texts) and len(texts[at]) <= GALLERY_CAPTION_MAX and _caption(texts[at]) and not (
            vocab().day_item.match(texts[at])):  # 2月6日 …: a chronicle's entry, no caption
        at += 1
    alike = len({text[:GALLERY_SHARED] for text in texts[start:at]}) == 1  # 工作人员…: one gallery's captions
    if at - start >= GALLERY_MIN and alike and at < len(texts) and len(texts[at]) >= BODY_AFTER_GALLERY:
        return at
    return start


def _twice(text: str, copy: str) -> int | None:
    """Return where ``text``'s caption begins when it ends with one (after a space) that ``copy`` repeats."""
    head, _, caption = text.rpartition(" ")
    caption = caption.strip()
    if not head.strip() or not _caption(caption) or len(copy) < TWICE_MIN or not caption.endswith(copy):
        return None
    return len(head)


def captions_printed_twice(blocks: list[Block]) -> list[Block]:
    """Return the blocks without a caption glued to a paragraph's end when the next block repeats it."""
    out: list[Block] = []
    skip = False
    for block, after in zip(blocks, [*blocks[1:], None], strict=False):  # no blocks: nothing to do
        if skip:
            skip = False
            continue
        cut = _twice(block.text.rstrip(), after.text.strip()) if after is not None else None
        if cut is None:
            out.append(block)
            continue
        out.append(Block(block.text[:cut].rstrip(), block.line, block.kind, block.level))
        skip = True
    return out

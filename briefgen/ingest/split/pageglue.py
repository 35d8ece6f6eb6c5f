"""Page text glued to the article's paragraphs: before the first (reading time, a stamp, the headline) and
after any (reposting notes)."""

from __future__ import annotations

import re

from briefgen.ingest.split.pagelines import BODY_MIN, is_body_line
from briefgen.ingest.split.pagevocab import (
    editor_note_label,
    glued_credit_end,
    glued_prefix,
    glued_tail_start,
    glued_trailer,
    prefixes,
    summary_label,
)
from briefgen.ingest.split.vocab import ends_sentence, is_lead, vocab
from briefgen.readers.base import Block

LINK_RUN = 2  # time stamps in one paragraph that make its tail a list of links
LINK_STAMP = re.compile(r"\d{4}-\d{1,2}-\d{1,2}\s*\d{1,2}:\d{2}")
GLUED_MAX = 4
RESTATED = 12  # opening characters of a summary found again in the lead under it  # page fragments glued one after another before a first paragraph
NOTE_PARAGRAPHS_MAX = 3  # paragraphs an editor's note over a credited lead may run to


def is_note_label(text: str) -> bool:
    """Return True for an editor's note label on a line of its own (【编者按】), the note on the lines under it."""
    note = editor_note_label().match(text.strip())
    return note is not None and not text.strip()[note.end():].strip()


def without_summary(texts: list[str]) -> int:
    """Return how many paragraphs open ``texts`` as the page's summary (摘要：… restating a paragraph of the
    few under it) or an editor's note (编者按：…, up to the credited lead under it; its label on a line of its own makes it 2); a
    label glued to the lead itself is cut by ``unglue`` instead."""
    if len(texts) > 1 and editor_note_label().match(texts[0].strip()):
        if is_note_label(texts[0]):
            return 2 if len(texts) > 2 else 1  # 【编者按】 on its line, the note under it, then the report
        led = next((k for k in range(1, min(len(texts), NOTE_PARAGRAPHS_MAX + 1)) if is_lead(texts[k].strip())), 0)
        if led:
            return led  # 编者按：… (and its second paragraph) over the report's credited lead (某某网讯…): the editor's word
    if len(texts) > 1 and _standfirst(texts[0], texts[1]):
        return 1  # 为确保…，切实做好保电工作，全力护航高考 / 5日上午，记者…: the page's summary over the dated lead
    if len(texts) > 1 and _cut_copy_of(texts[0], texts[1]):
        return 1  # the lead's opening cut off (…实施的放流增殖) over the whole lead: a summary without its label
    label = summary_label().match(texts[0].strip()) if len(texts) > 1 else None
    glued = label is not None and re.search(r"[】\]］]", texts[0][label.end():]) is not None  # 【内容提要：…】lead: unglue's
    if label and not glued and label.group(0).strip("【[［ :：").startswith(prefixes("summary_sure_labels")) and (
            is_body_line(texts[1])):
        return 1  # 核心提示：… over the text: a summary by its label, whether or not the lead restates it
    said = texts[0].strip()[label.end():].lstrip()[:RESTATED] if label else ""
    joined = "".join(t.strip() for t in texts[1:])  # 导读 headline+lead run together over them on their own lines
    return int(len(said) == RESTATED and (any(said in t and is_body_line(t) for t in texts[1:]) or said in joined))


def _standfirst(first: str, second: str) -> bool:
    """Return True for a summary in clauses left without an end mark over a lead that opens on its day and time."""
    first = first.strip()
    return (not ends_sentence(first) and ("，" in first or "," in first)
            and vocab().day_time_opening.match(second.strip()) is not None)


def without_trailer(block: Block) -> Block | None:
    """Return ``block`` without a reposting note, promotion or credit glued to its end ((原题为《…》), 扫码关注…)
    and without a run of time-stamped links after its last sentence; None when only links are left."""
    linked = _before_link_run(block.text.rstrip())
    tail = glued_tail_start().search(linked)
    linked = linked[: tail.start()] if tail else linked
    credit = glued_credit_end().search(linked)
    linked = linked[: credit.start()] if credit else linked
    if not linked:
        return None
    text = glued_trailer().sub("", linked)
    return Block(text or block.text, block.line, block.kind, block.level)


def unglue(text: str, title: str | None) -> tuple[str, str]:
    """Return a first body paragraph without the page text glued before it (reading time, 摘要：, a time
    stamp, the headline, in any order), and that glued text."""
    rest = text.strip()
    for _ in range(GLUED_MAX):
        found = glued_prefix().match(rest)
        if found is not None and found.group(0):
            rest = rest[found.end():]
        elif title and rest.startswith(title) and len(rest) > len(title) + BODY_MIN // 2 and (
                rest[len(title)] not in CLAUSE_GOES_ON):  # 某某获评“…”，为全市唯一。: the lead's own subject
            rest = rest[len(title):].lstrip(" 　:：")
        elif caption := _caption_before_lead(rest):
            rest = rest[caption:]
        else:
            break
    return (rest or text), text.strip()[: len(text.strip()) - len(rest)] if rest else ""


CLAUSE_GOES_ON = "，,、；;"  # after a headline that opens the lead's sentence


_NOT_WORDS = re.compile(r"[\W_]+")


def _cut_copy_of(first: str, lead: str) -> bool:
    """Return True when ``first`` holds no sentence end and is the opening of ``lead``, marks and quotes aside."""
    short, whole = _NOT_WORDS.sub("", first), _NOT_WORDS.sub("", lead)
    return (len(short) >= RESTATED and len(whole) > len(short) and whole.startswith(short)
            and not re.search(r"[。！？!?]", first))


CAPTION_MAX = 30  # a photo's caption glued before a lead is this short
_CAPTION_MARK = re.compile(r"[。！？!?，,；;：:]")


def _caption_before_lead(text: str) -> int:
    """Return the length of a photo's caption and the space after it before a news lead on the same line
    (工作人员将鱼苗放流入沅江 人民网湘西5月13日电 …), else 0."""
    caption, space, lead = text.partition(" ")
    if not space or not 2 <= len(caption) <= CAPTION_MAX or _CAPTION_MARK.search(caption) or is_lead(text):
        return 0
    return len(caption) + len(space) + len(lead) - len(lead.lstrip()) if is_lead(lead.lstrip()) else 0


def _before_link_run(text: str) -> str:
    """Return ``text`` up to its last sentence end before a run of time-stamped links (…2019-09-09 13:52 …),
    empty when no sentence comes before them."""
    stamps = list(LINK_STAMP.finditer(text))
    if len(stamps) < LINK_RUN:
        return text
    head = text[: stamps[0].start()]
    end = max(head.rfind(mark) for mark in "。！？!?")
    return head[: end + 1] if end > 0 else ""

"""Page text glued before the dated lead under it (a headline: 某某会议召开8月27日下午，…; a byline, a button):
the copy lost the line break between them; the text goes back on a line of its own, read as any line is."""

from __future__ import annotations

import re

from briefgen.ingest.split.pagelines import BODY_MIN
from briefgen.ingest.split.vocab import is_lead, plain, vocab
from briefgen.readers.base import Block

HEAD_MAX = 50  # characters glued before the lead (a headline: kicker and main line included)
LEAD_MIN = 30  # characters of the lead after the glued headline
_CLAUSE_MARKS = frozenset("，,。；;！？!?、")


# a photo's caption in brackets between the glued headline and the lead ( （政协委员们认真听取报告） )
_SPACED_CAPTION = re.compile(r"\s+[（(][^（）()。！？]{2,30}[）)]\s*$")


def _headline_end(text: str) -> tuple[int, int]:
    """Return where the page text glued before the text's dated lead ends and where the lead starts, else (0, 0)."""
    v = vocab()
    day = v.glued_lead_day.search(text, 1, HEAD_MAX + 1)
    if day is None or len(text) - day.start() < LEAD_MIN or is_lead(text):
        return 0, 0
    caption = _SPACED_CAPTION.search(text, 0, day.start())
    head = text[: caption.start() if caption else day.start()]
    if _CLAUSE_MARKS.intersection(head) or v.glued_head_end.search(head):
        return 0, 0
    return len(head), day.start()


def headline_off_lead(blocks: list[Block]) -> list[Block]:
    """Return the blocks with the text glued before the first long paragraph's dated lead on a line of its own."""
    at = next((i for i, b in enumerate(blocks) if b.kind == "paragraph" and len(b.text.strip()) >= BODY_MIN), None)
    if at is None:
        return blocks
    text = plain(blocks[at].text)
    cut, start = _headline_end(text)
    if not cut:
        return blocks
    block = blocks[at]
    head, lead = Block(text[:cut].strip(), block.line), Block(text[start:], block.line, block.kind, block.level)
    return [*blocks[:at], head, lead, *blocks[at + 1:]]

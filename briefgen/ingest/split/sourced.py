"""A digest whose numbered items each end on their source line (1、某某报告出炉 / … / 来源：某某网): an item apiece.

A report's numbered sections name no source each; a digest of reposts credits every item it took."""

from __future__ import annotations

from briefgen.ingest.split.vocab import vocab
from briefgen.readers.base import Block
from briefgen.readers.infoline import read_info_line

ITEMS_MIN = 2
HEAD_MAX = 60  # a numbered headline fits on one short line
HEAD_MIN = 6  # and says something after its number


def _numbered_head(text: str) -> str | None:
    """Return the headline of a numbered headline line (1、三年行动方案出炉!某市茶产业这样干), or None."""
    found = vocab().section_number.match(text.strip())
    rest = text.strip()[found.end():].strip() if found else ""
    return rest if HEAD_MIN <= len(rest) <= HEAD_MAX and "。" not in rest else None


def _source_line(text: str) -> bool:
    """Return True for a line that credits a source (来源：云南发布)."""
    info = read_info_line(text)
    return info is not None and bool(info[1])


def sourced_heads(texts: list[str]) -> list[int]:
    """Return the indexes of a digest's numbered headlines when every item under one ends on a source line (the
    last may be cut off before its own; two credited items at least), else []."""
    heads = [i for i, text in enumerate(texts) if _numbered_head(text) is not None]
    if not heads:
        return []
    ends = [*heads[1:], len(texts)]
    credited = [any(_source_line(t) for t in texts[head + 1:end]) for head, end in zip(heads, ends, strict=True)]
    return heads if sum(credited) >= ITEMS_MIN and all(credited[:-1]) else []


def headed_items(blocks: list[Block], heads: list[int]) -> list[Block]:
    """Return the blocks with the digest's numbered headlines made headings (number taken off), one per item."""
    out = list(blocks)
    for at in heads:
        head = _numbered_head(blocks[at].text) or blocks[at].text
        out[at] = Block(head, blocks[at].line, "heading", 2)
    return out

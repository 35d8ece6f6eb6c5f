"""Repairs of text copied from web pages, on a document's blocks before they are split into articles."""

from __future__ import annotations

import re

from briefgen.readers.base import Block

# A pinyin annotation after a character, added by conversion sites: 会（huì）议 → 会议.
_PINYIN = re.compile(r"(?<=[\u4e00-\u9fff])[（(][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹ]{1,7}[)）]")
# Markdown images and empty links left by crawlers that save pages as markdown: ![](/Files/…jpg).
_MARKDOWN_IMAGE = re.compile(r"!?\[[^\]\n]{0,80}\]\([^)\s]{1,300}\)")
_TONE = re.compile(r"[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]")


def _strip_pinyin(text: str) -> str:
    return _PINYIN.sub(lambda m: "" if _TONE.search(m.group(0)) else m.group(0), text)


def repair_text(text: str) -> str:
    """Return ``text`` without pinyin annotations (toned syllables in brackets) and markdown images."""
    if "(" in text or "（" in text:
        text = _strip_pinyin(text)
    if "](" in text:
        text = _MARKDOWN_IMAGE.sub("", text)
    return text


def repair_blocks(blocks: list[Block]) -> None:
    """Repair every block's text in place; blocks left empty are removed."""
    for block in blocks:
        block.text = repair_text(block.text)
    blocks[:] = [b for b in blocks if b.text.strip()]

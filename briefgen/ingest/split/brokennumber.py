"""A line a copy broke around a number the page set apart (洪湖市第 / 九 / 届人大常委会第 / 二十八 / 次会议纪要): the
pieces go back on one line."""

from __future__ import annotations

import re

from briefgen.readers.base import Block

_NUMBER_ONLY = re.compile(r"[一二三四五六七八九十百零〇两\d]{1,4}")
_ORDINAL_OPEN = "第"  # the line before the number ends on it


def _number_at(blocks: list[Block], i: int, text: str) -> bool:
    """Return True when ``text`` ends on 第 and block ``i`` is a number alone."""
    return i < len(blocks) and text.endswith(_ORDINAL_OPEN) and _NUMBER_ONLY.fullmatch(blocks[i].text.strip()) is not None


def numbers_rejoined(blocks: list[Block]) -> list[Block]:
    """Return the blocks with each line broken before and after a number set apart (…第 / 九 / 届…) joined again."""
    joined: list[Block] = []
    i = 0
    while i < len(blocks):
        block, text, i = blocks[i], blocks[i].text.rstrip(), i + 1
        while _number_at(blocks, i, text):
            text += blocks[i].text.strip() + (blocks[i + 1].text.strip() if i + 1 < len(blocks) else "")
            i += 2
        joined.append(block if text == block.text.rstrip() else Block(text, block.line, block.kind, block.level))
    return joined

"""A page head a crawler set as a list (- 来源:互联网 / - | / - 2020-01-21 / - 0 条评论): the fields without their
list marks."""

from __future__ import annotations

import re

from briefgen.readers.base import Block

_ITEM = re.compile(r"^\s*[-*•]\s+")  # a list item's mark
ITEM_MAX = 24  # characters of a field set as a list item
RUN_MIN = 3  # list items in a row that make the head a list of fields


def _field_item(block: Block) -> bool:
    """Return True for a short line set as a list item (- 来源:互联网, - |)."""
    found = _ITEM.match(block.text)
    return found is not None and len(block.text.strip()) <= ITEM_MAX


def head_fields_unlisted(blocks: list[Block]) -> list[Block]:
    """Return the blocks with the first run of short list items taken out of their list (their marks off)."""
    start = next((i for i in range(len(blocks) - RUN_MIN + 1) if all(map(_field_item, blocks[i:i + RUN_MIN]))), None)
    if start is None:
        return blocks
    end = start
    while end < len(blocks) and _field_item(blocks[end]):
        end += 1
    fields = [Block(_ITEM.sub("", b.text), b.line, b.kind, b.level) for b in blocks[start:end]]
    return [*blocks[:start], *fields, *blocks[end:]]

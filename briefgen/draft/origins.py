"""The generated model, looked up by the hidden marks a paragraph of the draft carries."""

from __future__ import annotations

from typing import TypeVar

from briefgen.draft.runs import Para
from briefgen.model import Block, Briefing, Item, Paragraph, Provenance

B = TypeVar("B", bound=Block)


class Origins:
    """Which original block (and which of its paragraphs) a draft paragraph was generated as."""

    def __init__(self, original: Briefing) -> None:
        self.blocks = original.blocks

    def of(self, para: Para, kind: type, part: int | None = None) -> tuple[int | None, int]:
        """Return the original block index of ``para`` if it was of ``kind``, and its part index."""
        for block, index in para.marks[:1]:
            known = block < len(self.blocks)
            if known and isinstance(self.blocks[block], kind) and part in (None, index):
                return block, index
        return None, 0

    def block(self, index: int | None, kind: type[B]) -> B | None:
        """Return original block ``index`` if it is of ``kind``."""
        found = self.blocks[index] if index is not None else None
        return found if isinstance(found, kind) else None

    def provenance(self, para: Para) -> list[Provenance]:
        """Return the provenance of the original paragraph ``para`` was, if it survives."""
        alone = self.block(self.of(para, Paragraph, 0)[0], Paragraph)
        if alone is not None:
            return list(alone.provenance)
        block, index = self.of(para, Item)
        item = self.block(block, Item)
        if item is not None and 0 < index <= len(item.paragraphs):
            return list(item.paragraphs[index - 1].provenance)
        return []

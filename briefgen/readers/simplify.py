"""Traditional → simplified conversion with OpenCC (``t2s``), one converter per process."""

from __future__ import annotations

import functools
from typing import Any

from briefgen.readers.base import Block


@functools.cache
def _converter() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Return ``text`` in simplified characters."""
    return str(_converter().convert(text))


def simplify_blocks(blocks: list[Block]) -> dict[int, str]:
    """Convert blocks in place; return the original text of each changed block by source line."""
    originals: dict[int, str] = {}
    for block in blocks:
        simple = to_simplified(block.text)
        if simple != block.text:
            originals.setdefault(block.line, block.text)
            block.text = simple
    return originals

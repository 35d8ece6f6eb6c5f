"""Traditional → simplified conversion with OpenCC (``t2s``), one converter per process."""

from __future__ import annotations

import functools
import re
from typing import Any

from briefgen.readers.base import Block
from briefgen.resources import data_file
from briefgen.yamlio import load_yaml


@functools.cache
def _converter() -> Any:
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Return ``text`` in simplified characters, the particle 着 written 着 after a verb (随著 → 随着)."""
    simple = str(_converter().convert(text))
    return _particle().sub(lambda m: m.group(0)[:-1] + "着", simple) if "著" in simple else simple


@functools.cache
def _particle() -> re.Pattern[str]:
    words = load_yaml(data_file("simplify_fixes.yaml").read_text(encoding="utf-8"))["zhe_particle"]
    return re.compile("|".join(sorted(map(re.escape, words), key=len, reverse=True)))


def simplify_blocks(blocks: list[Block]) -> dict[int, str]:
    """Convert blocks in place; return the original text of each changed block by source line."""
    originals: dict[int, str] = {}
    for block in blocks:
        simple = to_simplified(block.text)
        if simple != block.text:
            originals.setdefault(block.line, block.text)
            block.text = simple
    return originals

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
    """Return ``text`` in simplified characters, 著 written 着 outside the words that read it zhù (随著, 标志著 → 随着,
    标志着; 显著, 著名 stay)."""
    simple = str(_converter().convert(text))
    return _zhu_or_zhe().sub(lambda m: m.group(0) if len(m.group(0)) > 1 else "着", simple) if "著" in simple else simple


@functools.cache
def _zhu_or_zhe() -> re.Pattern[str]:
    """Return the pattern of a zhù word or a lone 著."""
    words = load_yaml(data_file("simplify_fixes.yaml").read_text(encoding="utf-8"))["zhu_words"]
    return re.compile("|".join([*sorted(map(re.escape, words), key=len, reverse=True), "著"]))


def simplify_blocks(blocks: list[Block]) -> dict[int, str]:
    """Convert blocks in place; return the original text of each changed block by source line."""
    originals: dict[int, str] = {}
    for block in blocks:
        simple = to_simplified(block.text)
        if simple != block.text:
            originals.setdefault(block.line, block.text)
            block.text = simple
    return originals

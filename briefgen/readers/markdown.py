"""Markdown reader (.md): ATX and setext headings, list markers and code fences dropped.

Each source line stays its own block (Chinese exports rarely use soft line breaks); lines broken
mid-sentence are rejoined later by the cleanup rules.
"""

from __future__ import annotations

import re
from pathlib import Path

from briefgen.readers.base import Block, RawDocument, refuse, text_blocks
from briefgen.readers.text import decode_file

_LIST_MARK = re.compile(r"^(?:[-*+]|\d+[.)])\s+")
_SETEXT = re.compile(r"^(=+|-{3,})$")
_FENCE = re.compile(r"^(```|~~~)")
_QUOTE = re.compile(r"^>+\s*")


def markdown_blocks(text: str) -> list[Block]:
    """Return headings and paragraphs of a markdown text."""
    blocks: list[Block] = []
    for block in text_blocks(text, markdown=True):
        if block.kind == "heading":
            blocks.append(block)
        elif _FENCE.match(block.text):
            continue
        elif _SETEXT.match(block.text) and blocks and blocks[-1].kind == "paragraph":
            blocks[-1].kind, blocks[-1].level = "heading", 1 if "=" in block.text else 2
        else:
            body = _LIST_MARK.sub("", _QUOTE.sub("", block.text)).strip()
            if body:
                blocks.append(Block(body, block.line))
    return blocks


def read_markdown(path: str | Path) -> RawDocument:
    """Return a .md file as blocks, or refuse it when only markup is left."""
    text, encoding = decode_file(path)
    blocks = markdown_blocks(text)
    if not blocks:
        raise refuse(path, "no_text")
    return RawDocument(str(path), blocks, encoding, "markdown")

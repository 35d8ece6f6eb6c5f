"""Markdown reader (.md): ATX and setext headings, list markers and code fences dropped.

Each source line stays its own block (Chinese exports rarely use soft line breaks); lines broken
mid-sentence are rejoined later by the cleanup rules.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from briefgen.readers.base import Block, RawDocument, refuse, text_blocks
from briefgen.readers.metadata import MetaProblem, checked_fields, yaml_reason
from briefgen.readers.text import decode_file
from briefgen.yamlio import META_LIMITS, load_yaml

_LIST_MARK = re.compile(r"^(?:[-*+]|\d+[.)])\s+")
_SETEXT = re.compile(r"^(=+|-{3,})$")
_FENCE = re.compile(r"^(```|~~~)")
_QUOTE = re.compile(r"^>+\s*")
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\n(.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)


def front_matter(text: str) -> tuple[dict[str, Any], str, str | None]:
    """Return the front matter's fields, the text with the matter blanked, and why it was ignored."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text, None
    body = "\n" * match.group(0).count("\n") + text[match.end():]
    try:
        loaded = load_yaml(match.group(1), META_LIMITS)
        if not isinstance(loaded, dict):
            return {}, text, None  # a markdown rule (---) above text, not metadata
        return checked_fields(loaded), body, None
    except yaml.YAMLError as exc:
        return {}, body, f"文件开头的 YAML 元数据不合法（{yaml_reason(exc)}），已忽略；正文照常读入"
    except MetaProblem as exc:
        return {}, body, f"文件开头的 YAML 元数据有误（{exc}），已忽略；正文照常读入"


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
    meta, body, problem = front_matter(text)
    blocks = markdown_blocks(body)
    if not blocks:
        raise refuse(path, "no_text")
    return RawDocument(str(path), blocks, encoding, "markdown", meta=meta, meta_problem=problem)

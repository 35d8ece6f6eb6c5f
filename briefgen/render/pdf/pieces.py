"""Flatten the briefing's blocks into text pieces, each naming its look under the style's ``pdf``."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from briefgen.model import Block, Contents, Heading, Item, Paragraph, Table
from briefgen.render.shared import item_paragraphs, split_entry
from briefgen.render.table_columns import printed_columns

Segments = list[tuple[str, str]]
_PARAGRAPH_KEYS = {"body": "body", "lead": "lead", "note": "note", "contents": "contents_entry"}
_HEADING_KEYS = ("title", "heading1", "heading2", "heading3")


@dataclass
class Piece:
    """Text of one look (``key``), kept with what follows when ``keep``; or a blank line.

    ``lead`` is extra indent in characters (a nested contents entry's leading blanks).
    """

    key: str
    segments: Segments = field(default_factory=list)
    keep: bool = False
    blank: bool = False
    table: Table | None = None
    lead: int = 0


def heading_key(level: int) -> str:
    """Return the look of a heading: 0 title, 1 黑体, 2 楷体, 3 and deeper the body face."""
    return _HEADING_KEYS[min(max(level, 0), len(_HEADING_KEYS) - 1)]


def _item_pieces(item: Item, pdf: dict[str, Any]) -> list[Piece]:
    out = [Piece("blank", blank=True, keep=True)] if pdf.get("blank_line_before_item") else []
    out.append(Piece("item_title", [(item.title, "text")], keep=True))
    out += [Piece(_PARAGRAPH_KEYS.get(p.role, "body"), _paragraph_segments(p))
            for p in item_paragraphs(item)]
    return out


def _contents_entries(entries: list[str]) -> list[Piece]:
    """Return the contents entries, a section's entry kept with the nested entry under it (never alone at a page's
    foot)."""
    split = [split_entry(e) for e in entries]
    return [Piece("contents_entry", [(text, "text")], lead=lead, keep=not lead and i + 1 < len(split) and split[i + 1][0] > 0)
            for i, (lead, text) in enumerate(split)]


def _paragraph_segments(paragraph: Paragraph) -> Segments:
    return [(s.text, s.kind) for s in paragraph.spans]


def block_pieces(block: Block, pdf: dict[str, Any]) -> list[Piece]:
    """Return the pieces one block prints as."""
    if isinstance(block, Heading):
        key = heading_key(block.level)
        after = [Piece("blank", blank=True)] if key == "title" and pdf.get(
            "blank_line_after_title") else []
        return [Piece(key, [(block.text, "text")], keep=True), *after]
    if isinstance(block, Paragraph):
        return [Piece(_PARAGRAPH_KEYS.get(block.role, "body"), _paragraph_segments(block))]
    if isinstance(block, Item):
        return _item_pieces(block, pdf)
    if isinstance(block, Table):
        return [Piece("table_caption", [(block.caption, "text")], keep=True),
                Piece("table", table=printed_columns(block))]
    if isinstance(block, Contents):
        title = Piece("contents_title", [(block.title, "text")], keep=True)
        after = [Piece("blank", blank=True)] if pdf.get("blank_line_after_contents") else []
        return [title, *_contents_entries(block.entries), *after]
    raise TypeError(f"未知的文档块：{type(block).__name__}")

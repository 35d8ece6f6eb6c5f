"""Estimate how many pages a briefing fills on the 公文 grid (22 lines × 28 characters)."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from briefgen.assemble.text import text_rules
from briefgen.model import Block, Briefing, Contents, Heading, Item, Paragraph, Table


@dataclass(frozen=True)
class Grid:
    """The page grid: lines per page, characters per line, paragraph indent in characters."""

    lines_per_page: int = 22
    chars_per_line: int = 28
    indent_chars: int = 2


def grid_from_style(style: dict[str, Any]) -> Grid:
    """Return the grid a style's ``grid`` section describes."""
    grid = style.get("grid", {})
    return Grid(
        lines_per_page=int(grid.get("lines_per_page", 22)),
        chars_per_line=int(grid.get("chars_per_line", 28)),
        indent_chars=int(grid.get("indent_chars", 2)),
    )


def _wrapped(chars: int, width: int) -> int:
    """Return how many lines ``chars`` characters take at ``width`` per line (at least one)."""
    return max(1, math.ceil(chars / max(width, 1)))


def _table_lines(table: Table, grid: Grid) -> int:
    """Return the lines a table takes: caption, then each row as tall as its longest cell."""
    columns = max(len(table.header), 1)
    width = max(grid.chars_per_line // columns, 1)
    rows = [table.header, *table.rows]
    return 1 + sum(max(_wrapped(len(cell), width) for cell in row) if row else 1 for row in rows)


def block_lines(block: Block, grid: Grid) -> int:
    """Return the grid lines one body block takes."""
    width = grid.chars_per_line
    if isinstance(block, Heading):
        return _wrapped(len(block.text), width)
    if isinstance(block, Paragraph):
        return _wrapped(len(block.text) + grid.indent_chars, width)
    if isinstance(block, Item):
        body = sum(_wrapped(len(p.text) + grid.indent_chars, width) for p in block.paragraphs)
        return _wrapped(len(block.title), width) + body
    if isinstance(block, Table):
        return _table_lines(block, grid)
    assert isinstance(block, Contents)
    return 1 + sum(_wrapped(len(entry), width) for entry in block.entries)


def briefing_lines(briefing: Briefing, grid: Grid) -> int:
    """Return the grid lines of the whole briefing: masthead, body blocks and 版记."""
    rules = text_rules()
    imprint = sum(
        _wrapped(len(line.label) + 1 + len(line.text), grid.chars_per_line)
        for line in briefing.imprint.lines
    )
    body = sum(block_lines(b, grid) for b in briefing.blocks)
    return int(rules["masthead_lines"]) + body + imprint + int(rules["imprint_extra_lines"])


def estimate_pages(briefing: Briefing, grid: Grid) -> int:
    """Return the estimated page count of the briefing, allowing for the lines page breaks waste."""
    usable = max(grid.lines_per_page - int(text_rules()["page_break_slack_lines"]), 1)
    return math.ceil(briefing_lines(briefing, grid) / usable)

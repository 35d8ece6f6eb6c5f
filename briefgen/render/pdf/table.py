"""The ruled table (数据速览): columns sized to their text, one chunk per row, grid rules."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from briefgen.model import Table
from briefgen.render.pdf.chunks import Chunk, Rule
from briefgen.render.pdf.text import TextStyle, Typesetter, text_style
from briefgen.render.pdf.tokens import tokenize


def _natural(ts: Typesetter, text: str, style: TextStyle) -> tuple[float, float]:
    """Return the text's width on one line and the width of its widest unbreakable unit."""
    tokens = tokenize(ts.glyphs([(text, "text")], style), ts.rules)
    gap = ts.geometry.gap(style.size)
    whole = sum(t.natural(gap) for t in tokens) + gap * max(len(tokens) - 1, 0)
    return whole, max([t.natural(gap) for t in tokens if not t.space], default=0.0)


def column_widths(ts: Typesetter, table: Table, style: dict[str, Any], cols: int) -> list[float]:
    """Return column widths filling the 版心, from content: a header and every figure or date
    on one line; room beyond that shared by how much more each column's text would take."""
    head, cell = text_style(style, "table_header"), text_style(style, "table_cell")
    pad = 2 * float(style["pdf"]["table_cell_pad_pt"]) + 1
    floor = 2 * ts.geometry.advance(cell.size) + pad
    least, natural = [floor] * cols, [floor] * cols
    for n, values in enumerate([table.header, *table.rows]):
        for i, value in enumerate(values[:cols]):
            whole, unit = _natural(ts, value, head if n == 0 else cell)
            natural[i] = max(natural[i], whole + pad)
            least[i] = max(least[i], (whole if n == 0 else unit) + pad)
    return share_width(least, natural, ts.geometry.width)


def share_width(least: list[float], natural: list[float], width: float) -> list[float]:
    """Return widths summing to ``width``: natural ones spread when all fit; else columns no wider
    than an even share keep their natural width and the others share the rest by need."""
    if sum(natural) <= width:
        return [n + (width - sum(natural)) * n / sum(natural) for n in natural]
    narrow = [n <= width / len(natural) for n in natural]
    fixed = [n if small else w for n, w, small in zip(natural, least, narrow, strict=True)]
    if sum(fixed) >= width:
        fixed = least
    if sum(fixed) >= width:
        return [w * width / sum(fixed) for w in fixed]
    want = [n - f for n, f in zip(natural, fixed, strict=True)]
    room = width - sum(fixed)
    return [f + room * x / sum(want) for f, x in zip(fixed, want, strict=True)]


def _row_chunk(ts: Typesetter, values: list[str], look: TextStyle, widths: list[float],
               pad: float) -> Chunk:
    cells: list[Chunk] = []
    x = 0.0
    for value, width in zip(values, widths, strict=True):
        lines = ts.lines([(value, "text")], replace(look, align="center"), width - 2 * pad, x + pad)
        if len(lines) > 1:   # wrapped cells read from the left, unspaced
            lines = ts.lines([(value, "text")], replace(look, align="left"), width - 2 * pad,
                             x + pad)
        cells.append(ts.stack(lines))
        x += width
    row = Chunk(lines=max([c.lines for c in cells] + [1]))
    for cell in cells:
        row.runs += cell.runs
    return row


def _row_rules(row: Chunk, widths: list[float], pitch: float, weights: tuple[float, float],
               outer: float, color: str) -> None:
    """Add the row's top and bottom rules (``weights``) and its verticals (outer ones ``outer``)."""
    height, total = row.lines * pitch, sum(widths)
    row.rules += [Rule(0, 0, total, 0, weights[0], color),
                  Rule(0, height, total, height, weights[1], color)]
    edges = [sum(widths[:i]) for i in range(len(widths) + 1)]
    for i, x in enumerate(edges):
        weight = outer if i in (0, len(widths)) else min(weights)
        row.rules.append(Rule(x, 0, x, height, weight, color))


def table_chunks(ts: Typesetter, table: Table, style: dict[str, Any]) -> list[Chunk]:
    """Return the table's rows as chunks: the header row kept with the first body row and
    repeated above any row that opens a page."""
    cols = max([len(table.header), *(len(r) for r in table.rows), 1])
    widths = column_widths(ts, table, style, cols)
    pad = float(style["pdf"]["table_cell_pad_pt"])
    thick, thin = style["rules_pt"]["imprint_thick"], style["rules_pt"]["imprint_thin"]
    color = style["colors"]["text"]
    head, cell = text_style(style, "table_header"), text_style(style, "table_cell")
    rows: list[Chunk] = []
    for n, (values, look) in enumerate([(table.header, head), *((r, cell) for r in table.rows)]):
        if n == 0 and not table.header:
            continue
        row = _row_chunk(ts, [*values, *[""] * (cols - len(values))][:cols], look, widths, pad)
        last = n == len(table.rows)
        weights = (thick if n == 0 else thin, thick if last else thin)
        _row_rules(row, widths, ts.geometry.pitch, weights, thick, color)
        row.keep_with_next = n == 0 or (n == 1 and len(table.rows) > 1)  # header + 2 rows
        row.running_head = rows[0] if table.header and n > 0 else None
        rows.append(row)
    return rows

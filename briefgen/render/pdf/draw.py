"""Draw placed chunks on a reportlab canvas (no markup: every string is drawn literally)."""

from __future__ import annotations

from reportlab.lib.colors import HexColor
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas

from briefgen.render.pdf.chunks import Chunk, Run


def _segments(canvas: Canvas, run: Run) -> list[str]:
    """Return the run cut where reportlab switches embedded subsets (one Tj each).

    PDF applies character spacing after every glyph, but several readers (pdfminer) drop it
    at the end of a Tj; drawing each subset's part at its own x keeps them all exact.
    """
    font = pdfmetrics.getFont(run.font)
    split = getattr(font, "splitString", None)
    if split is None:
        return [run.text]
    return _cut(run.text, [len(t) for _, t in split(run.text, canvas._doc)])


def _cut(text: str, lengths: list[int]) -> list[str]:
    parts, start = [], 0
    for length in lengths:
        parts.append(text[start:start + length])
        start += length
    return parts


def draw_runs(canvas: Canvas, runs: list[Run], x0: float, y_top: float) -> None:
    """Draw runs whose x is relative to ``x0`` and baseline depth relative to ``y_top``."""
    for run in runs:
        canvas.setFillColor(HexColor(run.color))
        canvas.setFont(run.font, run.size)
        x = x0 + run.x
        for part in _segments(canvas, run):
            _draw_part(canvas, run, part, x, y_top - run.baseline)
            x += (pdfmetrics.stringWidth(part, run.font, run.size) * run.hscale
                  + run.char_space * len(part))


def _draw_part(canvas: Canvas, run: Run, part: str, x: float, y: float) -> None:
    """Draw one subset's characters; PDF scales the spacing with the glyphs, so undo that."""
    if run.hscale == 1.0:
        canvas.drawString(round(x, 4), round(y, 4), part, charSpace=round(run.char_space, 4))
        return
    canvas.saveState()  # the horizontal scale is graphics state: keep it to this text
    text = canvas.beginText(round(x, 4), round(y, 4))
    text.setFont(run.font, run.size)
    text.setHorizScale(round(run.hscale * 100, 4))
    text.setCharSpace(round(run.char_space / run.hscale, 4))
    text.textOut(part)
    canvas.drawText(text)
    canvas.restoreState()


def draw_chunk(canvas: Canvas, chunk: Chunk, x0: float, y_top: float) -> None:
    """Draw a chunk's rules and text with its top edge at ``y_top``."""
    for rule in chunk.rules:
        canvas.setStrokeColor(HexColor(rule.color))
        canvas.setLineWidth(rule.width)
        canvas.line(x0 + rule.x0, y_top - rule.y0, x0 + rule.x1, y_top - rule.y1)
    draw_runs(canvas, chunk.runs, x0, y_top)

"""``render_pdf``: lay a briefing out on the GB/T 9704 grid and write it with reportlab."""

from __future__ import annotations

import io
import os
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

from reportlab.pdfgen.canvas import Canvas

from briefgen.errors import EnvironmentProblem
from briefgen.model import Briefing
from briefgen.render.pdf.chunks import Chunk
from briefgen.render.pdf.draw import draw_chunk, draw_runs
from briefgen.render.pdf.faces import FaceBook
from briefgen.render.pdf.frame import imprint_chunk, masthead_chunk, page_number_run
from briefgen.render.pdf.geometry import geometry
from briefgen.render.pdf.needs import role_needs
from briefgen.render.pdf.paginate import Page, lines_used, paginate
from briefgen.render.pdf.pieces import Piece, block_pieces
from briefgen.render.pdf.table import table_chunks
from briefgen.render.pdf.text import TextStyle, Typesetter, text_style
from briefgen.render.pdf.tokens import break_rules


def _piece_chunks(ts: Typesetter, piece: Piece, style: dict[str, Any]) -> list[Chunk]:
    if piece.blank:
        return [Chunk(lines=1, blank=True, keep_with_next=piece.keep)]
    if piece.table is not None:
        return table_chunks(ts, piece.table, style)
    look = text_style(style, piece.key)
    look = replace(look, indent_chars=look.indent_chars + piece.lead)
    hanging = look.indent_chars if style["pdf"][piece.key].get("hang") else 0.0
    lines = ts.lines(piece.segments, look, ts.geometry.width, hanging_chars=hanging)
    if look.align == "center" and len(lines) > 1 and style["pdf"].get("centred_break_at_space"):
        lines = _broken_at_space(ts, piece, look) or lines
    for line in lines:
        line.keep_with_next = piece.keep
    if style["pdf"].get("widow_orphan") and len(lines) > 1:   # as Word's widow control
        lines[0].keep_with_next = lines[-2].keep_with_next = True
    return lines


def _broken_at_space(ts: Typesetter, piece: Piece, look: TextStyle) -> list[Chunk] | None:
    """Return a centred title set as two lines broken at the space between its parts (…安全防线 / 专项检查护航…),
    the most even such break where each part fits a line; None when none does."""
    text = "".join(t for t, _ in piece.segments)
    fits = []
    for at in (i for i, ch in enumerate(text) if ch in " \u3000"):
        head, tail = text[:at].strip(), text[at + 1:].strip()
        parts = [ts.lines([(part, "text")], look, ts.geometry.width) for part in (head, tail)] if head and tail else []
        if parts and all(len(p) == 1 for p in parts):
            fits.append((abs(len(head) - len(tail)), parts[0] + parts[1]))
    return min(fits, key=lambda f: f[0])[1] if fits else None


def typesetter(briefing: Briefing, pieces: list[Piece], style: dict[str, Any]) -> Typesetter:
    """Return a typesetter whose fonts cover every character the briefing prints."""
    faces = FaceBook(style, role_needs(briefing, pieces, style))
    if not faces.has_any():
        raise EnvironmentProblem("没有找到任何中文字体：请运行 scripts/install_fonts.sh 或安装仿宋、黑体等字体后重试")
    return Typesetter(geometry(style), faces, break_rules(style),
                      dict(style["pdf"].get("span_fonts", {})))


def layout(briefing: Briefing, style: dict[str, Any]) -> tuple[Typesetter, list[Page], Chunk, Chunk]:
    """Return the typesetter, the body pages, the masthead and the 版记."""
    pieces = [p for block in briefing.blocks for p in block_pieces(block, style["pdf"])]
    ts = typesetter(briefing, pieces, style)
    chunks = [c for piece in pieces for c in _piece_chunks(ts, piece, style)]
    masthead = masthead_chunk(ts, briefing.masthead, style)
    pages = paginate(chunks, ts.geometry.lines, masthead.lines)
    imprint = imprint_chunk(ts, briefing.imprint, style)
    used = lines_used(pages[-1]) if len(pages) > 1 or pages[-1] else masthead.lines
    if used + imprint.lines > ts.geometry.lines:
        pages.append([])
    pages[-1].append((ts.geometry.lines - imprint.lines, imprint))
    return ts, pages, masthead, imprint


def _canvas(buffer: io.BytesIO, briefing: Briefing, ts: Typesetter, pages: list[Page]) -> Canvas:
    geo = ts.geometry
    first_font = pages[0][0][1].runs[0].font if pages[0] and pages[0][0][1].runs else None
    canvas = Canvas(buffer, pagesize=(geo.page_width, geo.page_height), invariant=1,
                    pageCompression=1, initialFontName=first_font, initialFontSize=geo.body_size)
    canvas.setTitle(briefing.meta.title)
    canvas.setAuthor(briefing.meta.author or briefing.masthead.issuer)
    canvas.setSubject(briefing.meta.subject or briefing.masthead.issue_label)
    canvas.setCreator("briefgen")
    return canvas


def render_pdf(briefing: Briefing, out: Path, style: dict[str, Any]) -> None:
    """Write the briefing as a PDF at ``out`` (atomically; same input gives the same bytes)."""
    ts, pages, masthead, _ = layout(briefing, style)
    geo = ts.geometry
    buffer = io.BytesIO()
    canvas = _canvas(buffer, briefing, ts, [[(0, masthead)]])
    for number, page in enumerate(pages, start=1):
        if number == 1:
            draw_chunk(canvas, masthead, geo.left, geo.slot_top(0))
        for slot, chunk in page:
            draw_chunk(canvas, chunk, geo.left, geo.slot_top(slot))
        draw_runs(canvas, page_number_run(ts, number, style), geo.left, geo.bottom)
        canvas.showPage()
    canvas.save()
    _write_atomically(Path(out), buffer.getvalue())


def _write_atomically(out: Path, data: bytes) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(dir=out.parent, prefix=f".{out.name}.", suffix=".part")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(tmp, out)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)

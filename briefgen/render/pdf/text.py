"""Lay styled text out as grid-line chunks: paragraphs, headings, centred titles."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from briefgen.render.pdf.chunks import Chunk, runs_of
from briefgen.render.pdf.faces import FaceBook
from briefgen.render.pdf.geometry import Geometry
from briefgen.render.pdf.linebreak import break_lines, place_line
from briefgen.render.pdf.tokens import BreakRules, Glyph, tokenize


@dataclass(frozen=True)
class TextStyle:
    """How one kind of text looks: font role, size, alignment and first-line indent."""

    role: str
    size: float
    align: str = "justify"
    indent_chars: float = 0.0
    color: str = "#000000"
    hscale: float = 1.0


def text_style(style: dict[str, Any], key: str) -> TextStyle:
    """Return the text style named ``key`` under the style's ``pdf`` section."""
    entry = style["pdf"][key]
    size = style["sizes_pt"][entry["size"]]
    return TextStyle(role=entry["font"], size=float(size), align=entry.get("align", "justify"),
                     indent_chars=float(entry.get("indent_chars", 0)),
                     color=style["colors"]["text"])


@dataclass
class Typesetter:
    """Everything needed to turn text into chunks."""

    geometry: Geometry
    faces: FaceBook
    rules: BreakRules
    span_roles: dict[str, str]

    def glyphs(self, segments: list[tuple[str, str]], ts: TextStyle) -> list[Glyph]:
        """Return the drawable glyphs of ``(text, span kind)`` segments in style ``ts``."""
        out = []
        for text, kind in segments:
            role = self.span_roles.get(kind, ts.role)
            for ch in text:
                picked = self.faces.pick(role, ch)
                if picked is None:
                    continue
                font, drawn = picked
                width = self.faces.width(font, drawn, ts.size) * ts.hscale
                out.append(Glyph(drawn, font, width, ts.size, ts.color, ts.hscale))
        return out

    def lines(self, segments: list[tuple[str, str]], ts: TextStyle, width: float,
              x0: float = 0.0, hanging_chars: float = 0.0) -> list[Chunk]:
        """Return one chunk per line of the text, justified except the last, within ``width``."""
        gap = self.geometry.gap(ts.size)
        indent = ts.indent_chars * self.geometry.advance(ts.size)
        hanging = hanging_chars * self.geometry.advance(ts.size)
        tokens = tokenize(self.glyphs(segments, ts), self.rules)
        broken = break_lines(tokens, width - indent, width - hanging, gap,
                             self.rules.min_last_chars, self.rules.tighten_em * ts.size,
                             self.rules.loose_em * ts.size, self.rules.squeeze)
        chunks = []
        baseline = self.geometry.baseline(ts.size)
        for number, line in enumerate(broken):
            dx = indent if number == 0 else hanging
            align = ts.align
            if align == "justify" and number == len(broken) - 1:
                align = "left"
            placed = place_line(line, width - dx, gap, align)
            chunks.append(Chunk(lines=1, runs=runs_of(placed, x0 + dx, baseline)))
        return chunks

    def one_line(self, text: str, ts: TextStyle, width: float, x0: float, align: str) -> Chunk:
        """Return ``text`` set on a single line (no breaking), aligned within ``width``."""
        tokens = tokenize(self.glyphs([(text, "text")], ts), self.rules)
        placed = place_line(tokens, width, self.geometry.gap(ts.size), align)
        return Chunk(lines=1, runs=runs_of(placed, x0, self.geometry.baseline(ts.size)))

    def stack(self, chunks: list[Chunk]) -> Chunk:
        """Return one chunk holding ``chunks`` one under another."""
        merged = Chunk(lines=0)
        for chunk in chunks:
            shift = merged.lines * self.geometry.pitch
            merged.runs += [replace(r, baseline=r.baseline + shift) for r in chunk.runs]
            merged.rules += [replace(r, y0=r.y0 + shift, y1=r.y1 + shift) for r in chunk.rules]
            merged.lines += chunk.lines
        return merged

"""Where the PDF closes a line up to take a paragraph's short end, the Word draft does the same.

Word and LibreOffice break lines themselves; running the PDF's line breaker over a paragraph
with the embedded body face's widths finds the line the PDF tightened, and that line's
characters get just enough negative tracking to hold it, so both keep the same line count.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from fontTools.ttLib import TTFont

from briefgen.fonts import FontChoice
from briefgen.render.pdf.linebreak import break_lines, greedy_lines
from briefgen.render.pdf.tokens import BreakRules, Glyph, Token, break_rules, tokenize

PT_PER_MM = 72 / 25.4
SAFETY_PT = 0.1   # LibreOffice measures autospace and justification a little wider than we do


@lru_cache(maxsize=16)
def _advances(path: str, index: int) -> tuple[dict[int, float], float]:
    """Return code point → advance in ems for a face, and the em advance of a missing one."""
    with TTFont(path, fontNumber=index, lazy=True) as font:
        units = font["head"].unitsPerEm
        hmtx = font["hmtx"]
        return {cp: hmtx[name][0] / units for cp, name in font.getBestCmap().items()}, 1.0


@dataclass(frozen=True)
class Tightening:
    """From character ``start`` on, the paragraph is set with ``tracking_pt`` after each character."""

    start: int
    tracking_pt: float


class LineFit:
    """The PDF's line breaker over the body face, in the draft's measures."""

    def __init__(self, style: dict[str, Any], docx_style: dict[str, Any],
                 face: FontChoice | None) -> None:
        page = style["page"]
        self.width = (page["size_mm"][0] - page["margin_left_mm"]
                      - page["margin_right_mm"]) * PT_PER_MM
        self.tracking = float(docx_style["grid"]["char_spacing_twentieths"]) / 20
        self.rules: BreakRules = break_rules(style)
        self.face = face

    def _glyphs(self, text: str, size: float) -> list[Glyph]:
        widths, missing = _advances(self.face.path, self.face.index) if self.face else ({}, 1.0)
        return [Glyph(ch, "docx", widths.get(ord(ch), missing) * size, size, "#000000")
                for ch in text]

    def tightening(self, text: str, size: float, indent_chars: float) -> Tightening | None:
        """Return how the paragraph's end must be spaced to break as the PDF breaks it: the last
        line closed up to take what would be left alone, or the line above it spaced so that it
        holds no more than the PDF gave it; None when greedy breaking already agrees."""
        if self.rules.min_last_chars <= 0 or not text:
            return None
        tokens = tokenize(self._glyphs(text, size), self.rules)
        first = self.width - indent_chars * size
        greedy = greedy_lines(tokens, first, self.width, self.tracking)
        final = break_lines(tokens, first, self.width, self.tracking, self.rules.min_last_chars,
                            self.rules.tighten_em * size)
        if len(final) < len(greedy):          # closed up: the last line holds the short end
            return self._fill(text, final[-1:], first if len(final) == 1 else self.width)
        if len(final) >= 2 and len(final[-2]) < len(greedy[-2]):   # one given down
            return self._fill(text, final[-2:], first if len(final) == 2 else self.width)
        return None

    def _fill(self, text: str, lines: list[list[Token]], avail: float) -> Tightening:
        """Return the spacing, from the first of ``lines`` on, that makes it fill ``avail`` exactly."""
        glyphs = [g for t in lines[0] for g in t.glyphs]
        start = len(text.rstrip(" \t")) - sum(len(t.glyphs) for line in lines for t in line)
        drawn = sum(g.width for g in glyphs) + sum(g.lead for g in glyphs[1:])
        needed = (avail - drawn) / len(glyphs)   # spacing comes after every glyph
        return Tightening(start, math.floor((needed - SAFETY_PT) * 20) / 20)

"""Page geometry in points: the 版心 box, the line grid and the character spacing."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib.units import mm

EM_ASCENT = 0.88   # share of the em box above the baseline in CJK fonts (ideographic em box)


@dataclass(frozen=True)
class Geometry:
    """The page, the 版心 and the grid a briefing is laid out on (points, origin bottom left)."""

    page_width: float
    page_height: float
    left: float
    bottom: float
    width: float
    height: float
    pitch: float
    lines: int
    body_size: float
    body_gap: float

    @property
    def top(self) -> float:
        """Return the y of the 版心's top edge."""
        return self.bottom + self.height

    @property
    def right(self) -> float:
        """Return the x of the 版心's right edge."""
        return self.left + self.width

    def gap(self, size: float) -> float:
        """Return the spacing between characters of ``size`` points (scaled from the body's)."""
        return self.body_gap * size / self.body_size

    def advance(self, size: float) -> float:
        """Return one full-width character's advance at ``size`` points."""
        return size + self.gap(size)

    def baseline(self, size: float, lines: int = 1) -> float:
        """Return the baseline's depth below a ``lines``-tall slot's top, em box centred."""
        return (lines * self.pitch - size) / 2 + EM_ASCENT * size

    def slot_top(self, slot: int) -> float:
        """Return the y of grid line ``slot``'s top edge."""
        return self.top - slot * self.pitch


def geometry(style: dict[str, Any]) -> Geometry:
    """Return the geometry the style describes; the body spacing fits chars_per_line exactly."""
    page, grid = style["page"], style["grid"]
    width_mm, height_mm = page["size_mm"]
    left = page["margin_left_mm"] * mm
    bottom = page["margin_bottom_mm"] * mm
    width = (width_mm - page["margin_left_mm"] - page["margin_right_mm"]) * mm
    height = (height_mm - page["margin_top_mm"] - page["margin_bottom_mm"]) * mm
    size = float(style["sizes_pt"]["body"])
    chars = int(grid["chars_per_line"])
    fitted = (width - chars * size) / (chars - 1)
    return Geometry(
        page_width=width_mm * mm, page_height=height_mm * mm, left=left, bottom=bottom,
        width=width, height=height, pitch=float(grid["line_pitch_pt"]),
        lines=int(grid["lines_per_page"]), body_size=size,
        body_gap=min(float(grid["char_space_pt"]), fitted),
    )

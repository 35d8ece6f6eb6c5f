"""Where a glyph's ink sits vertically, read from the font file (both renderers place dashes by it)."""

from __future__ import annotations

from functools import lru_cache

from fontTools.pens.boundsPen import BoundsPen
from fontTools.ttLib import TTFont

DEFAULT_MIDDLE = 0.3   # an em dash's stroke in most CJK fonts, in ems above the baseline


@lru_cache(maxsize=64)
def ink_middle(path: str, index: int, ch: str) -> float:
    """Return the height of ``ch``'s ink middle above the baseline, in ems (a default if absent)."""
    font = TTFont(path, fontNumber=index, lazy=True)
    try:
        name = font.getBestCmap().get(ord(ch))
        if name is None:
            return DEFAULT_MIDDLE
        glyphs = font.getGlyphSet()
        pen = BoundsPen(glyphs)
        glyphs[name].draw(pen)
        units = font["head"].unitsPerEm
    finally:
        font.close()
    if pen.bounds is None:
        return DEFAULT_MIDDLE
    return (pen.bounds[1] + pen.bounds[3]) / 2 / units

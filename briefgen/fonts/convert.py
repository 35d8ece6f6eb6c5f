"""Turn CFF-outline OpenType faces into small TrueType files reportlab can embed, cached on disk."""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from fontTools.fontBuilder import FontBuilder
from fontTools.pens.cu2quPen import Cu2QuPen
from fontTools.pens.ttGlyphPen import TTGlyphPen
from fontTools.ttLib import TTFont

from briefgen.fonts.charsets import base_charset
from briefgen.resources import user_cache_dir

MAX_ERR_UNITS = 1.0          # cu2qu tolerance in font units (1/1000 em for CJK fonts)
BASE_WHEN_MORE_THAN = 600    # a request this large builds the whole GB2312 cut once instead
_CHUNK = 1 << 20
CUT_FORMAT = "v2"            # bump when the conversion changes so stale cuts are not reused


def cache_dir() -> Path:
    """Return the folder holding converted fonts."""
    return user_cache_dir() / "fonts"


def source_hash(path: str) -> str:
    """Return the key naming a source font's converted files: its path, size and modification time."""
    st = os.stat(path)
    key = f"{os.path.realpath(path)}|{st.st_size}|{st.st_mtime_ns}"
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def charset_tag(chars: Iterable[str]) -> str:
    """Return a short stable tag for a set of characters."""
    joined = "".join(sorted(set(chars)))
    return hashlib.sha256(joined.encode("utf-8", "surrogatepass")).hexdigest()[:12]


def _draw_glyphs(font: TTFont, names: list[str]) -> dict[str, object]:
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in names:
        pen = TTGlyphPen(None)
        glyph_set[name].draw(Cu2QuPen(pen, MAX_ERR_UNITS, reverse_direction=True))
        glyphs[name] = pen.glyph()
    return glyphs


def _name_strings(font: TTFont, tag: str) -> dict[str, str]:
    """Return the cut's names; the PostScript name carries ``tag`` so every cut's name is unique."""
    table = font["name"]
    family = table.getBestFamilyName() or "Converted"
    style = table.getBestSubFamilyName() or "Regular"
    ps_name = table.getDebugName(6) or f"{family}-{style}".replace(" ", "")
    return {"familyName": family, "styleName": style, "psName": f"{ps_name}-{tag}"[:63]}


def build_truetype(source: TTFont, codepoints: Iterable[int], tag: str) -> FontBuilder:
    """Return a TrueType cut of the CFF ``source`` holding ``codepoints`` (quadratic outlines)."""
    cmap = source.getBestCmap()
    wanted = {cp: cmap[cp] for cp in sorted(set(codepoints)) if cp in cmap}
    order = [".notdef", *sorted(set(wanted.values()) - {".notdef"}, key=source.getGlyphID)]
    glyphs = _draw_glyphs(source, order)
    builder = FontBuilder(source["head"].unitsPerEm, isTTF=True)
    builder.setupGlyphOrder(order)
    builder.setupCharacterMap(wanted)
    builder.setupGlyf(glyphs)
    glyf = builder.font["glyf"]
    hmtx = source["hmtx"]
    builder.setupHorizontalMetrics(
        {n: (hmtx[n][0], getattr(glyf[n], "xMin", 0)) for n in order})
    hhea, os2 = source["hhea"], source["OS/2"]
    builder.setupHorizontalHeader(ascent=hhea.ascent, descent=hhea.descent, lineGap=hhea.lineGap)
    builder.setupNameTable(_name_strings(source, tag))
    builder.setupOS2(sTypoAscender=os2.sTypoAscender, sTypoDescender=os2.sTypoDescender,
                     sTypoLineGap=os2.sTypoLineGap, usWinAscent=os2.usWinAscent,
                     usWinDescent=os2.usWinDescent, fsType=os2.fsType,
                     usWeightClass=os2.usWeightClass, achVendID=os2.achVendID)
    builder.setupPost()
    builder.font["head"].created = source["head"].created
    builder.font["head"].modified = source["head"].modified
    return builder


def _write_atomically(builder: FontBuilder, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    builder.font.recalcTimestamp = False
    handle, tmp = tempfile.mkstemp(dir=target.parent, suffix=".part")
    os.close(handle)
    try:
        builder.save(tmp)
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def converted_path(path: str, index: int, tag: str) -> Path:
    """Return where the conversion of face ``index`` of ``path`` cut to ``tag`` is cached."""
    return cache_dir() / f"{source_hash(path)}-{index}-{tag}.{CUT_FORMAT}.ttf"


def convert_cut(path: str, index: int, chars: Iterable[str], tag: str | None = None) -> Path:
    """Return a cached TrueType cut of a CFF face holding ``chars``; convert it if missing."""
    wanted = set(chars)
    tag = tag or charset_tag(wanted)
    target = converted_path(path, index, tag)
    if not target.is_file():
        with TTFont(path, fontNumber=index, lazy=True) as source:
            _write_atomically(build_truetype(source, (ord(c) for c in wanted), tag), target)
    return target


def truetype_cuts(path: str, index: int, needed: set[str]) -> list[Path]:
    """Return TrueType cuts covering ``needed``: the shared GB2312 cut when large, plus the rest."""
    base_file = converted_path(path, index, "gb2312")
    if base_file.is_file() or len(needed) > BASE_WHEN_MORE_THAN:
        base = convert_cut(path, index, base_charset(), "gb2312")
        rest = needed - base_charset()
        return [base, convert_cut(path, index, rest)] if rest else [base]
    return [convert_cut(path, index, needed)] if needed else []

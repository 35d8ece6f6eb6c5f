"""Subset faces for embedding in the Word draft: TrueType outlines, renamed to the office name, cached."""

from __future__ import annotations

import hashlib
import io
import os
import tempfile
from pathlib import Path

from fontTools.ttLib import TTFont

from briefgen.fonts import FontChoice
from briefgen.fonts.convert import build_truetype, cache_dir, source_hash, truetype_cuts

EMBED_FORMAT = "e1"   # bump when the subsets change so cached ones are not reused
_LANGS = (0x409, 0x804)   # en-US and zh-CN names: Word and fontconfig both find the family


def subset_face(choice: FontChoice, chars: set[str], name: str) -> bytes:
    """Return a TrueType file of ``choice`` holding ``chars``, its family renamed ``name``
    (made once per face, characters and name, then read from the font cache)."""
    codepoints = {ord(c) for c in chars if c.isprintable()} | {0x20}
    key = f"{source_hash(choice.path)}|{choice.index}|{name}|{sorted(codepoints)}|{EMBED_FORMAT}"
    cached = cache_dir() / f"embed-{hashlib.sha256(key.encode()).hexdigest()[:24]}.ttf"
    if cached.is_file():
        return cached.read_bytes()
    data = _make_subset(choice, codepoints, name)
    _store(cached, data)
    return data


def _store(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` atomically; a cache that cannot be written is skipped."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, tmp = tempfile.mkstemp(dir=target.parent, suffix=".part")
    except OSError:
        return
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(tmp, target)
    except OSError:
        return
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _make_subset(choice: FontChoice, codepoints: set[int], name: str) -> bytes:
    """Return the renamed TrueType subset of ``choice`` holding ``codepoints``."""
    from fontTools.subset import Options, Subsetter  # slow to import; only on a cache miss

    font = _truetype(choice, {chr(c) for c in codepoints})
    subsetter = Subsetter(Options(hinting=False, layout_features=[], glyph_names=False,
                                  name_IDs=["*"], notdef_outline=True))
    subsetter.populate(unicodes=codepoints)
    subsetter.subset(font)
    _rename(font, name)
    buffer = io.BytesIO()
    font.recalcTimestamp = False
    font.save(buffer)
    return buffer.getvalue()


def _truetype(choice: FontChoice, chars: set[str]) -> TTFont:
    """Return the face with TrueType outlines: itself, or the PDF renderer's cached conversion."""
    if not choice.needs_conversion:
        return TTFont(choice.path, fontNumber=choice.index)
    cuts = truetype_cuts(choice.path, choice.index, chars)
    if len(cuts) == 1:
        return TTFont(str(cuts[0]))
    with TTFont(choice.path, fontNumber=choice.index, lazy=True) as source:
        return build_truetype(source, (ord(c) for c in chars), "embed").font


def _rename(font: TTFont, name: str) -> None:
    """Give the face the office family name, Regular weight and a plain PostScript name."""
    table = font["name"]
    table.names = []
    ps = "Briefgen-" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:12]
    for lang in _LANGS:
        for number, value in ((1, name), (2, "Regular"), (4, name)):
            table.setName(value, number, 3, 1, lang)
    table.setName(ps, 6, 3, 1, 0x409)
    table.setName(f"{ps};briefgen subset", 3, 3, 1, 0x409)
    os2 = font["OS/2"]
    os2.usWeightClass = 400
    os2.fsSelection = (os2.fsSelection & ~0b100001) | 0x40
    font["head"].macStyle = 0
    font["post"].formatType = 3.0

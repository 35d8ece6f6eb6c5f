"""Spot garbled spans: runs of rare characters, mojibake symbols and stray ``?`` inside CJK text.

A character is *rare* when it is a CJK ideograph outside the GB 2312 level-1 set; mojibake
symbols are the replacement character, ``€``, box-drawing and private-use characters. A window
of five characters with three or more rare/mojibake characters is garbled. A ``?`` right after a
Chinese character and followed by ASCII punctuation, 、 or a Latin letter (how UTF-8 read as GBK
looks) is garbled as well.
"""

from __future__ import annotations

import functools
import re

from briefgen.readers.charsets import common_chars

WINDOW = 5
THRESHOLD = 3
_MOJIBAKE = re.compile(r"[\ufffd\u20ac\u2500-\u259f\ue000-\uf8ff\u00c0-\u00ff]")
_STRAY_QMARK = re.compile(r"(?<=[\u4e00-\u9fff])\?(?=[;,!?/A-Za-z；，！、])")
_CJK_EURO = re.compile(r"[\u4e00-\u9fff]\u20ac|\u20ac[\u4e00-\u9fff]")


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


@functools.cache
def _common_cjk() -> frozenset[str]:
    """Return the common characters that are CJK ideographs (the ones never marked)."""
    return frozenset(ch for ch in common_chars() if _is_cjk(ch))


@functools.cache  # per distinct character: a page repeats the same few hundred
def _markable(ch: str) -> bool:
    """Return True for a character outside the common set that may be marked suspicious."""
    return _is_cjk(ch) or ch == "?" or bool(_MOJIBAKE.match(ch))


_PLAIN: set[str] = set()  # characters seen that are never marked (common, or not markable)


def _marked(text: str) -> list[int]:
    """Return the positions of rare, mojibake and stray-``?`` characters in ``text``."""
    if _PLAIN.issuperset(text):  # most passages: every character already known to be plain (no set built)
        return []
    chars = set(text)
    new = chars - _PLAIN
    odd = {ch for ch in new - _common_cjk() if _markable(ch)}
    _PLAIN.update(new - odd)
    if not odd:
        return []
    return [i for i, ch in enumerate(text)
            if ch in odd and (ch != "?" or _STRAY_QMARK.match(text, i))]


def garbled_span(text: str) -> str | None:
    """Return the first garbled span of ``text`` (with a little context), or None."""
    marks = _marked(text)
    for k in range(len(marks) - THRESHOLD + 1):
        last = marks[k + THRESHOLD - 1]
        if last - marks[k] < WINDOW:
            start = max(last - WINDOW + 1, 0)
            return _context(text, start, start + WINDOW)
    for pattern, mark in ((_STRAY_QMARK, "?"), (_CJK_EURO, "\u20ac")):
        match = pattern.search(text) if mark in text else None  # each needs its mark; no scan without it
        if match:
            return _context(text, match.start(), match.end())
    return None


def _context(text: str, start: int, end: int) -> str:
    return text[max(0, start - 4) : end + 4]


def garble_reason(text: str) -> str | None:
    """Return the Chinese flag reason for a garbled passage, or None when it reads cleanly."""
    span = garbled_span(text)
    return f"疑似乱码：“{span}”" if span else None

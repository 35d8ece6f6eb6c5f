"""Spot garbled spans: runs of rare characters, mojibake symbols and stray ``?`` inside CJK text.

A character is *rare* when it is a CJK ideograph outside the GB 2312 level-1 set; mojibake
symbols are the replacement character, ``€``, box-drawing and private-use characters. A window
of five characters with three or more rare/mojibake characters is garbled. A ``?`` right after a
Chinese character and followed by ASCII punctuation or a Latin letter (how UTF-8 read as GBK
looks) is garbled as well.
"""

from __future__ import annotations

import re

from briefgen.ingest.charsets import common_chars

WINDOW = 5
THRESHOLD = 3
_MOJIBAKE = re.compile(r"[\ufffd\u20ac\u2500-\u259f\ue000-\uf8ff\u00c0-\u00ff]")
_STRAY_QMARK = re.compile(r"(?<=[\u4e00-\u9fff])\?(?=[;,!?/A-Za-z；，！])")
_CJK_EURO = re.compile(r"[\u4e00-\u9fff]\u20ac|\u20ac[\u4e00-\u9fff]")


def _suspicious(text: str) -> list[bool]:
    common = common_chars()
    marks = []
    for i, ch in enumerate(text):
        if "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf":
            marks.append(ch not in common)
        elif ch == "?":
            marks.append(bool(_STRAY_QMARK.match(text, i)))
        else:
            marks.append(bool(_MOJIBAKE.match(ch)))
    return marks


def garbled_span(text: str) -> str | None:
    """Return the first garbled span of ``text`` (with a little context), or None."""
    marks = _suspicious(text)
    for i in range(max(len(text) - WINDOW + 1, 1)):
        if sum(marks[i : i + WINDOW]) >= THRESHOLD:
            return _context(text, i, i + WINDOW)
    for pattern in (_STRAY_QMARK, _CJK_EURO):
        match = pattern.search(text)
        if match:
            return _context(text, match.start(), match.end())
    return None


def _context(text: str, start: int, end: int) -> str:
    return text[max(0, start - 4) : end + 4]


def garble_reason(text: str) -> str | None:
    """Return the Chinese flag reason for a garbled passage, or None when it reads cleanly."""
    span = garbled_span(text)
    return f"疑似乱码：“{span}”" if span else None

"""Character sets a converted font is cut to: GB2312, ASCII and the common CJK marks."""

from __future__ import annotations

from functools import lru_cache

_GB2312_ROWS = range(0xA1, 0xF8)
_GB2312_CELLS = range(0xA1, 0xFF)
_LEVEL1_FIRST_ROW = 0xB0
_LEVEL1_LAST_ROW = 0xD7


def _decode_rows(rows: range) -> list[str]:
    out: list[str] = []
    for row in rows:
        for cell in _GB2312_CELLS:
            try:
                out.append(bytes((row, cell)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return out


@lru_cache(maxsize=1)
def gb2312_level1() -> frozenset[str]:
    """Return the 3755 level-1 汉字 of GB2312 (the common ones)."""
    return frozenset(_decode_rows(range(_LEVEL1_FIRST_ROW, _LEVEL1_LAST_ROW + 1)))


@lru_cache(maxsize=1)
def base_charset() -> frozenset[str]:
    """Return GB2312 (symbols and both levels of 汉字) plus printable ASCII and a few marks."""
    ascii_chars = {chr(cp) for cp in range(0x20, 0x7F)}
    extra = set("—–…‰℃№〓・•·　“”‘’")
    return frozenset(_decode_rows(_GB2312_ROWS)) | ascii_chars | extra

"""Numbers as printed in Chinese news: Arabic with separators, Chinese numerals, multipliers."""

from __future__ import annotations

import re
from functools import lru_cache

import cn2an

ARABIC = r"\d+(?:,\d{3})*(?:\.\d+)?"
CHINESE = r"[零〇一二两三四五六七八九十百千万亿]+"
FULLWIDTH = str.maketrans("０１２３４５６７８９．，％", "0123456789.,%")
_ANY_FULLWIDTH = re.compile("[" + re.escape("".join(map(chr, FULLWIDTH))) + "]")
_WIDE_NARROW = tuple((chr(wide), chr(narrow)) for wide, narrow in FULLWIDTH.items())


def halfwidth(text: str) -> str:
    """Return ``text`` with full-width digits, point, comma and per cent sign made ASCII."""
    if not _ANY_FULLWIDTH.search(text):
        return text
    for wide, narrow in _WIDE_NARROW:  # a few replaces: translate looks every character up in the table
        if wide in text:
            text = text.replace(wide, narrow)
    return text


def arabic_value(text: str) -> float:
    """Return the value of an Arabic number with optional thousands separators."""
    return float(text.replace(",", "").replace(" ", ""))


@lru_cache(maxsize=4096)  # cn2an checks and parses at length; a text repeats the same few numerals
def chinese_value(text: str) -> float | None:
    """Return the value of a Chinese numeral (百 → 100, 一千二百 → 1200), or None."""
    if text[0] in "十百千万亿":
        text = "一" + text
    try:
        return float(cn2an.cn2an(text.replace("两", "二"), "normal"))
    except (ValueError, KeyError, IndexError, TypeError):
        return None


def number_value(text: str) -> float | None:
    """Return the value of an Arabic or Chinese number token, or None."""
    text = text.strip()
    if not text:
        return None
    if text[0].isdigit():
        try:
            return arabic_value(text)
        except ValueError:
            return None
    return chinese_value(text)

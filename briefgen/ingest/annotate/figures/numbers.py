"""Numbers as printed in Chinese news: Arabic with separators, Chinese numerals, multipliers."""

from __future__ import annotations

from functools import lru_cache

import cn2an

from briefgen.ingest.annotate.narrow import Narrowing

ARABIC = r"\d+(?:,\d{3})*(?:\.\d+)?"
CHINESE = r"[零〇一二两三四五六七八九十百千万亿]+"
_NARROWING = Narrowing("０１２３４５６７８９．，％", "0123456789.,%")


def halfwidth(text: str) -> str:
    """Return ``text`` with full-width digits, point, comma and per cent sign made ASCII."""
    return _NARROWING(text)


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

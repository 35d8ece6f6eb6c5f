"""Character bigrams of Chinese text: how much two short texts (headlines, leads) share, word lists aside."""

from __future__ import annotations


def cjk_bigrams(text: str) -> set[str]:
    """Return the bigrams of the Chinese characters of ``text`` (marks, digits and Latin letters left out)."""
    chars = [c for c in text if "\u4e00" <= c <= "\u9fff"]
    return {a + b for a, b in zip(chars, chars[1:], strict=False)}


def dice(a: str, b: str) -> float:
    """Return the Dice similarity of two texts' bigrams (0 when either has none)."""
    x, y = cjk_bigrams(a), cjk_bigrams(b)
    return 2 * len(x & y) / (len(x) + len(y)) if x and y else 0.0


def shares_none(title: str, text: str) -> bool:
    """Return True when ``title`` shares no two characters in a row with ``text``."""
    return not cjk_bigrams(title) & cjk_bigrams(text)

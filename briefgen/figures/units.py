"""Quantities (approximation + number + multiplier + unit) and ranks found in a sentence."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from briefgen.figures.numbers import ARABIC, CHINESE, number_value
from briefgen.figures.vocab import figure_words

S = r"[ \t\u3000]*"
CJK = re.compile(r"[\u4e00-\u9fff]")
CHINESE_MIN = 100.0


@dataclass
class Quantity:
    """A value with its unit as printed in a sentence; start/end cover the printed figure."""

    start: int
    end: int
    value: float
    unit: str
    approx: str | None
    rank: bool = False


def _alt(words: Iterable[str]) -> str:
    """Return a regex alternation of literal words, longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def quantity_pattern() -> re.Pattern[str]:
    """Return the pattern of approx? number approx? multiplier? approx? unit approx?."""
    w = figure_words()
    return re.compile(
        rf"(?P<pre>{_alt(w.approx_before)})?{S}(?P<num>{ARABIC}|{CHINESE}){S}"
        rf"(?P<p1>余|多)?{S}(?P<mult>{_alt(w.multipliers)})?{S}(?P<p2>余|多)?{S}"
        rf"(?P<unit>{_alt(w.units)})(?P<post>{_alt(a for a in w.approx_after if len(a) > 1)})?"
    )


@cache
def rank_pattern() -> re.Pattern[str]:
    """Return the pattern of a rank such as 排名全省第二 or 居全国第 2 位."""
    w = figure_words()
    return re.compile(
        rf"(?P<scope>{_alt(w.rank_scopes)})(?:范围内)?{S}"
        rf"(?:[^，。；,;第\d]{{0,8}}?(?:排名|排|居|位居|位列))?{S}第{S}"
        rf"(?P<num>\d{{1,3}}|[一二三四五六七八九十]{{1,3}}){S}(?P<unit>位|名|大)?"
    )


def _excluded(text: str, m: re.Match[str]) -> bool:
    """Return True when the match is an ordinal, code, idiom or attribute rather than an amount."""
    w = figure_words()
    start = m.start("num")
    before = text[max(0, start - 3):start].rstrip()
    if before and (before[-1].isascii() and (before[-1].isalnum() or before[-1] in ".-/")):
        return True
    if before.endswith(w.not_before):
        return True
    after = text[m.end():m.end() + 4].lstrip()
    if after.startswith(w.not_after):
        return True
    if m.group("num")[0].isdigit():
        return False
    prev = text[start - 1:start]
    return bool(re.match(CHINESE, after[:1] or "x") or (prev and (re.match(CHINESE, prev)
                or prev in w.units or prev in w.classifiers)))


def _quantity(text: str, m: re.Match[str]) -> Quantity | None:
    """Return the Quantity of a match, or None when it is not an amount."""
    w = figure_words()
    value = number_value(m.group("num"))
    if value is None or _excluded(text, m):
        return None
    if not m.group("num")[0].isdigit() and value < CHINESE_MIN:
        return None
    unit = m.group("unit")
    value *= w.multipliers.get(m.group("mult") or "", 1.0) * w.multipliers.get(unit, 1.0)
    approx = m.group("pre") or m.group("p1") or m.group("p2") or m.group("post")
    start = m.start("pre") if m.group("pre") else m.start("num")
    return Quantity(start, m.end(), value, w.units[unit], approx)


def _definitional(text: str, q: Quantity) -> bool:
    """Return True for a threshold that qualifies a noun (56人以上大班额, 千万元以上入园企业)."""
    return q.approx in ("以上", "以下") and bool(CJK.match(text[q.end:q.end + 1]))


def find_quantities(text: str, masked: list[tuple[int, int]]) -> list[Quantity]:
    """Return the amounts and ranks in ``text`` outside the masked spans, in text order."""
    found = []
    for m in quantity_pattern().finditer(text):
        q = _quantity(text, m)
        if q and not _definitional(text, q) and not _inside(q, masked):
            found.append(q)
    for m in rank_pattern().finditer(text):
        value = number_value(m.group("num"))
        if value is not None:
            found.append(Quantity(m.start(), m.end(), value, "名次", None, rank=True))
    return sorted(found, key=lambda q: q.start)


def _inside(q: Quantity, masked: list[tuple[int, int]]) -> bool:
    """Return True when the quantity overlaps a masked span (a date)."""
    return any(q.start < end and start < q.end for start, end in masked)

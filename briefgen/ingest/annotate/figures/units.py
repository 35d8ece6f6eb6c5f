"""Quantities (approximation + number + multiplier + unit) and ranks found in a sentence."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from briefgen.ingest.annotate.figures.bare import multiplier_name
from briefgen.ingest.annotate.figures.numbers import ARABIC, CHINESE, number_value
from briefgen.ingest.annotate.figures.vocab import figure_words

S = r"[ \t\u3000]*"
CJK = re.compile(r"[\u4e00-\u9fff]")
_ARABIC = re.compile(ARABIC)
_CHINESE = re.compile(CHINESE)
# Chinese numerals below 100 are often names (两个维护, 十条措施, 三大产业); they count only from 十 up
# and when closing their phrase (召开专题会议十二次) or approximate (三十余个).
CHINESE_SMALL = 100.0
CHINESE_MIN = 10.0
CHINESE_CLOSING_MIN = 2.0  # 国家级绿色工厂两家。: a count of things closing its phrase counts from 两 up
CLOSES = "，,。；;、"


@dataclass
class Quantity:
    """A value with its unit as printed in a sentence; start/end cover the printed figure."""

    start: int
    end: int
    value: float
    unit: str
    approx: str | None
    rank: bool = False
    subject: str = ""


def _alt(words: Iterable[str]) -> str:
    """Return a regex alternation of literal words, longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def quantity_pattern() -> re.Pattern[str]:
    """Return the pattern of approx? number approx? multiplier? approx? unit approx?."""
    w = figure_words()
    firsts = re.escape("".join(sorted({a[0] for a in w.approx_before if a})))
    lead = rf"(?=[\d \t\u3000{CHINESE.strip('[]+')}{firsts}])"  # what a match opens with: one test per position
    return re.compile(
        rf"{lead}(?P<pre>{_alt(w.approx_before)})?{S}(?P<num>{ARABIC}|{CHINESE}){S}"
        rf"(?P<p1>余|多)?{S}(?P<mult>{_multipliers()})?{S}(?P<p2>余|多)?{S}"
        rf"(?P<unit>{_alt(w.units)})(?P<post>{_alt(a for a in w.approx_after if len(a) > 1)})?"
    )


def _multipliers() -> str:
    """Return the alternation of multipliers, none read where it opens a unit (8千余户, but 3千米, 5千瓦)."""
    w = figure_words()
    parts = []
    for mult in sorted(w.multipliers, key=len, reverse=True):
        rests = [u[len(mult):] for u in w.units if u.startswith(mult) and len(u) > len(mult)]
        parts.append(re.escape(mult) + (f"(?!{_alt(rests)})" if rests else ""))
    return "|".join(parts)


@cache
def rank_pattern() -> re.Pattern[str]:
    """Return the pattern of a rank such as 排名全省第二 or 居全国第 2 位."""
    w = figure_words()
    field = rf"(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})个?(?:{_alt(w.rank_fields)})"
    return re.compile(
        rf"(?:(?P<scope>{_alt(w.rank_scopes)})(?:范围内)?{S}(?:{field})?{S}"
        rf"(?:(?P<what>[^，。；,;第\d]{{0,10}}?)(?:排名|排|居|位居|位列))?"
        rf"|(?:排名|位居|位列|名列|排在)){S}(?:第{S}"
        rf"(?P<num>\d{{1,3}}|[一二三四五六七八九十]{{1,3}}){S}(?P<unit>位|名|大)?|(?P<first>{_alt(w.rank_first)}))"
    )


def _excluded(text: str, m: re.Match[str]) -> bool:
    """Return True when the match is an ordinal, code, idiom or attribute rather than an amount."""
    w = figure_words()
    start = m.start("num")
    before = text[max(0, start - 3):start].rstrip()
    if before.upper().endswith(w.ascii_names):  # 人均GDP45228元: an indicator's letters, no code
        return False
    if before and (before[-1].isascii() and (before[-1].isalnum() or before[-1] in ".-/")):
        return True
    if before.endswith(w.not_before):
        return True
    after = text[m.end():m.end() + 4].lstrip()
    if after.startswith(w.not_after) and not after.startswith(w.not_after_exempt):
        return True
    if m.group("num")[0].isdigit():
        return False
    prev = text[start - 1:start]
    return bool(_CHINESE.match(after[:1] or "x") or (prev and (_CHINESE.match(prev)
                or prev in w.units or prev in w.classifiers)))


def _names_a_thing(text: str, m: re.Match[str]) -> bool:
    """Return True when a small Chinese numeral is part of a name rather than a count."""
    value = number_value(m.group("num")) or 0.0
    closing = m.group("unit") in figure_words().classifiers and text[m.end():m.end() + 1] in tuple(CLOSES) + ("",)
    if value < CHINESE_MIN:
        return not (closing and value >= CHINESE_CLOSING_MIN)
    approx = m.group("p1") or m.group("p2") or m.group("post") or m.group("pre")
    return not approx and bool(CJK.match(text[m.end():m.end() + 1]))


def _quantity(text: str, m: re.Match[str]) -> Quantity | None:
    """Return the Quantity of a match, or None when it is not an amount."""
    w = figure_words()
    value = number_value(m.group("num"))
    if value is None or _excluded(text, m):
        return None
    if multiplier_name(m.group("num"), m.group("unit"), text[m.end():m.end() + 4]):
        return None
    if not m.group("num")[0].isdigit() and value < CHINESE_SMALL and _names_a_thing(text, m):
        return None
    unit = m.group("unit")
    value *= w.multipliers.get(m.group("mult") or "", 1.0) * w.multipliers.get(unit, 1.0)
    approx = m.group("pre") or m.group("p1") or m.group("p2") or m.group("post")
    start = m.start("pre") if m.group("pre") else m.start("num")
    return Quantity(start, m.end(), value, w.units[unit], approx)


def _definitional(text: str, q: Quantity) -> bool:
    """Return True for a threshold that qualifies a noun (56人以上大班额, 超10亿元项目)."""
    w = figure_words()
    if not CJK.match(text[q.end:q.end + 1]) or q.approx not in w.threshold_approx:
        return False
    return q.approx in ("以上", "以下") or q.unit in w.threshold_units


def find_quantities(text: str, masked: list[tuple[int, int]]) -> list[Quantity]:
    """Return the amounts and ranks in ``text`` outside the masked spans, in text order."""
    found = []
    for m in quantity_pattern().finditer(text):
        q = _quantity(text, m)
        if q and not _definitional(text, q) and not _inside(q, masked):
            found.append(q)
    ranks = []
    for m in rank_pattern().finditer(text):
        value = 1.0 if m.group("first") else number_value(m.group("num"))
        if value is not None and not text.startswith(figure_words().rank_not_after, m.end()):
            subject = (m.group("what") or "").strip()
            ranks.append(Quantity(m.start(), m.end(), value, "名次", None, True, subject))
    found = [q for q in found if not any(r.start <= q.start and q.end <= r.end for r in ranks)] + ranks  # 11个地市
    found += [q for q in _shared_unit(text, found) if not _inside(q, masked)]
    return sorted(found, key=lambda q: q.start)


@cache
def _shared_pattern() -> re.Pattern[str]:
    """Return the pattern of a bare number joined to the next figure (0.3和0.6个百分点)."""
    return re.compile(rf"(?<![\w.\-/])(?P<num>{ARABIC}){S}(?:和|、|与|及){S}$", re.ASCII)


def _shared_unit(text: str, found: list[Quantity]) -> list[Quantity]:
    """Return bare numbers that share the unit of the figure right after them."""
    shared = []
    for q in found:
        own = _ARABIC.match(text, q.start)
        m = _shared_pattern().search(text, max(0, q.start - 24), q.start)
        if q.rank or own is None or m is None:
            continue
        factor = q.value / (number_value(own.group()) or 1.0)
        value = number_value(m.group("num"))
        if value is not None and not any(o.start <= m.start() < o.end for o in found):
            shared.append(Quantity(m.start(), m.end("num"), value * factor, q.unit, None))
    return shared


def _inside(q: Quantity, masked: list[tuple[int, int]]) -> bool:
    """Return True when the quantity overlaps a masked span (a date)."""
    return any(q.start < end and start < q.end for start, end in masked)

"""Numbers, vocabulary and calendar arithmetic behind briefgen.ingest.annotate.dates."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from functools import cache
from typing import Any

from briefgen.ingest.annotate.narrow import Narrowing
from briefgen.resources import data_file
from briefgen.yamlio import load_yaml

_DIGITS = {ch: i for i, ch in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0, "两": 2}
# News looks back more often than ahead: a future date counts this much farther away.
FUTURE_WEIGHT = 1.5
_NARROWING = Narrowing("０１２３４５６７８９．－／", "0123456789.-/")
FULLWIDTH = _NARROWING.table


@dataclass(frozen=True)
class DateWords:
    """The date vocabulary from ``briefgen/data/dates.yaml``."""

    vague: tuple[str, ...]
    relative_years: dict[str, int]
    since: tuple[str, ...]
    range: tuple[str, ...]
    periods: dict[str, tuple[int, int]]
    month_parts: dict[str, tuple[int, int]]
    year_parts: dict[str, tuple[int, int]]
    year_parts_bare: tuple[str, ...]


@cache
def date_words() -> DateWords:
    """Return the shipped date vocabulary."""
    with data_file("dates.yaml").open(encoding="utf-8") as fh:
        raw: dict[str, Any] = load_yaml(fh.read())
    return DateWords(
        vague=tuple(raw["vague"]),
        relative_years=dict(raw["relative_years"]),
        since=tuple(raw["since"]),
        range=tuple(str(r) for r in raw["range"]),
        periods={str(k): (v[0], v[1]) for k, v in raw["periods"].items()},
        month_parts={str(k): (v[0], v[1]) for k, v in raw["month_parts"].items()},
        year_parts={str(k): (v[0], v[1]) for k, v in raw["year_parts"].items()},
        year_parts_bare=tuple(raw["year_parts_bare"]),
    )


def halfwidth(text: str) -> str:
    """Return ``text`` with full-width digits, point, dash and slash made ASCII."""
    return _NARROWING(text)


def small_number(text: str) -> int | None:
    """Return the value of a month/day number in Arabic or Chinese numerals (一, 十二, 三十一)."""
    text = text.strip().translate(FULLWIDTH)
    if text.isdigit():
        return int(text)
    if "十" not in text:
        return _DIGITS.get(text) if len(text) == 1 else None
    tens, _, units = text.partition("十")
    high = _DIGITS.get(tens, -1) if tens else 1
    low = _DIGITS.get(units, -1) if units else 0
    return None if high < 0 or low < 0 else high * 10 + low


def year_number(text: str) -> int | None:
    """Return a four-digit year written in Arabic digits or digit by digit in Chinese (二〇二三)."""
    text = text.strip().translate(FULLWIDTH)
    if not text.isdigit():
        digits = [_DIGITS.get(ch) for ch in text]
        if any(d is None for d in digits):
            return None
        text = "".join(str(d) for d in digits)
    year = int(text)
    return year if 1900 <= year <= 2100 else None


def last_day(year: int, month: int) -> int:
    """Return the number of days in a month."""
    return calendar.monthrange(year, month)[1]


def make_date(year: int, month: int, day: int) -> dt.date | None:
    """Return the date, or None when it does not exist."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def distance(start: dt.date, end: dt.date, when: dt.date) -> int:
    """Return how many days ``when`` lies outside [start, end] (0 inside)."""
    if when < start:
        return (start - when).days
    return max(0, (when - end).days)


def nearest_year(first: tuple[int, int], last: tuple[int, int], published: dt.date) -> int | None:
    """Return the year putting the month/day span (first..last) nearest the publication date."""
    best: tuple[float, int] | None = None
    for year in (published.year - 1, published.year, published.year + 1):
        start = make_date(year, *first)
        end = make_date(year + (last < first), *last)
        if start and end:
            gap = distance(start, end, published) * (FUTURE_WEIGHT if start > published else 1)
            if best is None or gap < best[0]:
                best = (gap, year)
    return best[1] if best else None


def reported_year(first_month: int, last_month: int, published: dt.date) -> int:
    """Return the year of a statistical period (1-5月, 上半年): the latest begun, unless just begun."""
    year = published.year if first_month <= published.month else published.year - 1
    begun = dt.date(year, first_month, 1)
    prev_end = dt.date(year - 1, last_month, last_day(year - 1, last_month))
    if (published - begun).days < 31 and (published - prev_end).days < 62:
        return year - 1
    return year

"""Date expressions in a text, resolved to absolute dates or periods against the publication date."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache

from briefgen.ingest.annotate.datewords import (
    date_words,
    halfwidth,
    last_day,
    make_date,
    nearest_year,
    reported_year,
    small_number,
    year_number,
)
from briefgen.records import Event

Span = tuple[dt.date, dt.date] | None
Resolver = Callable[[re.Match[str], dt.date | None], Span]

NUM = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
YEAR = r"(?:(?:19|20)\d{2}|[〇零○一二][〇零○一二三四五六七八九]{3})"
S = r"[ \t\u3000]*"
EDGE = r"(?<![\d.\-/A-Za-z])"


def _alternation(words: Iterable[str]) -> str:
    """Return a regex alternation of literal words, longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _lead(*words: Iterable[str]) -> str:
    """Return a lookahead for a match's first character: a digit, a Chinese numeral or the first of one of ``words``
    (one test per position, where a pattern opening with an optional year tries every part of it)."""
    firsts = "".join(sorted({w[0] for group in words for w in group if w}))
    return rf"(?=[\d〇零○一二三四五六七八九十{re.escape(firsts)}])"


@cache
def _patterns() -> list[tuple[re.Pattern[str], Resolver, re.Pattern[str] | None]]:
    """Return (pattern, resolver, needle) triples, one per kind of date expression.

    The needle is a cheap search that every match of the pattern contains (月, 年, a period word),
    so a text without it skips the pattern; None means the pattern is tried on every text.
    """
    w = date_words()
    rng, rel = _alternation(w.range), _alternation(w.relative_years)
    ypre = rf"(?:(?P<y>{YEAR}){S}年{S}|(?P<rel>{rel}){S})?"
    since = rf"(?P<since>{_alternation(w.since)})?"
    month, year = re.compile("月"), re.compile("年")
    lead = _lead(w.relative_years)  # a year, a relative year or a number opens these
    return [
        (re.compile(rf"{lead}{EDGE}{ypre}(?P<m>{NUM}){S}月{S}(?P<d>{NUM}){S}(?:[日号]|(?={rng}))"
                    rf"(?:{S}(?:{rng}){S}(?:(?P<y2>{YEAR}){S}年{S})?(?:(?P<m2>{NUM}){S}月{S})?"
                    rf"(?P<d2>{NUM}){S}[日号])?"), _days, month),
        (re.compile(rf"{lead}{EDGE}(?P<y>(?:19|20)\d\d)(?P<sep>[-./])(?P<m>\d{{1,2}})(?P=sep)"
                    rf"(?P<d>\d{{1,2}})(?![\d.])"), _days, re.compile(r"(?:19|20)\d\d[-./]\d")),
        (re.compile(rf"{lead}{EDGE}{ypre}(?P<m>{NUM}){S}(?:月份?{S})?(?:{rng}){S}"
                    rf"(?:(?P<y2>{YEAR}){S}年{S})?(?P<m2>{NUM}){S}月份?{since}"), _months, month),
        (re.compile(rf"{lead}{EDGE}{ypre}(?P<m>{NUM}){S}月份?"
                    rf"(?P<part>{_alternation(w.month_parts)})?(?![日号\d])"), _month, month),
        (re.compile(rf"{_lead(w.relative_years, w.periods)}{ypre}(?P<p>{_alternation(w.periods)}){since}"), _period,
         re.compile(_alternation(w.periods))),
        (re.compile(rf"{EDGE}(?:(?:(?P<y>{YEAR}){S}年{S}|(?P<rel>{rel}){S})年?(?P<p>{_alternation(w.year_parts)})"
                    rf"|年(?P<bare>{_alternation(w.year_parts_bare)}))(?!步)(?:以?前)?{since}"), _year_part,
         re.compile(f"年年?(?:{_alternation(w.year_parts)})")),
        (re.compile(rf"{lead}{EDGE}(?P<y>{YEAR}){S}(?:年{S})?(?:{rng}){S}(?P<y2>{YEAR}){S}年度?"), _years, year),
        (re.compile(rf"{lead}{EDGE}(?P<y>{YEAR}){S}年度?{since}"), _years, year),
        (re.compile(rf"(?P<rel>{rel}){since}"), _years, None),
        (re.compile(_alternation(w.vague)), lambda m, p: None, None),
    ]


def _year(m: re.Match[str], published: dt.date | None, key: str = "y") -> int | None:
    """Return the year written in group ``key`` or implied by a relative word (今年, 去年)."""
    if m.groupdict().get(key):
        return year_number(m.group(key))
    if m.groupdict().get("rel") and published:
        return published.year + date_words().relative_years[m.group("rel")]
    return None


def _num(m: re.Match[str], key: str) -> int | None:
    """Return the month/day number in group ``key``, or None when the group is absent."""
    return small_number(m.group(key)) if m.groupdict().get(key) else None


def _days(m: re.Match[str], published: dt.date | None) -> Span:
    """Resolve a day or a range of days (1月5日, 2月21日至22日, 1月7日至2月7日)."""
    month, day = _num(m, "m"), _num(m, "d")
    month2, day2 = _num(m, "m2") or month, _num(m, "d2") or day
    if not (month and day and month2 and day2):
        return None
    year = _year(m, published)
    if year is None and published:
        year = nearest_year((month, day), (month2, day2), published)
    if year is None:
        return None
    year2 = _year(m, None, "y2") or year + ((month2, day2) < (month, day))
    start, end = make_date(year, month, day), make_date(year2, month2, day2)
    return (start, end) if start and end and start <= end else None


def _month_span(year: int, month: int, year2: int, month2: int) -> Span:
    """Return the first day of one month to the last day of another."""
    if not (1 <= month <= 12 and 1 <= month2 <= 12) or (year2, month2) < (year, month):
        return None
    return dt.date(year, month, 1), dt.date(year2, month2, last_day(year2, month2))


def _with_since(m: re.Match[str], span: Span, published: dt.date | None) -> Span:
    """Stretch a span to the publication date when the expression says 以来."""
    if span and m.groupdict().get("since") and published and published > span[0]:
        return span[0], published
    return span


def _months(m: re.Match[str], published: dt.date | None) -> Span:
    """Resolve a range of months (1-5月, 1至11月份, 2023年8月至11月)."""
    month, month2 = _num(m, "m"), _num(m, "m2")
    if not (month and month2 and 1 <= month <= 12 and 1 <= month2 <= 12):
        return None
    year = _year(m, published)
    if year is None and published:
        year = reported_year(month, month2, published)
    if year is None:
        return None
    year2 = _year(m, None, "y2") or year + (month2 < month)
    return _with_since(m, _month_span(year, month, year2, month2), published)


def _month(m: re.Match[str], published: dt.date | None) -> Span:
    """Resolve one month, or part of one (11月, 2022年10月, 11月底, 7月上旬)."""
    month = _num(m, "m")
    if not month or not 1 <= month <= 12:
        return None
    year = _year(m, published)
    if year is None and published:
        year = nearest_year((month, 1), (month, last_day(published.year, month)), published)
    if year is None:
        return None
    first, last = date_words().month_parts.get(m.group("part") or "", (1, 0))
    end_day = last_day(year, month)
    return dt.date(year, month, first or end_day), dt.date(year, month, last or end_day)


def _year_part(m: re.Match[str], published: dt.date | None) -> Span:
    """Resolve the end or start of a year (2020年底, 今年年初, 年末前), the year taken from the page
    when it is not written."""
    first, last = date_words().year_parts[m.group("p") or m.group("bare")]
    year = _year(m, published) or (published.year if published else None)
    return None if year is None else _with_since(m, _month_span(year, first, year, last), published)


def _period(m: re.Match[str], published: dt.date | None) -> Span:
    """Resolve a part of a year (上半年, 前三季度, 一季度), with or without its year."""
    first, last = date_words().periods[m.group("p")]
    year = _year(m, published)
    if year is None and published:
        year = reported_year(first, last, published)
    if year is None:
        return None
    return _with_since(m, _month_span(year, first, year, last), published)


def _years(m: re.Match[str], published: dt.date | None) -> Span:
    """Resolve a year or a range of years (2022年, 2019—2025年, 今年, 去年以来)."""
    year = _year(m, published)
    year2 = _year(m, None, "y2") or year
    if year is None or year2 is None or year2 < year:
        return None
    return _with_since(m, (dt.date(year, 1, 1), dt.date(year2, 12, 31)), published)


def _matches(text: str) -> Iterator[tuple[int, int, Resolver, re.Match[str]]]:
    """Yield every candidate expression as (start, end, resolver, match)."""
    for pattern, resolver, needle in _patterns():
        if needle is not None and not needle.search(text):
            continue
        for m in pattern.finditer(text):
            if m.end() > m.start():
                yield m.start(), m.end(), resolver, m


def _chosen(text: str) -> list[tuple[int, int, Resolver, re.Match[str]]]:
    """Return non-overlapping candidates, the longest winning where they overlap."""
    chosen: list[tuple[int, int, Resolver, re.Match[str]]] = []
    taken_until = -1
    for cand in sorted(_matches(text), key=lambda c: (c[0], c[0] - c[1])):
        if cand[0] >= taken_until:
            chosen.append(cand)
            taken_until = cand[1]
    return chosen


def _event(original: str, span: Span, paragraph: int) -> Event:
    """Return the Event for a printed expression and its resolved span."""
    if span is None:
        return Event(original, None, None, paragraph)
    return Event(original, span[0].isoformat(), span[1].isoformat(), paragraph)


def resolve_events(text: str, published: dt.date | None, paragraph: int = 0) -> list[Event]:
    """Return the date expressions in ``text`` resolved against ``published``, in text order."""
    normal = halfwidth(text)
    vague = set(date_words().vague)
    events = []
    for start, end, resolver, m in _chosen(normal):
        span = resolver(m, published)
        if span is None and m.group() not in vague and published is not None:
            continue
        events.append(_event(text[start:end].strip(), span, paragraph))
    return events


def parse_full_date(text: str) -> dt.date | None:
    """Return the first complete date (年月日 or 2021-07-19) in ``text``, or None."""
    normal = halfwidth(text)
    for pattern, resolver, needle in _patterns()[:2]:
        if needle is not None and not needle.search(normal):
            continue
        for m in pattern.finditer(normal):
            if m.group("y") and not m.groupdict().get("d2"):
                span = resolver(m, None)
                if span:
                    return span[0]
    return None


def date_spans(text: str) -> list[tuple[int, int, str]]:
    """Return (start, end, printed text) of every date expression in ``text``, in text order."""
    normal = halfwidth(text)
    return [(start, end, text[start:end]) for start, end, _, _ in _chosen(normal)]

"""Publication dates found next to a link, in a URL, in a feed entry or in a fetched page."""

from __future__ import annotations

import datetime as dt
import re
from email.utils import parsedate_to_datetime

_TEXT_DATE = re.compile(
    r"(?<!\d)((?:19|20)\d{2})\s*(?:[-/.]|年)\s*(\d{1,2})\s*(?:[-/.]|月)\s*(\d{1,2})(?!\d)"
)
_URL_DATES = (
    re.compile(r"(?<!\d)((?:19|20)\d{2})[-/_]?(\d{2})[-/_]?(\d{2})(?!\d)"),  # 2023-01/07, 20230107, t20230107_
    re.compile(r"(?<!\d)((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})(?!\d)"),
)


def _day(year: str, month: str, day: str) -> dt.date | None:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def date_in_text(text: str, pattern: str | None = None) -> dt.date | None:
    """Return the first date written in ``text`` (2023-01-07, 2023年1月7日, 2023/1/7, 2023.01.07).

    A ``pattern`` (a source's date_pattern) has three groups: year (two digits mean 20xx), month, day.
    """
    if pattern:
        found = re.search(pattern, text)
        if found and len(found.groups()) >= 3:
            year, month, day = found.groups()[:3]
            return _day(str(2000 + int(year)) if len(year) == 2 else year, month, day)
        return None
    for m in _TEXT_DATE.finditer(text):
        day = _day(*m.groups())
        if day:
            return day
    return None


def date_in_url(url: str) -> dt.date | None:
    """Return a date written in a URL's path (…/2023-01/07/…, …/t20230107_123.html), if any."""
    path = url.split("://", 1)[-1].split("/", 1)[-1]
    for pattern in _URL_DATES:
        for m in pattern.finditer(path):
            day = _day(*m.groups())
            if day:
                return day
    return None


def date_of_feed(value: str | None) -> dt.date | None:
    """Return the date of an RSS pubDate (RFC 822) or Atom/sitemap timestamp (ISO 8601)."""
    if not value:
        return None
    text = value.strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        return date_in_text(text)


def date_of_page(root: object, labels: tuple[str, ...], meta_names: tuple[str, ...]) -> dt.date | None:
    """Return a page's publication date: a date <meta>, else a labelled line (发布时间：…) near the top."""
    for meta in root.iter("meta"):  # type: ignore[attr-defined]
        name = (meta.get("name") or meta.get("property") or meta.get("itemprop") or "").lower()
        if name in meta_names:
            day = date_of_feed(meta.get("content"))
            if day:
                return day
    body = root.find("body")  # type: ignore[attr-defined]
    text = body.text_content() if body is not None else ""
    for label in labels:
        at = text.find(label)
        while at >= 0:
            day = date_in_text(text[at: at + len(label) + 30])
            if day:
                return day
            at = text.find(label, at + 1)
    return None


def in_range(day: dt.date | None, since: dt.date | None, until: dt.date | None) -> bool:
    """Return True when ``day`` lies in [since, until] (an open end takes anything)."""
    if day is None:
        return False
    return (since is None or day >= since) and (until is None or day <= until)

"""Evidence for a page's publication date: the date shown in its text, its publication markup or address.

A date found by an extractor counts only when the page itself carries it there: a date in the visible text
(before the page's furniture is pruned: bylines often sit in a "footer" box), in a publication <meta> tag,
in publication fields of embedded JSON, or in the canonical address. A date the markup states as the
publication date (a <meta>, a JSON field, or a script's creation stamp as on WeChat pages, whose visible
time is only 昨天) outranks one the extractor guessed from the text: related items carry dates too.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from briefgen.readers.html_dom import tag_of, text_of

_ANY_DATE = re.compile(r"((?:19|20)\d\d)\s*[-/.年_]?\s*(\d{1,2})\s*[-/.月_]?\s*(\d{1,2})(?!\d)")
_DATE_META = ("publish", "pubdate", "pub:", "pubtime", "date", "created", "release", "ptime")
_PUB_META = ("publish", "pubdate", "pubtime", "ptime")
_JSON_FIELD = re.compile(r'"(?:pubDate|publishDate|datePublished|publish_time|pubtime|pubTime|publishTime)"\s*:\s*"([^"]{8,40})"')
_HIDDEN = {"script", "style", "noscript", "template"}
# A script's creation stamp in Unix seconds (WeChat: var ct = "1581418070").
_SCRIPT_STAMP = re.compile(r"""\bvar\s+(?:ct|create_time|publish_time)\s*=\s*["']?(1\d{9})["']?""")
_CHINA = dt.timezone(dt.timedelta(hours=8))


def _iso_dates(text: str) -> list[str]:
    return [f"{y}-{int(m):02d}-{int(d):02d}" for y, m, d in _ANY_DATE.findall(text)
            if 1 <= int(m) <= 12 and 1 <= int(d) <= 31]


def _visible_text(root: Any) -> str:
    parts = []
    for element in root.iter():
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if tag and tag not in _HIDDEN:
            parts.append(element.text or "")
        parts.append(element.tail or "")
    return " ".join(parts)


def _meta_name(meta: Any) -> str:
    return " ".join(meta.get(k) or "" for k in ("name", "property", "itemprop")).lower()


def page_dates(root: Any, marked: list[str]) -> set[str]:
    """Return the dates the page shows or marks (``marked``: its stated publication dates); call before pruning."""
    found = set(_iso_dates(_visible_text(root)))
    for meta in root.iter("meta"):
        name = _meta_name(meta)
        if any(word in name for word in _DATE_META) and "modif" not in name:
            found.update(_iso_dates(meta.get("content") or ""))
    for link in root.iter("link"):
        if (link.get("rel") or "").lower() == "canonical":
            found.update(_iso_dates(link.get("href") or ""))
    found.update(marked)
    return found


def marked_dates(root: Any, html_text: str) -> list[str]:
    """Return the dates the markup states as published: publication <meta> tags, JSON fields, script stamps."""
    dates = []
    for meta in root.iter("meta"):
        name = _meta_name(meta)
        if any(word in name for word in _PUB_META) and "modif" not in name:
            dates.extend(_iso_dates(meta.get("content") or ""))
    for value in _JSON_FIELD.findall(html_text):
        dates.extend(_iso_dates(value))
    for stamp in _SCRIPT_STAMP.findall(html_text):
        dates.append(dt.datetime.fromtimestamp(int(stamp), _CHINA).date().isoformat())
    return dates


@dataclass
class DateEvidence:
    """What a page says about its publication date, gathered before its furniture is pruned."""

    shown: set[str]
    marked: list[str]

    def choose(self, extracted: str | None, stamp: str | None = None) -> str | None:
        """Return the extractor's date when the page shows it (the marked one if it marks another, else the
        headline's stamp if that differs), else the stamp, else None."""
        if not extracted or extracted not in self.shown:
            return stamp
        if self.marked and extracted not in self.marked:
            return self.marked[0]
        return stamp if stamp and extracted not in self.marked else extracted


def date_evidence(root: Any, html_text: str) -> DateEvidence:
    """Return the page's date evidence (call before pruning)."""
    marked = marked_dates(root, html_text)
    return DateEvidence(page_dates(root, marked), marked)


# A stamp: a full date with its clock time (2009年11月09日11:30, 2021-04-23 09:37), as set under a headline.
_STAMP = re.compile(r"((?:19|20)\d\d)\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*(?:星期.\s*)?\d{1,2}[:：]\d{2}")
STAMP_LINE_MAX = 120  # a longer text is a body or a list, not the line under a headline
_WHOLE = frozenset({"html", "head", "body"})  # their text is the whole page: never a stamp line


def _stamp(text: str) -> str | None:
    found = _STAMP.search(text) if len(text) <= STAMP_LINE_MAX else None
    if found is None or not (1 <= int(found[2]) <= 12 and 1 <= int(found[3]) <= 31):
        return None
    return f"{found[1]}-{int(found[2]):02d}-{int(found[3]):02d}"


def headline_stamp(root: Any, title: str | None, body_start: Any) -> str | None:
    """Return the date stamped (with its clock time) on a line between the headline and the body, else None."""
    if not title:
        return None
    seen = False
    for element in root.iter():
        if element is body_start:
            return None
        tag = tag_of(element)
        if not tag or tag in _HIDDEN or tag in _WHOLE:
            continue
        text = text_of(element)
        if seen and (day := _stamp(text)):
            return day
        seen = seen or text == title
    return None

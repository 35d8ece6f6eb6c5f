"""Evidence for a page's publication date: the date shown in its text, its publication markup or address.

A date found by an extractor counts only when the page itself carries it there: a date in the visible text
(before the page's furniture is pruned: bylines often sit in a "footer" box), in a publication <meta> tag,
in publication fields of embedded JSON, or in the canonical address.
"""

from __future__ import annotations

import re
from typing import Any

_ANY_DATE = re.compile(r"((?:19|20)\d\d)\s*[-/.年_]?\s*(\d{1,2})\s*[-/.月_]?\s*(\d{1,2})(?!\d)")
_DATE_META = ("publish", "pubdate", "pub:", "pubtime", "date", "created", "release", "ptime")
_JSON_FIELD = re.compile(r'"(?:pubDate|publishDate|datePublished|publish_time|pubtime|pubTime|publishTime)"\s*:\s*"([^"]{8,40})"')
_HIDDEN = {"script", "style", "noscript", "template"}


def _iso_dates(text: str) -> set[str]:
    return {f"{y}-{int(m):02d}-{int(d):02d}" for y, m, d in _ANY_DATE.findall(text)
            if 1 <= int(m) <= 12 and 1 <= int(d) <= 31}


def _visible_text(root: Any) -> str:
    parts = []
    for element in root.iter():
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if tag and tag not in _HIDDEN:
            parts.append(element.text or "")
        parts.append(element.tail or "")
    return " ".join(parts)


def page_dates(root: Any, html_text: str) -> set[str]:
    """Return the dates the page shows or marks as its publication date (call before pruning)."""
    found = _iso_dates(_visible_text(root))
    for meta in root.iter("meta"):
        name = " ".join(meta.get(k) or "" for k in ("name", "property", "itemprop")).lower()
        if any(word in name for word in _DATE_META) and "modif" not in name:
            found |= _iso_dates(meta.get("content") or "")
    for link in root.iter("link"):
        if (link.get("rel") or "").lower() == "canonical":
            found |= _iso_dates(link.get("href") or "")
    for value in _JSON_FIELD.findall(html_text):
        found |= _iso_dates(value)
    return found


def shown_date(date: str, evidence: set[str]) -> bool:
    """Return True when ``date`` is among the dates the page shows or marks as published."""
    return date in evidence

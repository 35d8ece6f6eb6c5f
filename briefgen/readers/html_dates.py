"""Evidence for a page's publication date: the date shown in its text, its meta tags or its address."""

from __future__ import annotations

import re
from typing import Any

_ANY_DATE = re.compile(r"((?:19|20)\d\d)\s*[-/.年_]?\s*(\d{1,2})\s*[-/.月_]?\s*(\d{1,2})(?!\d)")


def _iso_dates(text: str) -> set[str]:
    return {f"{y}-{int(m):02d}-{int(d):02d}" for y, m, d in _ANY_DATE.findall(text)
            if 1 <= int(m) <= 12 and 1 <= int(d) <= 31}


_DATE_META = ("publish", "pubdate", "date", "created", "release", "ptime")


def page_dates(root: Any) -> set[str]:
    """Return the dates in the page's publication <meta> tags and canonical address (before pruning)."""
    found: set[str] = set()
    for meta in root.iter("meta"):
        name = " ".join(meta.get(k) or "" for k in ("name", "property", "itemprop")).lower()
        if any(word in name for word in _DATE_META) and "modif" not in name:
            found |= _iso_dates(meta.get("content") or "")
    for link in root.iter("link"):
        if (link.get("rel") or "").lower() == "canonical":
            found |= _iso_dates(link.get("href") or "")
    return found


def shown_date(date: str, root: Any, stamps: set[str]) -> bool:
    """Return True when ``date`` is written in the page's visible text, its meta tags or canonical address."""
    return date in stamps or date in _iso_dates(root.text_content())

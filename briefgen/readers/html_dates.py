"""Evidence for a page's publication date: the date shown in its text, its meta tags or its address."""

from __future__ import annotations

import re
from typing import Any

_ANY_DATE = re.compile(r"((?:19|20)\d\d)\s*[-/.年_]?\s*(\d{1,2})\s*[-/.月_]?\s*(\d{1,2})(?!\d)")


def _iso_dates(text: str) -> set[str]:
    return {f"{y}-{int(m):02d}-{int(d):02d}" for y, m, d in _ANY_DATE.findall(text)
            if 1 <= int(m) <= 12 and 1 <= int(d) <= 31}


def page_dates(root: Any) -> set[str]:
    """Return the dates written in the page's <meta> contents and links' addresses (before pruning)."""
    found: set[str] = set()
    for meta in root.iter("meta"):
        found |= _iso_dates(meta.get("content") or "")
    for link in root.iter("link"):
        found |= _iso_dates(link.get("href") or "")
    return found


def shown_date(date: str, root: Any, stamps: set[str]) -> bool:
    """Return True when ``date`` is written in the page's visible text, its meta tags or canonical address."""
    return date in stamps or date in _iso_dates(root.text_content())

"""Article links found on a list page (column page, e-paper page), with the dates shown beside them."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urldefrag, urljoin, urlsplit

from briefgen.collect.dates import date_in_text, date_in_url
from briefgen.collect.response import http_url
from briefgen.collect.settings import Settings

_SPACE = re.compile(r"\s+")


@dataclass
class Link:
    """An article link, the publication date shown beside it (None when none), and a sitemap's lastmod."""

    url: str
    date: dt.date | None = None
    title: str = ""
    modified: dt.date | None = None


def clean_url(base: str, href: str) -> str | None:
    """Return ``href`` made absolute against ``base``, without its #fragment; None if not http(s)."""
    href = (href or "").strip()
    if not href or href.startswith(("javascript:", "mailto:", "tel:", "#")):
        return None
    url = urldefrag(urljoin(base, href))[0]
    return url if http_url(url) else None


def parse_html(body: str) -> Any:
    """Return the lxml root of an HTML page."""
    import lxml.html

    return lxml.html.document_fromstring(body or "<html></html>")


def _text(element: Any) -> str:
    return _SPACE.sub(" ", element.text_content()).strip()


def _row_of(anchor: Any) -> Any:
    """Return the list row holding a link: the nearest li/tr/dd/p, else its parent."""
    for parent in anchor.iterancestors():
        if parent.tag in ("li", "tr", "dd", "p", "dl"):
            return parent
        if parent.tag in ("ul", "ol", "table", "body"):
            break
    return anchor.getparent() if anchor.getparent() is not None else anchor


def list_links(root: Any, base: str, settings: Settings, selector: str | None = None,
               pattern: str | None = None, date_pattern: str | None = None) -> list[Link]:
    """Return the article links of a list page, in page order, each once, with the row's date."""
    areas = root.cssselect(selector) if selector else [root]
    seen: dict[str, Link] = {}
    for area in areas:
        for anchor in area.iter("a"):
            url = clean_url(base, anchor.get("href", ""))
            if not url or url in seen or url.lower().endswith(settings.skip_suffixes):
                continue
            title = _text(anchor) or anchor.get("title", "")
            if pattern and not re.search(pattern, url):
                continue
            row = _text(_row_of(anchor))
            day = date_in_text(row, date_pattern) or date_in_url(url)
            if not (selector or pattern) and not _looks_like_article(url, base, title, day, settings):
                continue
            seen[url] = Link(url, day, title)
            if len(seen) >= settings.max_links:
                return list(seen.values())
    return list(seen.values())


def _looks_like_article(url: str, base: str, title: str, day: dt.date | None, settings: Settings) -> bool:
    """Return True for a same-site link that carries a date or a title-length text (not navigation)."""
    if urlsplit(url).hostname != urlsplit(base).hostname:
        return False
    return day is not None or len(title.replace(" ", "")) >= settings.min_title_chars


def next_page(root: Any, base: str, settings: Settings) -> str | None:
    """Return the URL of the list's next page (a link reading 下一页 and the like), if any."""
    for anchor in root.iter("a"):
        if _text(anchor) in settings.next_words or anchor.get("rel") == "next":
            url = clean_url(base, anchor.get("href", ""))
            if url and url != base:
                return url
    return None

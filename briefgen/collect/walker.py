"""Index pages (column pages, feeds, sitemaps) fetched through the URL cache: a 304 reuses the last body."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from briefgen.collect.cache import CachedPage, UrlCache, now
from briefgen.collect.feeds import parse_xml
from briefgen.collect.fetch import Fetcher
from briefgen.collect.links import Link, parse_html
from briefgen.collect.response import FetchError
from briefgen.collect.settings import Settings, reason
from briefgen.collect.store import decode_page


@dataclass
class Discovery:
    """The links one source lists, the index pages fetched (not from cache), and index failures."""

    links: list[Link] = field(default_factory=list)
    fetched: int = 0
    failed: list[dict[str, str]] = field(default_factory=list)


@dataclass
class Walker:
    """What a run walks with: the fetcher, the URL cache, the settings and the date range."""

    fetcher: Fetcher
    cache: UrlCache
    settings: Settings
    since: dt.date | None
    until: dt.date | None

    def index(self, url: str, found: Discovery, missing_ok: bool = False) -> bytes | None:
        """Return the body of an index page (fresh or, on 304, cached); None after recording a failure.

        With ``missing_ok`` a 404 is no failure (an e-paper has no issue that day).
        """
        cached = self.cache.get(url)
        known = cached is not None and cached.body is not None
        try:
            answer = self.fetcher.get(url, cached.etag if cached and known else None,
                                      cached.last_modified if cached and known else None)
        except FetchError as exc:
            if not (missing_ok and exc.status == 404):
                found.failed.append({"url": url, "reason": str(exc)})
            return None
        if answer.not_modified and cached is not None and cached.body is not None:
            return cached.body
        found.fetched += 1
        self.cache.put(CachedPage(url, "index", answer.headers.get("ETag"), answer.headers.get("Last-Modified"),
                                  answer.body, None, None, now()))
        return answer.body

    def html(self, url: str, found: Discovery, missing_ok: bool = False) -> Any | None:
        """Return the parsed index page at ``url``, or None after recording a failure."""
        body = self.index(url, found, missing_ok)
        if body is None:
            return None
        text = decode_page(body, None)
        if text is None:
            found.failed.append({"url": url, "reason": reason("undecodable")})
            return None
        return parse_html(text)

    def xml(self, url: str, found: Discovery) -> Any | None:
        """Return the parsed feed or sitemap at ``url``, or None after recording a failure."""
        body = self.index(url, found)
        if body is None:
            return None
        try:
            return parse_xml(body)
        except Exception as exc:  # noqa: BLE001 - lxml raises several kinds for bad XML
            found.failed.append({"url": url, "reason": reason("feed_unreadable", detail=str(exc)[:80])})
            return None

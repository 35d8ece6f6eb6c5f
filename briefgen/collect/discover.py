"""Follow one source (column pages, feed, sitemap, e-paper) to the article links inside a date range."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from briefgen.collect.cache import CachedPage, UrlCache, now
from briefgen.collect.dates import in_range
from briefgen.collect.fetch import Fetcher, FetchError
from briefgen.collect.links import (
    Link,
    feed_links,
    list_links,
    next_page,
    parse_html,
    parse_xml,
    sitemap_links,
)
from briefgen.collect.settings import Settings, reason
from briefgen.collect.sources import Source
from briefgen.collect.store import decode_page

MAX_EPAPER_DAYS = 62


@dataclass
class Discovery:
    """The links one source lists, the index pages fetched (not from cache), and index failures."""

    links: list[Link] = field(default_factory=list)
    fetched: int = 0
    failed: list[dict[str, str]] = field(default_factory=list)


@dataclass
class Walker:
    """Fetch a source's index pages through the cache: a 304 reuses the body saved last time."""

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
        etag = cached.etag if cached and cached.body is not None else None
        modified = cached.last_modified if cached and cached.body is not None else None
        try:
            answer = self.fetcher.get(url, etag, modified)
        except FetchError as exc:
            if not (missing_ok and exc.status == 404):
                found.failed.append({"url": url, "reason": str(exc)})
            return None
        if answer.not_modified and cached and cached.body is not None:
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

    def _older(self, links: list[Link]) -> bool:
        """Return True when a list page shows dates and all of them are before ``since``."""
        dated = [lk.date for lk in links if lk.date]
        return bool(self.since and dated and all(d < self.since for d in dated))

    def walk_list(self, source: Source, found: Discovery) -> None:
        """Collect links page after page until the dates shown fall before ``since`` or pages run out."""
        url: str | None = source.url
        seen: set[str] = set()
        for _ in range(source.max_pages or self.settings.max_pages):
            if url is None or url in seen:
                return
            seen.add(url)
            root = self.html(url, found)
            if root is None:
                return
            links = list_links(root, url, self.settings, source.selector, source.pattern, source.date_pattern)
            found.links.extend(links)
            if self._older(links):
                return
            url = next_page(root, url, self.settings)

    def walk_feed(self, source: Source, found: Discovery) -> None:
        """Collect the entries of an RSS/Atom feed."""
        root = self.xml(source.url, found)
        if root is not None:
            found.links.extend(feed_links(root, source.url))

    def walk_sitemap(self, source: Source, found: Discovery) -> None:
        """Collect the pages of a sitemap, following a sitemap index a limited number of times."""
        queue, seen = [source.url], set[str]()
        while queue and len(seen) < (source.max_pages or self.settings.max_pages):
            url = queue.pop(0)
            if url in seen:
                continue
            seen.add(url)
            root = self.xml(url, found)
            if root is None:
                continue
            pages, children = sitemap_links(root, url)
            found.links.extend(p for p in pages if p.modified is None or in_range(p.modified, self.since, None))
            queue.extend(children)

    def walk_epaper(self, source: Source, found: Discovery) -> None:
        """Collect each day's e-paper: the index for the day, its other pages (版面), their article links."""
        start = self.since or self.until or dt.date.today()
        end = self.until or dt.date.today()
        days = [start + dt.timedelta(days=n) for n in range(min((end - start).days + 1, MAX_EPAPER_DAYS))]
        for day in days:
            first = day.strftime(source.url)
            queue, seen = [first], set[str]()
            while queue and len(seen) < (source.max_pages or self.settings.max_pages):
                url = queue.pop(0)
                if url in seen:
                    continue
                seen.add(url)
                root = self.html(url, found, missing_ok=url == first)
                if root is None:
                    continue
                for link in list_links(root, url, self.settings, source.selector, source.pattern):
                    found.links.append(Link(link.url, day, link.title))
                if source.pages:
                    queue.extend(lk.url for lk in list_links(root, url, self.settings, None, source.pages))


def discover(walker: Walker, source: Source) -> Discovery:
    """Return the links ``source`` lists (dates as shown, not yet filtered) and its index failures."""
    found = Discovery()
    getattr(walker, f"walk_{source.kind}")(source, found)
    return found

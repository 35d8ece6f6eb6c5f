"""Follow one source (column pages, feed, sitemap, e-paper) to the article links it lists."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from urllib.parse import urlsplit

from briefgen.collect.dates import in_range
from briefgen.collect.feeds import feed_links, sitemap_links
from briefgen.collect.links import Link, list_links, next_page
from briefgen.collect.sources import Source
from briefgen.collect.walker import Discovery, Walker

MAX_EPAPER_DAYS = 62


def _older(walker: Walker, links: list[Link]) -> bool:
    """Return True when a list page shows dates and all of them are before ``since``."""
    dated = [lk.date for lk in links if lk.date]
    return bool(walker.since and dated and all(d < walker.since for d in dated))


def walk_list(walker: Walker, source: Source, found: Discovery) -> None:
    """Collect links page after page until the dates shown fall before ``since`` or pages run out."""
    url: str | None = source.url
    seen: set[str] = set()
    for _ in range(source.max_pages or walker.settings.max_pages):
        if url is None or url in seen:
            return
        seen.add(url)
        root = walker.html(url, found)
        if root is None:
            return
        links = list_links(root, url, walker.settings, source.selector, source.pattern, source.date_pattern)
        found.links.extend(links)
        if _older(walker, links):
            return
        url = next_page(root, url, walker.settings)


def walk_feed(walker: Walker, source: Source, found: Discovery) -> None:
    """Collect the entries of an RSS/Atom feed."""
    root = walker.xml(source.url, found)
    if root is not None:
        found.links.extend(feed_links(root, source.url))


def walk_sitemap(walker: Walker, source: Source, found: Discovery) -> None:
    """Collect a sitemap's pages not left unchanged since before ``since``, following an index a few times."""
    queue, seen = [source.url], set[str]()
    while queue and len(seen) < (source.max_pages or walker.settings.max_pages):
        url = queue.pop(0)
        if url in seen:
            continue
        seen.add(url)
        root = walker.xml(url, found)
        if root is None:
            continue
        pages, children = sitemap_links(root, url)
        found.links.extend(p for p in pages if p.modified is None or in_range(p.modified, walker.since, None))
        queue.extend(children)


def _epaper_days(walker: Walker) -> list[dt.date]:
    start = walker.since or walker.until or dt.date.today()
    end = walker.until or dt.date.today()
    return [start + dt.timedelta(days=n) for n in range(min((end - start).days + 1, MAX_EPAPER_DAYS))]


def walk_epaper(walker: Walker, source: Source, found: Discovery) -> None:
    """Collect each day's e-paper: the day's first page, its other pages (版面), their article links."""
    for day in _epaper_days(walker):
        first = day.strftime(source.url)
        queue, seen = [first], set[str]()
        while queue and len(seen) < (source.max_pages or walker.settings.max_pages):
            url = queue.pop(0)
            if url in seen:
                continue
            seen.add(url)
            root = walker.html(url, found, missing_ok=url == first)
            if root is None:
                continue
            for link in list_links(root, url, walker.settings, source.selector, source.pattern):
                found.links.append(Link(link.url, day, link.title))
            if source.pages:
                queue.extend(lk.url for lk in list_links(root, url, walker.settings, None, source.pages))


WALKS: dict[str, Callable[[Walker, Source, Discovery], None]] = {
    "list": walk_list, "feed": walk_feed, "sitemap": walk_sitemap, "epaper": walk_epaper,
}


def discover(walker: Walker, source: Source) -> Discovery:
    """Return the links ``source`` lists (dates as shown, not yet filtered) and its index failures.

    The source's own delay and certificate choice hold for its host from now on in this run.
    """
    host = urlsplit(source.url).netloc
    if source.delay is not None:
        walker.fetcher.host_delay[host] = source.delay
    if not source.tls_verify:
        walker.fetcher.unverified_hosts.add(host)
    found = Discovery()
    WALKS[source.kind](walker, source, found)
    return found

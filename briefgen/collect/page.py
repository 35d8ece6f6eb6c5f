"""One article page: reused from the cache, or fetched, dated, converted to UTF-8 and saved."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from email.message import Message
from pathlib import Path

from briefgen.collect.cache import CachedPage, now
from briefgen.collect.dates import date_in_url, date_of_page
from briefgen.collect.links import Link, parse_html
from briefgen.collect.response import FetchError
from briefgen.collect.settings import reason
from briefgen.collect.sources import Source
from briefgen.collect.store import as_utf8_page, decode_page, page_name, save_page
from briefgen.collect.walker import Walker

_HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "")


class PageFailed(Exception):
    """An article page that could not be fetched or saved; ``str()`` is the Chinese reason."""


@dataclass
class SavedPage:
    """Where an article page is, its publication date, and whether it was downloaded this run."""

    path: Path
    date: dt.date | None
    downloaded: bool


def _content_type(headers: Message) -> tuple[str, str | None]:
    """Return the media type and the charset the server declared."""
    return headers.get_content_type() if headers.get("Content-Type") else "", headers.get_content_charset()


def fetch_article(walker: Walker, city: str, link: Link, source: Source) -> SavedPage:
    """Return the saved page for ``link``: the cached copy if there is one, else fetched now."""
    folder = walker.cache.folder
    cached = walker.cache.article(link.url)
    if cached is not None and cached.file:
        day = dt.date.fromisoformat(cached.published) if cached.published else None
        return SavedPage(folder / cached.file, day, False)
    try:
        answer = walker.fetcher.get(link.url)
    except FetchError as exc:
        raise PageFailed(str(exc)) from None
    kind, charset = _content_type(answer.headers)
    if kind not in _HTML_TYPES:
        raise PageFailed(reason("not_html", detail=kind))
    text = decode_page(answer.body, charset)
    if text is None:
        raise PageFailed(reason("undecodable"))
    settings = walker.settings
    day = link.date or date_of_page(parse_html(text), settings.date_labels, settings.date_meta) \
        or date_in_url(link.url)
    fetched = now()
    meta = {"source": source.label, "city": city, "url": link.url, "fetched": fetched}
    if day is not None:
        meta["date"] = day.isoformat()
    try:
        path = save_page(folder, link.url, as_utf8_page(text), meta)
    except OSError as exc:
        raise PageFailed(reason("store", detail=exc.strerror or exc.__class__.__name__)) from None
    walker.cache.put(CachedPage(link.url, "article", answer.headers.get("ETag"),
                                answer.headers.get("Last-Modified"), None, page_name(link.url),
                                day.isoformat() if day else None, fetched))
    return SavedPage(path, day, True)

"""``sources --check``: does each source answer, and how many article links does it list."""

from __future__ import annotations

import dataclasses
import datetime as dt
import tempfile
from pathlib import Path
from typing import Any

from briefgen.collect.cache import UrlCache
from briefgen.collect.discover import discover
from briefgen.collect.fetch import Fetcher
from briefgen.collect.settings import Settings, load_settings
from briefgen.collect.sources import Source
from briefgen.collect.walker import Walker


def check_sources(sources: list[Source], fetch: bool, settings: Settings | None = None,
                  today: dt.date | None = None) -> list[dict[str, Any]]:
    """Return one row per source: name, kind, url, enabled, verified and, with ``fetch``, for the enabled
    ones ok/articles/reason."""
    rows: list[dict[str, Any]] = [{"name": s.label, "kind": s.kind, "url": s.url, "enabled": s.enabled,
                                   "verified": s.verified} for s in sources]
    if not fetch:
        return rows
    fetcher = Fetcher(settings or load_settings())
    day = today or dt.date.today()
    with tempfile.TemporaryDirectory(prefix="briefgen-check-") as tmp:
        cache = UrlCache(Path(tmp))
        try:
            for row, source in zip(rows, sources, strict=True):
                if not source.enabled:
                    continue
                walker = Walker(fetcher, cache, fetcher.settings, day - dt.timedelta(days=6), day)
                found = discover(walker, dataclasses.replace(source, max_pages=1))
                row["articles"] = len({lk.url for lk in found.links})
                row["ok"] = not found.failed
                row["reason"] = found.failed[0]["reason"] if found.failed else ""
        finally:
            cache.close()
    return rows

"""The URL cache beside the corpus: validators, list bodies, and where each article page was saved."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from briefgen.errors import BriefgenError

_SCHEMA = """
CREATE TABLE IF NOT EXISTS pages (
    url TEXT PRIMARY KEY,
    kind TEXT NOT NULL,             -- 'index' (list page, feed, sitemap) or 'article'
    etag TEXT,
    last_modified TEXT,
    body BLOB,                      -- index pages only: reused when the site answers 304
    file TEXT,                      -- article pages only: the saved page, relative to the cache folder
    published TEXT,                 -- article pages only: the publication date used
    fetched TEXT NOT NULL
);
"""


@dataclass
class CachedPage:
    """What the cache remembers about one URL."""

    url: str
    kind: str
    etag: str | None
    last_modified: str | None
    body: bytes | None
    file: str | None
    published: str | None
    fetched: str


class UrlCache:
    """A small SQLite file of the URLs collect has fetched, in the collect folder."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        try:
            folder.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(folder / "pages.sqlite", timeout=30, isolation_level=None)
            self.conn.execute("PRAGMA journal_mode = WAL")
            self.conn.executescript(_SCHEMA)
        except (OSError, sqlite3.DatabaseError) as exc:
            raise BriefgenError(f"{folder / 'pages.sqlite'}：无法打开采集缓存（{exc}），请检查路径与权限") from exc

    def close(self) -> None:
        """Close the database."""
        self.conn.close()

    def get(self, url: str) -> CachedPage | None:
        """Return what is cached for ``url``, if anything."""
        row = self.conn.execute(
            "SELECT url, kind, etag, last_modified, body, file, published, fetched FROM pages WHERE url = ?",
            (url,),
        ).fetchone()
        return CachedPage(*row) if row else None

    def put(self, page: CachedPage) -> None:
        """Remember ``page`` (replacing what was there)."""
        self.conn.execute(
            "INSERT OR REPLACE INTO pages VALUES (?,?,?,?,?,?,?,?)",
            (page.url, page.kind, page.etag, page.last_modified, page.body, page.file, page.published,
             page.fetched),
        )

    def article(self, url: str) -> CachedPage | None:
        """Return the cached article at ``url`` when its saved file is still there."""
        page = self.get(url)
        if page is None or page.kind != "article" or not page.file or not (self.folder / page.file).is_file():
            return None
        return page


def now() -> str:
    """Return the current UTC time as ISO 8601 (seconds)."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()

"""Reading and writing the corpus; every write is one transaction."""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefgen.corpus.schema import NewerCorpus, migrate
from briefgen.corpus.write import insert_article, insert_document
from briefgen.errors import CorpusError, os_reason, sqlite_reason
from briefgen.records import DocumentResult

BUSY_TIMEOUT_MS = 60_000


@dataclass
class StoreOutcome:
    """What storing one document changed."""

    new_articles: int
    duplicates: int
    replaced: bool


@dataclass
class ArticleRow:
    """An article as read back from the corpus."""

    id: int
    file: str
    seq: int
    title: str | None
    source: str | None
    published: str | None
    date_basis: str
    date_start: str | None
    date_end: str | None
    flags: list[str]
    text: str
    doc_city: str | None = None
    contributor: str | None = None


@dataclass
class PassageRow:
    """A stored passage with its sentences and jieba tokens."""

    article_id: int
    index: int
    line: int
    text: str
    sentences: list[str]
    tokens: list[str]
    flag: str | None


def _connect(path: Path) -> sqlite3.Connection:
    """Return a connection in WAL mode with a busy timeout, the schema brought up to date."""
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        _retry_busy(lambda: conn.execute("PRAGMA journal_mode = WAL"))
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = NORMAL")
        migrate(conn)
    except BaseException:
        conn.close()
        raise
    return conn


def _retry_busy(step: Callable[[], object]) -> None:
    """Run ``step``, retrying while the database is locked (switching to WAL skips the busy handler)."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            step()
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


def _read_only(path: Path) -> bool:
    """Return True for an existing corpus this process may read but not write."""
    folder_writable = os.access(path.parent, os.W_OK)
    return path.is_file() and os.access(path, os.R_OK) and not (os.access(path, os.W_OK) and folder_writable)


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """Return a read-only connection to a corpus on read-only storage (writes fail with a message)."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?immutable=1", uri=True, isolation_level=None)
        migrate(conn)
    except NewerCorpus as exc:
        raise CorpusError(f"{path}：{exc}") from exc
    except sqlite3.DatabaseError as exc:
        raise CorpusError(f"{path}：{sqlite_reason(exc)}") from exc
    return conn


class Corpus:
    """An open corpus database (SQLite, WAL mode, busy timeout)."""

    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path

    @classmethod
    def open(cls, path: Path | str) -> Corpus:
        """Return the corpus at ``path``, created and migrated as needed (read-only when it must be)."""
        path = Path(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            return cls(_connect(path), path)
        except NewerCorpus as exc:
            raise CorpusError(f"{path}：{exc}") from exc
        except sqlite3.DatabaseError as exc:
            if _read_only(path):
                return cls(_connect_read_only(path), path)
            raise CorpusError(f"{path}：无法打开语料库，{sqlite_reason(exc)}") from exc
        except OSError as exc:
            raise CorpusError(f"{path}：无法创建语料库（{os_reason(exc)}），请检查路径与权限") from exc

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """Yield the connection inside BEGIN IMMEDIATE … COMMIT, rolled back on error."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    def known_sha(self, path: str) -> str | None:
        """Return the content hash stored for ``path``, if any."""
        row = self.conn.execute("SELECT sha256 FROM documents WHERE path = ?", (path,)).fetchone()
        return row[0] if row else None

    def store(self, result: DocumentResult) -> StoreOutcome:
        """Store one document's articles in one transaction; a changed file replaces its old ones."""
        with self.transaction() as db:
            old = db.execute("SELECT id FROM documents WHERE path = ?", (result.path,)).fetchone()
            if old:
                db.execute("DELETE FROM documents WHERE id = ?", (old[0],))
            doc_id = insert_document(db, result)
            new = dup = 0
            for article in result.articles:
                if insert_article(db, doc_id, article, result.city, result.home_city):
                    new += 1
                else:
                    dup += 1
        return StoreOutcome(new_articles=new, duplicates=dup, replaced=bool(old))

    def article_ids(
        self, city: str | None = None, start: str | None = None, end: str | None = None
    ) -> list[int]:
        """Return ids of articles for ``city`` whose date overlaps [start, end], in corpus order."""
        sql = ["SELECT a.id FROM articles a"]
        args: list[str] = []
        if city:
            sql.append("JOIN article_cities c ON c.article_id = a.id AND c.city = ?")
            args.append(city)
        where = []
        if start:
            where.append("a.date_end >= ?")
            args.append(start)
        if end:
            where.append("a.date_start <= ?")
            args.append(end)
        if where:
            sql.append("WHERE " + " AND ".join(where))
        sql.append("ORDER BY a.id")
        return [r[0] for r in self.conn.execute(" ".join(sql), args)]

    def articles(self, ids: Iterable[int]) -> list[ArticleRow]:
        """Return the articles with these ids, in id order."""
        id_list = sorted(set(ids))
        rows: list[ArticleRow] = []
        for chunk in _chunks(id_list, 500):
            marks = ",".join("?" * len(chunk))
            for r in self.conn.execute(
                "SELECT a.id, d.path, a.seq, a.title, a.source, a.published, a.date_basis,"
                " a.date_start, a.date_end, a.flags, a.text, d.city, a.contributor"
                f" FROM articles a JOIN documents d ON d.id = a.document_id WHERE a.id IN ({marks})"
                " ORDER BY a.id",
                chunk,
            ):
                rows.append(_article_row(r))
        return rows

    def origins(self, article_ids: Iterable[int]) -> dict[int, tuple[str | None, str | None]]:
        """Return each article's first original line (kept for converted text) and its page address."""
        out: dict[int, tuple[str | None, str | None]] = {}
        for chunk in _chunks(sorted(set(article_ids)), 500):
            marks = ",".join("?" * len(chunk))
            for aid, original, url in self.conn.execute(
                "SELECT a.id, a.original, d.url FROM articles a JOIN documents d ON d.id = a.document_id"
                f" WHERE a.id IN ({marks})", chunk,
            ):
                out[aid] = ((original or "").split("\n", 1)[0] or None, url)
        return out

    def passages(self, article_ids: Iterable[int]) -> dict[int, list[PassageRow]]:
        """Return each article's passages in source order."""
        out: dict[int, list[PassageRow]] = {}
        for chunk in _chunks(sorted(set(article_ids)), 500):
            marks = ",".join("?" * len(chunk))
            for r in self.conn.execute(
                "SELECT article_id, idx, line, text, sentences, tokens, flag FROM passages"
                f" WHERE article_id IN ({marks}) ORDER BY article_id, idx",
                chunk,
            ):
                out.setdefault(r[0], []).append(
                    PassageRow(r[0], r[1], r[2], r[3], json.loads(r[4]), r[5].split(" ") if r[5] else [], r[6])
                )
        return out

    def rows(self, table: str, article_ids: Iterable[int]) -> list[sqlite3.Row]:
        """Return rows of ``figures``, ``events`` or ``places`` for these articles."""
        if table not in {"figures", "events", "places"}:
            raise ValueError(table)
        self.conn.row_factory = sqlite3.Row
        try:
            out: list[sqlite3.Row] = []
            for chunk in _chunks(sorted(set(article_ids)), 500):
                marks = ",".join("?" * len(chunk))
                out.extend(
                    self.conn.execute(
                        f"SELECT * FROM {table} WHERE article_id IN ({marks}) ORDER BY article_id, rowid",
                        chunk,
                    )
                )
            return out
        finally:
            self.conn.row_factory = None

    def cities_of(self, article_ids: Iterable[int]) -> dict[int, list[str]]:
        """Return the prefecture-level cities each article belongs to."""
        out: dict[int, list[str]] = {}
        for chunk in _chunks(sorted(set(article_ids)), 500):
            marks = ",".join("?" * len(chunk))
            for aid, city in self.conn.execute(
                f"SELECT article_id, city FROM article_cities WHERE article_id IN ({marks})"
                " ORDER BY article_id, city",
                chunk,
            ):
                out.setdefault(aid, []).append(city)
        return out

    def latest_date(self, city: str | None, not_after: str = "9999-12-31") -> str | None:
        """Return the latest publication (else event) date among ``city``'s articles, up to ``not_after``."""
        sql = ("SELECT MAX(d) FROM (SELECT COALESCE(a.published, a.date_start) AS d FROM articles a"
               + (" JOIN article_cities c ON c.article_id = a.id WHERE c.city = ?" if city else "")
               + ") WHERE d <= ?")
        row = self.conn.execute(sql, (city, not_after) if city else (not_after,)).fetchone()
        return row[0] if row else None

    def issue_number(self, city: str, series: str, week: str, override: int | None = None) -> int:
        """Return the 期号 for this week: the stored one, ``override``, or the next free number."""
        with self.transaction() as db:
            if override is not None:
                db.execute(
                    "INSERT OR REPLACE INTO issues(city, series, week, number) VALUES (?,?,?,?)",
                    (city, series, week, override),
                )
                return override
            row = db.execute(
                "SELECT number FROM issues WHERE city=? AND series=? AND week=?", (city, series, week)
            ).fetchone()
            if row:
                return int(row[0])
            top = db.execute(
                "SELECT MAX(number) FROM issues WHERE city=? AND series=?", (city, series)
            ).fetchone()[0]
            number = int(top or 0) + 1
            db.execute(
                "INSERT INTO issues(city, series, week, number) VALUES (?,?,?,?)",
                (city, series, week, number),
            )
            return number

    def counts(self) -> dict[str, int]:
        """Return how many documents, articles and passages the corpus holds."""
        return {
            t: self.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
            for t in ("documents", "articles", "passages", "figures")
        }


def _article_row(r: tuple[Any, ...]) -> ArticleRow:
    """Return an ArticleRow from the columns ``Corpus.articles`` selects."""
    return ArticleRow(
        id=r[0], file=r[1], seq=r[2], title=r[3], source=r[4], published=r[5], date_basis=r[6],
        date_start=r[7], date_end=r[8], flags=json.loads(r[9]), text=r[10], doc_city=r[11],
        contributor=r[12],
    )


def _chunks(items: list[int], size: int) -> Iterator[list[int]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]

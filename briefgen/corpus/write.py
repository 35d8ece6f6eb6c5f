"""Writing one document's articles into the corpus (called inside ``Corpus.store``'s transaction)."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from dataclasses import asdict
from datetime import UTC, datetime

from briefgen.records import ArticleRecord, DocumentResult


def content_hash(article: ArticleRecord) -> str:
    """Return the hash that makes ingest idempotent by content."""
    return hashlib.sha256(article.text.encode("utf-8")).hexdigest()


def _now() -> str:
    """Return the current UTC time as an ISO string."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def insert_document(db: sqlite3.Connection, r: DocumentResult) -> int:
    """Insert the document row and return its id."""
    cur = db.execute(
        "INSERT INTO documents(path, sha256, size, encoding, reader, source, city, published,"
        " masthead, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
        (
            r.path, r.sha256, r.size, r.encoding, r.reader, r.source, r.city, r.published,
            json.dumps(asdict(r.masthead), ensure_ascii=False) if r.masthead else None, _now(),
        ),
    )
    doc_id = int(cur.lastrowid or 0)
    if r.url:  # a collected page's metadata names its address and fetch time
        db.execute("UPDATE documents SET url = ?, fetched = ? WHERE id = ?", (r.url, r.fetched, doc_id))
    return doc_id


EVENT_DAYS_MAX = 7


def article_period(article: ArticleRecord) -> tuple[str | None, str | None]:
    """Return the article's own date range: its first dated event near the lead, else publication.

    An event spanning more than a week (2020年, 1至11月) is a period the article talks about, not its date.
    """
    for event in article.events:
        if event.start and event.paragraph <= 1 and _days(event.start, event.end or event.start) <= EVENT_DAYS_MAX:
            return event.start, event.end or event.start
    return article.published, article.published


def _days(start: str, end: str) -> int:
    return (dt.date.fromisoformat(end) - dt.date.fromisoformat(start)).days


def insert_article(
    db: sqlite3.Connection, doc_id: int, a: ArticleRecord, doc_city: str | None, home_city: str | None = None
) -> bool:
    """Insert an article with its passages, figures, events, places and cities; False for a duplicate."""
    digest = content_hash(a)
    if db.execute("SELECT 1 FROM articles WHERE content_hash = ?", (digest,)).fetchone():
        return False
    start, end = article_period(a)
    original = "\n".join(p.original or p.text for p in a.passages) if a.converted_from_traditional else None
    cur = db.execute(
        "INSERT INTO articles(document_id, seq, content_hash, title, source, published, date_basis,"
        " date_start, date_end, column_name, byline, flags, text, original, contributor)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            doc_id, a.seq, digest, a.title, a.source, a.published, a.date_basis, start, end,
            a.column, a.byline, json.dumps(a.flags, ensure_ascii=False), a.text, original,
            a.contributor,
        ),
    )
    aid = int(cur.lastrowid or 0)
    db.executemany(
        "INSERT INTO passages(article_id, idx, line, text, sentences, tokens, flag, original)"
        " VALUES (?,?,?,?,?,?,?,?)",
        [
            (aid, p.index, p.line, p.text, json.dumps(p.sentences, ensure_ascii=False),
             " ".join(p.tokens), p.flag, p.original)
            for p in a.passages
        ],
    )
    db.executemany(
        "INSERT INTO figures(article_id, paragraph, text, value, unit, indicator, relation, period,"
        " approx, sentence) VALUES (?,?,?,?,?,?,?,?,?,?)",
        [
            (aid, f.paragraph, f.text, f.value, f.unit, f.indicator, f.relation, f.period,
             f.approx, f.sentence)
            for f in a.figures
        ],
    )
    db.executemany(
        'INSERT INTO events(article_id, paragraph, text, start, "end") VALUES (?,?,?,?,?)',
        [(aid, e.paragraph, e.text, e.start, e.end) for e in a.events],
    )
    db.executemany(
        "INSERT INTO places(article_id, name, level, code, city, province) VALUES (?,?,?,?,?,?)",
        [(aid, p.name, p.level, p.code, p.city, p.province) for p in a.places],
    )
    cities = {p.city for p in a.places if p.city} | ({doc_city} if doc_city else set())
    cities = cities or ({home_city} if home_city else set())
    db.executemany(
        "INSERT OR IGNORE INTO article_cities(article_id, city) VALUES (?,?)",
        [(aid, c) for c in sorted(cities)],
    )
    return True

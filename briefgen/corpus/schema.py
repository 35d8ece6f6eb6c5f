"""The corpus schema as numbered migrations; ``user_version`` records which have run."""

from __future__ import annotations

import sqlite3

MIGRATIONS: list[str] = [
    # 1: the first schema
    """
    CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        path TEXT NOT NULL UNIQUE,
        sha256 TEXT NOT NULL,
        size INTEGER NOT NULL,
        encoding TEXT,
        reader TEXT,
        source TEXT,
        city TEXT,
        published TEXT,
        masthead TEXT,
        ingested_at TEXT NOT NULL
    );
    CREATE INDEX documents_sha ON documents(sha256);
    CREATE TABLE articles (
        id INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        content_hash TEXT NOT NULL UNIQUE,
        title TEXT,
        source TEXT,
        published TEXT,
        date_basis TEXT NOT NULL,
        date_start TEXT,
        date_end TEXT,
        column_name TEXT,
        byline TEXT,
        flags TEXT NOT NULL DEFAULT '[]',
        text TEXT NOT NULL,
        original TEXT
    );
    CREATE INDEX articles_doc ON articles(document_id);
    CREATE INDEX articles_date ON articles(date_end, date_start);
    CREATE TABLE passages (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        idx INTEGER NOT NULL,
        line INTEGER NOT NULL,
        text TEXT NOT NULL,
        sentences TEXT NOT NULL,
        tokens TEXT NOT NULL,
        flag TEXT,
        original TEXT
    );
    CREATE INDEX passages_article ON passages(article_id, idx);
    CREATE TABLE figures (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        paragraph INTEGER NOT NULL,
        text TEXT NOT NULL,
        value REAL,
        unit TEXT NOT NULL,
        indicator TEXT NOT NULL,
        relation TEXT,
        period TEXT,
        approx TEXT,
        sentence TEXT NOT NULL
    );
    CREATE INDEX figures_article ON figures(article_id);
    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        paragraph INTEGER NOT NULL,
        text TEXT NOT NULL,
        start TEXT,
        "end" TEXT
    );
    CREATE INDEX events_article ON events(article_id);
    CREATE TABLE places (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        level TEXT NOT NULL,
        code TEXT NOT NULL,
        city TEXT,
        province TEXT
    );
    CREATE INDEX places_article ON places(article_id);
    CREATE TABLE article_cities (
        article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        city TEXT NOT NULL,
        PRIMARY KEY (city, article_id)
    ) WITHOUT ROWID;
    CREATE INDEX article_cities_article ON article_cities(article_id);
    CREATE TABLE issues (
        city TEXT NOT NULL,
        series TEXT NOT NULL,
        week TEXT NOT NULL,
        number INTEGER NOT NULL,
        PRIMARY KEY (city, series, week)
    );
    """,
    # 2: the contributing unit printed after a digest item, e.g. （开发区经济发展部）
    """
    ALTER TABLE articles ADD COLUMN contributor TEXT;
    """,
    # 3: where a collected web page came from: its address and when it was fetched (from its .meta.yaml)
    """
    ALTER TABLE documents ADD COLUMN url TEXT;
    ALTER TABLE documents ADD COLUMN fetched TEXT;
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)


class NewerCorpus(Exception):
    """The corpus was written by a newer briefgen; ``str()`` says so in Chinese."""


def migrate(conn: sqlite3.Connection) -> int:
    """Run the migrations this database has not seen; return the schema version.

    Checked first without a lock (a current corpus stays readable when it is read-only); the
    migrations then run in one BEGIN IMMEDIATE transaction that reads the version again, so two
    processes creating the same new corpus at once take turns instead of both creating tables.
    """
    if _version(conn) == SCHEMA_VERSION:
        return SCHEMA_VERSION
    conn.execute("BEGIN IMMEDIATE")
    try:
        for number in range(_version(conn), SCHEMA_VERSION):
            for statement in MIGRATIONS[number].split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {number + 1}")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")
    return SCHEMA_VERSION


def _version(conn: sqlite3.Connection) -> int:
    """Return the schema version recorded in the database; a newer one raises NewerCorpus."""
    current = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if current > SCHEMA_VERSION:
        raise NewerCorpus(f"语料库的结构版本 {current} 比本程序支持的 {SCHEMA_VERSION} 新，请升级 briefgen 或换一个 --db")
    return current

"""Run the real per-document ingest step on a file written by a test."""

from __future__ import annotations

from pathlib import Path

from briefgen.ingest.pipeline import process_document
from briefgen.records import DocumentResult, IngestOptions


def ingest_one(path: Path) -> DocumentResult:
    """Return the ingest result of ``path``, which must not be refused."""
    result = process_document(str(path), IngestOptions())
    assert result.rejected is None, result.rejected
    return result


def write_page(tmp_path: Path, text: str, name: str = "page.txt") -> Path:
    """Return the path of a UTF-8 page holding ``text``, written under ``tmp_path``."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def passage_texts(path: Path) -> list[list[str]]:
    """Return the passage texts of each article ingest finds in ``path``."""
    return [[p.text for p in a.passages] for a in ingest_one(path).articles]


def article_rows(path: Path) -> list[tuple[str | None, str | None, list[str], str | None]]:
    """Return each article of the file at ``path`` as its title, date, passage texts and byline."""
    return [(a.title, a.published, [p.text for p in a.passages], a.byline) for a in ingest_one(path).articles]


Row = tuple[str | None, str | None, list[str], str | None]


def line_rows(tmp_path: Path, lines: list[str], sep: str = "\n\n") -> list[Row]:
    """Return the article rows of a page made of ``lines`` joined by ``sep``."""
    return article_rows(write_page(tmp_path, sep.join(lines) + "\n"))


def one_row(tmp_path: Path, lines: list[str], sep: str = "\n\n") -> Row:
    """Return the only article row of a page made of ``lines``; fails when ingest finds another number."""
    rows = line_rows(tmp_path, lines, sep)
    assert len(rows) == 1
    return rows[0]

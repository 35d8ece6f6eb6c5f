"""Issue 14: a new corpus created by two runs at once, clear corpus errors, the exit-code table."""

from __future__ import annotations

import multiprocessing
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from briefgen.corpus import Corpus
from briefgen.corpus.schema import SCHEMA_VERSION
from briefgen.errors import (
    EXIT_INTERNAL,
    EXIT_REFUSED,
    EXIT_USAGE,
    ConfigError,
    CorpusError,
    InputRefused,
    exit_code_for,
)


def _open_at_once(path: str, barrier: Any) -> str:
    barrier.wait()
    try:
        with Corpus.open(path):
            return "ok"
    except Exception as exc:  # noqa: BLE001 - reported to the test
        return f"{exc.__class__.__name__}: {exc}"


def test_two_runs_creating_one_new_corpus_both_succeed(tmp_path: Path) -> None:
    ctx = multiprocessing.get_context("fork")
    outcomes = []
    for n in range(8):
        barrier = ctx.Manager().Barrier(3)
        with ctx.Pool(3) as pool:
            outcomes += pool.starmap(_open_at_once, [(str(tmp_path / f"c{n}.sqlite"), barrier)] * 3)
    assert outcomes == ["ok"] * 24


def test_a_corpus_from_a_newer_version_is_a_clear_error(tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite"
    with sqlite3.connect(db) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    with pytest.raises(CorpusError, match="升级 briefgen") as caught:
        Corpus.open(db)
    assert caught.value.exit_code == EXIT_USAGE


@pytest.mark.parametrize("content", [b"not sqlite at all" * 200, b"SQLite format 3\x00" + b"\xff" * 4000])
def test_a_corrupt_corpus_is_a_clear_error(tmp_path: Path, content: bytes) -> None:
    db = tmp_path / "c.sqlite"
    db.write_bytes(content)
    with pytest.raises(CorpusError, match="语料库"):
        Corpus.open(db)


@pytest.mark.parametrize(("exc", "code"), [
    (InputRefused("a.txt", "空文件"), EXIT_REFUSED),
    (ConfigError("x"), EXIT_USAGE),
    (CorpusError("x"), EXIT_USAGE),
    (OSError(28, "No space left on device"), EXIT_USAGE),
    (sqlite3.OperationalError("database or disk is full"), EXIT_USAGE),
    (MemoryError(), EXIT_USAGE),
    (RecursionError(), EXIT_USAGE),
    (ValueError("a bug"), EXIT_INTERNAL),
])
def test_every_exception_class_has_one_exit_code(exc: BaseException, code: int) -> None:
    assert exit_code_for(exc) == code


def test_cli_turns_a_full_disk_while_storing_into_one_line_and_exit_2(tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from badinputs import META, article
    from test_output_failures import invoke, no_traceback

    (tmp_path / "a.txt").write_text(article(0), encoding="utf-8")
    (tmp_path / "a.txt.meta.yaml").write_text(META, encoding="utf-8")

    def full(*_: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(Corpus, "store", full)
    result = invoke("ingest", str(tmp_path / "a.txt"), "--db", str(tmp_path / "c.sqlite"), "--workers", "1")
    no_traceback(result)
    assert result.exit_code == EXIT_USAGE
    assert "磁盘已满" in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_cli_with_week_9999_w52_exits_2(tmp_path: Path) -> None:
    from test_output_failures import invoke, no_traceback

    result = invoke("weekly", "--city", "安康", "--week", "9999-W52", "--db", str(tmp_path / "c.sqlite"))
    no_traceback(result)
    assert result.exit_code == EXIT_USAGE and "超出可编报的日期范围" in result.stderr


def test_a_document_dated_9999_12_31_does_not_stop_the_default_weekly(tmp_path: Path) -> None:
    from badinputs import META, article
    from test_output_failures import invoke

    folder = tmp_path / "in"
    folder.mkdir()
    for n, day in enumerate(["2023-01-06", "9999-12-31"]):
        (folder / f"a{n}.txt").write_text(article(n), encoding="utf-8")
        (folder / f"a{n}.txt.meta.yaml").write_text(META.replace("2023-01-06", day), encoding="utf-8")
    result = invoke("weekly", "--city", "安康", "--corpus", str(folder), "--db", str(tmp_path / "c.sqlite"),
                    "--out", str(tmp_path / "out"), "--format", "pdf", "--json")
    assert result.exit_code == 0, result.stderr
    assert '"week": "2023-W01"' in result.output


def test_a_read_only_corpus_can_still_be_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from briefgen.corpus import store

    db = tmp_path / "c.sqlite"
    Corpus.open(db).close()  # an existing, current corpus (root may write anything: simulate the rest)

    def refused(_: Path) -> sqlite3.Connection:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    monkeypatch.setattr(store, "_connect", refused)
    monkeypatch.setattr(store, "_read_only", lambda _: True)
    with Corpus.open(db) as corpus:
        assert corpus.article_ids() == []
        with pytest.raises(sqlite3.Error) as caught:
            corpus.issue_number("安康市", "周报", "2023-W01")
    assert exit_code_for(caught.value) == EXIT_USAGE
    from briefgen.errors import sqlite_reason
    assert "只读" in sqlite_reason(caught.value)  # type: ignore[arg-type]

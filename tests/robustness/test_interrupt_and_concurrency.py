"""Kill an ingest midway and the corpus holds only whole documents; parallel runs lose nothing."""

import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path


def briefgen(*args: str) -> subprocess.Popen:
    """Start ``python -m briefgen ARGS``."""
    return subprocess.Popen([sys.executable, "-m", "briefgen", *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def documents(db: Path) -> int:
    """Return how many documents the corpus holds (0 while it does not exist yet)."""
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(db, timeout=30) as conn:
            return int(conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


def assert_whole(db: Path) -> None:
    """Every stored document has articles, and every article has its passages."""
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        empty_docs = conn.execute(
            "SELECT COUNT(*) FROM documents d WHERE NOT EXISTS"
            " (SELECT 1 FROM articles a WHERE a.document_id = d.id)").fetchone()[0]
        bare = conn.execute(
            "SELECT COUNT(*) FROM articles a WHERE NOT EXISTS"
            " (SELECT 1 FROM passages p WHERE p.article_id = a.id)").fetchone()[0]
    assert (empty_docs, bare) == (0, 0)


def test_killed_ingest_leaves_whole_documents_only(folder_factory, tmp_path: Path) -> None:
    folder = folder_factory(40, "kill")
    db = tmp_path / "c.sqlite"
    proc = briefgen("ingest", str(folder), "--db", str(db), "--workers", "1")
    deadline = time.monotonic() + 300
    while documents(db) < 2 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.communicate()
    stored = documents(db)
    assert 0 < stored < 40, "the kill should land midway"
    assert_whole(db)
    finish = briefgen("ingest", str(folder), "--db", str(db))
    finish.communicate(timeout=600)
    assert finish.returncode == 0
    assert documents(db) == 40
    assert_whole(db)


def test_two_ingests_and_a_weekly_at_once_lose_nothing(folder_factory, tmp_path: Path) -> None:
    db = tmp_path / "c.sqlite"
    seed = briefgen("ingest", str(folder_factory(1, "seed")), "--db", str(db))
    seed.communicate(timeout=600)
    assert seed.returncode == 0
    runs = [
        briefgen("ingest", str(folder_factory(6, "a")), "--db", str(db), "--workers", "1"),
        briefgen("ingest", str(folder_factory(6, "b")), "--db", str(db), "--workers", "1"),
        briefgen("weekly", "--city", "安康", "--week", "2023-W01", "--db", str(db),
                 "--out", str(tmp_path / "out"), "--format", "docx"),
    ]
    for proc in runs:
        _, err = proc.communicate(timeout=600)
        assert proc.returncode == 0, err
    assert documents(db) == 13
    assert_whole(db)

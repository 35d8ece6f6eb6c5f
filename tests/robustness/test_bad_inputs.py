"""Every bad input gets a verdict through the real command line: read correctly, or refused in one line."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from badinputs import WEEK, Case, cases, write_corpus


def briefgen(*args: str) -> subprocess.CompletedProcess[str]:
    """Run ``python -m briefgen ARGS`` to completion."""
    return subprocess.run([sys.executable, "-m", "briefgen", *args],
                          capture_output=True, text=True, timeout=600)


def stored(db: Path) -> dict[str, tuple[str, str, list[str]]]:
    """Return file name → (encoding, all article text, flags) for the stored documents."""
    out: dict[str, tuple[str, str, list[str]]] = {}
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT d.path, d.encoding, a.text, a.flags FROM documents d"
                            " JOIN articles a ON a.document_id = d.id").fetchall()
    for path, encoding, text, flags in rows:
        name = Path(path).name
        _, before, old_flags = out.get(name, ("", "", []))
        out[name] = (encoding or "", before + "\n" + text, old_flags + json.loads(flags or "[]"))
    return out


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Case], Path, Any, str, int]:
    folder = tmp_path_factory.mktemp("bad")
    written = write_corpus(folder / "in")
    db = folder / "c.sqlite"
    proc = briefgen("ingest", str(folder / "in"), "--db", str(db), "--json", "--workers", "1")
    return written, db, json.loads(proc.stdout), proc.stderr, proc.returncode


def test_refusals_exit_1_and_the_rest_is_ingested(ingested: tuple[list[Case], Path, Any, str, int]) -> None:
    corpus, db, report, stderr, code = ingested
    assert code == 1, stderr
    assert "Traceback" not in stderr
    read = {c.name for c in corpus if c.stored}
    assert set(stored(db)) == read
    assert report["files"] == len(corpus)


@pytest.mark.parametrize("name", [c.name for c in cases()])
def test_each_file_gets_its_verdict(ingested: tuple[list[Case], Path, Any, str, int], name: str) -> None:
    corpus, db, report, stderr, _ = ingested
    case = next(c for c in corpus if c.name == name)
    rejected = {Path(r["file"]).name: r["reason"] for r in report["rejected"]}
    lines = [line for line in stderr.splitlines() if f"/{name}：" in line]
    if case.refused:
        assert case.refused in rejected[name]
        assert len(lines) == 1 and lines[0].startswith("briefgen：") and case.refused in lines[0]
        return
    assert name not in rejected and not lines
    encoding, text, flags = stored(db)[name]
    assert case.stored and case.stored in text
    assert case.encoding is None or encoding.startswith(case.encoding)
    assert all(ch in "\n" or ch >= " " and not 0x7f <= ord(ch) <= 0x9f for ch in text)
    assert "\u200b" not in text and "\u202e" not in text and "[1m" not in text
    flagged_here = [f for f in report["flagged"] if Path(f["file"]).name == name]
    assert bool(flagged_here) == case.flagged == ("garbled" in flags)
    if case.flagged:
        assert "疑似乱码" in flagged_here[0]["reason"]


def test_weekly_runs_over_the_bad_corpus(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "in")
    out = tmp_path / "out"
    proc = briefgen("weekly", "--city", "安康", "--week", WEEK, "--corpus", str(tmp_path / "in"),
                    "--db", str(tmp_path / "w.sqlite"), "--out", str(out), "--json")
    assert "Traceback" not in proc.stderr
    assert proc.returncode == 1, proc.stderr
    refused = [c.name for c in corpus if c.refused]
    for name in refused:
        assert sum(f"/{name}：" in line for line in proc.stderr.splitlines()) == 1
    result = json.loads(proc.stdout)
    assert result["items"] >= 3
    assert Path(result["pdf"]).stat().st_size > 0 and Path(result["docx"]).stat().st_size > 0
    assert sorted(p.name for p in out.iterdir()) == sorted([Path(result["pdf"]).name, Path(result["docx"]).name])

"""The whole job on samples/: ingest, select, assemble and render, through the real command line."""

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"


def run(*args: str, db: Path, expect: int = 0) -> Any:
    """Run ``python -m briefgen ARGS --db DB --json`` and return its parsed JSON output."""
    proc = subprocess.run(
        [sys.executable, "-m", "briefgen", *args, "--db", str(db), "--json"],
        capture_output=True, text=True, timeout=600,
    )
    assert proc.returncode == expect, proc.stderr
    assert "Traceback" not in proc.stderr
    return json.loads(proc.stdout)


@pytest.fixture(scope="module")
def weekly(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], Path]:
    work = tmp_path_factory.mktemp("e2e")
    db = work / "corpus.sqlite"
    result = run("weekly", "--city", "安康", "--corpus", str(SAMPLES), "--out", str(work / "out"), db=db)
    return result, db


def test_weekly_briefs_the_week_of_the_ankang_daily_page(weekly: tuple[dict[str, Any], Path]) -> None:
    result, _ = weekly
    assert set(result) >= {"city", "week", "issue", "items", "sections", "pdf", "docx"}
    assert result["city"] == "安康市"
    assert result["week"] == "2023-W01"
    assert result["items"] >= 5
    assert all({"theme", "items"} <= set(s) for s in result["sections"])
    assert Path(result["pdf"]).name.startswith("安康-2023-W01-第")
    assert Path(result["pdf"]).stat().st_size > 10_000
    assert Path(result["docx"]).stat().st_size > 5_000


def test_pdf_and_docx_say_the_same(weekly: tuple[dict[str, Any], Path]) -> None:
    import docx
    import pdfplumber

    result, _ = weekly
    with pdfplumber.open(result["pdf"]) as pdf:
        pdf_text = "".join((page.extract_text() or "") for page in pdf.pages)
    word_text = "".join(p.text for p in docx.Document(result["docx"]).paragraphs)
    squeeze = lambda s: "".join(s.split())  # noqa: E731
    for section in result["sections"]:
        for title in section["items"]:
            assert squeeze(title) in squeeze(pdf_text)
            assert squeeze(title) in squeeze(word_text)


def test_rerun_keeps_issue_number(weekly: tuple[dict[str, Any], Path], tmp_path: Path) -> None:
    result, db = weekly
    again = run("weekly", "--city", "安康市", "--week", "2023-W01", "--out", str(tmp_path), db=db)
    assert again["issue"] == result["issue"]


def test_query_commands_follow_the_contract(weekly: tuple[dict[str, Any], Path]) -> None:
    _, db = weekly
    articles = run("articles", "--city", "安康", "--from", "2023-01-02", "--to", "2023-01-08", db=db)
    assert articles
    assert set(articles[0]) >= {"id", "title", "source", "file", "published", "date_basis", "cities",
                                "places", "themes", "events", "flags", "text"}
    picks = run("select", "--city", "安康", "--week", "2023-W01", "--limit", "3", db=db)
    assert 0 < len(picks) <= 3
    assert set(picks[0]) >= {"article_id", "file", "title", "theme", "date", "score", "passages", "figures"}
    figures = run("figures", "--city", "安康", db=db)
    assert figures
    assert set(figures[0]) >= {"text", "value", "unit", "indicator", "relation", "period", "article_id", "sentence"}


def test_ingest_json_contract(tmp_path: Path) -> None:
    report = run("ingest", str(SAMPLES), db=tmp_path / "c.sqlite")
    assert set(report) >= {"files", "articles", "new_articles", "duplicates_dropped", "flagged", "rejected"}
    assert report["files"] == 4 and report["rejected"] == []
    again = run("ingest", str(SAMPLES), db=tmp_path / "c.sqlite")
    assert again["new_articles"] == 0


def test_sanmenxia_digest_prints_simplified(tmp_path: Path) -> None:
    import pdfplumber

    result = run("weekly", "--city", "三门峡", "--corpus", str(SAMPLES), "--out", str(tmp_path),
                 "--format", "pdf", db=tmp_path / "c.sqlite")
    with pdfplumber.open(result["pdf"]) as pdf:
        text = "".join((page.extract_text() or "") for page in pdf.pages)
    assert "开发区" in text
    assert "開發區" not in text and "經濟" not in text


def test_weekly_never_loads_jieba(weekly: tuple[dict[str, Any], Path], tmp_path: Path) -> None:
    _, db = weekly
    code = (
        "import runpy, sys\n"
        f"sys.argv = ['briefgen', 'weekly', '--city', '安康', '--week', '2023-W01', '--db', {str(db)!r},"
        f" '--out', {str(tmp_path)!r}, '--format', 'pdf']\n"
        "try:\n    runpy.run_module('briefgen', run_name='__main__')\n"
        "except SystemExit as exc:\n    assert exc.code == 0, exc.code\n"
        "print('jieba' in sys.modules)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().splitlines()[-1] == "False"

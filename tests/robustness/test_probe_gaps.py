"""Issue 14: probe items fixed earlier whose guard lived elsewhere or nowhere, checked end to end here.

No Chinese font is exit 2 (not 1) through the command line; weekly's Word draft renders in a process
that dies with briefgen; every exit code is documented in the README and docs/limits.md.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from badinputs import META, WEEK, article
from test_output_failures import invoke, no_traceback

from briefgen.errors import EXIT_TABLE

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("in")
    for n in range(3):
        (folder / f"a{n}.txt").write_text(article(n), encoding="utf-8")
        (folder / f"a{n}.txt.meta.yaml").write_text(META, encoding="utf-8")
    db = folder / "c.sqlite"
    assert invoke("ingest", str(folder), "--db", str(db), "--workers", "1").exit_code == 0
    return db


def test_no_chinese_font_is_one_line_and_exit_2_not_1(corpus: Path, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from briefgen.render.pdf import render as pdf_render

    monkeypatch.setattr(pdf_render.FaceBook, "has_any", lambda self: False)
    out = tmp_path / "out"
    result = invoke("weekly", "--city", "安康", "--week", WEEK, "--db", str(corpus), "--out", str(out),
                    "--format", "pdf")
    no_traceback(result)
    assert result.exit_code == 2, result.stderr
    assert result.stderr.count("\n") == 1 and "中文字体" in result.stderr
    assert not out.exists() or not any(out.iterdir())


def test_the_word_draft_renders_in_a_process_that_dies_with_briefgen(monkeypatch: pytest.MonkeyPatch,
                                                                     tmp_path: Path) -> None:
    from briefgen import lifetime
    from briefgen.commands import weekly

    seen: dict[str, Any] = {}

    class Pool:
        def __init__(self, **kwargs: Any) -> None:
            seen.update(kwargs)

        def __enter__(self) -> Pool:
            return self

        def __exit__(self, *exc: object) -> None:
            return None

        def submit(self, func: Any, *args: Any) -> Any:
            seen["submitted"] = args[0]
            return self

        def result(self) -> None:
            return None

    monkeypatch.setattr(weekly, "ProcessPoolExecutor", Pool)
    monkeypatch.setattr(weekly, "render_format", lambda *args: None)
    weekly._render_all(None, {"pdf": tmp_path / "a.pdf", "docx": tmp_path / "a.docx"}, {})  # type: ignore[arg-type]
    assert seen["submitted"] == "docx"
    assert seen["initializer"] is lifetime._start_child and seen["initargs"][0] > 0


@pytest.mark.parametrize(("doc", "mark"), [("README.md", "退出码：0"), ("docs/limits.md", "### 退出码")])
def test_every_exit_code_is_documented(doc: str, mark: str) -> None:
    text = (ROOT / doc).read_text(encoding="utf-8")
    section = text[text.index(mark):]
    for code in sorted({code for _, code in EXIT_TABLE} - {130}):
        assert re.search(rf"(?<![\d]){code}(?![\d])", section[:3000]), f"{doc} does not explain exit {code}"
    assert "内部错误" in section[:3000]


def test_a_gbk_file_name_through_the_command_line_is_read_and_named_readably(tmp_path: Path) -> None:
    import json
    import os
    import subprocess
    import sys

    folder = tmp_path / "in"
    folder.mkdir()
    base = os.fsencode(folder) + b"/"
    with open(base + "安康新闻.txt".encode("gbk"), "wb") as fh:
        fh.write(article(3).encode("utf-8"))
    with open(base + "空文件.txt".encode("gbk"), "wb"):
        pass  # refused, and the refusal names it readably
    proc = subprocess.run([sys.executable, "-m", "briefgen", "ingest", str(folder), "--db",
                           str(tmp_path / "c.sqlite"), "--workers", "1", "--json"],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr and "内部错误" not in proc.stderr
    report = json.loads(proc.stdout)
    assert report["new_articles"] == 1
    assert [r["file"] for r in report["rejected"]] == [f"{folder}/空文件.txt"]


def test_a_250_character_profile_title_is_exit_2_without_echoing_it(corpus: Path, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    profiles = tmp_path / "cfg" / "profiles"
    profiles.mkdir(parents=True)
    title = "安康市人民政府办公室" * 25
    (profiles / "ak.yaml").write_text(f"city: 安康市\ntitle: {title}\n", encoding="utf-8")
    monkeypatch.setenv("BRIEFGEN_CONFIG", str(tmp_path / "cfg"))
    result = invoke("weekly", "--city", "安康", "--week", WEEK, "--db", str(corpus), "--out", str(tmp_path / "out"))
    no_traceback(result)
    assert result.exit_code == 2 and "ak.yaml" in result.stderr and "title" in result.stderr
    assert title[:40] not in result.stderr and result.stderr.count("\n") == 1


@pytest.mark.parametrize("where", ["text node", "attribute"])
def test_a_web_page_with_a_node_over_10_mb_keeps_its_article(tmp_path: Path, where: str) -> None:
    from briefgen.readers.html import read_html

    body = "".join(f"<p>{line}</p>" for line in article(5).splitlines() if line)
    huge = "x" * 10_500_000  # past libxml2's 10 MB limit for one node without huge_tree
    page = (f"<html><body><article>{body}</article><div hidden>{huge}</div></body></html>" if where == "text node"
            else f'<html><body><article data-x="{huge}">{body}</article></body></html>')
    path = tmp_path / "p.html"
    path.write_text(page, encoding="utf-8")
    texts = [b.text for b in read_html(path).blocks]
    assert any(t.startswith("本报讯") for t in texts)


def _file_size_limit(limit: int) -> Any:
    """Return a preexec function that caps the size of any file the child writes (a disk about to fill)."""
    import resource
    import signal

    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the cap fails with EFBIG instead
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    return apply


@pytest.mark.parametrize("command", ["weekly", "ingest"])
def test_a_nearly_full_disk_is_one_chinese_line_without_exception_ignored(corpus: Path, tmp_path: Path,
                                                                           command: str) -> None:
    import subprocess
    import sys

    out = tmp_path / "out"
    args = (["weekly", "--city", "安康", "--week", WEEK, "--db", str(corpus), "--out", str(out)]
            if command == "weekly" else ["ingest", str(corpus.parent), "--db", str(tmp_path / "new.sqlite")])
    proc = subprocess.run([sys.executable, "-m", "briefgen", *args], capture_output=True, text=True,
                          timeout=600, preexec_fn=_file_size_limit(60_000))
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr and "Exception ignored" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    assert not re.search(r"[A-Za-z]{4,} [a-z]{3,}", proc.stderr.replace("--db", "")), proc.stderr  # no English reason
    assert not out.exists() or not any(out.iterdir())

"""A failed or impossible write is a clear error and never replaces last week's good files."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import pytest
from badinputs import META, WEEK, article
from click.testing import CliRunner, Result

from briefgen.cli import main


def invoke(*args: str) -> Result:
    """Run the command line in-process (so renderers and the file system can be patched)."""
    return CliRunner().invoke(main, list(args), catch_exceptions=True)


def no_traceback(result: Result) -> None:
    """The command ended through sys.exit with a message, not an escaping exception."""
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert "Traceback" not in result.output + result.stderr


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("good")
    for n in range(4):
        (folder / f"a{n}.txt").write_text(article(n), encoding="utf-8")
        (folder / f"a{n}.txt.meta.yaml").write_text(META, encoding="utf-8")
    corpus = folder / "c.sqlite"
    result = invoke("ingest", str(folder), "--db", str(corpus), "--workers", "1", "--json")
    assert result.exit_code == 0, result.stderr
    return corpus


def weekly(db: Path, out: Path) -> Result:
    return invoke("weekly", "--city", "安康", "--week", WEEK, "--db", str(db), "--out", str(out))


@pytest.fixture
def last_week(db: Path, tmp_path: Path) -> dict[str, bytes]:
    """Return the files of a first, successful run, marked as last week's (name → bytes)."""
    result = weekly(db, tmp_path / "out")
    assert result.exit_code == 0, result.stderr
    for path in (tmp_path / "out").iterdir():
        path.write_bytes(b"last week's good " + path.suffix.encode())
    return {p.name: p.read_bytes() for p in (tmp_path / "out").iterdir()}


def unchanged(folder: Path, before: dict[str, bytes]) -> None:
    """The folder holds exactly the earlier files, byte for byte (no temporary leftovers)."""
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_out_under_a_regular_file_is_a_clear_error(db: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    result = weekly(db, blocker / "out")
    no_traceback(result)
    assert result.exit_code == 2
    line = result.stderr.strip()
    assert "\n" not in line and "无法创建输出文件夹" in line and "--out" in line
    assert blocker.read_text() == "x"


def test_out_that_is_a_regular_file_is_a_clear_error(db: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "report.pdf"
    blocker.write_bytes(b"keep me")
    result = weekly(db, blocker)
    no_traceback(result)
    assert result.exit_code == 2 and "--out" in result.stderr
    assert blocker.read_bytes() == b"keep me"


def _half_then(exc: BaseException) -> Any:
    def render(briefing: Any, out: Path, style: Any) -> None:
        Path(out).write_bytes(b"%PDF-1.4 half a file")
        raise exc

    return render


@pytest.mark.parametrize("broken", ["briefgen.render.pdf.render_pdf", "briefgen.render.docx.render_docx"])
def test_failed_render_keeps_last_weeks_files(db: Path, tmp_path: Path, last_week: dict[str, bytes],
                                             monkeypatch: pytest.MonkeyPatch, broken: str) -> None:
    monkeypatch.setattr(broken, _half_then(RuntimeError("renderer failed")))
    result = weekly(db, tmp_path / "out")
    no_traceback(result)
    assert result.exit_code == 3 and "内部错误" in result.stderr
    unchanged(tmp_path / "out", last_week)


def test_full_disk_while_rendering_is_a_clear_error(db: Path, tmp_path: Path, last_week: dict[str, bytes],
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("briefgen.render.docx.render_docx",
                        _half_then(OSError(errno.ENOSPC, "No space left on device")))
    result = weekly(db, tmp_path / "out")
    no_traceback(result)
    assert result.exit_code == 2
    assert "磁盘已满" in result.stderr and result.stderr.count("\n") == 1
    unchanged(tmp_path / "out", last_week)


def test_full_disk_when_flushing_is_a_clear_error(db: Path, tmp_path: Path, last_week: dict[str, bytes],
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "fsync", no_space)
    result = weekly(db, tmp_path / "out")
    no_traceback(result)
    assert result.exit_code == 2 and "磁盘已满" in result.stderr
    unchanged(tmp_path / "out", last_week)

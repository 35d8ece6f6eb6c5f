"""Issue 14: in CI a missing font, LibreOffice or ../shared fails the run instead of skipping tests."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
_SKIP = re.compile(r"pytest\.skip\(|mark\.skipif|importorskip|mark\.skip\b")


def test_every_skip_goes_through_the_one_helper() -> None:
    offenders = [f"{p.relative_to(TESTS)}:{n}" for p in TESTS.rglob("*.py") if p.name != "needs.py"
                 for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
                 if _SKIP.search(line) and p != Path(__file__)]
    assert offenders == []


def _run(tmp_path: Path, ci: str | None) -> subprocess.CompletedProcess[str]:
    (tmp_path / "test_lacks.py").write_text(
        "from needs import missing\n\ndef test_font() -> None:\n    missing('本机没有任何中文字体')\n",
        encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    if ci is not None:
        env["CI"] = ci
    env["PYTHONPATH"] = str(TESTS)
    return subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--rootdir",
                           str(tmp_path), str(tmp_path / "test_lacks.py")],
                          capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300)


def test_a_missing_requirement_skips_locally(tmp_path: Path) -> None:
    proc = _run(tmp_path, None)
    assert proc.returncode == 0 and "1 skipped" in proc.stdout


def test_a_missing_requirement_fails_in_ci(tmp_path: Path) -> None:
    proc = _run(tmp_path, "true")
    assert proc.returncode == 1 and "1 failed" in proc.stdout and "本机没有任何中文字体" in proc.stdout

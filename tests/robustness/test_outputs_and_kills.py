"""Issue 14: output names inside --out, temp files cleaned, children dying with their parent."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from needs import missing

from briefgen.errors import BriefgenError
from briefgen.lifetime import child_initializer, die_with_parent
from briefgen.outputs import (
    TEMP_PREFIX,
    atomic_output,
    clean_stale_temps,
    output_path,
    prepare_dir,
    safe_stem,
)


@pytest.mark.parametrize("stem", ["../escape-2023-W01-第一期", "/tmp/abs-2023-W01", "安康\n市-W01",
                                  "..", "a/../../b", "\x00", "." * 5, "城" * 300])
def test_an_output_name_is_one_file_inside_out(tmp_path: Path, stem: str) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = output_path(out, stem, "pdf")
    assert target.parent == out and target.resolve().parent == out.resolve()
    assert "\n" not in target.name and "/" not in safe_stem(stem) and not target.name.startswith(".")


def test_weekly_with_a_hostile_city_writes_inside_out(tmp_path: Path) -> None:
    from badinputs import META, WEEK, article
    from test_output_failures import invoke
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(article(0), encoding="utf-8")
    (folder / "a.txt.meta.yaml").write_text(META.replace("city: 安康", "city: '../../evil'"), encoding="utf-8")
    out = tmp_path / "deep" / "out"
    result = invoke("weekly", "--city", "../../evil\n", "--week", WEEK, "--corpus", str(folder),
                    "--db", str(tmp_path / "c.sqlite"), "--out", str(out), "--format", "pdf")
    assert result.exit_code == 0, result.output + result.stderr
    written = [p for p in tmp_path.rglob("*.pdf")]
    assert written and all(p.parent == out for p in written)
    assert all("\n" not in p.name for p in written)


def test_temp_files_of_a_killed_run_are_cleaned_on_the_next_run(tmp_path: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()
    stale = tmp_path / f"{TEMP_PREFIX}{dead}-abcd1234.pdf"
    stale.write_bytes(b"%PDF-half")
    mine = tmp_path / f"{TEMP_PREFIX}{os.getpid()}-live.pdf"  # a run still writing keeps its file
    mine.write_bytes(b"%PDF")
    users = tmp_path / ".notes.pdf"
    users.write_bytes(b"%PDF")
    prepare_dir(tmp_path)
    assert not stale.exists() and mine.exists() and users.exists()
    assert clean_stale_temps(tmp_path) == []


def test_atomic_output_names_its_temp_file_for_the_cleaner(tmp_path: Path) -> None:
    with atomic_output(tmp_path / "a.pdf") as tmp:
        assert tmp.name.startswith(f"{TEMP_PREFIX}{os.getpid()}-")
        tmp.write_bytes(b"x")
    assert (tmp_path / "a.pdf").read_bytes() == b"x"


_CHILD = """
import sys, time
from concurrent.futures import ProcessPoolExecutor
from briefgen.lifetime import child_initializer
import os
def pid():
    return os.getpid()
if __name__ == "__main__":
    init, args = child_initializer()
    with ProcessPoolExecutor(max_workers=2, initializer=init, initargs=args) as pool:
        print(pool.submit(pid).result(), flush=True)
        time.sleep(600)
"""


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    with open(f"/proc/{pid}/stat", encoding="ascii") as fh:  # a zombie is gone too
        return fh.read().split(") ")[1].startswith("Z")


def test_pool_workers_die_when_the_parent_is_killed(tmp_path: Path) -> None:
    if not sys.platform.startswith("linux"):
        missing("PR_SET_PDEATHSIG 只在 Linux 上有")
    script = tmp_path / "parent.py"
    script.write_text(_CHILD, encoding="utf-8")
    with subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True) as parent:
        assert parent.stdout is not None
        worker = int(parent.stdout.readline())
        parent.send_signal(signal.SIGKILL)
        parent.wait()
    for _ in range(200):  # the kernel signals at once; allow a loaded machine up to 20 s
        if _gone(worker):
            break
        time.sleep(0.1)
    assert _gone(worker)


def test_die_with_parent_is_arranged_in_a_child() -> None:
    ctx = multiprocessing.get_context("fork")
    init, args = child_initializer()
    with ctx.Pool(1, initializer=init, initargs=args) as pool:
        assert pool.apply(die_with_parent, (os.getpid(),)) is sys.platform.startswith("linux")


def test_week_at_the_end_of_the_calendar_is_a_usage_error() -> None:
    from briefgen.weeks import parse_week, week_containing

    with pytest.raises(BriefgenError):
        parse_week("9999-W52")
    with pytest.raises(BriefgenError):
        from datetime import date
        week_containing(date(9999, 12, 31))

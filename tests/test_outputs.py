"""Outputs appear whole or not at all, with ordinary permissions."""

import stat
from pathlib import Path

import pytest

from briefgen.errors import BriefgenError
from briefgen.outputs import atomic_output, prepare_dir


def test_success_replaces_target_with_normal_mode(tmp_path: Path) -> None:
    target = tmp_path / "a.pdf"
    target.write_bytes(b"last week")
    with atomic_output(target) as tmp:
        tmp.write_bytes(b"this week")
    assert target.read_bytes() == b"this week"
    assert stat.S_IMODE(target.stat().st_mode) & 0o044
    assert list(tmp_path.iterdir()) == [target]


def test_failure_keeps_last_good_file_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "a.pdf"
    target.write_bytes(b"last week")
    with pytest.raises(RuntimeError), atomic_output(target) as tmp:
        tmp.write_bytes(b"half")
        raise RuntimeError("renderer failed")
    assert target.read_bytes() == b"last week"
    assert list(tmp_path.iterdir()) == [target]


def test_unwritable_folder_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(BriefgenError, match="无法创建输出文件夹"):
        prepare_dir(blocker / "out")


def test_os_errors_read_in_chinese(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(BriefgenError, match="路径中有一段"):
        prepare_dir(blocker / "sub" / "out")

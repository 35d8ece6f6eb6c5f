"""Every subcommand has --help; usage errors exit 2 with a Chinese line."""

import pytest
from click.testing import CliRunner

from briefgen.cli import main

COMMANDS = ["ingest", "articles", "select", "figures", "weekly", "fonts"]


@pytest.mark.parametrize("name", COMMANDS)
def test_help(name: str) -> None:
    result = CliRunner().invoke(main, [name, "--help"])
    assert result.exit_code == 0
    assert "例：" in result.output


def test_bad_week_exits_2_without_traceback(tmp_path) -> None:
    result = CliRunner().invoke(main, ["select", "--db", str(tmp_path / "c.sqlite"), "--week", "2023-13"])
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert "周的写法" in result.output


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["weekly"], "缺少 --city"),
        (["ingest", "--bogus", "x"], "没有 --bogus 这个选项"),
        (["ingest", "x", "--workers", "0"], "--workers 的值不对"),
        (["frob"], "没有这个命令：frob"),
    ],
)
def test_usage_errors_are_one_chinese_line(argv: list[str], expected: str) -> None:
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-m", "briefgen", *argv], capture_output=True, text=True)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0], proc.stderr

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

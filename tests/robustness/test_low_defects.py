"""Issue 14 (Low): bidi isolates and tag characters, punctuation-only files, a full stdout, typed styles."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from briefgen.errors import ConfigError, InputRefused
from briefgen.readers import read_path
from briefgen.readers.base import strip_controls


@pytest.mark.parametrize("hidden", ["\u2066", "\u2067", "\u2068", "\u2069", "\U000e0041", "\U000e007f"])
def test_bidi_isolates_and_tag_characters_are_removed(hidden: str) -> None:
    assert strip_controls(f"会议{hidden}要求") == "会议要求"


def test_a_file_of_punctuation_only_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "p.txt"
    path.write_text("，。！？……——“”\n；：、《》\n", encoding="utf-8")
    with pytest.raises(InputRefused, match="没有找到正文文字"):
        read_path(path)


@pytest.mark.parametrize("args", [["--version"], ["--help"], ["fonts", "--json"]])
def test_a_full_stdout_is_one_line_and_exit_2(args: list[str]) -> None:
    with open("/dev/full", "w", encoding="utf-8") as full:
        proc = subprocess.run([sys.executable, "-m", "briefgen", *args], stdout=full,
                              stderr=subprocess.PIPE, text=True, timeout=300)
    assert proc.returncode == 2, proc.stderr
    assert "Traceback" not in proc.stderr and "Exception ignored" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize(("key", "value", "said"), [("page", 5, "page 应是"), ("grid", None, "grid 应是"),
                                                    ("fonts", {"body": "仿宋"}, "缺少 fonts.")])
def test_a_wrongly_typed_user_style_is_a_config_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      key: str, value: object, said: str) -> None:
    from briefgen.style import load_style, style_path

    data = yaml.safe_load(style_path().read_text(encoding="utf-8"))
    data[key] = value
    mine = tmp_path / "mine.yaml"
    mine.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ConfigError, match=said):
        load_style(str(mine))


def test_an_unchanged_copy_of_the_style_loads(tmp_path: Path) -> None:
    from briefgen.style import load_style, style_path

    mine = tmp_path / "mine.yaml"
    mine.write_text(style_path().read_text(encoding="utf-8"), encoding="utf-8")
    assert load_style(str(mine)) == load_style()

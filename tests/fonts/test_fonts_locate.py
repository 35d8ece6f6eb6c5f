"""Finding font files by family name, with and without fontconfig."""

from __future__ import annotations

from pathlib import Path

import pytest
from needs import missing

from briefgen.fonts.charsets import base_charset, gb2312_level1
from briefgen.fonts.locate import FontFile, find_family, installed_faces, scan_dirs


def _face(path: str, families: tuple[str, ...], styles: tuple[str, ...]) -> FontFile:
    return FontFile(path, 0, families, styles, cff=False)


FACES = (
    _face("/f/wk-light.ttf", ("LXGW WenKai", "LXGW WenKai Light"), ("Light", "Regular")),
    _face("/f/wk-bold.ttf", ("LXGW WenKai",), ("Bold",)),
    _face("/f/wk.ttf", ("LXGW WenKai", "霞鹜文楷"), ("Regular",)),
)


def test_regular_preferred_without_a_style() -> None:
    assert find_family("LXGW WenKai", FACES)[0].path == "/f/wk.ttf"


def test_style_suffix_picks_that_style_only() -> None:
    assert [f.path for f in find_family("LXGW WenKai:Bold", FACES)] == ["/f/wk-bold.ttf"]


def test_localized_family_name_matches() -> None:
    assert find_family("霞鹜文楷", FACES)[0].path == "/f/wk.ttf"


def test_unknown_family_finds_nothing() -> None:
    assert find_family("方正小标宋简体", FACES) == []


def test_charsets() -> None:
    assert len(gb2312_level1()) == 3755
    assert {"安", "A", "，", "“"} <= base_charset()
    assert len([c for c in base_charset() if "\u4e00" <= c <= "\u9fff"]) == 6763


def test_folder_scan_agrees_with_fontconfig(monkeypatch: pytest.MonkeyPatch) -> None:
    faces = [f for f in installed_faces(()) if Path(f.path).suffix.lower() in {".otf", ".ttf"}]
    if not faces:
        missing("本机没有字体文件")
    wanted = faces[0]
    scanned = scan_dirs([Path(wanted.path).parent])
    same = [f for f in scanned if f.path == wanted.path]
    assert same and same[0].cff == wanted.cff
    assert set(same[0].families) & set(wanted.families)

"""Resolving roles to files, the report, and CFF → TrueType conversion."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont
from needs import missing
from reportlab.pdfbase.ttfonts import TTFont as ReportlabFont

from briefgen.fonts import fonts_report, resolve_fonts
from briefgen.fonts.convert import convert_cut
from briefgen.fonts.resolve import face_cmap, has_cjk_face
from briefgen.style import load_style


@pytest.fixture(scope="module")
def style() -> dict:
    """Return the shipped style."""
    return load_style()


@pytest.fixture
def cache(tmp_path: Path) -> Iterator[Path]:
    """Point the converted-font cache at an empty folder."""
    old = os.environ.get("BRIEFGEN_CACHE")
    os.environ["BRIEFGEN_CACHE"] = str(tmp_path)
    yield tmp_path
    if old is None:
        os.environ.pop("BRIEFGEN_CACHE")
    else:
        os.environ["BRIEFGEN_CACHE"] = old


def _cff_choice(style: dict):  # type: ignore[no-untyped-def]
    for choice in resolve_fonts(style).values():
        if choice.needs_conversion and has_cjk_face(choice, style):
            return choice
    missing("本机没有 CFF 轮廓的中文字体")


def test_every_role_resolved_to_an_existing_file(style: dict) -> None:
    chosen = resolve_fonts(style)
    if not chosen:
        missing("本机没有任何候选字体")
    for role, choice in chosen.items():
        assert choice.role == role and Path(choice.path).is_file()
        assert choice.family.partition(":")[0] in [c.partition(":")[0] for c in style["fonts"][role]]


def test_report_names_missing_fonts(style: dict) -> None:
    bare = {**style, "fonts": {"body": ["不存在的字体甲", "不存在的字体乙"]}}
    (row,) = fonts_report(bare)
    assert row["role"] == "body" and row["family"] is None and row["file"] is None
    assert row["note"].startswith("没有可用的中文字体")


def test_report_marks_free_fonts_as_substitutes(style: dict) -> None:
    rows = {r["role"]: r for r in fonts_report(style)}
    assert set(rows) == set(style["fonts"])
    for row in rows.values():
        if row["family"] and row["family"].partition(":")[0] not in style["fonts_office"]:
            assert row["substitute"] and row["note"]


def test_cff_cut_is_truetype_with_the_asked_characters(style: dict, cache: Path) -> None:
    choice = _cff_choice(style)
    chars = set("安康市人民政府办公室2021年，。")
    cut = convert_cut(choice.path, choice.index, chars)
    with TTFont(cut) as font:
        assert "glyf" in font and "CFF " not in font
        assert {chr(c) for c in font.getBestCmap()} == {c for c in chars
                                                        if ord(c) in face_cmap(choice.path, choice.index)}
    ReportlabFont("test-cut", str(cut))


def test_cut_is_cached_and_repeatable(style: dict, cache: Path, tmp_path: Path) -> None:
    choice = _cff_choice(style)
    first = convert_cut(choice.path, choice.index, set("通报第期"))
    data = first.read_bytes()
    first.unlink()
    again = convert_cut(choice.path, choice.index, set("通报第期"))
    assert again == first and again.read_bytes() == data
    stamp = again.stat().st_mtime_ns
    convert_cut(choice.path, choice.index, set("通报第期"))
    assert again.stat().st_mtime_ns == stamp

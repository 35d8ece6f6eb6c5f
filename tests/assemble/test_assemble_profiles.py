"""City profiles: shipped, user overrides and defaults built from the city's name."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.assemble.profiles import full_city_name, load_profile, short_city_name
from briefgen.errors import ConfigError


@pytest.mark.parametrize("name", ["安康", "安康市", " 安康 "])
def test_shipped_profile_by_short_or_full_name(name: str) -> None:
    profile = load_profile(name)
    assert profile.city == "安康市"
    assert profile.title == "安康政务信息周报"
    assert profile.issuer == "安康市人民政府办公室"
    assert [d.label for d in profile.distribution] == ["报", "送", "发"]
    assert "重要会议与领导活动" in profile.sections
    assert profile.files and profile.files[0].endswith("ankang.yaml")


def test_sanmenxia_has_its_own_office() -> None:
    profile = load_profile("三门峡")
    assert profile.issuer == "三门峡市人民政府办公室"
    assert any("经济开发区" in d.text for d in profile.distribution)


def test_unknown_city_gets_defaults_from_its_name() -> None:
    profile = load_profile("榆林")
    assert profile.city == "榆林市"
    assert profile.title == "榆林政务信息周报"
    assert profile.issuer == "榆林市人民政府办公室"
    assert profile.files == []
    assert len(profile.sections) == 11
    assert profile.distribution


def test_user_profile_overrides_shipped_one(isolated_config: Path) -> None:
    folder = isolated_config / "profiles"
    folder.mkdir()
    (folder / "安康.yaml").write_text("copies: 60\npage_budget: 2\n", encoding="utf-8")
    profile = load_profile("安康市")
    assert profile.copies == 60
    assert profile.page_budget == 2
    assert profile.title == "安康政务信息周报"
    assert profile.files[-1].endswith("安康.yaml")


def test_user_profile_found_by_city_field(isolated_config: Path) -> None:
    folder = isolated_config / "profiles"
    folder.mkdir()
    (folder / "yl.yaml").write_text("city: 榆林市\ntitle: 榆林要情\n", encoding="utf-8")
    assert load_profile("榆林").title == "榆林要情"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("copies: [1\n", "YAML"),
        ("- a\n- b\n", "映射"),
        ("colour: red\n", "colour"),
        ("page_budget: 很多\n", "page_budget"),
        ("distribution: [{label: 报}]\n", "distribution"),
        ("item_chars: 200\n", "item_chars"),
    ],
)
def test_bad_user_profile_names_file_and_problem(
    isolated_config: Path, text: str, message: str
) -> None:
    folder = isolated_config / "profiles"
    folder.mkdir()
    (folder / "安康.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_profile("安康")
    assert message in str(info.value)
    assert "安康.yaml" in str(info.value) or message == "item_chars"


def test_empty_city_is_refused() -> None:
    with pytest.raises(ConfigError):
        load_profile("  ")


def test_city_names() -> None:
    assert full_city_name("三门峡") == "三门峡市"
    assert full_city_name("恩施土家族苗族自治州") == "恩施土家族苗族自治州"
    assert short_city_name("安康市") == "安康"

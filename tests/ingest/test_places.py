"""Tests for briefgen.ingest.annotate.places: divisions named in a text and --city normalisation."""

from __future__ import annotations

import pytest

from briefgen.ingest.annotate.places import find_places, normalize_city


def _cities(text: str) -> set[str | None]:
    return {p.city for p in find_places(text)}


def test_county_full_name_belongs_to_its_prefecture() -> None:
    assert _cities("平利县召开会议") == {"安康市"}
    assert _cities("秦都区举行仪式") == {"咸阳市"}
    place = find_places("秦都区举行仪式")[0]
    assert (place.name, place.level, place.code, place.province) == ("秦都区", "county", "610402", "陕西省")


def test_prefecture_short_and_full_forms() -> None:
    places = find_places("安康毛绒玩具产业，安康市委")
    assert [(p.name, p.level) for p in places] == [("安康市", "prefecture")]


def test_county_short_form_needs_support_in_the_text() -> None:
    assert find_places("今天在平利开会") == []
    assert _cities("汉阴、平利县省级经开区获批") == {"安康市"}
    assert {p.name for p in find_places("安康市汉滨区和平利")} >= {"汉滨区", "平利县"}


def test_province_has_no_city() -> None:
    place = find_places("陕西省委")[0]
    assert (place.level, place.city, place.province) == ("province", None, "陕西省")


@pytest.mark.parametrize(
    "text", ["平安社区创建工作", "市和县两级", "城区教育资源", "获得荣誉", "延长产业链", "碳达峰、碳中和"]
)
def test_common_words_are_not_places(text: str) -> None:
    assert find_places(text) == []


def test_ambiguous_name_resolved_by_context_or_dropped() -> None:
    assert find_places("朝阳区政府") == []
    assert [p.city for p in find_places("北京市朝阳区")] == ["北京市", "北京市"]


@pytest.mark.parametrize(
    ("name", "city"),
    [("安康", "安康市"), ("安康市", "安康市"), (" 咸阳 ", "咸阳市"), ("北京", "北京市"), ("济源", "济源市")],
)
def test_normalize_city(name: str, city: str) -> None:
    assert normalize_city(name) == city


@pytest.mark.parametrize("name", ["", "平利", "陕西", "不存在的地方"])
def test_normalize_city_refuses_non_prefectures(name: str) -> None:
    assert normalize_city(name) is None


def test_a_county_short_form_is_supported_by_the_city_the_text_was_gathered_for() -> None:
    text = "认真听取大家对紫阳各项事业发展的建议。"
    assert find_places(text) == []
    assert [(p.name, p.city) for p in find_places(text, "安康")] == [("紫阳县", "安康市")]
    assert find_places("认真听取大家对紫阳各项事业发展的建议。", "咸阳") == []

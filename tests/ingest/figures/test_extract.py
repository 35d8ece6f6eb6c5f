"""Tests for briefgen.ingest.annotate.figures.extract: value + unit + indicator + relation."""

from __future__ import annotations

import pytest

from briefgen.ingest.annotate.figures.extract import extract_figures


def _rows(sentence: str) -> list[tuple[str, float | None, str, str]]:
    return [(f.text, f.value, f.unit, f.indicator) for f in extract_figures(sentence)]


def test_growth_rate_with_relation_and_period() -> None:
    fig = extract_figures("1-5月，全市工业投资同比增长7.8%。")[0]
    assert (fig.value, fig.unit, fig.indicator, fig.relation, fig.period) == (
        7.8, "%", "工业投资", "同比增长", "1-5月")


def test_money_normalised_to_yuan() -> None:
    assert _rows("到位资金552.8亿元，利用外资2917万美元。") == [
        ("552.8亿元", pytest.approx(5.528e10), "元", "到位资金"),
        ("2917万美元", pytest.approx(2.917e7), "美元", "利用外资"),
    ]


def test_second_value_inherits_indicator() -> None:
    rows = _rows("上半年新增市场主体18426户，同比增长40.54%。")
    assert [(r[1], r[3]) for r in rows] == [(18426, "新增市场主体"), (40.54, "新增市场主体")]


@pytest.mark.parametrize(
    ("sentence", "indicators"),
    [
        ("工业投资、技改投资分别同比增长7.8%、40.9%", ["工业投资", "技改投资"]),
        ("城镇和农村居民人均可支配收入分别增长5.2%和7.7%", ["城镇居民人均可支配收入", "农村居民人均可支配收入"]),
    ],
)
def test_respectively_maps_each_value(sentence: str, indicators: list[str]) -> None:
    assert [f.indicator for f in extract_figures(sentence)] == indicators


def test_approximations_and_chinese_numerals() -> None:
    figs = extract_figures("筹措送温暖资金800余万元，累计投入近5亿元，百余个重点项目建设卓有成效")
    assert [(f.value, f.approx) for f in figs] == [(8e6, "余"), (5e8, "近"), (100, "余")]


def test_rank() -> None:
    fig = extract_figures("空气质量排名全省第二")[0]
    assert (fig.value, fig.unit, fig.indicator, fig.relation) == (2, "名次", "空气质量", "排名")


def test_counted_thing_after_classifier() -> None:
    assert _rows("为 445 名留守儿童发放了爱心书包")[0][3] == "留守儿童"


@pytest.mark.parametrize(
    "sentence",
    [
        "1月5日，全市2022年度目标责任考核动员大会召开",
        "推进“十四五”开好局，第十二次党代会",
        "1号线3期工程，PM10浓度，5A级景区",
        "（一）坚持党建引领。1、加强学习",
        "咨询电话0915-3212345，〔2021〕5号文件",
        "千家万户，三个导向，一批项目",
        "基本消除义务教育 56 人以上大班额",
    ],
)
def test_not_figures(sentence: str) -> None:
    assert extract_figures(sentence) == []


def test_sentence_and_paragraph_recorded() -> None:
    fig = extract_figures("发放冬季取暖煤炭 1150 吨。", paragraph=4)[0]
    assert (fig.sentence, fig.paragraph, fig.unit) == ("发放冬季取暖煤炭 1150 吨。", 4, "吨")

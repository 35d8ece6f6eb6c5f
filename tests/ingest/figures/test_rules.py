"""Tests for the rules that make figure extraction generalise beyond the seed documents."""

from __future__ import annotations

import pytest

from briefgen.ingest.annotate.figures.extract import extract_figures
from briefgen.ingest.annotate.figures.indicator import split_list


def _ind(sentence: str) -> list[tuple[str, str]]:
    return [(f.text, f.indicator) for f in extract_figures(sentence)]


def test_comparison_opening_a_clause_keeps_the_previous_indicator() -> None:
    figs = extract_figures("城镇化率提高到63.8%，比上年末提高1.2个百分点。")
    assert [f.indicator for f in figs] == ["城镇化率", "城镇化率"]


def test_comparison_base_is_not_the_period() -> None:
    figs = extract_figures("企业数量达到682家，较2020年底增加139家。")
    assert [(f.indicator, f.period) for f in figs] == [("企业数量", None), ("企业数量", None)]


def test_generic_head_takes_the_indicator_before_it() -> None:
    figs = extract_figures("实现地区生产总值125亿元，增长5.6%，增速高于全省平均水平0.8个百分点。")
    assert figs[-1].indicator == "地区生产总值增速"


def test_share_is_named_by_what_it_is_a_share_of() -> None:
    figs = extract_figures("民生支出152.6亿元，占一般公共预算支出的81.2%。")
    assert figs[-1].indicator == "占一般公共预算支出"


def test_share_written_with_its_head_keeps_what_it_is_a_share_of() -> None:
    figs = extract_figures("科技支出1992万元，占一般公共预算支出的比重达5.2%。")
    assert figs[-1].indicator == "占一般公共预算支出的比重"


def test_unnamed_count_takes_the_last_indicator_of_its_unit() -> None:
    figs = extract_figures("重点民生实事10件，涉及资金23.5亿元，目前已完成8件。")
    assert figs[-1].indicator == "重点民生实事"


def test_respectively_without_names_takes_the_values_before() -> None:
    rows = _ind("接待游客1860万人次，实现旅游综合收入152.3亿元，分别增长21.6%和25.8%。")
    assert rows[2:] == [("21.6%", "接待游客"), ("25.8%", "旅游综合收入")]


def test_respectively_with_one_name_gives_it_to_every_value() -> None:
    assert [i for _, i in _ind("牛羊存栏分别达到12.8万头和46.2万只")] == ["牛羊存栏"] * 2


def test_paired_word_stands_for_two_indicators() -> None:
    assert split_list("城乡居民人均可支配收入", 2) == ["城镇居民人均可支配收入", "农村居民人均可支配收入"]


def test_list_split_at_enumeration_comma_when_and_over_splits() -> None:
    assert split_list("汽车类、石油及制品类零售额", 2) == ["汽车类零售额", "石油及制品类零售额"]


def test_manner_phrase_before_respectively_is_not_a_name() -> None:
    rows = _ind("实现旅游收入9.8亿元、税收1亿元，按可比口径分别增长23.4%和31.2%。")
    assert [i for _, i in rows[2:]] == ["旅游收入", "税收"]


@pytest.mark.parametrize(
    ("sentence", "value", "indicator"),
    [
        ("我市在全省营商环境评价中排名第四。", 4, "营商环境评价"),
        ("全省县域经济综合排名中，我县位列第12位。", 12, "县域经济综合排名"),
        ("全市地区生产总值增速居全省第一。", 1, "地区生产总值增速"),
    ],
)
def test_rank_subject(sentence: str, value: float, indicator: str) -> None:
    fig = extract_figures(sentence)[0]
    assert (fig.value, fig.unit, fig.indicator) == (value, "名次", indicator)


@pytest.mark.parametrize(
    "sentence",
    [
        "我市获评优秀等次，位居全省第一方阵。",
        "每千名老年人拥有养老床位，每万人口专利",
        "营业收入超亿元企业，超10亿元项目",
        "要坚持“两个毫不动摇”，制定稳增长十条措施",
    ],
)
def test_not_figures_beyond_the_seeds(sentence: str) -> None:
    assert extract_figures(sentence) == []


def test_milestone_is_a_figure() -> None:
    figs = extract_figures("贷款余额突破2000亿元大关，达到2013.7亿元。")
    assert [(f.value, f.indicator) for f in figs] == [(2e11, "贷款余额"), (2.0137e11, "贷款余额")]


def test_small_chinese_numerals_count_when_closing_or_approximate() -> None:
    figs = extract_figures("召开专题会议十二次，研究解决重大问题三十余个。")
    assert [(f.value, f.unit, f.indicator) for f in figs] == [
        (12, "次", "专题会议"), (30, "个", "解决重大问题")]


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [("完成手术2.1万台次", "台次"), ("抽检食品样品5620批次", "批次"),
     ("平均降雨量达到156.8毫米", "毫米"), ("PM2.5平均浓度为32微克/立方米", "微克/立方米")],
)
def test_units_beyond_the_seeds(sentence: str, unit: str) -> None:
    assert [f.unit for f in extract_figures(sentence)] == [unit]


def test_bare_number_shares_the_unit_of_the_next() -> None:
    figs = extract_figures("比全国、全省分别高0.3和0.6个百分点。")
    assert [(f.value, f.unit) for f in figs] == [(0.3, "百分点"), (0.6, "百分点")]


def test_period_word_the_date_reader_leaves_out() -> None:
    assert [f.period for f in extract_figures("全年接待游客1860万人次。")] == ["全年"]


@pytest.mark.parametrize(
    ("sentence", "indicator"),
    [
        ("2022年末全市常住人口249.1万人", "常住人口"),
        ("到2025年全市高速公路通车里程将达到800公里", "高速公路通车里程"),
        ("此次暴雨过程全县平均降雨量达到156.8毫米", "平均降雨量"),
        ("一般公共预算收入预计完成52亿元", "一般公共预算收入"),
        ("粮食总产量连续三年稳定在85万吨以上", "粮食总产量"),
        ("市场监管部门共抽检食品样品5620批次", "抽检食品样品"),
        ("该区建成区面积达到42.6平方公里", "建成区面积"),
        ("该项目总投资12.6亿元", "总投资"),
    ],
)
def test_indicator_is_the_noun_phrase(sentence: str, indicator: str) -> None:
    assert extract_figures(sentence)[0].indicator == indicator


def test_verb_after_a_value_is_not_the_counted_thing() -> None:
    figs = extract_figures("人均可支配收入由2012年的5218元增加到2022年的14281元。")
    assert [f.indicator for f in figs] == ["人均可支配收入", "人均可支配收入"]


def test_count_before_its_noun_and_the_rate_of_those_things() -> None:
    figs = extract_figures("15个国控断面水质优良比例达到100%。")
    assert [(f.text, f.indicator, f.relation) for f in figs] == [
        ("15个", "国控断面", None), ("100%", "国控断面水质优良比例", "达到")]


@pytest.mark.parametrize(
    ("sentence", "indicator", "relation"),
    [
        ("平均办理时限压减45%", "平均办理时限", "压减"),
        ("审批时间缩短30%", "审批时间", "缩短"),
    ],
)
def test_verb_like_relation_splits_indicator_from_value(
        sentence: str, indicator: str, relation: str) -> None:
    fig = extract_figures(sentence)[0]
    assert (fig.indicator, fig.relation) == (indicator, relation)


def test_place_phrase_after_a_count_is_not_its_indicator() -> None:
    fig = extract_figures("1200余人在汉台区北山参加植树。")[0]
    assert fig.indicator == "参加植树"


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        ("3月8日，全市工业增加值增长8.5%。", None),
        ("截至3月8日，全市工业增加值增长8.5%。", "3月8日"),
        ("1-2月，全市工业增加值增长8.5%。", "1-2月"),
    ],
)
def test_single_day_is_a_period_only_after_until(sentence: str, period: str | None) -> None:
    assert extract_figures(sentence)[0].period == period

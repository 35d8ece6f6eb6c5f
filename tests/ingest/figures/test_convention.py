"""The indicator convention of benchmarks/README.md: verbs kept, subjects and light verbs dropped."""

from __future__ import annotations

import pytest

from briefgen.ingest.annotate.figures.extract import extract_figures


def _names(sentence: str) -> list[str]:
    """Return the indicators of a sentence's figures, in order."""
    return [f.indicator for f in extract_figures(sentence)]


@pytest.mark.parametrize(("sentence", "indicator"), [
    ("中心城区新增停车位2800个。", "新增停车位"),  # the subject before a verb goes, the verb stays
    ("瀛湖景区接待游客153万人次。", "接待游客"),
    ("全县举办招聘会38场。", "招聘会"),  # a light verb goes with its subject
    ("全市实现地区生产总值1256.8亿元。", "地区生产总值"),
    ("二期工程完成投资3.2亿元。", "完成投资"),  # a verb and object naming a statistic
    ("全市计划新开工项目704个。", "计划新开工项目"),  # a plan word stays with its verb
    ("全市新建、改造标准化厂房2.1万平方米。", "新建、改造标准化厂房"),
    ("每千人拥有市场主体94.8户。", "每千人拥有市场主体"),  # per head: the light verb stays
    ("市人民医院日均门诊量超5000人次。", "市人民医院日均门诊量"),  # no verb: the owner stays
])
def test_indicator_starts_at_the_verb_after_the_subject(sentence: str, indicator: str) -> None:
    assert _names(sentence) == [indicator]


def test_counted_things_after_a_value_stop_before_their_verb() -> None:
    assert _names("张湾区举行签约仪式，32个项目签约。") == ["项目"]
    assert _names("此次集中签约的32个项目中，工业项目16个。") == ["签约项目", "工业项目"]
    assert _names("近3000名群众参加活动。") == ["群众"]


def test_counted_things_in_a_list_are_counted_together() -> None:
    assert _names("为423名留守老人、留守妇女发放了棉被。") == ["留守老人、留守妇女"]


def test_points_compared_after_a_growth_rate_name_the_rate() -> None:
    names = _names("全省固定资产投资增长10.7%，比全国快4.6个百分点。")
    assert names == ["固定资产投资", "固定资产投资增速"]
    share = _names("税收收入占比68.3%，较上年提高3.1个百分点。")
    assert share == ["税收收入占比", "税收收入占比"]


def test_approximation_closing_a_verb_is_part_of_the_verb() -> None:
    assert _names("共签约投资365.5亿元、贸易签约1.54亿美元。") == ["签约投资", "贸易签约"]


@pytest.mark.parametrize(("sentence", "indicator"), [
    ("全镇一般公共预算收入3512万元。", "一般公共预算收入"),  # town and year-end scope
    ("年末活立木蓄积量50.42万立方米。", "活立木蓄积量"),
    ("积极盘活低效土地122亩。", "盘活低效土地"),  # manner adverb
    ("全年居民消费价格比上年上涨1.9%。", "居民消费价格"),  # jieba's 价格比 is no word before 比上年
    ("第二产业增加值占地区生产总值的比重提高1.1个百分点。", "第二产业增加值占地区生产总值的比重"),
])
def test_scope_adverbs_and_long_shares(sentence: str, indicator: str) -> None:
    assert _names(sentence) == [indicator]


def test_comparable_growth_is_a_relation() -> None:
    figs = extract_figures("全区农林牧渔业实现总产值61.98亿元，可比增长5.3%。")
    assert [f.indicator for f in figs] == ["总产值", "总产值"] and figs[1].relation == "可比增长"


def test_ordinals_listed_share_their_head() -> None:
    names = _names("第一、二、三产业对经济增长的贡献率分别为9.4%、55.6%、35.0%。")
    assert names == ["第一产业对经济增长的贡献率", "第二产业对经济增长的贡献率",
                     "第三产业对经济增长的贡献率"]


def test_adverb_after_counted_things_ends_them_but_not_as_their_first_word() -> None:
    assert _names("此次共有98个项目集中开工。") == ["项目"]
    assert _names("全镇8条集体经济薄弱村均完成经济补强任务。") == ["集体经济薄弱村"]


def test_quoted_name_after_a_count_keeps_its_numerals() -> None:
    assert _names("今年将新建4个“15分钟生活圈”。") == ["新建15分钟生活圈"]


def test_limit_in_words_is_an_approximation_not_part_of_the_indicator() -> None:
    (fig,) = extract_figures("新增家庭养老照护床位不少于300张。")
    assert (fig.indicator, fig.approx, fig.value) == ("新增家庭养老照护床位", "不少于", 300)


def test_verbs_before_two_counts_in_a_list_name_each() -> None:
    assert _names("全年新开工15个小区、完工15个小区。") == ["新开工小区", "完工小区"]
    assert _names("维修改造学校30所。") == ["维修改造学校"]


def test_long_indicator_drops_its_de_clause_but_keeps_its_verb() -> None:
    assert _names("清退不再符合条件的农村低保对象158户。") == ["清退农村低保对象"]


def test_an_adverb_standing_alone_ends_the_subject() -> None:
    assert _names("2024年丹江口市共种植雪茄烟叶近2400亩。") == ["种植雪茄烟叶"]
    assert _names("全市公共服务事项网上可办率达98.6%。") == ["公共服务事项网上可办率"]


def test_two_whole_names_in_a_list_share_no_head() -> None:
    names = _names("一产增加值、农民人均纯收入分别达到24.07亿元、8026.18元。")
    assert names == ["一产增加值", "农民人均纯收入"]


def test_counted_things_opening_with_da_are_counted() -> None:
    assert _names("金坛区直溪镇14名大学生村官陆续离去。")[0].startswith("大学生村官")
    assert _names("年轻人占比已跃升到70%。") == ["年轻人占比"]


def test_a_long_indicator_without_de_is_kept_whole_with_its_verb() -> None:
    assert _names("建设城南新区白河以北片区配套雨水排放管道总长度4200米。") == [
        "建设城南新区白河以北片区配套雨水排放管道总长度"]


def test_an_amount_right_after_an_indicator_in_latin_letters_is_a_figure() -> None:
    (fig,) = extract_figures("全县人均GDP61235元。")
    assert (fig.value, fig.unit, fig.indicator) == (61235, "元", "人均GDP")


def test_an_age_opening_counted_things_is_part_of_them() -> None:
    assert _names("为1200名80周岁及以上老人发放高龄津贴。") == ["80周岁及以上老人"]


def test_a_duration_or_a_place_pronoun_opening_an_indicator_goes() -> None:
    assert _names("仅半年时间合作社收入就达到12万元。") == ["合作社收入"]
    assert _names("一年级学生320人。") == ["一年级学生"]
    assert _names("又从10多户农户那里租赁过来60亩。")[1] == "租赁过来"


def test_a_paired_programme_name_splits_into_its_own_names() -> None:
    assert _names("城乡低保标准分别提高到每月650元和每年4800元。") == ["城市低保标准", "农村低保标准"]


def test_counted_things_opening_with_their_hours_follow_a_count() -> None:
    assert _names("引导社会力量开办 5 个 24 小时自助图书馆。") == ["24小时自助图书馆"]


def test_national_scope_and_a_modal_after_the_subject_go() -> None:
    assert _names("我国基础研究经费支出2497亿元。") == ["基础研究经费支出"]
    assert _names("成都某控股公司将投资60亿元。") == ["投资"]


def test_a_framed_comparison_is_no_indicator() -> None:
    assert _names("全市粮食产量52万吨，与上年相比增长3.1%。") == ["粮食产量", "粮食产量"]

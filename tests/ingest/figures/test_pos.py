"""Counted things end where jieba's word classes show a clause: adverbs, prepositions, verbs with objects."""

from __future__ import annotations

import pytest

from briefgen.ingest.annotate.figures.extract import extract_figures


def _names(sentence: str) -> list[str]:
    """Return the indicators of a sentence's figures, in order."""
    return [f.indicator for f in extract_figures(sentence)]


def test_an_adverb_or_preposition_after_counted_things_ends_them() -> None:
    assert _names("全镇20名志愿者陆续返回岗位。") == ["志愿者"]  # 陆续: adverb
    assert _names("近300名学生从学校出发。") == ["学生"]  # 从: preposition
    assert _names("12家企业那里签下订单。") == ["企业"]  # 那里: pronoun


def test_an_adverb_right_after_a_count_names_nothing_and_no_other_count_lends_its_name() -> None:
    assert _names("全县156个贫困村、6.2万人全部脱贫。") == ["贫困村", ""]
    assert _names("对38个不达标村级服务设施进行改造。") == ["不达标村级服务设施"]  # it names them


def test_a_verb_with_its_object_before_the_next_value_opens_that_value() -> None:
    assert _names("在8个社区修建文化广场12处。") == ["社区", "修建文化广场"]
    assert _names("建成8个省级科技示范镇、3个污水处理站。")[1] == "污水处理站"  # no object: a name


def test_a_list_of_names_is_never_cut_inside_a_name() -> None:
    (rank,) = extract_figures("一般公共预算收入、社会消费品零售总额、农村居民人均可支配收入增速居全省第三位。")
    assert rank.indicator == "一般公共预算收入、社会消费品零售总额、农村居民人均可支配收入增速"


def test_a_verb_jieba_reads_before_a_kept_verb_joins_it_but_a_manner_word_does_not() -> None:
    assert _names("全县协调解决群众反映问题56件。") == ["协调解决群众反映问题"]
    assert _names("园区集中签约项目12个。") == ["签约项目"]


def test_a_one_character_thing_ends_at_its_verb_but_not_after_an_adverb() -> None:
    assert _names("全省12个市入选全国文明城市。") == ["市"]
    assert _names("目前，30个已竣工项目集中亮相。") == ["已竣工项目"]


def test_what_is_done_after_a_place_phrase_drops_its_light_verb() -> None:
    assert _names("其中800亩在小麦收获后开展套种。") == ["套种"]


def test_a_verb_before_zhi_is_part_of_the_relation() -> None:
    (fig,) = extract_figures("全市燃煤消费减量至120万吨。")
    assert (fig.indicator, fig.relation) == ("燃煤消费", "减量至")


def test_a_measure_closing_counted_things_names_the_next_value_with_them() -> None:
    assert _names("3家茶叶合作社种植面积1200亩。") == ["茶叶合作社", "茶叶合作社种植面积"]
    assert _names("全县5个光伏电站装机容量达到20万千瓦。") == ["光伏电站", "光伏电站装机容量"]


def test_an_adverb_of_sum_ends_the_subject_but_not_after_a_modifier() -> None:
    assert _names("县融媒体中心累计发稿3200条。") == ["发稿"]
    assert _names("城区最大累计降雨86毫米。") == ["城区最大累计降雨"]


def test_an_indicator_of_qualifiers_only_keeps_its_relation() -> None:
    assert _names("前三季度两年平均增长4.9%。") == ["两年平均增长"]
    assert _names("全县规上工业增加值两年平均增长6.1%。") == ["规上工业增加值"]


def test_counted_things_end_at_a_verb_to_a_place_and_may_be_set_phrases() -> None:
    assert _names("全市3000余名游客走进汉中。") == ["游客"]
    assert _names("2000架无人机腾空而起。") == ["无人机"]  # 无人机: jieba's class l


def test_after_a_light_verb_the_counted_things_keep_what_was_done_to_them() -> None:
    assert _names("年内完成120户农村危房改造。") == ["农村危房改造"]
    assert _names("今年32个项目签约。") == ["项目"]  # no light verb: the things, not what they do


def test_a_description_closed_by_de_after_a_count_gives_way_to_the_things() -> None:
    assert _names("今年出台15条含金量高的扶持政策。") == ["出台扶持政策"]
    assert _names("覆盖5个乡镇的贫困村。") == ["乡镇"]  # an owner before 的 stays


@pytest.mark.parametrize(("sentence", "names"), [
    ("投入资金扶持9户新入库规上文化企业。", ["新入库规上文化企业"]),  # a verb after a modifier is named
    ("全市387家规上农产品加工企业共完成产值470.37亿元。", ["规上农产品加工企业", "产值"]),  # 共 ends first
    ("评选出6个优秀志愿服务社区、6个优秀志愿服务项目。", ["优秀志愿服务社区", "优秀志愿服务项目"]),  # a list
    ("开展9项群众最不满意事项专项治理。", ["群众最不满意事项专项治理"]),  # degree adverbs qualify
    ("差额投票推荐了驻外办事处主任等10个职位人选30名。", ["职位人选", "职位人选"]),  # not listed
    ("与1.5万名在外务工青年实现就业对接。", ["在外务工青年"]),  # 在外 is no place preposition
])
def test_counted_things_stay_whole_where_the_words_only_look_like_a_clause(sentence: str, names: list[str]) -> None:
    assert _names(sentence) == names


def test_words_inside_quotes_are_a_name_and_end_nothing() -> None:
    assert _names("截至目前，41项市级“我为群众办实事”重点项目已全部完成。") == ["市级我为群众办实事重点项目"]

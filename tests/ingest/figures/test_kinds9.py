"""Rules prompted by the kinds of heldout9's misses, each on sentences written for the test."""

from __future__ import annotations

from briefgen.ingest.annotate.figures.extract import extract_figures


def _names(sentence: str) -> list[str]:
    return [f.indicator for f in extract_figures(sentence)]


def test_including_before_a_name_is_no_part_of_it() -> None:
    assert _names("全县投入资金900万元，包括学生营养餐补助300万元。") == ["投入资金", "学生营养餐补助"]


def test_until_with_its_preposition_goes_from_the_front() -> None:
    assert _names("截止到9月底道路硬化进度达64%。") == ["道路硬化进度"]


def test_allocating_forming_and_sending_verbs_stay_with_what_they_count() -> None:
    assert _names("省市拨付农田水利资金620万元。") == ["拨付农田水利资金"]
    assert _names("全镇组建8支巡河志愿队。") == ["组建巡河志愿队"]
    assert _names("县里派出15名驻村干部。") == ["派出驻村干部"]
    assert _names("改造工程涉及6个社区。") == ["涉及社区"]


def test_verb_after_counted_things_ends_them() -> None:
    assert _names("12个项目涉及装备制造、新材料等领域。") == ["项目"]
    assert _names("9名村干部外出学习。") == ["村干部"]
    assert _names("8次组团前往江苏、浙江考察。") == ["组团"]


def test_multiplier_alone_before_a_measure_inside_a_name_is_no_figure() -> None:
    assert _names("建设沿河万亩稻菜轮作产业带，打造千亩高粱示范片。") == []
    assert [f.value for f in extract_figures("山西通航集团的千架无人机腾空而起。")] == [1000.0]
    assert [f.value for f in extract_figures("全市生产总值突破千亿元大关。")] == [1.0e11]
    assert [f.value for f in extract_figures("新增高标准农田万亩。")] == [10000.0]


def test_paired_word_written_apart_stands_for_its_parts() -> None:
    names = _names("城、乡居民人均可支配收入分别为32000元、15000元，分别增长6%、8%。")
    assert names == ["城镇居民人均可支配收入", "农村居民人均可支配收入"] * 2


def test_capacity_closing_a_list_of_projects_names_the_value_alone() -> None:
    names = _names("签约物流园建设、年产5万吨饲料加工和年产2万吨有机肥3个项目。")
    assert names[:2] == ["年产", "年产"]


def test_values_listed_after_a_bare_relation_take_the_listed_names_in_order() -> None:
    figures = extract_figures("城镇、农村居民人均可支配收入分别为32000元、15000元，增长6%、8%。")
    assert [f.indicator for f in figures[2:]] == ["城镇居民人均可支配收入", "农村居民人均可支配收入"]
    assert [f.relation for f in figures[2:]] == ["增长", "增长"]


def test_ascii_apostrophe_opening_a_quote_is_left_out_like_quotes() -> None:
    assert _names("全镇完成'小田变大田“改造1368亩。") == ["小田变大田改造"]


def test_verb_with_hou_before_a_measure_is_a_time_not_an_act() -> None:
    assert _names("园区扩建完成后面积可达500亩。") == ["面积"]
    assert _names("老厂房改造后面积为800平方米。") == ["面积"]


def test_kuai_counts_plots() -> None:
    figures = extract_figures("改造后全村田块由1200余块减少到289块。")
    assert [(f.value, f.unit) for f in figures] == [(1200.0, "块"), (289.0, "块")]
    assert extract_figures("大家一块儿商量。") == []


def test_manner_word_before_a_verb_goes_but_names_a_kind_before_a_noun() -> None:
    assert _names("通过土地整理，有效增加耕地面积120亩。") == ["增加耕地面积"]
    assert _names("全县有效发明专利拥有量达到512件。") == ["有效发明专利拥有量"]


def test_size_before_a_project_closing_its_clause_is_the_projects() -> None:
    assert _names("开工建设项目12个，李家村3000亩茶园提质改造工程，年内完工。")[1] == "茶园提质改造工程"
    assert _names("全县2022年新建高标准农田8000亩示范项目，进展顺利。") == ["新建高标准农田"]
    assert _names("产业园总面积300亩标准化厂房建设项目。") == ["产业园总面积"]
    assert _names("集团将投资50亿元在谷城建设钛铁矿综合利用项目。") == ["投资"]


def test_later_parts_of_a_breakdown_are_names_kept_whole() -> None:
    names = _names("全县投入资金900万元，包括学生营养餐补助300万元、校舍维修改造资金200万元。")
    assert names == ["投入资金", "学生营养餐补助", "校舍维修改造资金"]
    assert _names("建成道路3公里、镇区新建公厕8座。") == ["建成道路", "新建公厕"]


def test_passed_check_closed_by_de_joins_the_counted_things() -> None:
    assert _names("通过验收的12个项目进展情况良好。") == ["通过验收项目"]
    assert _names("通过开展的8场招聘会，促成就业。") == ["招聘会"]

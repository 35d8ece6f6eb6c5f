"""Rules prompted by the kinds of heldout7's misses, each on sentences written for the test."""

from __future__ import annotations

from briefgen.ingest.annotate.figures.extract import extract_figures


def _figs(sentence: str) -> list[tuple[str, float | None, str]]:
    return [(f.text, f.value, f.indicator) for f in extract_figures(sentence)]


def test_small_chinese_count_closing_its_phrase_is_a_figure() -> None:
    figs = _figs("新建省级科普基地三个、市级示范企业两家。")
    assert [(t, v) for t, v, _ in figs] == [("三个", 3.0), ("两家", 2.0)]
    assert [i for _, _, i in figs] == ["新建省级科普基地", "市级示范企业"]


def test_small_chinese_numeral_before_a_noun_stays_a_name() -> None:
    assert extract_figures("坚决做到两个维护，落实三项制度。") == []
    assert extract_figures("召开会议一次。") == []


def test_thousand_between_number_and_unit_multiplies() -> None:
    figs = extract_figures("帮扶周边3千余户农户增收。")
    assert [(f.text, f.value, f.unit, f.approx) for f in figs] == [("3千余户", 3000.0, "户", "余")]


def test_thousand_opening_a_unit_stays_the_unit() -> None:
    figs = extract_figures("新建线路12千米，新增装机6千瓦。")
    assert [(f.value, f.unit) for f in figs] == [(12.0, "公里"), (6.0, "千瓦")]


def test_rank_after_the_field_size_is_read() -> None:
    figs = extract_figures("社会消费品零售总额增长8.2%，增速居全省11个地市第2位。")
    assert [(f.value, f.unit, f.indicator) for f in figs][1:] == [(2.0, "名次", "社会消费品零售总额增速")]


def test_first_place_without_a_numeral_is_a_rank() -> None:
    figs = extract_figures("营商环境评价得分继续保持全省首位。")
    assert [(f.value, f.unit, f.indicator) for f in figs] == [(1.0, "名次", "营商环境评价得分")]
    assert extract_figures("始终把安全生产摆在首位。") == []


def test_ranking_noun_before_a_linking_verb_stays() -> None:
    figs = extract_figures("全年利用外资1.2亿美元，外资工作综合排名位居全市第3位。")
    assert figs[-1].indicator == "外资工作综合排名"


def test_one_character_stop_inside_a_word_stays() -> None:
    assert [f.indicator for f in extract_figures("上半年的两年平均增长5.2%。")] == ["两年平均增长"]
    assert [f.indicator for f in extract_figures("三项指标均居全省第一。")] == ["三项指标"]


def test_verb_before_a_project_noun_names_the_counted_things() -> None:
    figs = extract_figures("推进32个农村公路改造工程全部交工。")
    assert [f.indicator for f in figs] == ["农村公路改造工程"]
    figs = extract_figures("全年42个城中村改造项目除暂缓的8个村外全部开工。")
    assert [f.indicator for f in figs][0] == "城中村改造项目"


def test_exception_frame_close_is_no_part_of_the_counted_things() -> None:
    figs = extract_figures("除12家企业外，其余企业均已整改。")
    assert [f.indicator for f in figs] == ["企业"]
    assert [f.indicator for f in extract_figures("覆盖8个国内外")] == ["国内外"]


def test_list_mark_after_a_count_ends_it() -> None:
    figs = extract_figures("举办电商培训30场、直播带货培训15场。")
    assert [f.indicator for f in figs] == ["电商培训", "直播带货培训"]


def test_one_character_modifier_before_a_kept_verb_stays() -> None:
    figs = extract_figures("上半年全县新签约文旅项目18个。")
    assert [f.indicator for f in figs] == ["新签约文旅项目"]
    assert [f.indicator for f in extract_figures("全县共签约文旅项目18个。")] == ["签约文旅项目"]


def test_adverbs_after_a_count_name_nothing() -> None:
    figs = extract_figures("计划改造老旧小区28个，其余20个已全部开工。")
    assert [f.indicator for f in figs] == ["计划改造老旧小区", "计划改造老旧小区"]


def test_run_of_one_character_verbs_ends_the_counted_things() -> None:
    assert [f.indicator for f in extract_figures("8家企业免审即享稳岗补贴。")] == ["企业"]


def test_frame_in_the_rank_clause_names_the_rank() -> None:
    figs = extract_figures("我县在全省营商环境评价中以优异成绩位列全省第3名。")
    assert [f.indicator for f in figs] == ["营商环境评价"]

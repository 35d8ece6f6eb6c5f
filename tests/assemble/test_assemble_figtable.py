"""数据速览 rows: pairing, ranking, filtering and the source cell."""

from __future__ import annotations

from assemble_builders import article, figure

from briefgen.assemble.figtable import figure_rows


def test_changes_and_key_units_come_first_and_clauses_are_dropped() -> None:
    figs = [
        figure("30名", "参加人数"),
        figure("26.73亿元", "文旅项目总投资"),
        figure("8处", "小餐馆、小理发店、医药超市等经营场所"),
        figure("40.54%", "新增市场主体", relation="同比增长"),
        figure("2731人", "业人数较     年底"),
        figure("12名", "此次共组织"),
    ]
    rows = figure_rows([(article(1, "经济运行", ["x。"], source="安康日报", figures=figs), "")], 9)
    assert [r[0] for r in rows] == ["新增市场主体", "文旅项目总投资", "参加人数"]


def test_limit_and_pairing_per_article() -> None:
    one = [figure("10亿元", "茶叶产值"), figure("5%", "茶叶产值", relation="增长")]
    two = [figure("20亿元", "茶叶产值")]
    picks = [
        (article(1, "经济运行", ["x。"], figures=one), ""),
        (article(2, "经济运行", ["y。"], figures=two), ""),
    ]
    assert figure_rows(picks, 9) == [
        ["茶叶产值", "10亿元", "增长5%", "安康日报"],
        ["茶叶产值", "20亿元", "", "安康日报"],
    ]
    assert len(figure_rows(picks, 1)) == 1


def test_source_cell_uses_note_then_short_headline() -> None:
    figs = [figure("12名", "参加人数")]
    untitled = article(
        1,
        "民生保障",
        ["x。"],
        source=None,
        figures=figs,
        title="热血递温情 点滴聚爱心——向阳街道组织开展无偿献血活动",
    )
    assert figure_rows([(untitled, "")], 9)[0][3] == "热血递温情"
    assert figure_rows([(untitled, "开发区经济发展部")], 9)[0][3] == "开发区经济发展部"
    assert figure_rows([(untitled, "9月10日")], 9)[0][3] == "热血递温情"  # a note of the day alone names no source
    long_title = article(
        2,
        "民生保障",
        ["x。"],
        source=None,
        figures=figs,
        title="开发区开展伤残退役军人评残鉴定工作",
    )
    assert figure_rows([(long_title, "")], 9)[0][3] == "开发区开展伤残退役军人…"


def test_a_single_day_is_not_printed_as_the_period() -> None:
    figs = [
        figure("45%", "审批时限", relation="压减", period="3月6日"),
        figure("6.8%", "工业增加值", relation="同比增长", period="1-2月"),
    ]
    rows = figure_rows([(article(1, "经济运行", ["x。"], figures=figs), "")], 9)
    assert [r[0] for r in rows] == ["审批时限", "工业增加值（1-2月）"]


def test_merged_event_cites_its_first_source_in_the_table() -> None:
    from briefgen.select.types import FigureRow, SelectedArticle

    figure = FigureRow("32个", 32.0, "个", "开工项目", None, None, 1, "开工项目32个。")
    article = SelectedArticle(1, "/a.txt", "重点项目集中开工", "安康日报", "项目建设", "2024-01-05", 1.0, [],
                              figures=[figure])
    (row,) = figure_rows([(article, "安康日报 1月6日；安康市政府网 1月5日")], 5)
    assert row[3] == "安康日报"


def test_bare_acts_and_bodies_are_no_indicators() -> None:
    import re

    from briefgen.assemble.text import text_rules

    rejects = [re.compile(p) for p in text_rules()["table_indicator_reject"]]
    for indicator in ("市本级发放", "工艺品和玩具制造业企业", "筹集", "例如母婴自营销量"):
        assert any(p.search(indicator) for p in rejects), indicator
    for indicator in ("消费券", "就业人数", "产值", "总投资"):
        assert not any(p.search(indicator) for p in rejects), indicator


def test_who_attended_a_meeting_is_no_row_of_the_table() -> None:
    from briefgen.assemble.figtable import figure_rows
    from briefgen.select.types import FigureRow, SelectedArticle

    sentence = "大会应到委员353人，因事因病请假21人，实到332人，全年新建项目12个。"
    figures = [FigureRow("353人", 353.0, "人", "大会应到委员", None, None, 0, sentence),
               FigureRow("21人", 21.0, "人", "因事因病请假", None, None, 0, sentence),
               FigureRow("12个", 12.0, "个", "新建项目", None, None, 0, sentence)]
    article = SelectedArticle(1, "/a.txt", "政协会议开幕", "安康日报", "会议", "2024-01-05", 1.0, [], figures=figures)
    assert [row[0] for row in figure_rows([(article, "安康日报 1月6日")], 5)] == ["新建项目"]


def test_an_ordinal_stage_is_no_indicator() -> None:
    import re

    from briefgen.assemble.text import text_rules

    rejects = [re.compile(p) for p in text_rules()["table_indicator_reject"]]
    for indicator in ("第二阶段", "第3批", "第一季度"):
        assert any(p.search(indicator) for p in rejects), indicator
    for indicator in ("第二阶段问题整改", "阶段性成果"):
        assert not any(p.search(indicator) for p in rejects), indicator


def test_how_a_counted_thing_went_is_no_indicator() -> None:
    import re

    from briefgen.assemble.text import text_rules

    rejects = [re.compile(p) for p in text_rules()["table_indicator_reject"]]
    assert any(p.search("项目成功") for p in rejects) and not any(p.search("签约项目") for p in rejects)


def test_a_figure_its_source_gives_again_under_nearly_the_same_name_is_one_row() -> None:
    figs = [figure("75个", "重大项目开工"), figure("75个", "开工重大项目"), figure("75个", "新建口袋公园")]
    rows = figure_rows([(article(1, "项目建设与招商引资", ["x。"], source="达州日报", figures=figs), "")], 9)
    assert [r[0] for r in rows] == ["重大项目开工", "新建口袋公园"]
    figs = [figure("100%", "复工复产率"), figure("100%", "复工"), figure("100%", "上线率")]
    rows = figure_rows([(article(1, "经济运行", ["x。"], source="某某网", figures=figs), "")], 9)
    assert [r[0] for r in rows] == ["复工复产率", "上线率"]


def test_an_article_gives_one_value_per_indicator() -> None:
    figs = [figure("18个", "封控区"), figure("12个", "管控区"), figure("5个", "封控区"), figure("7个", "管控区")]
    rows = figure_rows([(article(1, "安全稳定与社会治理", ["x。"], source="某某网", figures=figs), "")], 9)
    assert [(r[0], r[1]) for r in rows] == [("封控区", "18个"), ("管控区", "12个")]

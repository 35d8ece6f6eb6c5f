"""数据速览 rows read as statistics: the kinds of figures left out of the table (briefgen.assemble.figrows)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from assemble_builders import article, figure

from briefgen.assemble.figrows import reads_as_statistic
from briefgen.assemble.figtable import figure_rows
from briefgen.ingest.annotate.figures.extract import extract_figures
from briefgen.select.types import FigureRow


def _kept(text: str, indicator: str) -> bool:
    return reads_as_statistic(figure(text, indicator))


@pytest.mark.parametrize("indicator", ["国家和地区", "方面", "解决问题", "党员", "实际问题和困难", "乡镇", "省级", "同志",
                                       "当日"])
def test_bare_generic_nouns_and_place_kinds_are_no_rows(indicator: str) -> None:
    assert not _kept("80多个", indicator)


@pytest.mark.parametrize("indicator", ["出台重要文件", "制定宣传方案", "主题报道", "地方性法规"])
def test_counts_of_documents_are_no_rows(indicator: str) -> None:
    assert not _kept("3个", indicator)


@pytest.mark.parametrize("indicator", ["总投资", "可年产", "营收", "占总投资", "瑜璟康养中心项目、投资", "两年平均增长", "效率",
                                       "计划完成投资", "损失"])
def test_measures_without_subject_are_no_rows(indicator: str) -> None:
    assert not _kept("8.5亿元", indicator)


@pytest.mark.parametrize("indicator", ["高价值专利组合项目顺利", "市政府主要领导先后", "以上各类园区全面推行",
                                       "区财政列支", "引导社会力量开办", "生产总值确保", "全年粮食产量力争",
                                       "分别为投资", "集阅读、展览、沙龙", "小时打个预约电话",
                                       "来自龙华办事处", "开工项目共有"])
def test_cut_clauses_and_bare_acts_are_no_rows(indicator: str) -> None:
    assert not _kept("21个", indicator)


@pytest.mark.parametrize("indicator", ["新增学位", "发放消费券", "文旅项目总投资", "留守儿童", "开工项目", "省级星创天地",
                                       "市级重点文产项目", "解决群众急难愁盼问题", "社会组织",
                                       "审批效率", "确保安全生产"])
def test_statistics_stay(indicator: str) -> None:
    assert _kept("9个", indicator)


def test_an_idiom_or_a_clause_is_no_row() -> None:
    assert not _kept("万家", "团圆、喜庆吉祥")  # 万家团圆: no numeral, a magnitude in an idiom
    assert not _kept("5万吨", "实地视察了年产")  # a clause with a completed verb, not a name
    assert _kept("三万家", "市场主体") and _kept("5万吨", "新增产能")


def test_an_ordinal_in_a_name_is_no_rank() -> None:
    assert not _kept("排名全国第四大", "毛绒玩具产业")
    assert _kept("排名全国第2位", "货物贸易进出口增速")


def test_a_level_prints_the_figure_alone_and_a_change_its_relation() -> None:
    figs = [figure("445名", "留守儿童", relation="为"), figure("7.8%", "工业投资", relation="同比增长")]
    rows = figure_rows([(article(1, "民生保障", ["x。"], figures=figs), "")], 9)
    assert rows == [["工业投资", "", "同比增长7.8%", "安康日报"], ["留守儿童", "445名", "", "安康日报"]]


def test_the_same_figure_twice_is_one_row() -> None:
    one = article(1, "教育", ["x。"], figures=[figure("9000个", "学位", relation="增加", article_id=1)])
    two = article(2, "教育", ["y。"], figures=[figure("9000 个", "学位", relation="增加", article_id=2)])
    assert len(figure_rows([(one, ""), (two, "")], 9)) == 1


def test_spaces_of_the_source_are_not_printed() -> None:
    figs = [figure("19804.76 万元", "发放社会救助资金", period="1 月至 10 月")]
    (row,) = figure_rows([(article(1, "民生保障", ["x。"], figures=figs), "")], 9)
    assert row[:2] == ["发放社会救助资金（1月至10月）", "19804.76万元"]


@pytest.mark.parametrize("indicator", ["市级基础养老金最低标准再", "符合率从", "平均每月", "环保公厕将逐步"])
def test_an_indicator_ending_in_an_adverb_preposition_or_pronoun_is_a_cut_clause(indicator: str) -> None:
    assert not _kept("5个", indicator)


@pytest.mark.parametrize("indicator", ["项目都已经建设", "企业到只保留", "公司从投产到现在总共产值", "赶制的这批丝锥",
                                       "公司就决定拿出", "开工项目目前进展迅速"])
def test_an_adverb_preposition_or_pointing_word_inside_makes_a_clause(indicator: str) -> None:
    assert not _kept("6个", indicator)


@pytest.mark.parametrize("indicator", ["办结", "设立", "广安市", "蓝天", "收获蓝天", "脱贫"])
def test_a_lone_verb_a_lone_name_or_a_figurative_count_is_no_row(indicator: str) -> None:
    assert not _kept("301个", indicator)


@pytest.mark.parametrize("indicator", ["一个月时间", "梳理市级重点项目5大类", "连续9年", "到商城县", "超过欧盟国家平均水平",
                                       "或转化成果", "按日处理", "比研究与试验发展经费增速"])
def test_a_count_inside_or_a_relation_opening_makes_a_clause(indicator: str) -> None:
    assert not _kept("33项", indicator)


@pytest.mark.parametrize("indicator", ["学生占比", "每千人拥有市场主体", "引进1亿元以上工业项目", "新增学位", "河长",
                                       "城镇新增就业", "按期答复率", "15分钟生活圈三年攻坚任务", "养老金",
                                       "农村小规模教学网点撤并", "到位资金"])
def test_names_with_such_words_stay(indicator: str) -> None:
    assert _kept("12个", indicator)


def test_a_count_listed_after_another_does_not_borrow_its_name() -> None:
    figs = [FigureRow(f.text, f.value, f.unit, f.indicator, f.relation, f.period, 1, f.sentence)
            for f in extract_figures("全市218个贫困村、13.4万人全部纳入帮扶。")]
    rows = figure_rows([(article(1, "民生保障", ["x。"], figures=figs), "")], 9)
    assert rows == [["贫困村", "218个", "", "安康日报"]]


def _rows_of(sentence: str) -> list[list[str]]:
    figs = [FigureRow(f.text, f.value, f.unit, f.indicator, f.relation, f.period, 1, f.sentence)
            for f in extract_figures(sentence)]
    return figure_rows([(article(1, "人大工作", ["x。"], figures=figs), "")], 9)


def test_the_events_own_groups_places_and_participants_are_no_rows() -> None:
    assert _rows_of("市人大常委会组成4个视察组，先后深入全县14个行政村，与会人员200余人。") == []
    assert _rows_of("分成3个督查组，对32个自然村开展暗访。") == []
    assert [r[0] for r in _rows_of("新增风电机组12台，组建志愿服务队35支。")] == ["新增风电机组", "组建志愿服务队"]


@pytest.mark.parametrize("indicator", ["参展参会省份", "参会干部", "线上系列活动", "议政性协商议题", "规划展位",
                                       "整体活动历时", "委员", "展商", "地市"])
def test_how_an_event_was_run_is_no_row(indicator: str) -> None:
    assert not _kept("16个", indicator)


@pytest.mark.parametrize("indicator", ["新增市场主体", "培训职工", "服务职工", "扶持创业青年", "新增学位"])
def test_results_for_people_stay(indicator: str) -> None:
    assert _kept("16个", indicator)


def test_the_field_of_an_only_one_claim_is_no_row() -> None:
    assert _rows_of("高新区是全国14个连片特困地区唯一的国家级高新区。") == []


def test_a_list_item_sharing_the_first_items_front_is_a_whole_row() -> None:
    rows = _rows_of("电商网络交易额、零售额分别增长18.8%、23.4%。")
    assert [r[0] for r in rows] == ["电商网络交易额", "电商网络零售额"]


@pytest.mark.parametrize(("sentence", "text", "kept"), [
    ("今年又有218个贫困村、13.4万人实现脱贫，群众生活越过越好。", "218个", False),
    ("全县5个贫困村退出，脱贫攻坚取得决定性进展。", "5个", True),  # the change is in the indicator (贫困村退出)
    ("全县共有贫困村218个，已全部建立帮扶台账。", "218个", True),
    ("全市新建218个村卫生室，方便群众就医。", "218个", True),
])
def test_a_count_of_things_whose_change_follows_is_no_row(sentence: str, text: str, kept: bool) -> None:
    figures = [f for f in extract_figures(sentence) if f.text == text]
    assert len(figures) == 1
    f = figures[0]
    row = FigureRow(f.text, f.value, f.unit, f.indicator, f.relation, f.period, 1, sentence)
    assert reads_as_statistic(row) is kept, f.indicator


@pytest.mark.parametrize(("text", "indicator"), [
    ("4项", "指标"),  # a bare generic noun
    ("7000多人", "因参会干部到县级"),  # who took part, even inside a clause
    ("8000多名", "马拉松及健身爱好者"),  # an event's participants
    ("17篇", "汇编委员发言材料"),  # papers
    ("8.64亿元", "年度计划投资"), ("61.1亿元", "综合产值"),  # measures with no subject
    ("300余万", "安康儿女"),  # a figure of speech for a population
    ("13个", "开通航线10条、通航城市"),  # a count inside the indicator
])
def test_kinds_read_in_real_weeks_tables_are_no_rows(text: str, indicator: str) -> None:
    assert not _kept(text, indicator)


def test_a_count_whose_measure_follows_in_its_clause_is_no_row() -> None:
    sentence = "全市主要河流断面水质达标率为100%；鄱阳湖上饶湖区5个断面总磷平均浓度为0.056mg/L，达到考核要求。"
    counted = FigureRow("5个", 5.0, "个", "断面总磷", None, None, 1, sentence)
    assert not reads_as_statistic(counted)
    listed = "全市新建5个农贸市场、3个口袋公园，方便群众生活。"
    assert reads_as_statistic(FigureRow("5个", 5.0, "个", "农贸市场", None, None, 1, listed))


def test_a_count_its_clause_says_did_not_happen_is_no_row() -> None:
    sentence = "目前，某县建档立卡贫困人口25731户，已累计脱贫23996户，还有1735户4591人没有脱贫，贫困发生率为0.6%。"
    assert not reads_as_statistic(FigureRow("1735户", 1735.0, "户", "贫困户", None, None, 1, sentence))
    assert reads_as_statistic(FigureRow("25731户", 25731.0, "户", "建档立卡贫困人口", None, None, 1, sentence))


def test_a_count_inside_brackets_is_a_breakdown_not_a_row() -> None:
    sentence = "新增解除医学观察的无症状感染者23例（某村20例、某矿3例）。"
    assert not reads_as_statistic(FigureRow("20例", 20.0, "例", "某村", None, None, 1, sentence))
    assert not reads_as_statistic(FigureRow("3例", 3.0, "例", "某矿", None, None, 1, sentence))  # not the 3例 of 23例
    assert reads_as_statistic(FigureRow("23例", 23.0, "例", "新增解除医学观察的无症状感染者", None, None, 1, sentence))
    grown = "全年完成地区生产总值128.4亿元（增长5.2%）。"
    assert reads_as_statistic(FigureRow("5.2%", 5.2, "%", "地区生产总值", "增长", None, 1, grown))


def test_a_count_of_one_is_no_row() -> None:
    sentence = "加快推进1个现代农场、2个油茶工坊等一批三产融合项目。"
    assert not reads_as_statistic(FigureRow("1个", 1.0, "个", "现代农场", None, None, 1, sentence))
    assert reads_as_statistic(FigureRow("2个", 2.0, "个", "油茶工坊", None, None, 1, sentence))


def test_a_size_inside_a_list_of_projects_names_is_no_row() -> None:
    sentence = "某园区年产20吨黄金精炼等项目开工；星创联180万平方米单层多层印制线路板、蜀玉非金属超微粉技改等项目竣工投产。"
    assert not reads_as_statistic(replace(figure("180万平方米", "星创联"), sentence=sentence))
    kept = replace(figure("180万平方米", "新建厂房面积"), sentence="全年新建厂房面积180万平方米，同比增长12%。")
    assert reads_as_statistic(kept)


@pytest.mark.parametrize("indicator", ["总建筑面积", "总投资额", "占地面积", "整个项目"])
def test_a_bare_measure_or_a_whole_project_is_no_row(indicator: str) -> None:
    assert not _kept("8.8万平方米", indicator)


def test_a_small_count_right_after_the_names_it_totals_is_no_row() -> None:
    paved = "园区道路建设已全面铺开，横一路、纵二路（北段）2条道路工程已完成管道安装施工。"
    assert not reads_as_statistic(replace(figure("2条", "道路工程"), sentence=paved))
    listed = "今年投资21亿元开工建设的尚勤路、横二路等8条道路及地下管网，计划年内建成投用。"
    assert not reads_as_statistic(replace(figure("8条", "道路及地下管网"), sentence=listed))
    kinds = "全市组织商超、农贸市场等1200家经营主体开展促销。"
    assert reads_as_statistic(replace(figure("1200家", "经营主体"), sentence=kinds))  # a statistic, not a list's total
    built = "全市新建5个农贸市场、3个口袋公园，方便群众生活。"
    assert reads_as_statistic(replace(figure("3个", "口袋公园"), sentence=built))  # a list of counts, not of names


def test_a_count_among_what_one_project_is_built_of_is_no_row() -> None:
    sentence = "一期工程总建筑面积8.8万平方米，建设内容包括4栋数据中心、1栋综合办公楼以及室外配套附属工程。"
    assert not reads_as_statistic(replace(figure("4栋", "数据中心"), sentence=sentence))
    assert reads_as_statistic(replace(figure("4栋", "数据中心"), sentence="全市已建成4栋数据中心。"))


def test_an_offices_number_in_a_list_of_organs_is_no_row() -> None:
    sentence = "会上，市经信局、市住建委、科技城科产二处、某某区围绕主题作大会发言。"
    assert not reads_as_statistic(FigureRow("二处", 2.0, "处", "市经信局、市住建委、科技城科产", None, None, 1, sentence))
    found = "检查组深入企业车间、仓库，发现安全隐患三处，当场督促整改。"
    assert reads_as_statistic(FigureRow("三处", 3.0, "处", "安全隐患", None, None, 1, found))

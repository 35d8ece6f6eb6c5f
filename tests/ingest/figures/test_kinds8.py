"""Rules prompted by the kinds of heldout8's misses (and the older sets'), each on sentences written for the test."""

from __future__ import annotations

from briefgen.ingest.annotate.figures.extract import extract_figures


def _names(sentence: str) -> list[str]:
    return [f.indicator for f in extract_figures(sentence)]


def test_task_noun_after_counted_things_is_part_of_them() -> None:
    assert _names("年内完成12个农村道路硬化任务。") == ["农村道路硬化任务"]
    assert _names("提前完成全年30亿元招商引资任务。") == ["招商引资任务"]


def test_reaching_verb_before_a_count_joins_the_counted_things() -> None:
    assert _names("改造老旧小区12个，惠及3200户居民。") == ["改造老旧小区", "惠及居民"]


def test_place_scope_after_a_kept_verb_is_part_of_its_object() -> None:
    assert _names("新认证产品40个，入选全省优质农产品9个。")[-1] == "入选全省优质农产品"
    assert _names("此次暴雨过程全县平均降雨量86毫米。") == ["平均降雨量"]
    assert _names("项目建成投产后年产值可达5亿元。") == ["年产值"]


def test_bare_increment_takes_the_name_before_it() -> None:
    assert _names("新增高新技术企业18家，增量居全省第2位。") == ["新增高新技术企业", "新增高新技术企业增量"]


def test_list_item_naming_a_measure_of_the_same_kind_shares_the_first_items_front() -> None:
    assert _names("电商网络交易额、零售额分别增长18.8%、23.4%。") == ["电商网络交易额", "电商网络零售额"]
    assert _names("进出口总额、出口额分别增长5%、6%。") == ["进出口总额", "出口额"]
    assert _names("粮食播种面积、产量分别增长1%、2%。") == ["粮食播种面积", "产量"]


def test_quoted_count_restating_a_list_is_no_part_of_its_names() -> None:
    names = _names("智能制造、生物医药“两大新兴产业”产值分别增长12%、15%。")
    assert names == ["智能制造产值", "生物医药产值"]


def test_list_of_equal_items_shares_the_measure_closing_the_last() -> None:
    assert _names("智能制造、生物医药产值分别增长12%、15%。") == ["智能制造产值", "生物医药产值"]
    assert _names("一产增加值、农民人均纯收入分别增长3%、7%。") == ["一产增加值", "农民人均纯收入"]


def test_value_opening_its_clause_with_de_describes_what_follows() -> None:
    assert _names("文化基地开工建设，3000平方米的古镇商业街区完成施工。") == ["古镇商业街区"]
    assert _names("18个总投资230亿元的产业项目相继签约。")[1] == "总投资"  # a value before it: no opening
    assert _names("在阳性病例中，71.5%的人表示发烧或咳嗽。") != ["人表示发烧或咳嗽"]  # a rate: a share


def test_measure_after_a_completed_verb_names_the_value() -> None:
    assert _names("去年建设了总投资800万元的村级活动场所。")[0] == "总投资"


def test_short_verb_phrase_closed_by_de_joins_the_counted_things() -> None:
    assert _names("目前，报送省的26个项目中，开工项目20个。")[0] == "报送省项目"
    assert _names("来自全县的189名政协委员参加会议。") == ["政协委员"]


def test_unit_symbols_are_units() -> None:
    figs = extract_figures("新建厂房5900㎡，修建道路12㎞。")
    assert [(f.value, f.unit, f.indicator) for f in figs] == [(5900.0, "平方米", "新建厂房"), (12.0, "公里", "修建道路")]


def test_exclusion_between_a_name_and_its_relation_is_no_part_of_the_name() -> None:
    assert _names("地区生产总值剔除煤矿关停等不可比因素增长6.8%。") == ["地区生产总值"]
    figs = extract_figures("城镇居民人均可支配收入扣除价格因素后实际增长5.1%。")
    assert [(f.indicator, f.relation) for f in figs] == [("城镇居民人均可支配收入", "实际增长")]


def test_measure_of_a_thing_named_after_de_drops_the_verb_before_it() -> None:
    assert _names("成功引进总投资12亿元的新能源电池项目。") == ["总投资"]
    assert _names("全年引进总投资12亿元。") == ["引进总投资"]


def test_note_in_brackets_drops_its_opening_scope_word() -> None:
    assert _names("立案提案310件（其中重点提案31件）。") == ["立案提案", "重点提案"]


def test_minglie_links_a_rank_like_weiju() -> None:
    assert _names("外贸进出口15.9亿元，增速名列全省第二。") == ["外贸进出口", "外贸进出口增速"]


def test_counted_things_opening_with_a_project_verb_are_named() -> None:
    assert _names("推进东关、西关等3个棚户区1500户改造项目完工。") == ["棚户区", "改造项目"]


def test_ranking_noun_inside_a_word_stays() -> None:
    assert _names("全县综合排名全市第2位。") == ["综合排名"]
    assert _names("营商环境评价排名全省第5位。") == ["营商环境评价"]


def test_quoted_manner_before_a_verb_is_no_part_of_the_name() -> None:
    assert _names("全年转移就业2万人，“点对点”输送务工人员3200人。")[-1] == "输送务工人员"
    assert _names("“三个一批”项目26个。") == ["三个一批项目"]


def test_a_visit_after_counted_things_ends_them() -> None:
    assert _names("活动邀请省、市18家媒体记者走进高新区采访。") == ["媒体记者"]

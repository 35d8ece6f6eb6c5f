"""Rules prompted by session 8's briefings, each on sentences written for the test."""

from __future__ import annotations

from briefgen.ingest.annotate.figures.extract import extract_figures


def test_a_year_end_is_the_period_and_the_plan_before_it_no_part_of_the_name() -> None:
    found = extract_figures("该县还计划在2020年底前投资4100万元，实施一批集中安全饮水工程。")
    assert [(f.indicator, f.period) for f in found] == [("投资", "2020年底前")]


def test_a_date_after_in_leaves_what_follows_as_the_name() -> None:
    found = extract_figures("全县于2023年年初新增市场主体1200户。")
    assert [(f.indicator, f.period) for f in found] == [("新增市场主体", "2023年年初")]


def test_a_vague_time_is_no_period() -> None:
    found = extract_figures("日前，大山铺镇停车场正式投入使用，引入社会资本60余万元建成。")
    assert [(f.indicator, f.period) for f in found] == [("引入社会资本", None)]

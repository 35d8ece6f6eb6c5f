"""Printing order inside a section: plenary before presidium before committee before group discussions."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.errors import ConfigError
from briefgen.select.order import event_rank, order_key, order_rules, parse_rules

RULES = parse_rules({"ranks": [{"words": ["开幕", "全体会议"]}, {"words": ["主席团"]},
                               {"words": ["委员会会议"]}, {"words": ["分组讨论", "代表团"]}], "default": 3})


def test_plenary_before_presidium_before_committee_before_groups() -> None:
    titles = ["王某参加分组讨论", "市政协召开提案委员会会议", "市人大会议主席团举行第三次会议",
              "市人代会隆重开幕"]
    ranked = sorted(titles, key=lambda t: order_key(t, "", "2023-02-14", 0.5, RULES))
    assert ranked == ["市人代会隆重开幕", "市人大会议主席团举行第三次会议", "市政协召开提案委员会会议",
                      "王某参加分组讨论"]


def test_same_rank_is_chronological_then_best_first_and_undated_last() -> None:
    keys = {
        "人大开幕": order_key("人大开幕", "", "2023-02-15", 0.9, RULES),
        "政协开幕": order_key("政协开幕", "", "2023-02-14", 0.1, RULES),
        "无日期的开幕": order_key("某会开幕", "", None, 0.9, RULES),
        "同日得分高": order_key("另一会开幕", "", "2023-02-14", 0.8, RULES),
    }
    assert sorted(keys, key=keys.__getitem__) == ["同日得分高", "政协开幕", "人大开幕", "无日期的开幕"]


def test_title_decides_before_the_lead_and_unnamed_items_take_the_default() -> None:
    # the lead of a group discussion mentions the opening; the title names the kind of event
    assert event_rank("周建功参加分组讨论", "会议开幕后，周建功参加分组讨论。", RULES) == 3
    assert event_rank("市人大会议如期举行", "大会在汉江大剧院开幕。", RULES) == 0
    assert event_rank("王浩调研重点项目", "王浩到恒口示范区调研。", RULES) == 3


def test_shipped_rules_rank_a_real_week() -> None:
    rules = order_rules()
    week = ["周建功来到市政协五届二次会议界别参加分组讨论", "安康市第五届人民代表大会第四次会议主席团举行第三次会议",
            "安康市第五届人民代表大会第四次会议隆重开幕", "政协安康市第五届委员会第三次会议召开提案委员会会议"]
    assert [event_rank(t, "", rules) for t in week] == [3, 1, 0, 2]


def test_malformed_rules_are_a_config_error() -> None:
    with pytest.raises(ConfigError, match="item_order.yaml"):
        parse_rules({"ranks": [{"no_words": []}]})


def test_user_copy_replaces_the_shipped_rules(no_user_config: Path) -> None:
    (no_user_config / "item_order.yaml").write_text("ranks:\n  - words: [调研]\ndefault: 1\n", encoding="utf-8")
    order_rules.cache_clear()
    try:
        assert event_rank("王浩调研重点项目", "", order_rules()) == 0
        assert event_rank("市人代会开幕", "", order_rules()) == 1
    finally:
        order_rules.cache_clear()

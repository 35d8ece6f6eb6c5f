"""briefgen.bigrams: how much two short Chinese texts share."""

from __future__ import annotations

from briefgen.bigrams import cjk_bigrams, dice, shares_none


def test_bigrams_are_of_chinese_characters_only() -> None:
    assert cjk_bigrams("（周建功）2B") == {"周建", "建功"}


def test_near_identical_titles_score_high_and_different_ones_low() -> None:
    assert dice("周建功参加市政协五届二次会议界别分组讨论", "周建功来到市政协五届二次会议界别参加分组讨论") >= 0.75
    assert dice("全市经济运行分析会召开", "全市安全生产工作会议召开") < 0.5
    assert dice("", "全市经济运行") == 0.0


def test_a_title_shares_none_with_an_unrelated_text() -> None:
    assert shares_none("2023年6月22好运生肖排名榜", "近日，玉田镇河长巡河时发现河面上有水葫芦漂浮。")
    assert not shares_none("碧水清流千帆竞 奋楫扬帆启新程", "二十支队伍奋楫扬帆，沿岸群众呐喊助威。")

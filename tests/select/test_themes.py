"""Theme assignment from stored tokens, and the user's override file."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.errors import ConfigError
from briefgen.select.lexicon import token_matches
from briefgen.select.themes import load_themes, primary_theme, theme_scores


def toks(spaced: str) -> list[str]:
    """Return hand-written jieba tokens given space-separated."""
    return spaced.split()


def test_compound_keyword_matches_split_tokens() -> None:
    found = token_matches(load_themes().lexicon, ["推进", "乡村", "振兴", "。"])
    assert found == {"乡村振兴": 1}


def test_primary_theme_from_tokens() -> None:
    book = load_themes()
    tokens = toks("全市 签约 招商 项目 12 个 ， 到位 资金 30 亿元 ， 3 个 重点项目 开工")
    assert primary_theme(book, theme_scores(book, tokens)) == "项目建设与招商引资"
    rural = toks("全力 推进 乡村 振兴 ， 巩固 脱贫 成果 ， 新建 高标准农田")
    assert primary_theme(book, theme_scores(book, rural)) == "乡村振兴"


def test_title_counts_extra() -> None:
    book = load_themes()
    tokens = toks("会议 指出 ， 要 抓好 工作")
    scores = theme_scores(book, tokens, title="全市安全生产隐患排查部署会召开")
    assert primary_theme(book, scores) == "安全稳定与社会治理"


def test_young_peoples_welfare_is_livelihood_not_a_project() -> None:
    book = load_themes()
    tokens = toks("来自 某 办事处 的 44 名 青少年 参加 了 此次 夏令营 。 此次 夏令营 是 今年 创投 项目 中 的 一次 尝试 ， 项目 第一期 培训")
    scores = theme_scores(book, tokens, title="44名青少年参加公益夏令营")
    assert primary_theme(book, scores) == "民生保障"


def test_no_keyword_gives_fallback() -> None:
    book = load_themes()
    assert primary_theme(book, theme_scores(book, ["今天", "天气", "晴朗"])) == book.fallback


def test_user_file_adds_a_theme(no_user_config: Path) -> None:
    (no_user_config / "themes.yaml").write_text(
        "themes:\n  - name: 交通出行\n    keywords: {高速公路: 3, 通车: 3}\n", encoding="utf-8"
    )
    book = load_themes()
    assert "交通出行" in book.names and "经济运行" in book.names
    assert primary_theme(book, theme_scores(book, ["高速公路", "正式", "通车"])) == "交通出行"


def test_user_file_can_replace_all(no_user_config: Path) -> None:
    (no_user_config / "themes.yaml").write_text(
        "replace: true\nthemes:\n  - name: 只此一个\n    keywords: {测试: 1}\n", encoding="utf-8"
    )
    assert load_themes().names == ["只此一个"]


def test_broken_user_file_names_it(no_user_config: Path) -> None:
    (no_user_config / "themes.yaml").write_text("themes: 不是列表\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="themes"):
        load_themes()


def test_a_lantern_fair_in_a_wetland_park_is_culture_and_tourism() -> None:
    book = load_themes()
    tokens = toks("新春 灯会 在 湿地 公园 开幕 ， 灯会 规划 240 亩 展区 ， 湿地 公园 里 灯会 民俗 表演")
    scores = theme_scores(book, tokens, title="新春灯会璀璨启幕")
    assert primary_theme(book, scores) == "文化旅游"

"""The day of an article's event: a period the lead talks about (2023年) is not a day that rules out a copy."""

from __future__ import annotations

from typing import Any

from briefgen.corpus.store import Corpus
from briefgen.records import Event
from briefgen.select.selector import select

MEETING = [
    "1月5日 ， 市政府 召开 第十次 常务会议 ， 研究 部署 春节 期间 安全生产 和 市场 保供 工作 。",
    "会议 听取 了 全市 重点项目 建设 情况 汇报 ， 审议 通过 《 安康市 城市 供水 管理 办法 》 。",
    "会议 要求 ， 各 县区 要 抓好 节日 市场 保供 ， 确保 群众 过 一个 欢乐 祥和 的 春节 。",
]
YEAR_FIRST = ["2024年 ， 全市 将 持续 抓好 安全生产 和 市场 保供 。", *MEETING[1:]]


def test_a_copy_whose_lead_names_a_year_is_merged_with_the_dated_report(corpus: Corpus, build: Any) -> None:
    dated = build.article(1, "市政府召开第十次常务会议", [build.passage(i, s) for i, s in enumerate(MEETING)],
                          published="2024-01-06", events=[build.event("1月5日", "2024-01-05", 0)])
    copy = build.article(1, "市政府常务会议", [build.passage(i, s) for i, s in enumerate(YEAR_FIRST)],
                         published="2024-01-07",
                         events=[Event(text="2024年", start="2024-01-01", end="2024-12-31", paragraph=0)])
    build.add(dated)
    copy.source = "汉江网"
    build.add(copy)
    (item,) = select(corpus, "安康市", "2024-01-01", "2024-01-07").articles
    assert [r.source for r in item.also] == ["汉江网"]

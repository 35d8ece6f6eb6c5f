"""One item per event: near-duplicates and rewrites merged, two meetings of one body kept apart."""

from __future__ import annotations

from typing import Any

from briefgen.assemble.items import item_data
from briefgen.corpus.store import Corpus
from briefgen.select.selector import select

MEETING = [
    "1月5日 ， 市政府 召开 第十次 常务会议 ， 研究 部署 春节 期间 安全生产 和 市场 保供 工作 。",
    "会议 听取 了 全市 重点项目 建设 情况 汇报 ， 审议 通过 《 安康市 城市 供水 管理 办法 》 。",
    "会议 要求 ， 各 县区 要 抓好 节日 市场 保供 ， 确保 群众 过 一个 欢乐 祥和 的 春节 。",
]
MIRROR = [
    "1月5日 ， 市政府 召开 第十次 常务会议 ， 研究 部署 春节 期间 安全生产 和 市场 保供 工作 。",
    "会议 听取 了 全市 重点项目 建设 情况 汇报 ， 审议 通过 《 安康市 城市 供水 管理 办法 》 。",
]
REWRITE = [
    "1月5日 ， 安康 市政府 召开 常务会议 ， 研究 春节 期间 安全生产 和 市场 保供 工作 ，"
    " 审议 通过 《 安康市 城市 供水 管理 办法 》 。",
    "副市长 在 会上 通报 了 近期 重点项目 推进 情况 。",
]
OTHER_MEETING = [
    "1月3日 ， 市政府 召开 第九次 常务会议 ， 研究 部署 春节 期间 安全生产 和 农村 饮水 安全 工作 。",
    "会议 听取 了 全市 重点项目 建设 情况 汇报 ， 审议 通过 《 安康市 农村 饮水 安全 工程 管理 办法 》 。",
    "会议 要求 ， 各 县区 要 抓好 节日 市场 保供 ， 确保 群众 过 一个 欢乐 祥和 的 春节 。",
]


def report(b: Any, title: str, sentences: list[str], day: str, text: str, published: str, source: str) -> Any:
    """Return one outlet's report of a meeting held on ``day`` (written ``text``)."""
    record = b.article(
        1, title, [b.passage(i, s) for i, s in enumerate(sentences)], published=published,
        events=[b.event(text, day, 0)],
    )
    record.source = source
    return record


def test_three_outlets_reporting_one_meeting_make_one_item_citing_all(corpus: Corpus, build: Any) -> None:
    build.add(report(build, "市政府召开常务会议", MIRROR, "2024-01-05", "1月5日", "2024-01-05", "安康市政府网"))
    build.add(report(build, "市政府召开第十次常务会议", MEETING, "2024-01-05", "1月5日", "2024-01-06", "安康日报"))
    build.add(report(build, "安康研究春节安全生产", REWRITE, "2024-01-05", "1月5日", "2024-01-07", "陕西日报"))
    selection = select(corpus, "安康市", "2024-01-01", "2024-01-07")
    (item,) = selection.articles
    assert item.title == "市政府召开第十次常务会议"  # the most complete report
    assert [r.source for r in item.also] == ["安康市政府网", "陕西日报"]
    data = item_data(item, (60, 250))
    assert data is not None
    assert data["source"] == "安康日报 1月6日；安康市政府网 1月5日；陕西日报 1月7日"
    assert data["date_label"] == ""
    assert len(data["provenance"]) == 3
    assert sum("同一事件" in left["reason"] for left in selection.left_out) == 2


def test_two_meetings_of_one_body_in_a_week_stay_two_items(corpus: Corpus, build: Any) -> None:
    build.add(report(build, "市政府召开第十次常务会议", MEETING, "2024-01-05", "1月5日", "2024-01-06", "安康日报"))
    build.add(report(build, "市政府召开第九次常务会议", OTHER_MEETING, "2024-01-03", "1月3日", "2024-01-04", "安康日报"))
    build.add(report(build, "市政府召开常务会议", MIRROR, "2024-01-05", "1月5日", "2024-01-05", "安康市政府网"))
    selection = select(corpus, "安康市", "2024-01-01", "2024-01-07")
    assert sorted(a.title or "" for a in selection.articles) == ["市政府召开第九次常务会议", "市政府召开第十次常务会议"]
    also = {a.title: [r.source for r in a.also] for a in selection.articles}
    assert also == {"市政府召开第十次常务会议": ["安康市政府网"], "市政府召开第九次常务会议": []}


def test_a_copy_reported_on_another_day_is_merged(corpus: Corpus, build: Any) -> None:
    build.add(report(build, "市政府召开第十次常务会议", MEETING, "2024-01-05", "1月5日", "2024-01-06", "安康日报"))
    copy = report(build, "市政府召开第十次常务会议", MEETING[:2], "2024-01-05", "1月5日", "2024-01-08", "汉江网")
    misdated = report(build, "市政府常务会议", [*MEETING, "编辑 ： 张 某 。"], "2024-01-06", "6日", "2024-01-07", "安康新闻网")
    build.add(copy, misdated)
    (item,) = select(corpus, "安康市", None, None).articles
    assert sorted([item.source or "", *(r.source or "" for r in item.also)]) == ["安康新闻网", "安康日报", "汉江网"]


def test_a_stock_closing_sentence_makes_no_copies(corpus: Corpus, build: Any) -> None:
    stock = "会议 强调 ， 全市 各级 各 部门 要 以 高度 的 责任感 抓好 落实 ， 确保 各项 工作 按期 完成 、 取得 实效 。"
    topics = [
        "1月5日 ， 全市 冬季 安全生产 工作 会议 召开 ， 部署 节日 期间 安全生产 工作 。",
        "1月5日 ， 全市 教育 工作 会议 召开 ， 安排 今年 学前教育 普惠 扩容 。",
        "1月5日 ， 全市 农村 人居 环境 整治 现场会 召开 ， 部署 村庄 清洁 行动 。",
        "1月5日 ， 全市 文旅 系统 部署 春节 假期 文旅 活动 ， 推出 灯会 和 乡村 旅游 线路 。",
    ]
    for n, lead in enumerate(topics):
        build.add(report(build, f"会议{n}", [lead, stock], "2024-01-05", "1月5日", "2024-01-06", "安康日报"))
    selection = select(corpus, "安康市", "2024-01-01", "2024-01-07")
    assert len(selection.articles) == 4 and all(not a.also for a in selection.articles)


def test_a_merged_copys_title_with_a_spam_tag_and_part_number_prints_as_the_plain_copys(
        corpus: Corpus, build: Any) -> None:
    plain = "市政府召开第十次常务会议研究春节保供"
    build.add(report(build, f"「李安」{plain}( 二 )", MEETING, "2024-01-05", "1月5日", "2024-01-06", "某某网"))
    build.add(report(build, plain, MIRROR, "2024-01-05", "1月5日", "2024-01-05", "安康市政府网"))
    (item,) = select(corpus, "安康市", "2024-01-01", "2024-01-07").articles
    data = item_data(item, (60, 250))
    assert item.title == f"「李安」{plain}( 二 )" and data is not None and data["title"] == plain


def test_a_merged_copys_shorter_title_does_not_replace_a_headline_that_says_more(corpus: Corpus, build: Any) -> None:
    build.add(report(build, "市政府召开常务会议研究春节保供", MEETING, "2024-01-05", "1月5日", "2024-01-06", "安康日报"))
    build.add(report(build, "市政府召开常务会议", MIRROR, "2024-01-05", "1月5日", "2024-01-05", "安康市政府网"))
    (item,) = select(corpus, "安康市", "2024-01-01", "2024-01-07").articles
    data = item_data(item, (60, 250))
    assert data is not None and data["title"] == "市政府召开常务会议研究春节保供"


def test_a_merged_reports_title_heads_the_item_when_the_fullest_report_has_none(corpus: Corpus, build: Any) -> None:
    build.add(report(build, "", MEETING, "2024-01-05", "1月5日", "2024-01-06", "某某网"))
    build.add(report(build, "春节前市政府部署保供", MIRROR, "2024-01-05", "1月5日", "2024-01-05", "安康市政府网"))
    (item,) = select(corpus, "安康市", "2024-01-01", "2024-01-07").articles
    data = item_data(item, (60, 250))
    assert not item.title and data is not None and data["title"] == "春节前市政府部署保供"

"""A digest of reposts whose numbered items each end on their source line is split into its items; a report's
numbered sections, which credit no source each, stay one article."""

from __future__ import annotations

from pathlib import Path

from briefgen.ingest.split.sourced import sourced_heads
from tests.ingest.documents import article_rows
from tests.ingest.documents import write_page as _write

_ONE = "2021年，绿茶仍是我国茶叶出口的主导茶类，出口额为14.9亿美元，全茶类占比仍超60%，较上一年占比略有下降。"
_TWO = "资料显示，我国古茶树有5600多万株，约97%分布在云南，其中不少树龄在千年以上，是珍贵的种质资源。"
_THREE = "近年来，某市认真落实茶产业发展规划，以国家地理标志产品保护示范区建设为契机，推进茶园提质增效。"


def _titles(tmp_path: Path, page: str) -> list[tuple[str | None, list[str]]]:
    return [(title, texts) for title, _, texts, _ in article_rows(_write(tmp_path, page))]


def test_numbered_items_that_each_end_on_their_source_are_an_item_apiece(tmp_path: Path) -> None:
    page = (f"茶界资讯一览!了解更多详情请点击文中标题查看~\n1、茶叶进出口报告：世界消费与出口量第一!\n{_ONE}\n"
            f"来源:《中国茶叶进出口贸易分析报告》\n2、云南，全球独一无二的古茶树王国!\n{_TWO}\n来源:云南发布\n"
            f"3、强化龙井品牌保护，促进茶农增收致富\n{_THREE}\n")
    assert _titles(tmp_path, page) == [("茶叶进出口报告：世界消费与出口量第一!", [_ONE]),
                                       ("云南，全球独一无二的古茶树王国!", [_TWO]),
                                       ("强化龙井品牌保护，促进茶农增收致富", [_THREE])]


def test_a_digests_first_items_are_kept_though_they_read_short(tmp_path: Path) -> None:
    page = (f"一周速读：某某茶之乡、茶叶盛会即将启幕\n83阅读 2023-02-24 06:19 头条\n2月18日-2月24日茶界资讯速读!\n"
            f"1、三年行动方案出炉!某市茶产业这样干\n日前印发了《某市茶产业三年提升行动方案》\n来源:某市人民政府官网\n"
            f"2、打造两个茶叶主产区!某市最新政策出台\n{_TWO}\n来源:某某政务\n3、茶叶产值600亿元\n{_THREE}\n来源:茗边\n")
    assert [title for title, _ in _titles(tmp_path, page)] == [
        "三年行动方案出炉!某市茶产业这样干", "打造两个茶叶主产区!某市最新政策出台", "茶叶产值600亿元"]


def test_numbered_sections_without_sources_stay_one_report() -> None:
    texts = ["1、强化组织领导", _ONE, "2、狠抓工作落实", _TWO, "3、加强督促检查", _THREE]
    assert sourced_heads(texts) == []
    assert sourced_heads([_ONE, "来源:某某网"]) == [] and sourced_heads([]) == []
    assert sourced_heads(["1、强化组织领导", _ONE, "来源:某某网", "2、狠抓工作落实", _TWO, "来源:某某报"]) == [0, 3]
    assert sourced_heads(["1、强化组织领导", _ONE, "来源:某某网", "2、狠抓工作落实", _TWO]) == []  # one source is no digest
    assert sourced_heads(["1、强化组织领导", _ONE, "2、狠抓工作落实", _TWO, "来源:某某网", "3、加强督促检查", _THREE,
                          "来源:某某报"]) == []

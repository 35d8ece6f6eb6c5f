"""Items of one section whose headlines nearly repeat are printed as one item."""

from __future__ import annotations

import dataclasses
import datetime as dt

from assemble_builders import article, figure, selection

from briefgen.assemble.build import build_briefing
from briefgen.assemble.profiles import load_profile
from briefgen.model import Briefing, Item, Table

DAY = dt.date(2023, 2, 20)
MEETING = "重要会议与领导活动"
TUESDAY = (
    "2月14日下午，市政协党组书记、主席周建功参加市政协五届二次会议中共、无党派、经济、农业、特邀界别分组讨论，"
    "与委员们一起讨论常委会工作报告。"
)
THURSDAY = (
    "2月16日，安康市政协党组书记、主席周建功来到市政协五届二次会议中共、九三、经济、医药卫生、特邀界别参加分组讨论，"
    "与委员们一起讨论政府工作报告。"
)
SAID = "周建功指出，一年来市五届政协始终坚持围绕中心，全面履行政协职能，委员作用有效发挥。"


def build(articles: list) -> Briefing:
    """Return the 安康 briefing of ``articles``."""
    briefing, _ = build_briefing(selection(articles), load_profile("安康"), 1, "2023-W07", DAY)
    return briefing


def items(briefing: Briefing) -> list[Item]:
    """Return the briefing's items in reading order."""
    return [b for b in briefing.blocks if isinstance(b, Item)]


def body(item: Item) -> str:
    """Return an item's paragraphs as one text."""
    return "".join(s.text for p in item.paragraphs for s in p.spans)


def test_one_leader_two_days_of_one_session_is_one_item_citing_both() -> None:
    picks = [
        article(1, MEETING, [TUESDAY, SAID], source="安康新闻网", published="2023-02-14"),
        article(2, MEETING, [THURSDAY, SAID.replace("一年来", "新的一年")], source="各界新闻网",
                published="2023-02-16"),
    ]
    printed = items(build(picks))
    assert len(printed) == 1
    text = body(printed[0])
    assert text.index("2月14日下午") < text.index("2月16日") and "政府工作报告" in text
    assert printed[0].source_note == "（安康新闻网 2月14日；各界新闻网 2月16日）"
    assert {p.article_id for p in printed[0].provenance} == {1, 2}


def test_a_repeated_lead_is_printed_once() -> None:
    picks = [
        article(1, MEETING, [TUESDAY, SAID], source="安康新闻网", published="2023-02-14"),
        article(2, MEETING, [TUESDAY.replace("市政协党组书记", "安康市政协党组书记"), SAID], source="各界新闻网",
                published="2023-02-14"),
    ]
    printed = items(build(picks))
    assert len(printed) == 1 and body(printed[0]).count("2月14日下午") == 1
    assert "各界新闻网" in printed[0].source_note


def test_two_meetings_of_one_session_stay_apart() -> None:
    opening = "2月15日上午，安康市第五届人民代表大会第四次会议在安康汉江大剧院隆重开幕。"
    presidium = "2月16日下午，安康市第五届人民代表大会第四次会议主席团举行第三次会议。"
    picks = [
        article(1, MEETING, [opening], title="安康市第五届人民代表大会第四次会议隆重开幕", published="2023-02-15"),
        article(2, MEETING, [presidium], title="安康市第五届人民代表大会第四次会议主席团举行第三次会议",
                published="2023-02-16"),
    ]
    assert len(items(build(picks))) == 2


def test_different_headlines_stay_apart() -> None:
    other = "2月15日上午，安康市第五届人民代表大会第四次会议在汉江大剧院隆重开幕。"
    picks = [
        article(1, MEETING, [TUESDAY], published="2023-02-14"),
        article(2, MEETING, [other], published="2023-02-15"),
    ]
    assert len(items(build(picks))) == 2


def test_figures_of_a_folded_report_keep_their_own_source() -> None:
    picks = [
        article(1, MEETING, [TUESDAY], source="安康新闻网", published="2023-02-14",
                figures=[figure("94.72亿元", "消费品零售额", article_id=1)]),
        article(2, MEETING, [THURSDAY], source="各界新闻网", published="2023-02-16",
                figures=[figure("7.8%", "工业投资", relation="同比增长", article_id=2)]),
    ]
    table = next(b for b in build(picks).blocks if isinstance(b, Table))
    sources = {row[0]: row[-1] for row in table.rows}
    assert sources == {"消费品零售额": "安康新闻网", "工业投资": "各界新闻网"}


def test_a_folded_item_left_out_for_space_reports_both_reports() -> None:
    profile = dataclasses.replace(load_profile("安康"), page_budget=1, items_per_section=9)
    long = "全市上下认真落实各项部署，扎实推进重点工作，取得了明显成效。" * 6
    picks = [
        article(1, MEETING, [TUESDAY, long], published="2023-02-14", score=0.01),
        article(2, MEETING, [THURSDAY, long], published="2023-02-16", score=0.01),
        article(3, "经济运行", [long, long], title="工业经济稳中有进", score=0.9),
    ]
    _, left_out = build_briefing(selection(picks), profile, 1, "2023-W07", DAY)
    assert {e["article_id"] for e in left_out} == {1, 2}


def test_a_sourceless_row_names_its_item_by_the_printed_headline() -> None:
    text = "近日，玉田镇组织河道专管员清理水葫芦，清理沟渠约2公里，河面恢复干净。"
    picks = [article(1, "生态环保", [text], title="2023年6月22好运生肖排名榜", source=None,
                     figures=[figure("约2公里", "清理沟渠")])]
    table = next(b for b in build(picks).blocks if isinstance(b, Table))
    assert "好运" not in table.rows[0][-1] and table.rows[0][-1].startswith("玉田镇")


def test_a_first_paragraph_that_only_repeats_the_built_headline_is_not_printed() -> None:
    line = "大福音——我们大合浦这4所小学将要建少年宫啦!"
    more = "为加强农村未成年人课外活动阵地建设，今年我市计划用中央专项彩票公益金支持建设7所乡村学校少年宫。"
    (printed,) = items(build([article(1, MEETING, [line, more], published="2023-02-14")]))
    assert printed.title == line.rstrip("!") and body(printed).startswith("为加强")  # a headline's closing ！ goes

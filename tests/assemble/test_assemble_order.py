"""Items of a section print in the order of a 通报: the plenary first, then by day — not by score."""

from __future__ import annotations

import datetime as dt

from assemble_builders import article, selection

from briefgen.assemble.build import build_briefing
from briefgen.assemble.profiles import load_profile
from briefgen.model import Item

THEME = "重要会议与领导活动"


def _titles(articles: list) -> list[str]:
    briefing, _ = build_briefing(selection(articles), load_profile("安康"), 1, "2023-W07", dt.date(2023, 2, 20))
    return [b.title for b in briefing.blocks if isinstance(b, Item)]


def test_opening_prints_before_a_better_scored_presidium_meeting_and_group_discussion() -> None:
    group = article(1, THEME, ["2月16日，周建功参加分组讨论，与委员们一起讨论政府工作报告。"],
                    title="周建功参加市政协界别分组讨论", published="2023-02-16", score=0.9)
    presidium = article(2, THEME, ["2月16日下午，市人大会议主席团举行第三次会议，通过候选人名单。"],
                        title="市五届人大四次会议主席团举行第三次会议", published="2023-02-16", score=0.8)
    npc = article(3, THEME, ["2月15日上午，市五届人大四次会议在汉江大剧院隆重开幕。"],
                  title="市五届人大四次会议隆重开幕", published="2023-02-15", score=0.2)
    cppcc = article(4, THEME, ["2月14日上午，市政协五届二次会议隆重开幕。"],
                    title="市政协五届二次会议隆重开幕", published="2023-02-14", score=0.1)
    assert _titles([group, presidium, npc, cppcc]) == [
        "市政协五届二次会议隆重开幕", "市五届人大四次会议隆重开幕", "市五届人大四次会议主席团举行第三次会议",
        "周建功参加市政协界别分组讨论",
    ]

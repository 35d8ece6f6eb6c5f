"""Golden tests of the briefing model's JSON dump.

Run with BRIEFGEN_UPDATE_GOLDEN=1 to rewrite the files in tests/assemble/golden/ after an
intended change, then read the diff before committing it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from pathlib import Path

import pytest
from assemble_builders import article, figure, selection

from briefgen.assemble.build import build_briefing
from briefgen.assemble.profiles import load_profile
from briefgen.model import to_json
from briefgen.select.types import Selection

GOLDEN = Path(__file__).resolve().parent / "golden"
UPDATE = os.environ.get("BRIEFGEN_UPDATE_GOLDEN") == "1"


def ankang_week() -> Selection:
    """Return a 安康 week: a meeting, the economy with figures, a project and ecology."""
    economy = [
        figure("7.8%", "工业投资", relation="同比增长", period="1-5月"),
        figure("94.72亿元", "限额以上消费品零售额", period="1-5月"),
        figure("28.8%", "限额以上消费品零售额", relation="同比增长", period="1-5月"),
    ]
    return selection(
        [
            article(
                11,
                "经济运行",
                [
                    "今年以来，全市上下认真落实稳经济一揽子政策措施，工业经济止跌回升。",
                    "1-5月，全市工业投资同比增长7.8%，新培育规模工业企业30户。限额以上企业完成消费品零售额94.72亿元，同比增长28.8%。",
                ],
                title="全市经济运行稳中向好",
                score=0.92,
                figures=economy,
            ),
            article(
                12,
                "重要会议与领导活动",
                [
                    "1月5日，市政府召开第十五次常务会议，研究部署春节前后安全生产和市场保供工作。会议强调，要压紧压实各方责任，确保群众度过一个欢乐祥和的节日。",
                ],
                title=None,
                source="安康日报",
                published="2023-01-05",
                score=0.8,
            ),
            article(
                13,
                "项目建设与招商引资",
                [
                    "瀛湖生态旅游区开工重点项目13个，总投资26.73亿元。",
                ],
                title="瀛湖生态旅游区重点项目加快建设",
                source="安康发布",
                published="2023-01-04",
                score=0.6,
                figures=[figure("26.73亿元", "重点项目总投资")],
            ),
            article(
                14,
                "生态环保",
                [
                    "汉江出陕断面稳定保持在国家地表水Ⅱ类水质，空气质量优良天数排名全省第一。",
                ],
                title="汉江出陕断面水质稳定达标",
                score=0.4,
            ),
            article(
                15, "生态环保", ["生态环境保护责任清单印发。"], title="责任清单印发", score=0.1
            ),
        ]
    )


def sanmenxia_week() -> Selection:
    """Return a 三门峡 digest week: untitled items whose source is a trailing note."""
    return selection(
        [
            article(
                21,
                "重要会议与领导活动",
                [
                    "1月3日，开发区党工委书记周童到开发区德孝苑养老院、数字服务产业基地调研。",
                    "周童强调，要坚持以人民为中心的发展思想，加快推进一体化智慧养老服务体系建设。（开发区向阳街道办事处、集团公司）",
                ],
                title="【调研督导】周童调研重点项目建设",
                source=None,
                published="2024-01-03",
                score=0.7,
            ),
            article(
                22,
                "经济运行",
                [
                    "2023年8月至11月，在50余名普查指导员和普查员的共同努力下，经开区顺利完成了5000余家法人、产业活动单位、个体经营户的全面清查。(开发区经济发展部)",
                ],
                title=None,
                source=None,
                published=None,
                score=0.5,
                figures=[figure("5000余家", "清查单位数", period="2023年8月至11月")],
            ),
        ],
        city="三门峡市",
    )


CASES = {
    "ankang": (ankang_week, "安康", 33, "2023-W01", dt.date(2023, 1, 9)),
    "sanmenxia": (sanmenxia_week, "三门峡", 1, "2024-W01", dt.date(2024, 1, 8)),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_briefing_matches_golden(name: str) -> None:
    week, city, issue, label, day = CASES[name]
    profile = dataclasses.replace(load_profile(city), items_per_section=1)
    briefing, left_out = build_briefing(week(), profile, issue, label, day)
    dumped = to_json(briefing) + "\n"
    path = GOLDEN / f"{name}.json"
    if UPDATE:
        path.write_text(dumped, encoding="utf-8")
    assert path.is_file(), f"{path} 不存在：用 BRIEFGEN_UPDATE_GOLDEN=1 运行一次生成它"
    assert dumped == path.read_text(encoding="utf-8")
    expected_left = [15] if name == "ankang" else []
    assert [e["article_id"] for e in left_out] == expected_left

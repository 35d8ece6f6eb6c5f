"""A chronicle copied from a PDF: lines wrapped at the page width, a month label on its own line."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.documents import ingest_one

WRAPPED = """执政大事

9月

9月16日至18日，省卫生和计划生育委员会复审组一行代表国家
卫生县城专家组，深入我县就国家卫生县城巩固情况复审复查。

9月16日，中央电视台新闻频道走进我县的万亩红高粱地里，直播
金秋时节丰收的红高粱。近年来，我县通过示范种植，有效拓宽了农民
增收渠道。

9月20日下午，全市第四届少数民族传统体育运动会在我县隆重开
幕。市领导及县四班子领导出席开幕式。

9月29日，全市旅游产业发展大会在我县召开，省旅发委主任出席
会议并讲话。县委书记参加了会议。

9月30日，我县召开全县旅游产业发展大会，会议深入学习全市大会
精神。
"""


def test_a_wrapped_chronicle_splits_into_its_dated_items(tmp_path: Path) -> None:
    page = tmp_path / "chronicle.txt"
    page.write_text(WRAPPED, encoding="utf-8")
    articles = ingest_one(page).articles
    openings = [a.passages[0].text[:10] for a in articles]
    assert len(articles) == 5, openings
    assert openings[0].startswith("9月16日至18日") and not any(o.startswith("9月9月") for o in openings)


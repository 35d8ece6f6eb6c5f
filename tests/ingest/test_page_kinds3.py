"""Third round of page kinds: text pages whose shape (not words) misled the split."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.documents import ingest_one


def _write(tmp_path: Path, text: str, name: str = "page.txt") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_kicker_line_over_the_headline_is_one_headline(tmp_path: Path) -> None:
    page = ("推动农业全链条升级见实效\n"
            "平利县召开茶饮产业发展推进会\n"
            "本报讯（记者 王小明）3月5日，平利县召开茶饮产业发展推进会，安排全年茶园提质增效工作。\n"
            "会议要求，各镇要抓好春茶采摘和加工，确保茶农增收。\n")
    articles = ingest_one(_write(tmp_path, page)).articles
    assert [a.title for a in articles] == ["推动农业全链条升级见实效 平利县召开茶饮产业发展推进会"]
    assert articles[0].text.startswith("3月5日，平利县召开")

"""Chronicle days holding several events (大事记): one item per event, each opening with its day."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.split.dayevents import split_day_events
from briefgen.readers.base import Block
from tests.ingest.documents import ingest_one

A = "市委书记到高新区调研重点项目建设，要求加快项目进度。"
B = "市长主持召开市政府常务会议，研究部署春耕生产工作。"
C = "全市安全生产工作会议召开，安排部署一季度安全生产工作。"
D = "市人大常委会召开第十次会议，审议有关报告。"
WANTED = [f"3月1日 {A}", f"3月1日 {B}", f"3月2日 {C}", f"3月5日 {D}"]
FORMS = {
    "day lines, marked events": f"3月大事记\n3月1日：\n△{A}\n△{B}\n3月2日\n△{C}\n3月5日\n△{D}\n",
    "inline marks": f"3月大事记\n3月1日 △{A}△{B}\n3月2日 △{C}\n3月5日 △{D}\n",
    "day lines, numbered events": f"3月大事记\n3月1日\n1.{A}\n2.{B}\n3月2日\n{C}\n3月5日\n{D}\n",
    "day lines, a line each": f"3月大事记\n3月1日\n{A}\n{B}\n3月2日\n{C}\n3月5日\n{D}\n",
}


@pytest.mark.parametrize("form", FORMS)
def test_each_event_of_a_day_is_an_item_with_its_day(tmp_path: Path, form: str) -> None:
    path = tmp_path / "大事记.txt"
    path.write_text(FORMS[form], encoding="utf-8")
    articles = ingest_one(path).articles
    assert [a.text for a in articles] == WANTED
    assert {a.column for a in articles} == {"3月大事记"}


def test_a_marked_event_under_a_dated_entry_keeps_the_day(tmp_path: Path) -> None:
    path = tmp_path / "大事记.txt"
    path.write_text(f"3月1日，{A}\n●{B}\n3月2日，{C}\n3月5日，{D}\n3月8日，{D}\n", encoding="utf-8")
    texts = [a.text for a in ingest_one(path).articles]
    assert texts[:3] == [f"3月1日，{A}", f"3月1日 {B}", f"3月2日，{C}"]


def test_points_of_one_event_and_texts_of_few_days_stay_whole() -> None:
    points = [Block(t, i) for i, t in enumerate(
        ["3月1日，全市工作会议召开，部署三项工作：", f"●{A}", f"●{B}", f"3月2日，{C}", f"3月5日，{D}"])]
    assert split_day_events(points) == points
    article = [Block(t, i) for i, t in enumerate([f"3月1日，{A}", f"●{B}", f"●{C}", f"3月2日，{D}"])]
    assert split_day_events(article) == article


def test_same_day_marks_day_ranges_and_a_cut_day_label(tmp_path: Path) -> None:
    """※ opens another event of the day above; 1月11─14日 (any dash) is a day; a last bare day label is dropped."""
    path = tmp_path / "大事记.txt"
    path.write_text(f"10月大事记\n7日   {A}\n9日   {B}\n※    {C}\n11─14日\n△{D}\n16～17日  {A}\n18日 \n",
                    encoding="utf-8")
    texts = [a.text for a in ingest_one(path).articles]
    assert texts == [f"7日 {A}", f"9日 {B}", f"9日 {C}", f"11─14日 {D}", f"16～17日 {A}"]

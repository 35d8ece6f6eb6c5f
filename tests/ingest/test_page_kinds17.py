"""Seventeenth round of page kinds (fresh27–29): headlines glued to their lead, reporters' names around a 本报讯
lead, TV scripts' sound-bite labels, a site's 主办 line and photo placeholders over the headline, empty info
labels, dates in table bars or without 日, and lines after
the text none of which is a sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ingest.documents import article_rows as _articles
from tests.ingest.documents import write_page as _write

_HEAD = "种植合作社助群众增收"
_LEAD = "6月18日，在我县和兴镇后楼村种植合作社的西瓜大棚里，该村群众在采摘成熟的西瓜，每人每天可收入60元钱。"
_MORE = "该村有效整合各类资源，将分散的土地连成片，大力培育以农民专业合作社为主的新型农业经营主体。"
_LAST = "下一步，该村将继续扩大种植规模，带动更多群众在家门口增收致富，为乡村振兴注入新的动力。"


def test_a_two_part_headline_glued_to_the_dated_lead_is_the_headline(tmp_path: Path) -> None:
    page = f"全县农业产业化推进会提出创新合作机制 实现三方共赢 {_LEAD} {_MORE}\n"
    ((title, _, texts, _),) = _articles(_write(tmp_path, page))
    assert (title, texts[0].startswith(_LEAD)) == ("全县农业产业化推进会提出创新合作机制 实现三方共赢", True)


def test_a_headline_run_into_the_credit_and_the_reporters_names_are_no_text(tmp_path: Path) -> None:
    page = f"某某镇：共筑免疫长城 守护健康未来本网讯 通讯员 易某 万某某 {_LEAD}\n{_MORE}\n"
    assert _articles(_write(tmp_path, page)) == [("某某镇：共筑免疫长城 守护健康未来", None, [_LEAD, _MORE], "通讯员 易某 万某某")]


def test_reporters_names_before_the_credit_and_alone_after_the_text_are_the_byline(tmp_path: Path) -> None:
    page = f"山西高平：中药材种植助农增收\n张某某 郭某某 本报讯 {_LEAD}\n{_MORE}\n张某某 郭某某\n"
    ((title, _, texts, _),) = _articles(_write(tmp_path, page))
    assert (title, texts) == ("山西高平：中药材种植助农增收", [_LEAD, _MORE])


def test_a_tv_scripts_sound_bite_labels_open_no_items(tmp_path: Path) -> None:
    page = (f"{_LEAD}\n【同期】某某县某某镇副镇长 张某某\n原来是一条土路，一下雨都泥泞不堪，我们又帮助他们修建了一条高标准的公路。\n"
            f"【同期】某企业总经理 王某某\n家乡的营商环境上去了，我相信有好多企业家都希望回来投资。\n{_MORE}\n")
    ((title, _, texts, _),) = _articles(_write(tmp_path, page))
    assert (title, texts[0], texts[-1], len(texts)) == (None, _LEAD, _MORE, 4)


@pytest.mark.parametrize("over", ["某某在线新闻网站主办", "（资料图片仅供参考）"])
def test_a_sites_host_line_or_a_photo_placeholder_is_no_part_of_the_headline(tmp_path: Path, over: str) -> None:
    page = f"{over}\n{_HEAD}\n2021-10-26 18:00 [来源:某某在线]\n\n{_LEAD}\n\n{_MORE}\n"
    ((title, date, _, _),) = _articles(_write(tmp_path, page))
    assert (title, date) == (_HEAD, "2021-10-26")


def test_a_placeholder_under_the_headline_is_not_stacked_onto_it(tmp_path: Path) -> None:
    page = f"您的位置:首页 > 关注 > 正文\n{_HEAD}\n（资料图片仅供参考）\n{_LEAD}\n{_MORE}\n"
    ((title, _, texts, _),) = _articles(_write(tmp_path, page))
    assert (title, texts) == (_HEAD, [_LEAD, _MORE])


def test_empty_info_labels_are_no_text_and_an_empty_counter_ends_it(tmp_path: Path) -> None:
    head = "某某乡：赶集日“摆摊”送政策 医保宣传暖民心"
    page = f"{head}\n\n来源:   发布时间:   浏览量:次  字体:\n\n{_LEAD}\n\n{_MORE}\n\n{_LAST}\n\n浏览次数：\n"
    ((title, _, texts, _),) = _articles(_write(tmp_path, page))
    assert (title, texts) == (head, [_LEAD, _MORE, _LAST])


@pytest.mark.parametrize(("line", "date"), [
    ("| 2024-06-27 第02版:视野", "2024-06-27"),
    ("2015年09月14 09:46:24 来源:某某网", "2015-09-14"),
])
def test_a_date_in_table_bars_or_without_its_day_character_dates_the_page(tmp_path: Path, line: str,
                                                                         date: str) -> None:
    page = f"{line}\n|\n{_HEAD} |\n|\n{_LEAD}\n{_MORE}\n" if line.startswith("|") else f"{_HEAD}\n{line}\n{_LEAD}\n{_MORE}\n"
    ((title, found, _, _),) = _articles(_write(tmp_path, page))
    assert (title, found) == (_HEAD, date)


def test_lines_after_the_text_none_of_them_a_sentence_end_it(tmp_path: Path) -> None:
    page = (f"首页 > 新闻\n{_HEAD}\n发布时间：2021-10-26\n{_LEAD}\n{_MORE}\n{_LAST}\n医院导览:\n  • 某某大学湘雅医院\n"
            "  • 某某省人民医院（某某师范大学第一附属医院）\n  • 某某省儿童医院\n")
    ((_, _, texts, _),) = _articles(_write(tmp_path, page))
    assert texts == [_LEAD, _MORE, _LAST]


def test_a_line_of_empty_info_labels_is_chrome() -> None:
    from briefgen.ingest.split.pagelines import is_chrome_line

    assert is_chrome_line("来源:   发布时间:   浏览量:次  字体:")
    assert not is_chrome_line("来源:某某网   发布时间:2026-11-20")

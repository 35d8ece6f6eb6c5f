"""Fifteenth round of page kinds (fresh22): a lead-in set a line per phrase, a path from the home link set apart
by dashes, a spam host's keywords over the page's location line, and a posting stamp whose outlet is garbled."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.documents import article_rows as _articles
from tests.ingest.documents import write_page as _write

_HEAD = "种植合作社助群众增收"
_LEAD = "6月18日，在我县和兴镇后楼村种植合作社的西瓜大棚里，该村群众在采摘成熟的西瓜，每人每天可收入60元钱。"
_MORE = "该村有效整合各类资源，将分散的土地连成片，大力培育以农民专业合作社为主的新型农业经营主体。"
_VERSE = ["土地是农民的根本", "是乡村振兴的基础", "一直以来", "和兴镇党委政府", "在发展产业的同时", "把群众增收放在首位"]


def test_a_lead_in_set_a_line_per_phrase_is_neither_an_item_nor_a_headline(tmp_path: Path) -> None:
    page = "\n".join([*_VERSE, _LEAD, _MORE]) + "\n"
    assert [(t, p) for t, _, p, _ in _articles(_write(tmp_path, page))] == [(None, [_LEAD, _MORE])]


def test_a_headline_over_its_text_is_no_lead_in(tmp_path: Path) -> None:
    page = "\n".join([*_VERSE[:3], _HEAD, _LEAD, _MORE]) + "\n"
    assert [t for t, _, _, _ in _articles(_write(tmp_path, page))][-1] == _HEAD


def test_a_path_from_the_home_link_set_apart_by_dashes_is_no_part_of_the_headline(tmp_path: Path) -> None:
    page = f"首页——图片正文分享\n{_HEAD}\n2021年05月08日 16:28  来源：中国新闻网\n\n{_LEAD}\n\n{_MORE}\n"
    ((title, date, texts, _),) = _articles(_write(tmp_path, page))
    assert (title, date, texts) == (_HEAD, "2021-05-08", [_LEAD, _MORE])


def test_a_spam_hosts_keywords_over_the_location_line_are_no_text(tmp_path: Path) -> None:
    page = (f"精品视频免费一区二区三区,日本精品视频在线观看一区,国产亚洲精品免费观看在线,久久综合在线视频观看\n\n"
            f"首页  综合  时事  直播  房产  汽车\n您的位置:某某网>> 聚焦某某 >>正文\n{_HEAD}\n"
            f"2019-03-21 09:25    某某网-某某日?qǐng)?bào)   记者 陈某 通讯员 李某\n\n{_LEAD}\n\n{_MORE}\n")
    ((title, date, texts, _),) = _articles(_write(tmp_path, page))
    assert (title, date, texts) == (_HEAD, "2019-03-21", [_LEAD, _MORE])


def test_a_posting_stamp_opening_a_line_of_unknown_words_dates_the_page(tmp_path: Path) -> None:
    page = f"首页 > 新闻\n{_HEAD}\n2019-03-21 09:25    某某网-某某日?qǐng)?bào)   记者 陈某\n{_LEAD}\n{_MORE}\n"
    ((title, date, _, _),) = _articles(_write(tmp_path, page))
    assert (title, date) == (_HEAD, "2019-03-21")


def test_a_sentence_opening_with_a_date_is_no_posting_stamp(tmp_path: Path) -> None:
    page = f"首页 > 新闻\n{_HEAD}\n2019-03-21 上午，县长来到合作社\n{_LEAD}\n{_MORE}\n"
    ((_, date, _, _),) = _articles(_write(tmp_path, page))
    assert date is None


def test_a_menu_a_word_per_line_over_a_headline_is_no_lead_in(tmp_path: Path) -> None:
    page = "\n".join(["新闻", "政务", "文化", "体育", "旅游", _HEAD, _LEAD, _MORE]) + "\n"
    assert [t for t, _, _, _ in _articles(_write(tmp_path, page))][-1] == _HEAD

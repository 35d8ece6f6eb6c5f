"""Fourteenth round of page kinds (fresh18, fresh19): a page copied as one line, a photo news item told by its
caption, a Xinhua story's 题： line, a month/day/year date with AM/PM, English and thumbs-up tails, a hijacked
site's title over the story's own, and info values in square brackets."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.documents import article_rows as _articles
from tests.ingest.documents import write_page as _write

_HEAD = "种植合作社助群众增收"
_LEAD = "6月18日，在我县和兴镇后楼村种植合作社的西瓜大棚里，该村群众在采摘成熟的西瓜，每人每天可收入60元钱。"
_MORE = "该村有效整合各类资源，将分散的土地连成片，大力培育以农民专业合作社为主的新型农业经营主体。"
_CAPTION = ("3月22日，湖北省宣恩县椒园镇一茶厂的工人在摊晾茶叶鲜叶。随着气温回暖，多地茶区进入春茶采摘加工期，"
            "茶农抢抓农时采摘春茶，茶园一片忙碌景象。")


def test_a_page_copied_as_one_line_is_headline_date_and_a_photo_news_caption(tmp_path: Path) -> None:
    page = f"首页 春到茶山采茶制茶忙 2023-03-23 08:46:29 分享 {_CAPTION}新华社发(宋文 摄)\n"
    assert _articles(_write(tmp_path, page)) == [("春到茶山采茶制茶忙", "2023-03-23", [_CAPTION], "新华社发(宋文 摄)")]


def test_a_headline_over_one_long_caption_is_photo_news(tmp_path: Path) -> None:
    page = f"首页 > 图片新闻\n春到茶山采茶制茶忙\n发布时间：2023-03-23\n{_CAPTION}（记者 宋某 摄）\n"
    ((title, _, texts, _),) = _articles(_write(tmp_path, page))
    assert (title, texts) == ("春到茶山采茶制茶忙", [_CAPTION])


def test_a_xinhua_storys_title_line_is_its_headline_and_the_reporter_line_no_new_item(tmp_path: Path) -> None:
    page = f"新华网 正文\n2020-03-08 15:34:02 来源: 新华网\n\n新华社贵阳3月8日电 题：{_HEAD}\n\n新华社记者骆某\n\n{_LEAD}\n\n{_MORE}\n"
    assert [(t, p) for t, _, p, _ in _articles(_write(tmp_path, page))] == [(_HEAD, [_LEAD, _MORE])]


def test_a_month_day_year_date_with_its_clock_is_the_pages_date(tmp_path: Path) -> None:
    page = f"{_HEAD}\n\n编辑:关某 时间:6/20/2018 4:44:28 PM 浏览:1292\n\n本网讯 {_LEAD}\n{_MORE}\n"
    ((title, date, _, _),) = _articles(_write(tmp_path, page))
    assert (title, date) == (_HEAD, "2018-06-20")


def test_info_values_in_square_brackets_are_read(tmp_path: Path) -> None:
    page = f"首页 > 文明培育\n{_HEAD}\n日期:[2026/2/26] 作者:[庙行镇]\n\n{_LEAD}\n\n{_MORE}\n"
    ((_, date, _, _),) = _articles(_write(tmp_path, page))
    assert date == "2026-02-26"


def test_english_page_links_and_thumbs_up_prompts_end_the_text(tmp_path: Path) -> None:
    page = f"首页 > 新闻\n{_HEAD}\n{_LEAD}\n{_MORE}\nNext Article\n喜欢就按个赞吧!!!\n点击关闭提示\n"
    ((_, _, texts, _),) = _articles(_write(tmp_path, page))
    assert texts == [_LEAD, _MORE]


def test_a_hijacked_sites_title_over_the_date_gives_way_to_the_storys_headline(tmp_path: Path) -> None:
    page = f"彩云网开户 - 彩云网app下载\n彩云网下载2023-01-31 16:05\n\n{_HEAD}******\n\n  {_LEAD}\n\n  {_MORE}\n"
    ((title, date, texts, _),) = _articles(_write(tmp_path, page))
    assert (title, date, texts) == (_HEAD, "2023-01-31", [_LEAD, _MORE])

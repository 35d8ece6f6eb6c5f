"""Twenty-second round of page kinds (fresh45–47 and a briefing built from them): the day's widget and e-paper
lines around the page's date, a date printed after the text among its credits, a headline split over two lines
at its subject, outlets and counters beside the date, a headline named by the path under it, a short headline
over its date line, unit-and-author credit lines, image elements, notes and credits glued before the lead, ad
links, attachment lines and reposting disclaimers."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.clean.repair import repair_text
from briefgen.ingest.split.pageinfo import page_info
from tests.ingest.test_page_kinds20 import _BODY, _HEAD, _LAST, _LEAD, _MORE, _rows


@pytest.mark.parametrize(("line", "info"), [
    ("2024年05月14日 星期二", ("2024年05月14日", None)),
    ("当前:4版(2022年04月06日) 上一版 下一版", ("2022年04月06日", None)),
    ("赵某某 2022-8-17 15:56 廊坊日报 35405 0", ("2022-8-17", "廊坊日报")),
])
def test_weekdays_page_numbers_and_counters_beside_a_date_name_no_source(line: str, info: tuple[str, None]) -> None:
    assert page_info(line) == info


@pytest.mark.parametrize(("page", "title", "date"), [
    (f"2024年05月14日 星期二\n微信公众号\n{_HEAD}\n更新时间:2018-05-15 点击次数:4681\n{_BODY}", _HEAD, "2018-05-15"),
    (f"本报首页 版面概览\n往期回顾\n当前:4版(2022年04月06日) 上一版 下一版\n某某镇中心卫生院\n开启基层中医发展新模式\n{_BODY}",
     "某某镇中心卫生院 开启基层中医发展新模式", "2022-04-06"),
    (f"{_LEAD}{_MORE}\n{_LAST}\n某报记者 李某 通讯员 杨某 摄影报道\n一审 何某\n责任编辑 何某\n更新时间:2025-08-15\n"
     "© CopyRight 2020 All Rights Reserved. 闽ICP备11008号\n",
     None, "2025-08-15"),
    (f"会员登录 立即注册\n您的位置: 首页 >>市直动态 >> 查看内容\n{_HEAD}\n赵某某 2022-8-17 15:56 廊坊日报 35405 0\n{_BODY}",
     _HEAD, "2022-08-17"),
    (f"精华推荐\n大家爱看\n新大英新征程\n日期:2015-12-30      点击:2253\n{_BODY}大英县文化馆    张某某\n分享到:\n",
     "新大英新征程", "2015-12-30"),
    (f"{_HEAD}\n\n某某市融媒体中心发布时间:2021-09-23\n\n{_BODY}", _HEAD, "2021-09-23"),
    (f"政务公开\n政府动态\n当前位置:首页>政府动态\n{_HEAD}\n2010/1/6 16:43:13 次浏览 分类:政府动态    来源:\n{_BODY}",
     _HEAD, "2010-01-06"),
    (f"{_HEAD}\n黄某、卓某某\n2021年01月10日09:22  来源:宁波日报\n{_BODY}", _HEAD, "2021-01-10"),
    (f"{_HEAD}\n【浏览字体: 大 中 小】 作者:佚名 来源:网络 发布时间:2017-09-28 00:00:00 浏览量:206\n{_BODY}", _HEAD, "2017-09-28"),
])
def test_the_pages_headline_and_date_are_read_past_widgets_bylines_and_credits(tmp_path: Path, page: str,
                                                                             title: str | None, date: str) -> None:
    rows = _rows(tmp_path, page)
    assert rows[0][:2] == (title, date) and rows[0][2][-1] == _LAST


def test_a_headline_named_by_the_site_path_under_it_heads_its_sub_heads(tmp_path: Path) -> None:
    page = (f"{_HEAD}\n某某社会工作发展中心 > {_HEAD}\n\n社会组织培育重点\n\n{_LEAD}\n\n参观交流\n\n{_MORE}\n{_LAST}\n")
    assert _rows(tmp_path, page) == [(_HEAD, None, [_LEAD, "参观交流", _MORE, _LAST])]


def test_an_image_element_is_no_text() -> None:
    assert repair_text('<image>data:image/s3,"s3://images/fba84" alt=""</image>') == ""


@pytest.mark.parametrize("glued", ["本文转自：某某日报 运动员在比赛。孙某某摄 某某日报全媒体记者 苏某 通讯员 刘某 ",
                                   "我国白癜风知名专家 https://m.example.net/disease/a_5481230.html "])
def test_notes_captions_credits_and_ad_links_glued_before_a_dated_lead_go(tmp_path: Path, glued: str) -> None:
    lead = ("11月11日，记者在某镇卫生院中医馆看到，康复医生正根据患者的病情熟练地为患者进行拔罐、艾灸等治疗，"
            "前来就诊的患者纷纷点赞，中医馆里一派忙碌景象。")
    page = f"{_HEAD}\n发布时间：2022-11-13\n{glued}{lead}\n{_MORE}\n"
    assert _rows(tmp_path, page)[0][2] == [lead, _MORE]


def test_a_note_naming_the_headline_glued_before_the_lead_titles_the_page(tmp_path: Path) -> None:
    page = f"(原标题:{_HEAD}) 新文化讯 14日，{_LEAD}\n{_MORE}\n"
    rows = _rows(tmp_path, page)
    assert rows[0][0] == _HEAD and rows[0][2][0].startswith("新文化讯 14日")


@pytest.mark.parametrize("tail", ["\n（389.42 KB，下载次数：45）\n（426.41 KB，下载次数：51）\n",
                                  "本站部分信息由相应民事主体自行提供，该信息内容的真实性由提供者负责。\n"])
def test_attachment_lines_and_a_glued_disclaimer_are_no_text(tmp_path: Path, tail: str) -> None:
    page = f"首页 > 新闻\n{_HEAD}\n发布时间：2019-09-23\n{_LEAD}\n{_MORE}\n{_LAST}{tail}"
    assert _rows(tmp_path, page) == [(_HEAD, "2019-09-23", [_LEAD, _MORE, _LAST])]

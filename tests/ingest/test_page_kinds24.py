"""Twenty-fourth round of page kinds (fresh57–59, session 11): a headline run on with its info fields, widgets
and lead, a date and share button glued after the text, an address before the stamp, a keyword header of bars
and commas, a weekday where 日 was left out, e-paper reader names and controls, a headline over its date over
its subtitle, a photo told over its marked caption before the lead, a headline and stacked info lines printed
after the text, a site's name before the labels, forum chrome, script data, a question headline over a lead
of clauses, and a gallery's lines after the last sentence."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.split.pageinfo import page_info, split_glued_info, split_info_between
from briefgen.ingest.split.pagelines import is_chrome_line, is_pipe_menu
from briefgen.ingest.split.vocab import vocab
from tests.ingest.documents import article_rows
from tests.ingest.documents import write_page as _write
from tests.ingest.test_page_kinds20 import _HEAD, _LAST, _LEAD, _MORE


def _rows(tmp_path: Path, page: str) -> list[tuple[str | None, str | None, list[str]]]:
    return [(title, date, texts) for title, date, texts, _ in article_rows(_write(tmp_path, page))]


def test_a_headline_run_on_with_its_fields_widgets_and_lead_comes_apart() -> None:
    line = f"{_HEAD} 来源:县交通局 发布时间:2020-03-31 09:43:30 浏览次数: 次 【字体:小 大】 {_LEAD}"
    assert split_info_between(line) == (_HEAD, "来源:县交通局 发布时间:2020-03-31 09:43:30", _LEAD)


def test_a_page_run_on_in_one_line_keeps_its_last_sentence_clean(tmp_path: Path) -> None:
    page = (f"{_HEAD} 来源:县交通局 发布时间:2020-03-31 09:43:30 浏览次数: 次 【字体:小 大】 {_LEAD}{_MORE} "
            f"2020年3月30日 分享到：【打印正文】\n用户登录\n还没有账号?\n立即注册\n")
    assert _rows(tmp_path, page) == [(_HEAD, "2020-03-31", [_LEAD + _MORE])]


@pytest.mark.parametrize(("line", "info"), [
    ("http://tantan365.com  2018-04-16 07:54:36   来源:某某新闻网", ("2018-04-16", "某某新闻网")),
    (">2021年2月3星期三", ("2021年2月3日", None)),
])
def test_an_address_before_a_stamp_and_a_weekday_after_a_dayless_date(line: str, info: tuple[str, str | None]) -> None:
    assert page_info(line) == info


@pytest.mark.parametrize(("line", "menu"), [
    ("某某传媒映画|某某影像pm104在线观看|某某vlog主任|某某官网采访|某某在线无码观看,某某视频网页版,某某免费观看", True),
    ("首页 | 新闻 | 政务 | 服务 | 互动", True),
    ("指标 | 2019 | 2020 | 12.5%", False),
    ("项目 | 一季度 | 二季度 | 三季度", True),
])
def test_a_keyword_header_of_bars_and_commas_is_a_menu_a_row_of_figures_is_not(line: str, menu: bool) -> None:
    assert is_pipe_menu(line) is menu


@pytest.mark.parametrize("line", ["秀山电子报", "电子报刊阅读器", "放大 缩小 默认", "跳转到指定楼层",
                                  '{"appId":"wx7ea456","nonceStr":"0ig","timestamp":1743662079}'])
def test_e_paper_reader_names_controls_forum_buttons_and_script_data_are_chrome(line: str) -> None:
    assert is_chrome_line(line)


def test_an_e_paper_reader_page_titles_the_headline_under_its_controls(tmp_path: Path) -> None:
    page = (f">2021年2月3星期三\n\n按日期检索\n\n秀山电子报\n\n电子报刊阅读器\n放大 缩小 默认\n\n{_HEAD}\n\n"
            f"本报讯 (全媒体记者 王某 实习生 田某){_LEAD}\n    {_MORE}\n\n放大 缩小 默认\n\n主办单位:某某电子报 2020 COPYRIGHT\n")
    assert _rows(tmp_path, page)[0][:2] == (_HEAD, "2021-02-03")


def test_a_headline_over_its_date_over_its_subtitle(tmp_path: Path) -> None:
    page = (f"首页 > 路桥资讯 > 正文\n{_HEAD}\n2015-07-25 \n        打通我省至某地“最后一公里”\n\n        本报讯\n\n"
            f"        (记者冷某){_LEAD}\n\n        {_MORE}\n")
    assert _rows(tmp_path, page)[0][:2] == (_HEAD, "2015-07-25")


def test_a_photo_told_over_its_marked_caption_gives_way_to_the_lead(tmp_path: Path) -> None:
    page = (f"首页  综合  时事  直播  房产\n首页图片新闻 >>  正文\n{_HEAD}\n2017-01-06 09:04   某某都市报   记者 黄某\n\n"
            "1月5日上午8时，车辆正通过某某收费站。当日，某某高速公路通车。从某市前往某地车程缩短至三小时左右。 某某都市报记者 黄某 摄\n\n"
            "图为某某高速公路项目在路网中的位置。 (资料图片)\n\n"
            f"某某都市报讯 (记者 黄某 通讯员 潘某) {_LEAD}\n\n{_MORE}\n")
    rows = _rows(tmp_path, page)
    assert rows[0][2][0].endswith(_LEAD)
    assert not rows[0][2][0].startswith("1月5日")


def test_a_headline_with_stacked_info_lines_printed_after_the_text(tmp_path: Path) -> None:
    page = f"{_LEAD}{_MORE}\n-\n即时新闻\n白羊镇第二届农民运动会举办\n来源:某某晚报\n2024年01月27日\n版次:A03\n栏目:交通贴士\n作者:王某\n"
    assert _rows(tmp_path, page)[0][:2] == ("白羊镇第二届农民运动会举办", "2024-01-27")


@pytest.mark.parametrize(("line", "parts"), [
    ("某某城投网 - 日期:2023-06-19 14:51:24 - 来源:某某公司", None),
    (f"{_HEAD} 2025-08-15 来源:市绿化市容局", (_HEAD, "2025-08-15 来源:市绿化市容局")),
])
def test_a_site_name_or_date_before_the_labels_stays_with_the_info(line: str, parts: tuple[str, str] | None) -> None:
    assert split_glued_info(line) == parts


def test_a_stacked_info_line_with_editor_and_column_fields(tmp_path: Path) -> None:
    page = f"来源:某某日报\n责编:苏某\n时间:2023-12-20 13:19:11\n\n{_LEAD}{_MORE}\n{_LAST}\n"
    assert _rows(tmp_path, page)[0][1] == "2023-12-20"


def test_a_question_headline_over_a_lead_of_clauses(tmp_path: Path) -> None:
    page = f"某某“村鸭”如何游向珠三角?\n\n不久前，镇政府旁的居民不太明白：镇政府怎么每天都有人出入\n\n{_MORE}\n\n{_LAST}\n"
    assert _rows(tmp_path, page)[0][0] == "某某“村鸭”如何游向珠三角?"


def test_a_gallerys_lines_after_the_last_sentence_are_no_text(tmp_path: Path) -> None:
    page = f"{_LEAD}{_MORE}\n{_LAST}\n部分外景\n室内杂粮精品展\n优秀歌手展演\n杂粮科技展示园区\n2\n"
    assert _rows(tmp_path, page)[0][2] == [_LEAD + _MORE, _LAST]


def test_a_marked_caption_with_a_file_photo_note() -> None:
    assert vocab().caption_line.match("图为某某高速公路项目在路网中的位置。 (资料图片)")

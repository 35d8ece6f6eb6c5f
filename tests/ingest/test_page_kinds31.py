"""Thirty-first round of page kinds (session 14, from the sets fresh110–113 after their one unseen score): a date
glued before an info field (2023年01月20日编辑:某某), an open-government menu over the headline, a site's column tag
after the headline (…-【新闻】), a portal's recommendation boxes and a site's numbered disclaimers after the text, and
an outlet's lead credit over its writers (某某日报讯 张某某 彭某 文/图) on a line of its own; then, from fresh114–117,
notes and headlines glued before a lead on one line, a Q&A site's 最佳答案：, copyright statements, and an e-paper's
date over a lead-in."""

from __future__ import annotations

from pathlib import Path

from briefgen.ingest.split.pageinfo import page_info
from tests.ingest.documents import article_rows
from tests.ingest.documents import write_page as _write
from tests.ingest.test_page_kinds20 import _HEAD, _LAST, _LEAD, _MORE


def _rows(tmp_path: Path, page: str) -> list[tuple[str | None, str | None, list[str]]]:
    return [(title, date, texts) for title, date, texts, _ in article_rows(_write(tmp_path, page))]


def test_a_date_glued_before_an_info_field_is_the_pages_date(tmp_path: Path) -> None:
    assert page_info("2023年01月20日编辑:某某市红十字会") == ("2023年01月20日", None)
    assert page_info("2023年01月20日 某某活动:开幕") is None  # no info label after the date
    assert page_info("2024/9/1 来源：不详某某看病 https://m.example.net/index.html") is not None  # read as before
    page = f"{_HEAD}\n2023年01月20日编辑:某某市红十字会\n{_LEAD}\n{_MORE}\n{_LAST}\n"
    assert _rows(tmp_path, page) == [(_HEAD, "2023-01-20", [_LEAD, _MORE, _LAST])]


def test_an_open_government_menu_over_the_headline_is_no_part_of_it(tmp_path: Path) -> None:
    menu = "政府信息公开指南\n\n政府信息公开制度\n\n政府信息公开年报\n\n法定主动公开内容\n\n依申请公开\n\n"
    page = f"{menu}{_HEAD}\n\n时间:2023-02-02 09:24:25   作者: 点击数:  \n\n{_LEAD}\n\n{_MORE}\n\n{_LAST}\n"
    assert _rows(tmp_path, page) == [(_HEAD, "2023-02-02", [_LEAD, _MORE, _LAST])]


def test_a_sites_column_tag_after_the_headline_is_no_part_of_it(tmp_path: Path) -> None:
    page = f"当前位置:首页 > 技术资讯\n\n{_HEAD}-【新闻】\n\n发布时间:2021-04-08 13:18:17 阅读: 来源:某某网\n\n{_LEAD}\n{_MORE}\n{_LAST}\n"
    assert _rows(tmp_path, page) == [(_HEAD, "2021-04-08", [_LEAD, _MORE, _LAST])]


def test_recommendation_boxes_and_numbered_disclaimers_end_the_text(tmp_path: Path) -> None:
    boxes = "原创推荐\n视频推荐\n热点排行榜\n某某县召开全县经济工作会议，部署明年各项重点任务和工作安排。\n"
    assert _rows(tmp_path, f"{_HEAD}\n{_LEAD}\n{_MORE}\n{_LAST}\n{boxes}") == [(_HEAD, None, [_LEAD, _MORE, _LAST])]
    said = tmp_path / "said"
    said.mkdir()
    disclaimers = ("1.本网站所收集的部分公开资料来源于互联网,转载的目的在于传递更多信息及用于网络分享,并不代表本站赞同其观点和对其真实性负责。\n"
                   "2.如果您发现网站上有侵犯您的知识产权的作品,请与我们取得联系,我们会及时修改或删除。\n")
    assert _rows(said, f"{_HEAD}\n{_LEAD}\n{_MORE}\n{_LAST}\n{disclaimers}") == [(_HEAD, None, [_LEAD, _MORE, _LAST])]


def test_an_outlets_credit_over_its_writers_on_a_line_of_its_own_is_no_text(tmp_path: Path) -> None:
    lead = "1月27日，某某县某某镇某某村文化广场上，一场热闹的年终“分红大会”正在举行。"
    page = f"{_HEAD}\n  2026/2/3  浏览 65 次\n\n来源:某某农村日报\n\n某某农村日报讯 张某某 彭某 胡某某 文/图\n  {lead}\n  {_MORE}\n  {_LAST}\n"
    rows = _rows(tmp_path, page)
    assert [r[0] for r in rows] == [_HEAD] and rows[0][2] == [lead, _MORE, _LAST]
    from briefgen.ingest.split.pagevocab import byline_pattern

    assert byline_pattern().match("张某某 彭某 胡某某 文/图") and not byline_pattern().match("新华社 图/文")


def test_a_note_naming_the_headline_glued_before_the_lead_without_brackets_gives_the_title(tmp_path: Path) -> None:
    lead = "28日，某省失业保险稳岗返还发放日某市发放仪式举行，某某水电站有限公司等12家企业代表收到补贴。"
    page = f"原標題:某市310家企業獲414.74萬元穩崗返還補貼 {lead}{_MORE}\n{_LAST}\n"
    rows = _rows(tmp_path, page)
    assert [r[0] for r in rows] == ["某市310家企业获414.74万元稳岗返还补贴"] and rows[0][2][0].startswith("28日")


def test_a_headline_and_subtitle_glued_before_a_lead_dated_with_its_year(tmp_path: Path) -> None:
    lead = "2025年6月19日，某县某镇矛盾纠纷调解室里，郑先生和叶先生郑重地在调解协议上签下了名字。"
    page = f"|\n“滴水”化春风 ——某县某镇综治中心情法交融解邻里心结 {lead}{_MORE}\n{_LAST}\n"
    rows = _rows(tmp_path, page)
    assert rows[0][0] is not None and rows[0][0].startswith("“滴水”化春风") and rows[0][2][0].startswith("2025年6月19日")
    from briefgen.ingest.clean.repair import _glued_headline

    assert _glued_headline("某某县人民政府办公室编印　　　　2024年5月6日") is None  # a date that ends the line leads nothing


def test_a_best_answer_label_and_an_outlet_with_its_author_glued_before_the_lead_are_no_text(tmp_path: Path) -> None:
    page = f"当前位置：首页 > 普法动态\n{_HEAD}\n最佳答案：{_LEAD}\n{_MORE}\n{_LAST}\n"
    assert _rows(tmp_path, page) == [(_HEAD, None, [_LEAD, _MORE, _LAST])]
    authored = tmp_path / "authored"
    authored.mkdir()
    page = f"{_HEAD}(图文) 日期: 2018-04-02 某某镇农机站  作者:邹某某 {_LEAD}\n{_MORE}\n{_LAST}\n"
    assert _rows(authored, page) == [(f"{_HEAD}（图文）", "2018-04-02", [_LEAD, _MORE, _LAST])]  # its mark as printed


def test_copyright_statements_end_the_text(tmp_path: Path) -> None:
    for n, tail in enumerate(("版权申明:“某某网”的所有作品均为某某公司合法拥有版权或有权使用的作品，未经本网书面授权不得使用。",
                              "本文系本站编辑转载，文章版权归原作者所有，内容为作者个人观点，转载目的在于传递更多信息。")):
        folder = tmp_path / str(n)
        folder.mkdir()
        assert _rows(folder, f"{_HEAD}\n{_LEAD}\n{_MORE}\n{_LAST}\n{tail}\n") == [(_HEAD, None, [_LEAD, _MORE, _LAST])]


def test_an_e_papers_date_over_a_lead_in_and_the_main_line_dates_the_page(tmp_path: Path) -> None:
    page = (f"2022年05月25日\n第03版:要闻\n\n2400多万元惠及774家企业\n\n今年市区首批稳岗返还资金发放到位\n\n"
            f"本报讯 (某某某 杨某某) {_LEAD}\n{_MORE}\n{_LAST}\n")
    assert [r[1] for r in _rows(tmp_path, page)] == ["2022-05-25"]

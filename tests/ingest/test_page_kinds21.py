"""Twenty-first round of page kinds (fresh42–44): sentences broken by injected links, leads set a clause per line,
account and widget lines, captions and summaries over a dated 讯 lead, info fields between the source and the
date, the site header's date over the breadcrumb, dates spaced by a template, the headline again with a word
changed, a reporter's bare name over the lead, photo stories with their credit, two-phrase sub-heads."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.split.pageinfo import page_info
from tests.ingest.test_page_kinds20 import _BODY, _HEAD, _LAST, _LEAD, _MORE, _rows


def test_a_sentence_broken_by_injected_links_is_one_paragraph(tmp_path: Path) -> None:
    page = ("为进一步深化检务公开\n,方便市民群众走进检察机关、了解检察工作,根据最高检\n发布的《人民检察院\n"
            "“检察开放日”管理规定(试行)》的相关要求,日前,某区检察院制定了常态化活动管理办法。\n" + _BODY)
    first = _rows(tmp_path, page)[0][2][0]
    assert first.startswith("为进一步深化检务公开，方便市民群众") and first.endswith("常态化活动管理办法。")


def test_a_lead_set_a_clause_per_line_is_one_paragraph(tmp_path: Path) -> None:
    page = f"{_HEAD}\n7月20日上午，\n白羊镇\n弥漫着运动会的热情，\n上万名群众齐聚一堂，\n共赴一场体育盛宴!\n{_MORE}\n{_LAST}\n"
    rows = _rows(tmp_path, page)
    assert rows[0][2][0] == "7月20日上午，白羊镇弥漫着运动会的热情，上万名群众齐聚一堂，共赴一场体育盛宴!"


def test_an_account_line_and_a_summary_and_caption_over_a_dated_lead_are_no_text(tmp_path: Path) -> None:
    page = (f"{_HEAD}\n红网官方帐号01:00\n此次农民运动会在白羊小学举行，吸引了该镇20多支队伍共300多名运动员参加，"
            "全镇群众踊跃观看，赛场内外欢声笑语。\n领导共同开启活动。\n"
            f"红网时刻娄底7月20日讯（记者 徐某某）“满城尽是运动会”。{_LEAD}\n{_MORE}\n{_LAST}\n")
    assert _rows(tmp_path, page) == [(_HEAD, None, [f"“满城尽是运动会”。{_LEAD}", _MORE, _LAST])]


@pytest.mark.parametrize(("head", "date"), [
    (f"{_HEAD}\n来源:中国新闻网\n作者:中国新闻网\n时间:2023-07-10 10:42:44\n", "2023-07-10"),
    (f"当前位置: 首页 » 资讯 » 正文\n{_HEAD}\n放大字体  缩小字体 发布日期:2022-07-04  浏览次数:82\n", "2022-07-04"),
    (f"2025年06月07日   星期六    |  广告单价 |  锂电资讯\n首页 > 资讯 > 新闻 > {_HEAD}\n{_HEAD}\n"
     "来源: | 作者:admin | 分类:新闻 | 时间:2016-09-23 | 浏览:4408\n", "2016-09-23"),
    (f"新华网 > 时政 > 正文\n2022 09/ 06 12:46:05\n来源:新华网\n{_HEAD}\n", "2022-09-06"),
])
def test_the_pages_own_date_is_read_past_fields_widgets_and_the_site_header(tmp_path: Path, head: str,
                                                                             date: str) -> None:
    assert _rows(tmp_path, f"{head}{_BODY}")[0][:2] == (_HEAD, date)


def test_a_spaced_template_date_is_read_as_a_date() -> None:
    assert page_info("2022 09/ 06 12:46:05") == ("2022-09-06", None)


def test_the_headline_again_with_a_place_changed_is_no_text(tmp_path: Path) -> None:
    lead = "4月3日，记者从市交通运输局了解到，今年年内我市将新增电动出租车600台、县(市)更新出租车130台，同时完成2座充电站。"
    page = ("新乡市将新增电动出租车600辆 更新出租车130台\n来源: | 作者:admin | 分类:新闻 | 时间:2016-09-23 | 浏览:4408\n文章顶部\n"
            "摘要:今年年内我市将新增电动出租车600台、县(市)更新出租车130台,同时完成2座充电站,这将给群众出行带来更多便利条件。\n"
            f"河南平原市将新增电动出租车600辆 更新出租车130台\n{lead}\n{_MORE}\n")
    assert _rows(tmp_path, page)[0][2] == [lead.replace("(市)", "（市）"), _MORE]


def test_a_reporters_bare_name_over_a_dated_lead_is_no_text(tmp_path: Path) -> None:
    lead = "1月10日18时59分，从深圳北站始发的高铁列车驶抵某某站，这是该站正式运营后迎来的首列直通高铁列车。"
    assert _rows(tmp_path, f"申容\n{lead}\n{_MORE}\n")[0][2] == [lead, _MORE]


@pytest.mark.parametrize("tail", ["中国法院新闻网责任编辑：亓某某 |\n", "（esilk.net声明：本网登载此文旨在传递更多行业资讯，文章内容仅供参考。）\n"])
def test_an_outlets_editor_line_and_a_reposting_notice_end_the_text(tmp_path: Path, tail: str) -> None:
    page = f"{_HEAD}\n来源:中国新闻网\n时间:2023-07-10 10:42:44\n{_BODY}{tail}"
    assert _rows(tmp_path, page) == [(_HEAD, "2023-07-10", [_LEAD, _MORE, _LAST])]


def test_a_photo_story_told_in_sentences_keeps_them_without_its_credit(tmp_path: Path) -> None:
    story = "10月7日，某县某村的果农在自家果园采摘苹果。 近年来，某县大力发展林果种植业。据介绍，该县果树种植面积已达14万亩。"
    rows = _rows(tmp_path, f"{story} 新华社记者杨某某摄\n10月7日，一名游客在果园内展示她采摘的苹果。新华社记者杨某某摄\n"
                           "黄河某段开河形势平稳\n春雨春色春意浓\n某县：防疫生产两不误\n某农场的草莓熟了\n")
    assert rows[0][2][0] == story


def test_a_sub_head_of_two_phrases_stays_a_line_of_its_own(tmp_path: Path) -> None:
    lead = "扬子晚报网6月25日讯（通讯员 杨某 记者 孙某）每当夜幕降临，白日的喧嚣渐渐褪去，但有一盏灯始终亮着。"
    section = "“晚上出来散步，都能看见警车巡逻，心里特别踏实!”家住商业街的老李笑着说道。"
    page = f"{_HEAD}\n{lead}\n科学布防 织密巡逻防控“安全网”\n{section}\n"
    assert _rows(tmp_path, page)[0][2][-1] == section


def test_a_last_paragraph_ending_on_a_comma_takes_no_page_buttons(tmp_path: Path) -> None:
    cut = "各位代表就民生实事项目督查、困难儿童帮扶、民生意见收集等工作开展交流,"
    page = f"{_HEAD}\n发布时间：2018-08-21\n{_LEAD}\n{cut}\n\n[返回首页] [关闭窗口]\n某某市人大常委会办公室版权所有 浙ICP备05062502号-1\n"
    texts = _rows(tmp_path, page)[0][2]
    assert not any("返回首页" in t or "ICP" in t for t in texts)


def test_clauses_of_a_sentence_a_line_break_cut_are_no_headline(tmp_path: Path) -> None:
    page = ("首页 > 新闻 > 正文\n发布时间：2023-01-02\n为进一步深化检务公开\n,方便市民群众走进检察机关、了解检察工作,根据最高检\n"
            "发布的《人民检察院\n“检察开放日”管理规定(试行)》的相关要求,日前,某区检察院制定了常态化活动管理办法。\n"
            f"{_MORE}\n{_LAST}\n")
    rows = _rows(tmp_path, page)
    assert rows[0][0] is None and rows[0][2][0].startswith("为进一步深化检务公开，方便市民群众")


def test_spam_keywords_set_apart_by_commas_are_no_clauses_of_the_text(tmp_path: Path) -> None:
    page = f"免费在线看的网站大全,亚洲一级精品影院,欧洲国产AV高清在线,久久国产av\n首页\n{_HEAD}\n{_BODY}扫码关注\n"
    assert _rows(tmp_path, page)[0][:1] == (_HEAD,)

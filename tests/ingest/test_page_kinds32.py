"""Thirty-second round of page kinds (session 14, from the sets fresh118–121 after their one unseen score): a source
line with its date under it after the text, a gambling mirror's brand joined to the headline, a row of bracketed
buttons after the text, a “这是…拍摄的” caption over the lead and a headline glued before a lead that opens on 昨天."""

from __future__ import annotations

from pathlib import Path

from briefgen.ingest.split.pagehead import bare_headline
from briefgen.ingest.split.pagevocab import spam_brand
from tests.ingest.documents import article_rows
from tests.ingest.documents import write_page as _write
from tests.ingest.test_page_kinds20 import _HEAD, _LAST, _LEAD, _MORE


def _rows(tmp_path: Path, page: str) -> list[tuple[str | None, str | None, list[str]]]:
    return [(title, date, texts) for title, date, texts, _ in article_rows(_write(tmp_path, page))]


def test_a_source_line_with_its_date_under_it_after_the_text_dates_the_page(tmp_path: Path) -> None:
    from briefgen.ingest.split.pageinfo import trailing_date

    page = f"当前位置：首页 > 水利要闻\n某某网站讯 {_LEAD}\n{_MORE}\n{_LAST}\n来源:某某网站 2010年2月23日\n"
    assert [r[1] for r in _rows(tmp_path, page)] == ["2010-02-23"]
    assert trailing_date(["来源:某某网站", "2010年2月23日"]) == "2010年2月23日"  # the page's split of that line
    assert trailing_date(["某某镇召开会议", "2010年2月23日"]) is None


def test_a_gambling_mirrors_brand_joined_to_the_headline_is_no_part_of_it() -> None:
    assert bare_headline(f"{_HEAD} -九游会j9官方登录") == _HEAD
    assert bare_headline(f"乐鱼app官网下载登录|某省某市：{_HEAD}") == f"某省某市：{_HEAD}"
    assert bare_headline(f"某县-{_HEAD}") == f"某县-{_HEAD}"
    assert spam_brand().search("九游会j9官方登录") and not spam_brand().search("九游会议室")


def test_a_row_of_bracketed_buttons_ends_the_text(tmp_path: Path) -> None:
    page = f"{_HEAD}\n{_LEAD}\n{_MORE}\n{_LAST}\n】 【打印】【繁体】 【投稿】 【关闭】【评论】 【返回顶部\n"
    assert _rows(tmp_path, page) == [(_HEAD, None, [_LEAD, _MORE, _LAST])]


def test_a_this_is_what_was_photographed_caption_is_no_text(tmp_path: Path) -> None:
    lead = "当日，某州某县某乡卫生院组织医务人员到某村开展巡回义诊。"
    page = f"这是7月8日拍摄的某省某县某乡某村(无人机照片)。\n{lead}\n{_MORE}\n{_LAST}\n"
    assert _rows(tmp_path, page)[0][2] == [lead, _MORE, _LAST]


def test_a_headline_glued_before_a_lead_opening_on_yesterday(tmp_path: Path) -> None:
    lead = "昨天（11月18号）上午，总面积约6000余平方米的某镇某社区卫生服务中心落成启用。"
    page = f"时间:2018-11-19 19:05:46 来源:某某新闻\n|\n某镇某社区卫生服务中心启用 {lead}\n{_MORE}\n{_LAST}\n"
    rows = _rows(tmp_path, page)
    assert rows[0][0] == "某镇某社区卫生服务中心启用" and rows[0][2][0] == lead


def test_a_features_untitled_sections_after_a_long_opening_are_one_article(tmp_path: Path) -> None:
    opening = ["“听说了吗?咱村老马家的小芳回来了!”", "“啥?!她不是在城里大银行工作吗?”",
               "马芳回来的消息，在某区某镇炸了锅。几年前，她辞去城里的工作，回村当了乡村医生。",
               "早上，赵大爷在卫生室看到马芳时，还有点不敢相信，这个从小看着长大的姑娘真的回来了。"]
    section = ["2017年，面对农村基层村卫生室乡村医生紧缺的局面，某区启动了定向培养计划。",
               "三年的学习让马芳掌握了常见病的诊治，也学会了中医推拿和康复护理。"]
    page = "了不起的乡村医生\n" + "\n".join(opening) + "\n“乡村医生就得是‘全科战士’”\n" + "\n".join(section) + "\n"
    rows = _rows(tmp_path, page)
    assert [r[0] for r in rows] == ["了不起的乡村医生"] and rows[0][2][-1] == section[-1]


def test_an_unrelated_piece_after_a_long_opening_stays_apart(tmp_path: Path) -> None:
    opening = ["“这是咱们镇专门印制的挂历，以后咱们村内红白喜事都按这个标准办。”", "“这个挂历好啊，可以挂在家里面看日期，很实用。”",
               "这是某县某镇某村红白理事会会长在向村民发放移风易俗挂历。",
               "近年来，某镇党委政府一直倡导移风易俗，制定村规民约，遏制大操大办、高价彩礼等不良风气。"]
    other = ["本期节目来到了某市某山，要为一对双胞胎兄弟寻找另一半，现场来了不少热心的观众。"]
    page = "移风易俗有“鲜”招\n" + "\n".join(opening) + "\n给双胞胎兄弟说媒\n" + "\n".join(other) + "\n"
    assert [r[0] for r in _rows(tmp_path, page)] == ["移风易俗有“鲜”招", "给双胞胎兄弟说媒"]


def test_a_spam_templates_empty_elements_and_my_location_line_are_no_text(tmp_path: Path) -> None:
    junk = ('<address id="xlrhz"></address>\n<address id="xlrhz"><address id="xlrhz"><nobr id="xlrhz"></nobr></address>'
            '</address>\n  • <ul id="m6qy2"><sup id="m6qy2"></sup></ul>\n')
    page = f"{junk}    我的位置:首页>文章详情\n\n    {_HEAD}\n\n    {_LEAD}\n{_MORE}\n{_LAST}\n"
    assert _rows(tmp_path, page) == [(_HEAD, None, [_LEAD, _MORE, _LAST])]
    from briefgen.ingest.clean.repair import repair_text

    assert repair_text("<b>粗体</b>不是空元素") == "<b>粗体</b>不是空元素"
    assert repair_text('  • <fieldset id="m6qy2"><menu id="m6qy2"></menu></fieldset>') == ""
    unlocated = tmp_path / "unlocated"
    unlocated.mkdir()
    page = f"{junk}  • logo\n\n    {_HEAD}\n\n\n    {_LEAD}\n{_MORE}\n{_LAST}\n"
    assert _rows(unlocated, page) == [(_HEAD, None, [_LEAD, _MORE, _LAST])]

"""Twelfth round of page kinds (fresh14, fresh15): a headline, its date and the lead copied as one line,
reader prompts and e-paper controls over the headline, a reposting note closing the article, a government
site's footer of link groups, follow prompts, counters, a print edition's credit dating the article, and a
信息公开 row with two dates."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.documents import ingest_one
from tests.ingest.documents import passage_texts as _texts
from tests.ingest.documents import write_page as _write

_HEAD = "王某某到大成镇南正水开展巡河工作"
_LEAD = "6月8日下午，市人大常委会副主任王某某到大成镇南正水（西庆段）开展巡河工作，实地查看河段水质。"
_MORE = "王某某强调，镇级河长、村级管理员要深入了解河长制的各项工作制度，坚持常态化监督管理。"


def _one(path: Path) -> tuple[str | None, str | None, list[str]]:
    """Return the page's one article: its title, date and passages."""
    (article,) = ingest_one(path).articles
    return article.title, article.published, [p.text for p in article.passages]


def test_a_headline_its_date_and_the_lead_on_one_line_are_three_things(tmp_path: Path) -> None:
    page = f"搜索\n{_HEAD}发表时间:2023-06-09 15:39 {_LEAD} {_MORE}\n"
    title, date, texts = _one(_write(tmp_path, page))
    assert (title, date) == (_HEAD, "2023-06-09") and texts[0].startswith("6月8日下午")


def test_reader_prompts_and_e_paper_controls_are_not_the_headline(tmp_path: Path) -> None:
    for chrome in ("需扫码在手机上打开文章后点击更新提醒", "版面:第01版:       上一篇    下一篇", "版面:第01版:要闻"):
        page = f"当前报纸名称:某某日报\n{_HEAD}\n{chrome}\n{_LEAD}\n{_MORE}\n"
        title, _, texts = _one(_write(tmp_path, page))
        assert title == _HEAD and texts == [_LEAD, _MORE], chrome


def test_a_reposting_note_after_the_text_closes_the_article(tmp_path: Path) -> None:
    advert = "某某冷链是一家专注于为餐饮连锁品牌提供专业高效的冷链物流服务企业，业务覆盖全国，欢迎来电咨询合作。"
    page = f"首页 > 新闻\n{_HEAD}\n{_LEAD}\n{_MORE}\n原标题:《{_HEAD}》\n业务联系电话:19900000000\n{advert}\n"
    assert _one(_write(tmp_path, page))[2] == [_LEAD, _MORE]


def test_a_government_sites_footer_of_link_groups_is_not_text(tmp_path: Path) -> None:
    footer = "国务院部门网站\n地方政府网站\n市政府部门网站\n区县政府网站\n其他网站\n"
    assert _texts(_write(tmp_path, f"{_LEAD}\n{_MORE}\n{footer}")) == [[_LEAD, _MORE]]


def test_follow_prompts_link_labels_and_counters_are_chrome(tmp_path: Path) -> None:
    page = (f"区内联网: 新城区仙源湖乾西竹马雅畈安地白龙桥\n{_HEAD}\n阅读数:979   本文字数:301\n{_LEAD}\n{_MORE}\n"
            "看婺城新闻,关注婺城新闻网微信\n故乡的云 南山的雨...\n冬日里的婺城老味道\n")
    title, _, texts = _one(_write(tmp_path, page))
    assert title == _HEAD and texts == [_LEAD, _MORE]


def test_a_label_of_linked_sites_opening_a_page_is_not_text(tmp_path: Path) -> None:
    page = f"区内联网: 新城区仙源湖乾西竹马雅畈安地白龙桥琅琊蒋堂长山沙畈塔石岭上莘畈箬阳城东城西城中城北新狮\n{_LEAD}\n{_MORE}\n"
    assert _texts(_write(tmp_path, page)) == [[_LEAD, _MORE]]


def test_an_e_paper_readers_toasts_do_not_split_the_page(tmp_path: Path) -> None:
    page = f"云报平台\n\n这已经是最后一期了哦!\n\n我知道了\n\n内容详情\n2019年01月09日\n\n{_HEAD}\n\n本报讯 {_LEAD}\n\n{_MORE}\n"
    title, date, texts = _one(_write(tmp_path, page))
    assert (title, date) == (_HEAD, "2019-01-09") and texts == [_LEAD, _MORE]


def test_a_print_editions_credit_dates_a_reposted_article(tmp_path: Path) -> None:
    for first, last in ((f"(江西日报2023年8月31日12版){_LEAD}", _MORE),
                        (_LEAD, f"{_MORE}（来源：人民日报 2023年08月31日 第12版）")):
        _, date, _ = _one(_write(tmp_path, f"{first}\n{last}\n"))
        assert date == "2023-08-31", first[:12]


def test_an_event_date_in_the_lead_is_no_print_credit(tmp_path: Path) -> None:
    _, date, _ = _one(_write(tmp_path, f"(2023年8月31日){_LEAD}\n{_MORE}\n"))
    assert date is None


def test_a_row_with_a_written_and_a_published_date_gives_the_published_one(tmp_path: Path) -> None:
    page = ("索 引 号:728685970/2015-00024 | 主题分类:综合政务 | |\n发布机构:某区科学技术局 | 关 键 词:科普 | |\n"
            "文 号 | 成文日期:2015-05-26 | 发布日期:2015-12-25 |\n体 裁 | 生效日期 | 废止日期 |\n"
            f"{_LEAD}\n{_MORE}\n")
    title, date, texts = _one(_write(tmp_path, page))
    assert date == "2015-12-25" and not title and texts == [_LEAD, _MORE]


def test_a_reposting_note_under_the_headline_is_only_chrome(tmp_path: Path) -> None:
    html = (f"<html><head><title>{_HEAD}</title></head><body><h1>{_HEAD}？</h1><div class='article'>"
            f"<p>{_HEAD}？</p><p>原标题：视界丨{_HEAD}</p><p>{_LEAD}</p><p>{_MORE}</p><p>{_MORE[:20]}再次强调。</p>"
            "</div></body></html>")
    assert _one(_write(tmp_path, html, "page.html"))[2][-3:] == [_LEAD, _MORE, f"{_MORE[:20]}再次强调。"]


def test_a_kicker_and_headline_glued_to_the_info_line_stay_the_headline(tmp_path: Path) -> None:
    page = (f"某某网 > 原创\n\n中国农民丰收节|{_HEAD} 发布时间:2022-09-23 19:37 来源:某某网\n\n{_LEAD}\n\n{_MORE}\n")
    title, date, _ = _one(_write(tmp_path, page))
    assert (title, date) == (f"中国农民丰收节|{_HEAD}", "2022-09-23")


def test_an_outlets_name_and_a_space_before_the_lead_are_no_part_of_it(tmp_path: Path) -> None:
    lead = "“中秋、国庆”双节临近，为进一步维护正常市场价格秩序，某区发展和改革局及时增加市场价格监测频次。"
    _, _, texts = _one(_write(tmp_path, f"{_HEAD}\n中国某某网 {lead}\n{_MORE}\n责任编辑：某某\n"))
    assert texts == [lead, _MORE]

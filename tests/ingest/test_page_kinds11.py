"""Eleventh round of page kinds (freshhtml3): a site's comment rules beside a short article, a stamp with outlet
and reporter glued before the lead, care notices and app links after it, teasers of related stories."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.documents import ingest_one
from tests.ingest.documents import passage_texts as _texts
from tests.ingest.documents import write_page as _write

_LEAD = "北市士林区一处民宅16日下午发生火警，消防局据报派出人车赶往，所幸无人受伤，起火原因仍在调查。"
_MORE = "消防局提醒民众，居家用电应注意安全，老旧电线应及时更换。"
_RULES = ("本报对留言系统使用者发布的文字、图片或档案保有片面修改或移除的权利。当使用者使用本网站留言服务时，"
          "表示已详细阅读并完全了解，且同意配合下述规定：请勿重复刊登一样的文章，请不要刊登与主题无相关之内容，"
          "发言涉及攻击、侮辱、影射之内容，本网站将会直接移除。请使用者在发言前，务必先阅读留言板规则，谢谢配合。")


def test_a_sites_comment_rules_are_not_the_body_of_a_short_article(tmp_path: Path) -> None:
    html = (f"<html><head><title>士林民宅火警 无人受伤</title></head><body><h1>士林民宅火警 无人受伤</h1>"
            f"<div class='article-body'><p>{_LEAD}</p></div>"
            f"<div class='note'><p>{_RULES}</p><p>{_RULES}</p></div></body></html>")
    texts = _texts(_write(tmp_path, html, "page.html"))
    assert texts[0][0] == _LEAD and not any("留言系统" in t for t in texts[0])


def test_a_stamp_with_outlet_and_reporter_glued_before_the_lead_is_not_the_lead(tmp_path: Path) -> None:
    page = f"首页 > 社会\n士林民宅火警 无人受伤\n2018年09月16日 15:31 中时 谢某某 {_LEAD}\n{_MORE}\n"
    assert _texts(_write(tmp_path, page)) == [[_LEAD, _MORE]]


def test_a_care_notice_and_an_app_link_after_the_text_are_not_body(tmp_path: Path) -> None:
    for tail in (f"{_MORE}（王某／台中报导）《某报》关心你自杀解决不了问题，请珍惜生命。安心专线：0800-788995\n下载「某某日报APP」",
                 f"{_MORE} ★某某电子报关心您：再给自己一次机会 自杀咨询专线：0800-788995"):
        page = f"首页 > 社会\n士林民宅火警 无人受伤\n发布时间：2018-09-16\n{_LEAD}\n{tail}\n"
        texts = _texts(_write(tmp_path, page))[0]
        assert texts[0] == _LEAD and "关心" not in texts[-1] and "APP" not in texts[-1], tail[:10]


def test_teasers_of_related_stories_end_the_article(tmp_path: Path) -> None:
    teasers = ("又见感冒药炼安毒 制毒工厂藏偏乡\n以感冒药炼制安毒手法又死灰复燃！检警调在高雄仁武区偏僻乡间破获制毒工厂...\n"
               "诈欺犯出庭欲脱逃 3法警即时制伏\n桃园地院今傍晚发生借提在押的谢姓诈欺犯在开庭时企图脱逃，还好3名法警追捕合力...\n")
    page = f"首页 > 社会\n士林民宅火警 无人受伤\n发布时间：2018-09-16\n{_LEAD}\n{_MORE}\n{teasers}"
    assert _texts(_write(tmp_path, page)) == [[_LEAD, _MORE]]


def test_a_bracketed_office_credit_after_the_lead_mark_is_the_byline(tmp_path: Path) -> None:
    for credit, byline in (("中国民生经济网讯(达州市防汛办)", "达州市防汛办"), ("本网讯(县交警大队 敖某某)", "县交警大队 敖某某")):
        (article,) = ingest_one(_write(tmp_path, f"首页 > 社会\n士林民宅火警 无人受伤\n{credit}{_LEAD}\n{_MORE}\n")).articles
        assert [p.text for p in article.passages] == [_LEAD, _MORE] and article.byline == byline

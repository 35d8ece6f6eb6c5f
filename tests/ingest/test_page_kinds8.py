"""Eighth round of page kinds: captions around the text, trade-site 消息 leads, 信息公开 tables in text, articles
printed twice, e-paper heads and tails, newsletters of undated briefs."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.documents import ingest_one
from tests.ingest.documents import passage_texts as _texts
from tests.ingest.documents import write_page as _write

_TITLE = "县开展人居环境整治 共建宜居美好家园"
_LEAD = "连日来，万灵镇在辖区开展“农村清洁周”活动，集中进行大扫除、大清洁、大整治。"
_MORE = "据了解，目前全镇96个小院已全部参与清洁活动，参与村民达2000余人次，共清理垃圾12吨。"


def test_a_caption_over_a_news_lead_and_a_caption_printed_twice_are_not_body(tmp_path: Path) -> None:
    caption = "在某小区，志愿者在向居民发放宣传资料。"
    page = (f"{_TITLE}\n在某小区，志愿者在清扫街道。\n某某网·某某客户端讯（通讯员 刘某）{_LEAD}\n"
            f"{_MORE} {caption}\n志愿者在向居民发放宣传资料。\n|\n关键词:某县,雷锋 |\n责任编辑:祝某某\n")
    (article,) = ingest_one(_write(tmp_path, page)).articles
    assert [p.text for p in article.passages] == [_LEAD, _MORE]


def test_a_trade_site_message_credit_opens_the_lead_and_is_no_headline(tmp_path: Path) -> None:
    page = f"烟草在线凌云消息 8月10日，某乡在乡烟站举行散烟收购开秤仪式。领导出席仪式。\n{_MORE}\n"
    (article,) = ingest_one(_write(tmp_path, page)).articles
    assert article.title is None
    assert article.passages[0].text == "8月10日，某乡在乡烟站举行散烟收购开秤仪式。领导出席仪式。"


def test_a_disclosure_table_copied_as_text_gives_the_headline_and_date(tmp_path: Path) -> None:
    page = ("索引号: | 113418210032869800/202507-00044 | 组配分类: | 回应关切 |\n发布机构: | 县水利局 | 主题分类: | 综合政务 |\n"
            f"名称: | {_TITLE} | 文号: | 无 |\n成文日期: | 发布日期: | 2025-07-24 | |\n{_LEAD}\n{_MORE}\n")
    (article,) = ingest_one(_write(tmp_path, page)).articles
    assert (article.title, article.published) == (_TITLE, "2025-07-24")


def test_an_article_printed_twice_is_one_article(tmp_path: Path) -> None:
    lead = f"本报讯 通讯员柳某报道 {_LEAD}"
    (article,) = ingest_one(_write(tmp_path, f"{_TITLE}\n{lead}\n{lead}\n")).articles
    assert [p.text for p in article.passages] == [_LEAD] and article.byline == "通讯员柳某"


def test_an_e_paper_head_gives_its_date_and_its_tails_are_chrome(tmp_path: Path) -> None:
    page = ("某区融媒体中心出版 刊号:(渝)2019526 本报热线:87339716 广告热线:87338686订阅热线:87338686\n\n"
            f"2024年02月21日\n\n万灵镇\n\n{_TITLE}\n\n本报讯(记者 张某){_LEAD}\n\n{_MORE}\n\n"
            "--> 2024-02-21 万灵镇 1 1 某某日报 content_19273.html 1 开展人居环境整治 /enpproperty-->\n"
            "2026-02-15,13100| 2026-02-14,13096| 2026-02-13,13088| 2026-02-12,13080|\n您的IE浏览器版本太低\n")
    (article,) = ingest_one(_write(tmp_path, page)).articles
    assert (article.title, article.published) == (_TITLE, "2024-02-21")
    assert [p.text for p in article.passages] == [_LEAD, _MORE]


def test_an_e_paper_page_line_is_no_main_title(tmp_path: Path) -> None:
    page = f"第07版:县区新闻 PDF版阅读\n\n{_TITLE}\n\n本报讯(记者 张某){_LEAD}\n\n{_MORE}\n"
    assert ingest_one(_write(tmp_path, page)).articles[0].title == _TITLE


def test_a_newsletter_of_undated_briefs_splits_into_them(tmp_path: Path) -> None:
    briefs = ["连日来，区领导分别深入区质量技术监督局、区文化局等单位，参加所到单位中心组学习。",
              "日前，区委副书记深入到大直沽街道和常州道街道，检查革除陋习工作。",
              "日前，区委副书记深入东局子小学和务实小学，视察规范校建设情况。",
              "日前，区委统战部被评为全国统战刊物宣传工作先进单位。"]
    assert _texts(_write(tmp_path, "\n".join(briefs) + "\n")) == [[b] for b in briefs]


def test_an_article_whose_later_paragraphs_open_on_recently_is_one_article(tmp_path: Path) -> None:
    page = f"{_TITLE}\n\n{_LEAD}\n\n近日，该镇又组织志愿者清理河道。\n\n{_MORE}\n"
    assert len(ingest_one(_write(tmp_path, page)).articles) == 1


def test_e_paper_tails_each_end_the_article(tmp_path: Path) -> None:
    for tail in ("2026-02-15,13100| 2026-02-14,13096| 2026-02-13,13088| 2026-02-12,13080|",
                 "您的IE浏览器版本太低，请升级后访问"):
        page = f"{_TITLE}\n\n本报讯(记者 张某){_LEAD}\n\n{_MORE}\n\n{tail}\n"
        assert _texts(_write(tmp_path, page)) == [[_LEAD, _MORE]], tail


def test_an_e_paper_imprint_line_is_chrome() -> None:
    from briefgen.ingest.split.pagelines import is_chrome_line

    assert is_chrome_line("某区融媒体中心出版 刊号:(渝)2019526 本报热线:87339716 广告热线:87338686")


def test_no_blocks_hold_no_twice_printed_caption() -> None:
    from briefgen.ingest.split.pagecaptions import captions_printed_twice

    assert captions_printed_twice([]) == []

"""Fragments a split leaves beside one article (a caption over the lead, a menu's remains) are no articles."""

from __future__ import annotations

from pathlib import Path

from briefgen.ingest.split.fragments import fragments_folded
from briefgen.ingest.split.segment import RawArticle
from tests.ingest.documents import ingest_one

LEAD = "本网讯（记者 张三）6月13日，某县文化馆联合开展丰富活动，迎接文化和自然遗产日。"
BODY = "活动现场，演出人员表演了鼓乐、高跷等节目，吸引众多群众观看。某县以非遗展演等形式让更多群众了解文化遗产。"


def _piece(*texts: str, title: str | None = None) -> RawArticle:
    return RawArticle(title=title, paragraphs=[(t, i + 1) for i, t in enumerate(texts)])


def test_a_caption_over_the_lead_and_a_menus_remains_are_the_articles_captions(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(f"导航\n沐鸣代理-\n标签云\n\n《鼓乐迎宾》节目演出\n\n{LEAD}\n{BODY}\n", encoding="utf-8")
    result = ingest_one(page)
    assert len(result.articles) == 1
    article = result.articles[0]
    assert article.passages[0].text.startswith("6月13日") or article.passages[0].text.startswith("本网讯")
    assert "《鼓乐迎宾》节目演出" not in "".join(p.text for p in article.passages)


def test_a_list_of_headlines_and_a_digests_short_items_stay_items() -> None:
    headlines = [_piece(f"全区第{n}项重点工作推进会召开") for n in "一二三"]
    article = _piece(LEAD, BODY)
    assert len(fragments_folded([*headlines, article])) == 4
    two = [_piece(LEAD, BODY), _piece("某镇召开会议"), _piece(BODY)]
    assert len(fragments_folded(two)) == 3  # two articles beside the short piece: a digest's item
    assert fragments_folded([_piece("某镇召开会议"), article]) == [article]
    assert article.captions == ["某镇召开会议"]
    titled = _piece("某镇召开会议", title="简讯")
    assert len(fragments_folded([titled, _piece(LEAD, BODY)])) == 2  # a titled item is no fragment


def test_paragraphs_opening_on_one_pattern_are_points_of_one_article_not_a_digest() -> None:
    from briefgen.ingest.split.headed import split_headed_items

    intro = "在三八国际妇女节到来之际，县妇联围绕主题组织开展了一系列纪念活动，取得了实实在在的效果。"
    points = ["舞出一个“美”字。组织举办了集体舞大赛，展示新时代女性风采。",
              "突出一个“法”字。开展法制宣传月活动，提高妇女的法制意识。",
              "宣扬一个“立”字。广泛宣传各条战线上的妇女榜样，引导建功立业。",
              "抓住一个“暖”字。以空巢老人为重点，开展送温暖志愿服务活动。",
              "植出一片“绿”字。组织各乡镇妇女群众植树造林，美化家园。"]
    assert len(split_headed_items([_piece(intro, *points)])) == 1
    digest = ["主城融合开启新征程。市委市政府召开大会，部署主城融合发展。",
              "高铁建设取得突破。西康高铁全线开工，建设进展顺利。",
              "脱贫成果持续巩固。全市守住了不发生规模性返贫的底线。",
              "营商环境再上台阶。全市推出一批改革举措，市场主体增长。",
              "城市更新全面提速。老旧小区改造惠及群众，城市面貌改观。"]
    assert len(split_headed_items([_piece(intro, *digest)])) == 1  # under a report's opening: its points
    listed = "2023年，全市砥砺前行。十件大事，为新一年积蓄了力量。"
    assert len(split_headed_items([_piece(listed, *digest)])) == 6
    assert len(split_headed_items([_piece(*digest)])) == 5  # no opening: a list from the top


def test_a_seven_character_headline_under_a_breadcrumb_is_the_title(tmp_path: Path) -> None:
    page = tmp_path / "short.txt"
    page.write_text("当前位置:首页 > 江苏 > 教育资讯\n\n招聘现场的喜悦\n\n春风送温暖，就业献真情。元宵节上午，某镇政府门前"
                    "一场招聘会正在举行。\n\n田间少闲月，二月人倍忙。很多人挤到招聘桌前。\n", encoding="utf-8")
    assert [a.title for a in ingest_one(page).articles] == ["招聘现场的喜悦"]


def test_a_headline_over_the_papers_name_and_date_is_the_title(tmp_path: Path) -> None:
    page = tmp_path / "epaper.txt"
    page.write_text("第二届全民健身篮球赛开赛\n某州日报\n2025年09月22日\n本报讯 9月19日，某县第二届全民健身篮球赛开赛。"
                    "本次赛事由县文旅局主办。\n开幕式结束后，比赛正式拉开帷幕。\n", encoding="utf-8")
    result = ingest_one(page)
    assert [a.title for a in result.articles] == ["第二届全民健身篮球赛开赛"]
    assert result.articles[0].published == "2025-09-22"


def test_numbered_photo_captions_of_a_gallery_are_captions_not_item_titles(tmp_path: Path) -> None:
    caption = "人口普查在行动（人人参与）"
    lines = [f"{caption}({n})" for n in range(1, 6)]
    page = tmp_path / "gallery.txt"
    page.write_text(f"{lines[0]}\n\n{LEAD}\n\n{lines[1]}\n\n{lines[2]}\n\n{BODY}\n\n{lines[3]}\n\n{lines[4]}\n",
                    encoding="utf-8")
    articles = ingest_one(page).articles
    assert len(articles) == 1
    assert not any(caption in p.text for p in articles[0].passages)
    assert articles[0].title is None or caption not in articles[0].title


def test_a_page_of_real_headlines_is_no_gallery() -> None:
    from briefgen.ingest.split.gallerynum import gallery_captions_joined

    items = [_piece(LEAD, title="某县召开会议"), _piece("现场(1)"), _piece("现场(2)"), _piece("现场(3)")]
    assert len(gallery_captions_joined(items)) == 4

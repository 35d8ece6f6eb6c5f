"""Sixth round of page kinds: a headline over a bare date line, summaries, credit lines, caption lines."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.documents import ingest_one
from tests.ingest.documents import write_page as _write

_LEAD = "3月3日，县市场监管局联合县公安局开展节前食品安全专项检查，全面排查各类隐患。"
_MORE = "检查组先后走访了12家超市和农贸市场，现场督促整改问题5处。"


def test_a_headline_with_commas_over_a_bare_date_line_is_the_title(tmp_path: Path) -> None:
    page = f"县多部门联合开展节前检查，守护“舌尖上的安全”\n2024-03-04\n{_LEAD}\n{_MORE}\n"
    article = ingest_one(_write(tmp_path, page)).articles[0]
    assert (article.title, article.published) == ("县多部门联合开展节前检查，守护“舌尖上的安全”", "2024-03-04")
    assert article.passages[0].text == _LEAD


def test_a_summary_paragraph_over_the_lead_is_not_the_body(tmp_path: Path) -> None:
    said = "10月22日至23日，县组织全体县级领导、各镇街主要负责人共计百余人，就各镇街今年以来的重点工作进行了综合观摩。"
    lead = f"县融媒体网（通讯员 王五）{said}"
    for page in (f"县对镇街重点工作进行综合观摩\n摘要：{said}\n{lead}\n{_MORE}\n",  # plain text
                 f"首页 > 要闻\n县对镇街重点工作进行综合观摩\n发布时间：2024-03-04\n摘要：{said}\n{lead}\n{_MORE}\n"):
        article = ingest_one(_write(tmp_path, page)).articles[0]
        assert [p.text for p in article.passages] == [lead, _MORE]


def test_a_bulleted_credit_line_over_the_lead_is_not_the_body(tmp_path: Path) -> None:
    page = f"首页 > 三农\n县秋收整地全面展开\n来源：县日报 2024-10-17 09:24\n□文/摄 张三 李四\n{_LEAD}\n{_MORE}\n"
    article = ingest_one(_write(tmp_path, page)).articles[0]
    assert [p.text for p in article.passages] == [_LEAD, _MORE]
    assert "张三" in (article.byline or "")


def test_a_site_welcome_banner_over_the_headline_is_chrome(tmp_path: Path) -> None:
    page = f"欢迎来到某某人才网!\n县行政大楼举行消防演练\n2014-04-19 08:17:55 阅读量:528 来源:某某人才网\n{_LEAD}\n{_MORE}\n"
    article = ingest_one(_write(tmp_path, page)).articles[0]
    assert (article.title, article.published) == ("县行政大楼举行消防演练", "2014-04-19")


def test_a_bare_date_line_over_a_source_line_is_the_page_date(tmp_path: Path) -> None:
    page = f"某某网 > 四川 > 特别报道\n县“清廉套餐”筑牢廉洁自律防线\n2022-02-25\n来源:某某报网\n{_LEAD}\n{_MORE}\n"
    result = ingest_one(_write(tmp_path, page))
    assert (result.articles[0].title, result.articles[0].published) == ("县“清廉套餐”筑牢廉洁自律防线", "2022-02-25")
    assert result.articles[0].source == "某某报网"


def test_caption_lines_in_a_text_that_opens_on_its_body_stay_in_one_article(tmp_path: Path) -> None:
    lead = "11月20日，省督查组在市、县领导陪同下，对全县秋季覆膜工作进行了督查，先后察看了三个乡镇的覆膜现场。"
    last = "会议要求，各乡镇要压实责任，确保秋季覆膜任务按时完成。"
    page = f"{lead}\n\n副县长张三讲话\n{_MORE}\n\n演练前开展人员培训\n{last}\n"
    articles = ingest_one(_write(tmp_path, page)).articles
    assert len(articles) == 1 and articles[0].title is None
    assert articles[0].passages[0].text == lead and articles[0].passages[-1].text == last


def test_untitled_notes_that_each_open_on_the_same_day_are_items(tmp_path: Path) -> None:
    notes = ["9月12日，市委党校调研组一行到镇农业产业示范园区开展调研。",
             "9月12日，镇召开基层治理工作推进会，部署网格化管理工作。",
             "为巩固脱贫攻坚成果，9月12日，镇组织包村干部下沉一线开展督导检查。",
             "9月12日，镇某村开展卫生整治行动，营造干净整洁的人居环境。"]
    articles = ingest_one(_write(tmp_path, "\n\n".join(notes) + "\n")).articles
    assert [a.text for a in articles] == notes


def test_a_spam_line_of_one_repeated_token_is_not_body(tmp_path: Path) -> None:
    spam = "好内容88好内容88好内容 好内容k好内容k注| 好内容k乐k城:好内容 |"
    page = f"马上注册，结交更多好友\n您需要 登录 才可以下载或查看\n{_LEAD}\n{spam}\n{_MORE}\n"
    article = ingest_one(_write(tmp_path, page)).articles[0]
    assert [p.text for p in article.passages] == [_LEAD, _MORE]

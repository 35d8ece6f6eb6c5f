"""Tenth round of page kinds (fresh10, fresh11): galleries over the body, e-paper stamps and page lines, sub-heads
of one reported article, headlines printed three times or inside table bars, stray copies over the info line."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.documents import ingest_one
from tests.ingest.documents import passage_texts as _texts
from tests.ingest.documents import write_page as _write

_TITLE = "余庆：公路养护忙"
_LEAD = ("春季是公路病害多发的季节，为确保道路安全畅通，余庆县紧扣“早准备、早部署、早落实”的工作主线，"
         "全面开启公路春季管理养护工作，各养护管理站明确责任、分工协作。")
_MORE = "截至目前，全县已清理边沟120公里，修补路面坑槽300余处，道路通行条件明显改善。"
_INFO = "2023年02月22日   来源:遵义网"


def test_a_gallery_of_captions_over_the_body_is_not_the_body(tmp_path: Path) -> None:
    captions = "工作人员对县域内农村公路进行养护管理。\n工作人员在清理枯枝、杂草。\n工作人员对排水沟渠进行清理疏通。\n"
    page = f"首页 > 余庆新闻 > 正文\n{_TITLE}\n{_INFO}\n{captions}{_LEAD}\n{_MORE}\n"
    assert _texts(_write(tmp_path, page)) == [[_LEAD, _MORE]]


def test_two_short_paragraphs_over_a_long_one_stay_the_body(tmp_path: Path) -> None:
    page = f"首页 > 余庆新闻 > 正文\n{_TITLE}\n{_INFO}\n2月21日，县公路局部署春季养护。\n局长张某出席。\n{_LEAD}\n"
    assert _texts(_write(tmp_path, page))[0][0] == "2月21日，县公路局部署春季养护。"


def test_an_e_paper_template_comment_gives_the_issue_date(tmp_path: Path) -> None:
    page = (f"某某时报社出版\n\n{_TITLE}\n\n本报讯（记者 何某） {_LEAD}\n\n{_MORE}\n\n"
            "--> 2020-10-26 1 1 某某时报 content_25699.html 1 余庆：公路养护忙 /enpproperty-->\n")
    (article,) = ingest_one(_write(tmp_path, page)).articles
    assert article.published == "2020-10-26" and [p.text for p in article.passages] == [_LEAD, _MORE]


def test_credit_and_site_ad_lines_end_the_article(tmp_path: Path) -> None:
    for tail in ("文字、摄影：李某某 责任编辑：魏某某 核稿：赵某", "新美官网：http://www.example.com"):
        page = f"{_TITLE}\n\n{_INFO}\n\n{_LEAD}\n\n{_MORE}\n\n{tail}\n"
        assert _texts(_write(tmp_path, page)) == [[_LEAD, _MORE]], tail


def test_a_reading_of_several_syllables_leaves_the_text() -> None:
    from briefgen.ingest.clean.repair import repair_text

    assert repair_text("扬子晚报(yángziwǎnbào)网讯，用实际行动(shíjìxíngdòng)守护平安") == "扬子晚报网讯，用实际行动守护平安"


def test_a_headline_printed_three_times_and_its_sub_heads_make_one_article(tmp_path: Path) -> None:
    title = "下车派出所：“平安夜巡” 让安全守护看得见"
    lead = "扬子晚报网6月25日讯（通讯员 杨某 记者 孙某）每当夜幕降临，白日的喧嚣渐渐褪去，但有一盏灯始终亮着。"
    section = "“晚上出来散步，都能看见警车巡逻，心里特别踏实!”家住商业街的老李笑着说道。"
    page = f"{title}\n{title}\n{title}\n{lead}\n科学布防 织密巡逻防控“安全网”\n{section}\n"
    (article,) = ingest_one(_write(tmp_path, page)).articles
    assert article.title == title and [p.text for p in article.passages][-1] == section


def test_dated_items_under_their_headlines_stay_items(tmp_path: Path) -> None:
    page = ("县委召开常委会会议\n3月5日，县委召开常委会会议，研究部署近期重点工作。\n"
            "县政府召开常务会议\n3月6日，县政府召开常务会议，研究春耕生产工作。\n")
    assert len(ingest_one(_write(tmp_path, page)).articles) == 2


def test_an_e_paper_date_over_its_page_line_and_a_keyword_spam_line_over_them(tmp_path: Path) -> None:
    page = ("某某中文字幕在线观看_某某一区二区三区四区_某某资源免费国产在线_某某免费视频\n\n2025年02月11日\n"
            f"第03版:沈丘新闻 PDF版\n\n{_TITLE}\n\n植树现场一派火热景象。\n\n本报讯(记者 高某 文/图) {_LEAD}\n\n{_MORE}\n")
    (article,) = ingest_one(_write(tmp_path, page)).articles
    assert (article.title, article.published) == (_TITLE, "2025-02-11")
    assert [p.text for p in article.passages] == [_LEAD, _MORE]


def test_a_headline_between_table_bars_is_the_headline(tmp_path: Path) -> None:
    page = f"| 唐县迷城乡: 文明劝导在行动 安全出行入人心 |\n| 发布时间:2026-01-20 信息发布人:管理员 |\n|\n{_LEAD}\n{_MORE}\n"
    (article,) = ingest_one(_write(tmp_path, page)).articles
    assert (article.title, article.published) == ("唐县迷城乡：文明劝导在行动 安全出行入人心", "2026-01-20")


def test_a_stray_copy_of_a_paragraph_over_the_info_line_is_not_the_start(tmp_path: Path) -> None:
    page = f"{_MORE}{_MORE}\n新闻中心\n站内搜索 |\n新闻中心 整治校园周边环境\n发布时间:2021-02-13 浏览次数:63 返回列表\n{_LEAD}\n{_MORE}{_MORE} |\n"
    (article,) = ingest_one(_write(tmp_path, page)).articles
    assert article.passages[0].text == _LEAD and article.published == "2021-02-13"


def test_a_labelled_date_beats_the_day_widget_over_it(tmp_path: Path) -> None:
    page = f"2023年11月5日 星期天\n首页 > 教育新闻\n{_TITLE}\n发布时间:2017-06-19 08:54:13  来源:教育局\n{_LEAD}\n{_MORE}\n"
    assert ingest_one(_write(tmp_path, page)).articles[0].published == "2017-06-19"


def test_short_lines_that_open_differently_are_text_not_a_gallery(tmp_path: Path) -> None:
    lines = "最近，县里一位快递小哥火了。\n在一家医院门口，他每天接送医护人员。\n搭地铁去坐邮轮玩转东南亚！\n"
    page = f"首页 > 余庆新闻 > 正文\n{_TITLE}\n{_INFO}\n{lines}{_LEAD}\n"
    assert _texts(_write(tmp_path, page))[0][0] == "最近，县里一位快递小哥火了。"


def test_briefs_under_headlines_each_with_a_bracketed_credit_stay_items(tmp_path: Path) -> None:
    page = ("省市知名作家到商城县采风\n\n本报讯(商 闻)近日,省市知名作家20余人到商城县进行为期3天的采风活动。\n\n"
            "潢川整治非法载客营运三轮车成效显著\n\n本报讯(邬 盛)潢川县采取多项措施整治非法载客营运三轮车。\n")
    assert len(ingest_one(_write(tmp_path, page)).articles) == 2


def test_short_exclamations_that_open_alike_are_text_not_a_gallery() -> None:
    from briefgen.ingest.split.pagecaptions import lead_after_captions

    texts = ["我们的邮轮母港要开港了！", "我们的免税城也要开门了！", _LEAD]
    assert lead_after_captions(texts, 0) == 0
    assert lead_after_captions(["工作人员在清理杂草。", "工作人员在疏通沟渠。", _LEAD], 0) == 2


def test_a_keyword_line_whose_middle_phrase_ends_like_a_site_is_still_keywords() -> None:
    from briefgen.ingest.split.pagelines import is_keyword_line

    assert is_keyword_line("某某中文字幕在线观看_某某一区二区三区四区_某某资源免费国产在线_某某免费视频")

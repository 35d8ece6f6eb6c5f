"""Fourth round of page kinds: a one-line menu bar, bracketed lead credits, titled weekly chronicles, 更多>> link lists."""

from __future__ import annotations

from pathlib import Path

from briefgen.ingest.split.pagelines import is_chrome_line
from tests.ingest.documents import ingest_one
from tests.ingest.documents import write_page as _write


def test_a_menu_bar_on_one_line_is_chrome_and_opens_no_article(tmp_path: Path) -> None:
    for menu in ("首页 新闻中心 政务要闻", "首 页 区县招商 产业园区 企业选址 新闻中心"):
        page = (f"{menu}\n县政府召开第二次常务会议\n"
                "3月3日，县政府召开第二次常务会议，研究讨论春耕生产和项目建设等七项议题。\n"
                "会议要求，各部门要抓好项目前期工作，确保项目按时开工。\n")
        articles = ingest_one(_write(tmp_path, page)).articles
        assert [a.title for a in articles] == ["县政府召开第二次常务会议"], menu
        assert articles[0].text.startswith("3月3日，县政府召开")


def test_a_headline_of_short_phrases_is_no_menu_bar() -> None:
    assert is_chrome_line("首页 新闻中心 政务要闻")
    assert not is_chrome_line("抓党建 促发展 惠民生")  # short phrases without the home link
    assert not is_chrome_line("首页 设计 获奖，群众 点赞 不断")  # punctuation: a sentence, no menu


_WEEK = ("1月22日，县政协召开常务委员会会议，审议通过全体会议议程和日程。\n"
         "1月22日，县长主持召开重点项目推进会议，听取项目手续办理情况汇报。\n"
         "1月23日，县长与企业负责人座谈交流，双方就深化合作等事宜进行洽谈。\n")


def test_a_weekly_chronicle_by_its_headline_gives_an_item_per_dated_paragraph(tmp_path: Path) -> None:
    page = f"全县2024年壹周大事记（第四期）\n发布日期：2024-02-04 15:18 来源：档案史志馆\n{_WEEK}"
    articles = ingest_one(_write(tmp_path, page)).articles
    assert [a.text[:6] for a in articles] == ["1月22日，", "1月22日，", "1月23日，"]


def test_dated_paragraphs_on_two_days_under_a_news_headline_stay_one_article(tmp_path: Path) -> None:
    page = f"县领导督导重点项目建设\n发布日期：2024-02-04 15:18 来源：县政府办\n{_WEEK}"
    articles = ingest_one(_write(tmp_path, page)).articles
    assert len(articles) == 1


def test_a_bracketed_reporter_credit_is_the_byline_never_a_column(tmp_path: Path) -> None:
    page = ("【全媒体记者 王五】6月30日，县委书记主持召开县委常委会会议，传达学习上级会议精神。\n"
            "会议研究确定了年度考核优秀等次人员。\n审议了学校建设规划方案。\n请输入验证码\n")
    article = ingest_one(_write(tmp_path, page)).articles[0]
    assert (article.byline, article.column) == ("全媒体记者 王五", None)
    assert article.text.startswith("6月30日，县委书记")


def test_a_column_box_with_its_more_link_ends_the_body_name_and_all(tmp_path: Path) -> None:
    page = ("热门关键词：主播互动\n\n区领导调研镇年度工作\n\n时间:2022-11-25 19:38:22  来源:区新闻  作者:区新闻网\n"
            "昨天下午，区领导带队调研镇年度工作，强调要理思路、抓重点、明方向。\n"
            "区领导强调，要以队伍建设为抓手，提升推动发展能力。\n\n"
            "区新闻\n\n更多>>\n\n区新闻20221125\n\n区新闻20221124\n\n区新闻20221123\n")
    article = ingest_one(_write(tmp_path, page)).articles[0]
    assert article.text.endswith("提升推动发展能力。")


def test_image_file_names_left_by_photos_are_not_text(tmp_path: Path) -> None:
    page = ("镇里开展政府开放日活动\n发布时间:2021-10-31    来源:大庄镇   点击数:\n\n"
            "为深入贯彻政府信息公开条例，镇里组织开展政府开放日活动。\n\n"
            "e8613aa11afbf61cc3ced952ae3c9b1.jpg\n\n"
            "10月30日，镇政府邀请人大代表和群众代表参观便民服务中心。\n\n微信图片_20211125163231.jpg\n\n"
            "代表们到会议室召开座谈会，提出意见建议。\n\n640 (1).jpg\n\n【关闭窗口】\n")
    article = ingest_one(_write(tmp_path, page)).articles[0]
    assert ".jpg" not in article.text
    assert article.text.split("\n")[1].startswith("10月30日，镇政府")
    assert is_chrome_line("640.jpg") and not is_chrome_line("图片展示了新建成的.jpg格式档案系统。")


def test_credit_lines_closing_the_body_are_the_byline_not_text(tmp_path: Path) -> None:
    body = ("本报讯 10月29日上午，镇里与企业共建的光伏帮扶项目举行奠基仪式。\n"
            "仪式结束后，参加人员察看了低收入农户安装的光伏发电基站。\n")
    for credit, byline in (("（吉战顺）", "吉战顺"), ("供稿：县委办\n二审：王五", "供稿：县委办"),
                           ("（新闻来源：县融媒体中心 转载：马文） |", "新闻来源：县融媒体中心 转载：马文")):
        article = ingest_one(_write(tmp_path, f"镇企共建光伏帮扶项目奠基\n{body}{credit}\n")).articles[0]
        assert article.text.endswith("光伏发电基站。"), credit
        assert article.byline == byline, credit
    article = ingest_one(_write(tmp_path, f"镇企共建光伏帮扶项目奠基\n{body}（未完待续）\n")).articles[0]
    assert article.byline is None


def test_sections_marked_with_arrows_are_items_of_a_round_up(tmp_path: Path) -> None:
    page = ("镇街一周看点\n这一周，各镇街聚焦高质量发展目标，推动各项工作落地见效。\n"
            "开发区\n>>>狠抓工程进度 办好便民实事\n"
            "11月5日，街道党工委书记带队督查便民服务中心工程建设情况，并提出具体要求。\n"
            "高新区\n>>>务实举措促发展 蓄势聚能\n"
            "11月6日，街道召开企业座谈会，听取企业发展中的困难和建议。\n")
    articles = ingest_one(_write(tmp_path, page)).articles
    sections = [(a.title, a.column) for a in articles if a.title != "镇街一周看点"]
    assert sections == [("狠抓工程进度 办好便民实事", "开发区"), ("务实举措促发展 蓄势聚能", "高新区")]

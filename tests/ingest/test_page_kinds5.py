"""Fifth round of page kinds: column names over headlines, stacked info lines, login boxes, photo credits."""

from __future__ import annotations

from pathlib import Path

from briefgen.ingest.split.pagelines import is_chrome_line, is_tail_line
from briefgen.ingest.split.vocab import vocab
from tests.ingest.documents import ingest_one
from tests.ingest.documents import write_page as _write

_BODY = ("3月3日，县人大常委会组织部分代表视察农村公路建设情况，听取了交通部门的工作汇报。\n"
         "代表们建议，要加大养护投入，确保道路安全畅通。\n")


def test_a_short_column_name_over_the_headline_is_the_column_not_an_article(tmp_path: Path) -> None:
    page = f"代表工作\n县人大常委会组织代表视察农村公路建设\n{_BODY}"
    articles = ingest_one(_write(tmp_path, page)).articles
    assert [(a.title, a.column) for a in articles] == [("县人大常委会组织代表视察农村公路建设", "代表工作")]
    assert articles[0].text.startswith("3月3日，县人大")


def test_a_headline_over_its_subtitle_stays_the_headline(tmp_path: Path) -> None:
    page = f"县人大常委会召开会议\n视察农村公路建设情况\n本报讯（记者 王五）{_BODY}"
    articles = ingest_one(_write(tmp_path, page)).articles
    assert len(articles) == 1 and articles[0].column is None
    assert (articles[0].title or "").startswith("县人大常委会召开会议")


def test_an_info_line_stacked_over_lines_gives_its_date_and_source(tmp_path: Path) -> None:
    page = f"县人大常委会组织代表视察农村公路建设\n来源：县融媒体中心\n发布时间：2023年03月04日\n{_BODY}"
    article = ingest_one(_write(tmp_path, page)).articles[0]
    assert (article.published, article.source) == ("2023-03-04", "县融媒体中心")


def test_a_login_box_after_the_body_is_page_chrome(tmp_path: Path) -> None:
    page = f"县人大常委会组织代表视察农村公路建设\n{_BODY}用户登录\n还没有账号?\n立即注册\n"
    articles = ingest_one(_write(tmp_path, page)).articles
    assert [a.title for a in articles] == ["县人大常委会组织代表视察农村公路建设"]
    assert articles[0].text.rstrip().endswith("确保道路安全畅通。")


_MEETING = ("3月3日上午，县长主持召开县政府常务会议，研究审议有关事项。\n\n县融媒体中心供图\n"
            "会议强调，各部门要抓好春耕生产，确保粮食面积稳定。\n"
            "会议要求，要加快项目建设进度，确保按期完工。\n\n县融媒体中心供图\n"
            "会议还研究了其他事项。\n")


def test_an_office_photo_credit_is_a_caption_and_keeps_the_lead_above_the_photo(tmp_path: Path) -> None:
    for credit in ("县融媒体中心供图", "供图：县融媒体中心", "图/李四"):
        articles = ingest_one(_write(tmp_path, _MEETING.replace("县融媒体中心供图", credit))).articles
        assert len(articles) == 1, credit
        assert articles[0].text.startswith("3月3日上午，县长主持召开")
        assert credit not in articles[0].text and articles[0].captions == [credit] * 2


def test_a_caption_right_above_its_credit_is_still_taken_with_it(tmp_path: Path) -> None:
    page = f"县人大常委会组织代表视察农村公路建设\n{_BODY}代表们在现场察看道路养护情况。\n县融媒体中心供图\n"
    article = ingest_one(_write(tmp_path, page)).articles[0]
    assert article.captions == ["代表们在现场察看道路养护情况。 县融媒体中心供图"]
    assert "察看道路养护" not in article.text


def test_a_scene_caption_glued_inside_a_paragraph_is_cut_out_and_kept_as_a_caption(tmp_path: Path) -> None:
    page = ("县举行重点项目集中开工仪式，县长出席并致辞，签约仪式现场李明摄据了解，当天共开工项目十二个，"
            "总投资三十亿元，涵盖基础设施、产业和民生等领域。\n")
    article = ingest_one(_write(tmp_path, page)).articles[0]
    assert "李明摄" not in article.text and "致辞，据了解，当天" in article.text
    assert article.captions == ["签约仪式现场李明摄"]


def test_prose_about_filming_at_a_scene_keeps_its_words(tmp_path: Path) -> None:
    page = ("县举行重点项目集中开工仪式，县长出席并致辞，活动现场记者拍摄了开工画面，当天共开工项目十二个，"
            "总投资三十亿元，涵盖基础设施、产业和民生等领域。\n")
    article = ingest_one(_write(tmp_path, page)).articles[0]
    assert "活动现场记者拍摄了开工画面" in article.text and article.captions == []


_TOUR = ("省领导在县调研生态保护工作\n3月21日，省领导赴县调研生态保护和防汛准备工作，察看了沿江污水处理设施。\n"
         "调研中，省领导主持召开座谈会，听取了县里的工作汇报，强调要抓好生态保护。\n"
         "县领导参加调研。（日报 记者王五）\n省领导察看沿江污水处理设施。\n省领导在茶叶专业合作社调研。\n")


def test_short_captions_after_the_reporter_credit_up_to_a_group_photo_credit_leave_the_body(tmp_path: Path) -> None:
    page = f"{_TOUR}省领导主持召开座谈会。（图片由日报记者李四摄）\n"
    article = ingest_one(_write(tmp_path, page)).articles[0]
    assert article.text.rstrip().endswith("县领导参加调研。（日报 记者王五）")
    assert article.captions[:3] == ["省领导察看沿江污水处理设施。", "省领导在茶叶专业合作社调研。",
                                    "省领导主持召开座谈会。（图片由日报记者李四摄）"]


def test_short_sentences_after_a_reporter_credit_without_a_photo_credit_stay(tmp_path: Path) -> None:
    article = ingest_one(_write(tmp_path, _TOUR)).articles[0]
    assert article.text.rstrip().endswith("省领导在茶叶专业合作社调研。") and article.captions == []


def test_short_sentences_over_a_group_photo_credit_without_a_reporter_credit_stay(tmp_path: Path) -> None:
    page = _TOUR.replace("（日报 记者王五）", "") + "省领导主持召开座谈会。（图片由日报记者李四摄）\n"
    article = ingest_one(_write(tmp_path, page)).articles[0]
    assert "省领导察看沿江污水处理设施。" in article.text


def test_a_slashed_date_line_is_no_breadcrumb() -> None:
    assert not is_chrome_line("2023/02/01") and is_chrome_line("首页/新闻中心/政务要闻")


def _record(day: str, text: str) -> str:
    return f"{day}\n会议摘要：{text}\n"


def test_date_lines_each_over_a_record_open_an_item_apiece(tmp_path: Path) -> None:
    page = ("县政府常务会议制度：常务会议由县长、副县长组成，由县长召集和主持。\n"
            + _record("2023/02/01", "1月31日下午，县长主持召开县政府常务会议，研究春耕生产等工作。")
            + _record("2023/01/10", "1月6日，县长主持召开县政府常务会议，研究乡村建设行动等工作。")
            + _record("2022/12/25", "12月24日下午，县长主持召开县政府常务会议，研究年度预算草案。"))
    articles = ingest_one(_write(tmp_path, page)).articles
    assert [a.published for a in articles[-3:]] == ["2023-02-01", "2023-01-10", "2022-12-25"]
    assert "1月6日，县长主持" in articles[-2].text and "12月24日" not in articles[-2].text


def test_one_date_line_under_a_headline_opens_no_record(tmp_path: Path) -> None:
    page = f"县人大常委会组织代表视察农村公路建设\n2023/03/04\n{_BODY}代表们表示，将持续关注农村公路养护。\n"
    articles = ingest_one(_write(tmp_path, page)).articles
    assert len(articles) == 1 and articles[0].published == "2023-03-04"


def test_two_date_lines_between_paragraphs_make_no_list_of_records(tmp_path: Path) -> None:
    page = (f"县人大常委会组织代表视察农村公路建设\n{_BODY}2023/03/04\n代表们表示，将持续关注农村公路养护工作。\n"
            "2023/03/05\n县交通运输局表示，将认真研究代表们提出的意见建议。\n")
    assert len(ingest_one(_write(tmp_path, page)).articles) == 1


def test_date_lines_under_headlines_and_subtitles_stay_their_articles_datelines(tmp_path: Path) -> None:
    page = "".join(f"# 县{name}工作综述\n\n——县{name}工作纪实\n\n2021-12-{day}\n\n{_BODY}\n"
                   for day, name in (("29", "民政"), ("30", "教育"), ("31", "交通")))
    articles = ingest_one(_write(tmp_path, page, "digest.md")).articles
    assert [a.published for a in articles] == ["2021-12-29", "2021-12-30", "2021-12-31"]


def test_date_lines_under_link_titles_do_not_cut_the_list_into_records(tmp_path: Path) -> None:
    links = "".join(f"县{name}工作会议召开\n2023/02/0{day}\n" for day, name in (("1", "民政"), ("2", "教育"), ("3", "交通")))
    page = f"县人大常委会组织代表视察农村公路建设\n{_BODY}{links}以上为本周会议信息。\n"
    articles = ingest_one(_write(tmp_path, page)).articles
    holding = [a for a in articles if "县民政工作会议召开" in a.text]
    assert len(holding) == 1 and "县教育工作会议召开" in holding[0].text


def test_a_forum_threads_title_over_its_copy_link_button_is_the_headline_without_its_board_tag(tmp_path: Path) -> None:
    profile = "\n".join(["来自", "江苏", "精华", "2", "主题", "帖子", "积分", "20650", "IP属地:江苏省苏州市"])
    page = ("找回密码\n注册\n[县区动态] 县人大常委会组织代表视察农村公路建设\n\n[复制链接]\n"
            f"{profile}\n发表于 江苏省苏州市 2023-3-4 22:29:55 来自手机 | 显示全部楼层 |阅读模式\n{_BODY}")
    article = ingest_one(_write(tmp_path, page)).articles[0]
    assert (article.title, article.published) == ("县人大常委会组织代表视察农村公路建设", "2023-03-04")
    assert article.text.startswith("3月3日，县人大")


_VISIT = ("县领导调研重点项目建设\n1月11日上午，县长带队调研重点项目建设情况，现场协调解决项目推进中的困难和问题。\n{}\n"
          "县长强调，各部门要抓好项目建设，确保项目按期完工、早日见效。\n")


def test_photo_caption_lines_between_paragraphs_are_captions_never_titles(tmp_path: Path) -> None:
    for caption in ("图为县领导在项目现场调研。", "图：县领导在项目现场调研", "（图为县领导在项目现场调研）",
                    "图片来源：网络", "图片由县委宣传部提供", "县领导在项目现场调研 李四 摄"):
        articles = ingest_one(_write(tmp_path, _VISIT.format(caption))).articles
        assert [(a.title, a.captions) for a in articles] == [("县领导调研重点项目建设", [caption])], caption
        assert articles[0].text.startswith("1月11日上午") and "县长强调" in articles[0].text


def test_a_caption_line_over_its_credit_line_is_taken_up_by_the_credit(tmp_path: Path) -> None:
    article = ingest_one(_write(tmp_path, _VISIT.format("图为县领导在项目现场调研。\n李四 摄"))).articles[0]
    assert article.captions == ["图为县领导在项目现场调研。 李四 摄"]


def test_a_labelled_photo_credit_names_a_person_after_图_and_an_office_after_供图() -> None:
    credit = vocab().caption_credit
    assert credit.match("图/李四") and credit.match("供图：县委宣传部新闻科")
    assert not credit.match("图：县领导在项目现场调研") and not credit.match("图/文李四")


def test_a_caption_line_between_headline_and_info_line_is_never_the_headline(tmp_path: Path) -> None:
    page = ("首页 > 新闻 > 县区动态\n县领导调研重点项目建设\n图为县领导在项目现场调研\n发布时间：2023-03-04 来源：县融媒体中心\n"
            "1月11日上午，县长带队调研重点项目建设情况，现场协调解决项目推进中的困难和问题。\n")
    assert ingest_one(_write(tmp_path, page)).articles[0].title == "县领导调研重点项目建设"


_SHORT = ("县领导调研重点项目建设\n1月11日上午，县长带队调研重点项目建设情况，现场协调解决项目推进中的困难和问题。\n"
          "县长强调，各部门要抓好项目建设，确保项目按期完工、早日见效。\n")


def test_an_app_or_account_pages_tail_lines_end_the_body(tmp_path: Path) -> None:
    for tail in ("阅读 1234", "点赞 12", "写评论", "打开APP", "点击查看原文", "（完）", "举报/反馈", "扫码关注我们"):
        articles = ingest_one(_write(tmp_path, f"{_SHORT}{tail}\n")).articles
        assert len(articles) == 1 and articles[0].text.rstrip().endswith("早日见效。"), tail


def test_production_credits_at_the_end_leave_the_body(tmp_path: Path) -> None:
    for credit in ("监制：王五", "文字：张三 图片：李四", "策划：赵六"):
        article = ingest_one(_write(tmp_path, f"{_SHORT}{credit}\n")).articles[0]
        assert article.text.rstrip().endswith("早日见效。"), credit


def test_a_paragraph_opening_with_a_counter_word_stays_body(tmp_path: Path) -> None:
    page = f"{_SHORT}评论员文章指出，要把项目建设作为经济工作的重中之重，持续用力抓好落实。\n"
    assert "评论员文章指出" in ingest_one(_write(tmp_path, page)).articles[0].text


def test_a_font_size_widget_inside_the_info_line_is_read_past(tmp_path: Path) -> None:
    page = f"县领导调研重点项目建设\n【字体：大 中 小】 2023年03月04日 来源：县政府\n{_SHORT.split(chr(10), 1)[1]}"
    article = ingest_one(_write(tmp_path, page)).articles[0]
    assert (article.title, article.published) == ("县领导调研重点项目建设", "2023-03-04")


def test_a_two_step_path_with_an_arrow_is_a_breadcrumb_and_a_date_over_the_body_the_pages_date(tmp_path: Path) -> None:
    assert is_chrome_line("政务动态 > 县区动态") and not is_chrome_line("投资额 > 10亿元")
    page = f"政务动态 > 县区动态\n县领导调研重点项目建设\n2023-03-04\n{_SHORT.split(chr(10), 1)[1]}"
    articles = ingest_one(_write(tmp_path, page)).articles
    assert [(a.title, a.published) for a in articles] == [("县领导调研重点项目建设", "2023-03-04")]


_ROUNDUP = ("本周要闻\n1.县政府召开常务会议\n3月3日，县长主持召开县政府常务会议，研究春耕生产等工作。\n"
            "2.县人大常委会视察农村公路\n3月4日，县人大常委会组织代表视察农村公路建设情况。\n"
            "3.县政协召开主席会议\n3月5日，县政协召开主席会议，研究年度协商计划。\n")


def test_numbered_headlines_each_over_a_news_lead_are_the_items_of_a_round_up(tmp_path: Path) -> None:
    articles = ingest_one(_write(tmp_path, _ROUNDUP)).articles
    assert [(a.title, a.column) for a in articles] == [
        ("县政府召开常务会议", "本周要闻"), ("县人大常委会视察农村公路", "本周要闻"), ("县政协召开主席会议", "本周要闻")]
    assert articles[1].text.startswith("3月4日，县人大")


def test_numbered_sections_of_a_report_stay_one_article(tmp_path: Path) -> None:
    page = ("关于全县春耕生产工作的报告\n一、基本情况\n今年全县计划播种粮食作物五十万亩，目前已完成备耕任务。\n"
            "二、主要做法\n县农业农村局组织技术人员深入田间地头，指导农户科学备耕。\n")
    assert len(ingest_one(_write(tmp_path, page)).articles) == 1


def test_an_item_above_the_first_numbered_headline_stays_an_article_of_its_own(tmp_path: Path) -> None:
    page = _ROUNDUP.replace("本周要闻\n", "3月2日，县委书记赴工业园区调研，强调要抓好项目建设，推动园区高质量发展。\n")
    articles = ingest_one(_write(tmp_path, page)).articles
    assert len(articles) == 4 and articles[0].text.startswith("3月2日，县委书记")
    assert "3月3日" not in articles[0].text


def test_a_byline_line_under_the_headline_in_any_usual_form_is_the_byline(tmp_path: Path) -> None:
    body = _SHORT.split("\n", 1)[1]
    for line, byline in (("县融媒体中心记者 张三 李四", "县融媒体中心记者 张三 李四"), ("记者：张三　通讯员：李四", "记者：张三　通讯员：李四"),
                         ("（记者 张三）", "记者 张三")):
        articles = ingest_one(_write(tmp_path, f"县领导调研重点项目建设\n{line}\n{body}")).articles
        assert [(a.title, a.byline) for a in articles] == [("县领导调研重点项目建设", byline)], line
        assert articles[0].text.startswith("1月11日上午")


def test_government_site_footer_lines_end_the_body(tmp_path: Path) -> None:
    for tail in ("分享至：", "网站声明", "您是第1234位访问者", "发布者：县政府办", "相关附件：", "政府网站标识码：1234567890",
                 "Produced By 网络公司", "本站由县政府办公室主办"):
        articles = ingest_one(_write(tmp_path, f"{_SHORT}{tail}\n")).articles
        assert len(articles) == 1 and articles[0].text.rstrip().endswith("早日见效。"), tail


def test_a_menu_whose_last_word_reads_like_a_bulletin_name_is_no_masthead(tmp_path: Path) -> None:
    page = f"网站首页\n政务公开\n新闻中心\n县区动态\n县领导调研重点项目建设\n2023-03-04\n{_SHORT.split(chr(10), 1)[1]}"
    result = ingest_one(_write(tmp_path, page))
    assert result.masthead is None
    assert [(a.title, a.published) for a in result.articles] == [("县领导调研重点项目建设", "2023-03-04")]


def test_a_bulletin_masthead_is_still_a_masthead(tmp_path: Path) -> None:
    page = "县区动态\n2023年3月4日\n县领导调研重点项目建设\n" + _SHORT.split("\n", 1)[1] + "责任编辑：张三\n"
    result = ingest_one(_write(tmp_path, page))
    assert result.masthead is not None and result.masthead.name == "县区动态"


def test_a_headline_and_its_date_on_one_line_give_both_but_an_outlet_beside_a_date_is_the_source(tmp_path: Path) -> None:
    body = _SHORT.split("\n", 1)[1]
    article = ingest_one(_write(tmp_path, f"县领导调研重点项目建设 2023-03-04\n{body}")).articles[0]
    assert (article.title, article.published) == ("县领导调研重点项目建设", "2023-03-04")
    article = ingest_one(_write(tmp_path, f"首页 > 新闻 > 县区动态\n宁化县融媒体中心 2023-03-04\n{body}")).articles[0]
    assert (article.title, article.source, article.published) == (None, "宁化县融媒体中心", "2023-03-04")


def test_pagination_return_links_and_end_marks_end_the_body(tmp_path: Path) -> None:
    for tail in ("1 2 3 下一页", "第1页 共2页", "[1] [2] [3]", "<< 返回列表", "〖打印此文〗〖关闭窗口〗", "-END-"):
        articles = ingest_one(_write(tmp_path, f"{_SHORT}{tail}\n")).articles
        assert len(articles) == 1 and articles[0].text.rstrip().endswith("早日见效。"), tail


def test_a_line_of_figures_is_no_pagination() -> None:
    assert not is_tail_line("12 35 47") and not is_tail_line("1") and is_tail_line("1 2 3 下一页")


def test_an_account_articles_stamp_line_and_tail_are_read_as_such(tmp_path: Path) -> None:
    page = (f"县领导调研重点项目建设\n原创 县融媒体中心 平利发布 2023-03-04 18:00 发表于陕西\n{_SHORT.split(chr(10), 1)[1]}"
            "预览时标签不可点\n阅读原文\n")
    articles = ingest_one(_write(tmp_path, page)).articles
    assert [(a.title, a.published) for a in articles] == [("县领导调研重点项目建设", "2023-03-04")]
    assert articles[0].text.rstrip().endswith("早日见效。")


def test_a_headline_loses_its_media_mark_and_the_site_name_joined_after_it(tmp_path: Path) -> None:
    body = _SHORT.split("\n", 1)[1]
    closing = "县领导调研重点项目建设（组图）"  # a closing mark is the headline as printed (the briefing's gate drops it)
    assert ingest_one(_write(tmp_path, f"首页 > 新闻 > 县区动态\n{closing}\n发布时间：2023-03-04\n{body}")).articles[
        0].title == closing
    for head in ("【视频】县领导调研重点项目建设", "县领导调研重点项目建设_平利县人民政府",
                 "县领导调研重点项目建设 - 平利新闻网"):
        article = ingest_one(_write(tmp_path, f"首页 > 新闻 > 县区动态\n{head}\n发布时间：2023-03-04\n{body}")).articles[0]
        assert article.title == "县领导调研重点项目建设", head
    kept = "2023-2024学年全县教育工作会议召开"
    assert ingest_one(_write(tmp_path, f"首页 > 新闻 > 县区动态\n{kept}\n发布时间：2023-03-04\n{body}")).articles[0].title == kept


def test_an_account_articles_author_line_is_never_joined_to_the_headline(tmp_path: Path) -> None:
    page = f"县领导调研重点项目建设\n县融媒体中心 平利发布\n2023年03月04日 18:00 陕西\n{_SHORT.split(chr(10), 1)[1]}"
    assert ingest_one(_write(tmp_path, page)).articles[0].title == "县领导调研重点项目建设"
    page = f"抓党建 促发展 惠民生\n2023年03月04日 18:00 县融媒体中心\n{_SHORT.split(chr(10), 1)[1]}"
    assert ingest_one(_write(tmp_path, page)).articles[0].title == "抓党建 促发展 惠民生"

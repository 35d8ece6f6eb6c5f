"""Web pages (copied text and saved HTML): one article, its headline and date, no site chrome."""

from __future__ import annotations

from pathlib import Path

from briefgen.ingest.split.page import frame_page
from briefgen.ingest.split.pageinfo import page_info
from briefgen.ingest.split.pagelines import is_chrome_line, is_headline, is_tail_line
from briefgen.readers.base import Block
from tests.ingest.documents import ingest_one

BODY_1 = "4月22日，市长主持召开市政府2021年第6次常务会议，分析一季度全市经济运行情况，安排部署下一步工作。"
BODY_2 = "会议指出，各县区、各部门要切实增强加快高质量发展的紧迫感，找准工作弱项，采取过硬措施，确保目标任务双过半。"
BODY_3 = "会议要求，要进一步深化放管服改革，明确目标任务，夯实工作责任，切实抓好群众关心的民生实事。"
TITLE = "宝鸡市政府召开今年第六次常务会议"

COPIED_PAGE = f"""网站首页 > 资讯频道 > 正文阅读

{TITLE}

2021-04-23 09:37  宝鸡日报

{BODY_1}

全力以赴稳定工业增长

{BODY_2}

{BODY_3}

责任编辑：张三
分享到：
相关阅读
宝鸡市召开安全生产工作会议
2021-04-20
宝鸡市召开春耕生产工作会议
2021-04-19
版权所有 宝鸡日报社 陕ICP备05001234号
"""


def _write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_copied_page_is_one_article_with_headline_date_and_clean_body(tmp_path: Path) -> None:
    result = ingest_one(_write(tmp_path, "page.txt", COPIED_PAGE))
    assert len(result.articles) == 1
    article = result.articles[0]
    assert article.title == TITLE
    assert article.published == "2021-04-23"
    texts = [p.text for p in article.passages]
    assert texts[0] == BODY_1 and texts[-1] == BODY_3
    assert "全力以赴稳定工业增长" in texts  # a sub-head stays in the article and starts nothing
    for chrome in ("首页", "责任编辑", "分享到", "相关阅读", "版权所有", "ICP"):
        assert chrome not in article.text


def test_epaper_page_info_line_above_headline_and_kicker_below(tmp_path: Path) -> None:
    page = (f"通版阅读请点击:\n展开通版\n收缩通版\n当前版:01版\n发布日期:2026年02月01日\n{TITLE}\n2月2日开幕\n"
            f"  本报讯(记者 王静){BODY_1}\n  {BODY_2}\n")
    article = ingest_one(_write(tmp_path, "epaper.txt", page)).articles
    assert [a.title for a in article] == [TITLE]
    assert article[0].published == "2026-02-01"
    assert article[0].passages[0].text.startswith(BODY_1[:10])
    assert "开幕" not in article[0].passages[0].text
    assert article[0].byline == "记者 王静"


def test_subtitle_and_page_title_repeat_are_not_body(tmp_path: Path) -> None:
    page = f"{TITLE}\n来源: 洛阳网 2025.10.28 20:18\n{TITLE}\n——传达学习会议精神\n{BODY_1}\n{BODY_2}\n"
    article = ingest_one(_write(tmp_path, "repeat.txt", page)).articles[0]
    assert article.title == TITLE
    assert [p.text for p in article.passages] == [BODY_1, BODY_2]
    assert article.published == "2025-10-28"


def test_page_with_bulleted_items_is_split(tmp_path: Path) -> None:
    page = (f"首页 > 要闻 > 正文\n要闻简报\n发布时间：2024-09-30\n◆{BODY_1}\n◆{BODY_2}\n◆{BODY_3}\n"
            "上一篇：国庆假期安全提示\n")
    result = ingest_one(_write(tmp_path, "list.txt", page))
    assert len(result.articles) == 3
    assert all(a.published == "2024-09-30" for a in result.articles)


def test_no_invented_date_from_event_dates_in_a_page(tmp_path: Path) -> None:
    page = f"当前位置：首页 > 新闻\n{TITLE}\n2019年2月27日下午，{BODY_2}\n{BODY_3}\n【打印本页】【关闭窗口】\n"
    article = ingest_one(_write(tmp_path, "nodate.txt", page)).articles[0]
    assert article.title == TITLE
    assert article.published is None


def test_frame_rules_on_lines() -> None:
    assert page_info("2021-04-23 09:37  宝鸡日报") == ("2021-04-23", "宝鸡日报")
    assert page_info("发布时间:2017/12/18  浏览次数:1857 次  来源:渭南日报") is not None
    assert page_info("2022-05-21 15:00 作者:艾蓓 来源:市政府网 字体大小:【大 中 小】") == ("2022-05-21", "市政府网")
    assert page_info("（2021年7月12日）") is None  # a bare date is a dateline, not a page's info line
    assert not is_headline("渭南日报 记者 马培尧") and not is_headline("当前版:01版")
    assert is_headline(TITLE)
    assert is_tail_line("责任编辑：张三") and is_tail_line("版权所有 宝鸡日报社 陕ICP备05001234号")
    assert not is_tail_line(BODY_2)


def test_bulletin_with_masthead_is_no_web_page() -> None:
    blocks = [Block(t, i + 1) for i, t in enumerate(
        ["工作简报", "第5期", "北川县发展和改革局　　　　2023年11月20日", TITLE, BODY_1, BODY_2])]
    assert frame_page(blocks) is None


HTML_PAGE = """<html><head><meta charset="gb2312"><title>{title}-股票频道-和讯网</title>
<script>var built = "2023-10-23 11:23:36";</script></head><body>
<div class="nav"><a href="/">首页</a> &gt; <a href="/n">新闻</a></div>
<div class="main"><h1>{title}</h1><div class="info">来源：和讯网</div>
<p>{b1}</p><p>{b2}</p><p>{b3}</p></div>
<div class="footer">版权所有 和讯网 京ICP证000001号</div></body></html>"""


def test_html_page_lying_charset_site_suffix_and_no_script_date(tmp_path: Path) -> None:
    page = HTML_PAGE.format(title="交通运输部：着力打造京津冀区域综合立体交通网络", b1=BODY_1, b2=BODY_2, b3=BODY_3)
    result = ingest_one(_write(tmp_path, "page.html", page))  # declared gb2312, bytes UTF-8
    assert len(result.articles) == 1
    article = result.articles[0]
    assert article.title == "交通运输部：着力打造京津冀区域综合立体交通网络"
    assert article.published is None  # the date in a script is no publication date
    assert [p.text for p in article.passages] == [BODY_1, BODY_2, BODY_3]


def test_xinhua_dateline_lead_does_not_crash(tmp_path: Path) -> None:
    text = f"法国全国大罢工再次严重影响交通\n新华社巴黎12月9日电（记者唐霁）{BODY_1}\n{BODY_2}\n"
    result = ingest_one(_write(tmp_path, "xinhua.txt", text))
    assert result.articles and result.articles[0].passages[0].text.startswith("4月22日")


def test_page_vocabulary_entries_are_plain_strings() -> None:
    from briefgen.ingest.split.pagevocab import chrome

    for key, entries in chrome().items():
        assert all(isinstance(e, str) and e for e in entries), key  # a bare `编辑:` would load as a mapping


def test_reposting_trailer_and_stray_html_end(tmp_path: Path) -> None:
    page = (f"<html><head><title>{TITLE}</title></head><body><div>首页</div></body></html>\n"
            f"<div class='content'><h1>{TITLE}</h1><p>{BODY_1}</p><p>{BODY_2}</p>"
            f"<p>{BODY_3}（原题为《新年伊始的重要文章》）（本文来自澎湃新闻）</p></div></body></html>")
    article = ingest_one(_write(tmp_path, "stray.html", page)).articles[0]
    assert [p.text for p in article.passages] == [BODY_1, BODY_2, BODY_3]


def test_chronicle_items_open_with_their_day(tmp_path: Path) -> None:
    page = ("重要会议\n11日 中共柳州市委召开全体会议，审议通过全会决议，部署下一阶段重点工作。\n"
            "同日 三县毗邻乡镇第三届民族团结联谊活动举行，来自三地的群众参加。\n"
            "18日 第九届中国标准化论坛在柳州开幕，来自全国的专家学者参加论坛。\n")
    result = ingest_one(_write(tmp_path, "chronicle.txt", page))
    assert [a.passages[0].text.split()[0] for a in result.articles] == ["11日", "同日", "18日"]


def test_dated_paragraphs_of_one_day_stay_one_article(tmp_path: Path) -> None:
    page = (f"{TITLE}\n发布时间：2023-04-03\n4月2日下午，{BODY_1}\n4月2日16时30分左右，{BODY_2}\n"
            f"4月2日晚，{BODY_3}\n")
    assert len(ingest_one(_write(tmp_path, "oneday.txt", page)).articles) == 1


def test_site_watermarks_and_epaper_labels_are_removed(tmp_path: Path) -> None:
    page = (f"第01版：要闻\n{TITLE}\n本网讯（记者 肖兵）{BODY_1}bAY安康新闻网\n{BODY_2}bAY安康新闻网\n"
            f"{BODY_3}zDf\n新闻推荐\n另一篇：{BODY_2}\n")
    result = ingest_one(_write(tmp_path, "mirror.txt", page))
    assert [a.title for a in result.articles] == [TITLE]
    assert [p.text for p in result.articles[0].passages] == [BODY_1, BODY_2, BODY_3]


def test_pinyin_annotations_cut_at_paragraph_end_are_removed(tmp_path: Path) -> None:
    page = f"{TITLE}\n发布时间：2020-10-27\n{BODY_1}\n陈勇要求，要紧紧抓住国家宏观调控政策机遇，启动“双循环”发(fā\n"
    article = ingest_one(_write(tmp_path, "pinyin.txt", page)).articles[0]
    assert article.passages[-1].text.endswith("“双循环”发")


def test_bracketed_reporter_credit_before_a_dated_lead_is_a_byline(tmp_path: Path) -> None:
    page = f"{TITLE}\n发布时间：2020-05-13\n（雷文姣）5月12日，{BODY_2}\n（一）{BODY_3}\n"
    article = ingest_one(_write(tmp_path, "credit.txt", page)).articles[0]
    assert article.byline == "雷文姣"
    assert [p.text for p in article.passages] == [f"5月12日，{BODY_2}", f"（一）{BODY_3}"]


def test_info_line_source_that_names_no_outlet_is_dropped() -> None:
    assert page_info("来源：本站原创 发布时间：2020-05-07") == ("2020-05-07", None)
    assert page_info("来源：安康日报 发布时间：2020-05-07") == ("2020-05-07", "安康日报")


def test_watermark_lines_and_empty_source_label(tmp_path: Path) -> None:
    page = f" > 新闻 > 安康 > 部门\n{TITLE}\n2017-01-28  来源:\nzDf安康新闻网\n zDf安康新闻网\n{BODY_1}zDf安康新闻网\n{BODY_2}\n"
    article = ingest_one(_write(tmp_path, "wm.txt", page)).articles[0]
    assert (article.title, article.published) == (TITLE, "2017-01-28")
    assert [p.text for p in article.passages] == [BODY_1, BODY_2]


def test_opening_headline_with_commas_is_the_title(tmp_path: Path) -> None:
    text = f"央企援藏再升级:千亿投资落地,带来万余就业岗位\n\n{BODY_1}\n\n{BODY_2}\n"
    article = ingest_one(_write(tmp_path, "headline.txt", text)).articles[0]
    assert article.title == "央企援藏再升级：千亿投资落地，带来万余就业岗位"
    assert article.passages[0].text == BODY_1


def test_info_line_glued_to_the_headline(tmp_path: Path) -> None:
    page = f"首页 > 要闻\n{TITLE}作者：张三 发布时间：2023-02-16\n{BODY_1}\n{BODY_2}\n"
    article = ingest_one(_write(tmp_path, "glued.txt", page)).articles[0]
    assert (article.title, article.published) == (TITLE, "2023-02-16")
    assert "作者" not in article.text


def test_page_tail_glued_after_the_last_sentence(tmp_path: Path) -> None:
    page = f"首页 > 要闻\n{TITLE}\n发布时间：2023-02-16\n{BODY_1}\n{BODY_2}原标题：另一个标题责任编辑：于文凯返回首页>>\n"
    article = ingest_one(_write(tmp_path, "gluedtail.txt", page)).articles[0]
    assert [p.text for p in article.passages] == [BODY_1, BODY_2]


def _framed_body(lines: list[str]) -> list[str]:
    frame = frame_page([Block(t, i + 1) for i, t in enumerate(lines)], web=True, title=lines[0])
    assert frame is not None
    return [b.text for b in frame.body]


HEAD = ["王文：中美贸易“持久战”，中国人的斗志被激发", "2019-09-07 08:12:31 来源：观察者网",
        "中美贸易摩擦已持续一年多，从最初的惊慌失措到现在的从容应对，中国人的心态发生了明显变化。",
        "正如《日本经济新闻》近日报道，中国无惧“比拼耐力”。"]


def test_links_with_their_dates_glued_after_the_body_end_it() -> None:
    links = ["习近平会见德国总理默克尔2019-09-06 20:08 中国外交",
             "特鲁多称中国遵循的规则与其不同 耿爽：颠倒黑白2019-09-06 19:54 华为"]
    assert _framed_body(HEAD + links) == HEAD[2:]
    many = "他对政治没兴趣，却老跟政治扯上关系2015-09-22“2.5天小短假”靠谱吗？2015-08-11普京销毁违禁食物2015-08-08"
    assert _framed_body([*HEAD, many]) == HEAD[2:]


def test_iso_dates_inside_sentences_do_not_end_the_body() -> None:
    prose = ["截至2019-09-06，全县共完成固定资产投资12.5亿元，同比增长8.2%。",
             "项目于2019-09-01开工建设，预计至2020-06-30建成投产，建成后年产值可达5亿元。",
             "二期工程自2019-10-08起施工，计划在2020-12-31竣工。"]
    assert _framed_body(HEAD + prose) == HEAD[2:] + prose


def test_a_promotion_with_a_bracketed_click_call_is_not_body() -> None:
    promo = ("“只有潮水退了才知道谁在裸泳”，一张榜单尽显中国经济的“大事”与“大势”！"
             "“2018十大经济年度人物评选”火热进行中！【点击投票】Pick你心目中的商业领袖")
    assert _framed_body([*HEAD[:2], promo, *HEAD[2:]]) == HEAD[2:]


def test_an_editor_credit_glued_after_the_last_sentence_is_cut() -> None:
    assert _framed_body([*HEAD[:3], HEAD[3] + "编辑|禤志杰"]) == HEAD[2:]


DIGEST = ("2015年1月16日(星期五)\n第3期(总第83期)县委宣传部主管 县委报道组主办\n"
          "☆☆☆导读☆☆☆ 【本期头条】我县交通建设完成投资6.83亿元 ☆☆☆本期头条☆☆☆ "
          "□□《我县交通建设完成投资6.83亿元》 2014年我县交通重大基础设施建设完成投资6.83亿元，国道纵五线项目开工建设。"
          " ☆☆☆时政要闻☆☆☆ □□《县人民代表大会隆重召开》 ![]() 1月15日至16日，县第十六届人民代表大会第四次会议隆重召开，"
          "192名人大代表出席大会。 □□《县政协会议胜利召开》 ![]() 1月14日至15日，政协第九届大田县委员会第四次会议隆重召开。\n")


def test_a_digest_printed_as_one_run_of_text_is_split_at_its_inline_item_marks(tmp_path: Path) -> None:
    result = ingest_one(_write(tmp_path, "digest.txt", DIGEST))
    assert [a.title for a in result.articles] == ["我县交通建设完成投资6.83亿元", "县人民代表大会隆重召开", "县政协会议胜利召开"]
    texts = [a.passages[0].text for a in result.articles]
    assert texts[1].startswith("1月15日至16日") and texts[0].endswith("开工建设。")
    assert not any("☆" in t or "![]" in t or "□" in t for t in texts)


CHRONICLE = ("1月18日 为深入开展“中国书法之乡”创建活动，提升我县文化软实力，我县召开创建活动调度会。\n\n"
             "刘志勇 摄影\n\n会上下发了县委、县政府关于在全县开展创建活动的实施意见，各乡镇作了表态发言。\n\n"
             "1月21日 我县召开第三阶段土地综合整治遗留问题调度会，县委书记出席会议并讲话。\n\n"
             "会上首先听取了各乡镇关于土地综合整治遗留问题的汇报。\n\n责任编辑：李四\n")


def test_a_chronicle_days_opening_is_not_taken_for_a_photo_caption(tmp_path: Path) -> None:
    result = ingest_one(_write(tmp_path, "days.txt", CHRONICLE))
    assert [a.passages[0].text[:6] for a in result.articles] == ["1月18日 ", "1月21日 "]


def test_a_marked_photo_caption_and_a_recommendation_box_are_not_body() -> None:
    lines = [*HEAD[:3], "▲图片来自视频截图。", HEAD[3], "延伸 · 推荐",
             "近日，四川江油一社区女民警在开展辖区核查工作时，平均日拨100余个电话，被运营商停机。"]
    assert _framed_body(lines) == HEAD[2:]


def test_original_title_notes_and_see_more_links_end_the_body() -> None:
    tail = ["（原题为《新年伊始，习近平的重要文章谈了啥？》）（本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP）"]
    assert _framed_body(HEAD + tail) == HEAD[2:]
    more = ["作者：余毅菁 向雪妮返回富达，查看更多",
            "香港警方：8.31示威行动未发生致命事件，谴责造谣者港铁公司车务营运总监表示，8月31日晚，因激进示威者的破坏行为，港铁公司于22点53分启动疏散程序。"]
    assert _framed_body(HEAD + more) == HEAD[2:]


def test_a_channel_name_after_a_bar_is_not_part_of_the_headline() -> None:
    lines = ["信阳市城管局迅速反应 全面投入中心城区防汛备汛工作|每日焦点", "大象联播 2023-04-03 22:59:58", *HEAD[2:]]
    frame = frame_page([Block(t, i + 1) for i, t in enumerate(lines)])
    assert frame is not None and frame.title == "信阳市城管局迅速反应 全面投入中心城区防汛备汛工作"


def test_a_stamp_glued_before_the_first_line_marks_a_copied_page(tmp_path: Path) -> None:
    text = f" date 2024-12-07 {BODY_1}\n\n{BODY_2}\n\n{BODY_3}\n"
    result = ingest_one(_write(tmp_path, "stamp.txt", text))
    assert result.articles[0].passages[0].text.startswith("4月22日")


MEETING = """安康市第五届人民代表大会第四次会议隆重开幕
发布时间:2023年02月15日20时18分
本报讯(曹文莹 庄雅茹)2月15日上午，安康市第五届人民代表大会第四次会议在安康汉江大剧院隆重开幕，人大代表出席大会。
大会主席团常务主席、大会执行主席王彪主持大会。安康日报记者 潘润生 摄
市五届人大四次会议应到代表349人，出席本次会议的代表328人，符合法定人数。
责任编辑：张三
"""


def test_names_in_brackets_after_a_lead_are_its_byline_and_a_credited_caption_is_a_caption(tmp_path: Path) -> None:
    article = ingest_one(_write(tmp_path, "meeting.txt", MEETING)).articles[0]
    assert [p.text[:6] for p in article.passages] == ["2月15日上", "市五届人大四"]
    assert article.byline == "曹文莹 庄雅茹"


def test_a_lead_paragraph_of_three_sentences_above_a_photo_credit_is_body_not_its_caption(tmp_path: Path) -> None:
    text = ("本网讯（记者 田丕）凝心聚力担使命，踔厉奋发谱新篇。2月14日上午，县政协第五届委员会第二次会议隆重开幕。"
            "委员们齐聚一堂，认真履行政治协商职能。\n记者 张乔 摄\n"
            "县委书记、县长在主席台前排就座。本次大会应到委员153人，实到132人，符合规定人数。\n")
    article = ingest_one(_write(tmp_path, "lead.txt", text)).articles[0]
    assert article.passages[0].text.startswith("凝心聚力担使命") and "2月14日上午" in article.passages[0].text


def _title_of(lines: list[str]) -> str | None:
    frame = frame_page([Block(t, i + 1) for i, t in enumerate(lines)])
    assert frame is not None
    return frame.title


def test_a_main_title_over_its_subtitle_is_one_headline_a_menu_over_it_is_not() -> None:
    body = ["本报讯 12月5日，县委副书记、政府县长王兴主持召开县长办公会议，听取政府班子成员重点工作推进情况汇报。",
            "会议强调，各级各部门要加快重点项目建设进度，加大协调力度，推动重点项目尽快落地开工。"]
    stacked = ["下一版»本期共4版(1-2-4)", "王兴主持召开县长办公会", "安排部署重点工作任务", *body]
    assert _title_of(stacked) == "王兴主持召开县长办公会 安排部署重点工作任务"
    menu = ["当前位置：首页", "常德全媒 新闻 时政 查看内容", "王兴主持召开县长办公会议安排部署工作", *body]
    assert _title_of(menu) == "王兴主持召开县长办公会议安排部署工作"


def test_a_photo_credited_to_a_station_is_a_caption_not_a_title(tmp_path: Path) -> None:
    text = ("国际在线海南频道消息：3月22日下午，中共文昌市第十三届委员会第三次全体（扩大）会议在文城召开，全会传达学习了有关精神。\n"
            "中共文昌市第十三届委员会第三次全体（扩大）会议召开（文昌电视台 供图）\n"
            "市委书记陈笑波，市委副书记、市长王晓桥等市领导出席会议。\n")
    assert len(ingest_one(_write(tmp_path, "cap.txt", text)).articles) == 1


def test_a_date_widget_of_lines_dates_the_page_and_a_place_headline_is_a_headline() -> None:
    lines = ["宁化在线_客家祖地_苏区_黄慎故里_宁化新闻", "湖村镇:计生宣传进庙会", "2016", "08/29", "07:16", "宁化县新闻中心",
             "8月27日，农历七月二十五日，是宁化县湖村镇店上村的传统庙会，该镇组织开展系列计生服务宣传活动。"]
    frame = frame_page([Block(t, i + 1) for i, t in enumerate(lines)])
    assert frame is not None and frame.info is not None
    assert frame.info == ("2016-08-29", "宁化县新闻中心") and frame.title == "湖村镇:计生宣传进庙会"
    assert not is_headline("来源:宁化县新闻中心") and not is_headline("宁化在线_客家祖地_苏区_黄慎故里")
    assert is_headline("广西昭平：乡村治理和乡村振兴同频共振") and not is_headline("关键词：乡村振兴 社会治理 美丽乡村")


def test_a_summary_label_before_the_first_paragraph_is_cut() -> None:
    lines = [*HEAD[:2], "摘要：" + HEAD[2], HEAD[3]]
    assert _framed_body(lines) == HEAD[2:]


def test_a_bulleted_byline_is_a_byline_not_a_news_item(tmp_path: Path) -> None:
    text = ("□记者 吴继峰\n本报讯 11月16日上午，省委宣讲团在市委党校报告厅举行首场报告会，省委宣讲团成员作专题报告。\n"
            "全市500多名党员干部一起聆听报告。\n")
    result = ingest_one(_write(tmp_path, "bullet.txt", text))
    assert len(result.articles) == 1 and result.articles[0].byline == "记者 吴继峰"


def test_a_headline_glued_before_the_dated_lead_stands_apart_a_reporter_credit_does_not(tmp_path: Path) -> None:
    glued = "我县召开2011年三秋暨秸秆综合利用和禁烧工作动员会 9月21日上午，我县召开三秋工作动员会。县委书记出席会议并讲话。\n"
    article = ingest_one(_write(tmp_path, "glued.txt", glued)).articles[0]
    assert article.title == "我县召开2011年三秋暨秸秆综合利用和禁烧工作动员会"
    assert article.passages[0].text.startswith("9月21日上午")
    credit = "本报记者葛蕃西安报道 6月3日，市委书记、市长在西安共同会见中煤集团董事长一行，双方深入交换了意见。\n"
    assert ingest_one(_write(tmp_path, "credit.txt", credit)).articles[0].title != "本报记者葛蕃西安报道"


def test_chronicles_keyed_by_bare_days_or_numbered_days_are_split(tmp_path: Path) -> None:
    bare = ("2020年第一季度鄞州区大事记\n\n一月\n\n12日下午，区政协主席赴联系点开展三服务活动，到企业进行实地考察。\n\n"
            "同日，市人大常委会主任在鄞州开展深化三服务活动，实地走访企业并召开座谈会。\n\n"
            "13日上午，省信访局局长一行来鄞调研信访工作，市、区领导陪同调研。\n\n"
            "15日，区委召开全会，部署全年工作任务。\n")
    assert len(ingest_one(_write(tmp_path, "bare.txt", bare)).articles) == 4
    numbered = ("1.4月28日，县长调研工业稳增长工作并出席民营企业家座谈会。\n"
                "2.4月30日，县中医医院远程会诊中心揭牌暨签约仪式在县中医医院举行。\n"
                "3.5月7日，县委书记带队赴北京对接校地合作和项目申报等工作。\n")
    assert len(ingest_one(_write(tmp_path, "numbered.txt", numbered)).articles) == 3


def test_more_page_parts_are_chrome_and_a_bracketed_stamp_is_an_info_line() -> None:
    for line in ("1760 期 / 第2版：2", "百科98256人已围观", "获取 Adobe Flash Player"):
        assert is_chrome_line(line), line
    assert page_info("（发布于：2021-09-27 09:24）") == ("2021-09-27", None)


def test_report_verb_subheads_do_not_start_articles_and_lost_indents_go(tmp_path: Path) -> None:
    text = ("??? 3月20日，市委召开常委会会议，专题研究市人大、政府、政协、法院、检察院党组工作。\n会议指出\n"
            "市委常委会听取各党组工作汇报，研究部署今年工作重点，推动全市各项工作再上新台阶。\n会议要求\n"
            "各党组要切实履行主体责任，把党的领导贯彻到工作全过程。\n")
    (article,) = ingest_one(_write(tmp_path, "subheads.txt", text)).articles
    assert article.passages[0].text.startswith("3月20日")


def test_a_stray_mark_line_is_no_article(tmp_path: Path) -> None:
    text = ("“落实党的十八大精神，在农村说到底就是要让农民增加收入。”这是周发军在论坛上作主题发言时的开场白。"
            "12月5日，三塘论坛首次开讲。\n上午9时许，论坛在镇政府礼堂开讲，当地村民600多人前来听讲。（记者 匡玉）\n|\n")
    assert len(ingest_one(_write(tmp_path, "bar.txt", text)).articles) == 1


def test_a_bracketed_summary_glued_before_the_first_paragraph_is_cut() -> None:
    lines = [*HEAD[:2], "[摘要：中国人的心态变了，从惊慌失措到从容应对。]" + HEAD[2], HEAD[3]]
    assert _framed_body(lines) == HEAD[2:]
    lines = [*HEAD[:2], "【内容提要：心态之变】" + HEAD[2], HEAD[3]]
    assert _framed_body(lines) == HEAD[2:]


def test_a_reposting_permission_line_ends_the_body() -> None:
    notice = "本文为作者授权某某网《观察》专栏发布，转载请注明出处。"
    bio = "作者为科技商业观察家，多本图书作者。"
    assert is_tail_line(notice)
    assert _framed_body([*HEAD, notice, bio]) == HEAD[2:]


def test_forum_prompts_and_archive_notes_are_chrome() -> None:
    forum = ["马上注册，结交更多好友，享用更多功能，让你轻松玩转某某之窗", "您需要 登录 才可以下载或查看，没有账号?会员注册",
             "本帖最后由 某网友 于 2015-4-13 00:37 编辑"]
    assert all(is_chrome_line(line) for line in forum)
    archive = ["此栏目已归档", "归档时间：2023-10-26", "归档备注：客户要求"]
    assert all(is_tail_line(line) for line in archive)
    assert _framed_body([*HEAD, *archive]) == HEAD[2:]

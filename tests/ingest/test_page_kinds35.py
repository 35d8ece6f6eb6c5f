"""Thirty-fifth round of page kinds (session 17): a site's head lines over the headline (a hotline, a slogan, a
clock after a welcome, an organ's full name), a forum post's line with the poster first, a date in black
brackets, a bulleted byline of names only and a call for news tips at the end."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.documents import article_rows
from tests.ingest.documents import write_page as _write

_HEAD = "2025年我县无偿献血量达109.29万毫升"
_LEAD = "1月6日，记者从县红十字会获悉，2025年全年，全县共组织开展无偿献血活动20余场次，献血总量达109.29万毫升。"
_MORE = "据介绍，县红十字会通过新闻媒体专题报道、发放科普手册等方式，广泛传播无偿献血的科学知识。"


def _one(tmp_path: Path, lines: list[str]) -> tuple[str | None, str | None, list[str], str | None]:
    rows = article_rows(_write(tmp_path, "\n\n".join(lines) + "\n"))
    assert len(rows) == 1
    return rows[0]


def test_a_sites_hotline_over_the_headline_is_no_part_of_it(tmp_path: Path) -> None:
    title, _, texts, _ = _one(tmp_path, ["本网违法和不良信息举报电话:0817-8229182", _HEAD, "2026-01-08 18:15", _LEAD, _MORE])
    assert (title, texts) == (_HEAD, [_LEAD, _MORE])


def test_a_portals_slogan_over_the_headline_is_no_part_of_it(tmp_path: Path) -> None:
    head = "全省首批生态环境建设试点城市出炉，宜宾入选!"
    title, date, _, _ = _one(tmp_path, ["川南地区综合性网络门户", head, "资讯川南在线  发布时间:2020-10-21", _LEAD, _MORE])
    assert (title, date) == (head, "2020-10-21")


def test_a_welcome_with_the_sites_clock_and_the_organs_name_over_a_bracketed_date(tmp_path: Path) -> None:
    head = "廖伦志率调研组开展专题调研"
    lines = ["欢迎访问南充政协，今天是: 2024年04月28日 星期天", "中国人民政治协商会议南充市委员会", head, "【2024-03-25】",
             _LEAD, _MORE]
    title, date, texts, _ = _one(tmp_path, lines)
    assert (title, date, texts) == (head, "2024-03-25", [_LEAD, _MORE])


def test_a_forum_posts_line_with_the_poster_first_dates_the_page(tmp_path: Path) -> None:
    head = "高坪：在“五区建设”中善作为勇担当"
    lines = [head, "公路美学 发表于:2024-6-2 20:59:41 复制链接 看图 发表新帖", "阅读数:1480", _LEAD, _MORE]
    assert _one(tmp_path, lines)[:2] == (head, "2024-06-02")


def test_a_bulleted_line_of_writers_names_is_the_byline_not_text(tmp_path: Path) -> None:
    head = "高坪：在“五区建设”中善作为勇担当"
    title, _, texts, byline = _one(tmp_path, [head, "发布时间:2024-06-02", "●杨波", _LEAD, _MORE])
    assert (title, texts, byline) == (head, [_LEAD, _MORE], "●杨波")


def test_a_bulleted_byline_of_padded_names_is_no_part_of_the_headline(tmp_path: Path) -> None:
    head = "奋力谱写高品质宜居城市建设新篇章"
    lines = ["四川省南充市:", head, "■李 庆 邓伟果 向小顺", "《 中国城市报 》( 2024年04月22日 第 09 版)",
             "航拍沪蓉高速南充境内路段风景。", "四川省南充市博物馆远眺。张 力摄", _LEAD, _MORE]
    assert _one(tmp_path, lines)[0] == head


def test_a_bulleted_place_stays_what_it_was(tmp_path: Path) -> None:
    from briefgen.ingest.split.pagelines import bulleted_names

    assert [bulleted_names(t) for t in ("●杨波", "■李 庆 邓伟果 向小顺", "■吉林 白山", "▲朱东村", "●项目建设")] == [
        True, True, False, False, False]


def test_a_call_for_news_tips_after_the_text_is_no_text(tmp_path: Path) -> None:
    tip = "【如果您有新闻线索，欢迎向我们报料，一经采纳有费用酬谢。报料微信关注：ihxdsb，报料QQ:3386405712】"
    texts = _one(tmp_path, [_HEAD, "发布时间:2026-01-08", _LEAD, _MORE, tip])[2]
    assert texts == [_LEAD, _MORE]


def test_counters_before_the_date_in_an_info_line_are_no_headline(tmp_path: Path) -> None:
    lines = ["你的位置:某某网 >> 新闻 >> 产区动态 >> 详细内容", "“某某椪柑”地理标志证明商标注册成功", "来源: 某某晚报   发布者:webmaster",
             "热度80票  浏览96次 【共0条评论】【我要评论 时间:2010年3月08日 14:44", _LEAD, _MORE]
    assert _one(tmp_path, lines)[:2] == ("“某某椪柑”地理标志证明商标注册成功", "2010-03-08")


def test_a_photos_caption_glued_before_a_wires_lead_is_no_text(tmp_path: Path) -> None:
    lead = "人民网某某5月13日电 （通讯员 李某某 杨某某） 12日上午8时许，在某县政府码头，市民1000多人齐聚参加鱼苗放流活动。"
    lines = ["恢复生态环境 300万尾鱼苗放流沅江", "作者:李某某 文章来源:人民网 点击数1360 更新时间:2011/5/16 19:55:08",
             f"工作人员将300万尾鱼苗放流入沅江 {lead}", _MORE]
    assert _one(tmp_path, lines)[2] == ["12日上午8时许，在某县政府码头，市民1000多人齐聚参加鱼苗放流活动。", _MORE]


def test_a_leads_opening_cut_off_over_the_whole_lead_is_a_summary_not_text(tmp_path: Path) -> None:
    lead = "2012年1月9日上午，客家母亲河——汀江上游欣喜地迎来一批新“居民”，6万多尾草鱼苗通过某市实施的“放流增殖”活动，在这里安上了新家。"
    cut = "2012年1月9日上午，客家母亲河汀江上游欣喜地迎来一批新居民，6万多尾草鱼苗通过某市实施的放流增殖"
    lines = ["首页 > 市场行情 > 水产类 >", "6万多尾草鱼苗通过某市实施的“放流增殖”活动", "某某新闻网 2012-01-11 10:33 水产类", cut, lead, _MORE]
    assert _one(tmp_path, lines)[2] == [lead, _MORE]


def test_a_wires_dateline_over_its_own_headline_is_no_text(tmp_path: Path) -> None:
    head = "战“疫”别忘了“湖北郊区”：河南某市告急"
    lead = "近10万人从湖北返乡、医疗防护物资紧缺……连日来，与湖北武汉一山之隔的河南某市告急。"
    lines = [f"原标题:《{head}》", "图为一名医护人员匆忙走进某县人民医院 阚某 摄", f"（抗击新冠肺炎）{head}",
             f"中新网某市2月11日电 题：{head}", "中新网记者 赵某 李某某", lead, _MORE]
    assert _one(tmp_path, lines)[2] == [lead, _MORE]


def test_a_bare_news_label_and_a_news_source_label_glued_before_the_lead_are_no_text(tmp_path: Path) -> None:
    lead = "近日，农业部发布公告，对第二批符合农产品地理标志登记条件的农产品进行核准登记，某县猪肉榜上有名。"
    texts = _one(tmp_path, [_HEAD, "发布时间:2013-09-24  来源:某某网", f"摘要:消息: {lead}", _MORE])[2]
    assert texts[0] == lead
    credited = "四川在线记者 寇某某前不久，四川省政府办公厅下发关于推进全域土地综合整治试点工作的通知。"
    texts = _one(tmp_path, [_HEAD, "发布时间:2013-09-24", f"消息来源：四川在线 {credited}", _MORE])[2]
    assert texts[0] == credited


def test_links_each_with_its_slashed_date_after_the_text_are_no_text(tmp_path: Path) -> None:
    links = ["【活力中国调研行】某州某县着力打造千亿级产业园区2025/11/07", "-", "某某大数据启动泰国之旅，向国际化征程迈出坚实的一步。2025/11/06",
             "-", "云南林草“十四五”成绩斐然：生态屏障筑牢 绿色产业勃兴2025/11/03"]
    assert _one(tmp_path, [_HEAD, "发布时间:2025-11-08", _LEAD, _MORE, *links])[2] == [_LEAD, _MORE]


def test_a_disclaimer_paragraph_after_the_text_ends_it(tmp_path: Path) -> None:
    note = ("免责声明:凡本网注明“来源:XXX(非某某广视网)”的作品，均转载自其它媒体，转载目的在于传递更多信息，并不代表本网赞同其观点和对其真实性负责，"
            "作品版权归原作者所有，如有侵犯您的原创版权请告知，我们将尽快删除相关内容。凡是本网原创的作品，拒绝任何不保留版权的转载，"
            "如需转载请标注来源并添加本文链接：http://www.example.cn/showinfo-252-36872-0.html，否则承担相应法律后果。")
    assert _one(tmp_path, [_HEAD, "发布时间:2025-11-08", _LEAD, _MORE, note])[2] == [_LEAD, _MORE]


def test_a_cameras_picture_names_left_as_placeholders_are_no_text(tmp_path: Path) -> None:
    lines = ["某某传媒网", _HEAD, _LEAD, "IMG_256", "启动仪式", "IMG_257", "IMG_258", "义诊现场", "DSC01234", _MORE]
    rows = article_rows(_write(tmp_path, "\n\n".join(lines) + "\n"))
    assert len(rows) == 1 and not any(t.startswith(("IMG", "DSC")) for t in rows[0][2])


def test_an_apps_picture_button_inside_the_text_does_not_end_it(tmp_path: Path) -> None:
    last = "“院士专家某州行”自2008年以来已连续17年举办，累计建设市级院士工作站105家，柔性引进院士专家947名。"
    lines = [_LEAD, "打开网易新闻 查看更多图片", _MORE, "打开网易新闻 查看更多图片", last]
    rows = article_rows(_write(tmp_path, "\n\n".join(lines) + "\n"))
    assert [texts for _, _, texts, _ in rows] == [[_LEAD, _MORE, last]]


def test_an_interviews_bulleted_answers_opening_on_a_method_are_its_sections_and_the_note_label_no_headline(
        tmp_path: Path) -> None:
    note = "市委全会、市两会胜利召开，安排部署了今年的重点工作。某县如何谋划未来五年发展？近日，记者专访了某县委书记何某。"
    answers = ["●坚持全员抓工业、抓招商。持续深入开展千名干部助企服务活动，切实为企业解决政策匹配、融资需求等各方面问题。",
               "●坚持全力抢机遇、争项目。组织县级领导带队，赴国家部委、省级部门等上级单位进行专题汇报，争取项目资金支持。",
               "●坚持全面防风险、保安全。紧盯年初关键节点，扎实抓好安全生产、防灾减灾、森林防灭火等工作。"]
    rows = article_rows(_write(tmp_path, "\n".join(["编者的话", note, *answers]) + "\n"))
    assert len(rows) == 1
    title, _, texts, _ = rows[0]
    assert title is None and texts[0] == note and texts[1] == "坚持全员抓工业、抓招商" and texts[2].startswith("持续深入开展")


def test_bulleted_briefs_opening_on_their_subject_stay_items(tmp_path: Path) -> None:
    briefs = ["●某县召开春运安全工作会议。会议要求，各级各部门要强化春运数据分析研判，全力确保春运平稳有序运行。",
              "●某镇开展农村公路养护大检查。检查组一行先后深入多个村组，查看路域环境整治情况，督促整改问题。"]
    rows = article_rows(_write(tmp_path, "\n".join(["本周要闻", *briefs]) + "\n"))
    assert len(rows) == 2


def test_a_headline_over_the_line_of_who_attended_and_its_subtitle_is_one_headline(tmp_path: Path) -> None:
    lines = ["市七届人大七次会议举行第二次全体会议", "张某某 黄某某 廖某某 廖某某出席", "潘某某作市人大常委会工作报告",
             "1月21日上午，某市第七届人民代表大会第七次会议举行第二次全体会议，听取市人大常委会工作报告。",
             "某市第七届人民代表大会现有代表498名，出席本次会议的代表442名，符合法定人数。"]
    rows = article_rows(_write(tmp_path, "\n".join(lines) + "\n"))
    assert [r[0] for r in rows] == [" ".join(lines[:3])]


def test_a_headline_with_a_media_mark_over_a_caption_is_the_headline(tmp_path: Path) -> None:
    head = "组图丨甘肃某县：昔日撂荒地 摇身变“良田”"
    lead = "央广网兰州11月9日消息（见习记者李某某 通讯员陈某）近日，在甘肃省某县撂荒地整治现场，一台旋耕机在田间来回穿梭。"
    lines = ["首页 > 城市 > 甘肃 > 正文", head, "撂荒地变“良田”（央广网发 陈某 摄）", lead, _MORE]
    assert _one(tmp_path, lines)[0] == head


def test_buttons_between_the_headline_and_the_text_do_not_hide_the_headline(tmp_path: Path) -> None:
    head = "筑牢粮食安全“压舱石”"
    lines = [head, "——某县全面加强耕地保护工作纪实", "  • 打印", "  • 收藏", "收藏成功", _LEAD, _MORE]
    assert _one(tmp_path, lines)[0] in (head, f"{head} ——某县全面加强耕地保护工作纪实")


def test_a_sites_name_with_its_address_in_capitals_is_no_headline(tmp_path: Path) -> None:
    from briefgen.ingest.split.pagelines import is_headline

    assert not is_headline("某某信息网 HTTP://WWW.EXAMPLE.CC") and not is_headline("某某信息网 www.example.cc")


def test_a_notices_number_its_glued_signature_and_a_sites_prompt_after_it(tmp_path: Path) -> None:
    head = "某市调整某某学村北区疫情风险等级的通告"
    text = ("根据国务院联防联控机制关于新冠肺炎疫情分区分级防控工作要求，经市专家组综合评估，某市疫情防控应急指挥部决定，"
            "自2022年4月20日12时起，某某学村北区由中风险地区调整为低风险地区。特此通告。")
    glued = f"{text}某市新冠肺炎疫情防控应急指挥部2022年4月20日温馨提示:微信搜索公众号某某本地宝，关注后可获防疫消息。"
    lines = [head, "导语 自2022年4月20日12时起，某某学村北区由中风险地区调整为低风险地区。",
             "关于调整某某学村北区疫情风险等级的通告", "(2022年第29号)", glued]
    rows = article_rows(_write(tmp_path, "\n".join(lines) + "\n"))
    assert len(rows) == 1
    title, date, texts, _ = rows[0]
    assert (title, date) == (head, "2022-04-20") and texts[-1] == text and "（2022年第29号）" not in texts


def test_a_sites_channel_name_over_the_text_is_no_headline(tmp_path: Path) -> None:
    from briefgen.ingest.split.pagelines import is_headline

    assert not is_headline("中安在线某某频道") and not is_headline("某某网新闻频道") and is_headline("某县开通政务服务新闻频道啦")
    rows = article_rows(_write(tmp_path, "\n\n".join(["中安在线某某频道", "您当前的位置 :中安在线", _LEAD, _MORE]) + "\n"))
    assert [r[0] for r in rows] == [None]


def test_the_words_leading_into_a_speakers_points_are_no_headline(tmp_path: Path) -> None:
    lead = "10月27日下午，市委书记孙某某深入某区，检查安全生产、暗访督导突出生态环境问题整改等工作。"
    quote = "“要坚决守牢安全底线，压紧压实各方责任，确保问题整改到位。”"
    for tail in (["检查督导中，孙某某强调", quote], ["检查督导中，孙某某强调"]):  # the page may be cut off after it
        rows = article_rows(_write(tmp_path, "\n".join([lead, "孙某某首先来到某某产业园，仔细听取企业安全生产情况汇报。",
                                                        *tail]) + "\n"))
        assert [r[0] for r in rows] == [None]


def test_a_notices_head_glued_before_its_text_is_no_text(tmp_path: Path) -> None:
    text = "4月21日，某县在管控人员中发现19人核酸初筛呈阳性，均已转运至定点医院隔离医学观察。"
    lines = ["4月22日某县新增疫情防控封控管控区的通告", "来源: 更新时间:2022-05-18 06:58:54", _LEAD,
             f"某县新冠肺炎疫情防控应急指挥部通告 (第33号)关于新增疫情防控封控管控区的通告 {text}"]
    assert _one(tmp_path, lines)[2] == [_LEAD, text]

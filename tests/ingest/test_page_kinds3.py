"""Third round of page kinds: text pages whose shape (not words) misled the split."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.documents import ingest_one
from tests.ingest.documents import write_page as _write


def test_kicker_line_over_the_headline_is_one_headline(tmp_path: Path) -> None:
    page = ("推动农业全链条升级见实效\n"
            "平利县召开茶饮产业发展推进会\n"
            "本报讯（记者 王小明）3月5日，平利县召开茶饮产业发展推进会，安排全年茶园提质增效工作。\n"
            "会议要求，各镇要抓好春茶采摘和加工，确保茶农增收。\n")
    articles = ingest_one(_write(tmp_path, page)).articles
    assert [a.title for a in articles] == ["推动农业全链条升级见实效 平利县召开茶饮产业发展推进会"]
    assert articles[0].text.startswith("3月5日，平利县召开")


def test_comment_widget_and_link_lists_end_the_body(tmp_path: Path) -> None:
    page = ("县政务服务中心推行周末不打烊服务\n\n"
            "6月3日，县政务服务中心推行周末不打烊服务，群众周六也能办理社保、医保等业务。\n\n"
            "中心负责人表示，将继续延伸服务时间，方便上班族办事。\n\n"
            "（作者：李华）\n\n"
            "评论一下\n评论 0人参与，0条评论\n还没有评论，快来抢沙发吧!\n最热评论\n最新评论\n")
    article = ingest_one(_write(tmp_path, page)).articles[0]
    assert article.text.endswith("方便上班族办事。")
    links = ("县里召开防汛工作会议\n发布时间：2024-06-01 来源：县政府办\n"
             "6月1日，县里召开防汛工作会议，部署汛期各项工作，要求各乡镇落实值班值守制度。\n"
             "上一页 1 2 下一页\n相关链结\n· 全市防汛工作会议召开\n· 县领导检查防汛物资储备\n友情链接：\n")
    article = ingest_one(_write(tmp_path, links, "links.txt")).articles[0]
    assert article.text.endswith("落实值班值守制度。")


def test_posting_stamp_with_labelled_fields_is_the_page_date(tmp_path: Path) -> None:
    page = ("政务公开\n当前位置:首页>政府动态\n\n县城管局开展夜间巡查\n\n"
            "2021/3/9 20:15:02 次浏览 分类:政府动态    来源:\n\n"
            "    8日晚，县城管局组织执法队员开展夜间巡查，规范占道经营和夜市秩序。\n\n友情链接:")
    article = ingest_one(_write(tmp_path, page)).articles[0]
    assert (article.title, article.published) == ("县城管局开展夜间巡查", "2021-03-09")


def test_date_or_link_before_the_labels_is_no_glued_headline(tmp_path: Path) -> None:
    for stamp in ("2019年04月02日 来源: 《廊坊日报》 作者: 记者 马越 字体:",
                  "http://example.com 2019-04-02 09:01:30 来源:闽侯新闻网 【字号 大 中 小】"):
        page = (f"当前位置:首页>本市动态\n\n县里部署春季植树工作\n\n{stamp}\n\n"
                "4月1日，县里召开春季植树工作会议，安排今年新增造林面积和义务植树活动。\n")
        article = ingest_one(_write(tmp_path, page)).articles[0]
        assert (article.title, article.published) == ("县里部署春季植树工作", "2019-04-02"), stamp


def test_a_credit_naming_the_reporters_outlet_is_the_byline(tmp_path: Path) -> None:
    page = ("本报汉中讯（农民日报·中国农网记者 李强）5月20日，全国农民报采访团在汉中启动乡村振兴调研采访活动，"
            "将走访茶园、果园和农村合作社。\n采访团将在汉中停留三天。\n")
    article = ingest_one(_write(tmp_path, page)).articles[0]
    assert article.byline == "农民日报·中国农网记者 李强"
    assert article.text.startswith("5月20日，全国农民报采访团")


def test_info_line_glued_to_the_lead_gives_date_and_a_clean_start(tmp_path: Path) -> None:
    page = ("县里举行招商引资项目集中签约仪式\n"
            "发布时间:2023-12-27 14:27:11 | 来源:县融媒体中心 | 责任编辑:王芳12月22日,县里举行招商引资项目集中签约仪式,"
            "签约项目4个。\n据了解,签约金额合计17.5亿元。\n")
    article = ingest_one(_write(tmp_path, page)).articles[0]
    assert article.published == "2023-12-27"
    assert article.text.startswith("12月22日，县里举行") and "责任编辑" not in article.text


def test_a_scene_caption_between_paragraphs_opens_no_article(tmp_path: Path) -> None:
    page = ("10月1日晚，副市长召开全市安全生产紧急会议，各县区相关部门负责人在分会场参加会议。\n"
            "会议现场\n"
            "会议要求，各级各部门要认真贯彻落实省政府会议精神，确保节日期间安全稳定。\n")
    articles = ingest_one(_write(tmp_path, page)).articles
    assert len(articles) == 1 and articles[0].captions == ["会议现场"]
    assert articles[0].text.endswith("确保节日期间安全稳定。")


def test_a_page_of_captioned_photos_gives_an_item_per_photo(tmp_path: Path) -> None:
    says = ["全国人大代表、甲市市长说，甲市是一座适宜人居的城市，生态建设历届政府都高度重视。",
            "全国人大代表、乙市市长说，近年来乙市在加快城市建设的同时，更加注重历史文化保护。"]
    page = ("当前位置: 首页>> 热点专题\n\n市长访谈录\n中央政府门户网站   2008年03月11日   来源:新华社\n\n"
            f"    {says[0]} 新华社记者 王华 摄\n\n    {says[1]} 新华社记者 朱祥 摄\n\n  上一页  1   2   下一页  \n")
    articles = ingest_one(_write(tmp_path, page)).articles
    assert [a.text for a in articles] == says
    assert {a.published for a in articles} == {"2008-03-11"}
    one = ingest_one(_write(tmp_path, page.replace(f"    {says[1]} 新华社记者 朱祥 摄\n\n", ""), "one.txt"))
    assert [a.text for a in one.articles] == says[:1]


def test_a_running_order_of_headlines_gives_an_item_each_a_list_of_measures_does_not(tmp_path: Path) -> None:
    heads = ["全区重点项目集中推进会议举行", "国际象棋对抗赛在我区落下帷幕", "全区精准脱贫专项行动调度会议召开",
             "区工商联组织企业家开展学习活动"]
    page = "".join(f"{n}、{h}\n" for n, h in enumerate(heads, 1))
    assert [a.text for a in ingest_one(_write(tmp_path, page)).articles] == heads
    measures = "1、加强组织领导\n2、强化资金保障\n3、严格督查考核\n4、营造良好氛围\n"
    assert len(ingest_one(_write(tmp_path, measures, "measures.txt")).articles) == 1
    skipped = page.replace("3、", "5、")
    assert len(ingest_one(_write(tmp_path, skipped, "skipped.txt")).articles) == 1


def test_an_editors_note_label_opens_the_body_and_is_no_column(tmp_path: Path) -> None:
    page = ("【编者按】 为全力推进重点项目建设，县融媒体中心开设“项目攻坚在行动”专栏，今天推出第一期。\n"
            "近日，在古镇老街修缮提升项目现场，技术人员正在对城门上的砖块进行标号。\n")
    article = ingest_one(_write(tmp_path, page)).articles[0]
    assert article.column is None and article.text.startswith("【编者按】 为全力推进重点项目建设")


def test_a_reporter_credit_with_a_padded_name_is_a_byline_never_a_title(tmp_path: Path) -> None:
    quote = "“在百日攻坚的系列报道当中，我们见证了一个个项目从无到有。”"
    page = (f"县融媒体中心记者 王 芳\n{quote}\n县融媒体中心记者 李 玲\n"
            "“我们经常深入一线，扛着机子去工地，有时坐临时电梯，往下看的时候都觉得特别紧张。”\n")
    articles = ingest_one(_write(tmp_path, page)).articles
    assert len(articles) == 1 and articles[0].title is None
    assert articles[0].byline == "县融媒体中心记者 王芳" and articles[0].text.startswith(quote)  # the padded name as a word


def test_a_second_dispatch_under_one_headline_is_an_item_of_its_own(tmp_path: Path) -> None:
    page = ("县政府常务会议召开\n内容更新时间:2025-05-30 来源:县报\n■县融媒体中心记者组\n"
            "本报讯 5月23日，县长主持召开县政府常务会议，研究部署防汛工作，安排汛期值班值守。\n"
            "会议要求，各乡镇要落实防汛责任。\n"
            "又讯 5月29日，县长主持召开县政府常务会议，传达学习省政府会议精神，研究贯彻意见。\n"
            "又据了解，全县已储备防汛物资一批。\n")
    articles = ingest_one(_write(tmp_path, page)).articles
    assert [a.text[:6] for a in articles] == ["5月23日，", "5月29日，"]
    assert (articles[0].title, articles[0].byline) == (None, "县融媒体中心记者组")
    assert articles[1].text.endswith("全县已储备防汛物资一批。")


def test_a_listing_summary_and_a_reposting_disclaimer_are_not_body(tmp_path: Path) -> None:
    body = "7月22日起，省报采访团抵达天长市三元村，启动蹲点调研，深入探访当地三产融合的先进做法。"
    page = ("您现在的位置是:百科 >>正文\n\n省报采访团来滁州蹲点调研\n\n"
            f"简介{body[:30]} ...\n\n  {body}\n\n来源:铜川市人民政府\n\n以上是网络信息转载,信息真实性自行斟酌。\n\n"
            "版权/免责声明:\n一、本文图片及内容来自网络，不代表本站的观点和立场。\n")
    article = ingest_one(_write(tmp_path, page)).articles[0]
    assert article.text == body


def test_a_forum_posts_line_gives_the_date_and_ip_location_is_no_headline(tmp_path: Path) -> None:
    page = ("东湖社区\n找回密码\n注册\n查看: 830|回复: 1\n[复制链接]\n积分\n20650\n\nIP属地:江苏省苏州市\n\n"
            "发表于 江苏省苏州市 2023-7-24 22:29:55 来自手机 | 显示全部楼层 |阅读模式\n"
            "十堰广电讯（全媒体记者 陈伟）今年以来，全市上下围绕绿色低碳发展目标，新签约招商引资项目567个。\n")
    article = ingest_one(_write(tmp_path, page)).articles[0]
    assert article.published == "2023-07-24" and "IP属地" not in (article.title or "")


def test_any_outlets_dispatch_with_a_reporter_or_day_is_a_lead(tmp_path: Path) -> None:
    page = ("昆明信息港讯 记者江枫 3月21日上午，市人民代表大会举行第二次全体会议，市人大常委会主任向大会报告工作。\n"
            "过去六年，市人大常委会共制定法规18件，修订20件。\n"
            "立法稳步推进 制定一批地方性法规\n"
            "六年来，市人大常委会制定了会展业促进等条例，有效发挥了法规的引领推动作用。\n")
    articles = ingest_one(_write(tmp_path, page)).articles
    assert len(articles) == 1 and articles[0].text.endswith("有效发挥了法规的引领推动作用。")


def test_bracketed_labels_make_an_info_line_not_part_of_the_headline(tmp_path: Path) -> None:
    page = ("当前位置: 首页 » 技术 » 正文\n\n县里召开春耕生产工作会议\n\n\n【发布日期】:2013-09-23  【来源】:县政府网\n"
            "9月22日，县里召开春耕生产工作会议，安排部署春耕备耕、农资供应等工作。\n")
    article = ingest_one(_write(tmp_path, page)).articles[0]
    assert (article.title, article.published) == ("县里召开春耕生产工作会议", "2013-09-23")


HEADED = ["主城融合开启新征程。区委全会作出了加快主城融合攻坚的决定，高铁站布局落地。",
          "生态治理取得新成效。完成中央环保督察反馈问题整改销号，河长制经验全国推广。",
          "产业转型迈出新步伐。新签约、新开工、新投产产业项目工作位居全市前列。",
          "民生升级释放新红利。实现基本医疗、大病救助多层次保险一站式结算服务。"]


def test_a_digest_of_paragraphs_each_opening_with_its_headline_is_split(tmp_path: Path) -> None:
    page = "2017年，全区砥砺前行。十件大事，为新一年建设积蓄了力量。\n" + "\n".join(HEADED) + "\n"
    articles = ingest_one(_write(tmp_path, page)).articles
    assert [a.title for a in articles] == [None, "主城融合开启新征程", "生态治理取得新成效", "产业转型迈出新步伐",
                                           "民生升级释放新红利"]
    assert articles[1].text.startswith("区委全会作出了")
    report = "会议强调，要抓好春耕生产。\n" + "\n".join(HEADED[:2]) + "\n会议要求，各地要落实责任。\n"
    assert len(ingest_one(_write(tmp_path, report, "report.txt")).articles) == 1


def test_a_column_introduction_is_not_the_articles_start(tmp_path: Path) -> None:
    page = ("当前位置: 首页 新闻中心> 时政> >正文\n[非凡十年] 全市十年发展谱新篇\n2022-07-11 11:00 来源: 市新闻网\n\n"
            "开栏语:\n\n党的十八大以来，全市发展取得非凡成就，今日起本报推出《非凡十年》栏目，敬请关注。\n\n"
            "□本报记者王芳\n\n十年感恩奋进，十年赶超跨越。\n\n十年来，全市经济总量翻了一番，城乡面貌深刻变化。\n")
    article = ingest_one(_write(tmp_path, page)).articles[0]
    assert article.text.startswith("十年感恩奋进，十年赶超跨越。")


def test_enumerated_points_of_one_article_are_no_digest(tmp_path: Path) -> None:
    points = ["一是明确发展导向。规定农村公路发展坚持政府主导、统筹规划、因地制宜。",
              "二是压实责任主体。明确县级政府对本行政区域内农村公路发展承担主体责任。",
              "三是提升路网质量。明确农村公路建设以提升路网质量为重点，与国道建设衔接。",
              "四是加强管理养护。规定建立健全农村公路管理养护责任制，明确养护主体。"]
    page = "国务院公布《农村公路条例》，自2025年9月15日起施行。《条例》主要规定了以下内容。\n" + "\n".join(points) + "\n"
    assert len(ingest_one(_write(tmp_path, page)).articles) == 1

"""Thirty-third round of page kinds (session 15): a report whose paragraphs open with run-in heads under an
opening that names no list is one article, not a digest of items."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.split.pagevocab import spam_brand
from tests.ingest.documents import article_rows
from tests.ingest.documents import write_page as _write

_POINTS = ["精准施策紧盯返贫动态监测。指导各地制定监测机制，守住不发生规模性返贫底线，确保稳定脱贫。",
           "因地制宜推动安置区产业兴旺。结合特色产业发展规划，累计建成扶贫车间200多个，开发旅游项目22个。",
           "多措并举拓展就业增收渠道。多途径拓宽就业渠道，累计实现7.89万人就业，有劳动力的家庭1户1人以上就业。",
           "综合施策促进社区开放融合。引导搬迁群众增强认同，实现社区管理服务设施全覆盖，逐步建成治理新格局。",
           "全面提升安置区配套设施。配套建设安置区基础设施，水、电、路、气、网全部通达，公共服务设施不断完善。"]


def _titles(tmp_path: Path, page: str) -> list[str | None]:
    return [title for title, _, _, _ in article_rows(_write(tmp_path, page))]


def test_run_in_heads_under_a_reports_opening_are_its_points(tmp_path: Path) -> None:
    opening = "某区发展改革委紧紧围绕易地搬迁后续扶持重点任务，聚焦就业增收、产业富民，推动后续扶持工作取得明显成效。"
    assert _titles(tmp_path, "\n".join([opening, *_POINTS, "扫一扫在手机打开当前页"]) + "\n") == [None]
    credited = "（通讯员 马某 刘某）“十四五”时期，某镇锚定高质量发展目标，统筹推进各项工作，取得了明显成效。"
    assert _titles(tmp_path, "\n".join([credited, *_POINTS]) + "\n") == [None]


def test_run_in_heads_under_an_opening_that_names_a_list_are_its_items(tmp_path: Path) -> None:
    opening = "2023年，全区砥砺前行。回顾一年，十件大事为新一年的发展积蓄了力量。"
    titles = _titles(tmp_path, "\n".join([opening, *_POINTS]) + "\n")
    assert titles[1:] == ["精准施策紧盯返贫动态监测", "因地制宜推动安置区产业兴旺", "多措并举拓展就业增收渠道",
                          "综合施策促进社区开放融合", "全面提升安置区配套设施"]


_BODY = ["“今年就在本地过年了，蔬菜也增加了供应量。”2日上午，在某某市场交易区，正忙着发货的商户告诉记者。",
         "据市场负责人介绍，今年春节蔬菜需求量将大增，市场已做好了相应的准备工作，动员商户增加储备。",
         "2日，某某农产品批发市场的蔬菜交易量是1.92万吨，春节期间蔬菜供应非常充足，价格将保持稳定。"]


def test_a_related_story_and_its_teaser_with_a_count_of_readers_end_the_text(tmp_path: Path) -> None:
    related = ["2021年某某市计划播种农作物319万亩",
               "记者从某某市农业部门获悉，今年全市计划完成农作物播种319万亩，其中粮食作物199万亩，油...（11643）人阅读"
               "时间：2021-02-05某某市新春走基层 让节日餐桌菜香价稳今天是腊月二十三，某某区积极组织...（10553）人阅读",
               "某某省春节期间将加大本地叶菜和生猪供"]
    rows = article_rows(_write(tmp_path, "\n".join([*_BODY, *related]) + "\n"))
    assert [texts for _, _, texts, _ in rows] == [_BODY]


_CNS = ["中新网某市11月17日电 (李某 杨某)初冬时节，位于黄土高原上的某县迎来晚熟苹果集中上市的黄金期。",
        "一份成绩单新鲜出炉：该县苹果总产量达123.65万吨，其中晚熟苹果产量91.48万吨，占总产量的90%。"]


def test_a_headline_over_a_wire_lead_sheds_a_mirrors_spam_and_a_series_tag(tmp_path: Path) -> None:
    head = "(乡村行·看振兴)总产量123.65万吨 “苹果之乡”某县全产业链协同发力|日韩精品av一区二区三区"
    rows = article_rows(_write(tmp_path, "\n\n".join([head, *_CNS]) + "\n"))
    assert [title for title, _, _, _ in rows] == ["总产量123.65万吨 “苹果之乡”某县全产业链协同发力"]


def test_a_long_headline_with_a_lottery_advert_inside_still_heads_the_wire_lead(tmp_path: Path) -> None:
    head = "原创 “某地是个好地方——第十二届天山南北贺新春非遗年俗展”2024澳门六今晚开奖结果出来启动"
    rows = article_rows(_write(tmp_path, "\n".join([head, *_CNS]) + "\n"))
    assert len(rows) == 1 and rows[0][0] is not None and rows[0][0].endswith("启动")
    assert spam_brand().search(head) is not None  # the lottery advert marks the page a gambling mirror's


def test_a_second_story_under_its_headline_and_byline_after_the_first_is_an_article_of_its_own(tmp_path: Path) -> None:
    first = ["收听收看过程中，大家聚精会神、认真聆听，一致认为报告是一个主题鲜明、凝心聚力的好报告。",
             "大家表示，要迅速把思想和行动统一到报告提出的目标任务和部署要求上来，立足岗位履职尽责。"]
    second = ["2月9日，农历大年三十。清晨的第一缕阳光透过树梢，洒在了某县某镇石门自然村，村里热闹起来。",
              "晨雾还未完全褪去，村头民宿的女主人便赶早忙活起来，给准备起床的孩子们做早饭。"]
    page = "\n\n".join(["市政协组织集中收看全国政协会议开幕会", *first, "年三十，走进石门村", "本报记者 龚某某", *second])
    assert _titles(tmp_path, page + "\n") == ["市政协组织集中收看全国政协会议开幕会", "年三十，走进石门村"]


def test_a_headline_over_its_own_credited_lead_on_a_mirrors_page_is_a_story_of_its_own(tmp_path: Path) -> None:
    first = ["某某讯 眼下，某区的中华木绣球花、梨花等各类春花竞相绽放，吸引了众多市民游客趁着清明假期踏青赏花。",
             "四月的某区某镇博览园总部基地，千亩绣球花迎来了最佳观赏期，目前该基地培育种植近70万株。"]
    second = "本报讯记者陈某某 徐某报道：在“五一”国际劳动节到来之际，市委书记某某走访慰问劳动模范和一线职工。"
    page = "\n\n".join(["来源: 某某问答网", "2024-05-20 06:53:11", "清明假期某区迎来“赏花”潮", *first,
                        "发扬主人翁精神 干出第一等工作", second])
    rows = article_rows(_write(tmp_path, page + "\n"))
    assert [(title, date) for title, date, _, _ in rows] == [("清明假期某区迎来“赏花”潮", "2024-05-20"),
                                                            ("发扬主人翁精神 干出第一等工作", "2024-05-20")]


def test_a_headline_with_its_date_label_glued_before_the_source_field_gives_the_date(tmp_path: Path) -> None:
    from briefgen.ingest.split.pageinfo import split_glued_info

    line = "某县开展“有爱•童行”——关爱留守儿童志愿服务活动发布时间2016年5月30日 来源:某县妇联 阅读4840次"
    assert split_glued_info(line) == ("某县开展“有爱•童行”——关爱留守儿童志愿服务活动", "发布时间2016年5月30日 来源:某县妇联 阅读4840次")
    body = "在“六一”儿童节即将到来之际，5月27日，某县妇联与团县委联合开展关爱留守儿童志愿服务活动，为56名学生送上爱心礼包。"
    rows = article_rows(_write(tmp_path, f"{line}\n{body}\n活动中，志愿者们与孩子们一起做游戏、讲故事，现场气氛温馨。\n"))
    assert [(title, date) for title, date, _, _ in rows] == [("某县开展“有爱•童行”——关爱留守儿童志愿服务活动", "2016-05-30")]


def test_an_app_pages_open_in_browser_tips_are_no_part_of_the_headline(tmp_path: Path) -> None:
    page = ("打开APP\n小贴士\n2步打开 媒体云APP\n  • 点击右上角“…” 按钮\n  • 使用浏览器/Safari打开\n\n"
            "某市应急救援队成立并举行授旗仪式\n\n2020-11-05 08:52  阅读:2125 \n\n"
            "11月3日上午，某市应急救援队挂牌成立暨授旗、授衔仪式在市区举行。\n\n"
            "仪式上，市应急管理部门负责人为该救援队亲授队旗，全体队员庄严敬礼，集体宣誓。\n")
    assert _titles(tmp_path, page) == ["某市应急救援队成立并举行授旗仪式"]


def test_a_publishing_accounts_name_and_counts_are_site_chrome() -> None:
    from briefgen.ingest.split.pagelines import is_chrome_line

    assert is_chrome_line("admin 155 76") and is_chrome_line("管理员 2301")
    assert not is_chrome_line("admin")


def _texts(tmp_path: Path, page: str) -> list[list[str]]:
    return [texts for _, _, texts, _ in article_rows(_write(tmp_path, page))]


def test_a_lead_credit_relaying_another_papers_report_is_taken_off_with_it(tmp_path: Path) -> None:
    lead = "台海网2月4日讯 据某某晨报报道 前日上午，某区社区老年人日间照料中心正式投入运营，设计床位30张。"
    rows = _texts(tmp_path, f"某区社区老年人日间照料中心投用 老人白天可入托\n{lead}\n中心设有老人居住用房，共15个房间。\n")
    assert rows[0][0].startswith("前日上午，某区社区老年人日间照料中心")
    credited = "本报讯 某某日报记者朱某某 记者徐某报道：4月19日，省委常委、常务副省长某某在我市调研。"
    rows = _texts(tmp_path, f"某某在某市调研时强调 加快基础设施高质量发展\n{credited}\n他强调，要加快推进重大项目建设。\n")
    assert rows[0][0].startswith("4月19日，省委常委")


def test_an_outlets_name_over_the_date_is_not_the_headlines_second_line(tmp_path: Path) -> None:
    page = ("我县同步开展第十一期“三个一批”集中开工活动\n\n某县融媒体中心\n\n2024-01-03 17:48:04\n\n"
            "某县融媒体中心1月3日讯(全媒体记者 王某某 王某)1月2日上午，我县在分会场同步开展集中开工活动。\n\n"
            "本次集中开工项目12个，总投资28.6亿元。\n")
    assert _titles(tmp_path, page) == ["我县同步开展第十一期“三个一批”集中开工活动"]


def test_a_report_box_an_image_address_and_a_dated_link_list_are_no_text(tmp_path: Path) -> None:
    body = ["近日，由某省文化和旅游厅、某市人民政府共同主办的第五届运河城市非遗展在某市举办。",
            "此次展会为期3天，7个国有剧团还组织集中展演，共同推动非遗保护传承发展成果共享。"]
    page = "\n".join(["网上有害信息举报专区", "", "某市第五届运河城市非遗展举办", *body,
                      "- 2022-09-15报告：二季度旅游热潮复苏 城市周末出行增多",
                      "- 2022-09-14某某:中秋假期累计接待游客356.49万人次",
                      '<image>data:image/s3,"s3://crabby-images/de1b8/de1b8434ff6d6b2926f7d490324c83536f430dee"</image>']) + "\n"
    rows = article_rows(_write(tmp_path, page))
    assert [(title, texts) for title, _, texts, _ in rows] == [("某市第五届运河城市非遗展举办", body)]


def test_a_lead_in_labelled_daoyan_is_a_summary_over_the_lead(tmp_path: Path) -> None:
    page = ("某市五举措做好汛期地质灾害防治工作\n2021/4/21 16:42:18 来源:某某网\n"
            "导言:近日，某市自然资源局召开汛期地质灾害防治工作会议，对防治工作进行部署。\n"
            "近日，某市自然资源局召开2021年汛期地质灾害防治工作会议，对汛期地质灾害防治工作进行部署。\n"
            "会议指出，根据气象部门预测，今年汛期降雨偏多，防治形势严峻。\n")
    assert _texts(tmp_path, page)[0][0].startswith("近日，某市自然资源局召开2021年")


def test_an_images_data_address_left_on_a_line_is_chrome() -> None:
    from briefgen.ingest.split.pagelines import is_chrome_line

    assert is_chrome_line('<image>data:image/s3,"s3://crabby-images/14b96/14b96d2af63e6f7c6da4f64dd3cfcc3dc41af8e0" alt="西北角"</image>')
    assert is_chrome_line("![](data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAE)")


_GRAIN = ["从市粮食局召开的秋粮收购工作会议上获悉，我市的秋粮将于12月5日开秤收购。",
          "经市政府批准，今年我市秋粮收购价格为每50公斤107元，同时做好优质服务工作。",
          "(市粮食局 储某某 吴某某)", "二OO九年十二月四日"]


def test_a_credited_reports_signing_date_in_chinese_numerals_typed_with_letter_o_dates_it(tmp_path: Path) -> None:
    rows = article_rows(_write(tmp_path, "我市秋粮将于12月5日开秤收购\n" + "\n".join(_GRAIN) + "\n"))
    assert [(date, texts) for _, date, texts, _ in rows] == [("2009-12-04", _GRAIN[:2])]
    framed = "当前位置：首页 > 新闻中心\n文章播报\n我市秋粮将于12月5日开秤收购\n" + "\n".join(_GRAIN) + "\n"
    assert [date for _, date, _, _ in article_rows(_write(tmp_path, framed, "framed.txt"))] == ["2009-12-04"]


def test_a_line_of_porn_keywords_over_the_page_is_not_its_body(tmp_path: Path) -> None:
    page = ("亚洲精品无码中文字幕蜜桃,欧美日韩一区二区精品视频在线观看,国产精品日韩欧美一区二区三区,99国产成人精品视频久爱成疾,"
            "亚州无码影视在线,日本乱码一区二区三区不卡-成人网站欧美大片在线观看...,亚洲无码日韩高清在线观看视频\n\n"
            "某某商报\n-- 天气\n某县聚力高标准农田水利建设 夯实乡村振兴“耕”基\n\n"
            "责任编辑:林某某 2024-03-04 15:04:50 来源:某某商报网\n\n"
            "    某县抢抓农田水利设施建设三年行动机会，力争通过三年时间实现恢复灌面10.08万亩。\n\n"
            "    当下正值备春耕时，某县高标准农田项目建设开启快进键，各标段全力推进。\n")
    assert [date for _, date, _, _ in article_rows(_write(tmp_path, page))] == ["2024-03-04"]


def test_a_pinyin_reading_with_a_space_before_its_bracket_is_taken_out() -> None:
    from briefgen.ingest.clean.repair import repair_text

    assert repair_text("市委書記、市人大常委會(huì )主任某某、现场会（huì ）将召开") == "市委書記、市人大常委會主任某某、现场会将召开"


def test_a_relayed_credit_with_its_reporters_in_brackets_is_taken_off_whole(tmp_path: Path) -> None:
    lead = "每日某某网9月12日讯 据某某日报报道(记者杨某某)“大家注意脚下裂缝变化，立刻标记隐患点位置!”近日，某分局开展地质灾害巡查。"
    rows = _texts(tmp_path, f"某分局开展地质灾害巡查\n{lead}\n专家仔细查看隐患点周边地形地貌和裂缝变化情况。\n")
    assert rows[0][0].startswith("“大家注意脚下裂缝变化")


def test_an_epaper_pages_issue_date_over_its_page_line_and_its_metadata_after_the_text_date_it(tmp_path: Path) -> None:
    body = ["  连日来，在做好疫情防控工作的同时，某市综合行政执法局某中队继续做好集镇的日常管理工作。",
            "  为让乡容乡貌更加有序整洁，该中队联合市场监管所开展整治行动，劝导流动摊贩15处。"]
    page = "\n\n".join(["2020年02月28日 ", "第04版:两手都要硬 两战都要赢", "提升集镇管理", *body]) + "\n"
    assert [(title, date) for title, date, _, _ in article_rows(_write(tmp_path, page))] == [("提升集镇管理", "2020-02-28")]
    stamped = "\n\n".join(["第03版:民生", "某街道:走街串巷宣传垃圾分类", "▢ 全媒体记者 李某某", *body,
                           "2022-08-30 11 11 某某商报 content_263597.html 1 3 某街道:走街串巷宣传垃圾分类 /enpproperty-->"])
    assert [date for _, date, _, _ in article_rows(_write(tmp_path, stamped + "\n", "stamped.txt"))] == ["2022-08-30"]


def test_a_headline_over_its_date_line_keeps_the_photo_line_under_the_date_out_of_the_title(tmp_path: Path) -> None:
    page = ("某市举行军民结对共建签约仪式\n2022/7/7\n某军分区和某高级中学签订军民共建协议\n"
            "为不断拓展军民共建内容，丰富双拥工作载体，近日，某市双拥办协调某军分区与某高级中学签订共建协议。\n"
            "此次军民共建签约仪式，是某市军民共建融合发展的一个缩影。\n")
    rows = article_rows(_write(tmp_path, page))
    assert [(title, date) for title, date, _, _ in rows] == [("某市举行军民结对共建签约仪式", "2022-07-07")]
    assert rows[0][2][0].startswith("为不断拓展")


@pytest.mark.parametrize(("line", "headline"), [
    ("我市将新增20个垃圾分类示范小区 环球今日讯", "我市将新增20个垃圾分类示范小区"),
    ("某地库区移民开始大规模搬迁 中央政府门户网站 gymcjnpx.com", "某地库区移民开始大规模搬迁"),
    ("华夏传媒网今日头条 陕西某县：人才齐聚话发展 “智汇乾州”结硕果", "陕西某县：人才齐聚话发展 “智汇乾州”结硕果"),
    ("某县召开会议 部署春耕生产", "某县召开会议 部署春耕生产"),
    ("某县第十七届人民政府 第28次常务会议召开", "某县第十七届人民政府 第28次常务会议召开"),
    ("某县累计投入2000多万 优化供水管网", "某县累计投入2000多万 优化供水管网"),
])
def test_a_sites_name_a_feeds_tag_or_a_domain_set_apart_by_a_space_is_no_part_of_the_headline(line: str, headline: str) -> None:
    from briefgen.ingest.split.pagehead import bare_headline

    assert bare_headline(line) == headline


def test_reposting_notices_a_call_for_tips_and_a_forums_attachment_lines_end_the_text(tmp_path: Path) -> None:
    body = ["3月20日，某区举行清水河片区配套项目集中开工仪式，11个项目集中开工。",
            "本次集中开工的项目涉及住房、公园绿地等，预计2023年底建成。"]
    for n, tail in enumerate([["如需转载请与《某某新闻》报社联系。", "未经《某某新闻》报社授权，严禁转载或镜像，违者必究。", "读者热线:4008890008"],
                              ["(某某晚报·某某客户端欢迎各界投稿,提供线索,包括文字、照片、短视频。)"],
                              ["7.jpg (35.52 KB, 下载次数: 125)", "下载附件", "2018-10-9 10:19 上传"],
                              ["还可以看看", "其他文章,谢谢您的阅读。", "网站申明:系本文编辑转载,来源于网络,并不代表本网赞同其观点。"]]):
        page = "\n".join(["当前位置：首页 > 新闻", "某区11个配套项目集中开工", "2023-03-21 13:09:48 来源：某某网", *body, *tail])
        assert _texts(tmp_path, page + "\n")[0] == body, tail
        _ = n


def test_a_name_with_a_reading_count_or_an_advert_with_its_address_glued_before_the_lead_is_no_text(tmp_path: Path) -> None:
    lead = "为进一步加强师幼对突发事故的灵活应变能力，某幼儿园开展消防应急疏散演练活动。"
    page = f"某幼儿园开展消防应急疏散演练活动 发布时间:2021-11-12来源:某幼儿园 作者:通讯员 张某某 游某浏览量:3050 {lead}\n"
    assert _texts(tmp_path, page)[0][0] == lead
    advert = "某某医院 http://m.example.net/pf/a_4386020.html近期，某市组织水务、发改等部门组成验收组，对工程进行验收。"
    rows = _texts(tmp_path, f"当前位置：首页 > 新闻\n某市水库移民项目通过验收\n2011-06-03 来源：某某网\n{advert}\n验收组一致同意通过验收。\n")
    assert rows[0][0].startswith("近期，某市组织水务")


def test_a_page_printed_twice_whole_is_one_article(tmp_path: Path) -> None:
    brief = ("7月9日，我区科技创新平台建设与管理对口协商会召开，区政协副主席某某出席。会议听取了有关情况介绍，"
             "委员们围绕平台建设提出意见建议。（区科工局）")
    assert len(article_rows(_write(tmp_path, f"{brief}\n{brief}\n"))) == 1


def test_a_photos_credit_and_its_caption_over_a_wire_lead_are_no_article_of_their_own(tmp_path: Path) -> None:
    page = ("中新社发 牛某某 摄\n"
            "8月16日，某县某乡某村移民来到某市某乡移民新村。当日，某库区试点移民搬迁正式开始，首批移民迁往新村。\n"
            "中新社某市八月十六日电 (记者 李某某)新一轮大规模水库移民行动今天正式开始。\n"
            "十六日下午，在位于某县某乡的移民新村，首批来自库区的三百多名移民喜迁新居。\n")
    rows = article_rows(_write(tmp_path, page))
    assert len(rows) == 1 and rows[0][2][0].startswith("新一轮大规模水库移民行动")


def test_a_pages_buttons_between_the_headline_and_the_lead_do_not_hide_the_headline(tmp_path: Path) -> None:
    page = ("某市特色农产品亮相中国农民丰收节\n\n某某新闻网>>融媒·专题>>2021>>某新区>>要闻\n\n时 间\n/\n分 享\n评 论\n\n"
            "记者赵某报道:郭氏羊汤、上党腊驴肉等特色农产品亮相中国农民丰收节，吸引众多市民品尝选购。\n\n"
            "据了解，本次丰收节共有50余家企业参展，展出特色农产品300余种。\n")
    assert _titles(tmp_path, page) == ["某市特色农产品亮相中国农民丰收节"]


def test_a_writers_credit_over_the_text_is_no_headline(tmp_path: Path) -> None:
    page = ("文︳某某日报社特约作者刘某\n周末，从某市出发，坐上城际快巴来一趟说走就走的旅行，去某区体验舌尖上的美味。\n"
            "城际快巴的开通，仅仅是三地频繁互动的缩影。\n")
    assert _titles(tmp_path, page) == [None]


def test_a_photos_label_repeating_the_headline_with_its_number_is_no_text(tmp_path: Path) -> None:
    head = "某市2022年第一季度重大项目开工 总计75个，总投资674亿元"
    body = ["1月4日，某省2022年第一季度重大项目集中开工（某市分会场）在某经开区举行。",
            "开工仪式现场，上百台挖掘机、渣土车、推土机在会场两侧一字排开，蓄势待发。"]
    page = "\n".join(["当前位置：首页 > 新闻", head, "2022-01-04 来源：某某网", body[0], f"{head}(图1)", body[1]]) + "\n"
    assert _texts(tmp_path, page) == [body]


def test_read_off_the_final_measure_a_summary_a_media_reporters_credit_writers_and_a_column_tag(tmp_path: Path) -> None:
    from briefgen.ingest.split.pagehead import bare_headline

    lead = "12月5日，某县“国际志愿者日”系列志愿服务活动启动仪式在某风景区举行。"
    page = f"当前位置：首页 > 新闻\n某县开展国际志愿者日活动\n2021-12-06 来源：某某网\n提要：{lead}\n{lead}\n活动现场，志愿者们开展了义诊服务。\n"
    assert _texts(tmp_path, page)[0][0] == lead
    credited = "本报讯 全媒体记者王某某 通讯员李某某报道 为进一步加强医保政策宣传，某县开展医保政策进乡村活动。"
    rows = _texts(tmp_path, f"某县开展医保政策宣传\n{credited}\n活动中，工作人员向群众讲解医保政策。\n")
    assert rows[0][0].startswith("为进一步加强医保政策宣传")
    writers = "跑出项目用地报批“加速度”\n李某敏 楼某瑜 沈某滢\n近日，某省一批交通工程迎来新进展，某枢纽及接线工程用地获批。\n该项目属国务院推进的重大项目。\n"
    assert [title for title, _, _, _ in article_rows(_write(tmp_path, writers, "w.txt"))] == ["跑出项目用地报批“加速度”"]
    assert bare_headline("跑出项目用地报批“加速度” 李某敏 楼某瑜 沈某滢") == "跑出项目用地报批“加速度”"
    assert bare_headline("强基础 补短板 某县推进乡村振兴") == "强基础 补短板 某县推进乡村振兴"
    assert bare_headline("【某县动态】某县“五大工程”扎实推进民生保障工作") == "某县“五大工程”扎实推进民生保障工作"

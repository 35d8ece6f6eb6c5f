"""Thirty-third round of page kinds (session 15): a report whose paragraphs open with run-in heads under an
opening that names no list is one article, not a digest of items."""

from __future__ import annotations

from pathlib import Path

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
    assert [title for title, _, _, _ in article_rows(_write(tmp_path, page))] == ["某市应急救援队成立并举行授旗仪式"]


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
    assert [title for title, _, _, _ in article_rows(_write(tmp_path, page))] == ["我县同步开展第十一期“三个一批”集中开工活动"]


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

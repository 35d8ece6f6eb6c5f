"""Thirty-fourth round of page kinds (session 16): a meeting report whose bulleted sections repeat the agenda
its lead lists is one article."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.documents import article_rows
from tests.ingest.documents import write_page as _write

_LEAD = ("1月9日，县长某某主持召开县政府第8次常务会，传达学习省政府重要会议精神，听取全县春运安全等工作安排，"
         "审议《某县农村公路管理养护体制改革实施方案》等议题。")
_AGENDA = ["●传达学习省政府重要会议精神 会议指出，要深入贯彻领会会议精神，结合我县实际抓好落实，推动各项工作见效。",
           "●听取全县春运安全等工作安排 会议要求，各级各部门要强化春运数据分析研判，全力确保春运平稳有序运行。",
           "●审议《某县农村公路管理养护体制改革实施方案》 会议要求，进一步提升全县农村公路路域环境，深化管理养护体制改革。"]


def test_bulleted_sections_repeating_the_leads_agenda_are_one_article(tmp_path: Path) -> None:
    rows = article_rows(_write(tmp_path, "\n".join([_LEAD, *_AGENDA]) + "\n"))
    assert len(rows) == 1
    assert any(t.startswith("会议要求，进一步提升") for t in rows[0][2])


def test_bulleted_briefs_under_a_lead_that_does_not_name_them_stay_items(tmp_path: Path) -> None:
    briefs = ["●某县召开春运安全工作会议 会议要求，各级各部门要强化春运数据分析研判，全力确保春运平稳有序运行。",
              "●某镇开展农村公路养护大检查 检查组一行先后深入多个村组，查看路域环境整治情况，督促整改问题。"]
    lead = "本周，全市各地扎实推进冬春季各项重点工作，取得积极成效，现将有关情况摘要如下。"
    rows = article_rows(_write(tmp_path, "\n".join([lead, *briefs]) + "\n"))
    assert len(rows) == 3


def test_spaces_a_copy_set_around_punctuation_are_taken_out(tmp_path: Path) -> None:
    page = ("麦子熟了 “关中第一镰”开镰\n5月25日，随着2台收割机同时启动，某县某镇的小麦开始收割 ，标志着“关中第一镰”正式开镰 。\n"
            "今年 ， 某县夏田作物总面积12.2万亩 ， 其中小麦10.7万亩 。“只要水肥充足 ，一亩地最起码在800斤以上 。”村民刘某说 。\n")
    rows = article_rows(_write(tmp_path, page))
    assert rows[0][2] == ["5月25日，随着2台收割机同时启动，某县某镇的小麦开始收割，标志着“关中第一镰”正式开镰。",
                          "今年，某县夏田作物总面积12.2万亩，其中小麦10.7万亩。“只要水肥充足，一亩地最起码在800斤以上。”村民刘某说。"]


def test_a_platforms_photo_blocks_headline_alt_text_and_caption_with_its_credit_are_no_text(tmp_path: Path) -> None:
    head = "麦子熟了!“关中第一镰”开镰"
    lead = "5月25日，随着2台收割机同时启动，某县某镇的小麦开始收割，标志着今年的“关中第一镰”正式开镰。"
    more = "今年，某县夏田作物总面积12.2万亩，其中小麦10.7万亩，油菜1.5万亩，据预测亩产比去年增产6.5%以上。"
    last = "据了解，某县大规模夏收工作预计在6月3日全面展开，全县将投入收割机500余台。"
    page = "\n".join([head, "本文转自:某某在线", head, "文章图片", "丰收的喜悦摄影彭某某", lead,
                      head, "文章图片", "正式开镰摄影彭某某", more, f"{head}】{last}"]) + "\n"
    rows = article_rows(_write(tmp_path, page))
    assert [(title, texts) for title, _, texts, _ in rows] == [(head, [lead, more, last])]


def test_a_long_row_of_links_set_apart_by_spaced_bars_is_read_at_once(tmp_path: Path) -> None:
    import signal

    def stuck(*_: object) -> None:
        raise AssertionError("a row of links took the chrome patterns into runaway backtracking")

    row = "    |    ".join(["要闻", "城市远洋", "原创", "老外在福建", "直观中国", "融媒体"]) + "    |    更多内容请点击"
    page = "\n".join([row, "某县召开春耕生产推进会", "3月1日，某县召开春耕生产推进会，部署全县春耕备耕工作，确保粮食面积稳定。"]) + "\n"
    signal.signal(signal.SIGALRM, stuck)
    signal.alarm(30)  # the old pattern spent hours on this row; the fixed one microseconds
    try:
        rows = article_rows(_write(tmp_path, page))
    finally:
        signal.alarm(0)
    assert rows[0][0] == "某县召开春耕生产推进会"


_TOLD = ["9月11日，某市县级融媒体建设现场会在某县召开，来自市委宣传部、网信办等单位负责人共120余人参加会议。",
         "会议首先观摩了某镇便民服务中心党政集中宣传平台的建设及运营情况，随后召开座谈会交流经验。"]


def test_an_info_line_with_its_values_in_square_brackets_dates_the_page(tmp_path: Path) -> None:
    page = "\n".join(["日期:[2018年09月13日] -- 某某报 -- 版次:[J2]", "",
                      "某市县级融媒体建设 现场会在某县召开", "", *_TOLD]) + "\n"
    assert [(t, d, texts) for t, d, texts, _ in article_rows(_write(tmp_path, page))] == [
        ("某市县级融媒体建设 现场会在某县召开", "2018-09-13", _TOLD)]


def test_a_date_glued_to_its_source_and_a_view_count_is_the_pages_info_line(tmp_path: Path) -> None:
    page = "\n".join(["行业新闻", "", "“户户通”让乡村农民尽情看电视听广播", "", "2017年12月15日互联网浏览量:0", "", *_TOLD]) + "\n"
    assert [(t, d) for t, d, _, _ in article_rows(_write(tmp_path, page))] == [("“户户通”让乡村农民尽情看电视听广播", "2017-12-15")]


def test_a_rating_widget_and_a_mirrors_share_prompt_are_chrome(tmp_path: Path) -> None:
    head = "某市统战文化周开幕 共画最大同心圆"
    page = "\n".join([head, "文章推荐指数: 80 %", f'某某网小编提示,记得把"{head}"分享给大家!', *_TOLD]) + "\n"
    assert [(t, texts) for t, _, texts, _ in article_rows(_write(tmp_path, page))] == [(head, _TOLD)]
    rated = "\n".join([f"{head}_某某网某某频道", "文章推荐指数: 80 %", *_TOLD]) + "\n"
    assert [(t, texts) for t, _, texts, _ in article_rows(_write(tmp_path, rated))] == [(head, _TOLD)]


def test_a_headline_with_a_mirrors_spam_after_a_bar_over_a_wires_restated_title_is_one_article(tmp_path: Path) -> None:
    head = "综述：从七人“拓荒”到百人团接力——某市援青十五载铸就情深"
    page = "\n".join([f"{head}|日韩精品av一区二区三区", f"中新网某地9月25日电 题：{head}", "作者陈某 罗某", *_TOLD]) + "\n"
    assert [(t, texts) for t, _, texts, _ in article_rows(_write(tmp_path, page))] == [(head, _TOLD)]


_NOTICE = ["根据当前疫情防控需要，经综合分析研判，某市应对疫情工作领导小组办公室研究决定，自2022年10月13日18时起，划定风险区域如下：",
           "一、新增高风险区5个", "(一)某区(3个)", "站南街道杜化路与朝阳路十字朝阳小区", "杜桥街道碧桂园传奇一期",
           "站南街道西二路天外天烧烤店", "(二)某县(2个)", "罕井镇仁和村", "辛市街道教师小区", "二、新增中风险区4个",
           "(一)某区(2个)", "人民街道一青里29号(兽医站家属院)", "解放街道光明小区", "(二)某县(2个)",
           "某县联手商城后门香飘飘饭店", "辛市街道天天道小笼包店", "三、低风险区",
           "某区、某县除高风险区外，其他区域均为低风险区。", "调整后，某市共有高风险区13个，中风险区20个。"]


def test_a_notices_signature_over_two_lines_is_no_headline_and_its_date_is_the_pages(tmp_path: Path) -> None:
    head = "10月13日18时起，某市新增高风险区5个 中风险区4个"
    signed = [head, *_NOTICE, "特此通告。", "某市应对新型冠状病毒感染肺炎疫情", "工作领导小组办公室", "2022年10月13日"]
    rows = article_rows(_write(tmp_path, "\n".join(signed) + "\n"))
    assert rows[0][:2] == (head, "2022-10-13")  # (a list's entry may still be read as a headline of its own)
    stamped = [head, *_NOTICE, "某市应对新型冠状病毒感染肺炎疫情", "工作领导小组办公室(代章)", "2022年10月13日"]
    rows = article_rows(_write(tmp_path, "\n".join(stamped) + "\n"))
    assert rows[0][:2] == (head, "2022-10-13")
    assert rows[-1][2][-1] == _NOTICE[-1]  # the issuer and the date are no text


def test_an_untitled_piece_opening_on_a_lists_later_entry_is_the_rest_of_that_list(tmp_path: Path) -> None:
    lead = "经综合分析研判，某市应对疫情工作领导小组办公室研究决定，自2022年10月13日18时起，划定风险区域如下："
    entries = ["一、高风险区（2个）", "1.某区某街道某村5组", "2.某区某镇某村7组", "二、中风险区（2个）",
               "1.某区某街道某村（除5组）", "2.某区某镇某村（除7组）", "三、低风险区",
               "某区、某县除高中风险区外，其他区域均为低风险区。", "调整后，某市共有高风险区13个，中风险区20个。"]
    rows = article_rows(_write(tmp_path, "\n".join([lead, *entries]) + "\n"))
    assert len(rows) == 1


def test_a_programmes_name_in_title_marks_before_a_headline_goes_when_the_text_hardly_names_it(tmp_path: Path) -> None:
    lead = "（记者：白某 戎某）日前，某市某区召开2022年度目标责任年终综合考核汇报会，区委书记王某主持会议。"
    told = "宋某指出，要充分认识考核工作的重大意义，把考核作为检阅工作实绩、总结典型经验的契机。"
    page = "\n".join(["《今朝看某州》某市某区召开2022年度目标责任年终综合考核汇报会", lead, told]) + "\n"
    assert article_rows(_write(tmp_path, page))[0][0] == "某市某区召开2022年度目标责任年终综合考核汇报会"
    plan = "\n".join(["《规划》正式印发", "《规划》明确了某市农田排水工程涉及六大区域，分3期9年实施完成。", told]) + "\n"
    assert article_rows(_write(tmp_path, plan))[0][0] == "《规划》正式印发"
    law = "\n".join(["《某某条例》施行一周年 某市依法治理成效明显", "《某某条例》施行一年来，某市依法治理成效明显，群众满意度提升。",
                     told]) + "\n"
    assert article_rows(_write(tmp_path, law))[0][0] == "《某某条例》施行一周年 某市依法治理成效明显"


def test_a_long_headline_beside_its_date_is_the_headline_and_the_date_the_pages(tmp_path: Path) -> None:
    head = "国省人大代表集中视察某市经济社会发展情况"
    page = "\n".join([f"{head}2024-12-11      点击:", "", *_TOLD]) + "\n"
    assert [(t, d, texts) for t, d, texts, _ in article_rows(_write(tmp_path, page))] == [(head, "2024-12-11", _TOLD)]
    tagged = "\n".join([f"【三农动态】{head} 2024-12-11", *_TOLD]) + "\n"  # set apart by a space, under a column's tag
    assert [(t, d) for t, d, _, _ in article_rows(_write(tmp_path, tagged))] == [(head, "2024-12-11")]


def test_a_pictures_file_name_after_a_headline_goes(tmp_path: Path) -> None:
    page = "\n".join(["高坪：在“五区建设”中善作为勇担当-1.jpg", "发布时间：2024-06-02", *_TOLD]) + "\n"
    assert article_rows(_write(tmp_path, page))[0][0] == "高坪：在“五区建设”中善作为勇担当"



def test_a_headline_with_commas_over_its_own_date_line_under_a_columns_name(tmp_path: Path) -> None:
    head = "某邮政推出“双11”蹲点记采访②|“快递进村”显成效!驿站挺热闹,村民们都要“赶时髦”"
    page = "\n".join(["基层新闻", f"    {head}", "    2023-11-16   ", "", *_TOLD]) + "\n"
    assert [(t, d, texts) for t, d, texts, _ in article_rows(_write(tmp_path, page))] == [
        (head.replace(",", "，"), "2023-11-16", _TOLD)]  # (the comma comes back full-width, as everywhere)

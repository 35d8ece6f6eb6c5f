"""Twenty-third round of page kinds (fresh51–56, session 11): a report told in order is no digest of headed
items, captions with their credit, dotted day-first stamps, letter-spaced credits, a cut lead's opening, a
keyword title over the real headline, disclaimers and reading blocks that end the text, a column word over a
question headline, e-paper page lines and record lines, info labels run together, a date under labelled lines
or printed after the text, and bulleted sub-heads inside a report."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.clean.repair import repair_text
from briefgen.ingest.split.pageinfo import day_first, issue_date, ordered_date, page_info
from briefgen.ingest.split.pagelines import is_chrome_line, is_headline, is_tail_line
from briefgen.readers.infoline import read_info_line
from tests.ingest.documents import article_rows
from tests.ingest.documents import write_page as _write
from tests.ingest.test_page_kinds20 import _BODY, _HEAD, _LAST, _LEAD, _MORE


def _rows(tmp_path: Path, page: str) -> list[tuple[str | None, str | None, list[str]]]:
    return [(title, date, texts) for title, date, texts, _ in article_rows(_write(tmp_path, page))]


_CEREMONY = ("尊师重教 某某中学举行秋季开学典礼\n日期:2025-09-11 15:41 来源:某某在线\n"
             "某某在线9月11日讯(通讯员 张某)9月10日上午，某某中学全体师生齐聚礼堂，举行秋季开学典礼。\n"
             "开学典礼在庄严的国歌声中拉开帷幕。全体师生肃立，高唱国歌。\n"
             "优秀教师代表王老师上台发言。她结合自身经历，分享了教学心得。\n"
             "优秀学生代表李同学则以青春的视角发言。她呼吁同学们相互鼓励、共同进步。\n"
             "典礼最后进行了颁奖环节。校领导为获奖学生颁发奖章，台下响起热烈掌声。\n"
             "此次典礼简短而庄重，明确了新学期的奋斗方向。\n")


def test_a_report_whose_paragraphs_open_on_short_sentences_told_in_order_is_one_article(tmp_path: Path) -> None:
    rows = _rows(tmp_path, _CEREMONY)
    assert len(rows) == 1
    assert rows[0][0] == "尊师重教 某某中学举行秋季开学典礼"
    assert rows[0][2][-1] == "此次典礼简短而庄重，明确了新学期的奋斗方向。"


def test_captions_with_their_credit_after_a_lead_are_captions_not_items(tmp_path: Path) -> None:
    captions = "\n".join(f"选手在{name}项目比赛中。(某某日报记者 王某 摄)" for name in ("美发", "焊接", "制造", "维修"))
    page = f"某某日报广州12月10日电 12月10日，首届职业技能大赛在广州开幕。大赛设86个比赛项目，规模空前。\n{captions}\n"
    rows = _rows(tmp_path, page)
    assert len(rows) == 1
    # the paper's dateline (…广州12月10日电) is the lead's credit since session 12, as …日讯 was before
    assert rows[0][2] == ["12月10日，首届职业技能大赛在广州开幕。大赛设86个比赛项目，规模空前。"]


@pytest.mark.parametrize(("line", "read"), [
    ("07.09.2020 21:35", "07.09.2020"),  # either way round: the text's months tell
    ("13.04.2016 12:10", "2016-04-13"),
    ("04.28.2016", "2016-04-28"),
    ("2016.04.12 12:10", None),
    ("07.09.2020 有雨", None),
])
def test_a_dotted_stamp_reads_day_first_or_waits_for_the_text(line: str, read: str | None) -> None:
    assert day_first(line) == read


@pytest.mark.parametrize(("text", "date"), [
    ("9月7日是开学第一天。", "2020-09-07"),
    ("7月9日放假。", "2020-07-09"),
    ("今天21时30分播出。", None),
    ("7月9日放假，9月7日开学。", None),
])
def test_an_ambiguous_dotted_stamp_reads_by_the_month_its_text_names(text: str, date: str | None) -> None:
    assert ordered_date("07.09.2020", text) == date


def test_a_page_dated_by_an_ambiguous_stamp_takes_the_reading_its_text_names(tmp_path: Path) -> None:
    stamped = f"开学第一天，图文全纪录!直击某县新生报到现场!\n\n07.09.2020  21:35\n\n{_LEAD}9月7日是全县开学第一天。\n{_MORE}\n"
    assert _rows(tmp_path, stamped)[0][:2] == ("开学第一天，图文全纪录!直击某县新生报到现场!", "2020-09-07")
    unnamed = f"某区副区长今晚走进《对话区长》\n\n04.09.2014  17:14\n\n{_LEAD}\n{_MORE}\n"
    assert _rows(tmp_path, unnamed)[0][1] is None


@pytest.mark.parametrize(("line", "kept"), [
    ("实 习 生 陈 某", "实习生陈某"),
    ("本报记者 王 某 摄", "本报记者 王某 摄"),
    ("□本报记者 齐 某", "□本报记者 齐某"),
    ("我 们 的 家 园 美 丽 又 富 饶 啊 真 好", "我 们 的 家 园 美 丽 又 富 饶 啊 真 好"),
])
def test_letter_spaced_credits_are_written_as_words(line: str, kept: str) -> None:
    assert repair_text(line) == kept


@pytest.mark.parametrize("line", [
    "图为村民在田里浇地。高某 摄",  # a caption's credit right after its full stop
    "防灾演练科目开展医疗救援。张某摄",
    "选手在焊接项目比赛中。(某某日报记者 王某 摄)",
])
def test_captions_credited_after_their_full_stop_are_no_headlines(line: str) -> None:
    assert not is_headline(line)
    assert repair_text(line) == line


def test_a_lead_cut_after_its_day_and_hour_is_no_headline() -> None:
    assert not is_headline("7月7日上午，市第")
    assert is_headline("7月1日起，这些新规开始施行")


def test_a_keyword_title_gives_way_to_the_headline_under_its_summary(tmp_path: Path) -> None:
    page = (f"某某市教育局\n\n2025-04-15 01:45:10 综合精选 >\n导读 某某市教育局开展校园安全专项检查行动{_LEAD}\n\n"
            f"某某市教育局开展校园安全专项检查行动\n\n{_BODY}\n郑重声明:本文版权归原作者所有，如有侵权请联系删除。\n")
    rows = _rows(tmp_path, page)
    assert rows == [("某某市教育局开展校园安全专项检查行动", "2025-04-15", [_LEAD, _MORE, _LAST])]


@pytest.mark.parametrize("line", [
    "德州某某网版权与免责声明:",
    "您需要登录后才可以评论, 登录| 注册",
    "秒懂生活扩展阅读",
    "本站资料均由网友自行发布提供，仅用于学习交流。",
    "本文版权归原作者所有，如有侵权请联系删除。",
    "声明:本文转载自【某某网】，文章版权归原作者所有。",
])
def test_disclaimer_heads_login_prompts_and_reading_blocks_end_the_text(line: str) -> None:
    assert is_tail_line(line)


def test_a_disclaimer_head_ends_the_text_though_long_clauses_follow(tmp_path: Path) -> None:
    page = (f"首页 > 新闻中心\n{_HEAD}\n{_BODY}某某新闻网版权与免责声明:\n"
            "①本网所有作品，版权均属于某某新闻网，使用者须与本网联系取得许可，已经授权使用作品的，应在授权范围内使用，"
            "并注明“来源:某某新闻网”，违反上述声明者，本网将依法追究其相关法律责任。\n"
            "②本网所载的其他媒体作品，目的在于传递更多信息，并不代表本网赞同其观点和对其真实性负责。\n")
    assert _rows(tmp_path, page)[0][2][-1] == _LAST


def test_a_column_word_over_a_question_headline_and_dashed_subheads_inside(tmp_path: Path) -> None:
    page = (f"文旅\n\n全国大中小学陆续开学 “开学第一课”讲了啥?\n\n{_LEAD}\n\n全国各地陆续迎开学!\n\n——近3亿学生回归校园\n\n"
            f"{_MORE}\n\n{_LAST}\n")
    rows = _rows(tmp_path, page)
    assert len(rows) == 1
    assert rows[0][0] == "全国大中小学陆续开学 “开学第一课”讲了啥?"
    assert rows[0][2][0] == _LEAD


@pytest.mark.parametrize("line", [
    "某某体育3.0手机版",
    "某某新闻客户端下载",
    "08-12 17:48   0 某某县融媒体中心   张某",
    "客服设为首页 |",
    "设为首页 加为收藏 联系我们",
    "央视网|中国网络电视台|网站地图 |",
    "00008版:平安",
    "第A13版:聚焦",
    "【配音】",
])
def test_site_links_stamps_without_a_year_and_page_lines_are_chrome(line: str) -> None:
    assert is_chrome_line(line)


def test_a_headline_with_its_site_version_link_above_is_the_headline(tmp_path: Path) -> None:
    page = f"某某体育3.0手机版\n\n{_HEAD}\n\n时间:2022-02-20 17:34:28 来源:县发改委 作者:孙某\n\n{_BODY}"
    assert _rows(tmp_path, page)[0][:2] == (_HEAD, "2022-02-20")


@pytest.mark.parametrize(("line", "info"), [
    ("录入: 张某 责任编辑: 张某 稿源: 某某新闻网 |", (None, "某某新闻网")),
    ("信息更新：2025-12-17来源：浏览次数：24", ("2025-12-17", None)),
])
def test_entry_and_update_labels_and_labels_run_on_after_a_date(line: str, info: tuple[str | None, str | None]) -> None:
    assert read_info_line(line) == info


def test_an_e_paper_page_dated_over_its_headline_and_by_its_record_line(tmp_path: Path) -> None:
    over = f"2019年12月26日\n首页\n第A13版:聚焦\n\n{_HEAD}\n\n{_BODY}"
    assert _rows(tmp_path, over)[0][:2] == (_HEAD, "2019-12-26")
    record = (f"某某法治报 数字报纸\n\n00008版:平安\n\n{_HEAD}\n\n  通讯员 林某\n\n  本报讯 {_LEAD}\n\n  {_MORE}\n\n"
              f"某某法治报 平安 00008 {_HEAD} 2024-03-08 26696124 2 2024年03月08日 星期五\n")
    assert _rows(tmp_path, record) == [(_HEAD, "2024-03-08", [_LEAD, _MORE])]


def test_an_issue_label_dates_the_headline_under_it(tmp_path: Path) -> None:
    assert issue_date("某某农村日报20210408期") == "2021-04-08"
    assert issue_date("某某农村日报20211308期") is None
    assert page_info("某某农村日报20210408期") == ("2021-04-08", None)
    page = f"某某农村日报20210408期\n{_HEAD}\n\n    \n\n  {_LEAD}\n  {_MORE}\n\n关闭\n"
    assert _rows(tmp_path, page)[0][:2] == (_HEAD, "2021-04-08")


def test_a_column_before_a_bar_and_a_photo_agency_credit_leave_the_headline_and_text(tmp_path: Path) -> None:
    page = f"视窗 | {_HEAD}\n新华社 2022-12-03 11:00\n\n{_BODY}\n图文/新华社发\n\n编辑/耿某\n\n最新评论\n"
    assert _rows(tmp_path, page) == [(_HEAD, "2022-12-03", [_LEAD, _MORE, _LAST])]


def test_photo_captions_between_the_headline_and_the_text_leave_the_headline(tmp_path: Path) -> None:
    captions = "\n".join(f"图为村民在{w}浇地。高某 摄" for w in ("田里", "坡上", "河边", "园中"))
    page = f"{_HEAD}\n{_HEAD}\n{captions}\n{_BODY}\n\n相关推荐\n评论列表\n"
    rows = _rows(tmp_path, page)
    assert rows[0][0] == _HEAD
    assert rows[0][2][0] == _LEAD


def test_a_bare_date_under_labelled_lines_is_the_page_date(tmp_path: Path) -> None:
    page = (f"av影视一区_中文字幕有码无码_久久超碰_资源久久\n\n全部\n\n{_HEAD}\n\n来源:新某某客户端\n\n作者: 李某\n\n"
            f"2019-02-16\n\n某某日报·新某某客户端记者 李某\n\n{_BODY}\n[责任编辑:张某]\n")
    assert _rows(tmp_path, page)[0][:2] == (_HEAD, "2019-02-16")


def test_a_labelled_date_printed_after_the_text_dates_it(tmp_path: Path) -> None:
    page = (f"“中国旅游日”\n{_LEAD}{_MORE}\n{_LAST}\n——@五湖四海的朋友们\n(来源:某某文化旅游微信公众号)\n更新时间:2025-05-21\n"
            "本站资料均由网友自行发布提供，仅用于学习交流。如有版权问题，请与我联系。\n© CopyRight 2020 All Rights Reserved.\n")
    assert _rows(tmp_path, page)[0][1] == "2025-05-21"


def test_a_headline_only_in_the_location_line_is_the_title(tmp_path: Path) -> None:
    page = f"当前位置: 旅游资讯 >  5.19中国旅游日主题活动启动,某某薰衣草文化节开幕\n\n{_BODY}"
    assert _rows(tmp_path, page)[0][0] == "5.19中国旅游日主题活动启动，某某薰衣草文化节开幕"


def test_a_summary_label_behind_a_lost_character_is_the_summary(tmp_path: Path) -> None:
    assert repair_text("?摘要: 4月27日，某县牡丹文化旅游节隆重举行") == "摘要: 4月27日，某县牡丹文化旅游节隆重举行"
    assert repair_text("?我们") == "?我们"


def test_whole_line_bracketed_captions_are_captions(tmp_path: Path) -> None:
    page = (f"(某某县2015年民俗文化旅游节开幕式)\n\n(某某部长宣布文化旅游节开幕)\n{_LEAD}\n{_MORE}\n\n(副市长张某某讲话)\n"
            f"{_LAST}\n")
    rows = _rows(tmp_path, page)
    assert [r[2] for r in rows] == [[_LEAD, _MORE, _LAST]]


def test_bulleted_sub_heads_inside_a_report_are_no_items(tmp_path: Path) -> None:
    page = (f"某市进入招工用工旺季 企业提供充足岗位\n{_LEAD}\n记者 范某 通讯员 李某\n●市内各地密集举行招聘会\n{_MORE}\n"
            f"●网上招聘平台多\n{_LAST}\n")
    rows = _rows(tmp_path, page)
    assert len(rows) == 1
    assert rows[0][2][-1] == _LAST


def test_a_kicker_that_leads_into_the_headline_with_a_dash_is_left_out(tmp_path: Path) -> None:
    page = (f"首页 > 栏目 > 舆情 > 正文\n\n一些农民工来信反映，工资被拖欠——\n\n解决农民工欠薪 如何对症下药\n\n"
            f"本报记者 金某 胡某    2026-02-02 09:02:37    人民日报\n\n{_BODY}")
    assert _rows(tmp_path, page)[0][:2] == ("解决农民工欠薪 如何对症下药", "2026-02-02")


def test_a_date_over_a_two_line_headline_is_the_page_date(tmp_path: Path) -> None:
    page = (f"云报平台\n\n这已经是最后一期了哦!\n\n我知道了\n\n内容详情\n2020年04月09日\n\n倾听企业心声 汇聚发展力量\n\n{_HEAD}\n\n"
            f"阅读数:916\n\n融媒体记者 张某 严某\n\n{_BODY}")
    assert _rows(tmp_path, page)[0][1] == "2020-04-09"


def test_bulleted_items_of_a_list_with_their_own_text_stay_items(tmp_path: Path) -> None:
    page = (f"第3期（总第83期）县委宣传部主管 县委报道组主办\n□{_HEAD}\n{_LEAD}\n□县第十六届人民代表大会第四次会议隆重召开\n"
            f"{_MORE}\n□县政协第九届第四次会议胜利召开\n{_LAST}\n")
    titles = [r[0] for r in _rows(tmp_path, page)]
    assert titles[1:] == ["县第十六届人民代表大会第四次会议隆重召开", "县政协第九届第四次会议胜利召开"]

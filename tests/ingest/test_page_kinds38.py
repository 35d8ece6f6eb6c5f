"""Thirty-eighth round of page kinds (session 20): a headline, a byline or a button glued before the dated lead under it."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.split.brokennumber import numbers_rejoined
from briefgen.ingest.split.pagehead import joined_label_values
from briefgen.ingest.split.pagelines import is_reporter_line
from briefgen.readers.base import Block
from briefgen.readers.infoline import read_info_line
from tests.ingest.documents import one_row as _one

_HEAD = "某市召开防汛抗旱工作会议"
_LEAD = "8月18日下午，某市召开防汛抗旱工作会议，安排部署当前抗旱减灾工作。市委书记李某某出席会议并讲话。"
_MORE = "会议强调，要把抗旱减灾作为当前最重要的工作来抓，全力保障群众生活用水和农业生产用水。"
_THIRD = "会议要求，各地各部门要压紧压实责任，加强统筹调度，确保群众饮水安全。"


@pytest.mark.parametrize("head", [_HEAD, "全力以赴抗旱保供 某市召开防汛抗旱工作会议", "某市工商联召开十四届二十次主席会议"])
def test_a_headline_glued_before_the_dated_lead_is_the_pages_headline(tmp_path: Path, head: str) -> None:
    title, _, texts, _ = _one(tmp_path, [head + _LEAD, _MORE, _THIRD], "\n")
    assert (title, texts) == (head, [_LEAD, _MORE, _THIRD])


def test_a_glued_headline_under_site_chrome_is_the_pages_headline(tmp_path: Path) -> None:
    title, _, texts, _ = _one(tmp_path, ["当前位置：首页 > 要闻", _HEAD + _LEAD, _MORE, _THIRD, "责任编辑：张某"], "\n")
    assert (title, texts) == (_HEAD, [_LEAD, _MORE, _THIRD])


@pytest.mark.parametrize("opening", ["某市防汛抗旱指挥部于", "截至", "2023年", "吉州讯(张某某)", "受持续高温影响，全市旱情持续发展"])
@pytest.mark.parametrize("headline", [[], [_HEAD]])
def test_words_that_run_into_the_day_are_the_leads_own_not_a_headline(tmp_path: Path, opening: str,
                                                                       headline: list[str]) -> None:
    title, _, texts, _ = _one(tmp_path, [*headline, opening + _LEAD, _MORE, _THIRD], "\n")
    assert title == (headline[0] if headline else None) or title is None and not headline
    assert texts[0].endswith(_LEAD) and texts[0] != _LEAD and texts[1:] == [_MORE, _THIRD]


@pytest.mark.parametrize("credit", ["某市日报讯（记者 王某）", "某市信息港讯 记者王某 "])
def test_a_credit_before_the_dated_lead_is_taken_off_as_the_leads_credit(tmp_path: Path, credit: str) -> None:
    title, _, texts, _ = _one(tmp_path, [_HEAD, credit + _LEAD, _MORE, _THIRD], "\n")
    assert (title, texts) == (_HEAD, [_LEAD, _MORE, _THIRD])


@pytest.mark.parametrize("glued", ["本报记者 王某某", "【打印】【关闭】", "浏览次数：100次", "首页 > 新闻 > 本地"])
def test_a_byline_or_chrome_glued_before_the_dated_lead_leaves_the_lead_whole(tmp_path: Path, glued: str) -> None:
    title, _, texts, _ = _one(tmp_path, [glued + _LEAD, _MORE, _THIRD], "\n")
    assert (title, texts) == (None, [_LEAD, _MORE, _THIRD])


def test_a_lead_that_opens_on_its_month_and_day_is_no_day_glued_after_a_month(tmp_path: Path) -> None:
    lead = _LEAD.replace("8月18日", "3月7日", 1)
    title, _, texts, _ = _one(tmp_path, [_HEAD, lead, _MORE, _THIRD], "\n")
    assert (title, texts) == (_HEAD, [lead, _MORE, _THIRD])


@pytest.mark.parametrize("section", ["第05版:第5版 防汛救灾·区县力量 PDF版阅读", "第五版:社会/民生"])
def test_an_epapers_page_number_and_name_are_no_part_of_the_headline(tmp_path: Path, section: str) -> None:
    title, date, texts, _ = _one(tmp_path, ["上一期 下一期", section, "2022年08月19日", _HEAD, _LEAD, _MORE])
    assert (title, date, texts) == (_HEAD, "2022-08-19", [_LEAD, _MORE])


def test_a_sites_greeting_with_its_branch_and_a_courtesy_is_no_part_of_the_headline(tmp_path: Path) -> None:
    greeting = "您好,欢迎访问某某快报网上海,我们将竭诚为您服务!"
    title, date, texts, _ = _one(tmp_path, [greeting, _HEAD, "2021-10-09 10:07来源:未知 频道:江苏新闻 阅读:", _LEAD, _MORE])
    assert (title, date, texts) == (_HEAD, "2021-10-09", [_LEAD, _MORE])


@pytest.mark.parametrize("head", [[], [_HEAD]])
def test_a_navigation_bar_whose_links_ran_together_is_no_headline(tmp_path: Path, head: list[str]) -> None:
    menu = "网站首页新闻中心今日某城某城网视图库中心新闻专题某城政务"
    title, date, texts, _ = _one(tmp_path, [menu, *head, "2018-07-30 09:27:33 来源: 某城新闻网", _LEAD, _MORE])
    assert (title, date, texts) == (head[0] if head else None, "2018-07-30", [_LEAD, _MORE])


@pytest.mark.parametrize(("line", "headline"), [("山乡问疾苦", "山乡问疾苦"), ("安 地 镇", "安地镇")])
def test_a_short_headline_between_the_pages_place_and_its_date_is_the_headline(tmp_path: Path, line: str,
                                                                              headline: str) -> None:
    lines = ["新闻中心首页 > 新闻中心 > 综合 > 正文", line, "http://www.example.com.cn 2006年04月18日02:34 某某在线", _LEAD, _MORE]
    title, date, texts, _ = _one(tmp_path, lines)
    assert (title.replace(" ", "") if title else title, date, texts) == (headline, "2006-04-18", [_LEAD, _MORE])


@pytest.mark.parametrize("line", ["某某网", "王某某", "第1页", "山乡问疾苦"])
def test_a_short_line_over_the_date_with_no_place_above_or_an_outlet_is_no_headline(tmp_path: Path, line: str) -> None:
    place = [] if line == "山乡问疾苦" else ["新闻中心首页 > 新闻中心 > 综合 > 正文"]
    title, _, texts, _ = _one(tmp_path, [*place, line, "2006年04月18日02:34 来源：某某在线", _LEAD, _MORE])
    assert title is None and texts == [_LEAD, _MORE]


def test_the_days_widget_at_the_top_gives_way_to_the_stamp_under_the_headline(tmp_path: Path) -> None:
    lines = ["2025年12月16日 星期二", "网站首页 专题 详情", _HEAD, "2022-09-13 08:52:11", _LEAD, _MORE]
    title, date, texts, _ = _one(tmp_path, lines)
    assert (title, date, texts) == (_HEAD, "2022-09-13", [_LEAD, _MORE])


def test_an_epapers_issue_line_with_its_buttons_over_the_headline_dates_the_page(tmp_path: Path) -> None:
    issue = "2013年09月26日 星期四 出版 上一期  下一期 返回首页 | 版面概览 | 版面导航 | 标题导航"
    lines = ["第02:综合新闻", "上一版3   4下一版", "标题导航", issue, "3 上一篇   下一篇 4", "放大 缩小 默认", _HEAD, _LEAD, _MORE]
    title, date, texts, _ = _one(tmp_path, lines)
    assert (title, date, texts) == (_HEAD, "2013-09-26", [_LEAD, _MORE])


def test_a_date_label_with_its_date_on_the_line_under_it_dates_the_page(tmp_path: Path) -> None:
    lead = _LEAD + _MORE  # a first paragraph long enough to be the text for sure
    lines = ["当前版:04版", "首版", "上一版", "下一版", "发布日期:", "2025年08月22日", "文章标题", "文章内容", "文章作者",
             "上一篇", "下一篇", "字体:", "放大", "缩小", "默认", _HEAD, lead, _THIRD]
    title, date, texts, _ = _one(tmp_path, lines, "\n")
    assert (title, date, texts) == (_HEAD, "2025-08-22", [lead, _THIRD])


def test_the_sites_name_and_a_space_before_the_editors_line_end_the_text(tmp_path: Path) -> None:
    title, _, texts, _ = _one(tmp_path, [_HEAD, _LEAD, _MORE, "某岛湖新闻网 责任编辑:方某"], "\n")
    assert (title, texts) == (_HEAD, [_LEAD, _MORE])


def test_an_epapers_copyright_notice_under_its_name_and_date_is_neither_a_story_nor_a_bulletin(tmp_path: Path) -> None:
    notice = "《某州日报》(电子版)的一切内容(包括但不限于文字、图片、PDF、图表)仅供某州日报读者阅读、学习研究使用，未经授权，不得转载。"
    lines = ["某州日报", "2025年02月14日", "第A009版:某湖新闻", "版权声明", notice, _HEAD, _LEAD, _MORE]
    title, date, texts, _ = _one(tmp_path, lines, "\n")
    assert (title, date, texts) == (_HEAD, "2025-02-14", [_LEAD, _MORE])


@pytest.mark.parametrize("column", ["乡镇动态", "综合"])
def test_the_column_a_pages_path_ends_in_set_before_the_headline_is_no_part_of_it(tmp_path: Path, column: str) -> None:
    path = "您的位置:首页 >> 新闻中心 >> 乡镇动态 |"
    title, _, texts, _ = _one(tmp_path, [path, f"{column} {_HEAD}", "来源:某某融媒 时间:2024年7月12日", _LEAD, _MORE])
    assert (title, texts) == (_HEAD if column == "乡镇动态" else f"{column} {_HEAD}", [_LEAD, _MORE])


def test_a_list_of_link_titles_cut_at_a_fixed_width_after_the_text_is_no_text(tmp_path: Path) -> None:
    links = ["刚刚，全国第七个扶贫日主题宣传活动暨第", "传承红色基因 争做时代新人——我市举", "登高望远 相伴相行",
             "某某社区开展“在职党员进社区，文明创建", "山前:整治环境 树立形象", "开展“断卡”行动 打击新型网络诈骗", "我市组织收看2"]
    title, _, texts, _ = _one(tmp_path, ["本报讯(刘某某)" + _LEAD, _MORE, _THIRD, *links], "\n")
    assert (title, texts) == (None, [_LEAD, _MORE, _THIRD])



def test_an_epapers_back_button_date_gives_way_to_the_info_line_under_the_headline(tmp_path: Path) -> None:
    lines = ["07版:时事·体育", "08版:某某故事", "返回 2022年06月23日", "预警前置 转移迅速", _HEAD,
             "某某日报      2022年06月24日", "本报讯(通讯员某某 文/摄)" + _LEAD, _MORE]
    title, date, texts, _ = _one(tmp_path, lines)
    assert (title, date, texts) == (_HEAD, "2022-06-24", [_LEAD, _MORE])


def test_a_bulleted_caption_over_a_credited_lead_is_no_item_title(tmp_path: Path) -> None:
    lines = [_HEAD, "某某日报 2022年06月24日", "▲村民们在安置点就餐。", "本报讯(通讯员某某 文/摄)" + _LEAD, _MORE]
    title, date, texts, _ = _one(tmp_path, lines)
    assert (title, date, texts) == (_HEAD, "2022-06-24", [_LEAD, _MORE])


def test_a_headline_broken_around_the_numbers_it_sets_apart_is_one_line_again(tmp_path: Path) -> None:
    lines = ["某湖市第", "九", "届人大常委会第", "二十八", "次会议纪要", _LEAD, _MORE]
    title, _, texts, _ = _one(tmp_path, lines, "\n")
    assert (title, texts) == ("某湖市第九届人大常委会第二十八次会议纪要", [_LEAD, _MORE])


def test_a_number_alone_after_a_line_not_ending_on_its_ordinal_stays_apart() -> None:
    blocks = [Block("会议议程共有", 1), Block("九", 2), Block("项", 3), Block("某湖市第", 4), Block("2024", 5)]
    assert [b.text for b in numbers_rejoined(blocks)] == ["会议议程共有", "九", "项", "某湖市第2024"]


def test_an_outlets_credit_naming_its_paper_in_brackets_is_taken_off_the_lead(tmp_path: Path) -> None:
    credit = "某楚网（某北日报网）讯（记者 汤某某 见习记者 董某某 摄影 杨某 通讯员 杨某）"
    title, _, texts, _ = _one(tmp_path, [_HEAD, credit + _LEAD, _MORE], "\n")
    assert (title, texts) == (_HEAD, [_LEAD, _MORE])


def test_a_source_line_with_its_date_left_empty_under_the_headline_is_the_info_line(tmp_path: Path) -> None:
    accounts = ["微号有特色", "某国早报", "ngzbnews", "某国微生活", "nanguowei"]
    lines = [*accounts, _HEAD, "来源:某国早报客户端 发布时间:", "某国早报全媒体记者:蒋某某", _LEAD, _MORE, _THIRD]
    title, date, texts, _ = _one(tmp_path, lines, "\n")
    assert (title, date, texts) == (_HEAD, None, [_LEAD, _MORE, _THIRD])
    assert read_info_line("来源:某国早报客户端 发布时间:") == (None, "某国早报客户端")


def test_an_epapers_date_over_a_kicker_and_headline_printed_twice_dates_the_page(tmp_path: Path) -> None:
    lines = ["上一期 下一期", "A04要闻", "2024年07月10日", "市公路部门", _HEAD, "市公路部门", _HEAD, _LEAD, _MORE]
    title, date, texts, _ = _one(tmp_path, lines)
    assert (title, date, texts) == (_HEAD, "2024-07-10", [_LEAD, _MORE])


@pytest.mark.parametrize(("name", "kept"), [("马某仁", False), ("长清区", True)])
def test_a_writers_name_alone_over_the_first_paragraph_is_no_text(tmp_path: Path, name: str, kept: bool) -> None:
    first = "某市某区归德街道黄河滩区迁建安置区相继落成，2万多群众搬进了新社区，长孝公路进行了修缮，方便了沿途居民出行。"
    _, _, texts, _ = _one(tmp_path, [name, first, _MORE], "\n")
    assert texts[0].startswith(name) == kept and texts[0].endswith(first)


def test_an_epapers_date_line_with_its_weekday_and_links_over_the_controls_dates_the_page(tmp_path: Path) -> None:
    lines = ["2023年05月31日 星期三       返回报网首页 |   版面导航", "当前版: 02版 上一版   下一版 上一期   下一期 往期",
             "上一篇    下一篇", "放大 缩小 默认", _HEAD, "田某某", "本报讯 (记者 田某某)" + _LEAD, _MORE]
    title, date, texts, _ = _one(tmp_path, lines, "\n")
    assert (title, date, texts) == (_HEAD, "2023-05-31", [_LEAD, _MORE])


def test_a_comment_count_and_lost_icons_between_the_info_line_and_the_lead_are_no_text(tmp_path: Path) -> None:
    line = f"{_HEAD} 2012-05-29 15:34 来源:某州新闻网 编辑:柴某某 0 ??? 本报讯(特约记者 于某某){_LEAD}"
    title, date, texts, _ = _one(tmp_path, [line, _MORE], "\n")
    assert (title, date, texts) == (_HEAD, "2012-05-29", [_LEAD, _MORE])


@pytest.mark.parametrize("month", ["9", "10"])
def test_an_image_address_glued_before_the_text_is_no_text(tmp_path: Path, month: str) -> None:
    lead = _LEAD.replace("8月", f"{month}月", 1)
    address = "https://p1.example.com/large/pgc-image/de271afff5554a6ebbdd5ccf7e14e4d3"
    title, _, texts, _ = _one(tmp_path, [_HEAD, address + lead, address[:-4] + "b9f3", _MORE], "\n")
    assert (title, texts) == (_HEAD, [lead, _MORE])


def test_a_headline_with_the_pages_keywords_after_it_between_bars_is_read_without_them(tmp_path: Path) -> None:
    lines = ["某某信息网", "首页 > 最新信息 / 正文", f"{_HEAD}|民政|某莞|局面", "网络整理 2019-03-15 最新信息", _LEAD, _MORE]
    title, date, texts, _ = _one(tmp_path, lines)
    assert (title, date, texts) == (_HEAD, "2019-03-15", [_LEAD, _MORE])


def test_a_sites_name_and_column_joined_by_an_underscore_over_the_headline_is_no_part_of_it(tmp_path: Path) -> None:
    title, _, texts, _ = _one(tmp_path, ["某州市某龙区人大常委会_新闻中心", _HEAD, _LEAD, _MORE])
    assert (title, texts) == (_HEAD, [_LEAD, _MORE])


def test_an_epapers_page_line_with_its_page_buttons_is_no_headline(tmp_path: Path) -> None:
    lines = ["第14版:生态周刊 上一版3  4下一版  ", " ", "标题导航", "返回经济网首页 | 版面导航 | 标题导航", "   ",
             "上一版3  4下一版 2018年5月14日 星期 放大 缩小 默认", "一江碧水 两岸青山", "", _LEAD + _MORE, "", _THIRD]
    title, _, texts, _ = _one(tmp_path, lines, "\n")
    assert (title, texts) == ("一江碧水 两岸青山", [_LEAD + _MORE, _THIRD])


def test_a_government_sites_accessibility_buttons_are_no_text_and_a_headline_in_clauses_heads_it(tmp_path: Path) -> None:
    head = "春耕始,万物生,某舟大地春意浓"
    title, _, texts, _ = _one(tmp_path, ["无障碍 关怀版", head, _LEAD, _MORE])
    assert (title, texts) == ("春耕始，万物生，某舟大地春意浓", [_LEAD, _MORE])


def test_the_sites_clock_after_its_header_links_never_dates_the_page(tmp_path: Path) -> None:
    lines = ["设为首页加入收藏网站地图2015年11月10日19:22:53 星期二", "手机某讯官方微信", "您当前的位置:首页 > 资讯 > 某义",
             _HEAD, _LEAD, _MORE]
    title, date, texts, _ = _one(tmp_path, lines)
    assert (title, date, texts) == (_HEAD, None, [_LEAD, _MORE])


def test_a_wire_storys_end_mark_ends_the_text_before_another_storys_lines(tmp_path: Path) -> None:
    other = "据介绍，全省夏收工作6月7日基本结束，夏粮丰收已成定局。夏播工作从5月28日大面积展开。"
    lines = [_HEAD, "来源：中国新闻网", "中新网某州2月3日电 (记者 瞿某某)" + _LEAD, _MORE + "(完)", other, "据介绍，今年4月下旬以来"]
    title, _, texts, _ = _one(tmp_path, lines, "\n")
    assert (title, texts) == (_HEAD, [_LEAD, _MORE + "（完）"])


@pytest.mark.parametrize("note", [["(2025年2月9日政协第六届某某市委员会第四次会议通过)"],
                                  ["(2025年2月9日政协第六届某某市委员会", "第四次会议通过)"]])
def test_a_resolutions_adoption_note_under_its_title_dates_it_and_heads_nothing(tmp_path: Path, note: list[str]) -> None:
    lead = "中国人民政治协商会议第六届某某市委员会第四次会议，于2025年2月7日至9日在某某召开。"
    lines = ["中国人民政治协商会议", "第六届某某市委员会第四次会议政治决议", *note, lead, _MORE]
    title, date, texts, _ = _one(tmp_path, lines, "\n")
    assert (title, date, texts) == ("中国人民政治协商会议 第六届某某市委员会第四次会议政治决议", "2025-02-09", [lead, _MORE])


@pytest.mark.parametrize(("first", "title"), [("某怀政府网", None), ("某怀市召开厂市联席会议", "某怀市召开厂市联席会议")])
def test_a_sites_name_over_the_text_is_no_headline(tmp_path: Path, first: str, title: str | None) -> None:
    lead = "1月23日，某怀市与某台集团举行联席会议，通报厂市双方2024年发展情况及2025年目标计划，共商发展大计。"
    found, _, texts, _ = _one(tmp_path, [first, lead, _MORE], "\n")
    assert (found, texts) == (title, [lead, _MORE])


def test_a_lead_opening_on_a_range_of_days_is_no_headline_glued_before_its_second_day(tmp_path: Path) -> None:
    lead = "8月29日—8月30日，区委书记向某某深入骑龙镇、中桥乡调研。他指出，要立足资源优势，坚持因地制宜。"
    title, _, texts, _ = _one(tmp_path, [lead, _MORE], "\n")
    assert (title, texts) == (None, [lead, _MORE])


@pytest.mark.parametrize("over", [["展开", "菜单"], ["10月25日，某某农办主任、某某部部长唐某某主持召开部常务会议，进.."]])
def test_a_phones_menu_buttons_or_a_cut_news_ticker_over_the_lead_are_no_text(tmp_path: Path, over: list[str]) -> None:
    lead = "近日，" + _LEAD.split("，", 1)[1]
    title, _, texts, _ = _one(tmp_path, [*over, lead, _MORE], "\n")
    assert (title, texts) == (None, [lead, _MORE])


def test_a_column_of_five_characters_before_a_bar_is_no_part_of_the_headline_nor_a_dated_caption_of_the_lead(
        tmp_path: Path) -> None:
    caption = "某斗村返乡创业种植高山水果的村民陈某某（右）与侄儿在分拣车间内查看收获的沃柑（2月5日摄）。"
    lines = ["某西新闻网 > 专题 > 焦点 > 正文 |", f"新春走基层|{_HEAD} (10) |", "2023年02月07日 14:28 来源:新华网 作者:姜某某 |",
             f"{caption} {_LEAD}", _MORE]
    title, date, texts, _ = _one(tmp_path, lines, "\n")
    assert (title, date, texts) == (f"{_HEAD} (10)", "2023-02-07", [_LEAD, _MORE])


def test_a_page_head_set_as_a_list_of_fields_gives_the_headline_and_date(tmp_path: Path) -> None:
    lines = [_HEAD, "- 来源:互联网", "- |", "- 2020-01-21", "- |", "- 0 条评论", "- |", "- T小字 T大字",
             "(通讯员吴某某) " + _LEAD, _MORE]
    title, date, texts, _ = _one(tmp_path, lines, "\n")
    assert (title, date, texts) == (_HEAD, "2020-01-21", [_LEAD, _MORE])


def test_a_headline_and_a_bracketed_caption_glued_before_the_lead_are_taken_off_it(tmp_path: Path) -> None:
    lead = "昨天，" + _LEAD.split("，", 1)[1]
    title, _, texts, _ = _one(tmp_path, [f"提案建言促发展 豪情建设新某坛 (政协委员们认真听取报告) {lead}", _MORE], "\n")
    assert (title, texts) == ("提案建言促发展 豪情建设新某坛", [lead, _MORE])


def test_a_writers_name_under_the_headline_and_its_subtitle_is_the_byline(tmp_path: Path) -> None:
    first = "前些日子，某某报道宣传报道小组根据某某省委宣传部的安排，在某某市委宣传部的大力支持下，深入某干县采访。"
    lines = ["某国典范:无惧艰难谱华章 某西经验闪金光(六)", "——某干县改革发展稳定民生生态人才工作大巡礼", "熊某君", first, _MORE]
    title, _, texts, byline = _one(tmp_path, lines, "\n")
    assert title is not None and title.startswith("某国典范：无惧艰难谱华章") and title.endswith("大巡礼")
    assert (texts, byline) == ([first, _MORE], "熊某君")


def test_a_name_alone_after_the_lead_starts_no_new_article(tmp_path: Path) -> None:
    title, _, texts, _ = _one(tmp_path, [_HEAD, _LEAD, "王某某", _MORE, _THIRD], "\n")
    assert title == _HEAD and texts[0] == _LEAD and texts[-1] == _THIRD


def test_a_headline_naming_reporters_at_work_is_no_credit_line(tmp_path: Path) -> None:
    head = "某安市一二三四总体思路(全国重点网媒记者聚焦某安永新)"
    title, date, texts, _ = _one(tmp_path, [head, "2023-04-18 18:39:22", "贺某某与村民合资建立的榨油坊(刘某/摄)", _LEAD, _MORE])
    assert (title, date, texts) == ("某安市一二三四总体思路（全国重点网媒记者聚焦某安永新）", "2023-04-18", [_LEAD, _MORE])
    assert is_reporter_line("某某日报 记者 马某某") and is_reporter_line("记者马某某通讯员李某某摄影报道")


def test_an_epapers_button_to_pick_another_days_paper_is_no_part_of_the_headline(tmp_path: Path) -> None:
    lines = ["上一版/ 02 版:综合新闻 /下一版", "本版导航 各版导航 视觉导航 标题导航", "选择其他日期报纸", _HEAD,
             "某西日报 新闻    时间:2020年01月23日    来源:某西日报", _LEAD, _MORE]
    title, date, texts, _ = _one(tmp_path, lines)
    assert (title, date, texts) == (_HEAD, "2020-01-23", [_LEAD, _MORE])


@pytest.mark.parametrize("roles", ["丁某强讲话 吴某华主持 陈某阳崔某斌李某出席", "陈某东陈某阳到会祝贺 李某作政协常委会工作报告 赵某栋作提案工作情况报告"])
def test_a_subtitle_of_who_spoke_presided_and_attended_is_no_part_of_the_headline(tmp_path: Path, roles: str) -> None:
    title, date, texts, _ = _one(tmp_path, [_HEAD, roles, "2026-01-21  来源:某治日报  编辑:江某", _LEAD, _MORE])
    assert (title, date, texts) == (_HEAD, "2026-01-21", [_LEAD, _MORE])


def test_an_open_government_tables_title_cell_with_its_label_gives_the_headline(tmp_path: Path) -> None:
    lines = ["字体大小:【大】 【中】 【小】", "| 索引号:000014349/2026-01402 | |", "| 发文字号: | 发文时间:2026-01-14 |",
             "| 发文机关:某城融媒 | 主题词: |", f"| 标题:{_HEAD} | |", "| 主题分类: | 发布日期:2026-01-14 |", _LEAD, _MORE]
    title, date, texts, _ = _one(tmp_path, lines, "\n")
    assert (title, date, texts) == (_HEAD, "2026-01-14", [_LEAD, _MORE])


def test_a_source_label_with_the_outlet_on_the_line_under_it_is_one_info_line() -> None:
    blocks = [Block("来源:", 1), Block("某县融媒体中心", 2), Block("新年贺词", 3)]
    assert [b.text for b in joined_label_values(blocks)] == ["来源:某县融媒体中心", "新年贺词"]
    kept = [Block("来源:", 1), Block("新年贺词", 2), Block(_LEAD, 3)]
    assert [b.text for b in joined_label_values(kept)] == ["来源:", "新年贺词", _LEAD]


def test_an_epapers_issue_buttons_with_their_page_numbers_glued_on_are_no_headline(tmp_path: Path) -> None:
    head = "某察院发检察建议 净化校园周边环境"
    lead = "某都讯 去年，某游县检察院共办理校园暴力犯罪案件11件，其中多数发生在校园周边，涉案的多为在校学生。"
    lines = ["第P05版:城事/综合", "3上一版  下一版4", "某塘湖公园将建大型停车场", "表姨涉嫌故意杀人 被批捕", head, "新闻搜索:", "",
             "3上一期  下一期4 版面导航", "3上一篇  下一篇4 2016年1月28日 放大 缩小 默认", "", head, "", "N某都记者 陈某某 通讯员 高某某",
             "", lead, "", _MORE, "", "3上一篇  下一篇4"]
    title, date, texts, _ = _one(tmp_path, lines, "\n")
    assert (title, date, texts[1:]) == (head, "2016-01-28", [_MORE]) and texts[0].endswith(lead[4:])

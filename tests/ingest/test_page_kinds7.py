"""Seventh round of page kinds: spam keyword lines, forum print views and jammers, pipe menus, credit blocks,
site footers, photo-news briefs and headlines in brackets glued to their text."""

from __future__ import annotations

from pathlib import Path

from tests.ingest.documents import ingest_one
from tests.ingest.documents import passage_texts as _texts
from tests.ingest.documents import write_page as _write

_TITLE = "县水库管理所未雨绸缪，防汛抗旱两手抓"
_LEAD = "7月24日下午，县水库管理所召开防汛抗旱工作会议，通报了当前水库水情，安排部署下一步工作。"
_MORE = "会议要求各乡镇压实责任，全力做好水库防汛、灌区抗旱和防溺水工作，确保群众安全。"


def test_a_spam_keyword_line_over_the_headline_is_chrome(tmp_path: Path) -> None:
    for spam in ("某某一区二区三区下载-某某中文字幕久久布-某某少妇一区二区-某某精品久久久久久a",
                 "某某在线视频_某某不卡麻豆_某某二片在线观看_某某美乳高潮爽",
                 "久久天天某某综合，超91在线，久久夜视频，91av免费在线观看，在线视频二区，某某专区一，在线播放某某"):
        (article,) = ingest_one(_write(tmp_path, f"{spam}\n\n{_TITLE}\n\n{_LEAD}\n\n{_MORE}\n")).articles
        assert article.title == _TITLE and [p.text for p in article.passages] == [_LEAD, _MORE]


def test_a_title_copy_with_its_site_and_hyphenated_names_are_no_keyword_lines() -> None:
    from briefgen.ingest.split.pagelines import is_keyword_line

    assert not is_keyword_line("市政府召开常务会议-要闻动态-安康市人民政府")
    assert not is_keyword_line("汉江-月河-黄洋河流域治理启动")
    assert not is_keyword_line("会议强调，要压实责任，加强调度，细化措施，强化保障，确保安全。")


def test_a_forum_print_view_gives_its_headline_and_loses_its_jammer(tmp_path: Path) -> None:
    page = (f"某某论坛\n\n标题: {_TITLE} [打印本页]\n\n作者: 黄某某    时间: 2018-9-18 09:37\n"
            f"标题: {_TITLE}\n1 s6 d* u  O: W0 U$ w\n+ l. N3 j- v& ^6 K# I% r{_LEAD}\n"
            f"& Q$ E; ]3 Z  Y1 w. _5 M  {_MORE}$ U  i* E( q+ ]. ]2 N& a\n")
    (article,) = ingest_one(_write(tmp_path, page)).articles
    assert (article.title, article.published) == (_TITLE, "2018-09-18")
    assert [p.text for p in article.passages] == [_LEAD, _MORE]


def test_letters_set_apart_by_spaces_are_text_not_a_jammer() -> None:
    from briefgen.ingest.clean.repair import repair_text

    assert repair_text("选项 A B C D 都对，第 1 2 3 名") == "选项 A B C D 都对，第 1 2 3 名"


def test_a_jammer_glued_inside_words_goes_even_without_symbols() -> None:
    from briefgen.ingest.clean.repair import repair_text

    assert repair_text("做好巡查摸0 ( M m = f Y排、转移群1 D V r Q众工作。") == "做好巡查摸排、转移群众工作。"


def test_a_lead_credit_with_names_that_report_is_the_byline(tmp_path: Path) -> None:
    for credit, byline in (("本网讯任倬艺报道：", "任倬艺"), ("随州日报讯 记者李文军、通讯员杨光报道：", "记者李文军、通讯员杨光")):
        (article,) = ingest_one(_write(tmp_path, f"{_TITLE}\n\n{credit}{_LEAD}\n\n{_MORE}\n")).articles
        assert [p.text for p in article.passages] == [_LEAD, _MORE] and article.byline == byline


def test_a_menu_of_links_between_bars_is_not_glued_to_the_lead(tmp_path: Path) -> None:
    page = f"游遍某地从某某网开始>> | 某某网首页 | 意见反馈 | 天气预报 | 网站投稿 | 资源搜索 |\n{_LEAD}\n{_MORE}\n"
    assert _texts(_write(tmp_path, page)) == [[_LEAD, _MORE]]


def test_a_table_row_between_bars_is_no_menu() -> None:
    from briefgen.ingest.split.pagelines import is_pipe_menu

    assert not is_pipe_menu("地区生产总值 | 1234.5亿元 | 5.2% | 全省第一")


def test_credit_blocks_and_site_footers_end_the_article(tmp_path: Path) -> None:
    tails = ("出品单位\n\n某某县融媒体中心\n\n记者:张三\n\n信息贵在分享,如涉及版权问题请联系删除\n\n主站蜘蛛池模板: 某某 | 某某",
             "| ||||\n增值电信业务经营许可证 互联网新闻信息服务许可证 国际联网备案\n某某网 版权 所有©1997-2017\n"
             "未经书面授权禁止复制或建立镜像 举报邮箱:jubao@example.cn",
             "想爆料?请登录《某某连线》、拨打新闻热线0531-66661234,或登录某某网官方微博提供新闻线索。\n\n网友评论\n",
             "本报记者 张三 通讯员 李四 摄\n热点图片\n- 头条新闻\n- 新闻推荐\n最新专题\n\n- 强国必先强教,强教必先强师。\n")
    for tail in tails:
        page = f"{_TITLE}\n\n{_LEAD}\n\n{_MORE}\n\n{tail}"
        assert _texts(_write(tmp_path, page)) == [[_LEAD, _MORE]], tail[:12]


def test_a_comment_box_ends_the_article_even_before_long_comments(tmp_path: Path) -> None:
    comment = "这位网友说，家乡这几年变化很大，道路修好了，水库也加固了，希望有关部门继续把防汛工作做细做实。"
    for head in ("网友评论", "热点图片", "最新专题"):
        page = f"{_TITLE}\n\n{_LEAD}\n\n{_MORE}\n\n{head}\n\n{comment}\n\n{comment}\n"
        assert _texts(_write(tmp_path, page)) == [[_LEAD, _MORE]], head


def test_footer_lines_with_spaced_marks_are_tail_lines() -> None:
    from briefgen.ingest.split.pagelines import is_tail_line

    assert is_tail_line("某某网 版权 所有©1997-2017") and is_tail_line("Produced By 某某网站群")


def test_a_page_of_photo_news_briefs_closed_by_their_credits_is_split(tmp_path: Path) -> None:
    first = "近日，区政协主席率队走访该区民革界别委员小组，这也是该区政协领导走访界别小组活动的开始。"
    second = "近日，区政协组织委员调研经开区教育工作，为全区教育事业发展把脉支招。"
    page = f"{first}\n罗某某 摄影报道\n{second}\n张某 摄影报道"
    result = ingest_one(_write(tmp_path, page))
    assert [[p.text for p in a.passages] for a in result.articles] == [[first], [second]]
    assert [a.byline for a in result.articles] == ["罗某某 摄影报道", "张某 摄影报道"]


def test_photo_credits_inside_one_story_do_not_split_it(tmp_path: Path) -> None:
    page = f"{_TITLE}\n{_LEAD}\n张三 摄\n{_MORE}\n{_MORE}\n李四 摄\n"
    assert len(ingest_one(_write(tmp_path, page)).articles) == 1


def test_a_page_whose_every_paragraph_is_a_caption_is_refused_not_empty(tmp_path: Path) -> None:
    from briefgen.ingest.pipeline import process_document
    from briefgen.records import IngestOptions

    result = process_document(str(_write(tmp_path, f"{_LEAD}\n张三 摄\n{_MORE}\n李四 摄\n")), IngestOptions())
    assert result.articles == [] and "没有找到可用的正文" in (result.rejected or "")


def test_headlines_in_brackets_glued_to_their_text_open_items(tmp_path: Path) -> None:
    first = "双台子区是盘锦市的主城区、老城区，老旧小区相对较多，群众改善住房条件的愿望强烈。"
    second = "近几年来阜新市大力加强老旧小区改造工作，启动建设小区外配套排水改造工程。"
    page = f"【盘锦•双台子区：累计改造老旧小区16个，涉及3万余户】{first}\n\n【阜新市：小区外配套排水改造工程收官】{second}\n"
    result = ingest_one(_write(tmp_path, page))
    assert [(a.title, [p.text for p in a.passages]) for a in result.articles] == [
        ("盘锦•双台子区：累计改造老旧小区16个，涉及3万余户", [first]), ("阜新市：小区外配套排水改造工程收官", [second])]

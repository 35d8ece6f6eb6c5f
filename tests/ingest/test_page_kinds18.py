"""Eighteenth round of page kinds (fresh30–32): forum pages (poster stats, edit notes, table markup, pagers,
thread titles glued to the lead or shouting), photo stories repeating their headline, headlines set a phrase per
line, quotations and trailing openers that are no headlines, widgets and notices, summaries restating a later
paragraph, and lists of link titles after the text."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ingest.documents import article_rows as _articles
from tests.ingest.documents import write_page as _write

_HEAD = "种植合作社助群众增收"
_LEAD = "6月18日，在我县和兴镇后楼村种植合作社的西瓜大棚里，该村群众在采摘成熟的西瓜，每人每天可收入60元钱。"
_MORE = "该村有效整合各类资源，将分散的土地连成片，大力培育以农民专业合作社为主的新型农业经营主体。"
_LAST = "下一步，该村将继续扩大种植规模，带动更多群众在家门口增收致富，为乡村振兴注入新的动力。"


def _rows(tmp_path: Path, page: str) -> list[tuple[str | None, list[str]]]:
    return [(title, texts) for title, _, texts, _ in _articles(_write(tmp_path, page))]


@pytest.mark.parametrize("tail", [
    "吴某受聘某某开发区城市规划总顾问\n湘潭：暑假到来 催生三大消费热点\n衡水市公安局安排部署机关党建工作\n国家粮食安全考核组到沙县考核\n",
    "| 看花灯 | |\n| 游十里画廊 | |\n| 爸妈,我以你们为傲 | |\n| 创卫你我他 |\n",
    "主办:中共某某区委员会办公室 某某区人民政府办公室\n承办:某某区人民政府办公室 网站标识码:5104030003\n",
    "您使用的浏览器版本过低，可能导致部分功能不能正常使用。\n建议使用 IE9及以上版本，或 Firefox 浏览器\n",
])
def test_what_follows_the_text_on_these_pages_ends_it(tmp_path: Path, tail: str) -> None:
    page = f"首页 > 新闻\n{_HEAD}\n发布时间：2019-09-23\n{_LEAD}\n{_MORE}\n{_LAST}\n{tail}"
    assert _rows(tmp_path, page) == [(_HEAD, [_LEAD, _MORE, _LAST])]


def test_one_headline_printed_after_its_text_and_comment_buttons_still_titles_it(tmp_path: Path) -> None:
    page = f"{_LEAD}\n{_MORE}\n{_LAST}\n{_HEAD}\n上一篇:网上申报 纳税人足不出户\n- 发表评论\n- 我要纠错\n"
    assert _rows(tmp_path, page) == [(_HEAD, [_LEAD, _MORE, _LAST])]


def test_a_forum_posters_stats_box_opens_no_item(tmp_path: Path) -> None:
    stats = "- 积分\n- 1043\n- 贡献\n-\n- 威望\n- 精华\n- 阅读权限\n- 40\n- 在线时间\n- 听众\n|\n"
    assert _rows(tmp_path, f"{stats}{_LEAD}\n{_MORE}\n") == [(None, [_LEAD, _MORE])]


def test_a_forum_edit_note_and_pager_are_no_text_and_a_shouting_thread_title_is_the_headline(tmp_path: Path) -> None:
    head = "紧急通知!万州已全面铺开!请大家做好准备!"
    page = f"{head}\n本帖最后由 生活君 于 2020-10-15 10:08 编辑{_LEAD}\n{_MORE}\n"
    assert _rows(tmp_path, page) == [(head, [_LEAD, _MORE])]


def test_a_forums_table_markup_and_jammer_leave_the_headline_clean(tmp_path: Path) -> None:
    page = f"[align=center][color=rgb(0, 0, 0)][size=20px][b]{_HEAD}[/b]& u3 Y! Q% j ]\n\n{_LEAD}\n{_MORE}\n"
    assert _rows(tmp_path, page)[0][0] == _HEAD


def test_a_long_thread_title_run_into_its_dated_lead_is_split_off(tmp_path: Path) -> None:
    head = "全国供销总社党组副书记、理事会副主任李某某来某某县视察工作"
    page = f"{head}\n- o- o5 y$ Y2 Z. z\" E 9 i7 ~, ]1 [! g2 g w1 v! w\n{_LEAD}\n{_MORE}\n"
    assert _rows(tmp_path, page) == [(head, [_LEAD, _MORE])]


def test_items_printed_again_under_the_same_headline_are_joined() -> None:
    from briefgen.ingest.split.items import page_items
    from briefgen.ingest.split.segment import RawArticle

    captions = [f"{d}，某某社区普查员正在入户登记，为人口普查打下基础。" for d in ("9月29日", "10月10日", "9月22日")]
    pieces = [RawArticle(title="某某社区人口普查入户工作有序开展", paragraphs=[(c, i)]) for i, c in enumerate(captions)]
    ((article),) = page_items(pieces)
    assert [t for t, _ in article.paragraphs] == captions


def test_a_headline_set_a_phrase_per_line_is_read_whole(tmp_path: Path) -> None:
    page = f"喜报、喜报!\n石拐区五当召镇缸房地村\n荣获\n第六届全国文明村镇称号\n{_LEAD}\n{_MORE}\n来源:某某发布\n请输入验证码\n"
    assert _rows(tmp_path, page)[0][0] == "石拐区五当召镇缸房地村 荣获 第六届全国文明村镇称号"


@pytest.mark.parametrize("opening", [
    "“您好!我们是新会区第七次全国人口普查普查员,这是我们的工作证,需要您的配合!”",
    "这是一场永不停歇的幸福接力，这是一首久久传唱的文明之歌……",
])
def test_a_quotation_or_a_trailing_opener_is_text_not_a_headline(tmp_path: Path, opening: str) -> None:
    assert _rows(tmp_path, f"{opening}\n{_LEAD}\n{_MORE}\n")[0][0] is None


@pytest.mark.parametrize("widget", ["辽宁 59℃ 0", "打开微信，点击 “ 发现 ”，使用 “ 扫一扫 ” 即可将网页分享至朋友圈。"])
def test_a_weather_widget_or_share_instructions_are_neither_headline_nor_text(tmp_path: Path, widget: str) -> None:
    page = f"首页 > 新闻\n{_HEAD}\n\n{widget}\n\n{_LEAD}\n\n{_MORE}\n"
    assert _rows(tmp_path, page) == [(_HEAD, [_LEAD, _MORE])]


def test_a_mention_line_is_no_text(tmp_path: Path) -> None:
    assert _rows(tmp_path, f"@ME: \n|\n{_LEAD}\n{_MORE}\n") == [(None, [_LEAD, _MORE])]


def test_a_summary_restating_a_later_paragraph_is_dropped_and_the_lead_kept(tmp_path: Path) -> None:
    page = f"{_HEAD}\n\n辽宁 59℃ 0\n摘要:{_MORE}\n\n{_LEAD}\n\n{_MORE}\n\n{_LAST}\n"
    assert _rows(tmp_path, page) == [(_HEAD, [_LEAD, _MORE, _LAST])]


def test_a_scrapers_original_title_note_leaves_the_headline() -> None:
    from briefgen.ingest.split.pagehead import bare_headline

    head = "山西吕梁国道路面塌陷|强降雨致国道两处路面塌陷 一处已抢通"
    assert bare_headline(f"【{head}】_本文原题:强降雨致国道两处路面塌陷 一处已抢通") == head


def test_a_whole_quotation_of_sentences_is_no_headline() -> None:
    from briefgen.ingest.split.pagelines import is_headline

    assert not is_headline("“您好!我们是新会区第七次全国人口普查普查员,这是我们的工作证,需要您的配合!”")
    assert is_headline("“村村响”传来“好声音”")


def test_a_forum_archivers_pager_is_a_tail() -> None:
    from briefgen.ingest.split.pagelines import is_tail_line

    assert is_tail_line("页：") and is_tail_line("[1]") and is_tail_line("[1] [2]")
    assert not is_tail_line("[1] 某某县召开会议")


def test_a_weather_forecasts_headline_is_no_weather_widget_and_a_column_name_joins_no_items() -> None:
    from briefgen.ingest.split.items import page_items
    from briefgen.ingest.split.pagelines import is_chrome_line
    from briefgen.ingest.split.segment import RawArticle

    assert is_chrome_line("辽宁 59℃ 0") and not is_chrome_line("最高温跌至-3℃至2℃ 最低温将达-8℃")
    items = [RawArticle(title="HIGHLIGHTS", paragraphs=[(f"▧8月{d}日，沙县召开部署会，推动重大项目攻坚。", 0)]) for d in (4, 5)]
    assert len(page_items(items)) == 2


def test_a_credit_naming_correspondents_before_the_reporter_and_a_caption_before_it_are_no_text(
        tmp_path: Path) -> None:
    page = (f"首页 > 新闻\n{_HEAD}\n发布时间：2016-09-21\n某某大赛开幕现场 （见习记者 孙某）{_LEAD}\n{_MORE}\n"
            f"\n{_LAST}\n")
    assert _rows(tmp_path, page) == [(_HEAD, [_LEAD, _MORE, _LAST])]
    page = f"{_HEAD}\n承德日报讯(陈某华、刘某源,记者冯某昕){_LEAD}\n{_MORE}\n"
    assert _rows(tmp_path, page) == [(_HEAD, [_LEAD, _MORE])]


def test_a_speakers_label_before_a_quotation_opens_no_item_and_an_ad_link_is_no_text(tmp_path: Path) -> None:
    said = "【县科协干部 章某某】:“此次科普宣传活动大力弘扬科学思想和科学精神，激发群众学科学、用科学的热情。”"
    assert len(_rows(tmp_path, f"{_LEAD}\n{_MORE}\n{said}\n")) == 1
    page = f"北京白癜风哪治的好 https://jbk.example.net/yiyuan/bjbdf/{_LEAD}\n{_MORE}\n"
    assert _rows(tmp_path, page) == [(None, [_LEAD, _MORE])]


def test_a_paragraph_opening_on_a_colon_goes_on_from_the_one_before() -> None:
    from briefgen.ingest.clean.repair import repair_blocks
    from briefgen.readers.base import Block

    blocks = [Block("县科协主席表示", 1, "paragraph", 0), Block("：“此次活动很有意义。”", 2, "paragraph", 0)]
    repair_blocks(blocks)
    assert [b.text for b in blocks] == ["县科协主席表示：“此次活动很有意义。”"]


def test_readings_without_tone_marks_go_when_a_paragraph_has_several() -> None:
    from briefgen.ingest.clean.repair import repair_text

    assert repair_text("为贯彻落（luo）实自治区构建新型能（neng）源体系") == "为贯彻落实自治区构建新型能源体系"
    assert repair_text("全长100公里（km）的公路") == "全长100公里（km）的公路"
    assert repair_text("查(cha)处种(zhong)(zhong)子案件") == "查处种子案件"

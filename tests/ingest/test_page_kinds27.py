"""Twenty-seventh round of page kinds (session 12, from fresh68–73 after their one unseen score): captions that
point at people by position or name a speaker answering questions, a headline glued before its dated lead
under a caption row, a ticker's label over the byline, a board's tag split off an info line, an e-paper's
masthead line, a row of page links with page numbers, and a portal's mark before the headline."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.split.pagehead import bare_headline, without_platform_mark
from briefgen.ingest.split.pagelines import is_chrome_line, is_headline
from tests.ingest.documents import article_rows
from tests.ingest.documents import write_page as _write
from tests.ingest.test_page_kinds20 import _HEAD, _LAST, _LEAD, _MORE

_DATED = "10月16日上午，某县农村电商节在某县西瓜科技示范园开幕，吸引了全县80多家电商企业参加展示和直播带货。"


def _rows(tmp_path: Path, page: str) -> list[tuple[str | None, str | None, list[str]]]:
    return [(title, date, texts) for title, date, texts, _ in article_rows(_write(tmp_path, page))]


@pytest.mark.parametrize("caption", [
    "某县副县长崔某（左）正在直播推介农产品。 |",
    "某某市卫生健康委员会党组成员、某某市疾控中心党委书记孙某某答记者问",
    "拼版照片：左图为张某在村里的田间查看长势，右图为张某在大棚里录制农业科普视频。",
])
def test_captions_of_people_by_position_or_speaking_are_not_headlines_or_text(tmp_path: Path, caption: str) -> None:
    page = f"{_HEAD}\n··\n发布会现场\n{caption}\n某某网记者 刘某某 某某报道\n{_LEAD}\n{_MORE}\n{_LAST}\n责编:刘某某\n网友评论\n"
    assert _rows(tmp_path, page) == [(_HEAD, None, [_LEAD, _MORE, _LAST])]


def test_a_sentence_naming_a_person_on_the_left_inside_a_paragraph_stays_text(tmp_path: Path) -> None:
    told = "合影时，县长（左）与专家握手，随后双方就项目合作深入交换了意见，并签署了合作协议书。"
    assert _rows(tmp_path, f"{_HEAD}\n{_LEAD}\n{told}\n{_LAST}\n") == [(_HEAD, None, [_LEAD, told, _LAST])]


def test_a_headline_glued_before_its_dated_lead_under_a_caption_row_is_taken_apart(tmp_path: Path) -> None:
    page = f"|\n|\n某县副县长崔某（左）正在直播推介农产品。 |\n|\n\n|\n|\n某县农村电商节开幕 {_DATED}\n{_MORE}\n{_LAST}\n"
    assert _rows(tmp_path, page) == [("某县农村电商节开幕", None, [_DATED, _MORE, _LAST])]


def test_a_tickers_label_over_the_byline_is_not_text(tmp_path: Path) -> None:
    page = f"\n热点:\n某某经济报记者 曹某某 通讯员 蒋某某\n{_LEAD}\n{_MORE}\n{_LAST}\n"
    assert [texts for _, _, texts in _rows(tmp_path, page)] == [[_LEAD, _MORE, _LAST]]


def test_a_boards_tag_split_off_the_info_line_is_no_part_of_the_headline(tmp_path: Path) -> None:
    page = f"{_HEAD}\n[电影点评] 时间:2025-12-25 14:36:51 来源:某某网 作者:某某 点击:79次\n{_LEAD}\n{_MORE}\n{_LAST}\n"
    assert _rows(tmp_path, page) == [(_HEAD, "2025-12-25", [_LEAD, _MORE, _LAST])]
    assert not is_headline("[电影点评]") and not is_headline("【专题报道】")


def test_an_epapers_masthead_line_and_its_page_links_are_chrome() -> None:
    assert is_chrome_line("某某日报报刊社 某某日报当代融媒体集团 出版 国内统一刊号:CN52-0013 代号65-1")
    assert is_chrome_line("3 上一篇  下一篇 4")
    assert not is_chrome_line("3 4")
    assert not is_chrome_line("全国统一刊号CN52-0013的报纸今年改版，新增了4个版面。")


def test_a_portals_mark_before_the_headline_goes(tmp_path: Path) -> None:
    assert without_platform_mark(f"原创 {_HEAD}") == _HEAD
    assert bare_headline(f"原创 {_HEAD}") == _HEAD
    assert without_platform_mark("原创歌曲大赛在某县举行") == "原创歌曲大赛在某县举行"
    assert without_platform_mark("原创 组图") == "原创 组图"
    page = f"原创 {_HEAD}\n中新网某地1月9日电 (陈某 张某)1月9日，某县运动会开幕。\n{_MORE}\n{_LAST}\n"
    assert _rows(tmp_path, page)[0][0] == _HEAD


def test_an_epapers_page_line_with_a_spaced_name_is_chrome_and_its_date_above_is_the_pages(tmp_path: Path) -> None:
    page = f"2021年12月16日\n第A02版:要 闻\n\n{_HEAD}\n\n本报讯(记者张某){_LEAD}\n\n{_MORE}\n\n{_LAST}\n"
    assert _rows(tmp_path, page) == [(_HEAD, "2021-12-16", [_LEAD, _MORE, _LAST])]
    assert not is_chrome_line("第3版：本报记者 张三 报道")


def test_design_and_writer_credits_after_the_text_are_not_text(tmp_path: Path) -> None:
    page = (f"{_HEAD}\n来源:某某客户端 发布时间:2021-11-20 09:48:20\n{_LEAD}\n{_LAST}\n某某日?qǐng)?bào)社全媒体记者: 刘某某/文\n"
            "设计:刘某某 苑某某 李某\n责任编辑:聂某某\n")
    assert _rows(tmp_path, page) == [(_HEAD, "2021-11-20", [_LEAD, _LAST])]


def test_a_headline_set_as_a_couplet_under_an_epapers_path_is_read_whole_with_the_paths_date(tmp_path: Path) -> None:
    page = (f"正文复制\n某某日报/2025 年/6 月/4 日/第 001 版\n消费提质增活力\n外贸扩容强动能\n——访某某市商务局局长胡某某\n"
            f"某某日报记者 吴某某 王某\n{_LEAD}\n{_MORE}\n{_LAST}\n")
    assert _rows(tmp_path, page) == [("消费提质增活力 外贸扩容强动能", "2025-06-04", [_LEAD, _MORE, _LAST])]


def test_a_columns_slogan_over_the_headline_is_not_part_of_it(tmp_path: Path) -> None:
    page = f"聚商机,共发展,赢未来\n\n{_HEAD}\n\n2023-08-18 11:57:37    作者:王某某\n\n{_LEAD}\n\n{_MORE}\n\n{_LAST}\n"
    assert _rows(tmp_path, page) == [(_HEAD, "2023-08-18", [_LEAD, _MORE, _LAST])]
    two = f"聚焦主责主业，推动高质量发展\n\n{_HEAD}\n\n2023-08-18 11:57:37    作者:王某某\n\n{_LEAD}\n\n{_MORE}\n\n{_LAST}\n"
    assert _rows(tmp_path, two)[0][0] == f"聚焦主责主业，推动高质量发展 {_HEAD}"


def test_an_editors_note_over_the_report_is_not_its_text(tmp_path: Path) -> None:
    note = ("编者按:当前正是植树造林的大好时节，全县各地正按照既定的建设目标任务，抢抓植树造林的最佳时机，推进全域植树造林，"
            "加快推进绿色廊道建设。")
    page = (f"首页 > 政务要闻 > 正文\n\n{_HEAD}\n\n时间:2015-03-10 14:35:02      字体:  打印  播放\n{note}\n\n\n"
            f"某某新闻网讯(通讯员汤某某、王某某3月7日,{_LEAD}\n{_MORE}\n{_LAST}\n")
    ((title, date, texts),) = _rows(tmp_path, page)
    assert (title, date, texts[1:]) == (_HEAD, "2015-03-10", [_MORE, _LAST]) and texts[0].endswith(_LEAD)
    assert "编者按" not in texts[0]
    kept = page.replace("某某新闻网讯(通讯员汤某某、王某某3月7日,", "")  # no report's lead under it: the note opens the text (编前语 …)
    assert _rows(tmp_path, kept)[0][2][0] == note.replace(":", "：")

"""Sixteenth round of page kinds (fresh24–26): location lines that name a column, copyright notices before the
text, link lists with bracketed dates, forum archiver pages, repost credit lines, spam keywords over a headline,
bulleted lists and captions inside a text, ranked link lists, site credits and block titles after the text."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ingest.documents import article_rows as _articles
from tests.ingest.documents import write_page as _write

_HEAD = "种植合作社助群众增收"
_LEAD = "6月18日，在我县和兴镇后楼村种植合作社的西瓜大棚里，该村群众在采摘成熟的西瓜，每人每天可收入60元钱。"
_MORE = "该村有效整合各类资源，将分散的土地连成片，大力培育以农民专业合作社为主的新型农业经营主体。"
_LAST = "下一步，该村将继续扩大种植规模，带动更多群众在家门口增收致富，为乡村振兴注入新的动力。"


@pytest.mark.parametrize("page", [
    # a location line that names the column, set apart by a dash, over the headline
    f"现在的位置-文化时空\n{_HEAD}\n上传时间:2014-01-02  浏览量:5334\n{_LEAD}\n{_MORE}\n",
    # a newspaper site's copyright notice between the info line and the text
    f"您的位置: 首页 > 地市 > 正文\n\n{_HEAD}\n\n2014-01-02 06:40:30 来源:某某报   编辑:曹某\n"
    f"凡某某报、某某网、掌中某某记者署名文字、图片,版权均属于某某报所有。任何媒体、网站或者个人,未经授权不得转载、链接、"
    f"转帖或以其他\n\n"  # the copy cut it short
    f"{_LEAD}\n\n{_MORE}\n",
    # a column's link list with bracketed dates over the headline
    "".join(f"- · 《某某》{name}[05/29]\n" for name in ("栏目设置", "收稿方向", "投稿方式", "征稿要求", "刊物宗旨"))
    + f"{_HEAD}\n作者:网站采编关键词:\n{_LEAD}\n{_MORE}\n",
])
def test_chrome_over_the_headline_is_neither_headline_nor_text(tmp_path: Path, page: str) -> None:
    assert [(t, p) for t, _, p, _ in _articles(_write(tmp_path, page))] == [(_HEAD, [_LEAD, _MORE])]


@pytest.mark.parametrize("tail", [
    "某某网版权与免责声明:\n一、凡本站中注明“来源:某某网”的所有文字、图片和音视频,版权均属某某网所有,转载时必须注明“来源:某某网”。\n"
    "二、凡来源非某某网的新闻(作品)只代表本网传播该信息,并不代表赞同其观点。\n"
    "如因作品内容、版权和其它问题需要同本网联系的,请在见后30日内联系邮箱:editor@example.com\n月度排行\n新闻速递\n",
    "都市某某 Dswhj.com 整理发布\n最新发布\n栏目推荐\n",
    "-\n1\n县妇联：“五聚力”谱写巾帼新篇章 -\n2\n竹山新闻|2025年3月5日 -\n3\n我县为十七个乡镇开出履职事项清单 -\n",
])
def test_what_a_site_prints_after_the_text_ends_it(tmp_path: Path, tail: str) -> None:
    page = f"首页 > 新闻\n{_HEAD}\n发布时间：2019-09-23\n{_LEAD}\n{_MORE}\n{_LAST}\n{tail}"
    ((_, _, texts, _),) = _articles(_write(tmp_path, page))
    assert texts == [_LEAD, _MORE, _LAST]


def test_a_ranked_link_list_ends_a_text_without_a_frame(tmp_path: Path) -> None:
    page = f"{_LEAD}\n{_MORE}\n{_LAST}\n-\n1\n县妇联：谱写巾帼新篇章 -\n2\n竹山新闻|2025年3月5日 -\n3\n我县开出履职事项清单 -\n"
    ((_, _, texts, _),) = _articles(_write(tmp_path, page))
    assert texts == [_LEAD, _MORE, _LAST]


def test_a_field_labelled_title_in_quotes_printed_last_is_the_headline_without_them(tmp_path: Path) -> None:
    page = f"本篇文章315字,读完约1分钟\n{_LEAD}\n{_MORE}\n标题:“后楼村种植合作社“西瓜大棚”采摘忙”\n地址:http://www.example.com/kfxw/3968.html\n"
    ((title, _, _, _),) = _articles(_write(tmp_path, page))
    assert title == "后楼村种植合作社“西瓜大棚”采摘忙"


def test_a_forum_archivers_path_names_the_thread_and_its_footer_ends_the_text(tmp_path: Path) -> None:
    page = (f"某某市论坛\n\n首页 » 问答 » 介绍 » {_HEAD}\nTUhjnbcbe - 2023/1/6 8:12:00\n\n揭牌现场。\n\n{_LEAD}\n\n"
            f"{_MORE}\n\n1\n查看完整版本: {_HEAD}")
    assert _articles(_write(tmp_path, page)) == [(_HEAD, "2023-01-06", [_LEAD, _MORE], None)]


def test_a_repost_credit_line_ending_in_a_colon_is_no_text(tmp_path: Path) -> None:
    page = f"{_HEAD}\n都市某某据【某某县融媒体中心】发布消息:\n{_LEAD}\n{_MORE}\n"
    ((_, _, texts, _),) = _articles(_write(tmp_path, page))
    assert texts == [_LEAD, _MORE]


def test_spam_keywords_and_a_column_word_over_a_headline_are_no_item(tmp_path: Path) -> None:
    page = (f"欧洲精品视频一区二区三区,推油久久99久久99久久,精品人伦一区二区三电影,亚洲在人线免费毛片\n\n信息公开\n\n"
            f"{_HEAD}\n\n  {_LEAD}\n\n  {_MORE}\n")
    assert [(t, p) for t, _, p, _ in _articles(_write(tmp_path, page))] == [(_HEAD, [_LEAD, _MORE])]


def test_a_bulleted_list_inside_a_text_is_part_of_it(tmp_path: Path) -> None:
    points = ["★ 红色——党建引领", "★ 绿色——文明行为", "★ 黄色——关爱未成年人"]
    page = "\n\n".join([f"当前位置:首页>滚动 > >正文\n\n{_HEAD}\n2023-05-05 17:03:25 来源:某某发布", _LEAD, *points,
                        _MORE]) + "\n"
    ((title, _, texts, _),) = _articles(_write(tmp_path, page))
    assert (title, texts[0], texts[-1]) == (_HEAD, _LEAD, _MORE)


def test_a_bulleted_caption_inside_a_text_that_opened_on_its_body_is_no_item(tmp_path: Path) -> None:
    page = f"{_LEAD}\n▲区委副书记、代区长马某某致辞\n{_MORE}\n▲区委常委、常务副区长吴某主持活动\n{_LAST}\n"
    assert [p for _, _, p, _ in _articles(_write(tmp_path, page))] == [[_LEAD, _MORE, _LAST]]


def test_a_source_label_glued_to_the_headline_goes_whole_and_a_caption_glued_before_the_lead_goes(
        tmp_path: Path) -> None:
    page = f"{_HEAD}信息来源:某某市融媒体中心\n授旗仪式现场。 {_LEAD} {_MORE}\n"
    ((title, _, texts, _),) = _articles(_write(tmp_path, page))
    assert (title, texts[0].startswith(_LEAD)) == (_HEAD, True)


def test_a_jammer_before_a_dated_lead_leaves_the_date_whole() -> None:
    from briefgen.ingest.clean.repair import repair_text

    assert repair_text("+ E$ X, y0 g7 j& L' R 10月26日，重庆市") == "10月26日，重庆市"
    assert repair_text(") v5 W\" `! ~& |7 w8 F( ~( N\" f: l▲高新区管委会主任作推介") == "▲高新区管委会主任作推介"


def test_a_related_photo_note_is_chrome(tmp_path: Path) -> None:
    page = f"首页 > 新闻\n{_HEAD}\n发布时间：2019-09-23\n(相关资料图)\n{_LEAD}\n{_MORE}\n"
    ((_, _, texts, _),) = _articles(_write(tmp_path, page))
    assert texts == [_LEAD, _MORE]


def test_a_copyright_notice_is_chrome_and_a_disclaimers_title_is_a_tail() -> None:
    from briefgen.ingest.split.pagelines import is_chrome_line, is_tail_line

    assert is_chrome_line("凡某某报、某某网记者署名文字、图片,版权均属于某某报所有。任何媒体、网站或者个人,未经授权不得转载")
    assert is_tail_line("某某网版权与免责声明:")
    assert not is_chrome_line("凡是群众反映的问题，我们都要逐一解决，版面有限不再赘述。")

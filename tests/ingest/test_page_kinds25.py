"""Twenty-fifth round of page kinds (fresh60–62, session 11, after their one unseen score): a post that opens
like a poster, rows of ▲-marked photo captions and one glued before a paragraph, an editor's HTML markup, a
run of thread buttons after the headline, an ad's address, and a site path before the info labels."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.clean.repair import repair_text
from briefgen.ingest.split.pagehead import bare_headline
from briefgen.ingest.split.pageinfo import split_glued_info
from briefgen.ingest.split.pagelines import is_headline
from tests.ingest.documents import article_rows
from tests.ingest.documents import write_page as _write
from tests.ingest.test_page_kinds20 import _HEAD, _LAST, _LEAD, _MORE


def _rows(tmp_path: Path, page: str) -> list[tuple[str | None, str | None, list[str]]]:
    return [(title, date, texts) for title, date, texts, _ in article_rows(_write(tmp_path, page))]


@pytest.mark.parametrize(("line", "kept"), [
    ("文明 是一座城市的幸福底色 文明城市 是一张亮丽的城市名片 大考之年 “遇到难题，我们就开会。” 5月以来，街道全员行动。",
     "“遇到难题，我们就开会。” 5月以来，街道全员行动。"),
    ("对一座城市而言 景观、风貌、环境、人文…… 这些都是文明的注脚 反映城市治理的精度 某街道 “争当文明人，共创文明城”，某街道开展整治。",
     "“争当文明人，共创文明城”，某街道开展整治。"),
    ("我 们 的 家 园 美 丽 又 富 饶 这 里 的 人 们 勤 劳 又 善 良 大 家 都 说，真好。", "我 们 的 家 园 美 丽 又 富 饶 这 里 的 人 们 勤 劳 又 善 良 大 家 都 说，真好。"),
    ("首页 新闻 政务", "首页 新闻 政务"),
    ("秋色 层林 尽染 山川 如画 这一段长长的没有任何标点的说明文字写在图片的下方供读者欣赏",
     "秋色 层林 尽染 山川 如画 这一段长长的没有任何标点的说明文字写在图片的下方供读者欣赏"),
    ("某某网10月11日讯 (通讯员 郭某 方某 记者 焦某)日前，某县举行第三季度招商项目集中签约仪式，共签约项目17个。",
     "某某网10月11日讯 (通讯员 郭某 方某 记者 焦某)日前，某县举行第三季度招商项目集中签约仪式，共签约项目17个。"),
])
def test_a_poster_like_opening_of_phrases_gives_way_to_the_first_clause(line: str, kept: str) -> None:
    assert repair_text(line) == kept


def test_rows_of_marked_captions_and_a_caption_glued_before_a_paragraph_leave_the_text(tmp_path: Path) -> None:
    page = (f"{_LEAD}\n{_MORE}\n②河道整治 ▲某河南侧岸坡整治 ▲某河道整治\n▲某村\n③僵尸车整治 ④乱堆乱放整治 ▲某社区\n"
            f"▲某村、某小区 {_LAST}\n")
    assert _rows(tmp_path, page) == [(None, None, [_LEAD, _MORE, _LAST])]


def test_an_editors_markup_left_in_the_text_goes() -> None:
    line = '<p><br></p><section data-role="outer" label="Powered by 135editor.com"><section class="x">抓发展就要抓产业。</section>'
    assert repair_text(line) == "抓发展就要抓产业。"
    assert repair_text("温度 <5℃ 时停工，>30℃ 时避开午间。") == "温度 <5℃ 时停工，>30℃ 时避开午间。"


def test_a_run_of_thread_buttons_after_a_headline_goes() -> None:
    assert bare_headline(f"{_HEAD} [复制链接] 上一主题 下一主题") == _HEAD
    assert bare_headline("某企业发布新一代3D打印") == "某企业发布新一代3D打印"


def test_a_line_with_an_ads_address_is_no_headline() -> None:
    assert not is_headline("石家庄某某专科医院 http://www.example.com/m/")


def test_a_site_path_before_the_info_labels_is_no_headline_part(tmp_path: Path) -> None:
    assert split_glued_info("首页 > 某县新闻 人气:130 日期:2015/1/7 17:36:03") is None
    page = f"{_HEAD}\n首页 > 某县新闻 人气:130 日期:2015/1/7 17:36:03\n文章正文\n\n    本网讯  {_LEAD}\n\n    {_MORE}\n"
    assert _rows(tmp_path, page)[0][:2] == (_HEAD, "2015-01-07")


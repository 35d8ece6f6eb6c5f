"""Twenty-sixth round of page kinds (session 12, from sets seen last session): a site header's row that holds the
day's date, a copied list's bullets, a contact line over the headline, a hijacked site's word joined before the
headline, field and tag lines between the headline and its date, a headline only in a reading line at the end,
a line of info labels a copy left empty, and a watermark token with digits."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.clean.repair import repair_blocks
from briefgen.ingest.split.pagedates import is_clock_row
from briefgen.ingest.split.pagelines import is_chrome_line, is_headline, is_label_line
from briefgen.readers.base import Block, text_blocks
from tests.ingest.documents import article_rows
from tests.ingest.documents import write_page as _write
from tests.ingest.test_page_kinds20 import _HEAD, _LAST, _LEAD, _MORE


def _rows(tmp_path: Path, page: str) -> list[tuple[str | None, str | None, list[str]]]:
    return [(title, date, texts) for title, date, texts, _ in article_rows(_write(tmp_path, page))]


def test_a_date_in_the_site_headers_row_of_links_is_not_the_pages(tmp_path: Path) -> None:
    page = f"欢迎进入某某银行官方网站!\n人才招聘 |  2024年05月05日 |  加入收藏\n您现在的位置:\\支行动态详情\n{_HEAD}\n{_LEAD}\n{_MORE}\n{_LAST}\n"
    assert _rows(tmp_path, page) == [(_HEAD, None, [_LEAD, _MORE, _LAST])]


@pytest.mark.parametrize(("line", "clock"), [
    ("人才招聘 |  2024年05月05日 |  加入收藏", True),
    ("设为首页 | 2023-06-01 星期四", True),
    ("发布时间：2024-05-05 | 来源：某某网 | 加入收藏", False),
    ("2024年05月05日 | 某某日报", False),
])
def test_a_clock_row_has_a_page_button_and_no_label(line: str, clock: bool) -> None:
    assert is_clock_row(line) is clock


def test_a_copied_lists_bullets_are_not_text() -> None:
    texts = [b.text for b in text_blocks(f"  •  {_HEAD}\n    •         {_LEAD}\n·某某镇\n")]
    assert texts == [_HEAD, _LEAD, "·某某镇"]


def test_a_contact_line_over_the_headline_is_not_part_of_it(tmp_path: Path) -> None:
    page = f"新闻热线:023-61520695 举报电话:023-61520697\n\n{_HEAD}\n\n2017-01-05 10:28:55  来源:某某网\n\n{_LEAD}\n\n{_LAST}\n"
    assert _rows(tmp_path, page) == [(_HEAD, "2017-01-05", [_LEAD, _LAST])]
    assert not is_headline("服务热线：(0915)3356512 欢迎来电")
    assert is_headline("广西昭平：茶园里的丰收季节到来了")


def test_a_hijacked_sites_word_joined_before_the_headline_goes(tmp_path: Path) -> None:
    page = f"导航\n某某2代理-\n某某2注册新闻\n标签云\n某某2注册_{_HEAD}\n{_LEAD}\n{_MORE}\n{_LAST}\n"
    assert _rows(tmp_path, page) == [(_HEAD, None, [_LEAD, _MORE, _LAST])]


def test_a_word_joined_before_the_headline_stays_when_the_page_does_not_print_it_elsewhere(tmp_path: Path) -> None:
    page = f"导航\n标签云\n镇村动态_{_HEAD}\n{_LEAD}\n{_MORE}\n{_LAST}\n"
    assert _rows(tmp_path, page)[0][0] == f"镇村动态_{_HEAD}"


def test_field_and_tag_lines_between_the_headline_and_its_date_are_passed(tmp_path: Path) -> None:
    page = f"{_HEAD}\n农民运动\n全民健身\n乡村振兴\n所属地区:某省-某州\n发布日期:2025年08月27日\n{_LEAD}\n{_MORE}\n{_LAST}\n"
    assert _rows(tmp_path, page) == [(_HEAD, "2025-08-27", [_LEAD, _MORE, _LAST])]
    assert is_label_line("所属地区:新疆-巴州") and not is_label_line("广西昭平：茶园里的丰收季节")


def test_a_headline_given_only_by_the_reading_line_at_the_end(tmp_path: Path) -> None:
    page = f"◆{_LEAD}\n{_MORE}\n{_LAST}\n扫描二维码随身看资讯\n正在阅读: {_HEAD}\n"
    assert _rows(tmp_path, page) == [(_HEAD, None, [_LEAD, _MORE, _LAST])]


def test_a_line_of_empty_info_labels_is_chrome() -> None:
    assert is_chrome_line("时间: 来源: 访问量:")
    assert not is_chrome_line("时间: 2023-05-01 来源: 某某网")


def test_a_watermark_token_with_digits_goes_from_each_paragraph_end() -> None:
    blocks = [Block(f"{_LEAD}Q38某某新闻网", 1, "paragraph"), Block(f"{_MORE}Q38某某新闻网", 2, "paragraph"),
              Block("开展了“5G网”宣传。", 3, "paragraph")]
    repair_blocks(blocks)
    assert [b.text for b in blocks] == [_LEAD, _MORE, "开展了“5G网”宣传。"]

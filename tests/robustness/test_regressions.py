"""One test per problem found by fuzzing, property tests and the hostile-text run."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.errors import InputRefused
from briefgen.ingest.clean.cleanup import clean_text, strip_control_chars
from briefgen.ingest.split.vocab import plain
from briefgen.readers import read_path
from briefgen.readers.base import strip_controls
from briefgen.readers.decode import decode_bytes


def test_tabs_do_not_survive_paragraph_cleanup() -> None:
    """Fuzz (atheris): clean_text kept single tab characters inside a passage."""
    assert strip_control_chars("会议\t要求\t\t") == "会议 要求"
    assert "\t" not in clean_text("甲\t乙")


@pytest.mark.parametrize("name", ["a.md", "a.txt"])
@pytest.mark.parametrize("body", ["#", "#\n\n## \n", "```\n```\n"])
def test_a_file_of_bare_markup_is_refused_not_read_as_nothing(tmp_path: Path, name: str, body: str) -> None:
    """Hypothesis: a markdown file holding only ``#`` was read into zero blocks without a verdict.

    Issue 14: a plain-text file of backticks only (punctuation, no letter or digit) is refused too.
    """
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    with pytest.raises(InputRefused, match="没有找到正文"):
        read_path(path)


def test_multiplication_sign_between_numbers_is_kept() -> None:
    """Hostile text: ``{{ 7*7 }}`` was stored as ``{{ 77 }}`` (single ``*`` taken for emphasis)."""
    assert plain("模板{{ 7*7 }}，面积3*4米") == "模板{{ 7*7 }}，面积3*4米"
    assert plain("*重点*工作") == "重点工作"


def test_entity_semicolon_is_not_made_full_width() -> None:
    """Hostile text: ``&amp;以及`` became ``&amp；以及``."""
    assert clean_text("转义符&amp;以及&lt;b&gt;和") == "转义符&amp;以及&lt;b&gt;和"
    assert clean_text("甲;乙") == "甲；乙"


def test_terminal_colour_codes_go_whole() -> None:
    """Bad corpus: an ANSI escape lost its ESC but left ``[31m`` in the text."""
    assert strip_controls("会议\x1b[31m召开\x1b[0m。") == "会议召开。"


def test_stray_nul_bytes_do_not_make_text_binary() -> None:
    """Bad corpus: one NUL in a UTF-8 article refused the whole file as binary."""
    decoded = decode_bytes("本报讯\x001月5日，安康市召开会议。".encode())
    assert decoded is not None and decoded[1] == "utf-8"
    assert decode_bytes(bytes(range(256)) * 8) is None


def test_bomless_utf16_of_pure_chinese_is_read() -> None:
    """Bad corpus: UTF-16 without BOM and without ASCII (so without NULs) was read as GB18030."""
    for codec in ("utf-16-le", "utf-16-be"):
        assert decode_bytes("安康市召开全市安全生产工作会议".encode(codec)) == (
            "安康市召开全市安全生产工作会议", codec)


def test_nul_in_a_web_page_leaves_no_replacement_character(tmp_path: Path) -> None:
    """Exploration: lxml turned a NUL byte in a page into U+FFFD, which then read as mojibake."""
    path = tmp_path / "a.html"
    path.write_bytes("<html><body><p>本报讯\x00 1月5日，安康市召开会议。</p></body></html>".encode())
    assert [b.text for b in read_path(path).blocks] == ["本报讯 1月5日，安康市召开会议。"]


def test_html_like_tags_in_a_text_source_are_data() -> None:
    """Probe: ``<b>粗体</b>`` in a .txt/.md was stripped to ``粗体``; only the HTML reader reads tags."""
    assert clean_text("网页代码<b>粗体</b>一并处理") == "网页代码<b>粗体</b>一并处理"
    assert plain("## **标题<i>斜体</i>**") == "标题<i>斜体</i>"


def test_deeply_nested_html_keeps_its_article(tmp_path) -> None:  # noqa: ANN001
    from briefgen.ingest.pipeline import process_document
    from briefgen.records import IngestOptions

    body = "会议要求，各部门要抓好落实，确保各项任务按期完成。" * 10
    page = tmp_path / "deep.html"
    page.write_text(f"<html><body>{'<div>' * 300}<p>{body}</p>{'</div>' * 300}</body></html>", encoding="utf-8")
    result = process_document(str(page), IngestOptions())
    assert result.rejected is None and result.articles[0].passages[0].text.startswith("会议要求")


def test_html_nested_past_the_parser_limit_is_refused_for_its_depth(tmp_path) -> None:  # noqa: ANN001
    """Probe: 3000 nested <div>s lost the article inside and were refused as "没有找到正文文字"."""
    import pytest

    from briefgen.errors import InputRefused
    from briefgen.readers.html import read_html

    body = "会议要求，各部门要抓好落实，确保各项任务按期完成。" * 10
    page = tmp_path / "deeper.html"
    page.write_text(f"<html><body>{'<div>' * 3000}<p>{body}</p>{'</div>' * 3000}</body></html>", encoding="utf-8")
    with pytest.raises(InputRefused, match="嵌套"):
        read_html(page)

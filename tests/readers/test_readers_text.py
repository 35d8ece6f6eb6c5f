"""The .txt reader: encodings detected and recorded, bad files refused with a reason."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.errors import InputRefused
from briefgen.readers import base as reader_base
from briefgen.readers import read_path

TEXT = "# 安康召开会议\n\n本报讯（记者 张三）1月5日，全市工作会议召开。\n会议要求，抓好落实。\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16-le-bom"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16-be-bom"),
        (TEXT.encode("utf-16-le"), "utf-16-le"),
        (TEXT.encode("gbk"), "gbk"),
        ((TEXT + "㐀𠀀").encode("gb18030"), "gb18030"),
    ],
)
def test_encodings_are_detected_and_recorded(write, data: bytes, encoding: str) -> None:
    doc = read_path(write("a.txt", data))
    assert doc.encoding == encoding
    assert doc.blocks[0].text == "安康召开会议" and doc.blocks[0].kind == "heading"
    assert doc.blocks[1].text.startswith("本报讯")
    assert doc.blocks[1].line == 3


def test_big5_text_is_read(write) -> None:
    doc = read_path(write("b.txt", "經濟開發區召開會議，部署工作。".encode("big5")))
    assert "經濟開發區" in doc.blocks[0].text


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "空的"),
        (b"  \n\t\r\n\xe3\x80\x80\n", "空白"),
        (bytes(range(256)) * 20, "二进制"),
        (b"\x00\x01\x02\x03PNG\x00\x00\x10" * 100, "二进制"),
    ],
)
def test_bad_text_files_are_refused_with_a_reason(write, data: bytes, words: str) -> None:
    path = write("bad.txt", data)
    with pytest.raises(InputRefused) as caught:
        read_path(path)
    assert words in caught.value.reason
    assert str(path) in str(caught.value)


def test_control_characters_are_stripped(write) -> None:
    doc = read_path(write("c.txt", "会议\x07召开\x1b。\u200b\n下一\x0b段\x7f\x85".encode()))
    assert [b.text for b in doc.blocks] == ["会议召开。", "下一段"]
    assert all(ch >= " " for b in doc.blocks for ch in b.text)


def test_too_large_file_is_refused_with_its_own_message(write, monkeypatch) -> None:
    entry = {"value": 1024 * 1024, "message": "超过 {limit} MB"}
    monkeypatch.setitem(reader_base.limits(), "max_file_bytes", entry)
    with pytest.raises(InputRefused, match="超过 1 MB"):
        read_path(write("big.txt", "很长的文字内容。\n".encode() * 50_000))


def test_unsupported_extension_is_refused(write) -> None:
    with pytest.raises(InputRefused, match="不支持"):
        read_path(write("a.pdf", b"%PDF-1.4"))


def test_missing_file_is_refused(tmp_path) -> None:
    with pytest.raises(InputRefused, match="找不到"):
        read_path(tmp_path / "none.txt")


def _strip_controls_by_rules(text: str) -> str:
    """The rules of strip_controls applied without its shortcut, for comparison."""
    import unicodedata

    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x0c", "\n")
    text = reader_base._CONTROL.sub("", reader_base._ANSI_ESCAPE.sub("", text))
    return "".join(ch for ch in text if unicodedata.category(ch) not in ("Cs", "Co", "Cn") or ch == "\n")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.one_of(st.characters(), st.sampled_from("\r\n\x0c\x1b[31m安康\u200b\ue000")), max_size=60))
def test_strip_controls_shortcut_gives_the_same_text(text: str) -> None:
    assert reader_base.strip_controls(text) == _strip_controls_by_rules(text)
    clean = "安康市召开会议。\n第二段\t文字"
    assert reader_base.strip_controls(clean) is clean


def test_paragraph_tags_a_crawler_left_in_text_end_paragraphs_on_their_line(write) -> None:
    text = ("<p> 本报讯（通讯员 张三）2月20日，全县召开中心组学习会。</p><p> 会议要求，抓好落实。</p>\n"
            "本帖最后由 某人 于 2015-4-13 00:37 编辑 <br /><br />与会人员逐一发言。\n")
    doc = read_path(write("tagged.txt", text.encode("utf-8")))
    assert [(b.line, b.text) for b in doc.blocks] == [
        (1, "本报讯（通讯员 张三）2月20日，全县召开中心组学习会。"), (1, "会议要求，抓好落实。"),
        (2, "本帖最后由 某人 于 2015-4-13 00:37 编辑"), (2, "与会人员逐一发言。")]


def test_one_angle_bracketed_word_in_text_is_data_not_markup(write) -> None:
    doc = read_path(write("one.txt", "会议学习了<p>标签的用法。\n".encode()))
    assert [b.text for b in doc.blocks] == ["会议学习了<p>标签的用法。"]

"""The .docx reader: headings by style, tables as text; zip checks before reading."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest

from briefgen.errors import InputRefused
from briefgen.readers import read_path


def _docx(path: Path) -> Path:
    document = docx.Document()
    document.add_heading("安康召开全市工作会议", level=1)
    document.add_paragraph("本报讯 1月5日，全市工作会议召开。")
    document.add_heading("一、主要成绩", level=2)
    table = document.add_table(rows=2, cols=2)
    for r, row in enumerate([("指标", "数值"), ("增长", "5%")]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("会议要求，抓好落实。")
    document.save(str(path))
    return path


def test_docx_paragraphs_headings_and_tables(tmp_path: Path) -> None:
    doc = read_path(_docx(tmp_path / "a.docx"))
    blocks = [(b.kind, b.level, b.text) for b in doc.blocks]
    assert blocks[0] == ("heading", 1, "安康召开全市工作会议")
    assert ("heading", 2, "一、主要成绩") in blocks
    assert ("table", 0, "指标　数值") in blocks
    assert ("paragraph", 0, "会议要求，抓好落实。") in blocks
    assert doc.reader == "docx"


def test_truncated_docx_is_refused(tmp_path: Path) -> None:
    whole = _docx(tmp_path / "whole.docx").read_bytes()
    cut = tmp_path / "cut.docx"
    cut.write_bytes(whole[: len(whole) // 2])
    with pytest.raises(InputRefused, match="不完整"):
        read_path(cut)


def test_non_zip_docx_is_refused(tmp_path: Path) -> None:
    fake = tmp_path / "fake.docx"
    fake.write_bytes(b"%PDF-1.7\n" + b"\x00" * 100)
    with pytest.raises(InputRefused, match="不是有效的 Word"):
        read_path(fake)


def test_zip_without_document_is_refused(tmp_path: Path) -> None:
    other = tmp_path / "other.docx"
    with zipfile.ZipFile(other, "w") as z:
        z.writestr("hello.txt", "hi")
    with pytest.raises(InputRefused, match="不是有效的 Word"):
        read_path(other)


def test_zip_bomb_is_refused_before_reading(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.docx"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"<w:document>" + b" " * (8 * 1024 * 1024))
    bomb.write_bytes(buffer.getvalue())
    with pytest.raises(InputRefused, match="压缩"):
        read_path(bomb)


def test_empty_docx_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "empty.docx"
    docx.Document().save(str(path))
    with pytest.raises(InputRefused, match="没有找到正文"):
        read_path(path)

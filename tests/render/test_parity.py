"""The PDF and the Word draft of one briefing say the same thing, in the same order."""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import docx
import pdfplumber
import pytest
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph as DocxParagraph
from needs import missing

from briefgen.fonts import resolve_fonts
from briefgen.fonts.resolve import has_cjk_face
from briefgen.model import (
    Briefing,
    Contents,
    Heading,
    Imprint,
    ImprintLine,
    Item,
    Paragraph,
    Span,
    Table,
    from_json,
)
from briefgen.render.docx import render_docx
from briefgen.render.pdf import render_pdf
from briefgen.render.pdf.geometry import geometry
from briefgen.style import load_style

GOLDEN = Path(__file__).resolve().parents[1] / "assemble" / "golden" / "ankang.json"
_BLANK = re.compile(r"\s+")
SENTENCE = "全市规模以上工业增加值同比增长28.8%，完成固定资产投资1800万元，重点项目有序推进。"


@pytest.fixture(scope="module")
def style(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    """Return the shipped style with a session font cache; skip without any Chinese font."""
    style = load_style()
    if not any(has_cjk_face(c, style) for c in resolve_fonts(style).values()):
        missing("本机没有任何中文字体，跳过依赖字体的测试")
    folder = os.environ.get("BRIEFGEN_TEST_FONT_CACHE") or str(tmp_path_factory.mktemp("cache"))
    old = os.environ.get("BRIEFGEN_CACHE")
    os.environ["BRIEFGEN_CACHE"] = folder
    yield style
    if old is None:
        os.environ.pop("BRIEFGEN_CACHE", None)
    else:
        os.environ["BRIEFGEN_CACHE"] = old


def golden() -> Briefing:
    """Return the assembly layer's golden 安康 briefing."""
    return from_json(GOLDEN.read_text(encoding="utf-8"))


def mixed() -> Briefing:
    """Return the golden briefing plus an item without a source span, nesting and a long table."""
    base = golden()
    no_span = Item("未带来源片段的条目", [Paragraph([Span(SENTENCE * 3)])], "安康发布 1月8日")
    rows = [[f"指标{n}", f"{n * 3}.{n}%", "增长", "安康日报"] for n in range(40)]
    blocks = [
        Contents("本期要目", ["一、经济运行", "\u3000\u3000" + "很长的条目标题" * 6]),
        *base.blocks,
        Heading("（一）补充", 2),
        no_span,
        Item("没有段落只有来源", [], "市统计局"),
        Table("数据速览", ["指标", "数值", "变化", "来源"], rows),
    ]
    imprint = Imprint([ImprintLine("报", "省政府办公厅。")], "安康市人民政府办公室", "2023年1月9日", 150)
    return Briefing(base.meta, base.masthead, blocks, imprint)


def pdf_reading(path: Path, style: dict) -> str:
    """Return the PDF's text in reading order: page numbers left out, table cells row by row.

    A table opening a page with the header of the table that closed the previous page is
    that table carried over: its repeated header is read once, as in the Word draft.
    """
    geo = geometry(style)
    top = geo.page_height - geo.top
    parts: list[str] = []
    carried: list[str] | None = None
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            body = page.crop((0, 0, page.width, geo.page_height - geo.bottom + 1))
            tables = body.find_tables()
            outside = body.filter(_outside_of([t.bbox for t in tables]))
            pieces = [(ln["top"], ln["text"]) for ln in outside.extract_text_lines()]
            for table in tables:
                rows = [[c or "" for c in row] for row in table.extract()]
                head = rows[0] if rows else []
                if rows and head == carried and abs(table.bbox[1] - top) < 2:
                    rows = rows[1:]
                carried = head if abs(table.bbox[3] - (geo.page_height - geo.bottom)) < 80 else None
                pieces.append((table.bbox[1], "".join("".join(r) for r in rows)))
            parts += [text for _, text in sorted(pieces, key=lambda p: p[0])]
    return _BLANK.sub("", "".join(parts))


def _outside_of(boxes: list[tuple[float, float, float, float]]) -> Callable[[dict], bool]:
    """Return a test for page objects whose centre lies in none of ``boxes``."""
    def outside(obj: dict) -> bool:
        x = (obj["x0"] + obj["x1"]) / 2
        y = (obj["top"] + obj["bottom"]) / 2
        return not any(b[0] <= x <= b[2] and b[1] <= y <= b[3] for b in boxes)
    return outside


def docx_reading(path: Path) -> str:
    """Return the .docx body text (masthead, blocks, 版记) as python-docx reads it."""
    out: list[str] = []
    for item in docx.Document(str(path)).iter_inner_content():
        if isinstance(item, DocxParagraph):
            out.append(item.text)
        elif isinstance(item, DocxTable):
            out += ["".join(c.text for c in row.cells) for row in item.rows]
    return _BLANK.sub("", "".join(out))


def _both(briefing: Briefing, tmp_path: Path, style: dict) -> tuple[str, str]:
    render_pdf(briefing, tmp_path / "b.pdf", style)
    render_docx(briefing, tmp_path / "b.docx", style)
    return pdf_reading(tmp_path / "b.pdf", style), docx_reading(tmp_path / "b.docx")


@pytest.mark.parametrize("make", [golden, mixed], ids=["golden", "mixed"])
def test_pdf_and_docx_say_the_same(make, tmp_path: Path, style: dict) -> None:
    pdf_text, docx_text = _both(make(), tmp_path, style)
    assert pdf_text == docx_text


def test_everything_in_the_model_is_printed_once(tmp_path: Path, style: dict) -> None:
    briefing = mixed()
    pdf_text, docx_text = _both(briefing, tmp_path, style)
    for text in (pdf_text, docx_text):
        assert "（共印150份）" in text
        for line in briefing.plain_text():
            assert _BLANK.sub("", line) in text
        notes = Counter(_BLANK.sub("", b.source_note) for b in briefing.blocks
                        if isinstance(b, Item))
        for note, times in notes.items():
            assert text.count(note) == times, note

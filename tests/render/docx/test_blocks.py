"""Word blocks printed as in the PDF: source notes, nested contents, sized tables, 共印 and 刊名."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from docx_readback import NS, attr, body_lines, part
from docx_samples import small_briefing

from briefgen.model import Contents, Item, Paragraph, Span, Table
from briefgen.render.docx import render_docx
from briefgen.render.docx.blocks import column_widths

NESTED = "\u3000\u3000市政府召开第十五次常务会议"


def _render(tmp_path: Path, style: dict, blocks: list, copies: int | None = None) -> Path:
    base = small_briefing()
    briefing = replace(base, blocks=blocks, imprint=replace(base.imprint, copies=copies))
    out = tmp_path / "b.docx"
    render_docx(briefing, out, style)
    return out


def test_item_without_source_span_prints_its_note_once(tmp_path: Path, style: dict) -> None:
    item = Item("条目", [Paragraph([Span("正文。")])], "安康日报 1月5日")
    assert body_lines(_render(tmp_path, style, [item])) == ["条目", "正文。（安康日报 1月5日）"]


def test_nested_contents_entry_hangs_under_its_text(tmp_path: Path, style: dict) -> None:
    out = _render(tmp_path, style, [Contents("本期要目", ["一、会议", NESTED])])
    ind = part(out, "word/document.xml").xpath(
        "//w:p[w:pPr/w:pStyle/@w:val='BriefContents']/w:pPr/w:ind", namespaces=NS
    )
    assert [(attr(i, "leftChars"), attr(i, "hangingChars")) for i in ind] == [("400", "200")]


def test_copies_line_closes_the_imprint(tmp_path: Path, style: dict) -> None:
    body = part(_render(tmp_path, style, [], copies=150), "word/document.xml")
    rows = body.xpath("//w:tbl[w:tblPr/w:tblStyle/@w:val='BriefImprintTable']/w:tr", namespaces=NS)
    assert "".join(rows[-1].xpath(".//w:t/text()", namespaces=NS)) == "（共印150份）"


def test_table_columns_follow_their_text(tmp_path: Path, style: dict) -> None:
    table = Table(
        "数据速览", ["指标", "数值"], [["工艺品和玩具制造业企业（2022年1至11月份）", "1800万元"]]
    )
    grid = part(_render(tmp_path, style, [table]), "word/document.xml").xpath(
        "//w:tbl[w:tblPr/w:tblStyle/@w:val='BriefFiguresTable']/w:tblGrid/w:gridCol/@w:w",
        namespaces=NS,
    )
    first, second = (int(w) for w in grid)
    assert first > 2 * second
    assert second >= 5 * style["sizes_pt"]["table"] * 20


def test_column_widths_keep_narrow_columns_whole() -> None:
    assert column_widths([10, 10], 40) == [20, 20]
    assert column_widths([100, 10, 10], 60) == [40, 10, 10]


def test_masthead_style_is_narrowed(tmp_path: Path, style: dict) -> None:
    styles = part(_render(tmp_path, style, []), "word/styles.xml")
    scale = styles.xpath("w:style[w:name/@w:val='刊头']/w:rPr/w:w/@w:val", namespaces=NS)
    assert scale == [str(style["char_scale_pct"]["masthead"])]

"""Blocks that need more than line breaking: a table over a page break, hanging contents, the 刊名."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
from pdf_samples import long_briefing, text_lines

from briefgen.model import Briefing, Contents, Table
from briefgen.render.pdf import render_pdf
from briefgen.render.pdf.geometry import geometry

HEADER = ["指标", "数值", "变化", "来源"]
NESTED = "\u3000\u3000" + "“乐享安康年·嗨GO全体验”春节促消费系列活动扛开帷幕" * 2


def _with_blocks(blocks: list) -> Briefing:
    base = long_briefing()
    return Briefing(base.meta, base.masthead, blocks, base.imprint)


def test_table_header_repeats_after_a_page_break(tmp_path: Path, style: dict, cjk: dict,
                                                 font_cache: Path) -> None:
    rows = [[f"指标{n}", f"{n}.5%", "增长", "安康日报"] for n in range(60)]
    out = tmp_path / "table.pdf"
    render_pdf(_with_blocks([Table("数据速览", HEADER, rows)]), out, style)
    with pdfplumber.open(out) as pdf:
        tables = [t.extract() for page in pdf.pages for t in page.find_tables()]
    assert len(tables) >= 2
    assert all(t[0] == HEADER for t in tables)
    body = [r for t in tables for r in t[1:]]
    assert body == rows


def test_wrapped_contents_entry_hangs_under_its_text(tmp_path: Path, style: dict, cjk: dict,
                                                      font_cache: Path) -> None:
    out = tmp_path / "contents.pdf"
    contents = Contents("本期要目", ["一、经济运行", NESTED, "二、项目建设"])
    render_pdf(_with_blocks([contents]), out, style)
    geo = geometry(style)
    with pdfplumber.open(out) as pdf:
        lines = [ln for ln in text_lines(pdf.pages[0]) if ln[0]["size"] == geo.body_size]
    texts = ["".join(c["text"] for c in ln) for ln in lines]
    first, last = texts.index("一、经济运行"), texts.index("二、项目建设")
    char = geo.advance(geo.body_size)
    assert abs(lines[first][0]["x0"] - geo.left - 2 * char) < 1
    nested = [ln[0]["x0"] - geo.left for ln in lines[first + 1:last]]
    assert len(nested) >= 3
    assert all(abs(x - 4 * char) < 1 for x in nested)


def test_masthead_is_large_narrow_and_centred(long_doc: pdfplumber.PDF, style: dict) -> None:
    geo = geometry(style)
    red = [c for c in long_doc.pages[0].chars if c["size"] > 2 * geo.body_size]
    scale = style["char_scale_pct"]["masthead"] / 100
    assert red and all(c["size"] == style["sizes_pt"]["masthead"] for c in red)
    assert all(abs((c["x1"] - c["x0"]) - c["size"] * scale) < 1 for c in red)
    middle = (red[0]["x0"] + red[-1]["x1"]) / 2
    assert abs(middle - (geo.left + geo.width / 2)) < 1


def test_a_long_centred_title_breaks_at_the_space_between_its_parts(tmp_path: Path, style: dict, cjk: dict,
                                                                     font_cache: Path) -> None:
    from briefgen.model import Item, Paragraph, Span

    head, tail = "某县东洞庭湖管理领导小组强化“两节”安全防线", "专项检查护航民生重点领域"
    item = Item(f"{head} {tail}", [Paragraph([Span("某县召开安全生产工作专题部署会。")])], "某某客户端")
    out = tmp_path / "title.pdf"
    render_pdf(_with_blocks([item]), out, style)
    geo = geometry(style)
    with pdfplumber.open(out) as pdf:
        lines = text_lines(pdf.pages[0])
    texts = ["".join(c["text"] for c in ln) for ln in lines]
    at = texts.index(head)
    assert texts[at + 1] == tail  # not …专项检查护航民生重点 / 领域
    centre = geo.left + geo.width / 2
    assert all(abs((ln[0]["x0"] + ln[-1]["x1"]) / 2 - centre) < 2 for ln in lines[at:at + 2])

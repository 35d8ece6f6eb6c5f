"""Tables: no all-empty column, headers on one line, figures and dates never broken in a cell."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pdfplumber
from lxml import etree
from pdf_samples import long_briefing

from briefgen.model import Briefing, Paragraph, Span, Table
from briefgen.render.docx import render_docx
from briefgen.render.pdf import render_pdf

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FIGURE = re.compile(r"[0-9]+(?:\.[0-9]+)?(?:余|多)?(?:万元|亿元|户|家|个|%|年|月)"
                    r"|[0-9]{1,2}月[0-9]{1,2}日")
ROWS = [
    ["企业技术改造", "完成5000余家企业技改升级，投资增长28.8%，带动就业12000余人，新增产值"
     "552.8亿元", "", "增长", "（2023年8月至11月）"],
    ["市场主体培育", "新增市场主体18426户，累计达到23.35万户，其中个体工商户占比超过七成，"
     "新登记企业3120家", "", "持平", "市市场监管局1月3日发布"],
    ["招商引资", "签订招商合同项目349个，到位资金552.8亿元，其中省外资金占比达到六成以上",
     "", "下降", "市招商服务中心"],
]


def _briefing(table: Table) -> Briefing:
    base = long_briefing()
    return Briefing(base.meta, base.masthead, [Paragraph([Span("表前一段。")]), table],
                    base.imprint)


def _table() -> Table:
    return Table("数据速览", ["指标", "情况", "变化", "同比增减变化", "来源"],
                 [list(r) for r in ROWS])


def _cells(path: Path) -> list[list[str]]:
    with pdfplumber.open(path) as pdf:
        tables = pdf.pages[0].find_tables()
        assert len(tables) == 1
        return [[c or "" for c in row] for row in tables[0].extract()]


def test_empty_column_is_dropped_in_both(tmp_path: Path, style: dict, cjk: dict,
                                         font_cache) -> None:
    render_pdf(_briefing(_table()), tmp_path / "t.pdf", style)
    render_docx(_briefing(_table()), tmp_path / "t.docx", style)
    cells = _cells(tmp_path / "t.pdf")
    assert [c.replace("\n", "") for c in cells[0]] == ["指标", "情况", "同比增减变化", "来源"]
    with zipfile.ZipFile(tmp_path / "t.docx") as package:
        body = etree.fromstring(package.read("word/document.xml"))
    grids = body.findall(f".//{{{W}}}tblGrid")
    assert len(grids[0].findall(f"{{{W}}}gridCol")) == 4
    assert "变化同比" not in "".join(t.text or "" for t in body.iter(f"{{{W}}}t"))


def test_headers_on_one_line_and_figures_whole(tmp_path: Path, style: dict, cjk: dict,
                                               font_cache) -> None:
    render_pdf(_briefing(_table()), tmp_path / "t.pdf", style)
    cells = _cells(tmp_path / "t.pdf")
    assert all("\n" not in c for c in cells[0]), cells[0]
    broken = 0
    for row in cells[1:]:
        for cell in row:
            lines = cell.split("\n")
            ends = {sum(len(x) for x in lines[:i + 1]) for i in range(len(lines) - 1)}
            for match in FIGURE.finditer("".join(lines)):
                broken += bool(set(range(match.start() + 1, match.end())) & ends)
    assert broken == 0
    assert any("\n" in c for row in cells[1:] for c in row)   # cells do wrap, between figures


def test_docx_keeps_caption_header_and_two_rows_together(tmp_path: Path, style: dict) -> None:
    render_docx(_briefing(_table()), tmp_path / "t.docx", style)
    with zipfile.ZipFile(tmp_path / "t.docx") as package:
        body = etree.fromstring(package.read("word/document.xml"))
    rows = body.findall(f".//{{{W}}}tbl")[0].findall(f"{{{W}}}tr")
    kept = [all(p.find(f"{{{W}}}pPr/{{{W}}}keepNext") is not None for p in r.iter(f"{{{W}}}p"))
            for r in rows]
    assert kept == [True, True, False, False]
    assert rows[0].find(f"{{{W}}}trPr/{{{W}}}tblHeader") is not None

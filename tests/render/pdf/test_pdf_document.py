"""Whole-document facts: metadata, literal text, page numbers, 版记, repeatable bytes."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
from pdf_samples import HOSTILE, ISSUER, long_briefing, text_lines
from reportlab.lib.units import mm

from briefgen.render.pdf import render_pdf
from briefgen.render.pdf.geometry import geometry


def _all_text(doc: pdfplumber.PDF) -> str:
    return "".join("".join(c["text"] for c in page.chars) for page in doc.pages)


def test_metadata(long_doc: pdfplumber.PDF) -> None:
    assert long_doc.metadata["Title"] == "安政通报 第三十三期"
    assert long_doc.metadata["Author"] == ISSUER


def test_hostile_text_prints_literally(long_doc: pdfplumber.PDF) -> None:
    assert HOSTILE.replace(" ", "") in _all_text(long_doc).replace(" ", "")


def test_page_numbers_alternate_sides(long_doc: pdfplumber.PDF, style: dict) -> None:
    geo = geometry(style)
    assert len(long_doc.pages) >= 3
    for number, page in enumerate(long_doc.pages, start=1):
        line = [c for c in page.chars if c["size"] == 14 and c["top"] > geo.page_height - geo.bottom]
        assert "".join(c["text"] for c in line) == style["page_number"]["format"].format(n=number)
        dash = geo.page_height - geo.bottom + 7 * mm   # the dash line; tests/render/test_print_marks
        assert min(c["top"] for c in line) < dash < max(c["bottom"] for c in line)
        if number % 2:
            assert abs(max(c["x1"] for c in line) - (geo.right - 14)) < 0.5
        else:
            assert abs(min(c["x0"] for c in line) - (geo.left + 14)) < 0.5


def test_imprint_at_the_foot_of_the_last_page(long_doc: pdfplumber.PDF, style: dict) -> None:
    geo = geometry(style)
    last = long_doc.pages[-1]
    lines = [ln for ln in text_lines(last) if ln[0]["top"] < geo.page_height - geo.bottom]
    assert "".join(c["text"] for c in lines[-1]).startswith("（共印60份）".replace(" ", ""))
    assert "印发" in "".join(c["text"] for c in lines[-2])
    assert lines[-1][0]["bottom"] <= geo.page_height - geo.bottom + 0.5
    widths = sorted({round(e["linewidth"], 2) for e in last.lines if e["width"] > 400})
    assert widths == [round(style["rules_pt"]["imprint_thin"], 2), 1.0]   # 0.25 mm, 0.35 mm


def test_headings_never_end_a_page(long_doc: pdfplumber.PDF) -> None:
    for page in long_doc.pages:
        lines = [ln for ln in text_lines(page) if ln[0]["size"] == 16]
        last = "".join(c["text"] for c in lines[-1])
        assert not last.startswith(("一、", "二、", "（一）", "第")), last


def test_same_input_same_bytes(tmp_path: Path, long_pdf: Path, style: dict) -> None:
    again = tmp_path / "again.pdf"
    render_pdf(long_briefing(), again, style)
    assert again.read_bytes() == long_pdf.read_bytes()

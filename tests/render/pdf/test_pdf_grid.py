"""The PDF fills the GB/T 9704 grid: 22 lines a page, 28 characters a line, inside the 版心."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pdfplumber
from pdf_samples import one_paragraph_briefing, text_lines
from reportlab.lib.units import mm

from briefgen.render.pdf import render_pdf
from briefgen.render.pdf.geometry import geometry


def _full_width(line: list[dict]) -> float:
    return sum(1.0 if c["x1"] - c["x0"] > c["size"] * 0.75 else 0.5 for c in line)


def test_full_page_has_22_lines_of_28(tmp_path: Path, style: dict, cjk: dict,
                                      font_cache: Path) -> None:
    out = tmp_path / "one.pdf"
    render_pdf(one_paragraph_briefing(2000), out, style)
    with pdfplumber.open(out) as pdf:
        lines = text_lines(pdf.pages[1])
    body = [ln for ln in lines if ln[0]["size"] > 15]
    assert len(body) == 22
    counts = Counter(len(ln) for ln in body)
    assert counts.most_common(1)[0][0] == 28
    assert set(counts) <= {27, 28}


def test_lines_sit_on_the_pitch(long_doc: pdfplumber.PDF, style: dict) -> None:
    geo = geometry(style)
    for page in long_doc.pages:
        body = [ln for ln in text_lines(page) if ln[0]["size"] == geo.body_size]
        tops = [ln[0]["top"] for ln in body]
        for top in tops:
            slots = (top - tops[0]) / geo.pitch
            assert abs(slots - round(slots)) < 0.02


def test_no_line_holds_more_than_28_full_width_characters(long_doc: pdfplumber.PDF) -> None:
    full_lines = 0
    for page in long_doc.pages:
        for line in text_lines(page):
            if line[0]["size"] == 16 and _full_width(line) == len(line):
                assert len(line) <= 28
                full_lines += len(line) == 28
    assert full_lines > 10


def test_every_character_inside_the_text_block(long_doc: pdfplumber.PDF, style: dict) -> None:
    geo = geometry(style)
    left, right = geo.left, geo.right
    for page in long_doc.pages:
        for ch in page.chars:
            assert left - 0.01 <= ch["x0"] and ch["x1"] <= right + 0.01, ch["text"]
            assert ch["bottom"] <= geo.page_height - geo.bottom + 7 * mm + 16


def test_justified_lines_end_at_the_right_edge(long_doc: pdfplumber.PDF, style: dict) -> None:
    geo = geometry(style)
    flush = 0
    for page in long_doc.pages:
        for line in text_lines(page):
            if line[0]["size"] == 16 and _full_width(line) >= 27:
                flush += abs(line[-1]["x1"] - geo.right) < 0.5
    assert flush > 20

"""Page number and 版记 rules where GB/T 9704 puts them, in the PDF and in the Word draft."""

from __future__ import annotations

import os
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pdfplumber
import pytest
from lxml import etree
from page_pixels import dash_rows_mm, page_image

from briefgen.model import Briefing, from_json
from briefgen.render.docx import render_docx
from briefgen.render.docx.libreoffice import convert_to_pdf
from briefgen.render.pdf import render_pdf
from briefgen.style import load_style

GOLDEN = Path(__file__).resolve().parents[1] / "assemble" / "golden" / "ankang.json"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
PT_MM = 25.4 / 72
TOLERANCE_MM = 0.5


@pytest.fixture(scope="module")
def style(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    """Return the shipped style with a private font cache."""
    folder = os.environ.get("BRIEFGEN_TEST_FONT_CACHE") or str(tmp_path_factory.mktemp("cache"))
    old = os.environ.get("BRIEFGEN_CACHE")
    os.environ["BRIEFGEN_CACHE"] = folder
    yield load_style()
    if old is None:
        os.environ.pop("BRIEFGEN_CACHE", None)
    else:
        os.environ["BRIEFGEN_CACHE"] = old


def golden() -> Briefing:
    """Return the assembly layer's golden 安康 briefing (several pages)."""
    return from_json(GOLDEN.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def outputs(style: dict, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Return the golden briefing as a PDF, a .docx and LibreOffice's PDF of that .docx."""
    work = tmp_path_factory.mktemp("marks")
    render_pdf(golden(), work / "b.pdf", style)
    render_docx(golden(), work / "b.docx", style)
    office = convert_to_pdf(work / "b.docx", work / "lo", work / "profile").pdf
    return {"pdf": work / "b.pdf", "docx": work / "b.docx", "office": office}


def _body_bottom_mm(style: dict) -> float:
    page = style["page"]
    return float(page["size_mm"][1] - page["margin_bottom_mm"])


@pytest.mark.parametrize("kind", ["pdf", "office"])
def test_page_number_dash_sits_7mm_below_the_body(outputs: dict[str, Path], style: dict,
                                                  kind: str) -> None:
    bottom = _body_bottom_mm(style)
    want = float(style["page_number"]["below_body_mm"])
    with pdfplumber.open(outputs[kind]) as pdf:
        pages = len(pdf.pages)
    assert pages >= 2
    for number in (1, 2):
        strokes = dash_rows_mm(page_image(outputs[kind], number), bottom + 0.5)
        assert len(strokes) == 1, strokes       # both dashes of "— N —" on one stroke
        assert abs(strokes[0] - bottom - want) <= TOLERANCE_MM, (number, strokes[0] - bottom)


def test_pdf_imprint_rules_are_035_outside_and_025_inside(outputs: dict[str, Path],
                                                         style: dict) -> None:
    with pdfplumber.open(outputs["pdf"]) as pdf:
        page = pdf.pages[-1]
        first = next(ln for ln in page.extract_text_lines() if ln["text"].startswith("报："))
        rules = sorted((ln for ln in page.lines if abs(ln["top"] - ln["bottom"]) < 0.01
                        and ln["x1"] - ln["x0"] > page.width / 2), key=lambda ln: ln["top"])
    pitch = style["grid"]["line_pitch_pt"]
    imprint = [r for r in rules if r["top"] > first["top"] - pitch / 2]   # from the 报 line down
    assert len(imprint) >= 3, [r["top"] for r in rules]
    widths = [r["linewidth"] * PT_MM for r in imprint]
    assert abs(widths[0] - 0.35) < 0.01 and abs(widths[-1] - 0.35) < 0.01, widths
    assert all(abs(w - 0.25) < 0.01 for w in widths[1:-1]), widths


def test_docx_imprint_rules_are_035_outside_and_025_inside(outputs: dict[str, Path]) -> None:
    with zipfile.ZipFile(outputs["docx"]) as package:
        styles = etree.fromstring(package.read("word/styles.xml"))
    table = styles.find(f".//{{{W}}}style[@{{{W}}}styleId='BriefImprintTable']")
    assert table is not None
    borders = table.find(f".//{{{W}}}tblBorders")
    mm = {b.tag.split("}")[1]: int(b.get(f"{{{W}}}sz")) / 8 * PT_MM for b in borders
          if b.get(f"{{{W}}}val") != "nil"}
    assert abs(mm["top"] - 0.35) < 0.02 and abs(mm["bottom"] - 0.35) < 0.02, mm
    assert abs(mm["insideH"] - 0.25) < 0.02, mm

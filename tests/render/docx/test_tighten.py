"""The Word draft closes up the line the PDF closes up, so a paragraph keeps the PDF's line count."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pdfplumber
import pytest
from docx_samples import small_briefing
from lxml import etree

from briefgen.model import Briefing, Paragraph, Span
from briefgen.render.docx import render_docx
from briefgen.render.docx.libreoffice import convert_to_pdf
from briefgen.render.pdf import render_pdf

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
HANZI = "各部门认真学习贯彻重要讲话精神紧盯既定目标任务低调务实埋头苦干攻坚克难推进项目"
# 26 characters on the indented first line, 28 on the next, then 。: it may not open a line, so
# greedy breaking pushes one character down with it; the PDF closes the second line up instead
SHORT_END = (HANZI * 3)[:26 + 28] + "。"
# one character more: closing up would need 30 on a line, so the PDF gives one down instead
GIVE_DOWN = (HANZI * 3)[:26 + 28 + 1] + "。"


def _briefing(text: str = SHORT_END) -> Briefing:
    base = small_briefing()
    return Briefing(base.meta, base.masthead, [Paragraph([Span(text)])], base.imprint)


def _lines_of(pdf: Path, text: str) -> list[str]:
    """Return the lines of the page that hold characters of ``text``'s paragraph."""
    with pdfplumber.open(pdf) as doc:
        lines = [ln["text"].replace(" ", "") for ln in doc.pages[0].extract_text_lines()]
    return [ln for ln in lines if ln and ln in text]


def test_draft_closes_up_the_line_the_pdf_closes_up(style: dict, font_cache: Path,
                                                    tmp_path: Path) -> None:
    render_pdf(_briefing(), tmp_path / "b.pdf", style)
    render_docx(_briefing(), tmp_path / "b.docx", style)
    ours = _lines_of(tmp_path / "b.pdf", SHORT_END)
    assert len(ours) == 2 and len(ours[-1]) == 29, ours
    with zipfile.ZipFile(tmp_path / "b.docx") as package:
        body = etree.fromstring(package.read("word/document.xml"))
    tight = [r for r in body.iter(f"{{{W}}}r") if r.find(f"{{{W}}}rPr/{{{W}}}spacing") is not None]
    assert ["".join(t.text for t in r.iter(f"{{{W}}}t")) for r in tight] == [ours[-1]]
    tracking = int(tight[0].find(f"{{{W}}}rPr/{{{W}}}spacing").get(f"{{{W}}}val")) / 20
    assert -0.05 * 16 - 0.2 <= tracking < -0.25     # a hair closer than the body's −0.25 pt
    office = convert_to_pdf(tmp_path / "b.docx", tmp_path / "lo", tmp_path / "profile").pdf
    assert _lines_of(office, SHORT_END) == ours


def test_draft_gives_a_character_down_where_the_pdf_does(style: dict, font_cache: Path,
                                                        tmp_path: Path) -> None:
    render_pdf(_briefing(GIVE_DOWN), tmp_path / "b.pdf", style)
    render_docx(_briefing(GIVE_DOWN), tmp_path / "b.docx", style)
    ours = _lines_of(tmp_path / "b.pdf", GIVE_DOWN)
    assert [len(line) for line in ours] == [26, 27, 3], ours
    with zipfile.ZipFile(tmp_path / "b.docx") as package:
        body = etree.fromstring(package.read("word/document.xml"))
    spaced = [r for r in body.iter(f"{{{W}}}r") if r.find(f"{{{W}}}rPr/{{{W}}}spacing") is not None]
    assert ["".join(t.text for t in r.iter(f"{{{W}}}t")) for r in spaced] == [ours[1] + ours[2]]
    office = convert_to_pdf(tmp_path / "b.docx", tmp_path / "lo", tmp_path / "profile").pdf
    assert _lines_of(office, GIVE_DOWN) == ours


def test_untouched_without_embedded_fonts(style: dict, font_cache: Path, tmp_path: Path) -> None:
    plain = {**style, "docx_options": {"embed_fonts": False}}
    render_docx(_briefing(), tmp_path / "b.docx", plain)
    with zipfile.ZipFile(tmp_path / "b.docx") as package:
        assert b"<w:spacing w:val=" not in package.read("word/document.xml")


@pytest.mark.parametrize("on", [False, True])
def test_widow_control_follows_the_pdf(style: dict, tmp_path: Path, on: bool) -> None:
    both = {**style, "pdf": {**style["pdf"], "widow_orphan": on},
            "docx_options": {"embed_fonts": False}}
    render_docx(_briefing(), tmp_path / "b.docx", both)
    with zipfile.ZipFile(tmp_path / "b.docx") as package:
        styles = etree.fromstring(package.read("word/styles.xml"))
    control = styles.find(f"{{{W}}}docDefaults/{{{W}}}pPrDefault/{{{W}}}pPr/{{{W}}}widowControl")
    assert control is not None and control.get(f"{{{W}}}val") == str(int(on))

"""--reference-doc: the office template's styles and page setup carry over, its text does not."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from lxml import etree

from briefgen.errors import ConfigError
from briefgen.model import Briefing
from briefgen.render.docx import render_docx

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _template(path: Path) -> Path:
    """Write an office template: its own margins, a red 微软雅黑 一级标题 and some sample text."""
    document = docx.Document()
    section = document.sections[0]
    section.left_margin, section.top_margin = Mm(30), Mm(40)
    heading = document.styles.add_style("一级标题", WD_STYLE_TYPE.PARAGRAPH)
    heading.font.size = Pt(18)
    heading.font.color.rgb = RGBColor(0xC0, 0, 0)
    heading.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "微软雅黑")
    document.add_paragraph("模板里的示例正文")
    document.save(str(path))
    return path


def _with(style: dict, template: Path) -> dict:
    return {**style, "docx_options": {"reference_doc": str(template), "embed_fonts": False}}


def _xml(path: Path, part: str) -> etree._Element:
    with zipfile.ZipFile(path) as package:
        return etree.fromstring(package.read(part))


def test_template_styles_and_page_setup_carry_over(tmp_path: Path, style: dict,
                                                   briefing: Briefing) -> None:
    template = _template(tmp_path / "office.docx")
    render_docx(briefing, tmp_path / "out.docx", _with(style, template))
    body = _xml(tmp_path / "out.docx", "word/document.xml")
    margins = body.find(f".//{{{W}}}sectPr/{{{W}}}pgMar")
    assert (int(margins.get(f"{{{W}}}left")), int(margins.get(f"{{{W}}}top"))) == (1701, 2268)
    assert "模板里的示例正文" not in "".join(t.text or "" for t in body.iter(f"{{{W}}}t"))
    out = docx.Document(str(tmp_path / "out.docx"))
    heading = out.styles["一级标题"]
    assert heading.font.color.rgb == RGBColor(0xC0, 0, 0) and heading.font.size == Pt(18)
    assert out.styles["条目标题"] is not None        # the draft's other styles are added
    used = {p.style.name for p in out.paragraphs}
    assert "一级标题" in used and "条目标题" in used


def test_without_template_the_draft_sets_gbt9704_margins(tmp_path: Path, style: dict,
                                                         briefing: Briefing) -> None:
    render_docx(briefing, tmp_path / "out.docx", {**style, "docx_options": {"embed_fonts": False}})
    margins = _xml(tmp_path / "out.docx", "word/document.xml").find(
        f".//{{{W}}}sectPr/{{{W}}}pgMar")
    assert int(margins.get(f"{{{W}}}left")) == round(style["page"]["margin_left_mm"] * 1440 / 25.4)


@pytest.mark.parametrize("content", [None, b"not a word file"])
def test_missing_or_broken_template_is_one_chinese_line(tmp_path: Path, style: dict,
                                                        briefing: Briefing,
                                                        content: bytes | None) -> None:
    template = tmp_path / "office.docx"
    if content is not None:
        template.write_bytes(content)
    with pytest.raises(ConfigError) as caught:
        render_docx(briefing, tmp_path / "out.docx", _with(style, template))
    assert str(template) in str(caught.value) and "\n" not in str(caught.value)
    assert caught.value.exit_code == 2
    assert not (tmp_path / "out.docx").exists()

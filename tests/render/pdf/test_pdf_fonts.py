"""Every font is embedded and subset, each role prints in its own font, nothing is drawn from a font lacking it."""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber
from fontTools.ttLib import TTFont
from pdf_samples import long_briefing, pdffonts, text_lines

from briefgen.fonts import FontChoice
from briefgen.model import Paragraph, Span
from briefgen.render.pdf import render_pdf

SUBSET = re.compile(r"^[A-Z]{6}\+")


def _ps_name(choice: FontChoice) -> str:
    with TTFont(choice.path, fontNumber=choice.index, lazy=True) as font:
        return str(font["name"].getDebugName(6))


def _font_of(doc: pdfplumber.PDF, text: str, size: float | None = None) -> str:
    """Return the font of the last place ``text`` is printed (at ``size`` when given)."""
    found = None
    for page in doc.pages:
        for line in text_lines(page):
            joined = "".join(c["text"] for c in line)
            if text in joined and (size is None or line[0]["size"] == size):
                found = str(line[joined.index(text)]["fontname"])
    assert found is not None, f"找不到 {text}"
    return found


def test_all_fonts_embedded_and_subset(long_pdf: Path, long_doc: pdfplumber.PDF) -> None:
    assert b"Helvetica" not in long_pdf.read_bytes()
    names = {c["fontname"] for page in long_doc.pages for c in page.chars}
    assert names and all(SUBSET.match(n) for n in names)
    rows = pdffonts(long_pdf)
    for row in rows:
        assert row[-5:-2] == ["yes", "yes", "yes"], row


def test_each_role_uses_its_font(long_doc: pdfplumber.PDF, cjk: dict[str, FontChoice]) -> None:
    expect = {
        "masthead": ("安政通报", None), "title": ("全市重点项目建设提速增效", None),
        "heading1": ("二、项目建设", 16), "heading2": ("工业经济止跌回升", 16),
        "page_number": ("— 1 —", 14), "imprint": ("市委办公室", 14),
        "body": ("新培育规模工业企业", 16),
    }
    for role, (text, size) in expect.items():
        found = _font_of(long_doc, text, size).split("+", 1)[1]
        assert found.startswith(_ps_name(cjk[role])), (role, found)


def test_masthead_is_red(long_doc: pdfplumber.PDF) -> None:
    first = long_doc.pages[0]
    title = [c for c in first.chars if c["text"] in "安政通报" and c["size"] > 30]
    assert len(title) == 4
    for ch in title:
        r, g, b = ch["non_stroking_color"]
        assert r > 0.85 and g < 0.1 and b < 0.15


def test_character_no_font_has_prints_as_geta(tmp_path: Path, style: dict, cjk: dict,
                                              font_cache: Path) -> None:
    briefing = long_briefing(2)
    briefing.blocks.append(Paragraph([Span("生僻\U0001fae0字")]))
    out = tmp_path / "odd.pdf"
    render_pdf(briefing, out, style)
    with pdfplumber.open(out) as pdf:
        text = "".join(page.extract_text() or "" for page in pdf.pages)
    assert "生僻〓字" in text


def test_no_chinese_font_is_an_environment_problem_exit_2(tmp_path, monkeypatch) -> None:  # noqa: ANN001
    import pytest

    from briefgen.errors import EXIT_USAGE, EnvironmentProblem
    from briefgen.render.pdf import render as pdf_render
    from briefgen.render.pdf import render_pdf
    from briefgen.style import load_style

    monkeypatch.setattr(pdf_render.FaceBook, "has_any", lambda self: False)
    with pytest.raises(EnvironmentProblem) as caught:
        render_pdf(long_briefing(), tmp_path / "x.pdf", load_style())
    assert caught.value.exit_code == EXIT_USAGE and "中文字体" in str(caught.value)
    assert not (tmp_path / "x.pdf").exists()

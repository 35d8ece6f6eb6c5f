"""Fixtures for the PDF renderer's tests: the style, a font cache, a rendered long briefing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pdfplumber
import pytest
from needs import missing
from pdf_samples import long_briefing

from briefgen.fonts import resolve_fonts
from briefgen.fonts.resolve import has_cjk_face
from briefgen.render.pdf import render_pdf
from briefgen.style import load_style


@pytest.fixture(scope="session")
def style() -> dict:
    """Return the shipped GB/T 9704 style."""
    return load_style()


@pytest.fixture(scope="session")
def cjk(style: dict) -> dict:
    """Return the resolved fonts, or skip when this machine has no Chinese font at all."""
    chosen = resolve_fonts(style)
    if not any(has_cjk_face(c, style) for c in chosen.values()):
        missing("本机没有任何中文字体，跳过依赖字体的测试")
    return chosen


@pytest.fixture(scope="session")
def long_pdf(tmp_path_factory: pytest.TempPathFactory, style: dict, cjk: dict,
             font_cache: Path) -> Path:
    """Return the path of the long sample briefing rendered once for the session."""
    out = tmp_path_factory.mktemp("pdf") / "long.pdf"
    render_pdf(long_briefing(), out, style)
    return out


@pytest.fixture(scope="session")
def long_doc(long_pdf: Path) -> Iterator[pdfplumber.PDF]:
    """Return the long sample opened with pdfplumber."""
    with pdfplumber.open(long_pdf) as pdf:
        yield pdf

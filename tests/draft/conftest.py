"""Fixtures for reading Word drafts back: the style, a font cache, the golden briefing's draft."""

from __future__ import annotations

from pathlib import Path

import pytest
from draft_samples import golden

from briefgen.render.docx import render_docx
from briefgen.style import load_style


@pytest.fixture(scope="session")
def style() -> dict:
    """Return the shipped GB/T 9704 style."""
    return load_style()


@pytest.fixture(autouse=True)
def _converted_fonts_cached(font_cache: Path) -> Path:
    """Return the session's font cache, used by every draft test."""
    return font_cache


@pytest.fixture
def draft(tmp_path: Path, style: dict) -> Path:
    """Return the golden briefing's Word draft, freshly rendered."""
    path = tmp_path / "草稿.docx"
    render_docx(golden(), path, style)
    return path

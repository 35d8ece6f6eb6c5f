"""Fixtures for reading Word drafts back: the style, a font cache, the golden briefing's draft."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from draft_samples import golden

from briefgen.render.docx import render_docx
from briefgen.style import load_style


@pytest.fixture(scope="session")
def style() -> dict:
    """Return the shipped GB/T 9704 style."""
    return load_style()


@pytest.fixture(scope="session", autouse=True)
def font_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Point the converted-font cache at a folder shared by this test session."""
    folder = Path(os.environ.get("BRIEFGEN_TEST_FONT_CACHE") or tmp_path_factory.mktemp("cache"))
    old = os.environ.get("BRIEFGEN_CACHE")
    os.environ["BRIEFGEN_CACHE"] = str(folder)
    yield folder
    if old is None:
        os.environ.pop("BRIEFGEN_CACHE", None)
    else:
        os.environ["BRIEFGEN_CACHE"] = old


@pytest.fixture
def draft(tmp_path: Path, style: dict) -> Path:
    """Return the golden briefing's Word draft, freshly rendered."""
    path = tmp_path / "草稿.docx"
    render_docx(golden(), path, style)
    return path

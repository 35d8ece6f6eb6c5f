"""Fixtures for the Word renderer's tests."""

from __future__ import annotations

import pytest
from docx_samples import seeds_dir, small_briefing
from needs import missing

from briefgen.model import Briefing
from briefgen.style import load_style


@pytest.fixture(scope="session")
def style() -> dict:
    """Return the shipped GB/T 9704 style."""
    return load_style()


@pytest.fixture
def briefing() -> Briefing:
    """Return the small briefing."""
    return small_briefing()


@pytest.fixture(scope="session")
def anzheng_text() -> str:
    """Return the 安政通报 seed text, or skip when the shared seeds are absent."""
    path = seeds_dir() / "001_a2c12450c995cad9.txt"
    if not path.is_file():
        missing(f"没有种子文件 {path}")
    return path.read_text(encoding="utf-8")

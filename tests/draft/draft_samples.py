"""Briefings and PDF readings for the draft read-back tests."""

from __future__ import annotations

import re
from pathlib import Path

import pdfplumber

from briefgen.model import Briefing, from_json

GOLDEN = Path(__file__).resolve().parents[1] / "assemble" / "golden" / "ankang.json"
_BLANK = re.compile(r"\s+")


def golden() -> Briefing:
    """Return the assembly layer's golden 安康 briefing (a fresh copy)."""
    return from_json(GOLDEN.read_text(encoding="utf-8"))


def pdf_lines(path: Path) -> list[list[tuple[int, int, str]]]:
    """Return each page's text lines as (x, top, text), positions rounded to points."""
    pages = []
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            lines = page.extract_text_lines()
            pages.append([(round(ln["x0"]), round(ln["top"]), ln["text"]) for ln in lines])
    return pages


def pdf_text(path: Path) -> str:
    """Return all the PDF's text, blanks left out."""
    return _BLANK.sub("", "".join(t for page in pdf_lines(path) for _, _, t in page))

"""LibreOffice opens the draft and lays it out on the GB/T 9704 grid (skipped without soffice)."""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from pathlib import Path

import pdfplumber  # noqa: E402
import pytest
from docx_samples import HOSTILE, line_end_briefing, seed_briefing, small_briefing
from needs import missing

from briefgen.model import Paragraph
from briefgen.render.docx import render_docx
from briefgen.render.docx.libreoffice import (
    Conversion,
    convert_to_pdf,
    fontconfig_text,
    installed_families,
    soffice,
    substitutes,
)
from briefgen.render.docx.text import xml_safe


@pytest.fixture(autouse=True)
def _needs_soffice() -> None:
    """Every test here needs LibreOffice: skipped without it, failed in CI."""
    if soffice() is None:
        missing("没有安装 LibreOffice（soffice），跳过")

MM = 72 / 25.4
PUNCT_HANG = "，。、；：？！”’）》」』】…"


@pytest.fixture(scope="module")
def lo_env(tmp_path_factory: pytest.TempPathFactory, style: dict) -> tuple[Path, Path, dict]:
    """Return a work folder, a private fonts.conf mapping the office names, and that mapping."""
    work = tmp_path_factory.mktemp("lo")
    mapping = substitutes(style, installed_families())
    conf = work / "fonts.conf"
    conf.write_text(fontconfig_text(mapping), encoding="utf-8")
    return work, conf, mapping


def _convert(lo_env: tuple[Path, Path, dict], name: str, briefing, style: dict) -> Conversion:
    work, conf, _ = lo_env
    docx = work / f"{name}.docx"
    render_docx(briefing, docx, style)
    return convert_to_pdf(docx, work, work / "profile", conf)


@pytest.fixture(scope="module")
def small_pdf(lo_env, style: dict) -> Conversion:
    return _convert(lo_env, "small", small_briefing(), style)


@pytest.fixture(scope="module")
def seed_pdf(lo_env, style: dict, anzheng_text: str) -> Conversion:
    return _convert(lo_env, "anzheng", seed_briefing(anzheng_text), style)


@pytest.fixture(scope="module")
def line_end_pdf(lo_env, style: dict) -> Conversion:
    return _convert(lo_env, "line_end", line_end_briefing(), style)


def _lines(page) -> list[list[dict]]:
    """Return the page's text lines inside the 版心 (footer left out), each a list of chars."""
    rows: dict[int, list[dict]] = defaultdict(list)
    bottom = page.height - 35 * MM
    for ch in page.chars:
        if ch["text"].strip() and ch["bottom"] <= bottom + 2:
            rows[round(ch["top"])].append(ch)
    return [sorted(rows[k], key=lambda c: c["x0"]) for k in sorted(rows)]


def _width_in_chars(line: list[dict], right_edge: float) -> float:
    """Return the line's length in full-width characters, punctuation hanging past the edge left out."""
    inside = [c for c in line if not (c["x0"] >= right_edge - 1 and c["text"] in PUNCT_HANG)]
    return sum(1 if ord(c["text"]) >= 0x2E80 else 0.5 for c in inside)


def test_converts_without_complaint(small_pdf: Conversion) -> None:
    assert small_pdf.complaints() == []
    with pdfplumber.open(small_pdf.pdf) as pdf:
        assert [round(pdf.pages[0].width), round(pdf.pages[0].height)] == [595, 842]


def test_pdf_text_holds_the_model_text_in_order(small_pdf: Conversion) -> None:
    with pdfplumber.open(small_pdf.pdf) as pdf:
        text = re.sub(r"\s+", "", "".join(p.extract_text() or "" for p in pdf.pages))
    at = 0
    for line in small_briefing().plain_text():
        want = re.sub(r"\s+", "", xml_safe(line))
        found = text.find(want, at)
        assert found >= 0, want
        at = found + len(want)
    assert re.sub(r"\s+", "", HOSTILE) in text


def test_full_pages_hold_22_lines_of_28_characters(seed_pdf: Conversion) -> None:
    with pdfplumber.open(seed_pdf.pdf) as pdf:
        right = pdf.pages[0].width - 26 * MM
        full = [_lines(p) for p in pdf.pages[1:-1]]
    counts = [len(lines) for lines in full]
    assert max(counts) == 22 and counts.count(22) >= len(counts) // 2, counts
    widths = [_width_in_chars(line, right) for lines in full for line in lines]
    assert 28 in widths
    # a paragraph's closed-up last line (instead of one character alone) may hold 29
    assert max(widths) <= 29 and sum(w > 28 for w in widths) <= len(widths) // 50, widths
    assert all(
        line[-1]["x1"] <= right + 1 or line[-1]["text"] in PUNCT_HANG
        for lines in full
        for line in lines
    )


def test_body_is_set_in_the_embedded_fangsong(seed_pdf: Conversion) -> None:
    # the draft embeds its faces: LibreOffice uses them even where fonts.conf maps the name
    embedded = "Briefgen-" + hashlib.sha1("仿宋_GB2312".encode()).hexdigest()[:12]
    with pdfplumber.open(seed_pdf.pdf) as pdf:
        names = {c["fontname"].split("+")[-1] for c in pdf.pages[1].chars}
    assert embedded in names, names


def test_page_numbers_right_on_odd_left_on_even(seed_pdf: Conversion) -> None:
    with pdfplumber.open(seed_pdf.pdf) as pdf:
        for number, page in enumerate(pdf.pages[:2], 1):
            foot = [c for c in page.chars if c["top"] > page.height - 35 * MM]
            assert "".join(c["text"] for c in foot).replace(" ", "") == f"—{number}—"
            middle = sum(c["x0"] for c in foot) / len(foot)
            assert (middle > page.width / 2) == (number % 2 == 1)


def test_imprint_sits_at_the_foot_of_the_last_page(seed_pdf: Conversion) -> None:
    with pdfplumber.open(seed_pdf.pdf) as pdf:
        last = pdf.pages[-1]
        lines = _lines(last)
    text = "".join(c["text"] for c in lines[-1])
    assert text.endswith("印发")
    assert last.height - 35 * MM - lines[-1][-1]["bottom"] < 29


def test_justified_lines_keep_every_punctuation_mark(line_end_pdf: Conversion) -> None:
    with pdfplumber.open(line_end_pdf.pdf) as pdf:
        right = pdf.pages[0].width - 26 * MM
        lines = [line for page in pdf.pages for line in _lines(page)]
    text = "".join(c["text"] for line in lines for c in line)
    ends = [line[-1] for line in lines]
    at = 0
    for block in line_end_briefing().blocks:
        assert isinstance(block, Paragraph)
        want = block.text
        found = text.find(want, at)
        assert found >= 0, want
        at = found + len(want)
    assert [c["text"] for c in ends if c["x1"] > right + 1] == []

"""Model → Word draft → model gives the same model; its PDF is the original PDF."""

from __future__ import annotations

import tempfile
from pathlib import Path

from draft_samples import golden, pdf_lines
from draft_strategies import briefings
from hypothesis import HealthCheck, given, settings

from briefgen.draft import read_draft
from briefgen.model import Briefing, to_json
from briefgen.render.docx import render_docx
from briefgen.render.pdf import render_pdf


def _round_trip(briefing: Briefing, folder: Path, style: dict) -> Briefing:
    render_docx(briefing, folder / "b.docx", style)
    return read_draft(folder / "b.docx", style).briefing


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(briefing=briefings)
def test_generated_briefings_come_back_equal(briefing: Briefing, style: dict) -> None:
    with tempfile.TemporaryDirectory() as folder:
        back = _round_trip(briefing, Path(folder), style)
    assert to_json(back) == to_json(briefing)
    assert back == briefing


def test_golden_briefing_comes_back_equal(tmp_path: Path, style: dict) -> None:
    assert _round_trip(golden(), tmp_path, style) == golden()


def test_pdf_of_the_round_trip_is_the_original_pdf(tmp_path: Path, style: dict) -> None:
    render_pdf(golden(), tmp_path / "original.pdf", style)
    render_pdf(_round_trip(golden(), tmp_path, style), tmp_path / "back.pdf", style)
    original = pdf_lines(tmp_path / "original.pdf")
    assert sum(len(page) for page in original) > 40
    assert pdf_lines(tmp_path / "back.pdf") == original


def test_table_with_a_column_empty_in_every_row_comes_back_equal(tmp_path: Path, style: dict) -> None:
    import dataclasses

    from briefgen.model import Table

    briefing = dataclasses.replace(golden(), blocks=[Table(caption="", header=[], rows=[["", "0"]])])
    assert _round_trip(briefing, tmp_path, style) == briefing

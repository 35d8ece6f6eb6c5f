"""Figure rules of session 12, from a briefing's figure table built from real pages."""

from __future__ import annotations

from briefgen.ingest.annotate.figures.extract import extract_figures


def test_within_a_span_of_years_is_no_period_of_this_year() -> None:
    (found,) = extract_figures("计划在未来十年内投资20亿元着力开发石材产业。")
    assert found.period is None and "年内" in found.indicator and "十" in found.indicator
    assert [f.period for f in extract_figures("年内完成120户农村危房改造。")] == ["年内"]
    assert [f.period for f in extract_figures("力争3年内新增就业5000人。")] == [None]

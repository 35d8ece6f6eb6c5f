"""Candidate sentences: a heading run into its paragraph is no candidate, a short sentence with a clause is."""

from __future__ import annotations

import re

from briefgen.select.candidates import _run_in_heading

_POINT = re.compile("^(?:[一二三四五六七八九十]+是)")


def test_a_short_first_sentence_is_a_run_in_heading_only_without_a_clause_and_with_more_after_it() -> None:
    sentences = ["协商凝聚广泛共识。", "过去一年，市政协开展专题协商26次。"]
    assert _run_in_heading(sentences, 0, sentences[0], 12, _POINT)
    assert not _run_in_heading(["今年以来，增速回升。", "全市增长5.2%。"], 0, "今年以来，增速回升。", 12, _POINT)
    assert not _run_in_heading(sentences[:1], 0, sentences[0], 12, _POINT)  # alone in its paragraph: a heading line's job
    assert not _run_in_heading(sentences, 1, sentences[0], 12, _POINT)
    assert not _run_in_heading(["一是明确支持范围。", "支持农村道路建设。"], 0, "一是明确支持范围。", 12, _POINT)

"""Figure rules of session 18, from real pages' figure tables."""

from __future__ import annotations

from briefgen.ingest.annotate.figures.extract import extract_figures


def _names(text: str) -> list[str]:
    return [f.indicator for f in extract_figures(text)]


def test_a_state_word_keeps_its_one_character_front() -> None:
    assert _names("目前在院接受治疗1例，其余均已出院。") == ["在院接受治疗"]  # not 院接受治疗, cut inside 在院
    assert _names("全市在岗职工3.2万人。") == ["在岗职工"]
    assert _names("在全县推广种植面积3万亩。") == ["推广种植面积"]  # a scope's 在 still goes

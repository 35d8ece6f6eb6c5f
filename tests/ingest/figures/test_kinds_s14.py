"""Figure rules of session 14, from a one-city week's figure table built from real pages."""

from __future__ import annotations

from briefgen.ingest.annotate.figures.extract import extract_figures


def test_an_unnamed_value_takes_its_name_from_its_own_part_of_a_sentence() -> None:
    found = extract_figures("据核算，甲市GDP突破9000亿元，居全省第一位；乙市GDP首次跃过3000亿大关，达3100.87亿元，居全省第二位。")
    assert [(f.indicator, f.text) for f in found if f.text.endswith("亿元")] == [("甲市GDP", "9000亿元"),
                                                                                   ("乙市GDP", "3100.87亿元")]
    listed = extract_figures("全县新建村级活动场所12个，改造提升8个。")  # no semicolon: the list goes on as before
    assert [f.text for f in listed] == ["12个", "8个"]

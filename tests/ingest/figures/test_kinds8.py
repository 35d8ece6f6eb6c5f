"""Rules prompted by the kinds of heldout8's misses (and the older sets'), each on sentences written for the test."""

from __future__ import annotations

from briefgen.ingest.annotate.figures.extract import extract_figures


def _names(sentence: str) -> list[str]:
    return [f.indicator for f in extract_figures(sentence)]


def test_task_noun_after_counted_things_is_part_of_them() -> None:
    assert _names("年内完成12个农村道路硬化任务。") == ["农村道路硬化任务"]
    assert _names("提前完成全年30亿元招商引资任务。") == ["招商引资任务"]


def test_reaching_verb_before_a_count_joins_the_counted_things() -> None:
    assert _names("改造老旧小区12个，惠及3200户居民。") == ["改造老旧小区", "惠及居民"]

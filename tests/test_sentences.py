"""Sentences: split at semicolons for picking, joined back so a figure's period carries across ；."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.ingest.annotate.figures.extract import extract_figures
from briefgen.sentences import ends_sentence, split_sentences, whole_sentences


def _periods(paragraph: str) -> dict[str, str | None]:
    return {f.text: f.period for s in whole_sentences(split_sentences(paragraph)) for f in extract_figures(s)}


def test_period_carries_across_a_semicolon_within_one_sentence() -> None:
    text = "2022年全县生产总值完成126.5亿元，同比增长5.2%；规上工业增加值增长8.1%。"
    assert split_sentences(text) == ["2022年全县生产总值完成126.5亿元，同比增长5.2%；", "规上工业增加值增长8.1%。"]
    assert _periods(text) == {"126.5亿元": "2022年", "5.2%": "2022年", "8.1%": "2022年"}


def test_period_does_not_cross_a_full_stop_or_override_its_own() -> None:
    assert _periods("2022年全县生产总值增长5.2%。规上工业增加值增长8.1%。")["8.1%"] is None
    assert _periods("2022年生产总值增长5.2%；1-11月工业增加值增长8.1%。")["8.1%"] == "1-11月"


def test_assembly_and_ingest_split_alike() -> None:
    from briefgen.assemble.text import sentences

    text = "Hello world! 会议要求，抓好落实。进展如何? 下一步“加快推进”；继续努力"
    assert sentences(text) == split_sentences(text)


_LAZY_END = re.compile(r"(.+?(?:[。！？!?；]+[”’」』）)]*|$))")  # the splitter's first pattern, lazy


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="甲a 。！？!?；;”’」』）)\n.", max_size=16))
def test_sentence_ends_scanned_as_the_lazy_pattern_found_them(text: str) -> None:
    assert split_sentences(text) == [s.strip() for s in _LAZY_END.findall(text) if s.strip()]


def test_marks_inside_quotes_and_brackets_are_not_clause_marks() -> None:
    from briefgen.sentences import marks_outside_brackets

    text = "根据《办法（试行）》（黔人发〔2006〕4号，下同），遵循“公开，平等”的原则，经研究：招聘143名"
    assert [text[i] for i in marks_outside_brackets(text, "，：")] == ["，", "，", "："]
    assert marks_outside_brackets(text, "，")[0] == text.index("），") + 1


@pytest.mark.parametrize(("text", "ended"), [
    ("给区内老百姓造成了诸多不便。（东南网手机版）", True),
    ("活动取得圆满成功。(记者 张三)", True),
    ("活动由县文化馆（县非遗保护中心）", False),
    ("会上，县长讲了话（全文另发", False),
])
def test_a_bracketed_note_after_the_last_sentence_ends_it(text: str, ended: bool) -> None:
    assert ends_sentence(text) is ended


def test_a_book_titles_own_exclamation_ends_no_sentence() -> None:
    text = "2月5日，某报在头版刊发了一封求助信——《求助!某市疫情防控医用防护物资告急!》(以下简称“求助信”)。截至2月3日，口罩仅剩88个。"
    assert split_sentences(text) == ["2月5日，某报在头版刊发了一封求助信——《求助!某市疫情防控医用防护物资告急!》(以下简称“求助信”)。",
                                     "截至2月3日，口罩仅剩88个。"]
    assert split_sentences("他读过《求助!。后来没了下文。") == ["他读过《求助!。", "后来没了下文。"]  # never closed: no join

"""Chinese line-breaking rules hold in the rendered PDF and in the line breaker itself."""

from __future__ import annotations

import pdfplumber
from pdf_samples import line_text, text_lines

from briefgen.render.pdf.linebreak import break_lines, place_line
from briefgen.render.pdf.tokens import Glyph, break_rules, tokenize


def _glyphs(text: str) -> list[Glyph]:
    return [Glyph(c, "F", 10.0 if ord(c) > 0x2000 else 5.0, 10.0, "#000000") for c in text]


def test_no_line_starts_or_ends_with_forbidden_marks(long_doc: pdfplumber.PDF,
                                                     style: dict) -> None:
    rules = style["linebreak"]
    checked = 0
    for page in long_doc.pages:
        for line in text_lines(page):
            text = line_text(line).strip()
            assert text[0] not in rules["no_start"], text
            assert text[-1] not in rules["no_end"], text
            checked += 1
    assert checked > 50


def test_closing_mark_pushes_a_character_down(style: dict) -> None:
    rules = break_rules(style)
    tokens = tokenize(_glyphs("一二三四五，六七"), rules)
    lines = break_lines(tokens, 50.0, 50.0, 0.0)
    texts = ["".join(g.ch for t in ln for g in t.glyphs) for ln in lines]
    assert texts == ["一二三四", "五，六七"]


def test_opening_mark_never_ends_a_line(style: dict) -> None:
    rules = break_rules(style)
    tokens = tokenize(_glyphs("一二三四《五六》"), rules)
    texts = ["".join(g.ch for t in ln for g in t.glyphs)
             for ln in break_lines(tokens, 50.0, 50.0, 0.0)]
    assert texts[0] == "一二三四"
    assert texts[1].startswith("《五")


def test_numbers_and_words_are_not_split(style: dict) -> None:
    rules = break_rules(style)
    tokens = tokenize(_glyphs("增长40.54%和V型增长"), rules)
    assert "40.54%" in ["".join(g.ch for g in t.glyphs) for t in tokens]
    lines = break_lines(tokens, 40.0, 40.0, 0.0)
    joined = ["".join(g.ch for t in ln for g in t.glyphs) for ln in lines]
    assert any(line.startswith("40.54%") or line.endswith("40.54%") for line in joined)


def test_numbers_keep_their_units(style: dict) -> None:
    rules = break_rules(style)
    units = ["".join(g.ch for g in t.glyphs) for t in tokenize(_glyphs("投资1800万元增长28.8%"), rules)]
    assert "1800万元" in units and "28.8%" in units
    tokens = tokenize(_glyphs("一二三1800万元"), rules)
    joined = ["".join(g.ch for t in ln for g in t.glyphs) for ln in break_lines(tokens, 55, 55, 0)]
    assert joined == ["一二三", "1800万元"]


def test_justified_line_ends_exactly_at_the_width(style: dict) -> None:
    tokens = tokenize(_glyphs("一二三ab四"), break_rules(style))
    placed = place_line(tokens, 60.0, -0.2, "justify")
    assert abs(placed[-1].x + placed[-1].glyph.width - 60.0) < 1e-9
    inner = placed[4].x - placed[3].x - placed[3].glyph.width
    assert abs(inner + 0.2) < 1e-9


def test_a_line_left_loose_by_a_date_takes_its_month(style: dict) -> None:
    rules = break_rules(style)
    tokens = tokenize(_glyphs("一二三四五六七八。（12月4日）"), rules)
    texts = ["".join(g.ch for t in ln for g in t.glyphs) for ln in break_lines(tokens, 125, 125, 0.0, loose=1.5)]
    assert texts == ["一二三四五六七八。（12月", "4日）"]
    kept = ["".join(g.ch for t in ln for g in t.glyphs) for ln in break_lines(tokens, 125, 125, 0.0)]
    assert kept == ["一二三四五六七八。", "（12月4日）"]


def test_only_dates_come_apart_against_a_loose_line(style: dict) -> None:
    rules = break_rules(style)
    for run in ("（1800万元）", "（1至11月）", "（2023年）"):
        tokens = tokenize(_glyphs("一二三四五六七八。" + run), rules)
        lines = break_lines(tokens, 125, 125, 0.0, loose=1.5)
        assert "".join(g.ch for t in lines[-1] for g in t.glyphs) == run, run


def test_a_loose_line_sets_its_commas_narrower_to_take_the_figure_after_it(style: dict) -> None:
    from briefgen.render.pdf.chunks import runs_of
    from briefgen.render.pdf.tokens import Squeeze

    rules = break_rules(style)
    squeeze = Squeeze(frozenset("、，。"), 0.5)
    assert rules.squeeze == squeeze  # as the style sets it
    tokens = tokenize(_glyphs("一二，三四，五12万元六七八"), rules)
    lines = break_lines(tokens, 96, 96, 0.0, loose=1.5, squeeze=squeeze)  # 104 wide with the autospace
    texts = ["".join(g.ch for t in ln for g in t.glyphs) for ln in lines]
    assert texts == ["一二，三四，五12万元", "六七八"]
    commas = [g for t in lines[0] for g in t.glyphs if g.ch == "，"]
    assert all(g.squeezed and abs(g.width - 6.0) < 1e-4 for g in commas)  # 8 points over, 4 off each comma
    placed = place_line(lines[0], 96, 0.0, "justify")
    assert abs(placed[-1].x + placed[-1].glyph.width - 96) < 1e-6
    runs = runs_of(placed, 0.0, 0.0)
    assert [r.text for r in runs][:2] == ["一二，", "三四，"]  # a narrowed mark ends its run
    assert [r.x for r in runs][1:3] == [placed[3].x, placed[6].x]  # the glyph after it starts at its own x
    too_tight = break_lines(tokenize(_glyphs("一二，三四，五12万元六七八"), rules), 92, 92, 0.0, loose=1.5,
                            squeeze=squeeze)
    assert ["".join(g.ch for t in ln for g in t.glyphs) for ln in too_tight][0] == "一二，三四，五"

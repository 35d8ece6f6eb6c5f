"""Issue 14: tests that kill planted bugs the suite let through outside the corpus.

The page estimate of a wrapped heading or item title (the planner's share of heading pagination),
the theme filter threshold and the fallback threshold of the theme chooser. Each test names the
rule it guards; planting the bug named in its docstring makes it fail (see docs/robustness.md).
"""

from __future__ import annotations

import pytest

from briefgen.assemble.pages import Grid, block_lines
from briefgen.model import Heading, Item, Paragraph, Span
from briefgen.select.selector import theme_for
from briefgen.select.themes import ThemeBook, load_themes, primary_theme

GRID = Grid(lines_per_page=22, chars_per_line=28, indent_chars=2)


@pytest.mark.parametrize(("chars", "lines"), [(1, 1), (28, 1), (29, 2), (60, 3)])
def test_a_long_heading_is_counted_as_the_lines_it_wraps_to(chars: int, lines: int) -> None:
    """Planted: a heading counted as one line whatever its length (the page budget then overflows)."""
    assert block_lines(Heading("标" * chars, 1), GRID) == lines


def test_an_item_counts_its_wrapped_title_and_each_indented_paragraph() -> None:
    """Planted: the title counted as one line, or paragraphs counted without their two-character indent."""
    item = Item("题" * 30, [Paragraph([Span("字" * 26)]), Paragraph([Span("字" * 27)])], "（来源）")
    assert block_lines(item, GRID) == 2 + 1 + 2


@pytest.fixture(scope="module")
def book() -> ThemeBook:
    return load_themes()


def test_an_article_off_the_wanted_themes_is_kept_when_its_wanted_theme_scores_half_the_top(
        book: ThemeBook) -> None:
    """Planted: the 0.5 share changed (0, 0.9) or ``>=`` made ``>`` in selector.theme_for."""
    top, other = book.names[0], book.names[1]
    assert theme_for(book, {top: 10.0, other: 5.0}, [other]) == other      # exactly half: kept
    assert theme_for(book, {top: 10.0, other: 4.9}, [other]) is None       # under half: left out
    assert theme_for(book, {top: 10.0, other: 8.0}, [other, top]) == top   # the overall theme wins
    assert theme_for(book, {}, [other]) is None                            # nothing scores


def test_a_theme_scoring_exactly_the_minimum_is_chosen_and_less_falls_back(book: ThemeBook) -> None:
    """Planted: ``score >= book.min_score`` made ``>`` (or dropped) in themes.primary_theme."""
    name = book.names[0]
    assert book.min_score > 0
    assert primary_theme(book, {name: book.min_score}) == name
    assert primary_theme(book, {name: book.min_score * 0.99}) == book.fallback

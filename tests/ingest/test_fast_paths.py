"""Shortcuts taken for speed decide exactly as the general rule they stand in for (never timed)."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.ingest.clean import cleanup, repeats
from briefgen.ingest.clean.para import Para
from briefgen.ingest.clean.repeats import drop_counted


def _strip_markup_in_full(text: str) -> str:
    """The markup rule without its shortcut: strip until nothing changes."""
    while True:
        stripped = cleanup._SPACES.sub(" ", cleanup._LEADING_HASH.sub("", cleanup._EMPHASIS.sub("", text))).strip()
        if stripped == text:
            return text
        text = stripped


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="甲乙a1*_# \t\u3000\n\u00a0。", max_size=14))
def test_strip_markup_shortcut_changes_nothing_the_rule_would_not(text: str) -> None:
    assert cleanup.strip_markup(text) == _strip_markup_in_full(text)


def _article(seed: int, count: int) -> list[Para]:
    """Return short paragraphs over a small alphabet with copies, near copies, halves and wider ones."""
    rnd = random.Random(seed)
    paras: list[str] = []
    for _ in range(count):
        roll = rnd.random()
        if paras and roll < 0.2:
            paras.append(rnd.choice(paras))  # an exact copy
        elif paras and roll < 0.35:
            base = rnd.choice(paras)
            paras.append(base[: max(1, len(base) * 4 // 5)] + "。")  # most of an earlier one
        elif paras and roll < 0.5:
            paras.append(rnd.choice(paras).rstrip("。") + "，" + "".join(rnd.choices("甲乙丙丁", k=3)) + "。")
        else:
            paras.append("".join(rnd.choices("甲乙丙丁戊己庚", k=rnd.randint(3, 40))) + rnd.choice("。，"))
    return [Para(text, i) for i, text in enumerate(paras)]


def _decide(paras: list[Para]) -> tuple[list[str], int]:
    kept, dropped = drop_counted(paras)
    return [p.text for p in kept.paras], dropped


@pytest.mark.parametrize("seed", range(40))
def test_short_articles_scanned_as_sets_decide_as_the_index_does(seed: int, monkeypatch: pytest.MonkeyPatch) -> None:
    paras = _article(seed, 12 + seed)
    scanned = _decide(paras)  # under SCAN_MAX paragraphs: every kept one intersected, 3-grams as sets
    assert scanned[1] > 0  # the article does hold repeats to find
    monkeypatch.setattr(repeats, "SETS_MAX_CHARS", 0)  # 3-grams kept as arrays
    assert _decide(paras) == scanned
    monkeypatch.setattr(repeats, "SCAN_MAX", 0)  # indexed from the first paragraph on
    monkeypatch.setattr(repeats, "POSTINGS_MAX", 10_000)  # no cap: the index finds every candidate
    assert _decide(paras) == scanned


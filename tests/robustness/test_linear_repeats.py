"""Issue 14 (High): repeat detection did work quadratic in the paragraphs of one file.

The work is counted (kept paragraphs intersected), never timed: it must stay within a bound that
grows with each paragraph's own 3-grams, however many paragraphs share common 3-grams.
"""

from __future__ import annotations

import random

import pytest

from briefgen.ingest.clean import repeats
from briefgen.ingest.clean.para import Para
from briefgen.ingest.clean.repeats import (
    GRAMS_MAX_CHARS,
    _probe_size,
    drop_counted,
    drop_repeats,
    grams,
)


def _bound(paras: list[Para]) -> int:
    """Return the most comparisons allowed: each paragraph's probe and 3-grams times the postings cap."""
    return sum((_probe_size(len(g)) + len(g)) * repeats.POSTINGS_MAX for p in paras if (g := grams(p.text)))


def test_work_is_linear_when_every_paragraph_shares_common_grams(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(repeats, "POSTINGS_MAX", 4)  # small, so that the cap is reached at a small size
    rnd = random.Random(5)
    paras = [Para("".join(rnd.choice("甲乙丙丁戊己庚辛") for _ in range(9)) + "。", i) for i in range(4000)]
    kept, _ = drop_counted(paras)
    assert len(kept.paras) > 3900  # hardly any copies: all the work is looking for them
    assert kept.compared <= _bound(paras)


def test_numbered_short_lines_cost_about_their_own_length() -> None:
    paras = [Para(f"这是第{i}段的内容。", i) for i in range(4000)]
    kept, dropped = drop_counted(paras)
    assert kept.compared <= _bound(paras)
    assert kept.compared < 60 * len(paras)  # an all-pairs comparison would be ~ n²/2 = 8 000 000
    assert dropped + len(kept.paras) == len(paras)


def test_exact_and_near_copies_are_still_found_in_a_long_article() -> None:
    rnd = random.Random(9)
    chars = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]
    body = [Para("".join(rnd.choice(chars) for _ in range(40)) + "。", i) for i in range(300)]
    copies = [Para(body[7].text), Para(body[250].text[:-1] + "！"), Para("第十项")]
    kept, dropped = drop_repeats(body + copies + [Para("第十项")])
    assert dropped == 3 and len(kept) == 301


def test_a_whole_file_on_one_line_is_matched_only_as_an_exact_copy() -> None:
    line = "全市经济运行稳中有进，" * (GRAMS_MAX_CHARS // 10)
    memo: dict[str, object] = {}
    kept, dropped = drop_repeats([Para(line), Para(line), Para("全市经济运行稳中有进。")], memo)
    assert len(memo[line]) == 0  # type: ignore[arg-type]  # no 3-grams built: ~100 bytes per character
    assert dropped == 1 and len(kept) == 2

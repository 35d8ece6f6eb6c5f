"""Shortcuts taken for speed decide exactly as the general rule they stand in for (never timed)."""

from __future__ import annotations

import random
import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.ingest.annotate import dates
from briefgen.ingest.annotate.figures import units
from briefgen.ingest.clean import cleanup, garble, repeats
from briefgen.ingest.clean.para import Para, with_text
from briefgen.ingest.clean.repeats import drop_counted
from briefgen.ingest.split import pagevocab, vocab
from briefgen.readers import base, decode


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



def _plausible_per_character(text: str) -> float:
    """The share of typical characters, tested one character at a time."""
    sample = text[:20000]
    good = sum(1 for ch in sample if ch in "\n\r\t" or " " <= ch <= "~" or "\u4e00" <= ch <= "\u9fff"
               or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef" or "\u2010" <= ch <= "\u2027")
    return good / max(len(sample), 1)


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=40) | st.text(alphabet="\n\t\x0b ~\x7f甲\u4dff\u9fff\ua000\u3000\u303f\u3040\uff00\uffef"
                                       "\u2010\u2027\u2028", max_size=40))
def test_plausible_counts_as_the_per_character_test(text: str) -> None:
    assert decode.plausible(text) == _plausible_per_character(text)


def _strip_controls_in_full(text: str) -> str:
    """strip_controls without its shortcut."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x0c", "\n")
    text = base._CONTROL.sub("", base._ANSI_ESCAPE.sub("", text))
    return "".join(ch for ch in text if unicodedata.category(ch) not in ("Cs", "Co", "Cn") or ch == "\n")


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=30) | st.text(alphabet="甲 \u3000\t\n\r\x0c\x1b[m\u200b\ufeff\ue000\U000e0001\u0378", max_size=20))
def test_strip_controls_shortcut_changes_nothing_the_rule_would_not(text: str) -> None:
    assert base.strip_controls(text) == _strip_controls_in_full(text)


def _marked_in_full(text: str) -> list[int]:
    odd = {ch for ch in set(text) - garble._common_cjk() if garble._markable(ch)}
    return [i for i, ch in enumerate(text) if ch in odd and (ch != "?" or garble._STRAY_QMARK.match(text, i))]


def _garbled_span_in_full(text: str) -> str | None:
    marks = _marked_in_full(text)
    for first, last in zip(marks, marks[garble.THRESHOLD - 1:], strict=False):
        if last - first < garble.WINDOW:
            start = max(last - garble.WINDOW + 1, 0)
            return text[max(0, start - 4): start + garble.WINDOW + 4]
    match = garble._STRAY_QMARK.search(text) or garble._CJK_EURO.search(text)
    return text[max(0, match.start() - 4): match.end() + 4] if match else None


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="的是甲乙鬱龘?？a;，€\ufffd\u2500é 。", max_size=30))
def test_garble_shortcuts_mark_as_the_full_rule(text: str) -> None:
    assert garble._marked(text) == _marked_in_full(text)
    assert garble.garbled_span(text) == _garbled_span_in_full(text)


def _clean_in_full(paras: list[Para]) -> tuple[list[str], int]:
    """clean_paragraphs' rounds without the shortcut: the repeat pass runs until a round changes nothing."""
    dropped = 0
    current = [with_text(p, cleanup.strip_markup(cleanup.strip_control_chars(p.text))) for p in paras]
    current = cleanup.flag_garbled([p for p in current if p.text])
    current = [with_text(p, cleanup.normalize_punctuation(p.text)) for p in current]
    for _ in range(max(cleanup.ROUNDS_MIN, len(current) + 2)):
        joined = [with_text(p, cleanup._tidy(p.text)) for p in cleanup.rejoin_broken(current)]
        kept, gone = repeats.drop_repeats([p for p in joined if p.text], {})
        dropped += gone
        if [p.text for p in kept] == [p.text for p in current]:
            break
        current = kept
    return [p.text for p in current], dropped


def _broken_article(seed: int, count: int) -> list[Para]:
    """Return paragraphs with copies (as ``_article``), lines cut mid-sentence, subheadings, headings and
    paragraphs opening with the last sentence of the one before (a page-break overlap)."""
    rnd = random.Random(seed)
    out = []
    for para in _article(seed, count):
        roll = rnd.random()
        if roll < 0.15:  # cut mid-sentence: rejoined with what follows
            out.append(Para(para.text.rstrip("。，"), para.line))
        elif roll < 0.22:
            out.append(Para("".join(rnd.choices("甲乙丙", k=rnd.randint(2, 6))), para.line, heading=roll < 0.19))
        elif roll < 0.32 and out and out[-1].text.endswith("。") and "。" not in out[-1].text[-4:-1]:
            out.append(Para(out[-1].text[-4:] * rnd.randint(1, 2) + para.text, para.line))  # trimmed, once a round
        else:
            out.append(para)
    return out


@pytest.mark.parametrize("seed", range(60))
def test_cleanup_skips_only_a_repeat_pass_that_would_keep_everything(seed: int) -> None:
    paras = _broken_article(seed, 6 + seed)
    texts, dropped = cleanup.clean_paragraphs(paras)
    assert ([p.text for p in texts], dropped) == _clean_in_full(paras)


def test_cleanup_shortcut_does_skip_repeat_passes(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    real = cleanup.drop_counted
    monkeypatch.setattr(cleanup, "drop_counted", lambda *a: calls.append(1) or real(*a))
    full = []
    plain_pass = repeats.drop_repeats
    monkeypatch.setattr(repeats, "drop_repeats", lambda *a: full.append(1) or plain_pass(*a))
    for seed in range(60):
        paras = _broken_article(seed, 6 + seed)
        cleanup.clean_paragraphs(paras)
        _clean_in_full(paras)
    assert 0 < len(calls) < len(full)


_DATED = ("2023年1月5日至6日，今年1-5月份、去年同期、上半年、前三季度、2019—2025年度、二〇二三年十二月上旬、"
          "3季度、11月底以来、2021.07.19、a2022年、本年度、1至11月、一季度、明年")


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_DATED + " \u3000x", max_size=30), st.integers(0, len(_DATED)), st.integers(0, 40))
def test_date_patterns_find_with_their_lead_what_they_find_without(text: str, start: int, size: int) -> None:
    for pattern, _, _ in dates._patterns():
        lead = re.match(r"\(\?=\[[^]]*\]\)", pattern.pattern)
        if lead is None:
            continue
        bare = re.compile(pattern.pattern[lead.end():])
        for piece in (text, _DATED[start:start + size], _DATED):
            assert [m.group() for m in pattern.finditer(piece)] == [m.group() for m in bare.finditer(piece)]


_CHROME_LINES = ["第 3 版：要闻", "admin 12 3", "Adobe Flash Player 下载", "今天是2023年5月1日", "星期一 农历三月",
                 "文章字数：1200", "12期 第3版", "某某网欢迎您的光临！", "建议使用IE8", "浏览器版本过低", "正文：第3版",
                 "【点击查看】全文", "您已进入首页区3", "图片.jpg", "1200人已阅读", "来源： 时间：", "上一篇 下一篇"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_CHROME_LINES), max_size=3), st.text(alphabet="第版：12 \n欢迎某网年月日今天是", max_size=8))
def test_chrome_found_as_the_whole_pattern(lines: list[str], noise: str) -> None:
    for text in (noise, noise.join(lines), "".join(lines) + noise, *lines):
        assert pagevocab.chrome_found(text) == bool(pagevocab.chrome_pattern().search(text))


@pytest.mark.parametrize(("pattern", "anchored"), [("^a", True), ("^(?:a|b)c", True), ("^a|^b", True), ("^a|b", False),
                                                   ("a", False), ("(?m)^a", False), ("[|]^a", False), (r"\^a", False)])
def test_chrome_anchored_only_where_every_match_starts_the_text(pattern: str, anchored: bool) -> None:
    assert pagevocab._anchored(pattern) is anchored


_FIGURES = "全市生产总值约2,300.5亿元，增长5.2%，超过三千余户、近 10万人次，不少于　12个百分点，两家企业，逾百亿"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_FIGURES + "\t", max_size=30), st.integers(0, len(_FIGURES)), st.integers(0, 40))
def test_quantity_pattern_finds_with_its_lead_what_it_finds_without(text: str, start: int, size: int) -> None:
    pattern = units.quantity_pattern()
    lead = re.match(r"\(\?=\[[^]]*\]\)", pattern.pattern)
    assert lead is not None
    bare = re.compile(pattern.pattern[lead.end():])
    for piece in (text, _FIGURES[start:start + size], _FIGURES):
        assert [m.group() for m in pattern.finditer(piece)] == [m.group() for m in bare.finditer(piece)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="甲a1*_# \t\u3000", max_size=12))
def test_plain_tests_the_marks_it_names(text: str) -> None:
    assert set(vocab._MD_MARKS) == {"*", "_", "#"}
    full = text.strip() if not any(m in text for m in vocab._MD_MARKS) else vocab._MD_RESIDUE.sub("", text).strip()
    assert vocab.plain(text) == full

"""Paragraph endings on ~200 generated paragraphs: no short last line, figures and dates kept whole."""

from __future__ import annotations

import random
import re

import pytest
from pdf_samples import long_briefing

from briefgen.model import Briefing, Paragraph, Span
from briefgen.render.pdf.chunks import Chunk
from briefgen.render.pdf.linebreak import greedy_lines
from briefgen.render.pdf.pieces import block_pieces
from briefgen.render.pdf.render import typesetter
from briefgen.render.pdf.text import Typesetter, text_style
from briefgen.render.pdf.tokens import tokenize

WORDS = ["全市", "工业", "投资", "同比", "增长", "重点项目", "建设", "提速", "增效", "各部门", "紧盯",
         "目标任务", "攻坚克难", "推进", "数字安康", "产业", "民生", "保障", "有序", "开展", "完成",
         "新增", "市场主体", "签订", "合同", "到位资金", "累计", "达到", "落实", "监管", "安全"]
MARKS = ["，", "、", "；", "。", "：", "）", "”"]
UNITS = ["户", "家", "个", "万元", "亿元", "公里", "项", "人次", "吨", "亩", "%", "个百分点"]
KEPT = re.compile(r"[0-9]{1,2}月[0-9]{1,2}日|[0-9]+(?:\.[0-9]+)?(?:余|多)?(?:个百分点|万元|亿元|"
                  r"人次|公里|户|家|个|项|吨|亩|%|年|月|日)")


def _figure(rng: random.Random) -> str:
    kind = rng.randrange(4)
    if kind == 0:
        return f"{rng.randint(1, 12)}月{rng.randint(1, 31)}日"
    if kind == 1:
        return f"{rng.randint(2019, 2024)}年{rng.randint(1, 12)}月"
    number = f"{rng.randint(1, 99999)}" + (f".{rng.randint(1, 99)}" if rng.random() < 0.3 else "")
    return number + ("余" if rng.random() < 0.2 else "") + rng.choice(UNITS)


def paragraph(rng: random.Random) -> str:
    """Return a random paragraph of words, figures, dates and marks ending in 。."""
    parts: list[str] = []
    target = rng.randint(20, 160)
    while sum(len(p) for p in parts) < target:
        roll = rng.random()
        if roll < 0.2:
            parts.append(_figure(rng))
        elif roll < 0.32 and parts and parts[-1] not in MARKS:
            parts.append(rng.choice(MARKS[:-2]))
        elif roll < 0.36:
            parts.append("（" + rng.choice(WORDS) + _figure(rng) + "）")
        else:
            parts.append(rng.choice(WORDS))
    return "".join(parts) + rng.choice(["。", "）。", "。”", "日）。"])


PARAGRAPHS = [paragraph(random.Random(seed)) for seed in range(200)]


@pytest.fixture(scope="module")
def ts(style: dict, cjk: dict, font_cache) -> Typesetter:
    """Return a typesetter whose fonts cover the generated paragraphs."""
    blocks = [Paragraph([Span(text)]) for text in PARAGRAPHS]
    base = long_briefing()
    briefing = Briefing(base.meta, base.masthead, blocks, base.imprint)
    pieces = [p for b in blocks for p in block_pieces(b, style["pdf"])]
    return typesetter(briefing, pieces, style)


def _line_texts(chunks: list[Chunk]) -> list[str]:
    return ["".join(r.text for r in sorted(c.runs, key=lambda r: r.x)) for c in chunks]


def _right_edge(ts: Typesetter, chunk: Chunk) -> float:
    run = max(chunk.runs, key=lambda r: r.x)
    widths = [ts.faces.width(run.font, ch, run.size) for ch in run.text]
    return run.x + sum(widths) + run.char_space * (len(run.text) - 1)


def _chars(line: str, style: dict) -> int:
    marks = set(style["linebreak"]["no_start"]) | set(style["linebreak"]["no_end"])
    return sum(1 for c in line if c not in marks and not c.isspace())


def test_no_paragraph_ends_on_a_short_line(ts: Typesetter, style: dict) -> None:
    look = text_style(style, "body")
    width = ts.geometry.width
    would_be_short = 0
    for text in PARAGRAPHS:
        lines = _line_texts(ts.lines([(text, "text")], look, width))
        assert "".join(lines) == text
        if len(lines) > 1:
            assert _chars(lines[-1], style) >= 2, lines[-1]
        greedy = greedy_lines(tokenize(ts.glyphs([(text, "text")], look), ts.rules),
                               width - 2 * ts.geometry.advance(look.size), width,
                               ts.geometry.gap(look.size))
        last = greedy[-1]
        would_be_short += len(greedy) > 1 and sum(t.chars() for t in last) < 2
    assert would_be_short >= 5   # the generator does make short endings for the rule to fix


def test_figures_never_split_and_dates_only_against_a_loose_line(ts: Typesetter, style: dict) -> None:
    look = text_style(style, "body")
    loose = style["linebreak"]["max_loose_em"]
    split_dates = 0
    for text in PARAGRAPHS:
        chunks = ts.lines([(text, "text")], look, ts.geometry.width)
        lines = _line_texts(chunks)
        ends = {sum(len(ln) for ln in lines[:i + 1]): i for i in range(len(lines) - 1)}
        for match in KEPT.finditer(text):
            inside = set(range(match.start() + 1, match.end())) & set(ends)
            if not inside:
                continue
            (at,) = inside
            assert re.fullmatch(r"[0-9]{1,2}月[0-9]{1,2}日", match.group()) and text[at - 1] == "月", lines
            split_dates += 1
    assert split_dates >= 1 and loose > 0   # the generator does make dates the loose-line rule splits


def test_lines_stay_inside_the_body_and_keep_kinsoku(ts: Typesetter, style: dict) -> None:
    look = text_style(style, "body")
    rules = style["linebreak"]
    for text in PARAGRAPHS:
        chunks = ts.lines([(text, "text")], look, ts.geometry.width)
        for chunk, line in zip(chunks, _line_texts(chunks), strict=True):
            assert _right_edge(ts, chunk) <= ts.geometry.width + 0.01, line
            assert line[0] not in rules["no_start"] and line[-1] not in rules["no_end"], line
        tight = [_right_edge(ts, c) for c in chunks]
        assert max(tight) <= ts.geometry.width + 0.01


def test_latin_and_digits_stand_a_fifth_em_off_hanzi(ts: Typesetter, style: dict) -> None:
    look = text_style(style, "body")
    chunk = ts.lines([("全市1800万元增长", "text")], look, ts.geometry.width)[0]
    placed: list[tuple[float, float]] = []   # x and advance of each character, in order
    for run in chunk.runs:
        x = run.x
        for ch in run.text:
            placed.append((x, ts.faces.width(run.font, ch, run.size)))
            x += placed[-1][1] + run.char_space
    gap = ts.geometry.gap(look.size)
    auto = float(style["linebreak"]["cjk_latin_space_em"]) * look.size
    assert auto > 0

    def space(i: int) -> float:   # between character i and i + 1, beyond the spacing
        return placed[i + 1][0] - sum(placed[i]) - gap

    assert abs(space(1) - auto) < 0.01      # 市 → 1
    assert abs(space(5) - auto) < 0.01      # 0 → 万
    assert abs(space(2)) < 0.01 and abs(space(7)) < 0.01   # digits, 汉字 close up


def test_a_line_closes_up_a_little_to_keep_the_closing_date_note_whole(ts: Typesetter, style: dict) -> None:
    look = text_style(style, "body")
    first = "全市工业投资同比增长重点项目建设提速增效部门紧盯目标"  # the first line, under its indent
    last = "落实监管安全有序开展，市场主体新增，累计完成。（12月4日）"  # a little over a line with its autospaces
    chunks = ts.lines([(first + last, "text")], look, ts.geometry.width)
    assert _line_texts(chunks) == [first, last]
    assert _right_edge(ts, chunks[1]) <= ts.geometry.width + 0.01

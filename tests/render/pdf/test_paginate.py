"""Keep-with-next: headings, item titles and table captions never close a page alone."""

from __future__ import annotations

import pytest
from pdf_samples import long_briefing

from briefgen.model import Block, Briefing, Contents, Heading, Item, Paragraph, Span, Table
from briefgen.render.pdf.chunks import Chunk
from briefgen.render.pdf.paginate import Page, paginate
from briefgen.render.pdf.render import layout

FILL = "各部门紧盯既定目标任务攻坚克难推进重点项目建设提速增效全市工业投资同比增长"


def _lines(n: int) -> str:
    """Return text that fills exactly ``n`` body lines (26 characters, then 28 a line)."""
    count = 26 + 28 * (n - 1)
    return (FILL * (count // len(FILL) + 1))[:count]


def _text(n: int) -> Paragraph:
    return Paragraph([Span(_lines(n))])


def _briefing(blocks: list[Block]) -> Briefing:
    base = long_briefing()
    return Briefing(base.meta, base.masthead, blocks, base.imprint)


def _text_of(chunk: Chunk) -> str:
    return "".join(r.text for r in sorted(chunk.runs, key=lambda r: r.x))


def _page_ends(pages: list[Page]) -> list[str]:
    """Return the text of the last filled chunk of every page but the last."""
    ends = []
    for page in pages[:-1]:
        filled = [chunk for _, chunk in page if not chunk.blank]
        ends.append(_text_of(filled[-1]) if filled else "")
    return ends


def _table() -> Table:
    rows = [[f"指标{n}", f"{n * 3}.5%", "增长", "市统计局"] for n in range(6)]
    return Table("数据速览", ["指标", "数值", "变化", "来源"], rows)


RULES = {   # the block, the text it must not leave alone at a page foot
    "heading1": (lambda: [Heading("一、经济运行", 1), _text(3)], "一、经济运行"),
    "heading2": (lambda: [Heading("（一）工业经济止跌回升", 2), _text(3)], "（一）工业经济止跌回升"),
    "title": (lambda: [Heading("安康市重点工作推进情况通报", 0), _text(3)], "安康市重点工作推进情况通报"),
    "item_title": (lambda: [Item("全市重点项目建设提速增效", [_text(3)], "安康日报")],
                   "全市重点项目建设提速增效"),
    "table_caption": (lambda: [_table(), _text(2)], "数据速览"),
    "contents_section": (lambda: [Contents("本期要目", ["一、经济运行", "\u3000\u3000全市经济运行稳中有进",
                                                       "二、项目建设与招商引资", "\u3000\u3000重点项目集中开工"])],
                         "二、项目建设与招商引资"),
}


@pytest.mark.parametrize("rule", sorted(RULES))
def test_kept_block_never_ends_a_page(rule: str, style: dict, cjk: dict, font_cache) -> None:
    make, text = RULES[rule]
    for before in range(1, 24):        # puts the block on every line of the first two pages
        _, pages, _, _ = layout(_briefing([_text(before), *make(), _text(20)]), style)
        assert text not in _page_ends(pages), (rule, before)


def test_table_first_page_holds_caption_header_and_two_rows(style: dict, cjk: dict,
                                                            font_cache) -> None:
    for before in range(1, 24):
        _, pages, _, _ = layout(_briefing([_text(before), _table(), _text(20)]), style)
        ruled = [[c for _, c in page if any(r.x0 == r.x1 for r in c.rules)] for page in pages]
        first = next(rows for rows in ruled if rows)   # the page the table starts on
        assert len(first) >= 3, before   # header and at least two rows under the caption


def _chunk(lines: int = 1, keep: bool = False, blank: bool = False) -> Chunk:
    return Chunk(lines=lines, keep_with_next=keep, blank=blank)


def test_blank_line_between_a_title_and_its_text_does_not_end_the_chain() -> None:
    title, blank, text = _chunk(keep=True), _chunk(blank=True), _chunk()
    pages = paginate([_chunk(3), title, blank, text], per_page=5, first_start=0)
    assert [c for _, c in pages[0]][-1] is not title
    assert pages[1][0][1] is title


def test_running_head_opens_the_next_page() -> None:
    head = _chunk(keep=True)
    rows = [_chunk() for _ in range(6)]
    for row in rows:
        row.running_head = head
    pages = paginate([head, *rows], per_page=4, first_start=0)
    assert pages[1][0][1] is head and pages[1][1][1] is rows[3]


def test_widow_control_leaves_no_line_alone_on_a_page(style: dict, cjk: dict, font_cache) -> None:
    style = {**style, "pdf": {**style["pdf"], "widow_orphan": True}}   # off in the shipped style
    sizes = [3, 2, 4, 3, 5, 2, 3]
    for before in range(1, 24):
        paragraphs = [before, *sizes * 3]
        _, pages, _, _ = layout(_briefing([_text(n) for n in paragraphs]), style)
        owner = [(i, line) for i, n in enumerate(paragraphs) for line in range(n)]
        placed = [[owner.pop(0) for c in (c for _, c in page) if not c.blank and c.runs]
                  for page in pages[:-1]]
        for page, following in zip(placed, placed[1:], strict=False):
            last, first = page[-1], following[0]
            assert not (last[1] == 0 and paragraphs[last[0]] > 1), (before, "orphan", last)
            assert not (first[1] == paragraphs[first[0]] - 1 and first[1] > 0), (before, "widow")

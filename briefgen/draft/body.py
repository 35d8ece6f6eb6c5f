"""A draft's body as a flat list of paragraphs and tables, tracked changes accepted."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from docx.oxml.ns import qn
from lxml import etree

from briefgen.draft.runs import Para, mark_deleted, mark_of, read_paragraph, row_deleted


@dataclass
class Grid:
    """A table: its style id and the visible text of each cell, row by row."""

    style: str | None
    rows: list[list[str]] = field(default_factory=list)


def _cell_text(tc: etree._Element) -> str:
    """Return the visible text of a table cell (its paragraphs joined)."""
    return "".join(read_paragraph(p).text for p in tc.iter(qn("w:p")))


def read_table(tbl: etree._Element) -> Grid:
    """Return the style id and the cell texts of ``w:tbl``, deleted rows left out."""
    style = tbl.find(qn("w:tblPr") + "/" + qn("w:tblStyle"))
    grid = Grid(style.get(qn("w:val")) if style is not None else None)
    for tr in tbl.iter(qn("w:tr")):
        if not row_deleted(tr):
            grid.rows.append([_cell_text(tc) for tc in tr.findall(qn("w:tc"))])
    return grid


def _elements(parent: etree._Element) -> Iterator[etree._Element]:
    """Yield the paragraphs, tables and loose bookmark starts of the body, content controls opened."""
    for child in parent:
        if child.tag in (qn("w:p"), qn("w:tbl"), qn("w:bookmarkStart")):
            yield child
        elif child.tag in (qn("w:sdt"), qn("w:sdtContent"), qn("w:ins"), qn("w:moveTo")):
            yield from _elements(child)


def read_body(body: etree._Element) -> list[Para | Grid]:
    """Return the body's paragraphs and tables in order; a deleted paragraph mark joins two."""
    out: list[Para | Grid] = []
    carried: Para | None = None
    loose: list[tuple[int, int]] = []
    for el in _elements(body):
        if el.tag == qn("w:bookmarkStart"):
            mark = mark_of(el)
            loose += [mark] if mark else []
            continue
        if el.tag == qn("w:tbl"):
            out.append(read_table(el))
            continue
        para = read_paragraph(el)
        para.marks[:0], loose = loose, []
        if carried is not None:  # text before a deleted mark joins this paragraph, in its style
            para.runs[:0] = carried.runs
            para.marks += carried.marks if carried.text else []
            carried = None
        if mark_deleted(el):
            carried = para
        else:
            out.append(para)
    if carried is not None:
        out.append(carried)
    return out

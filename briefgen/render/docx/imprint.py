"""The 版记 at the foot of the last page: a table between thick rules, thin rules between lines."""

from __future__ import annotations

from typing import Any

from docx.document import Document as DocumentObject
from docx.oxml.ns import qn
from docx.table import Table as DocxTable

from briefgen.model import Imprint
from briefgen.render.docx.ooxml import PPR_ORDER, element, mm_to_twips, place
from briefgen.render.docx.template import text_width_twips
from briefgen.render.docx.text import xml_safe
from briefgen.render.shared import imprint_text

_TBLPR_ORDER = (
    "tblStyle",
    "tblpPr",
    "tblOverlap",
    "bidiVisual",
    "tblStyleRowBandSize",
    "tblStyleColBandSize",
    "tblW",
    "jc",
    "tblCellSpacing",
    "tblInd",
    "tblBorders",
    "shd",
    "tblLayout",
    "tblCellMar",
    "tblLook",
)


def imprint_rows(imprint: Imprint, style: dict[str, Any]) -> list[tuple[str, int]]:
    """Return each 版记 row's text and its hanging indent in characters (label and colon)."""
    printed = imprint_text(imprint, style)
    rows = [*printed.lines, (f"{printed.issuer}\t{printed.printed}", 0)]
    if printed.copies:  # right-aligned on its own row, as in the PDF
        rows.append((f"\t{printed.copies}", 0))
    return rows


def write_imprint(
    document: DocumentObject, imprint: Imprint, style: dict[str, Any], docx_style: dict[str, Any]
) -> DocxTable:
    """Write the 版记 as a one-column table anchored to the bottom of the last page's 版心."""
    roles = docx_style["roles"]
    size_pt = style["sizes_pt"]["imprint"]
    table = document.add_table(rows=0, cols=1, style=roles["imprint_table"])
    for text, hanging in imprint_rows(imprint, style):
        paragraph = table.add_row().cells[0].paragraphs[0]
        paragraph.style = document.styles[roles["imprint"]]
        paragraph.add_run(xml_safe(text))
        if hanging:  # continuation lines line up after the label's colon
            char = round(size_pt * 20)
            ind = element("ind", left=(1 + hanging) * char, hanging=hanging * char, right=char)
            place(paragraph._p.get_or_add_pPr(), ind, PPR_ORDER)
    _anchor_to_foot(table, mm_to_twips(style["page"]["margin_left_mm"]), text_width_twips(style))
    document.add_paragraph(style=roles["imprint_anchor"])
    return table


def _anchor_to_foot(table: DocxTable, left: int, width: int) -> None:
    """Float the table to the bottom of the text area, full width, no cell side margins.

    Placed from the page edge (at the left margin) rather than from the margin: LibreOffice
    only keeps a floating table floating when it is narrower than what it is measured against.
    """
    tbl_pr = table._tbl.tblPr
    place(
        tbl_pr,
        element("tblpPr", vertAnchor="margin", horzAnchor="page", tblpX=left, tblpYSpec="bottom"),
        _TBLPR_ORDER,
    )
    place(tbl_pr, element("tblOverlap", val="never"), _TBLPR_ORDER)
    place(tbl_pr, element("tblW", w=width, type="dxa"), _TBLPR_ORDER)
    margins = element("tblCellMar")
    for side in ("left", "right"):
        margins.append(element(side, w=0, type="dxa"))
    place(tbl_pr, margins, _TBLPR_ORDER)
    if tbl_pr.find(qn("w:tblLayout")) is None:
        place(tbl_pr, element("tblLayout", type="fixed"), _TBLPR_ORDER)

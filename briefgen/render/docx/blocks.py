"""Write the masthead and the body blocks of a briefing into a Word document."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from docx.document import Document as DocumentObject
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run

from briefgen.model import Block, Contents, Heading, Item, Masthead, Paragraph, Table
from briefgen.render.docx.comments import add_provenance_comment, comment_lines
from briefgen.render.docx.ooxml import element
from briefgen.render.docx.text import xml_safe


@dataclass
class Sink:
    """Where blocks go: the document, the role → style names and the docx-only facts."""

    document: DocumentObject
    roles: dict[str, Any]
    docx_style: dict[str, Any]

    def para(self, text: str, role: str) -> DocxParagraph:
        """Return a new paragraph holding ``text`` in the style named for ``role``."""
        return self.document.add_paragraph(xml_safe(text), style=self.roles[role])


def write_masthead(sink: Sink, masthead: Masthead) -> None:
    """Write 刊名, 期号 and the 编印单位/date line with its red rule."""
    sink.para(masthead.title, "masthead")
    sink.para(masthead.issue_label, "issue_label")
    sink.para(f"{masthead.issuer}\t{masthead.date_label}", "issuer_line")


def write_block(sink: Sink, block: Block) -> None:
    """Write one block of the body."""
    if isinstance(block, Heading):
        names = sink.roles["heading"]
        style = names[min(max(block.level, 0), len(names) - 1)]
        sink.document.add_paragraph(xml_safe(block.text), style=style)
    elif isinstance(block, Paragraph):
        _write_paragraph(sink, block)
    elif isinstance(block, Item):
        _write_item(sink, block)
    elif isinstance(block, Table):
        _write_table(sink, block)
    elif isinstance(block, Contents):
        sink.para(block.title, "contents_title")
        for entry in block.entries:
            sink.para(entry, "contents_entry")


def _spans(sink: Sink, block: Paragraph) -> list[Run]:
    """Return the runs of a new paragraph of spans (figures and source notes in their styles)."""
    p = sink.document.add_paragraph(style=sink.roles["paragraph"][block.role])
    styles = sink.roles["span"]
    return [p.add_run(xml_safe(s.text), style=styles.get(s.kind)) for s in block.spans]


def _write_paragraph(sink: Sink, block: Paragraph) -> None:
    """Write a paragraph with its provenance as a comment."""
    runs = _spans(sink, block)
    add_provenance_comment(sink.document, runs, comment_lines(block.provenance), sink.docx_style)


def _write_item(sink: Sink, item: Item) -> None:
    """Write an item: its title carrying the provenance comment, then its paragraphs."""
    title = sink.document.add_paragraph(style=sink.roles["item_title"])
    run = title.add_run(xml_safe(item.title))
    provenance = [*item.provenance, *(p for para in item.paragraphs for p in para.provenance)]
    lines = comment_lines(provenance, item.source_note)
    add_provenance_comment(sink.document, [run], lines, sink.docx_style)
    for para in item.paragraphs:
        _spans(sink, para)


def _write_table(sink: Sink, block: Table) -> None:
    """Write a ruled table: caption, a header row repeated on each page, body rows."""
    sink.para(block.caption, "table_caption")
    width = max([len(block.header), *(len(r) for r in block.rows), 1])
    table = sink.document.add_table(rows=0, cols=width, style=sink.roles["table"])
    for values, role in [(block.header, "table_header"), *((r, "table_cell") for r in block.rows)]:
        row = table.add_row()
        row._tr.get_or_add_trPr().append(element("cantSplit"))  # a row never breaks across pages
        cells = row.cells
        for cell, value in zip(cells, [*values, *[""] * (width - len(values))], strict=True):
            cell.paragraphs[0].style = sink.roles[role]
            cell.paragraphs[0].add_run(xml_safe(value))
    if block.header:
        table.rows[0]._tr.get_or_add_trPr().append(element("tblHeader"))

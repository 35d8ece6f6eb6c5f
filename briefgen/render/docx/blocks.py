"""Write the masthead and the body blocks of a briefing into a Word document."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from docx.document import Document as DocumentObject
from docx.shared import Emu, Pt
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph as DocxParagraph
from docx.text.run import Run

from briefgen.model import Block, Contents, Heading, Item, Masthead, Paragraph, Table
from briefgen.render.docx.comments import add_provenance_comment, comment_lines
from briefgen.render.docx.ooxml import PPR_ORDER, RPR_ORDER, element, place
from briefgen.render.docx.text import xml_safe
from briefgen.render.docx.tighten import LineFit, Tightening
from briefgen.render.shared import item_paragraphs, split_entry
from briefgen.render.table_columns import printed_columns


@dataclass
class Sink:
    """Where blocks go: the document, role → style names, the docx-only and the shared facts."""

    document: DocumentObject
    roles: dict[str, Any]
    docx_style: dict[str, Any]
    style: dict[str, Any]
    ids: dict[str, str] = field(default_factory=dict)
    fit: LineFit | None = None

    def style_id(self, name: str) -> str:
        """Return the id of the style named ``name`` (looked up once; python-docx scans every time)."""
        if not self.ids:
            self.ids.update({s.name: s.style_id for s in self.document.styles if s.name})
        return self.ids[name]

    def styled(self, name: str, text: str = "") -> DocxParagraph:
        """Return a new paragraph holding ``text`` in the paragraph style ``name``."""
        paragraph = self.document.add_paragraph(xml_safe(text))
        paragraph._p.style = self.style_id(name)
        return paragraph

    def run(self, paragraph: DocxParagraph, text: str, name: str | None) -> Run:
        """Return a new run of ``text`` in the character style ``name`` (or none)."""
        run = paragraph.add_run(xml_safe(text))
        if name:
            run._r.style = self.style_id(name)
        return run

    def para(self, text: str, role: str) -> DocxParagraph:
        """Return a new paragraph holding ``text`` in the style named for ``role``."""
        return self.styled(self.roles[role], text)


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
        sink.styled(style, block.text)
    elif isinstance(block, Paragraph):
        _write_paragraph(sink, block)
    elif isinstance(block, Item):
        _write_item(sink, block)
    elif isinstance(block, Table):
        _write_table(sink, block)
    elif isinstance(block, Contents):
        sink.para(block.title, "contents_title")
        for entry in block.entries:
            _write_entry(sink, entry)


def _spans(sink: Sink, block: Paragraph) -> list[Run]:
    """Return the runs of a new paragraph of spans (figures and source notes in their styles);
    the characters of a line the PDF closes up get the same closer spacing."""
    p = sink.styled(sink.roles["paragraph"][block.role])
    styles = sink.roles["span"]
    tight = _tightening(sink, block)
    runs, at = [], 0
    for span in block.spans:
        cut = min(max(tight.start - at, 0), len(span.text)) if tight else len(span.text)
        for text, closer in ((span.text[:cut], False), (span.text[cut:], True)):
            if text:
                runs.append(sink.run(p, text, styles.get(span.kind)))
                if closer and tight:
                    spacing = element("spacing", val=round(tight.tracking_pt * 20))
                    place(runs[-1]._r.get_or_add_rPr(), spacing, RPR_ORDER)
        at += len(span.text)
    return runs


def _tightening(sink: Sink, block: Paragraph) -> Tightening | None:
    """Return how the paragraph's last line closes up, for paragraphs set at the body size."""
    if sink.fit is None or block.role not in ("body", "lead"):
        return None
    text = "".join(s.text for s in block.spans)
    size = float(sink.style["sizes_pt"]["body"])
    return sink.fit.tightening(text, size, float(sink.style["pdf"]["body"]["indent_chars"]))


def _write_paragraph(sink: Sink, block: Paragraph) -> None:
    """Write a paragraph with its provenance as a comment."""
    runs = _spans(sink, block)
    add_provenance_comment(sink.document, runs, comment_lines(block.provenance), sink.docx_style)


def _write_item(sink: Sink, item: Item) -> None:
    """Write an item: its title carrying the provenance comment, then its paragraphs."""
    title = sink.styled(sink.roles["item_title"])
    run = sink.run(title, item.title, None)
    provenance = [*item.provenance, *(p for para in item.paragraphs for p in para.provenance)]
    lines = comment_lines(provenance, item.source_note)
    add_provenance_comment(sink.document, [run], lines, sink.docx_style)
    for para in item_paragraphs(item):
        _spans(sink, para)


def _write_entry(sink: Sink, entry: str) -> None:
    """Write a contents entry; a nested one's wrapped lines hang under its text, past its blanks."""
    paragraph = sink.para(entry, "contents_entry")
    lead, _ = split_entry(entry)
    if not lead:
        return
    name = sink.roles["contents_entry"]
    spec = next(s for s in sink.docx_style["paragraph_styles"] if s["name"] == name)
    left = int(spec.get("left_chars", 0)) + lead * 100
    size = paragraph.style.font.size if paragraph.style is not None else None
    twips = size.pt * 20 / 100 if size is not None else 0  # per hundredth of a character
    ind = element(
        "ind",
        leftChars=left,
        left=round(left * twips),
        hangingChars=lead * 100,
        hanging=round(lead * 100 * twips),
    )
    place(paragraph._p.get_or_add_pPr(), ind, PPR_ORDER)


def _write_table(sink: Sink, block: Table) -> None:
    """Write a ruled table: caption, a header row repeated on each page, body rows."""
    sink.para(block.caption, "table_caption")
    block = printed_columns(block)
    width = max([len(block.header), *(len(r) for r in block.rows), 1])
    table = sink.document.add_table(rows=0, cols=width, style=sink.roles["table"])
    for values, role in [(block.header, "table_header"), *((r, "table_cell") for r in block.rows)]:
        row = table.add_row()
        row._tr.get_or_add_trPr().append(element("cantSplit"))  # a row never breaks across pages
        cells = row.cells
        for cell, value in zip(cells, [*values, *[""] * (width - len(values))], strict=True):
            cell.paragraphs[0]._p.style = sink.style_id(sink.roles[role])
            cell.paragraphs[0].add_run(xml_safe(value))
    if block.header:
        table.rows[0]._tr.get_or_add_trPr().append(element("tblHeader"))
    for row in table.rows[:2 if len(table.rows) > 2 else 0]:   # caption, header and two rows
        for cell in row.cells:
            place(cell.paragraphs[0]._p.get_or_add_pPr(), element("keepNext"), PPR_ORDER)
    _size_columns(sink, table, [block.header, *block.rows], width)


def _chars(text: str) -> float:
    """Return the width of ``text`` in full-width characters (ASCII counts half)."""
    return sum(0.5 if ord(ch) < 0x2E80 else 1.0 for ch in text)


def column_widths(natural: list[float], total: float) -> list[float]:
    """Return column widths summing to ``total``: each its natural width when all fit, else the
    columns wider than an even share give up room so the narrow ones never wrap."""
    if sum(natural) <= total:
        extra = (total - sum(natural)) / len(natural)
        return [n + extra for n in natural]
    narrow = [n <= total / len(natural) for n in natural]
    room = total - sum(n for n, small in zip(natural, narrow, strict=True) if small)
    wide = sum(n for n, small in zip(natural, narrow, strict=True) if not small)
    return [n if small else n * room / wide for n, small in zip(natural, narrow, strict=True)]


def _size_columns(sink: Sink, table: DocxTable, rows: list[list[str]], cols: int) -> None:
    """Give the table the 版心's width, split among columns by their text."""
    section = sink.document.sections[0]
    total = (section.page_width or 0) - (section.left_margin or 0) - (section.right_margin or 0)
    size = Pt(sink.style["sizes_pt"]["table"])
    pad = Pt(sink.docx_style["table_cell_pad_pt"])
    natural = [2.0] * cols
    for values in rows:
        for i, value in enumerate(values[:cols]):
            natural[i] = max(natural[i], _chars(value))
    widths = column_widths([n * size + 2 * pad for n in natural], total)
    table.autofit = False
    for column, emu in zip(table.columns, widths, strict=True):
        width = Emu(int(emu))
        column.width = width
        for cell in column.cells:
            cell.width = width

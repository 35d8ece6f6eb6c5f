"""Page numbers "— N —" in the footers: right on odd pages, left on even pages."""

from __future__ import annotations

from typing import Any

from docx.document import Document as DocumentObject
from docx.text.paragraph import Paragraph as DocxParagraph

from briefgen.render.docx.ooxml import element


def add_page_numbers(
    document: DocumentObject, style: dict[str, Any], roles: dict[str, Any]
) -> None:
    """Put a PAGE field between the style's dashes in the odd and the even footer."""
    section = document.sections[0]
    for footer, role in (
        (section.footer, "page_number_odd"),
        (section.even_page_footer, "page_number_even"),
    ):
        footer.is_linked_to_previous = False
        paragraph = footer.paragraphs[0]
        paragraph.style = document.styles[roles[role]]
        _page_field(paragraph, style["page_number"]["format"])


def _page_field(paragraph: DocxParagraph, pattern: str) -> None:
    """Write ``pattern`` with ``{n}`` replaced by a PAGE field."""
    before, _, after = pattern.partition("{n}")
    if before:
        paragraph.add_run(before)
    for kind in ("begin", "instr", "separate", "number", "end"):
        run = paragraph.add_run()
        if kind == "instr":
            instr = element("instrText")
            instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            instr.text = " PAGE "
            run._r.append(instr)
        elif kind == "number":
            run.text = "1"
        else:
            run._r.append(element("fldChar", fldCharType=kind))
    if after:
        paragraph.add_run(after)

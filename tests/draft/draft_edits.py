"""Edit a Word draft with python-docx the way editors do in Word."""

from __future__ import annotations

from copy import deepcopy

from docx.document import Document as DocumentObject
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from docx.text.run import Run


def styled(document: DocumentObject, name: str) -> list[Paragraph]:
    """Return the body paragraphs in the style ``name``."""
    return [p for p in document.paragraphs if p.style is not None and p.style.name == name]


def find(document: DocumentObject, text: str, style: str | None = None) -> Paragraph:
    """Return the first body paragraph (in ``style`` if given) whose text starts with ``text``."""
    return next(
        p for p in document.paragraphs
        if p.text.startswith(text) and (style is None or p.style.name == style)
    )


def retype(paragraph: Paragraph, text: str) -> None:
    """Replace the paragraph's text as typing over it does: the first run holds the new text."""
    runs = [r for r in paragraph.runs if r.text]
    runs[0].text = text
    for run in runs[1:]:
        run.text = ""


def section(document: DocumentObject, heading: str) -> list:
    """Return the body elements of a level-1 section: its heading up to the next one."""
    start = find(document, heading, "一级标题")._p
    out = [start]
    for el in start.itersiblings():
        if el.tag == qn("w:sectPr") or _is_heading1(document, el):
            break
        if el.tag == qn("w:p") and Paragraph(el, document).style.name == "表题":
            break
        out.append(el)
    return out


def _is_heading1(document: DocumentObject, el) -> bool:  # type: ignore[no-untyped-def]
    return el.tag == qn("w:p") and Paragraph(el, document).style.name == "一级标题"


def item(document: DocumentObject, title: str) -> list:
    """Return an item's elements: its title and its paragraphs."""
    start = find(document, title, "条目标题")._p
    out = [start]
    for el in start.itersiblings():
        if el.tag != qn("w:p") or Paragraph(el, document).style.name != "Normal":
            break
        out.append(el)
    return out


def delete(elements: list) -> None:
    """Delete body elements."""
    for el in elements:
        el.getparent().remove(el)


def move_before(elements: list, anchor) -> None:  # type: ignore[no-untyped-def]
    """Move body elements, in order, before ``anchor``."""
    for el in elements:
        anchor.addprevious(el)


def _change(name: str, text: str, id_: int):  # type: ignore[no-untyped-def]
    """Return a tracked ``w:ins`` or ``w:del`` holding one run of ``text``."""
    change = OxmlElement(name)
    change.set(qn("w:id"), str(id_))
    change.set(qn("w:author"), "编辑")
    r = OxmlElement("w:r")
    t = OxmlElement("w:delText" if name == "w:del" else "w:t")
    t.text = text
    r.append(t)
    change.append(r)
    return change


def track(paragraph: Paragraph, cut: str, added: str) -> None:
    """Replace ``cut`` (inside one run) by ``added`` with 修订 on: a w:del, then a w:ins."""
    run = next(r for r in paragraph.runs if cut in r.text)
    before, _, after = run.text.partition(cut)
    tail = Run(deepcopy(run._r), paragraph)
    tail.text = after
    run.text = before
    deleted, inserted = _change("w:del", cut, 901), _change("w:ins", added, 902)
    run._r.addnext(deleted)
    deleted.addnext(inserted)
    inserted.addnext(tail._r)


def delete_tracked(paragraph: Paragraph) -> None:
    """Delete a whole paragraph, its text and its mark, with 修订 on."""
    for run in paragraph.runs:
        change = _change("w:del", run.text, 903)
        run._r.addprevious(change)
        run._r.getparent().remove(run._r)
    rpr = OxmlElement("w:rPr")
    mark = OxmlElement("w:del")
    mark.set(qn("w:id"), "904")
    mark.set(qn("w:author"), "编辑")
    rpr.append(mark)
    paragraph._p.get_or_add_pPr().append(rpr)

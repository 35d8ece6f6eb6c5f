"""The visible text of a draft's paragraphs with tracked changes accepted: w:ins kept, w:del dropped."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from docx.oxml.ns import qn
from lxml import etree

from briefgen.render.docx.marks import MARK_NAME

# containers whose content is gone once changes are accepted (or never printed)
_DROPPED = {qn("w:del"), qn("w:moveFrom"), qn("w:delText"), qn("w:instrText"),
            "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"}
_SKIPPED = {qn("w:pPr"), qn("w:rPr"), qn("w:commentReference")}
# direct run formatting that marks emphasis; other direct formatting is reported
_EMPHASIS = ("b", "i", "em")
_FORMATTING = ("b", "i", "em", "u", "strike", "color", "highlight", "sz", "rFonts", "shd", "caps")
_CHARS = {qn("w:tab"): "\t", qn("w:br"): "\n", qn("w:cr"): "\n", qn("w:noBreakHyphen"): "-"}


@dataclass
class Run:
    """A piece of visible text: its character style id, emphasis, and other direct formatting."""

    text: str
    style: str | None = None
    emphasis: bool = False
    direct: bool = False


@dataclass
class Para:
    """A body paragraph: its style id, its visible runs, the marks it carries."""

    style: str | None
    runs: list[Run] = field(default_factory=list)
    marks: list[tuple[int, int]] = field(default_factory=list)

    @property
    def text(self) -> str:
        """Return the paragraph's visible text."""
        return "".join(r.text for r in self.runs)


def _on(rpr: etree._Element | None, name: str) -> bool:
    """Return whether the toggle property ``name`` is set in ``rpr``."""
    el = rpr.find(qn(f"w:{name}")) if rpr is not None else None
    return el is not None and el.get(qn("w:val"), "1") not in ("0", "false", "none")


def _set(rpr: etree._Element, name: str) -> bool:
    """Return whether ``rpr`` sets ``name`` (a font hint alone, as Word writes for CJK, is none)."""
    el = rpr.find(qn(f"w:{name}"))
    return el is not None and (name != "rFonts" or any(k != qn("w:hint") for k in el.attrib))


def _run(r: etree._Element) -> Run | None:
    """Return the visible run of ``w:r``, or None when it is hidden or empty."""
    rpr = r.find(qn("w:rPr"))
    if _on(rpr, "vanish"):
        return None
    text = "".join(
        el.text or "" if el.tag == qn("w:t") else _CHARS.get(el.tag, "") for el in r
    )
    if not text:
        return None
    style = rpr.find(qn("w:rStyle")) if rpr is not None else None
    direct = rpr is not None and any(_set(rpr, n) for n in _FORMATTING)
    return Run(
        text,
        style.get(qn("w:val")) if style is not None else None,
        any(_on(rpr, n) for n in _EMPHASIS),
        direct and not any(_on(rpr, n) for n in _EMPHASIS),
    )


def _walk(el: etree._Element) -> Iterator[etree._Element]:
    """Yield the runs and bookmark starts under ``el`` that survive accepting all changes."""
    for child in el:
        if child.tag in _DROPPED or child.tag in _SKIPPED:
            continue
        if child.tag in (qn("w:r"), qn("w:bookmarkStart")):
            yield child
        elif isinstance(child.tag, str):
            yield from _walk(child)


def mark_of(el: etree._Element) -> tuple[int, int] | None:
    """Return (block, index) of a briefgen bookmark start, or None for other bookmarks."""
    found = MARK_NAME.match(el.get(qn("w:name"), ""))
    return (int(found.group(1)), int(found.group(2))) if found else None


def read_paragraph(p: etree._Element) -> Para:
    """Return the style id, visible runs and marks of ``w:p``."""
    ppr = p.find(qn("w:pPr"))
    style = ppr.find(qn("w:pStyle")) if ppr is not None else None
    para = Para(style.get(qn("w:val")) if style is not None else None)
    for el in _walk(p):
        if el.tag == qn("w:bookmarkStart"):
            mark = mark_of(el)
            if mark is not None:
                para.marks.append(mark)
        else:
            run = _run(el)
            if run is not None:
                para.runs.append(run)
    return para


def mark_deleted(p: etree._Element) -> bool:
    """Return whether the paragraph mark of ``w:p`` is a tracked deletion (it joins the next one)."""
    rpr = p.find(qn("w:pPr") + "/" + qn("w:rPr"))
    return rpr is not None and (
        rpr.find(qn("w:del")) is not None or rpr.find(qn("w:moveFrom")) is not None
    )


def row_deleted(tr: etree._Element) -> bool:
    """Return whether a table row is a tracked deletion."""
    trpr = tr.find(qn("w:trPr"))
    return trpr is not None and trpr.find(qn("w:del")) is not None

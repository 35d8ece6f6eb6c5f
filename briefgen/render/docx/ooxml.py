"""Small builders for WordprocessingML elements python-docx has no API for."""

from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement

TWIPS_PER_MM = 1440 / 25.4
TWIPS_PER_PT = 20
EIGHTHS_PER_PT = 8


def element(tag: str, **attrs: str | int) -> BaseOxmlElement:
    """Return a new ``w:`` element with ``w:`` attributes (underscores in names become nothing)."""
    el = OxmlElement(f"w:{tag}")
    for name, value in attrs.items():
        el.set(qn(f"w:{name}"), str(value))
    return el


def child(parent: BaseOxmlElement, tag: str, **attrs: str | int) -> BaseOxmlElement:
    """Return the first ``w:tag`` child of ``parent``, created (and appended) if missing, with attrs set."""
    found = parent.find(qn(f"w:{tag}"))
    if found is None:
        found = element(tag)
        parent.append(found)
    for name, value in attrs.items():
        found.set(qn(f"w:{name}"), str(value))
    return found


def place(parent: BaseOxmlElement, el: BaseOxmlElement, order: tuple[str, ...]) -> BaseOxmlElement:
    """Return ``el`` after putting it in ``parent`` where the schema ``order`` wants it (replacing)."""
    tag = el.tag
    old = parent.find(tag)
    if old is not None:
        parent.replace(old, el)
        return el
    names = [qn(f"w:{n}") for n in order]
    later = names[names.index(tag) + 1 :] if tag in names else []
    for existing in parent:
        if existing.tag in later:
            existing.addprevious(el)
            return el
    parent.append(el)
    return el


def border(
    side: str, width_pt: float, color: str = "000000", val: str = "single"
) -> BaseOxmlElement:
    """Return a border element (``w:top``, ``w:bottom`` …) ``width_pt`` points wide."""
    size = max(2, round(width_pt * EIGHTHS_PER_PT))
    return element(side, val=val, sz=size, space=0, color=color.lstrip("#").upper())


def no_border(side: str) -> BaseOxmlElement:
    """Return a border element that draws nothing."""
    return element(side, val="nil")


def mm_to_twips(mm: float) -> int:
    """Return ``mm`` millimetres in twentieths of a point."""
    return round(mm * TWIPS_PER_MM)


# Schema order of the children of w:pPr and w:rPr (CT_PPrBase / CT_RPr), as far as we use them.
PPR_ORDER = (
    "pStyle",
    "keepNext",
    "keepLines",
    "pageBreakBefore",
    "framePr",
    "widowControl",
    "numPr",
    "suppressLineNumbers",
    "pBdr",
    "shd",
    "tabs",
    "suppressAutoHyphens",
    "kinsoku",
    "wordWrap",
    "overflowPunct",
    "topLinePunct",
    "autoSpaceDE",
    "autoSpaceDN",
    "bidi",
    "adjustRightInd",
    "snapToGrid",
    "spacing",
    "ind",
    "contextualSpacing",
    "mirrorIndents",
    "suppressOverlap",
    "jc",
    "textDirection",
    "textAlignment",
    "textboxTightWrap",
    "outlineLvl",
    "divId",
    "cnfStyle",
    "rPr",
    "sectPr",
    "pPrChange",
)
RPR_ORDER = (
    "rStyle",
    "rFonts",
    "b",
    "bCs",
    "i",
    "iCs",
    "caps",
    "smallCaps",
    "strike",
    "dstrike",
    "outline",
    "shadow",
    "emboss",
    "imprint",
    "noProof",
    "snapToGrid",
    "vanish",
    "webHidden",
    "color",
    "spacing",
    "w",
    "kern",
    "position",
    "sz",
    "szCs",
    "highlight",
    "u",
    "effect",
    "bdr",
    "shd",
    "fitText",
    "vertAlign",
    "rtl",
    "cs",
    "em",
    "lang",
    "eastAsianLayout",
    "specVanish",
    "oMath",
)

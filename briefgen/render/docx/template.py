"""A blank A4 document from python-docx's default template, cleared of Japanese theme fonts."""

from __future__ import annotations

from typing import Any

from docx import Document
from docx.document import Document as DocumentObject
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import Part
from docx.oxml.ns import qn
from docx.shared import Mm
from lxml import etree

from briefgen.render.docx.ooxml import PPR_ORDER, child, element, mm_to_twips, place
from briefgen.render.glyph_bounds import DEFAULT_MIDDLE

_THEME_ATTRS = ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme")
_DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
_STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"


def blank_document(style: dict[str, Any], docx_style: dict[str, Any],
                   dash_middle: float = DEFAULT_MIDDLE) -> DocumentObject:
    """Return an empty document with A4 pages, GB/T 9704 margins, the line grid and zh-CN fonts.

    ``dash_middle`` is the page number's dash height above its baseline, in ems.
    """
    document = Document()
    _drop_styles_with_effects(document)
    _drop_thumbnail(document)
    _strip_theme_fonts(document)
    _set_language(document, docx_style["language"], docx_style.get("latin_language", "en-US"))
    _trim_theme(document)
    _set_page(document, style, docx_style, dash_middle)
    _set_widow_control(document, bool(style["pdf"].get("widow_orphan")))
    return document


def _set_widow_control(document: DocumentObject, on: bool) -> None:
    """Turn widow/orphan control on or off for every paragraph, as the PDF paginates."""
    defaults = document.styles.element.find(qn("w:docDefaults"))
    ppr = child(child(defaults, "pPrDefault"), "pPr")
    place(ppr, element("widowControl", val=int(on)), PPR_ORDER)


def _drop_styles_with_effects(document: DocumentObject) -> None:
    """Drop the Word 2010 copy of the styles, which still names the theme's Japanese fonts."""
    part = document.part
    for r_id, rel in list(part.rels.items()):
        if rel.reltype == _STYLES_WITH_EFFECTS:
            part.drop_rel(r_id)


def _drop_thumbnail(document: DocumentObject) -> None:
    """Drop the template's preview picture, which shows an empty Letter page."""
    package = document.part.package
    for r_id, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            package.rels.pop(r_id)


def _strip_theme_fonts(document: DocumentObject) -> None:
    """Remove theme-font references so no style falls back to the theme's MS Mincho."""
    styles = document.styles.element
    for fonts in styles.iter(qn("w:rFonts")):
        for name in _THEME_ATTRS:
            fonts.attrib.pop(qn(f"w:{name}"), None)


def _set_language(document: DocumentObject, language: str, latin: str) -> None:
    """Make ``language`` the language of East Asian text and of the theme fonts, ``latin`` that of
    Latin runs (so a word like GO is never broken between letters); set plain spacing."""
    defaults = document.styles.element.find(qn("w:docDefaults"))
    rpr = child(child(defaults, "rPrDefault"), "rPr")
    child(rpr, "lang", val=latin, eastAsia=language, bidi="ar-SA")
    ppr = child(child(defaults, "pPrDefault"), "pPr")
    child(ppr, "spacing", after=0, line=240, lineRule="auto")
    settings = document.settings.element
    child(settings, "themeFontLang", val=language, eastAsia=language)


def _trim_theme(document: DocumentObject) -> None:
    """Remove the theme's per-script Japanese faces (MS Mincho, MS Gothic)."""
    part = document.part.part_related_by(RT.THEME)
    if not isinstance(part, Part):
        return
    root = etree.fromstring(part.blob)
    for font in root.iter(f"{{{_DRAWING_NS}}}font"):
        if font.get("script") == "Jpan":
            font.getparent().remove(font)
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _set_page(document: DocumentObject, style: dict[str, Any], docx_style: dict[str, Any],
              dash_middle: float) -> None:
    """Set A4, the margins, header and footer distances and the document line grid."""
    page = style["page"]
    section = document.sections[0]
    width, height = page["size_mm"]
    section.page_width, section.page_height = Mm(width), Mm(height)
    section.top_margin = Mm(page["margin_top_mm"])
    section.bottom_margin = Mm(page["margin_bottom_mm"])
    section.left_margin = Mm(page["margin_left_mm"])
    section.right_margin = Mm(page["margin_right_mm"])
    section.header_distance = Mm(docx_style["header_mm"])
    section.footer_distance = Mm(footer_distance_mm(style, docx_style, dash_middle))
    grid = docx_style["grid"]
    sect_pr = section._sectPr
    old = sect_pr.find(qn("w:docGrid"))
    if old is not None:
        sect_pr.remove(old)
    grid_el = sect_pr.makeelement(qn("w:docGrid"), {})
    grid_el.set(qn("w:type"), "lines")
    grid_el.set(qn("w:linePitch"), str(grid["line_pitch_twips"]))
    place(sect_pr, grid_el, _SECT_ORDER)


_SECT_ORDER = (
    "headerReference",
    "footerReference",
    "footnotePr",
    "endnotePr",
    "type",
    "pgSz",
    "pgMar",
    "paperSrc",
    "pgBorders",
    "lnNumType",
    "pgNumType",
    "cols",
    "formProt",
    "vAlign",
    "noEndnote",
    "titlePg",
    "textDirection",
    "bidi",
    "rtlGutter",
    "docGrid",
    "printerSettings",
    "sectPrChange",
)


def footer_distance_mm(style: dict[str, Any], docx_style: dict[str, Any],
                       dash_middle: float = DEFAULT_MIDDLE) -> float:
    """Return the footer distance that puts the page number's dash ``below_body_mm`` under the 版心.

    The page-number line has an exact height; Word and LibreOffice set its baseline
    ``exact_line_ascent`` of the way down, so the dash is that line's rest plus its own lift up.
    """
    pt_mm = 25.4 / 72
    size_mm = style["sizes_pt"]["page_number"] * pt_mm
    line_mm = _page_number_line_twips(docx_style) / 20 * pt_mm
    below_dash = line_mm * (1 - float(docx_style["exact_line_ascent"])) + dash_middle * size_mm
    return style["page"]["margin_bottom_mm"] - style["page_number"]["below_body_mm"] - below_dash


def _page_number_line_twips(docx_style: dict[str, Any]) -> int:
    """Return the exact line height of the odd page-number style."""
    name = docx_style["roles"]["page_number_odd"]
    spec = next(s for s in docx_style["paragraph_styles"] if s["name"] == name)
    return int(spec["line_exact_twips"])


def text_width_twips(style: dict[str, Any]) -> int:
    """Return the width of the 版心 in twips."""
    page = style["page"]
    return mm_to_twips(page["size_mm"][0] - page["margin_left_mm"] - page["margin_right_mm"])

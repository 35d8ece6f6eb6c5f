"""The named styles of the Word draft, built from styles/docx.yaml and the shared style facts."""

from __future__ import annotations

from typing import Any, cast

from docx.document import Document as DocumentObject
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.styles.style import CharacterStyle

from briefgen.render.docx.ooxml import (
    PPR_ORDER,
    RPR_ORDER,
    border,
    child,
    element,
    no_border,
    place,
)
from briefgen.render.docx.template import text_width_twips

_ALIGN = {"left": "left", "center": "center", "right": "right", "both": "both"}


def office_font(style: dict[str, Any], role: str) -> str:
    """Return the first font family named for ``role`` (the name offices have)."""
    return str(style["fonts"][role][0]).split(":")[0]


def add_styles(document: DocumentObject, style: dict[str, Any], docx_style: dict[str, Any],
               kept: set[str] | None = None) -> None:
    """Define the draft's paragraph, character and table styles and the body defaults.

    Styles named in ``kept`` (an office template's own) and the template's defaults stay as they are.
    """
    kept = kept or set()
    if not kept:
        _set_defaults(document, style)
    specs: dict[str, dict[str, Any]] = {}
    for spec in docx_style["paragraph_styles"]:
        parent = specs.get(spec.get("based_on", ""), {})
        size = {"size": parent["size"]} if "size" in parent and "size" not in spec else {}
        specs[spec["name"]] = {**spec, **size}
        if not {spec["name"], spec.get("id")} & kept:
            _paragraph_style(document, style, docx_style, specs[spec["name"]])
    for spec in docx_style["character_styles"]:
        if not {spec["name"], spec.get("id")} & kept:
            _character_style(document, style, spec)
    for spec in docx_style["table_styles"]:
        if not {spec["name"], spec.get("id")} & kept:
            _table_style(document, style, spec)


def _set_defaults(document: DocumentObject, style: dict[str, Any]) -> None:
    """Give the document defaults the body font and size."""
    defaults = document.styles.element.find(qn("w:docDefaults"))
    rpr = child(child(defaults, "rPrDefault"), "rPr")
    _fonts(rpr, office_font(style, "body"))
    half_points = round(style["sizes_pt"]["body"] * 2)
    place(rpr, element("sz", val=half_points), RPR_ORDER)
    place(rpr, element("szCs", val=half_points), RPR_ORDER)


def _new_style(
    document: DocumentObject, spec: dict[str, Any], kind: WD_STYLE_TYPE
) -> CharacterStyle:
    """Return a fresh style (or a cleared built-in one) named ``spec['name']``, shown in the gallery."""
    builtin = bool(spec.get("builtin"))
    if builtin and document.styles.element.get_by_name(spec["name"]) is not None:
        new = cast(CharacterStyle, document.styles[spec["name"]])
        for props in (new.element.pPr, new.element.rPr, new.element.find(qn("w:link"))):
            if props is not None:
                new.element.remove(props)
    else:
        new = cast(CharacterStyle, document.styles.add_style(spec["name"], kind, builtin=builtin))
        new.element.styleId = spec["id"]
    new.hidden = False
    new.unhide_when_used = False
    new.quick_style = True
    base = spec.get("based_on")
    if base:
        new.base_style = document.styles[base]
    return new


def _paragraph_style(
    document: DocumentObject,
    style: dict[str, Any],
    docx_style: dict[str, Any],
    spec: dict[str, Any],
) -> None:
    """Define one paragraph style from its spec."""
    new = _new_style(document, spec, WD_STYLE_TYPE.PARAGRAPH)
    new.element.get_or_add_pPr()
    _paragraph_props(new.element.pPr, style, docx_style, spec)
    _run_props(new.element.get_or_add_rPr(), style, spec)
    if spec.get("tracking"):
        spacing = docx_style["grid"]["char_spacing_twentieths"]
        place(new.element.rPr, element("spacing", val=spacing), RPR_ORDER)


def _character_style(document: DocumentObject, style: dict[str, Any], spec: dict[str, Any]) -> None:
    """Define one character style from its spec."""
    new = _new_style(document, spec, WD_STYLE_TYPE.CHARACTER)
    _run_props(new.element.get_or_add_rPr(), style, spec)


def _table_style(document: DocumentObject, style: dict[str, Any], spec: dict[str, Any]) -> None:
    """Define a table style: thick outer rules, thin inner rules, verticals unless turned off."""
    new = _new_style(document, spec, WD_STYLE_TYPE.TABLE)
    if "Normal Table" in {s.name for s in document.styles}:
        new.base_style = document.styles["Normal Table"]
    thick = style["rules_pt"][spec["outer_rule"]]
    thin = style["rules_pt"][spec["inner_rule"]]
    color = style["colors"]["text"]
    vertical = spec.get("vertical", True)
    borders = element("tblBorders")
    for side, width in (
        ("top", thick),
        ("left", thin),
        ("bottom", thick),
        ("right", thin),
        ("insideH", thin),
        ("insideV", thin),
    ):
        upright = side in {"left", "right", "insideV"}
        borders.append(border(side, width, color) if vertical or not upright else no_border(side))
    tbl_pr = element("tblPr")
    tbl_pr.append(borders)
    new.element.append(tbl_pr)


def _fonts(rpr: BaseOxmlElement, family: str) -> None:
    """Name ``family`` for Latin and East Asian text."""
    place(rpr, element("rFonts", ascii=family, hAnsi=family, eastAsia=family, cs=family), RPR_ORDER)


def _run_props(rpr: BaseOxmlElement, style: dict[str, Any], spec: dict[str, Any]) -> None:
    """Set font, size, colour and weight named in ``spec``."""
    if spec.get("font"):
        _fonts(rpr, office_font(style, spec["font"]))
    if spec.get("bold") is not None:
        place(rpr, element("b", val=int(bool(spec["bold"]))), RPR_ORDER)
    if spec.get("color"):
        place(
            rpr, element("color", val=style["colors"][spec["color"]].lstrip("#").upper()), RPR_ORDER
        )
    scale = style.get("char_scale_pct", {}).get(spec.get("char_scale", ""))
    if scale:
        place(rpr, element("w", val=int(scale)), RPR_ORDER)
    size_pt = spec.get("size_pt") or (style["sizes_pt"][spec["size"]] if spec.get("size") else 0)
    if size_pt:
        half_points = round(size_pt * 2)
        place(rpr, element("sz", val=half_points), RPR_ORDER)
        place(rpr, element("szCs", val=half_points), RPR_ORDER)


def _paragraph_props(
    ppr: BaseOxmlElement, style: dict[str, Any], docx_style: dict[str, Any], spec: dict[str, Any]
) -> None:
    """Set alignment, indents, spacing, tabs, rules and keeping named in ``spec``."""
    size_pt = style["sizes_pt"][spec["size"]] if spec.get("size") else style["sizes_pt"]["body"]
    if spec.get("keep_next"):
        place(ppr, element("keepNext"), PPR_ORDER)
    if spec.get("rule"):
        bdr = element("pBdr")
        width = style["rules_pt"][spec["rule"]]
        bdr.append(border("bottom", width, style["colors"][spec.get("rule_color", "text")]))
        place(ppr, bdr, PPR_ORDER)
    if spec.get("right_tab_inset_chars") is not None:
        pos = text_width_twips(style) - round(spec["right_tab_inset_chars"] * size_pt * 20)
        tabs = element("tabs")
        tabs.append(element("tab", val="right", pos=pos))
        place(ppr, tabs, PPR_ORDER)
    if spec.get("overflow_punct") is not None:  # docx.yaml says why the body style sets it
        place(ppr, element("overflowPunct", val=int(spec["overflow_punct"])), PPR_ORDER)
    if spec.get("snap") is False:
        place(ppr, element("snapToGrid", val=0), PPR_ORDER)
    _spacing(ppr, docx_style, spec)
    _indent(ppr, size_pt, spec)
    if spec.get("align"):
        place(ppr, element("jc", val=_ALIGN[spec["align"]]), PPR_ORDER)
    if spec.get("outline_level") is not None:
        place(ppr, element("outlineLvl", val=spec["outline_level"]), PPR_ORDER)


def _spacing(ppr: BaseOxmlElement, docx_style: dict[str, Any], spec: dict[str, Any]) -> None:
    """Set space before/after in hundredths of a grid line, with twips for readers that lack lines."""
    pitch = docx_style["grid"]["line_pitch_twips"]
    attrs: dict[str, str | int] = {}
    if spec.get("line_exact_twips"):
        attrs.update(line=spec["line_exact_twips"], lineRule="exact")
    for key, word in (("before_lines", "before"), ("after_lines", "after")):
        if spec.get(key):
            attrs[f"{word}Lines"] = spec[key]
            attrs[word] = round(pitch * spec[key] / 100)
    if attrs:
        place(ppr, element("spacing", **attrs), PPR_ORDER)


def _indent(ppr: BaseOxmlElement, size_pt: float, spec: dict[str, Any]) -> None:
    """Set indents in twips and, unless turned off, in hundredths of a character (Word prefers those)."""
    attrs: dict[str, str | int] = {}
    for key, word in (
        ("left_chars", "left"),
        ("right_chars", "right"),
        ("first_line_chars", "firstLine"),
    ):
        if spec.get(key) is not None:
            if spec.get("indent_in_chars", True):
                attrs[f"{word}Chars"] = spec[key]
            attrs[word] = round(spec[key] * size_pt * 20 / 100)
    if attrs:
        place(ppr, element("ind", **attrs), PPR_ORDER)

"""The font table: the office fonts the styles name, with alternates, and no Japanese faces."""

from __future__ import annotations

from typing import Any

from docx.document import Document as DocumentObject
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import Part
from lxml import etree

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_SHIFT_JIS = "80"
_GB2312 = "86"


def _w(name: str) -> str:
    return f"{{{_W}}}{name}"


def office_fonts(style: dict[str, Any]) -> dict[str, str]:
    """Return each role's office font name → the next different candidate (Word's alternate)."""
    table: dict[str, str] = {}
    for candidates in style["fonts"].values():
        names = [str(c).split(":")[0] for c in candidates]
        alternates = [n for n in names[1:] if n != names[0]]
        table.setdefault(names[0], alternates[0] if alternates else names[0])
    return table


def rewrite_font_table(document: DocumentObject, style: dict[str, Any]) -> None:
    """Drop Shift-JIS faces from fontTable.xml and declare the office fonts as GB2312 fonts."""
    part = document.part.part_related_by(RT.FONT_TABLE)
    if not isinstance(part, Part):
        return
    root = etree.fromstring(part.blob)
    for font in root.findall(_w("font")):
        charset = font.find(_w("charset"))
        if charset is not None and charset.get(_w("val")) == _SHIFT_JIS:
            root.remove(font)
    present = {f.get(_w("name")) for f in root.findall(_w("font"))}
    for name, alternate in office_fonts(style).items():
        if name in present:   # an office template already describes it
            continue
        font = etree.SubElement(root, _w("font"), {_w("name"): name})
        etree.SubElement(font, _w("altName"), {_w("val"): alternate})
        etree.SubElement(font, _w("charset"), {_w("val"): _GB2312})
        etree.SubElement(font, _w("family"), {_w("val"): "auto"})
        etree.SubElement(font, _w("pitch"), {_w("val"): "variable"})
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)

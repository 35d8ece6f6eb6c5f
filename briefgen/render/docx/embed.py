"""Fonts embedded the way Word does: subset faces renamed to the office names, obfuscated parts."""

from __future__ import annotations

import hashlib
import uuid
from typing import Any

from docx.document import Document as DocumentObject
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from lxml import etree

from briefgen.fonts import FontChoice, resolve_fonts
from briefgen.render.docx.fontsubset import subset_face
from briefgen.render.docx.ooxml import element, place
from briefgen.render.docx.usedchars import chars_by_font

OBFUSCATED_FONT = "application/vnd.openxmlformats-officedocument.obfuscatedFont"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_SETTINGS_ORDER = ("writeProtection", "view", "zoom", "removePersonalInformation",
                   "removeDateAndTime", "doNotDisplayPageBoundaries", "displayBackgroundShape",
                   "printPostScriptOverText", "printFractionalCharacterWidth", "printFormsData",
                   "embedTrueTypeFonts", "embedSystemFonts", "saveSubsetFonts", "saveFormsData",
                   "mirrorMargins", "alignBordersAndEdges", "bordersDoNotSurroundHeader",
                   "bordersDoNotSurroundFooter", "gutterAtTop", "hideSpellingErrors",
                   "hideGrammaticalErrors", "activeWritingStyle", "proofState")


def faces_by_office_name(style: dict[str, Any],
                         resolved: dict[str, FontChoice] | None = None) -> dict[str, FontChoice]:
    """Return each role's office font name → the face briefgen resolved for that role."""
    resolved = resolve_fonts(style) if resolved is None else resolved
    faces: dict[str, FontChoice] = {}
    for role, candidates in style["fonts"].items():
        name = str(candidates[0]).split(":")[0]
        if role in resolved:
            faces.setdefault(name, resolved[role])
    return faces


def obfuscate(data: bytes, key: uuid.UUID) -> bytes:
    """Return ``data`` with its first 32 bytes XORed with the key's bytes reversed (ECMA-376 17.8.1)."""
    mask = key.bytes[::-1]
    return bytes(b ^ mask[i % 16] for i, b in enumerate(data[:32])) + data[32:]


def embed_fonts(document: DocumentObject, style: dict[str, Any],
                resolved: dict[str, FontChoice] | None = None) -> list[str]:
    """Embed a subset of each resolved face under its office name; return the names embedded."""
    table = document.part.part_related_by(RT.FONT_TABLE)
    root = etree.fromstring(table.blob)
    faces = faces_by_office_name(style, resolved)
    embedded: list[str] = []
    for name, chars in sorted(chars_by_font(document).items()):
        font = _font_entry(root, name)
        if name not in faces or font is None:
            continue
        data = subset_face(faces[name], chars, name)
        key = uuid.UUID(bytes=hashlib.sha256(data).digest()[:16])
        partname = PackURI(f"/word/fonts/font{len(embedded) + 1}.odttf")
        part = Part(partname, OBFUSCATED_FONT, obfuscate(data, key), document.part.package)
        r_id = table.relate_to(part, RT.FONT)
        etree.SubElement(font, f"{{{_W}}}embedRegular", {
            f"{{{_R}}}id": r_id, f"{{{_W}}}fontKey": "{" + str(key).upper() + "}",
            f"{{{_W}}}subsetted": "1"})
        embedded.append(name)
    table._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    if embedded:
        settings = document.settings.element
        for flag in ("embedTrueTypeFonts", "saveSubsetFonts"):
            place(settings, element(flag), _SETTINGS_ORDER)
    return embedded


def _font_entry(root: Any, name: str) -> Any:
    for font in root.findall(f"{{{_W}}}font"):
        if font.get(f"{{{_W}}}name") == name:
            return font
    return None

"""Fonts embedded the way Word does: subset faces renamed to the office names, obfuscated parts."""

from __future__ import annotations

import hashlib
import io
import uuid
from typing import Any

from docx.document import Document as DocumentObject
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from fontTools.subset import Options, Subsetter
from fontTools.ttLib import TTFont
from lxml import etree

from briefgen.fonts import FontChoice, resolve_fonts
from briefgen.fonts.convert import build_truetype, truetype_cuts
from briefgen.render.docx.ooxml import element, place
from briefgen.render.docx.usedchars import chars_by_font

OBFUSCATED_FONT = "application/vnd.openxmlformats-officedocument.obfuscatedFont"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_LANGS = (0x409, 0x804)   # en-US and zh-CN names: Word and fontconfig both find the family
_SETTINGS_ORDER = ("writeProtection", "view", "zoom", "removePersonalInformation",
                   "removeDateAndTime", "doNotDisplayPageBoundaries", "displayBackgroundShape",
                   "printPostScriptOverText", "printFractionalCharacterWidth", "printFormsData",
                   "embedTrueTypeFonts", "embedSystemFonts", "saveSubsetFonts", "saveFormsData",
                   "mirrorMargins", "alignBordersAndEdges", "bordersDoNotSurroundHeader",
                   "bordersDoNotSurroundFooter", "gutterAtTop", "hideSpellingErrors",
                   "hideGrammaticalErrors", "activeWritingStyle", "proofState")


def faces_by_office_name(style: dict[str, Any]) -> dict[str, FontChoice]:
    """Return each role's office font name → the face briefgen resolved for that role."""
    resolved = resolve_fonts(style)
    faces: dict[str, FontChoice] = {}
    for role, candidates in style["fonts"].items():
        name = str(candidates[0]).split(":")[0]
        if role in resolved:
            faces.setdefault(name, resolved[role])
    return faces


def subset_face(choice: FontChoice, chars: set[str], name: str) -> bytes:
    """Return a TrueType file of ``choice`` holding ``chars``, its family renamed ``name``."""
    codepoints = {ord(c) for c in chars if c.isprintable()} | {0x20}
    font = _truetype(choice, {chr(c) for c in codepoints})
    subsetter = Subsetter(Options(hinting=False, layout_features=[], glyph_names=False,
                                  name_IDs=["*"], notdef_outline=True))
    subsetter.populate(unicodes=codepoints)
    subsetter.subset(font)
    _rename(font, name)
    buffer = io.BytesIO()
    font.recalcTimestamp = False
    font.save(buffer)
    return buffer.getvalue()


def _truetype(choice: FontChoice, chars: set[str]) -> TTFont:
    """Return the face with TrueType outlines: itself, or the PDF renderer's cached conversion."""
    if not choice.needs_conversion:
        return TTFont(choice.path, fontNumber=choice.index)
    cuts = truetype_cuts(choice.path, choice.index, chars)
    if len(cuts) == 1:
        return TTFont(str(cuts[0]))
    with TTFont(choice.path, fontNumber=choice.index, lazy=True) as source:
        return build_truetype(source, (ord(c) for c in chars), "embed").font


def _rename(font: TTFont, name: str) -> None:
    """Give the face the office family name, Regular weight and a plain PostScript name."""
    table = font["name"]
    table.names = []
    ps = "Briefgen-" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:12]
    for lang in _LANGS:
        for number, value in ((1, name), (2, "Regular"), (4, name)):
            table.setName(value, number, 3, 1, lang)
    table.setName(ps, 6, 3, 1, 0x409)
    table.setName(f"{ps};briefgen subset", 3, 3, 1, 0x409)
    os2 = font["OS/2"]
    os2.usWeightClass = 400
    os2.fsSelection = (os2.fsSelection & ~0b100001) | 0x40
    font["head"].macStyle = 0
    font["post"].formatType = 3.0


def obfuscate(data: bytes, key: uuid.UUID) -> bytes:
    """Return ``data`` with its first 32 bytes XORed with the key's bytes reversed (ECMA-376 17.8.1)."""
    mask = key.bytes[::-1]
    return bytes(b ^ mask[i % 16] for i, b in enumerate(data[:32])) + data[32:]


def embed_fonts(document: DocumentObject, style: dict[str, Any]) -> list[str]:
    """Embed a subset of each resolved face under its office name; return the names embedded."""
    table = document.part.part_related_by(RT.FONT_TABLE)
    root = etree.fromstring(table.blob)
    faces = faces_by_office_name(style)
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

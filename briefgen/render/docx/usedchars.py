"""Which characters the .docx sets in which font: styles followed through basedOn, runs' own fonts."""

from __future__ import annotations

import re
from typing import Any

from docx.document import Document as DocumentObject
from lxml import etree

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_TEXT_PARTS = re.compile(r"^/word/(document|footer\d*|header\d*|comments)\.xml$")
FIELD_DIGITS = "0123456789"   # a PAGE field can print any of these


def _w(name: str) -> str:
    return f"{{{_W}}}{name}"


def _east_asia(rpr: Any) -> str | None:
    fonts = rpr.find(_w("rFonts")) if rpr is not None else None
    return fonts.get(_w("eastAsia")) if fonts is not None else None


class StyleFonts:
    """The East Asian font each style sets, following basedOn, else the document default."""

    def __init__(self, styles: Any) -> None:
        defaults = styles.find(f"{_w('docDefaults')}/{_w('rPrDefault')}/{_w('rPr')}")
        self.default = _east_asia(defaults) or ""
        self.own: dict[str, str | None] = {}
        self.parent: dict[str, str] = {}
        self.default_paragraph = ""
        for style in styles.findall(_w("style")):
            sid = style.get(_w("styleId")) or ""
            self.own[sid] = _east_asia(style.find(_w("rPr")))
            based = style.find(_w("basedOn"))
            if based is not None:
                self.parent[sid] = based.get(_w("val")) or ""
            if style.get(_w("type")) == "paragraph" and style.get(_w("default")) in ("1", "true"):
                self.default_paragraph = sid

    def font(self, sid: str | None) -> str | None:
        """Return the font style ``sid`` sets (itself or an ancestor), None if none does."""
        seen: set[str] = set()
        while sid and sid not in seen:
            seen.add(sid)
            if self.own.get(sid):
                return self.own[sid]
            sid = self.parent.get(sid)
        return None


def _paragraph_font(p: Any, fonts: StyleFonts) -> str:
    style = p.find(f"{_w('pPr')}/{_w('pStyle')}")
    sid = style.get(_w("val")) if style is not None else fonts.default_paragraph
    return fonts.font(sid) or fonts.font(fonts.default_paragraph) or fonts.default


def _run_font(r: Any, paragraph: str, fonts: StyleFonts) -> str:
    rpr = r.find(_w("rPr"))
    own = _east_asia(rpr)
    if own:
        return own
    style = rpr.find(_w("rStyle")) if rpr is not None else None
    return (fonts.font(style.get(_w("val"))) if style is not None else None) or paragraph


def chars_by_font(document: DocumentObject) -> dict[str, set[str]]:
    """Return, per font name, the characters the document's text parts set in it."""
    fonts = StyleFonts(document.styles.element)
    used: dict[str, set[str]] = {}
    for part in document.part.package.iter_parts():
        if not _TEXT_PARTS.match(str(part.partname)):
            continue
        root = etree.fromstring(part.blob)
        for p in root.iter(_w("p")):
            paragraph = _paragraph_font(p, fonts)
            for r in p.iter(_w("r")):
                text = "".join(t.text or "" for t in r.iter(_w("t")))
                if any("PAGE" in (i.text or "") for i in r.iter(_w("instrText"))):
                    text += FIELD_DIGITS
                if text:
                    used.setdefault(_run_font(r, paragraph, fonts), set()).update(text)
    return used

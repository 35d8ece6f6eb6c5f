"""Read a rendered .docx back: its XML parts and its visible body text."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
from docx.table import Table as DocxTable
from docx.text.paragraph import Paragraph as DocxParagraph
from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}
FRAME_STYLES = {"刊头", "期号", "编印单位行", "版记锚点"}


def part(path: Path, name: str) -> etree._Element:
    """Return the parsed XML of one part of the package."""
    with zipfile.ZipFile(path) as zf:
        return etree.fromstring(zf.read(name))


def part_names(path: Path) -> list[str]:
    """Return the names of the package's parts."""
    with zipfile.ZipFile(path) as zf:
        return zf.namelist()


def attr(el: etree._Element, name: str) -> str | None:
    """Return the ``w:name`` attribute of ``el``."""
    return el.get(f"{{{W}}}{name}")


def body_lines(path: Path) -> list[str]:
    """Return the visible text of the body, masthead and 版记 left out, one string per paragraph/row."""
    document = docx.Document(str(path))
    lines: list[str] = []
    for item in document.iter_inner_content():
        if isinstance(item, DocxParagraph):
            if item.style is None or item.style.name not in FRAME_STYLES:
                lines.append(item.text)
        elif isinstance(item, DocxTable) and (item.style is None or item.style.name != "版记表"):
            lines.extend("".join(c.text for c in row.cells) for row in item.rows)
    return lines

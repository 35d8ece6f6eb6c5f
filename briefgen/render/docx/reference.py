"""``--reference-doc``: an office's own .docx lends the draft its styles and page setup (pandoc's way).

Its text is dropped; a style the template defines under one of the draft's style names is kept
as the office made it (its fonts, sizes, 红头 colours); the page size, margins, grid and
footers come from its last section.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
from docx.document import Document as DocumentObject
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn

from briefgen.errors import ConfigError


def open_reference(path: Path) -> DocumentObject:
    """Return the template with its body emptied (its last section's setup kept)."""
    if not path.is_file():
        raise ConfigError(f"{path}：参考模板不存在（--reference-doc 需要一个 .docx 文件）")
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise ConfigError(f"{path}：不是可用的 Word 文档（{exc.__class__.__name__}），"
                          f"--reference-doc 需要 .docx 文件") from exc
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    return document


def reference_style_names(document: DocumentObject) -> set[str]:
    """Return the names (and ids) of the styles the template defines."""
    names: set[str] = set()
    for style in document.styles:
        names.update(n for n in (style.name, style.style_id) if n)
    return names


def has_footers(document: DocumentObject) -> bool:
    """Return whether the template's section brings its own footers (page numbers)."""
    sect = document.sections[0]._sectPr
    return sect.find(qn("w:footerReference")) is not None

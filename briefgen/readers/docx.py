"""Word reader (.docx): zip checks first (not a zip, truncated, bomb), then paragraphs and tables."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

from briefgen.readers.base import (
    Block,
    RawDocument,
    check_text,
    limit,
    over_limit,
    read_bytes,
    refuse,
    strip_controls,
)

_HEADING_STYLE = re.compile(r"(?:heading|标题)\s*(\d)", re.IGNORECASE)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


_STEP = 1024 * 1024  # bytes inflated per step when checking a package


def check_zip(path: str | Path) -> None:
    """Raise InputRefused unless ``path`` is a complete zip within the size, ratio and entry caps."""
    data = read_bytes(path)
    if not data:
        raise refuse(path, "empty")
    if not data.startswith(b"PK"):
        raise refuse(path, "not_zip")
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
            if "word/document.xml" not in archive.namelist():
                raise refuse(path, "not_zip")
    except zipfile.BadZipFile:
        raise refuse(path, "truncated") from None
    except (OSError, EOFError, ValueError, NotImplementedError):
        raise refuse(path, "truncated") from None
    if len(infos) > limit("max_zip_entries"):
        raise over_limit(path, "max_zip_entries")
    total = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos)
    if total > limit("max_zip_uncompressed_bytes"):
        raise over_limit(path, "max_zip_uncompressed_bytes", 1024 * 1024)
    if packed and total / packed > limit("max_zip_ratio") and total > 1024 * 1024:
        raise over_limit(path, "max_zip_ratio")
    if any(i.compress_size + i.header_offset > len(data) for i in infos):
        raise refuse(path, "truncated")
    _inflate_within_directory(path)


def _inflate_within_directory(path: str | Path) -> None:
    """Refuse a package whose parts do not inflate to the sizes its directory states.

    python-docx reads a part whole, and zipfile then inflates all of its compressed data in one call
    before cutting it to the stated size: a directory that understates a part would cost gigabytes.
    Inflating in small steps here stops at the stated size, and the checksum then shows the lie.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            for info in archive.infolist():
                with archive.open(info) as part:
                    while part.read(_STEP):
                        pass
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, RuntimeError):
        raise refuse(path, "truncated") from None


def _heading_level(style_name: str) -> int:
    if style_name.lower() in ("title", "标题"):
        return 1
    match = _HEADING_STYLE.search(style_name)
    return int(match.group(1)) if match else 0


def _paragraph_block(par: Any, index: int) -> Block | None:
    text = strip_controls(par.text).strip()
    if not text:
        return None
    level = _heading_level(par.style.name if par.style is not None else "")
    return Block(text, index, "heading" if level else "paragraph", level)


def _table_blocks(table: Any, index: int) -> list[Block]:
    rows: list[Block] = []
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            value = strip_controls(cell.text).replace("\n", " ").strip()
            if value and (not cells or cells[-1] != value):
                cells.append(value)
        if cells:
            rows.append(Block("　".join(cells), index, "table"))
    return rows


def read_docx(path: str | Path) -> RawDocument:
    """Return a .docx file's body in order: paragraphs (headings by style) and table rows."""
    check_zip(path)
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        document = docx.Document(str(path))
        blocks: list[Block] = []
        for index, child in enumerate(document.element.body.iterchildren(), start=1):
            if child.tag == f"{_W}p":
                block = _paragraph_block(Paragraph(child, document), index)
                blocks.extend([block] if block else [])
            elif child.tag == f"{_W}tbl":
                blocks.extend(_table_blocks(Table(child, document), index))
    except Exception:  # noqa: BLE001 - any parser failure is a refusal, never a crash
        raise refuse(path, "docx_unreadable") from None
    if not blocks:
        raise refuse(path, "no_text")
    check_text(path, "\n".join(b.text for b in blocks))
    return RawDocument(str(path), blocks, "utf-8", "docx")

"""Provenance of items and passages as Word comments, for editors to check sources."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from docx.document import Document as DocumentObject
from docx.text.run import Run

from briefgen.model import Provenance
from briefgen.render.docx.text import xml_safe


def provenance_line(prov: Provenance) -> str:
    """Return one provenance as a line: file, article title, date, paragraph, line."""
    parts = [f"文件：{prov.file}"]
    if prov.title:
        parts.append(f"文章：{prov.title}")
    if prov.published:
        parts.append(f"日期：{prov.published}")
    if prov.paragraph is not None:
        parts.append(f"第{prov.paragraph}段")
    if prov.line is not None:
        parts.append(f"第{prov.line}行")
    return "；".join(parts)


def comment_lines(provenance: Iterable[Provenance], note: str = "") -> list[str]:
    """Return the distinct provenance lines, then the source note if any."""
    lines: list[str] = []
    for prov in provenance:
        line = provenance_line(prov)
        if line not in lines:
            lines.append(line)
    if note.strip():
        lines.append(note.strip())
    return lines


def add_provenance_comment(
    document: DocumentObject, runs: list[Run], lines: list[str], docx_style: dict[str, Any]
) -> None:
    """Anchor a comment holding ``lines`` on ``runs``; nothing when there is nothing to say."""
    if not lines or not runs:
        return
    settings = docx_style["comments"]
    comment = document.add_comment(
        runs, text=xml_safe(lines[0]), author=settings["author"], initials=settings["initials"]
    )
    comment._comment_elm.date = None  # a fixed draft: same input, same comments
    for line in lines[1:]:
        comment.add_paragraph(xml_safe(line), style="annotation text")

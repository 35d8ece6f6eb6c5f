"""Readers: one module per file type behind one registry; ``read_path`` picks by extension."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from briefgen.errors import InputRefused
from briefgen.readers.base import Block, RawDocument, refuse
from briefgen.readers.docx import read_docx
from briefgen.readers.html import read_html
from briefgen.readers.markdown import read_markdown
from briefgen.readers.text import read_text

Reader = Callable[[str | Path], RawDocument]

READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".text": read_text,
    ".md": read_markdown,
    ".markdown": read_markdown,
    ".docx": read_docx,
    ".html": read_html,
    ".htm": read_html,
}


def supported(path: str | Path) -> bool:
    """Return True when a reader is registered for the file's extension."""
    return Path(path).suffix.lower() in READERS


def read_path(path: str | Path) -> RawDocument:
    """Return the file as a RawDocument, or raise InputRefused naming the problem."""
    reader = READERS.get(Path(path).suffix.lower())
    if reader is None:
        raise refuse(path, "unsupported")
    try:
        return reader(path)
    except InputRefused:
        raise
    except (UnicodeError, ValueError, OSError, MemoryError, RecursionError) as exc:
        raise refuse(path, "unreadable", error=exc.__class__.__name__) from None


__all__ = ["READERS", "Block", "RawDocument", "read_path", "supported"]

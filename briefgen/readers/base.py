"""What every reader returns, the limits it enforces and the reasons it refuses a file."""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefgen.errors import InputRefused
from briefgen.resources import data_file
from briefgen.yamlio import load_yaml

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb\U000e0000-\U000e007f]")
_ANSI_ESCAPE = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")
_LIST_MARK = re.compile(r"^[•▪◦]\s+")  # a copied list item's bullet (  •  石涧支行开展…)
_MARKDOWN_HEADING = re.compile(r"^\s{0,3}(#{1,6})(?:\s+(.*?))?\s*(?:\s#+)?\s*$")


@dataclass
class Block:
    """One paragraph-like unit of a source: text, 1-based source line, kind and heading level."""

    text: str
    line: int
    kind: str = "paragraph"  # paragraph | heading | table
    level: int = 0


@dataclass
class RawDocument:
    """A file read into blocks, with the encoding and reader that produced them."""

    path: str
    blocks: list[Block]
    encoding: str | None
    reader: str
    title: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)
    meta_problem: str | None = None  # why metadata written in the file itself was ignored


@functools.cache
def limits() -> dict[str, dict[str, Any]]:
    """Return the ingest limits from ``data/ingest_limits.yaml``."""
    with data_file("ingest_limits.yaml").open(encoding="utf-8") as fh:
        return dict(load_yaml(fh.read()))


@functools.cache
def messages() -> dict[str, str]:
    """Return the refusal messages from ``data/reader_messages.yaml``."""
    with data_file("reader_messages.yaml").open(encoding="utf-8") as fh:
        return dict(load_yaml(fh.read()))


def limit(name: str) -> int:
    """Return the numeric value of limit ``name``."""
    return int(limits()[name]["value"])


def refuse(path: str | Path, key: str, **fmt: object) -> InputRefused:
    """Return an InputRefused for ``path`` with the message ``key``."""
    return InputRefused(str(path), messages()[key].format(**fmt))


def over_limit(path: str | Path, name: str, scale: int = 1) -> InputRefused:
    """Return an InputRefused for exceeding limit ``name`` (shown divided by ``scale``)."""
    entry = limits()[name]
    return InputRefused(str(path), str(entry["message"]).format(limit=int(entry["value"]) // scale))


def read_bytes(path: str | Path) -> bytes:
    """Return the file's bytes after checking it exists and is within the size limit."""
    p = Path(path)
    try:
        size = p.stat().st_size
    except FileNotFoundError:
        raise refuse(path, "missing") from None
    except OSError as exc:
        raise refuse(path, "unreadable", error=exc.strerror or exc) from None
    if size > limit("max_file_bytes"):
        raise over_limit(path, "max_file_bytes", 1024 * 1024)
    try:
        return p.read_bytes()
    except OSError as exc:
        raise refuse(path, "unreadable", error=exc.strerror or exc) from None


_KEPT: set[str] = set()  # characters seen that strip_controls leaves as they are
_KEPT_SPACING = ("\n", "\t", "\u3000", "\xa0")  # kept, though not printable (a separator or a control)


def _removable(ch: str) -> bool:
    """Return True when ``strip_controls`` would remove or rewrite the character ``ch``."""
    return ch in "\r\x0c" or bool(_CONTROL.match(ch)) or (
        ch != "\n" and unicodedata.category(ch) in ("Cs", "Co", "Cn"))


def _all_kept(text: str) -> bool:
    """Return True when no character of ``text`` needs stripping (each distinct one checked once)."""
    if text.isprintable():  # no removable character is printable: one pass in C settles most lines
        return True
    bare = text
    for ch in _KEPT_SPACING:
        if ch in bare:
            bare = bare.replace(ch, "")
    if bare.isprintable():  # a whole file: only its line breaks and spaces are not printable, all of them kept
        return True
    chars = set(text)
    if chars <= _KEPT:
        return True
    new = chars - _KEPT
    kept = {ch for ch in new if not _removable(ch)}
    _KEPT.update(kept)
    return len(kept) == len(new)


def strip_controls(text: str) -> str:
    """Return ``text`` without control, zero-width and bidi characters (tabs and newlines kept)."""
    if _all_kept(text):
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x0c", "\n")
    text = _CONTROL.sub("", _ANSI_ESCAPE.sub("", text))
    return "".join(ch for ch in text if unicodedata.category(ch) not in ("Cs", "Co", "Cn") or ch == "\n")


def check_text(path: str | Path, text: str) -> None:
    """Raise InputRefused when ``text`` is empty, blank or beyond the character limit."""
    if not text:
        raise refuse(path, "empty")
    if not text.strip():
        raise refuse(path, "blank")
    if not any(ch.isalnum() for ch in text):  # only punctuation and symbols: nothing to brief
        raise refuse(path, "no_text")
    if len(text) > limit("max_text_chars"):
        raise over_limit(path, "max_text_chars", 10_000)


# Paragraph and line-break tags a crawler left in exported text (<p>…</p><br />): each ends a paragraph.
_TEXT_BREAK_TAG = re.compile(r"</?p(?:\s[^<>]{0,200})?>|<br\s*/?>", re.IGNORECASE)
TAGGED_TEXT_MIN = 2  # this many such tags make a file an export with its markup left in


def _lines(text: str) -> list[tuple[int, str]]:
    """Return (line number, line) pairs; a line of tagged text gives one piece per tagged paragraph."""
    tagged = len(_TEXT_BREAK_TAG.findall(text)) >= TAGGED_TEXT_MIN
    return [(number, piece) for number, raw in enumerate(text.split("\n"), start=1)
            for piece in (_TEXT_BREAK_TAG.split(raw) if tagged else [raw])]


def text_blocks(text: str, markdown: bool = True) -> list[Block]:
    """Return one block per non-blank line; ``#`` lines become headings when ``markdown``."""
    blocks: list[Block] = []
    for number, raw in _lines(text):
        line = _LIST_MARK.sub("", raw.strip().replace("\t", " "))
        if not line:
            continue
        match = _MARKDOWN_HEADING.match(raw) if markdown else None
        if match and match.group(2):
            blocks.append(Block(match.group(2), number, "heading", len(match.group(1))))
        elif match:
            continue
        else:
            blocks.append(Block(line, number, "paragraph"))
    return blocks

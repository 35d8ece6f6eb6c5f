"""Plain-text reader (.txt): detect the encoding, strip control characters, one block per line."""

from __future__ import annotations

from pathlib import Path

from briefgen.errors import InputRefused
from briefgen.readers.base import (
    RawDocument,
    check_text,
    read_bytes,
    refuse,
    strip_controls,
    text_blocks,
)
from briefgen.readers.decode import decode_bytes, lone_surrogate, looks_binary, plausible


def undecoded(path: str | Path, data: bytes) -> InputRefused:
    """Return the refusal of bytes no codec reads: a lone surrogate, binary data or an unknown codec."""
    found = lone_surrogate(data)
    if found:
        codec, at, code = found
        return refuse(path, "surrogate", codec=codec.upper(), offset=at + 1, code=f"{code:04X}")
    return refuse(path, "binary" if looks_binary(data) else "undecodable")


def decode_file(path: str | Path) -> tuple[str, str]:
    """Return the file's text (control characters stripped) and its encoding, or refuse it."""
    data = read_bytes(path)
    if not data:
        raise refuse(path, "empty")
    decoded = decode_bytes(data)
    if decoded is None or (decoded[1] != "utf-8" and lone_surrogate(data)):
        raise undecoded(path, data)
    text, encoding = decoded
    text = strip_controls(text)
    check_text(path, text)
    if plausible(text) < 0.5:
        raise refuse(path, "binary")
    return text, encoding


def read_text(path: str | Path) -> RawDocument:
    """Return a .txt file as blocks; ``#`` headings are honoured since many exports contain them."""
    text, encoding = decode_file(path)
    blocks = text_blocks(text, markdown=True)
    if not blocks:
        raise refuse(path, "no_text")
    return RawDocument(str(path), blocks, encoding, "text")

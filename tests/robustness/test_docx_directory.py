"""Issue 14 (Medium): a .docx whose zip directory understates a part was inflated in full before refusal."""

from __future__ import annotations

import io
import struct
import tracemalloc
import zipfile
from pathlib import Path

import docx
import pytest

from briefgen.errors import InputRefused
from briefgen.readers import read_path

INFLATED = 40 * 1024 * 1024


def lying_docx(path: Path) -> None:
    """Write a .docx whose document.xml inflates to 40 MB while the directory says 5000 bytes."""
    buffer = io.BytesIO()
    docx.Document().save(buffer)
    out = io.BytesIO()
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            data = src.read(name)
            if name == "word/document.xml":
                data = data.replace(b"<w:body>", b"<w:body>" + b" " * INFLATED)
            dst.writestr(name, data)
    raw = bytearray(out.getvalue())
    at = raw.find(b"PK\x01\x02")
    while at != -1:
        length = struct.unpack("<H", raw[at + 28:at + 30])[0]
        if raw[at + 46:at + 46 + length] == b"word/document.xml":
            raw[at + 24:at + 28] = struct.pack("<I", 5000)
        at = raw.find(b"PK\x01\x02", at + 4)
    path.write_bytes(bytes(raw))


def test_an_understated_part_is_refused_without_inflating_it(tmp_path: Path) -> None:
    path = tmp_path / "lie.docx"
    lying_docx(path)
    tracemalloc.start()
    try:
        with pytest.raises(InputRefused, match="不完整或已损坏"):
            read_path(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < INFLATED // 4

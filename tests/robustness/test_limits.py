"""Each input limit is enforced and has its own message; zip bombs are refused before inflating."""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path
from typing import Any

import pytest
from badinputs import article, docx_bytes, zip_bomb

from briefgen.errors import InputRefused
from briefgen.ingest.pipeline import process_document
from briefgen.readers import base, read_path
from briefgen.records import IngestOptions

NAMES = ["max_file_bytes", "max_text_chars", "max_zip_uncompressed_bytes", "max_zip_ratio",
         "max_zip_entries", "max_articles"]


@pytest.fixture
def tight(monkeypatch: pytest.MonkeyPatch) -> Any:
    """Return a function lowering one limit for the test."""
    def lower(name: str, value: int) -> None:
        table = {k: dict(v) for k, v in base.limits().items()}
        table[name]["value"] = value
        monkeypatch.setattr(base, "limits", lambda: table)

    return lower


def test_every_limit_has_a_value_and_its_own_message() -> None:
    table = base.limits()
    assert set(NAMES) <= set(table)
    messages = [str(table[n]["message"]) for n in NAMES]
    assert len(set(messages)) == len(messages)
    assert all(int(table[n]["value"]) > 0 and "{limit}" in table[n]["message"] for n in NAMES)


def refusal(path: Path) -> str:
    with pytest.raises(InputRefused) as caught:
        read_path(path)
    return caught.value.reason


def test_file_size_limit(tmp_path: Path, tight: Any) -> None:
    path = tmp_path / "a.txt"
    path.write_text(article(0) * 40, encoding="utf-8")
    tight("max_file_bytes", 1024 * 1024)
    assert read_path(path).blocks
    tight("max_file_bytes", 4096)
    assert "大小上限" in refusal(path)


def test_text_length_limit(tmp_path: Path, tight: Any) -> None:
    path = tmp_path / "a.md"
    path.write_text(article(0) * 40, encoding="utf-8")
    tight("max_text_chars", 1000)
    assert "万字的上限" in refusal(path)


def test_decompressed_size_limit(tmp_path: Path, tight: Any) -> None:
    path = tmp_path / "a.docx"
    path.write_bytes(zip_bomb(3 << 20))
    tight("max_zip_uncompressed_bytes", 2 << 20)
    assert "解压后超过 2 MB" in refusal(path)


def test_ratio_limit(tmp_path: Path) -> None:
    path = tmp_path / "a.docx"
    path.write_bytes(zip_bomb(8 << 20))
    assert "压缩比超过" in refusal(path)


def test_entry_count_limit(tmp_path: Path, tight: Any) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(docx_bytes(article(1)))) as good, zipfile.ZipFile(buffer, "w") as out:
        for name in good.namelist():
            out.writestr(name, good.read(name))
        for n in range(40):
            out.writestr(f"extra/part{n}.xml", "<x/>")
    path = tmp_path / "a.docx"
    path.write_bytes(buffer.getvalue())
    assert read_path(path).blocks
    tight("max_zip_entries", 30)
    assert "个部件" in refusal(path)


def test_lying_zip_header_cannot_inflate_past_its_declared_size(tmp_path: Path) -> None:
    """A bomb whose headers claim a tiny size is cut at that size and fails its checksum."""
    data = bytearray(zip_bomb(20 << 20))
    name = b"word/document.xml"
    for signature, size_at in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        at = data.find(signature)
        while at != -1:
            name_at = at + (30 if signature == b"PK\x03\x04" else 46)
            if data[name_at:name_at + len(name)] == name:
                data[at + size_at:at + size_at + 4] = struct.pack("<I", 1000)
            at = data.find(signature, at + 4)
    path = tmp_path / "a.docx"
    path.write_bytes(bytes(data))
    assert refusal(path)


def test_articles_per_file_limit(tmp_path: Path, tight: Any) -> None:
    path = tmp_path / "a.txt"
    path.write_text("\n".join(article(n) for n in range(6)), encoding="utf-8")
    (tmp_path / "a.txt.meta.yaml").write_text("date: 2023-01-06\ncity: 安康\n", encoding="utf-8")
    assert len(process_document(str(path), IngestOptions()).articles) == 6
    tight("max_articles", 5)
    result = process_document(str(path), IngestOptions())
    assert result.articles == [] and result.rejected and "超过 5 篇的上限" in result.rejected

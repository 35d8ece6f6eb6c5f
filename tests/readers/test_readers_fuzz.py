"""Random bytes and random Unicode never crash a reader and never leave control characters."""

from __future__ import annotations

import tempfile
import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefgen.errors import InputRefused
from briefgen.readers import read_path

EXTENSIONS = [".txt", ".md", ".html", ".docx"]


def _no_controls(text: str) -> bool:
    return all(unicodedata.category(ch) not in ("Cc", "Cs") for ch in text)


def _check(data: bytes, ext: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"x{ext}"
        path.write_bytes(data)
        try:
            doc = read_path(path)
        except InputRefused as refused:
            assert refused.reason and "\n" not in refused.reason
            return
        assert doc.blocks
        assert all(_no_controls(b.text) for b in doc.blocks)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4000), st.sampled_from(EXTENSIONS))
def test_random_bytes_never_crash(data: bytes, ext: str) -> None:
    _check(data, ext)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=2000), st.sampled_from(["utf-8", "utf-16", "gb18030"]), st.sampled_from(EXTENSIONS[:3]))
def test_random_unicode_never_crashes(text: str, codec: str, ext: str) -> None:
    _check(text.encode(codec, errors="ignore"), ext)

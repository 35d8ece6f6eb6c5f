"""Helpers for reader tests: files written in tmp_path."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest


@pytest.fixture
def write(tmp_path: Path) -> Callable[[str, bytes], Path]:
    """Return a function writing bytes to a named file in tmp_path."""

    def _write(name: str, data: bytes) -> Path:
        target = tmp_path / name
        target.write_bytes(data)
        return target

    return _write

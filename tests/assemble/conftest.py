"""Fixtures shared by the assembly tests."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def isolated_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the user config folder at an empty temporary one for every test."""
    folder = tmp_path / "config"
    folder.mkdir()
    monkeypatch.setenv("BRIEFGEN_CONFIG", str(folder))
    return folder

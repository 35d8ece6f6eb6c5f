"""Suite-wide: this folder is on ``sys.path`` (every test can import ``needs``); the font cache fixture."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def font_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Point the converted-font cache at a folder shared by this test session."""
    folder = Path(os.environ.get("BRIEFGEN_TEST_FONT_CACHE") or tmp_path_factory.mktemp("cache"))
    old = os.environ.get("BRIEFGEN_CACHE")
    os.environ["BRIEFGEN_CACHE"] = str(folder)
    yield folder
    if old is None:
        os.environ.pop("BRIEFGEN_CACHE", None)
    else:
        os.environ["BRIEFGEN_CACHE"] = old

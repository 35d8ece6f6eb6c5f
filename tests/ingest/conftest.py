"""Shared fixtures for ingest tests: the seed folder (skipped when absent)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from needs import missing


def _seed_dir() -> Path:
    env = os.environ.get("BRIEFGEN_SEEDS")
    return Path(env) if env else Path(__file__).resolve().parents[2] / ".." / "shared" / "seeds"


@pytest.fixture
def seed():
    """Return a function giving the path of the seed whose name starts with a prefix."""
    folder = _seed_dir()
    if not folder.is_dir():
        missing("seed folder not available（../shared/seeds 或 $BRIEFGEN_SEEDS）")

    def _find(prefix: str) -> Path:
        found = sorted(folder.glob(f"{prefix}_*.txt"))
        if not found:
            missing(f"seed {prefix} not available")
        return found[0]

    return _find

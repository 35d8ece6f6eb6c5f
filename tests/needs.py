"""What the suite needs from the machine (fonts, LibreOffice, ../shared): skipped locally, an error in CI."""

from __future__ import annotations

import os
from typing import NoReturn

import pytest


def in_ci() -> bool:
    """Return True when the suite runs in CI (``CI`` set to true, 1 or yes)."""
    return os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}


def missing(what: str) -> NoReturn:
    """Skip the test for lack of ``what``; under CI fail instead, so a green run has tested it."""
    if in_ci():
        pytest.fail(f"CI 中缺少测试所需的条件：{what}", pytrace=False)
    pytest.skip(what)

"""Fixtures for collect tests: a local web server on 127.0.0.1 and quick, polite-enough settings."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from collect_server import LocalServer, Site

from briefgen.collect import Settings, load_settings


@pytest.fixture
def site() -> Iterator[Site]:
    """Yield an empty site served on 127.0.0.1; tests add routes to it."""
    served = Site()
    with LocalServer(served):
        yield served


@pytest.fixture
def settings() -> Settings:
    """Return the shipped settings with no delay, short timeouts and a 2 MB page cap."""
    return load_settings().with_(delay=0.0, timeout=1.0, retries=1, backoff=0.0, max_bytes=2 * 1024 * 1024)

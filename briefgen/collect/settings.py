"""Collect settings: politeness and limits from ``data/collect.yaml``, and the Chinese failure reasons."""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace
from typing import Any

from briefgen import __version__
from briefgen.resources import data_file
from briefgen.yamlio import load_yaml


@functools.cache
def collect_data() -> dict[str, Any]:
    """Return the shipped ``data/collect.yaml`` as a mapping."""
    return dict(load_yaml(data_file("collect.yaml").read_text(encoding="utf-8")))


def reason(key: str, **detail: object) -> str:
    """Return the Chinese failure reason ``key`` with its details filled in."""
    return str(collect_data()["reasons"][key]).format(**detail)


@dataclass(frozen=True)
class Settings:
    """How politely and how far collect fetches; one instance per run."""

    user_agent: str
    delay: float
    timeout: float
    retries: int
    backoff: float
    max_bytes: int
    max_redirects: int
    max_pages: int
    max_links: int
    min_title_chars: int
    next_words: tuple[str, ...]
    date_meta: tuple[str, ...]
    date_labels: tuple[str, ...]
    skip_suffixes: tuple[str, ...]

    def with_(self, **changes: Any) -> Settings:
        """Return a copy with some fields changed (tests and per-source overrides)."""
        return replace(self, **changes)


def load_settings() -> Settings:
    """Return the shipped settings."""
    d = collect_data()
    return Settings(
        user_agent=str(d["user_agent"]).format(version=__version__),
        delay=float(d["delay_seconds"]),
        timeout=float(d["timeout_seconds"]),
        retries=int(d["retries"]),
        backoff=float(d["backoff_seconds"]),
        max_bytes=int(d["max_page_bytes"]),
        max_redirects=int(d["max_redirects"]),
        max_pages=int(d["max_pages"]),
        max_links=int(d["max_links_per_page"]),
        min_title_chars=int(d["min_title_chars"]),
        next_words=tuple(str(w) for w in d["next_page_words"]),
        date_meta=tuple(str(w).lower() for w in d["date_meta_names"]),
        date_labels=tuple(str(w) for w in d["date_labels"]),
        skip_suffixes=tuple(str(w).lower() for w in d["skip_suffixes"]),
    )

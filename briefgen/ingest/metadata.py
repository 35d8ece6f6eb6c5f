"""Document metadata: the ``<file>.meta.yaml`` beside a document, and the publication date chosen."""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path
from typing import Any

import yaml

META_SUFFIX = ".meta.yaml"


def meta_path(path: str | Path) -> Path:
    """Return where the metadata file for ``path`` would be."""
    p = Path(path)
    return p.with_name(p.name + META_SUFFIX)


def read_meta(path: str | Path) -> dict[str, Any]:
    """Return the metadata file's keys (see ``meta_fields``), if readable."""
    target = meta_path(path)
    try:
        data = yaml.safe_load(target.read_text(encoding="utf-8"))
    except (OSError, UnicodeError, yaml.YAMLError):
        return {}
    return meta_fields(data)


def meta_fields(data: object) -> dict[str, Any]:
    """Return the keys source, date (YYYY-MM-DD), city, and a collected page's url and fetched time."""
    if not isinstance(data, dict):
        return {}
    out: dict[str, Any] = {}
    for key in ("source", "city", "url", "fetched"):
        if data.get(key):
            out[key] = str(data[key]).strip()
    day = data.get("date")
    if isinstance(day, dt.date):
        out["date"] = day.isoformat()
    elif isinstance(day, str):
        with contextlib.suppress(ValueError):
            out["date"] = dt.date.fromisoformat(day.strip()).isoformat()
    return out


def choose_date(candidates: list[tuple[str, str | None]]) -> tuple[str | None, str]:
    """Return the first (date, basis) that is set, else (None, "none")."""
    for basis, value in candidates:
        if value:
            return value, basis
    return None, "none"

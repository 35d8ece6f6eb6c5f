"""Where briefgen finds its shipped data and the user's overrides."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP = "briefgen"
_PACKAGE_DIR = Path(__file__).resolve().parent


def shipped_dir(name: str) -> Path:
    """Return the shipped folder ``name`` (templates, styles): inside the wheel or the source tree."""
    for candidate in (_PACKAGE_DIR / name, _PACKAGE_DIR.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"找不到 briefgen 自带的 {name} 目录，请重新安装 briefgen")


def data_file(name: str) -> Path:
    """Return a file shipped in ``briefgen/data``."""
    return _PACKAGE_DIR / "data" / name


def user_config_dir() -> Path:
    """Return the per-user folder whose files override the shipped ones."""
    override = os.environ.get("BRIEFGEN_CONFIG")
    return Path(override) if override else Path(platformdirs.user_config_dir(APP))


def user_cache_dir() -> Path:
    """Return the per-user cache folder (converted fonts and the like)."""
    override = os.environ.get("BRIEFGEN_CACHE")
    return Path(override) if override else Path(platformdirs.user_cache_dir(APP))


def default_db_path(explicit: str | None = None) -> Path:
    """Return the corpus path: ``--db``, else ``$BRIEFGEN_DB``, else the user data folder."""
    if explicit:
        return Path(explicit)
    env = os.environ.get("BRIEFGEN_DB")
    if env:
        return Path(env)
    return Path(platformdirs.user_data_dir(APP)) / "corpus.sqlite"

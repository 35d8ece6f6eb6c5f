"""Selector data files: shipped YAML under briefgen/data, optionally overridden by the user."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from briefgen.errors import ConfigError
from briefgen.resources import data_file, user_config_dir
from briefgen.yamlio import load_yaml


def read_yaml(path: Path) -> dict[str, Any]:
    """Return the mapping stored in ``path``; a broken file is a ConfigError naming it."""
    try:
        loaded = load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"{path}：无法读取选稿配置（{exc}），请检查该 YAML 文件") from exc
    if not isinstance(loaded, dict):
        raise ConfigError(f"{path}：选稿配置应是键值表，请检查该 YAML 文件")
    return loaded


@lru_cache(maxsize=8)
def shipped(name: str) -> dict[str, Any]:
    """Return the shipped data file ``name`` (e.g. ``selector.yaml``)."""
    return read_yaml(data_file(name))


def user_override(name: str) -> dict[str, Any] | None:
    """Return the user's copy of data file ``name`` from the config folder, if there is one."""
    path = user_config_dir() / name
    return read_yaml(path) if path.is_file() else None


def selector_settings() -> dict[str, Any]:
    """Return the scorer weights and item limits, the user's values laid over the shipped ones."""
    merged = {k: dict(v) if isinstance(v, dict) else v for k, v in shipped("selector.yaml").items()}
    for key, value in (user_override("selector.yaml") or {}).items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key].update(value)
        else:
            merged[key] = value
    return merged


def boilerplate_patterns() -> tuple[tuple[re.Pattern[str], float], ...]:
    """Return the 套话 patterns with their weights; the user's file adds to the shipped ones."""
    entries = list(shipped("boilerplate.yaml").get("patterns", []))
    entries += list((user_override("boilerplate.yaml") or {}).get("patterns", []))
    out = []
    for entry in entries:
        try:
            out.append((re.compile(str(entry["pattern"])), float(entry.get("weight", 1.0))))
        except (KeyError, TypeError, re.error) as exc:
            raise ConfigError(f"boilerplate.yaml：套话条目 {entry!r} 无效（{exc}），请改正该条") from exc
    return tuple(out)


def body_suffixes() -> tuple[str, ...]:
    """Return the endings that mark a token as the name of a body (局, 委员会, 公司…)."""
    return tuple(str(s) for s in shipped("bodies.yaml").get("suffixes", []))

"""Document metadata: the ``<file>.meta.yaml`` beside a document, and the publication date chosen."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import stat
from pathlib import Path
from typing import Any

import yaml

from briefgen.errors import os_reason
from briefgen.yamlio import META_LIMITS, load_yaml

META_SUFFIX = ".meta.yaml"
FIELD_MAX_CHARS = 200  # a source or city name longer than this is not a name
URL_MAX_CHARS = 2000


class MetaProblem(Exception):
    """A metadata file that cannot be used; ``str()`` is the Chinese reason."""


def meta_path(path: str | Path) -> Path:
    """Return where the metadata file for ``path`` would be."""
    p = Path(path)
    return p.with_name(p.name + META_SUFFIX)


def meta_bytes(path: str | Path) -> bytes | None:
    """Return the bytes of the metadata file beside ``path``, None when there is none.

    Raises MetaProblem for a FIFO, device, folder or oversized file (never opened, so never hangs).
    """
    target = meta_path(path)
    try:
        info = target.stat()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise MetaProblem(f"元数据文件无法读取（{os_reason(exc)}）") from None
    if not stat.S_ISREG(info.st_mode):
        raise MetaProblem("元数据文件不是普通文件（管道、设备或文件夹），已忽略")
    if info.st_size > META_LIMITS.chars:
        raise MetaProblem(f"元数据文件超过 {META_LIMITS.chars // 1024} KB 的上限，已忽略")
    try:
        fd = os.open(target, os.O_RDONLY | os.O_NONBLOCK)
        with os.fdopen(fd, "rb") as fh:
            return fh.read(META_LIMITS.chars + 1)
    except OSError as exc:
        raise MetaProblem(f"元数据文件无法读取（{os_reason(exc)}）") from None


def read_meta(path: str | Path) -> dict[str, Any]:
    """Return the keys source, date (YYYY-MM-DD) and city from the metadata file (none: empty).

    Raises MetaProblem naming what is wrong with a metadata file that exists.
    """
    raw = meta_bytes(path)
    if raw is None:
        return {}
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise MetaProblem("元数据文件不是 UTF-8 编码，已忽略；请另存为 UTF-8") from None
    try:
        data = load_yaml(text, META_LIMITS)
    except yaml.YAMLError as exc:
        raise MetaProblem(f"元数据文件不是合法的 YAML（{yaml_reason(exc)}），已忽略") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise MetaProblem("元数据文件应是“source: … / date: … / city: …”这样的映射，已忽略")
    return checked_fields(data)


def yaml_reason(exc: yaml.YAMLError) -> str:
    """Return a one-line reason for a YAML error (its first line, and the line number if known)."""
    mark = getattr(exc, "problem_mark", None)
    where = f"第 {mark.line + 1} 行：" if mark is not None else ""
    problem = getattr(exc, "problem", None) or str(exc)
    return where + str(problem).splitlines()[0][:120]


def checked_fields(data: dict[Any, Any]) -> dict[str, Any]:
    """Return the metadata fields; a field of the wrong kind raises MetaProblem naming it."""
    for key in ("source", "city"):
        value = data.get(key)
        if value is not None and (not isinstance(value, str | int) or isinstance(value, bool)
                                  or len(str(value)) > FIELD_MAX_CHARS):
            raise MetaProblem(f"元数据文件的 {key} 应是不超过 {FIELD_MAX_CHARS} 字的名称，已忽略")
    day = data.get("date")
    if day is not None and not isinstance(day, dt.date | str):
        raise MetaProblem("元数据文件的 date 应写成 YYYY-MM-DD，已忽略")
    fields = meta_fields(data)
    if day is not None and "date" not in fields:
        raise MetaProblem(f"元数据文件的 date（{str(day)[:40]}）不是 YYYY-MM-DD 格式的日期，已忽略")
    return fields


def meta_fields(data: object) -> dict[str, Any]:
    """Return the keys source, date (YYYY-MM-DD), city, and a collected page's url and fetched time."""
    if not isinstance(data, dict):
        return {}
    out: dict[str, Any] = {}
    for key in ("source", "city", "url", "fetched"):
        value = data.get(key)
        if isinstance(value, dt.date):  # a collected page's fetch time reads back as a timestamp
            value = value.isoformat()
        limit = URL_MAX_CHARS if key == "url" else FIELD_MAX_CHARS
        if value and isinstance(value, str | int) and len(str(value)) <= limit:
            out[key] = str(value).strip()
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

"""Typed validation of a user's YAML against the shipped file it replaces: same keys, same kinds."""

from __future__ import annotations

from typing import Any

from briefgen.errors import ConfigError

_KINDS = ((bool, "true/false"), (int | float, "数字"), (str, "文字"), (list, "列表"), (dict, "“字段: 值”映射"))


def kind_of(value: Any) -> str | None:
    """Return the Chinese name of the kind of ``value`` (bool before number: True is an int)."""
    return next((name for kind, name in _KINDS if isinstance(value, kind)), None)


def conform(data: Any, reference: Any, origin: str, where: str = "") -> None:
    """Raise ConfigError naming the first key of ``data`` missing or of another kind than in ``reference``."""
    want, got = kind_of(reference), kind_of(data)
    if want is not None and reference is not None and got != want:
        raise ConfigError(f"{origin}：{where or '整个文件'} 应是{want}，现在是{got or '空'}；请参照自带的样式文件改正")
    if isinstance(reference, dict):
        for key, value in reference.items():
            if key not in data:
                raise ConfigError(f"{origin}：缺少 {where + '.' if where else ''}{key}；请参照自带的样式文件补上")
            conform(data[key], value, origin, f"{where}.{key}" if where else str(key))
    elif isinstance(reference, list) and reference and data:
        want = kind_of(reference[0])
        for n, item in enumerate(data):  # items compared by kind only: shipped lists may mix shapes
            if kind_of(item) != want:
                raise ConfigError(f"{origin}：{where}[{n}] 应是{want}，现在是{kind_of(item) or '空'}；请参照自带的样式文件改正")

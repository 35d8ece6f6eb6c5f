"""Load layout facts from ``styles/*.yaml``: page, grid, sizes, colours and font candidates."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from briefgen.errors import ConfigError
from briefgen.resources import shipped_dir, user_config_dir
from briefgen.typecheck import conform
from briefgen.yamlio import load_yaml

DEFAULT_STYLE = "gbt9704"


def style_path(name: str = DEFAULT_STYLE) -> Path:
    """Return the style file: a path, the user's override, or the shipped one."""
    given = Path(name)
    if given.suffix in {".yaml", ".yml"} and given.is_file():
        return given
    user = user_config_dir() / "styles" / f"{name}.yaml"
    if user.is_file():
        return user
    return shipped_dir("styles") / f"{name}.yaml"


def load_style(name: str = DEFAULT_STYLE) -> dict[str, Any]:
    """Return the parsed style; a missing or broken file is a ConfigError."""
    path = style_path(name)
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"{path}：找不到样式文件，请检查 --style 的名称") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}：样式文件不是合法的 YAML（{exc.__class__.__name__}）") from exc
    if not isinstance(data, dict) or "page" not in data or "fonts" not in data:
        raise ConfigError(f"{path}：样式文件缺少 page 或 fonts 部分")
    shipped = shipped_dir("styles") / f"{path.stem if path.stem == name else DEFAULT_STYLE}.yaml"
    if path.resolve() != shipped.resolve() and shipped.is_file():  # a user's copy: same keys, same kinds
        conform(data, load_yaml(shipped.read_text(encoding="utf-8")), str(path))
    return data

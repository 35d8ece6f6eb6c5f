"""City profiles: 刊名, 编印单位, distribution lines, section order and page budget."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import yaml

from briefgen.errors import ConfigError
from briefgen.resources import data_file, user_config_dir
from briefgen.yamlio import load_yaml

_CITY_SUFFIXES = ("市", "地区", "盟", "自治州", "州")
# Longest text a profile field may hold: a name is a line of the masthead, a distribution line a paragraph.
NAME_MAX_CHARS = 100
LINE_MAX_CHARS = 500


@dataclass
class DistributionLine:
    """One 版记 distribution line: label 报/送/发 and the bodies it goes to."""

    label: str
    text: str


@dataclass
class Profile:
    """Everything about a city's briefing that an office edits without touching Python."""

    city: str
    short: str
    title: str
    issuer: str
    series: str
    sections: list[str]
    distribution: list[DistributionLine]
    page_budget: int = 4
    copies: int | None = None
    items_per_section: int = 5
    item_chars: tuple[int, int] = (100, 250)
    contents: bool = True
    contents_title: str = "本期要目"
    figures_table: bool = True
    figures_caption: str = "数据速览"
    figures_rows: int = 8
    files: list[str] = field(default_factory=list)
    sources: list[dict[str, Any]] = field(default_factory=list)  # read by briefgen.collect.sources


def full_city_name(city: str) -> str:
    """Return the prefecture's full name: 安康 → 安康市, 安康市 stays."""
    name = city.strip()
    if name.endswith(_CITY_SUFFIXES):
        return name
    return f"{name}市"


def short_city_name(city: str) -> str:
    """Return the name without its 市/地区/盟 suffix: 安康市 → 安康."""
    name = city.strip()
    for suffix in ("市", "地区", "盟"):
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            return name[: -len(suffix)]
    return name


def profile_dirs() -> list[Path]:
    """Return the profile folders, the user's first so that it overrides the shipped one."""
    return [user_config_dir() / "profiles", data_file("profiles")]


def _read_yaml(path: Path) -> dict[str, Any]:
    """Return a profile file's mapping; broken files are a ConfigError naming the file."""
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}：读不出简报配置文件，请检查文件权限和 UTF-8 编码") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}：简报配置不是合法的 YAML，请按出错位置修改（{exc}）") from exc
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}：简报配置应是“字段: 值”的映射，请参照自带的 ankang.yaml")
    return data


def _matches(path: Path, data: dict[str, Any], city: str) -> bool:
    """Return whether a profile file is for ``city`` (by its city field or its file name)."""
    names = {str(data.get("city", "")), str(data.get("short", "")), path.stem}
    return city in {full_city_name(n) for n in names if n}


def _profile_files(city: str) -> list[tuple[Path, dict[str, Any]]]:
    """Return the profile files for ``city``, shipped first, then the user's overrides."""
    found: list[tuple[Path, dict[str, Any]]] = []
    for folder in reversed(profile_dirs()):
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.y*ml")):
            if path.name.startswith("_"):
                continue
            data = _read_yaml(path)
            if _matches(path, data, city):
                found.append((path, data))
    return found


def _fill_names(value: Any, city: str, short: str) -> Any:
    """Return a default value with {city} and {short} replaced by the city's names."""
    if isinstance(value, str):
        return value.replace("{city}", city).replace("{short}", short)
    if isinstance(value, list):
        return [_fill_names(v, city, short) for v in value]
    if isinstance(value, dict):
        return {k: _fill_names(v, city, short) for k, v in value.items()}
    return value


def _merged(city: str) -> dict[str, Any]:
    """Return the defaults with the shipped and user profile files for ``city`` laid over them."""
    short = short_city_name(city)
    merged = _fill_names(_read_yaml(data_file("profiles") / "_defaults.yaml"), city, short)
    merged.update(city=city, short=short, files=[])
    for path, data in _profile_files(city):
        unknown = set(data) - ({f.name for f in fields(Profile)} - {"files"})
        if unknown:
            names = "、".join(sorted(unknown))
            raise ConfigError(f"{path}：简报配置有不认识的字段 {names}，请删去或改正拼写")
        merged.update(data)
        merged["files"] = [*merged["files"], str(path)]
    merged["city"] = city
    return merged


def _distribution(raw: Any, origin: str) -> list[DistributionLine]:
    """Return the distribution lines of a profile, checking each has a label and text."""
    if not isinstance(raw, list):
        raise ConfigError(f"{origin}：distribution 应是列表，每项写 label（报/送/发）和 text")
    lines = []
    for entry in raw:
        if not isinstance(entry, dict) or not entry.get("label") or not entry.get("text"):
            raise ConfigError(f"{origin}：distribution 的每项都要有 label 和 text")
        lines.append(DistributionLine(label=_text(entry, "label", origin, NAME_MAX_CHARS),
                                      text=_text(entry, "text", origin, LINE_MAX_CHARS)))
    return lines


def _text(data: dict[str, Any], key: str, origin: str, limit: int = NAME_MAX_CHARS) -> str:
    """Return a text profile value of at most ``limit`` characters; longer is a ConfigError."""
    value = str(data[key])
    if len(value) > limit:
        raise ConfigError(f"{origin}：{key} 有 {len(value)} 字，超过 {limit} 字的上限，请缩短")
    return value


def _whole(data: dict[str, Any], key: str, origin: str) -> int:
    """Return an integer profile value; anything else is a ConfigError naming the key."""
    try:
        return int(data[key])
    except (TypeError, ValueError, KeyError) as exc:
        raise ConfigError(f"{origin}：{key} 应填整数") from exc


def _item_chars(data: dict[str, Any], origin: str) -> tuple[int, int]:
    """Return the item length bounds [least, most] in characters."""
    value = data.get("item_chars")
    if not isinstance(value, list | tuple) or len(value) != 2:
        raise ConfigError(f"{origin}：item_chars 应写成 [最少字数, 最多字数]，例如 [100, 250]")
    return _whole({"v": value[0]}, "v", origin), _whole({"v": value[1]}, "v", origin)


def _profile(data: dict[str, Any]) -> Profile:
    """Return a Profile from merged data; wrong kinds of values are a ConfigError."""
    origin = data["files"][-1] if data["files"] else "briefgen 自带的默认简报配置"
    sections = data.get("sections")
    if not isinstance(sections, list) or not all(isinstance(s, str) and len(s) <= NAME_MAX_CHARS for s in sections):
        raise ConfigError(f"{origin}：sections 应是栏目名称（每个不超过 {NAME_MAX_CHARS} 字）的列表")
    copies = data.get("copies")
    return Profile(
        city=_text(data, "city", origin),
        short=_text(data, "short", origin),
        title=_text(data, "title", origin),
        issuer=_text(data, "issuer", origin),
        series=_text(data, "series", origin),
        sections=list(sections),
        distribution=_distribution(data.get("distribution", []), origin),
        page_budget=_whole(data, "page_budget", origin),
        copies=None if copies is None else _whole(data, "copies", origin),
        items_per_section=_whole(data, "items_per_section", origin),
        item_chars=_item_chars(data, origin),
        contents=bool(data.get("contents", True)),
        contents_title=_text(data, "contents_title", origin),
        figures_table=bool(data.get("figures_table", True)),
        figures_caption=_text(data, "figures_caption", origin),
        figures_rows=_whole(data, "figures_rows", origin),
        files=list(data["files"]),
        sources=list(data.get("sources") or []),
    )


def load_profile(city: str) -> Profile:
    """Return the profile for ``city`` (安康 or 安康市): user file, shipped file, or defaults."""
    if not city or not city.strip():
        raise ConfigError("没有给出城市名称，请用 --city 指定，例如 --city 安康")
    return _profile(_merged(full_city_name(city)))

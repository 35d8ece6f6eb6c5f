"""The one YAML loader: safe tags only, within size, alias, depth and node limits (libyaml when present).

Every YAML file briefgen reads goes through ``load_yaml``: meta files, markdown front matter,
profiles, themes, styles and the shipped data. The events are scanned before anything is built,
so an alias bomb (billion laughs) or a deep nesting is refused in time proportional to its text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

_Loader: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class YamlLimits:
    """How large a YAML text may be: characters, aliases, nesting depth and nodes once expanded."""

    chars: int = 1024 * 1024
    aliases: int = 100
    depth: int = 20
    nodes: int = 20_000  # the largest shipped file has under 1000


# A profile, theme list, style or other configuration written by a person (the default).
CONFIG_LIMITS = YamlLimits()
# A metadata file or front matter holds three short fields.
META_LIMITS = YamlLimits(chars=64 * 1024, aliases=0, depth=8, nodes=1000)


class YamlLimitError(yaml.YAMLError):
    """A YAML text beyond one of its limits; ``str()`` is a Chinese reason."""


def load_yaml(text: str, limits: YamlLimits = CONFIG_LIMITS) -> Any:
    """Return the data of one YAML document, parsed safely after its limits were checked."""
    if len(text) > limits.chars:
        raise YamlLimitError(f"YAML 文本超过 {limits.chars // 1024} KB 的上限")
    check_events(text, limits)
    return yaml.load(text, Loader=_Loader)  # noqa: S506 - a safe loader


def check_events(text: str, limits: YamlLimits) -> None:
    """Raise YamlLimitError when the text's aliases, depth or expanded nodes pass ``limits``."""
    sizes: dict[str, int] = {}  # anchor → nodes it stands for
    open_: list[list[Any]] = []  # [anchor, nodes so far] of each open collection
    aliases = nodes = 0
    for event in yaml.parse(text, Loader=_Loader):
        if isinstance(event, yaml.CollectionEndEvent):
            anchor, size = open_.pop()
            if anchor:
                sizes[anchor] = size
            continue  # its nodes were counted as they came
        if isinstance(event, yaml.AliasEvent):
            aliases += 1
            if aliases > limits.aliases:
                raise YamlLimitError(f"YAML 别名（*引用）超过 {limits.aliases} 个，疑似别名炸弹")
            size = sizes.get(str(event.anchor), 1)
        elif isinstance(event, yaml.NodeEvent):  # a scalar or the start of a collection
            size = 1
            if isinstance(event, yaml.CollectionStartEvent):
                open_.append([event.anchor, 0])
                if len(open_) > limits.depth:
                    raise YamlLimitError(f"YAML 嵌套超过 {limits.depth} 层")
            elif event.anchor:
                sizes[event.anchor] = 1
        else:
            continue
        nodes += size
        if nodes > limits.nodes:
            raise YamlLimitError(f"YAML 展开后超过 {limits.nodes} 个节点，疑似别名炸弹")
        _count(open_, size)


def _count(open_: list[list[Any]], size: int) -> None:
    """Add ``size`` nodes to every open collection (each holds what is nested in it)."""
    for entry in open_:
        entry[1] += size

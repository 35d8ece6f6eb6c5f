"""Which outlet a source note cites: the page's own evidence (source line, lead credit, address), never a mirror."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

from briefgen.errors import ConfigError
from briefgen.readers.simplify import to_simplified
from briefgen.select.config import shipped, user_override


@dataclass(frozen=True)
class OutletRules:
    """Lead-credit patterns, the unnamed web self-credit, CMS path signatures and registered hosts."""

    credits: tuple[re.Pattern[str], ...]
    joined_source: re.Pattern[str]
    not_outlets: re.Pattern[str]
    self_web: re.Pattern[str]
    pinyin: re.Pattern[str]
    paths: tuple[tuple[re.Pattern[str], str], ...]
    hosts: dict[str, str]
    unknown_web: str


def parse_rules(data: dict[str, Any]) -> OutletRules:
    """Return the rules of an ``outlets.yaml`` mapping; a malformed one is a ConfigError."""
    try:
        return OutletRules(
            credits=tuple(re.compile(str(p)) for p in data["credits"]),
            joined_source=re.compile(str(data.get("joined_source", "(?!)"))),
            not_outlets=re.compile(str(data.get("not_outlets", "(?!)"))),
            self_web=re.compile(str(data["self_web"])),
            pinyin=re.compile(str(data["pinyin"])),
            paths=tuple((re.compile(str(e["pattern"])), str(e["outlet"])) for e in data.get("paths") or []),
            hosts={str(k).lower(): str(v) for k, v in (data.get("hosts") or {}).items()},
            unknown_web=str(data["unknown_web"]),
        )
    except (KeyError, TypeError, AttributeError, re.error) as exc:
        raise ConfigError(f"outlets.yaml：来源媒体规则无效（{exc}），请改正该文件") from exc


@lru_cache(maxsize=1)
def outlet_rules() -> OutletRules:
    """Return the shipped outlet rules, or the user's copy when the config folder has one."""
    return parse_rules(user_override("outlets.yaml") or shipped("outlets.yaml"))


def lead_credit(lead: str | None, rules: OutletRules) -> tuple[str | None, bool]:
    """Return the outlet a lead credit names (安康日报讯 → 安康日报) and whether it is an unnamed 本网讯."""
    if not lead:
        return None, False
    text = to_simplified(rules.pinyin.sub("", lead.strip()))
    for pattern in rules.credits:
        found = pattern.match(text)
        if found:
            return found.group(1), False
    return None, bool(rules.self_web.match(text))


def address_outlet(url: str | None, rules: OutletRules) -> str | None:
    """Return the outlet a page address shows: a CMS path signature first, then a registered host."""
    if not url:
        return None
    parts = urlsplit(url)
    for pattern, name in rules.paths:
        if pattern.match(parts.path):
            return name
    labels = (parts.hostname or "").lower().split(".")
    names = (rules.hosts.get(".".join(labels[i:])) for i in range(len(labels) - 1))
    return next((n for n in names if n), None)


def outlet(source: str | None, lead: str | None, url: str | None, rules: OutletRules | None = None) -> str | None:
    """Return the outlet to cite: the page's source (unless it names no outlet), a named credit, its address, else
    the unknown-web label."""
    rules = rules or outlet_rules()
    if source and not rules.not_outlets.search(source.strip()):  # 某某问答网, sp20241118: no outlet at all
        joined = rules.joined_source.match(source)
        return joined.group(1) if joined else source
    named, unnamed_web = lead_credit(lead, rules)
    if named:
        return named
    known = address_outlet(url, rules)
    if known:
        return known
    return rules.unknown_web if url or unnamed_web else None

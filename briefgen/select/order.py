"""Printing order inside a section: the event's rank (plenary before presidium before groups), then its day."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from briefgen.errors import ConfigError
from briefgen.select.config import shipped, user_override

_LAST_DAY = "9999-12-31"


@dataclass(frozen=True)
class OrderRules:
    """Word lists of the event ranks, most important first, and the rank of an item none names."""

    ranks: tuple[tuple[str, ...], ...]
    default: int


def parse_rules(data: dict[str, Any]) -> OrderRules:
    """Return the rules of an ``item_order.yaml`` mapping; a malformed one is a ConfigError."""
    try:
        ranks = tuple(tuple(str(w) for w in entry["words"]) for entry in data["ranks"])
        default = int(data.get("default", len(ranks)))
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"item_order.yaml：条目顺序规则无效（{exc}），请改正该文件") from exc
    return OrderRules(ranks, default)


@lru_cache(maxsize=1)
def order_rules() -> OrderRules:
    """Return the shipped ordering rules, or the user's copy when the config folder has one."""
    return parse_rules(user_override("item_order.yaml") or shipped("item_order.yaml"))


def event_rank(title: str, lead: str, rules: OrderRules) -> int:
    """Return the rank of the first word list the title names (else the lead's), else the default."""
    for text in (title, lead):
        for rank, words in enumerate(rules.ranks):
            if any(w in text for w in words):
                return rank
    return rules.default


def order_key(
    title: str, lead: str, day: str | None, score: float, rules: OrderRules | None = None
) -> tuple[int, str, float]:
    """Return the sort key of an item: its rank, its event day (undated last), its score (best first)."""
    rank = event_rank(title, lead, rules or order_rules())
    return rank, day or _LAST_DAY, -score

"""The figure vocabulary shipped in ``briefgen/data/figures.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

import yaml

from briefgen.resources import data_file


@dataclass(frozen=True)
class FigureWords:
    """Units, multipliers, relations and stop words for figure extraction."""

    multipliers: dict[str, float]
    units: dict[str, str]
    classifiers: frozenset[str]
    approx_before: tuple[str, ...]
    approx_after: tuple[str, ...]
    relations: tuple[str, ...]
    rank_scopes: tuple[str, ...]
    indicator_prefix_stop: tuple[str, ...]
    split_verbs: tuple[str, ...]
    object_stop: tuple[str, ...]
    not_before: tuple[str, ...]
    not_after: tuple[str, ...]
    object_leads: tuple[str, ...]
    compare_words: tuple[str, ...]
    compare_after: tuple[str, ...]


def _longest_first(words: list[Any]) -> tuple[str, ...]:
    """Return the words as strings, longest first (so alternations prefer them)."""
    return tuple(sorted((str(w) for w in words), key=len, reverse=True))


@cache
def figure_words() -> FigureWords:
    """Return the shipped figure vocabulary."""
    with data_file("figures.yaml").open(encoding="utf-8") as fh:
        raw: dict[str, Any] = yaml.safe_load(fh)
    return FigureWords(
        multipliers={str(k): float(v) for k, v in raw["multipliers"].items()},
        units={str(k): str(v) for k, v in raw["units"].items()},
        classifiers=frozenset(raw["classifiers"]),
        approx_before=_longest_first(raw["approx_before"]),
        approx_after=_longest_first(raw["approx_after"]),
        relations=_longest_first(raw["relations"]),
        rank_scopes=_longest_first(raw["rank_scopes"]),
        indicator_prefix_stop=_longest_first(raw["indicator_prefix_stop"]),
        split_verbs=_longest_first(raw["split_verbs"]),
        object_stop=_longest_first(raw["object_stop"]),
        not_before=_longest_first(raw["not_before"]),
        not_after=_longest_first(raw["not_after"]),
        object_leads=_longest_first(raw["object_leads"]),
        compare_words=_longest_first(raw["compare_words"]),
        compare_after=_longest_first(raw["compare_after"]),
    )

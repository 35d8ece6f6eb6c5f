"""The national administrative divisions shipped in ``briefgen/data/divisions.tsv``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from briefgen.resources import data_file
from briefgen.yamlio import load_yaml


@dataclass(frozen=True)
class Division:
    """One province, prefecture or county-level division."""

    code: str
    name: str
    level: str
    parent: str
    short: str


@cache
def divisions() -> dict[str, Division]:
    """Return every division by its six-digit code."""
    table: dict[str, Division] = {}
    with data_file("divisions.tsv").open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith(("#", "code\t")) or not line.strip():
                continue
            code, name, level, parent, short = line.rstrip("\n").split("\t")
            table[code] = Division(code, name, level, parent, short)
    return table


@cache
def never_forms() -> frozenset[str]:
    """Return the forms that are ordinary words and never read as places."""
    with data_file("places.yaml").open(encoding="utf-8") as fh:
        return frozenset(load_yaml(fh.read())["never"])


def prefecture_of(division: Division) -> Division | None:
    """Return the prefecture-level division containing ``division`` (itself if a prefecture)."""
    table = divisions()
    if division.level == "prefecture":
        return division
    if division.level == "county":
        parent = table.get(division.parent)
        return parent if parent and parent.level == "prefecture" else division
    return None


def province_of(division: Division) -> Division:
    """Return the province containing ``division`` (itself if a province)."""
    return divisions().get(division.code[:2] + "0000", division)


def city_name(division: Division) -> str | None:
    """Return the full prefecture name a division belongs to, for a province None."""
    prefecture = prefecture_of(division)
    return prefecture.name if prefecture else None

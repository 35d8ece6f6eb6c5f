"""Indicators that read as a clause, not a name (word lists in ``data/figtable.yaml``; no jieba here)."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from briefgen.ingest.annotate.divisions import divisions
from briefgen.ingest.annotate.figures.vocab import figure_words
from briefgen.resources import data_file
from briefgen.yamlio import load_yaml


@cache
def _rules() -> dict[str, Any]:
    """Return the table's word lists."""
    data: dict[str, Any] = load_yaml(data_file("figtable.yaml").read_text(encoding="utf-8"))
    return data


@cache
def _place_names() -> frozenset[str]:
    """Return the names of the divisions, full and short (广安市, 广安)."""
    return frozenset(n for d in divisions().values() for n in (d.name, d.short) if len(n) >= 2)


def _inner_clause(name: str) -> bool:
    """Return True when an adverb, a pointing word or a frame inside makes it a clause (项目都已经建设)."""
    rules = _rules()
    return any(w in name[1:] for w in rules["clause_words"]) or re.search(rules["clause_frames"], name) is not None


def _opens_with_relation(name: str) -> bool:
    """Return True when a relation, a conjunction or a way to a place opens it (超过欧盟…, 或转化成果, 到商城县)."""
    w, rules = figure_words(), _rules()
    relation = next((r for r in w.relations if len(r) >= 2 and name.startswith(r)), "")
    if relation and not name.startswith(w.split_verbs):
        return True
    way = next((m for m in rules["way_words"] if name.startswith(m)), "")
    return name.startswith(tuple(rules["open_starts"])) or bool(way) and name[len(way):] in _place_names()


def _bare_word(name: str) -> bool:
    """Return True for a lone act or a place (办结, 设立, 广安市): no statistic."""
    return name in _rules()["bare_acts"] or name in figure_words().split_verbs or name in _place_names()


def reads_as_clause(name: str) -> bool:
    """Return True when the indicator is a clause or a lone word a reader cannot place."""
    rules = _rules()
    if not name:
        return False
    return (name.endswith(tuple(rules["open_ends"])) or _inner_clause(name) or _bare_word(name)
            or _opens_with_relation(name) or re.search(rules["count_inside"], name) is not None
            or name.endswith(tuple(rules["figurative_nouns"])))

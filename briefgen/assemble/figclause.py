"""Indicators that read as a clause, not a name, told by jieba's word classes (lists in ``data/figtable.yaml``)."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from briefgen.ingest.annotate.figures.pos import Tagged, tagged
from briefgen.ingest.annotate.figures.vocab import figure_words
from briefgen.resources import data_file
from briefgen.yamlio import load_yaml


@cache
def _rules() -> dict[str, Any]:
    """Return the table's word lists."""
    data: dict[str, Any] = load_yaml(data_file("figtable.yaml").read_text(encoding="utf-8"))
    return data


def _cut_off(words: Tagged) -> bool:
    """Return True when the last word leaves the clause open (最低标准再, 符合率从, 平均每月)."""
    return words[-1][1][:1] in _rules()["open_end_classes"]


def _inner_clause(words: Tagged) -> bool:
    """Return True when an adverb, preposition or demonstrative inside makes it a clause (项目都已经建设)."""
    rules = _rules()
    inner = [w for w, flag in words[1:] if flag in ("d", "ad") and w in rules["clause_adverbs"]]
    prepositions = [w for w, flag in words if flag == "p" and w in rules["clause_prepositions"]]
    pointing = [w for w, flag in words if flag == "r" and w.startswith(tuple(rules["pointing_starts"]))]
    return bool(inner or prepositions or pointing)


def _opens_with_relation(words: Tagged) -> bool:
    """Return True when a relation or conjunction opens it (到商城县, 超过欧盟国家平均水平, 或转化成果)."""
    w = figure_words()
    word, flag = words[0]
    return flag == "c" or (word in w.relations and word not in w.split_verbs)


def _bare_word(words: Tagged) -> bool:
    """Return True for one word that is a verb or a name (办结, 设立, 广安市, 蓝天): no statistic."""
    return len(words) == 1 and words[0][1] in _rules()["bare_word_classes"]


def reads_as_clause(name: str) -> bool:
    """Return True when the indicator is a clause or a lone word a reader cannot place."""
    rules = _rules()
    if not name or re.search(rules["count_inside"], name) or name.endswith(tuple(rules["figurative_nouns"])):
        return bool(name)
    ends = tuple(rules["measure_ends"])  # 学生占比: jieba's 占/比 is no preposition
    core = next((name[: -len(e)] for e in ends if name.endswith(e) and len(name) > len(e)), name)
    words = tagged(core)
    return ((core == name and _cut_off(words)) or _inner_clause(words) or _bare_word(words)
            or _opens_with_relation(words))

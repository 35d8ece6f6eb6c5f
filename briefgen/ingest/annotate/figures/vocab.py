"""The figure vocabulary shipped in ``briefgen/data/figures.yaml``."""

from __future__ import annotations

import re
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
    rank_fields: tuple[str, ...]
    rank_first: tuple[str, ...]
    rank_nouns: tuple[str, ...]
    compound_heads: tuple[str, ...]
    except_opens: tuple[str, ...]
    except_closes: tuple[str, ...]
    rank_links: tuple[str, ...]
    indicator_prefix_stop: tuple[str, ...]
    state_words: tuple[str, ...]
    split_verbs: tuple[str, ...]
    light_verbs: frozenset[str]
    plan_words: tuple[str, ...]
    verb_objects: tuple[str, ...]
    demonstrative_heads: tuple[str, ...]
    demonstratives: tuple[str, ...]
    per_head: tuple[str, ...]
    argument_heads: tuple[str, ...]
    subject_adverbs: tuple[str, ...]
    growth_relations: tuple[str, ...]
    growth_head: str
    object_stop: tuple[str, ...]
    object_stop_after: tuple[str, ...]
    not_before: tuple[str, ...]
    not_after: tuple[str, ...]
    object_leads: tuple[str, ...]
    compare_words: tuple[str, ...]
    compare_after: tuple[str, ...]
    not_after_exempt: tuple[str, ...]
    threshold_approx: frozenset[str]
    threshold_units: frozenset[str]
    generic_heads: tuple[str, ...]
    share_words: tuple[str, ...]
    rate_units: frozenset[str]
    rank_not_after: tuple[str, ...]
    rank_frame_end: tuple[str, ...]
    period_words: tuple[str, ...]
    scope_words: tuple[str, ...]
    indicator_suffix_stop: tuple[str, ...]
    indicator_cut: tuple[str, ...]
    verb_compounds: tuple[str, ...]
    paired_words: dict[str, tuple[str, ...]]
    attribute_starts: tuple[str, ...]
    place_prepositions: tuple[str, ...]
    time_prepositions: tuple[str, ...]
    period_until: tuple[str, ...]
    clause_classes: tuple[str, ...]
    verb_classes: tuple[str, ...]
    run_verb_classes: frozenset[str]
    manner_verbs: frozenset[str]
    change_ends: frozenset[str]
    ascii_names: tuple[str, ...]
    measure_suffixes: tuple[str, ...]
    age_qualifier: str
    modifier_classes: frozenset[str]
    qualifier_classes: frozenset[str]
    duration_front: str
    noun_classes: tuple[str, ...]
    compare_frame: str
    list_appositive: str
    exclusion_frame: str
    origin_verbs: tuple[str, ...]
    capacity_words: tuple[str, ...]
    time_after: str
    breakdown_words: tuple[str, ...]
    manner_fronts: tuple[str, ...]
    describing_classes: frozenset[str]
    degree_adverbs: frozenset[str]
    adverb_classes: frozenset[str]
    adverb_openers: frozenset[str]
    counted_noun_max: int = 2
    word_min_freq: int = 10


@cache
def vocab_pattern(name: str) -> re.Pattern[str]:
    """Return the vocabulary's pattern ``name`` (age_qualifier, compare_frame, …) compiled once."""
    pattern: str = getattr(figure_words(), name)
    return re.compile(pattern)


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
        rank_fields=_longest_first(raw["rank_fields"]),
        rank_first=_longest_first(raw["rank_first"]),
        rank_nouns=_longest_first(raw["rank_nouns"]),
        compound_heads=_longest_first(raw["compound_heads"]),
        except_opens=_longest_first(raw["except_opens"]),
        except_closes=_longest_first(raw["except_closes"]),
        rank_links=_longest_first(raw["rank_links"]),
        indicator_prefix_stop=_longest_first(raw["indicator_prefix_stop"]),
        state_words=tuple(raw["state_words"]),
        split_verbs=_longest_first(raw["split_verbs"]),
        light_verbs=frozenset(raw["light_verbs"]),
        plan_words=_longest_first(raw["plan_words"]),
        verb_objects=_longest_first(raw["verb_objects"]),
        demonstrative_heads=_longest_first(raw["demonstrative_heads"]),
        demonstratives=_longest_first(raw["demonstratives"]),
        per_head=_longest_first(raw["per_head"]),
        argument_heads=_longest_first(raw["argument_heads"]),
        subject_adverbs=_longest_first(raw["subject_adverbs"]),
        growth_relations=_longest_first(raw["growth_relations"]),
        growth_head=str(raw["growth_head"]),
        object_stop=_longest_first(raw["object_stop"]),
        object_stop_after=_longest_first(raw["object_stop_after"]),
        not_before=_longest_first(raw["not_before"]),
        not_after=_longest_first(raw["not_after"]),
        object_leads=_longest_first(raw["object_leads"]),
        compare_words=_longest_first(raw["compare_words"]),
        compare_after=_longest_first(raw["compare_after"]),
        not_after_exempt=_longest_first(raw["not_after_exempt"]),
        threshold_approx=frozenset(raw["threshold_approx"]),
        threshold_units=frozenset(raw["threshold_units"]),
        generic_heads=_longest_first(raw["generic_heads"]),
        share_words=_longest_first(raw["share_words"]),
        rate_units=frozenset(raw["rate_units"]),
        rank_not_after=_longest_first(raw["rank_not_after"]),
        rank_frame_end=_longest_first(raw["rank_frame_end"]),
        period_words=_longest_first(raw["period_words"]),
        scope_words=_longest_first(raw["scope_words"]),
        indicator_suffix_stop=_longest_first(raw["indicator_suffix_stop"]),
        indicator_cut=_longest_first(raw["indicator_cut"]),
        verb_compounds=_longest_first(raw["verb_compounds"]),
        paired_words={str(k): tuple(map(str, v)) for k, v in raw["paired_words"].items()},
        attribute_starts=_longest_first(raw["attribute_starts"]),
        place_prepositions=_longest_first(raw["place_prepositions"]),
        time_prepositions=_longest_first(raw["time_prepositions"]),
        period_until=_longest_first(raw["period_until"]),
        clause_classes=tuple(map(str, raw["clause_classes"])),
        verb_classes=tuple(map(str, raw["verb_classes"])),
        run_verb_classes=frozenset(map(str, raw["run_verb_classes"])),
        manner_verbs=frozenset(map(str, raw["manner_verbs"])),
        change_ends=frozenset(map(str, raw["change_ends"])),
        ascii_names=_longest_first(raw["ascii_names"]),
        measure_suffixes=_longest_first(raw["measure_suffixes"]),
        age_qualifier=str(raw["age_qualifier"]),
        modifier_classes=frozenset(map(str, raw["modifier_classes"])),
        qualifier_classes=frozenset(map(str, raw["qualifier_classes"])),
        duration_front=str(raw["duration_front"]),
        noun_classes=tuple(map(str, raw["noun_classes"])),
        compare_frame=str(raw["compare_frame"]),
        list_appositive=str(raw["list_appositive"]),
        exclusion_frame=str(raw["exclusion_frame"]),
        origin_verbs=_longest_first(raw["origin_verbs"]),
        capacity_words=_longest_first(raw["capacity_words"]),
        time_after=str(raw["time_after"]),
        breakdown_words=_longest_first(raw["breakdown_words"]),
        manner_fronts=_longest_first(raw["manner_fronts"]),
        describing_classes=frozenset(map(str, raw["describing_classes"])),
        degree_adverbs=frozenset(map(str, raw["degree_adverbs"])),
        adverb_classes=frozenset(map(str, raw["adverb_classes"])),
        adverb_openers=frozenset(map(str, raw["adverb_openers"])),
        counted_noun_max=int(raw.get("counted_noun_max", 2)),
        word_min_freq=int(raw.get("word_min_freq", 10)),
    )

"""Administrative divisions named in a text, resolved to their prefecture and province."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from briefgen.ingest.annotate.divisions import (
    Division,
    city_name,
    divisions,
    never_forms,
    prefecture_of,
    province_of,
)
from briefgen.ingest.annotate.trie import WordFinder, word_finder
from briefgen.records import Place


@dataclass(frozen=True)
class _Candidate:
    """One division a printed form may stand for; weak forms need support from the text."""

    division: Division
    weak: bool


def _forms_of(division: Division) -> list[tuple[str, bool]]:
    """Return (form, weak) pairs under which ``division`` may be printed."""
    county = division.level == "county"
    forms = [(division.name, county and len(division.name) <= 2)]
    if division.short:
        forms.append((division.short, county))
    return [(form, weak) for form, weak in forms if form not in never_forms()]


@cache
def _index() -> tuple[dict[str, tuple[_Candidate, ...]], WordFinder]:
    """Return form → candidate divisions, and one finder for every form."""
    table: dict[str, list[_Candidate]] = defaultdict(list)
    for division in divisions().values():
        for form, weak in _forms_of(division):
            table[form].append(_Candidate(division, weak))
    frozen = {form: tuple(cands) for form, cands in table.items()}
    return frozen, word_finder(frozen)


def _region_keys(division: Division) -> set[str]:
    """Return the codes of the prefecture and province a division lies in."""
    prefecture = prefecture_of(division)
    keys = {province_of(division).code}
    if prefecture:
        keys.add(prefecture.code)
    return keys


def _outermost(cands: tuple[_Candidate, ...]) -> Division | None:
    """Return the candidate containing all others (a municipality's prefecture row wins), or None."""
    for cand in sorted(cands, key=lambda c: len(c.division.code.rstrip("0"))):
        others = [c.division for c in cands if c is not cand]
        if all(cand.division.code in _region_keys(o) for o in others):
            same_name = [o for o in others if o.name == cand.division.name]
            return same_name[0] if same_name else cand.division
    return None


def _anchors(found: list[tuple[_Candidate, ...]]) -> set[str]:
    """Return region codes attested by unambiguous strong forms or by two weak forms of one region."""
    anchors: set[str] = set()
    weak_regions: dict[str, set[str]] = defaultdict(set)
    for cands in found:
        if len(cands) != 1:
            outer = _outermost(cands)
            if outer and not any(c.weak for c in cands):
                anchors |= _region_keys(outer) | {outer.code}
            continue
        cand = cands[0]
        if cand.weak:
            for key in _region_keys(cand.division) - {province_of(cand.division).code}:
                weak_regions[key].add(cand.division.code)
        else:
            anchors |= _region_keys(cand.division) | {cand.division.code}
    anchors |= {key for key, codes in weak_regions.items() if len(codes) >= 2}
    return anchors


def _provinces(cand: _Candidate) -> set[str]:
    """Return the candidate's province code when it is weak (a province alone does not support it)."""
    return {province_of(cand.division).code} if cand.weak else set()


def _resolve(cands: tuple[_Candidate, ...], anchors: set[str]) -> Division | None:
    """Return the division a printed form stands for here, or None if unsupported or ambiguous."""
    if len(cands) == 1:
        cand = cands[0]
        supported = bool(_region_keys(cand.division) & anchors - _provinces(cand))
        return cand.division if not cand.weak or supported else None
    fitting = [c for c in cands if _region_keys(c.division) & anchors - _provinces(c)]
    if len(fitting) == 1:
        return fitting[0].division
    return _outermost(cands)


def _place(division: Division) -> Place:
    """Return the Place record for a division."""
    province = province_of(division)
    return Place(division.name, division.level, division.code, city_name(division), province.name)


@cache
def _home_keys(home: str | None) -> set[str]:
    """Return the code of the city the text was gathered for, which supports its counties' short names."""
    full = normalize_city(home) if home else None
    return {d.code for d in divisions().values() if d.name == full and prefecture_of(d) is d}


def find_places(text: str, home: str | None = None) -> list[Place]:
    """Return the divisions named in ``text``, each once, in order of first mention; ``home`` is the city
    the text belongs to or was gathered for (紫阳 alone then reads as 安康's 紫阳县)."""
    table, finder = _index()
    found = [table[m.group()] for m in finder.finditer(text)]
    anchors = _anchors(found) | _home_keys(home)
    places: dict[str, Place] = {}
    for cands in found:
        division = _resolve(cands, anchors)
        if division and division.code not in places:
            places[division.code] = _place(division)
    return list(places.values())


def normalize_city(name: str) -> str | None:
    """Return the full prefecture-level name for a --city value ("安康" → "安康市"), or None."""
    wanted = name.strip()
    if not wanted:
        return None
    for division in divisions().values():
        city_level = division.level == "prefecture" or (
            division.level == "county" and prefecture_of(division) is division
        )
        if city_level and wanted in (division.name, division.short):
            return division.name
    return None

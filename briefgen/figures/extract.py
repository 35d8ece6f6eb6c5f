"""Key figures in one sentence: value + unit + indicator + relation, with period and approximation."""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefgen.figures.indicator import (
    CLAUSE_END,
    clean_indicator,
    leads_to_object,
    object_after,
    split_list,
    strip_relation,
)
from briefgen.figures.numbers import ARABIC, CHINESE, halfwidth
from briefgen.figures.units import Quantity, find_quantities
from briefgen.figures.vocab import figure_words
from briefgen.ingest.dates import date_spans
from briefgen.ingest.types import Figure

RESPECTIVELY = "分别"
# Every amount and rank holds a number; a sentence without one has no figures to read.
NUMBER = re.compile(f"{ARABIC}|{CHINESE}")


@dataclass
class _Placed:
    """A quantity with the clause it sits in and what was read around it."""

    q: Quantity
    clause_start: int
    indicator: str = ""
    relation: str | None = None
    object_end: int = -1


def _clause_start(text: str, pos: int) -> int:
    """Return where the clause containing ``pos`` begins."""
    starts = [m.end() for m in CLAUSE_END.finditer(text, 0, pos)]
    return starts[-1] if starts else 0


def _mask_dates(text: str, spans: list[tuple[int, int, str]]) -> str:
    """Return the text with date expressions blanked out (same length)."""
    chars = list(text)
    for start, end, _ in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _respectively(text: str, group: list[_Placed]) -> bool:
    """Give each value of a 分别 clause its own indicator; return True when it applied."""
    first = group[0]
    head = text[first.clause_start:first.q.start]
    pos = head.find(RESPECTIVELY)
    if pos < 0:
        return False
    names, _ = clean_indicator(head[:pos])
    items = split_list(names)
    if len(items) != len(group):
        return False
    _, relation = strip_relation(head[pos + len(RESPECTIVELY):])
    for placed, name in zip(group, items, strict=True):
        placed.indicator, placed.relation = name, relation
    return True


def _read_context(text: str, placed: _Placed, left_from: int, previous: _Placed | None) -> None:
    """Set the indicator and relation of one value from the words around it."""
    q = placed.q
    context = text[left_from:q.start]
    indicator, relation = clean_indicator(context)
    placed.relation = relation
    classifier = q.unit in figure_words().classifiers or q.unit in ("人", "户", "")
    following = text[q.end:]
    if (classifier and len(indicator) <= 1) or leads_to_object(context, following, classifier):
        obj = object_after(text[q.end:])
        if obj:
            placed.indicator, placed.object_end = obj, q.end + text[q.end:].find(obj) + len(obj)
            return
    if len(indicator) < 2 and previous is not None:
        indicator = previous.indicator
    placed.indicator = indicator


def _assign(text: str, placed: list[_Placed]) -> None:
    """Read indicators clause by clause, handling 分别 lists first."""
    done: set[int] = set()
    by_clause: dict[int, list[_Placed]] = {}
    for p in placed:
        by_clause.setdefault(p.clause_start, []).append(p)
    for group in by_clause.values():
        if len(group) > 1 and _respectively(text, group):
            done.update(id(p) for p in group)
    previous: _Placed | None = None
    for p in placed:
        if id(p) not in done:
            left = p.clause_start
            if previous and previous.clause_start == p.clause_start:
                left = max(previous.q.end, previous.object_end)
            _read_context(text, p, left, previous)
        previous = p


def _period(spans: list[tuple[int, int, str]], q: Quantity, clause_start: int) -> str | None:
    """Return the date expression governing a value: the last one before it in the sentence."""
    before = [s for s in spans if s[1] <= q.start]
    in_clause = [s for s in before if s[0] >= clause_start]
    chosen = in_clause or before
    return chosen[-1][2].strip() if chosen else None


def extract_figures(sentence: str, paragraph: int = 0) -> list[Figure]:
    """Return the key figures of one sentence, in text order."""
    text = halfwidth(sentence)
    if not NUMBER.search(text):
        return []
    spans = date_spans(text)
    masked = _mask_dates(text, spans)
    quantities = find_quantities(masked, [(s, e) for s, e, _ in spans])
    placed = [_Placed(q, _clause_start(masked, q.start)) for q in quantities]
    _assign(masked, placed)
    return [
        Figure(
            text=sentence[p.q.start:p.q.end].strip(),
            value=p.q.value,
            unit=p.q.unit,
            indicator=p.indicator,
            relation="排名" if p.q.rank else p.relation,
            period=_period(spans, p.q, p.clause_start),
            sentence=sentence,
            paragraph=paragraph,
            approx=p.q.approx,
        )
        for p in placed
    ]

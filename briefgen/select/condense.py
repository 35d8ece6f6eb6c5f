"""Condensation: the item an editor would write, extracted from the article in source order.

The lead loses its dateline, byline, 据……消息 and opening 为…… clauses, and a bare day gets its
month (13日 → 2月13日); a fuller repeat of it just after (more figures) takes its place. Then, in this
order of priority until the item is full: sentences that introduce a list, the opening sentence of
every enumerated point (its key clause when long), sentences with figures, the first sentence after
each point's opening, other sentences that carry a fact (date, place, body) by score, sentences with
no fact (only while the item is below its minimum), and purpose sentences (旨在……) last. Legal
basis, 为……制定本办法, slogans, credits and heavy boilerplate are never kept, nor a repeat of what is
kept. A sentence that points back (报告指出, a speaker's bare 要……) comes with the sentence it points to
or not at all. An article shorter than an item is printed whole, less those. Words are the source's: whole
sentences, a point's first clause, or the leading clauses of the last sentence that fits only in part.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from briefgen.select.candidates import Candidate
from briefgen.select.condense_rules import (
    CondenseRules,
    clause_prefix,
    closed_brackets,
    full_dates,
    key_clause,
    point_number,
    strip_lead,
    without_asides,
    without_attendance,
    without_purpose,
)
from briefgen.select.mmr import max_similarity
from briefgen.select.references import missing
from briefgen.sentences import ends_sentence


def cleaned_lead(rules: CondenseRules, lead: Candidate, iso: str | None) -> Candidate:
    """Return the lead with its dateline, byline and closing list of who attended removed and a bare day given its
    month."""
    text = without_attendance(rules, without_purpose(rules, strip_lead(rules, lead.text)))
    words = frozenset(w for w in lead.words if w in text)
    return replace(lead, text=full_dates(text, iso), words=words)


def fuller_lead(
    lead: Candidate, candidates: Sequence[Candidate], duplicate: float, window: int = 1
) -> Candidate:
    """Return a sentence among the ``window`` after the lead that repeats it with more figures."""
    after = [c for c in candidates if lead.order < c.order <= lead.order + window]
    for c in after:
        if len(c.figures) > len(lead.figures) and max_similarity(lead, [c]) >= duplicate:
            return c
    return lead


def _kept(rules: CondenseRules, c: Candidate, slogan_limit: float) -> bool:
    """Return whether the sentence may go into an item at all."""
    if rules.is_dropped(c.text) or _unfinished_part(rules, c.text):
        return False
    return c.scores.get("boilerplate", 0.0) > -slogan_limit or bool(c.figures)


LIST_PART_ENDS = ("；", ";")


def _unfinished_part(rules: CondenseRules, text: str) -> bool:
    """Return whether a part set apart by ； stops where a sentence cannot (市长某某，…主席某某； before who they met)."""
    return text.endswith(LIST_PART_ENDS) and any(p.search(text[:-1]) for p in rules.unfinished_cuts)


def _dropped_list_parts(rules: CondenseRules, candidates: Sequence[Candidate]) -> set[int]:
    """Return the orders of the parts of a list set apart by ； whose head is dropped (分别为投资5.6亿元的…项目； /
    投资5亿元的…项目； / …) or unfinished (one city's leaders； / the other's 出席会议): without the head, a part
    reads as if it were all."""
    chained: set[int] = set()
    ordered = sorted(candidates, key=lambda c: c.order)
    for before, c in zip(ordered, ordered[1:], strict=False):
        head = rules.is_dropped(before.text) or _unfinished_part(rules, before.text) or before.order in chained
        if head and before.paragraph == c.paragraph and before.text.rstrip().endswith(LIST_PART_ENDS):
            chained.add(c.order)
    return chained


def _cut_short(text: str) -> bool:
    """Return True for a sentence a copy cut short (the article's last, with no closing mark): never printed."""
    return not ends_sentence(text)


def _repeats(c: Candidate, picked: Sequence[Candidate], duplicate: float) -> bool:
    """Return whether the sentence says again what is kept: same words and no figure of its own."""
    if max_similarity(c, picked) < duplicate:
        return False
    kept = "".join(p.text for p in picked)
    return all(str(f["text"]) in kept for f in c.figures)


def _point_bodies(rules: CondenseRules, pool: Sequence[Candidate]) -> list[Candidate]:
    """Return the sentences that follow a point's opening sentence in its paragraph."""
    heads = {c.paragraph for c in pool if rules.is_point(c.text) and c.sent_rank == 0}
    return [c for c in pool if c.paragraph in heads and c.sent_rank == 1]


def tiers(rules: CondenseRules, pool: Sequence[Candidate]) -> list[tuple[Candidate, bool]]:
    """Return the sentences after the lead in the order an editor would keep them.

    Each comes with whether it is filler: a sentence with no fact in it, kept only while the item
    is shorter than its minimum.
    """
    purpose = [c for c in pool if rules.is_purpose(c.text)]
    plain = [c for c in pool if c not in purpose]
    intros = [c for c in plain if rules.is_intro(c.text)]
    heads = [c for c in plain if rules.is_point(c.text)]
    bodies = _point_bodies(rules, plain)
    figures = [c for c in plain if c.figures]
    rest = sorted((c for c in plain if c.total > 0), key=lambda c: (-c.total, c.order))
    filler = {id(c) for c in rest if c.scores.get("concrete", 0.0) <= 0}
    seen: set[int] = set()
    out: list[tuple[Candidate, bool]] = []
    facts = [c for c in rest if id(c) not in filler]
    for c in [*intros, *heads, *figures, *bodies, *facts, *rest, *purpose]:
        if id(c) not in seen:
            seen.add(id(c))
            out.append((c, id(c) in filler))
    return out


def condense(
    rules: CondenseRules,
    lead: Candidate,
    candidates: Sequence[Candidate],
    limits: tuple[int, int],
    thresholds: tuple[float, float],
) -> list[Candidate]:
    """Return the lead and the kept sentences within ``limits`` (min, max chars), in source order.

    ``thresholds`` are the 套话 score that rules a sentence out and the token overlap that makes
    a sentence a repeat of one already kept.
    """
    slogan_limit, duplicate = thresholds
    least, most = limits
    last = max((c.order for c in candidates), default=lead.order)
    if lead.order >= last and _cut_short(lead.text):  # the copy stops inside its only sentence
        whole = clause_prefix(lead.text, len(lead.text))
        lead = replace(lead, text=whole) if len(whole) >= 8 else lead
    chained = _dropped_list_parts(rules, candidates)
    pool = [c for c in candidates if c.order > lead.order and _kept(rules, c, slogan_limit)
            and c.order not in chained and not (c.order == last and _cut_short(c.text))]
    if len(lead.text) + sum(len(c.text) for c in pool) <= most:
        least = most  # a short article is printed whole, less what an editor always drops
    picked = [lead]
    used = len(lead.text)
    points_full = False  # a point did not fit: later points of the list would skip it, so none follows
    numbers: dict[str, int] = {}  # each marker style's last point kept (二要 after 一要, never 四要 after 一要)
    for c, filler in tiers(rules, pool):
        if (filler and used >= least) or _repeats(c, picked, duplicate):
            continue
        point = rules.is_point(c.text)
        needed = missing(rules, c, picked, (candidates, pool))
        if needed is None or point and (points_full or _skips_a_number(c.text, numbers)):
            continue
        text = closed_brackets(rules, key_clause(rules, c.text) if point else c.text)
        if not text:
            continue
        if used + len(text) + sum(len(n.text) for n in needed) > most:
            if not needed and used < least and len(part := clause_prefix(text, most - used, rules.unfinished_cuts)) >= 8:
                picked.append(replace(c, text=part))
                break
            points_full = points_full or point
            continue
        picked.extend([*needed, c if text == c.text else replace(c, text=text)])
        numbers.update([marker] if point and (marker := point_number(c.text)) else [])
        used += len(text) + sum(len(n.text) for n in needed)
        if used >= most:
            break
    kept = _with_lists(sorted(picked, key=lambda c: c.order))
    return [replace(c, text=without_asides(rules, c.text)) for c in kept]


def _skips_a_number(text: str, numbers: dict[str, int]) -> bool:
    """Return whether the point's number does not follow the last kept point of its style (四要 after 一要)."""
    marker = point_number(text)
    return marker is not None and marker[1] != numbers.get(marker[0], 0) + 1


def _with_lists(picked: list[Candidate]) -> list[Candidate]:
    """Return the picked sentences less a sentence that announces a list (…简述如下：) printed without it."""
    orders = {c.order for c in picked}
    return [c for i, c in enumerate(picked)
            if i == 0 or not (c.text.rstrip().endswith(("：", ":")) and c.order + 1 not in orders)]

"""Maximal marginal relevance over token sets: relevant sentences that say something new."""

from __future__ import annotations

from collections.abc import Sequence

from briefgen.select.candidates import Candidate
from briefgen.select.text import similarity


def max_similarity(candidate: Candidate, picked: Sequence[Candidate]) -> float:
    """Return the candidate's highest token-set similarity to anything already picked."""
    return max((similarity(candidate.words, p.words) for p in picked), default=0.0)


def usable_lead(candidate: Candidate, slogan_limit: float, opener_chars: int) -> bool:
    """Return whether a sentence can open the item: not mostly 套话, not a short empty opener."""
    if candidate.scores.get("boilerplate", 0.0) <= -slogan_limit:
        return False
    return len(candidate.text) > opener_chars or candidate.scores.get("concrete", 0.0) > 0


def lead_pick(
    candidates: Sequence[Candidate], window: int, slogan_limit: float, opener_chars: int
) -> Candidate:
    """Return the first usable lead among the first ``window`` sentences, else the best of them."""
    head = list(candidates[: max(1, window)])
    for c in head:
        if usable_lead(c, slogan_limit, opener_chars):
            return c
    return max(head, key=lambda c: (c.total, -c.order))


def refers_back(text: str, openings: Sequence[str]) -> bool:
    """Return True for a sentence that opens by referring to the one before it (会上，…, 此外，…)."""
    return any(text.startswith(w) and text[len(w):len(w) + 1] in ("，", ",") for w in openings)


def fill(
    lead: Candidate,
    pool: Sequence[Candidate],
    settings: dict[str, dict[str, float]],
) -> list[Candidate]:
    """Return the lead plus MMR picks after it, within the item length, in source order."""
    item, mmr = settings["item"], settings["mmr"]
    lam, duplicate = float(mmr["lambda"]), float(mmr["duplicate"])
    picked = [lead]
    chars = len(lead.text)
    left = [c for c in pool if c.order > lead.order]
    while left:
        scored = []
        for c in left:
            overlap = max_similarity(c, picked)
            if overlap < duplicate and c.total > 0 and chars + len(c.text) <= item["max_chars"]:
                scored.append((lam * c.total - (1 - lam) * overlap, c))
        if not scored:
            break
        _value, best = max(scored, key=lambda vc: (vc[0], -vc[1].order))
        if chars >= item["min_chars"] and best.total < float(mmr["fill_min"]):
            break
        picked.append(best)
        chars += len(best.text)
        left = [c for c in left if c is not best]
    return sorted(picked, key=lambda c: c.order)

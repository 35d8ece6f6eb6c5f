"""Sentences that point back (报告指出, 会议强调, a bare 要…… of a speaker): kept only with what they point to."""

from __future__ import annotations

from collections.abc import Sequence

from briefgen.select.candidates import Candidate
from briefgen.select.condense_rules import CondenseRules


def antecedent(rules: CondenseRules, sentence: Candidate, candidates: Sequence[Candidate]) -> Candidate | None:
    """Return the nearest earlier sentence ``sentence`` refers back to, or None when it refers to none.

    The ``references`` of condense.yaml pair an opener (报告指出) with what it needs before it
    (……作政府工作报告); the first pair whose opener matches decides.
    """
    for opener, wanted in rules.references:
        if opener.search(sentence.text):
            earlier = [c for c in candidates if c.order < sentence.order and wanted.search(c.text)]
            return max(earlier, key=lambda c: c.order) if earlier else None
    return None


def missing(
    rules: CondenseRules,
    sentence: Candidate,
    picked: Sequence[Candidate],
    sentences: tuple[Sequence[Candidate], Sequence[Candidate]],
) -> list[Candidate] | None:
    """Return what must be added with ``sentence`` ([] when nothing), or None when its referent may not be
    printed; ``sentences`` are the article's sentences and those an item may carry."""
    every, keepable = sentences
    before = antecedent(rules, sentence, every)
    if before is None or any(p.order == before.order for p in picked):
        return []
    return [before] if any(c is before for c in keepable) else None

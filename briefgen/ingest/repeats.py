"""Repeated and near-repeated paragraphs within an article, found through an index of 3-grams."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field, replace

from briefgen.ingest.para import Para, with_text
from briefgen.ingest.vocab import ends_sentence

CONTAINMENT = 0.8
SUBHEAD_MAX = 30
# Below this many kept paragraphs, intersecting 3-gram sets directly is cheaper than an index.
INDEX_FROM = 48
_OVERLAP_TAIL = re.compile(r"^[^。！？；]{2,40}[。！？；]")


def grams(text: str) -> set[str]:
    """Return the character 3-grams of ``text`` (whitespace ignored)."""
    compact = "".join(text.split())
    return {compact[i : i + 3] for i in range(len(compact) - 2)}


def containment(inner: set[str], outer: set[str]) -> float:
    """Return the share of ``inner``'s 3-grams found in ``outer``."""
    return len(inner & outer) / len(inner) if inner else 0.0


def trim_overlap(prev: str, text: str) -> str:
    """Return ``text`` without a leading sentence tail that repeats the end of ``prev``."""
    match = _OVERLAP_TAIL.match(text)
    if match and len(text) > match.end() and prev.endswith(match.group(0)):
        return text[match.end():]
    return text


def _subheading(text: str) -> bool:
    """Return True for a short unterminated line, which counts as a repeat only when exact."""
    return len(text) <= SUBHEAD_MAX and not ends_sentence(text)


@dataclass
class _Kept:
    """The paragraphs kept so far and their 3-grams; past ``INDEX_FROM`` also which hold each 3-gram."""

    paras: list[Para] = field(default_factory=list)
    grams: list[set[str]] = field(default_factory=list)
    holders: dict[str, set[int]] | None = None

    def shared(self, mine: set[str]) -> dict[int, int]:
        """Return kept index → number of 3-grams it shares with ``mine`` (only those sharing any)."""
        if self.holders is None and len(self.paras) < INDEX_FROM:
            return {k: n for k, theirs in enumerate(self.grams) if (n := len(mine & theirs))}
        if self.holders is None:
            self.holders = defaultdict(set)
            for k, theirs in enumerate(self.grams):
                self._hold(k, theirs)
        counts: dict[int, int] = defaultdict(int)
        holders = self.holders
        for gram in mine:
            for k in holders.get(gram, ()):
                counts[k] += 1
        return counts

    def put(self, k: int, para: Para, mine: set[str]) -> None:
        """Store ``para`` at index ``k`` (appending when ``k`` is the next index)."""
        if k == len(self.paras):
            self.paras.append(para)
            self.grams.append(mine)
        else:
            if self.holders is not None:
                for gram in self.grams[k]:
                    self.holders[gram].discard(k)
            self.paras[k], self.grams[k] = para, mine
        if self.holders is not None:
            self._hold(k, mine)

    def _hold(self, k: int, mine: set[str]) -> None:
        assert self.holders is not None
        for gram in mine:
            self.holders[gram].add(k)


def _is_repeat(text: str, mine: set[str], kept: _Kept, shared: dict[int, int]) -> bool:
    """Return True for a near copy; a short unterminated line (a subheading) only as an exact copy."""
    if not mine or _subheading(text):
        return any(text == k.text for k in kept.paras)
    return any(n / len(mine) >= CONTAINMENT for n in shared.values())


def _wider(mine: set[str], kept: _Kept, shared: dict[int, int]) -> int | None:
    """Return the first kept paragraph that ``mine`` contains and outgrows, if it may be replaced."""
    for k in sorted(shared):
        theirs = kept.grams[k]
        if (len(mine) > len(theirs) and shared[k] / len(theirs) >= CONTAINMENT
                and _droppable(kept.paras[k].text)):
            return k
    return None


def _droppable(text: str) -> bool:
    return len(text) > SUBHEAD_MAX or ends_sentence(text)


def drop_repeats(paras: list[Para], memo: dict[str, set[str]] | None = None) -> tuple[list[Para], int]:
    """Return paragraphs without copies, half copies and page-break tails, and how many went.

    A paragraph is a copy when ≥ 80 % of its 3-grams occur in one kept paragraph; a later, wider
    paragraph containing ≥ 80 % of a kept one's 3-grams takes its place. ``memo`` (text → 3-grams)
    may be shared by calls on the same article. Long articles use an index of 3-grams, so each
    paragraph costs about its own length rather than the article's.
    """
    memo = {} if memo is None else memo
    kept = _Kept()
    dropped = 0
    for para in paras:
        if kept.paras:
            para = with_text(para, trim_overlap(kept.paras[-1].text, para.text))
        mine = memo.get(para.text)
        if mine is None:
            mine = memo[para.text] = grams(para.text)
        shared = kept.shared(mine)
        if _is_repeat(para.text, mine, kept, shared):
            dropped += 1
            continue
        wider = _wider(mine, kept, shared)
        if wider is not None:
            kept.put(wider, replace(kept.paras[wider], text=para.text, original=para.original), mine)
            dropped += 1
            continue
        kept.put(len(kept.paras), para, mine)
    return kept.paras, dropped

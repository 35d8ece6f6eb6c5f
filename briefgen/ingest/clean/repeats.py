"""Repeated and near-repeated paragraphs within an article, found through an index of rare 3-grams."""

from __future__ import annotations

import math
import re
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field, replace
from itertools import repeat
from typing import Any

from briefgen.ingest.clean.para import Para, with_text
from briefgen.ingest.split.vocab import ends_sentence

CONTAINMENT = 0.8
SUBHEAD_MAX = 30
# A 3-gram held by this many kept paragraphs is too common to find copies by; later ones are not
# listed under it (each paragraph is still found through its rarer 3-grams, or as an exact copy).
POSTINGS_MAX = 16
SCAN_MAX = 64  # up to this many kept paragraphs, scanning them all is cheaper than keeping the indexes
# A "paragraph" longer than this (a whole file on one line) is matched as an exact copy only: its
# 3-grams would cost about 100 bytes per character and say nothing useful about repeats.
GRAMS_MAX_CHARS = 20_000
SETS_MAX_CHARS = 50_000  # an article this short (and never indexed) keeps its 3-grams as sets only
_HASH_MASK = (1 << 60) - 1  # a 3-gram's hash, small enough for a 32-byte int
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


def _droppable(text: str) -> bool:
    return len(text) > SUBHEAD_MAX or ends_sentence(text)


def _probe_size(size: int) -> int:
    """Return how many of a paragraph's rarest 3-grams any ≥ 80 % containment must touch (pigeonhole)."""
    need = max(1, math.ceil(CONTAINMENT * size))
    while need > 1 and (need - 1) / size >= CONTAINMENT:  # the same test as the comparison, exactly
        need -= 1
    while need < size and need / size < CONTAINMENT:
        need += 1
    return size - need + 1


@dataclass
class _Kept:
    """The kept paragraphs, their 3-grams and two indexes: every 3-gram, and the rarest of each
    replaceable paragraph (prefix filtering: a ≥ 80 % overlap must meet a set's rarest ~20 %)."""

    counts: Callable[[], Counter[int]]  # how many of the article's paragraphs hold each 3-gram
    paras: list[Para] = field(default_factory=list)
    grams: list[Collection[int]] = field(default_factory=list)  # sets while few, then arrays
    texts: Counter[str] = field(default_factory=Counter)
    every: defaultdict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    rarest: defaultdict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    compared: int = 0  # candidate paragraphs intersected so far: the work, counted for the tests
    indexed: bool = False  # the 3-gram indexes are kept once there are more than SCAN_MAX paragraphs
    plain: bool = True  # only whole copies dropped: nothing trimmed or replaced, never indexed

    shared_for: set[int] | None = None  # the 3-grams ``shared`` last counted against, and the counts
    shared_counts: dict[int, int] = field(default_factory=dict)
    probed: tuple[str, list[int]] | None = None  # the last text probed: tested, then indexed

    def _candidates(self, index: defaultdict[int, list[int]], keys: Iterable[int]) -> set[int]:
        """Return the kept paragraphs listed under ``keys``."""
        return set().union(*(index.get(g, ()) for g in keys))

    def shared(self, mine: set[int]) -> dict[int, int]:
        """Return kept index → 3-grams shared with ``mine``, for every kept paragraph sharing any.

        Used while few are kept (no index): each is intersected once per new paragraph, the count
        serving both tests.
        """
        if self.shared_for is not mine:
            self.compared += len(self.grams)
            self.shared_for = mine
            self.shared_counts = {k: n for k, theirs in enumerate(self.grams)
                                  if (n := len(mine.intersection(theirs)))}
        return self.shared_counts

    def probe(self, text: str, mine: Collection[int]) -> list[int]:
        """Return the rarest 3-grams of ``mine`` (those of ``text``) that any near copy must share."""
        if self.probed is None or self.probed[0] != text:
            counts = self.counts()
            ranked = sorted(zip(map(counts.get, mine, repeat(0)), mine, strict=True))  # by (count, 3-gram)
            self.probed = (text, [gram for _, gram in ranked[: _probe_size(len(mine))]])
        return self.probed[1]

    def is_repeat(self, text: str, mine: set[int]) -> bool:
        """Return True for a near copy; a short unterminated line (a subheading) only as an exact copy."""
        if self.texts[text] or not mine or _subheading(text):
            return bool(self.texts[text])
        least = CONTAINMENT * len(mine)  # a kept paragraph with fewer 3-grams cannot hold 80 % of mine
        if not self.indexed:
            return any(n >= least for n in self.shared(mine).values())
        found = self._candidates(self.every, self.probe(text, mine))
        self.compared += len(found)
        return any(len(self.grams[k]) >= least and len(mine.intersection(self.grams[k])) >= least
                   for k in found)

    def wider(self, mine: set[int]) -> int | None:
        """Return the first kept paragraph that ``mine`` contains and outgrows, if it may be replaced."""
        if not self.indexed:
            return next((k for k, n in self.shared(mine).items() if self._outgrown(k, mine, n)), None)
        found = self._candidates(self.rarest, mine)
        self.compared += len(found)
        return next((k for k in sorted(found) if self._outgrown(k, mine)), None)

    def _outgrown(self, k: int, mine: set[int], shared: int | None = None) -> bool:
        """Return True when ``mine`` outgrows kept paragraph ``k`` and holds 80 % of its 3-grams."""
        theirs = self.grams[k]
        return bool(theirs) and len(mine) > len(theirs) and _droppable(self.paras[k].text) and (
            len(mine.intersection(theirs)) if shared is None else shared) >= CONTAINMENT * len(theirs)

    def put(self, k: int, para: Para, stored: array[int] | set[int], mine: set[int]) -> None:
        """Store ``para`` at index ``k`` (appending when ``k`` is the next index).

        While few paragraphs are kept their 3-grams are kept as sets (set ∩ set walks the smaller
        one); once indexed, as the compact arrays (a set costs 6 times the memory).
        """
        held = mine if not self.indexed else stored if isinstance(stored, array) else array("q", stored)
        if k == len(self.paras):
            self.paras.append(para)
            self.grams.append(held)
        else:
            self._index(k, self.paras[k].text, self.grams[k], add=False)
            self.paras[k], self.grams[k] = para, held
        if not self.indexed and len(self.paras) > SCAN_MAX:
            self.indexed = True
            self.grams = [array("q", g) for g in self.grams]
            for j in range(len(self.paras) - 1):
                self._index(j, self.paras[j].text, self.grams[j], add=True, count=False)
        self._index(k, para.text, self.grams[k], add=True)

    def _index(self, k: int, text: str, mine: Collection[int], add: bool, count: bool = True) -> None:
        """Add or remove paragraph ``k`` in the indexes (a 3-gram held by POSTINGS_MAX is too common)."""
        if count:
            self.texts[text] += 1 if add else -1
        if not self.indexed:
            return
        rare = self.probe(text, mine) if mine and _droppable(text) else []
        for index, keys in ((self.every, mine), (self.rarest, rare)):
            if add:
                for gram in keys:
                    holders = index[gram]
                    if len(holders) < POSTINGS_MAX and k not in holders:
                        holders.append(k)
            else:
                for gram in keys:
                    holders = index[gram]
                    if k in holders:
                        holders.remove(k)


def drop_repeats(paras: list[Para], memo: dict[str, Any] | None = None) -> tuple[list[Para], int]:
    """Return paragraphs without copies, half copies and page-break tails, and how many went.

    A paragraph is a copy when ≥ 80 % of its 3-grams occur in one kept paragraph; a later, wider
    paragraph containing ≥ 80 % of a kept one's 3-grams takes its place. ``memo`` (text → 3-grams)
    may be shared by calls on the same article (it holds them hashed to integers, at a third of
    the memory of strings). Only kept paragraphs holding one of the rarest
    3-grams are compared, so each paragraph costs about its own length, not the article's.
    """
    kept, dropped = drop_counted(paras, memo)
    return kept.paras, dropped


def drop_counted(paras: list[Para], memo: dict[str, Any] | None = None) -> tuple[_Kept, int]:
    """Return the kept paragraphs (with the work counted) and how many were dropped."""
    memo = {} if memo is None else memo
    seen: list[Counter[int]] = []  # 3-gram counts, needed only once the indexes are kept

    def counts() -> Counter[int]:
        if not seen:
            seen.append(Counter())
            for para in paras:
                seen[0].update(_grams_of(para.text, memo))
        return seen[0]

    kept = _Kept(counts=counts)
    dropped = 0
    short = len(paras) <= SCAN_MAX and sum(len(p.text) for p in paras) <= SETS_MAX_CHARS  # never indexed
    for para in paras:
        if kept.paras:
            text = trim_overlap(kept.paras[-1].text, para.text)
            kept.plain = kept.plain and text == para.text
            para = with_text(para, text)
        stored = _grams_of(para.text, memo, short)
        mine = stored if isinstance(stored, set) else set(stored)
        if kept.is_repeat(para.text, mine):
            dropped += 1
            continue
        wider = kept.wider(mine)
        kept.plain = kept.plain and wider is None
        if wider is not None and _half_copy(kept.paras[wider].text, para.text):
            kept.put(wider, replace(kept.paras[wider], text=para.text, original=para.original), stored, mine)
            dropped += 1
            continue
        if wider is not None:  # a summary or pull quote of this paragraph, printed above it: this one stays here
            kept.put(wider, replace(kept.paras[wider], text="", original=None), array("q"), set())
            dropped += 1
        kept.put(len(kept.paras), para, stored, mine)
    kept.paras = [p for p in kept.paras if p.text]
    kept.plain = kept.plain and not kept.indexed
    return kept, dropped


def _half_copy(narrow: str, wide: str) -> bool:
    """Return True when ``narrow`` is the start or the end of ``wide`` (a copy cut by a page break)."""
    narrow, wide = "".join(narrow.split()), "".join(wide.split())
    cut = max(1, len(narrow) * 4 // 5)
    return wide.startswith(narrow[:cut]) or wide.endswith(narrow[-cut:])


def _grams_of(text: str, memo: dict[str, Any], as_set: bool = False) -> array[int] | set[int]:
    """Return the distinct 3-grams of ``text`` as 60-bit hashes, computed once per text within ``memo``:
    a compact array, or for a short article the set itself (no array to build and convert back)."""
    mine: array[int] | set[int] | None = memo.get(text)
    if mine is None:
        compact = "".join(text.split()) if len(text) <= GRAMS_MAX_CHARS else ""
        hashed = {hash(compact[i:i + 3]) & _HASH_MASK for i in range(len(compact) - 2)}
        mine = memo[text] = hashed if as_set else array("q", hashed)
    return mine

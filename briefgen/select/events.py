"""One item per event: articles that report the same event, across sources and days, grouped.

Each article gets a fingerprint: the hashed character 5-grams of its unflagged text (shingles), the
day of the event it reports, its places and the content words of its picks. Two articles report the
same event when most of the shorter one's shingles are in the longer one (a copy or a mirror) on a
compatible day, or when a fair share is, on the same day, in the same places, with the same key terms
(two outlets writing up one meeting). Two meetings of one body on different days stay apart. Shingles are weighted by how few of the
week's articles have them, so a stock sentence every article ends with makes no copies. Candidate
pairs come from a sample of the shingles (every one whose hash falls in 1/``SAMPLE``), so a week's
articles are never compared all against all.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import zlib
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Any

from briefgen.corpus.write import EVENT_DAYS_MAX
from briefgen.select.candidates import ArticleFacts
from briefgen.select.text import similarity

SHINGLE = 5
SAMPLE = 8
_NOISE = re.compile(r"[\s\W_]", re.UNICODE)


@dataclass(frozen=True)
class Fingerprint:
    """What identifies the event an article reports."""

    shingles: frozenset[int]
    day: tuple[str | None, str | None]
    places: frozenset[str]
    chars: int
    figures: int


def fingerprint(facts: ArticleFacts) -> Fingerprint:
    """Return the article's shingles, event day, places, length and figure count."""
    text = _NOISE.sub("", "".join(p.text for p in facts.passages if not p.flag))
    shingles = frozenset(
        zlib.crc32(text[i : i + SHINGLE].encode("utf-8")) for i in range(max(len(text) - SHINGLE + 1, 1))
    )
    day = _event_day(facts)
    places = frozenset(str(r["name"]) for r in facts.places if r["name"])
    return Fingerprint(shingles, day, places, len(text), len(facts.figures))


def _event_day(facts: ArticleFacts) -> tuple[str | None, str | None]:
    """Return the first dated event of the lead paragraphs (start, end), or (None, None).

    A span longer than a week (2023年, 1至11月) is a period the article talks about, not the day of
    its event — the rule that dates articles in the corpus (``EVENT_DAYS_MAX``).
    """
    for row in facts.events:
        start, end = row["start"], row["end"] or row["start"]
        if start and row["paragraph"] <= 1 and _span(str(start), str(end)) <= EVENT_DAYS_MAX:
            return str(start), str(end)
    return None, None


def _span(start: str, end: str) -> int:
    """Return the days from ``start`` to ``end`` (ISO dates)."""
    return (dt.date.fromisoformat(end) - dt.date.fromisoformat(start)).days


@dataclass(frozen=True)
class Weights:
    """Shingle weights over one week: log((n + 1) / df), so phrases every article has count little."""

    shared: dict[int, float]
    unique: float

    def of(self, shingles: frozenset[int]) -> float:
        """Return the summed weight of ``shingles``."""
        return sum(self.shared.get(h, self.unique) for h in shingles)


def weights(prints: Sequence[Fingerprint]) -> Weights:
    """Return the week's shingle weights (a shingle in one article only gets ``unique``)."""
    df = Counter(h for fp in prints for h in fp.shingles)
    n = len(prints)
    return Weights({h: math.log((n + 1) / c) for h, c in df.items() if c > 1}, math.log(n + 1))


def containment(a: Fingerprint, b: Fingerprint, w: Weights | None = None) -> float:
    """Return the weighted share of the smaller article's shingles found in the other one."""
    small, big = sorted((a, b), key=lambda f: len(f.shingles))
    if w is None:
        return len(small.shingles & big.shingles) / len(small.shingles) if small.shingles else 0.0
    total = w.of(small.shingles)
    return w.of(small.shingles & big.shingles) / total if total else 0.0


def _days_agree(a: Fingerprint, b: Fingerprint) -> bool | None:
    """Return True/False when both days are known and equal/different, None when one is unknown."""
    if a.day[0] is None or b.day[0] is None:
        return None
    return a.day == b.day


def same_event(
    pair: tuple[Fingerprint, Fingerprint],
    words: tuple[frozenset[str], frozenset[str]],
    rule: dict[str, Any],
    w: Weights | None = None,
) -> bool:
    """Return whether two articles report one event under the thresholds in ``rule``."""
    a, b = pair
    share = containment(a, b, w)
    days = _days_agree(a, b)
    if share >= float(rule["copy"]):
        return days is not False or share >= float(rule["copy_any_day"])
    if days is not True or share < float(rule["rewrite"]):
        return False
    places = not a.places or not b.places or bool(a.places & b.places)
    return places and similarity(*words) >= float(rule["key_terms"])


def candidate_pairs(prints: Sequence[Fingerprint]) -> set[tuple[int, int]]:
    """Return the index pairs that share at least two sampled shingles."""
    index: dict[int, list[int]] = defaultdict(list)
    for i, fp in enumerate(prints):
        for h in fp.shingles:
            if h % SAMPLE == 0:
                index[h].append(i)
    counts: dict[tuple[int, int], int] = defaultdict(int)
    for members in index.values():
        for pair in combinations(members, 2):
            counts[pair] += 1
    return {pair for pair, n in counts.items() if n >= 2}


def clusters(
    prints: Sequence[Fingerprint], words: Sequence[frozenset[str]], rule: dict[str, Any]
) -> list[list[int]]:
    """Return groups of indexes reporting one event (single link), each in index order."""
    parent = list(range(len(prints)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    w = weights(prints)
    for i, j in sorted(candidate_pairs(prints)):
        pair, terms = (prints[i], prints[j]), (words[i], words[j])
        if root(i) != root(j) and same_event(pair, terms, rule, w):
            parent[max(root(i), root(j))] = min(root(i), root(j))
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(prints)):
        groups[root(i)].append(i)
    return list(groups.values())


def most_complete(group: Sequence[int], prints: Sequence[Fingerprint]) -> int:
    """Return the member with the most text, then the most figures, then the lowest index."""
    return max(group, key=lambda i: (prints[i].chars, prints[i].figures, -i))

"""Find any of many literal words, longest first: one trie regex, tried only where a word can start."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

_END = ""


def _insert(trie: dict, word: str) -> None:
    """Add ``word`` to the nested-dict trie."""
    node = trie
    for char in word:
        node = node.setdefault(char, {})
    node[_END] = {}


def _pattern(node: dict) -> str:
    """Return the regex for the words below ``node``, longer continuations tried first."""
    ends = _END in node
    branches = [re.escape(ch) + _pattern(child) for ch, child in node.items() if ch != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return body + "?" if len(branches) == 1 and len(body) == 1 else "(?:" + body + ")?"
    return body


def trie_regex(words: Iterable[str]) -> re.Pattern[str]:
    """Return a compiled pattern matching the longest listed word at each position."""
    trie: dict = {}
    for word in words:
        if word:
            _insert(trie, word)
    return re.compile(_pattern(trie) or "(?!)")


@dataclass(frozen=True)
class WordFinder:
    """A trie pattern, and the word openings (first ``width`` characters) gating where it is tried.

    A large alternation is tried branch by branch at every position. Here a character-class
    scan (in C) proposes positions, a set lookup of the next ``width`` characters keeps
    those where a word can start, and only there is the trie tried: the matches are ``finditer``'s.
    """

    pattern: re.Pattern[str]
    openings: frozenset[str]
    width: int
    gate: re.Pattern[str]

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Yield the non-overlapping matches of ``pattern`` in ``text``, exactly as ``finditer`` would."""
        width, openings, match = self.width, self.openings, self.pattern.match
        starts = [m.start() for m in self.gate.finditer(text)]
        resume = 0
        for start in starts:
            if start >= resume and text[start : start + width] in openings:
                found = match(text, start)
                if found:
                    resume = found.end()
                    yield found


def word_finder(words: Iterable[str]) -> WordFinder:
    """Return a WordFinder for the listed words (empty words ignored)."""
    listed = [w for w in words if w]
    width = min((len(w) for w in listed), default=1)
    openings = frozenset(w[:width] for w in listed)
    classes = ["".join(sorted({o[j] for o in openings})) for j in range(width)]
    sets = [f"[{re.escape(c)}]" for c in classes]  # the first consumed, not looked ahead: a scan of its set in C
    gate = sets[0] + (f"(?={''.join(sets[1:])})" if width > 1 else "") if openings else "(?!)"
    return WordFinder(trie_regex(listed), openings, width, re.compile(gate))

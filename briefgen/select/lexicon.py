"""Keyword matching on word boundaries: stored tokens and title text, longest match first.

A keyword counts only where it is a whole word or a run of whole tokens. Names that merely contain
a keyword (经济开发区 holds 经济, 宣传文化中心 holds 文化) are listed as compounds: a compound is
matched like a keyword, so it swallows the keyword inside it, but scores nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

MAX_JOIN = 4


@dataclass(frozen=True)
class Lexicon:
    """Every keyword with its weight per theme, and the compounds that hide keywords."""

    weights: dict[str, dict[str, float]]
    compounds: frozenset[str]
    suffix_min: int
    longest: int

    def knows(self, text: str) -> bool:
        """Return whether ``text`` is a keyword or a compound."""
        return text in self.weights or text in self.compounds


def build_lexicon(
    themes: Iterable[tuple[str, dict[str, float]]], compounds: Iterable[str], suffix_min: int
) -> Lexicon:
    """Return the lexicon of ``(theme, keywords)`` pairs; keywords that are compounds are dropped."""
    hidden = frozenset(c for c in compounds if c)
    weights: dict[str, dict[str, float]] = {}
    for name, keywords in themes:
        for word, weight in keywords.items():
            if word and word not in hidden:
                weights.setdefault(word, {})[name] = weight
    longest = max((len(w) for w in (*weights, *hidden)), default=0)
    return Lexicon(weights, hidden, suffix_min, longest)


def _longest_run(lex: Lexicon, words: Sequence[str], start: int) -> tuple[str | None, int]:
    """Return the longest entry made of whole tokens from ``start``, and how many tokens it takes."""
    best: tuple[str | None, int] = (None, 1)
    joined = ""
    for end in range(start, min(start + MAX_JOIN, len(words))):
        joined += words[end]
        if lex.knows(joined):
            best = (joined, end - start + 1)
    return best


def _suffix_keyword(lex: Lexicon, word: str) -> str | None:
    """Return the longest keyword that ends a longer token (专题会议 → 会议), if suffixes count."""
    if lex.suffix_min <= 0:
        return None
    for cut in range(1, len(word) - lex.suffix_min + 1):
        if word[cut:] in lex.weights:
            return word[cut:]
    return None


def token_matches(lex: Lexicon, tokens: Sequence[str]) -> Counter[str]:
    """Return how often each keyword occurs in the tokens, whole tokens only, longest run first."""
    words = [t.strip() for t in tokens if t.strip()]
    found: Counter[str] = Counter()
    i = 0
    while i < len(words):
        entry, width = _longest_run(lex, words, i)
        if entry is None:
            entry = _suffix_keyword(lex, words[i])
        if entry in lex.weights:
            found[entry] += 1
        i += width
    return found


def text_matches(lex: Lexicon, text: str) -> Counter[str]:
    """Return the keywords in untokenised ``text`` (a title), longest entry first, left to right."""
    found: Counter[str] = Counter()
    i = 0
    while i < len(text):
        for size in range(min(lex.longest, len(text) - i), 1, -1):
            piece = text[i : i + size]
            if lex.knows(piece):
                if piece in lex.weights:
                    found[piece] += 1
                i += size
                break
        else:
            i += 1
    return found

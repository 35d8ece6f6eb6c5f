"""Token-level helpers on stored tokens: per-sentence tokens, content words, set similarity."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from itertools import accumulate

_WORDISH = re.compile(r"[\w\u4e00-\u9fff]")


def content_words(tokens: Sequence[str]) -> frozenset[str]:
    """Return the tokens that carry meaning: two or more characters, or any digit run."""
    return frozenset(
        t for t in (tok.strip() for tok in tokens)
        if _WORDISH.search(t) and (len(t) >= 2 or t.isdigit())
    )


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Return how much the smaller token set is covered by the larger one (0–1)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def _token_starts(text: str, tokens: Sequence[str]) -> list[int]:
    """Return where each token starts in ``text`` (−1 when it cannot be found)."""
    if all(tokens) and "".join(tokens) == text:  # the usual case: the tokens tile the text
        return list(accumulate(map(len, tokens[:-1]), initial=0)) if tokens else []
    starts, pos = [], 0
    for tok in tokens:
        at = text.find(tok, pos) if tok else -1
        starts.append(at)
        if at >= 0:
            pos = at + len(tok)
    return starts


def sentence_tokens(text: str, sentences: Sequence[str], tokens: Sequence[str]) -> list[list[str]]:
    """Return the stored passage tokens that fall inside each sentence, in order."""
    starts = _token_starts(text, tokens)  # increasing: each token is looked for after the one before
    placed = list(tokens)
    if -1 in starts:  # a token not found belongs to no sentence
        placed = [t for t, s in zip(tokens, starts, strict=True) if s >= 0]
        starts = [s for s in starts if s >= 0]
    out: list[list[str]] = []
    cursor = 0
    for sentence in sentences:
        at = text.find(sentence, cursor)
        if at < 0:
            out.append([t for t in tokens if t.strip() and t in sentence])
            continue
        end = at + len(sentence)
        out.append(placed[bisect_left(starts, at) : bisect_left(starts, end)])
        cursor = end
    return out

"""sentence_tokens: each sentence's stored tokens, found by bisection as by a full scan (never timed)."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from briefgen.select.text import sentence_tokens
from briefgen.sentences import split_sentences


def _sentence_tokens_by_scan(text: str, sentences: list[str], tokens: list[str]) -> list[list[str]]:
    """Each sentence's tokens by a pass over all of the passage's tokens (the rule bisection replaces)."""
    starts, pos = [], 0
    for tok in tokens:
        at = text.find(tok, pos) if tok else -1
        starts.append(at)
        if at >= 0:
            pos = at + len(tok)
    out, cursor = [], 0
    for sentence in sentences:
        at = text.find(sentence, cursor)
        if at < 0:
            out.append([t for t in tokens if t.strip() and t in sentence])
            continue
        end = at + len(sentence)
        out.append([t for t, s in zip(tokens, starts, strict=True) if at <= s < end])
        cursor = end
    return out


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="甲乙丙 。！，", max_size=30), st.lists(st.integers(0, 30), max_size=12),
       st.lists(st.text(alphabet="甲乙丁。", max_size=3), max_size=3))
def test_sentence_tokens_found_by_bisection_as_by_a_full_scan(text: str, cuts: list[int], odd: list[str]) -> None:
    bounds = sorted({0, len(text), *(c for c in cuts if c <= len(text))})
    tokens = [t for a, b in pairwise(bounds) if (t := text[a:b]).strip()] + odd  # odd: maybe absent
    sentences = split_sentences(text) + odd
    assert sentence_tokens(text, sentences, tokens) == _sentence_tokens_by_scan(text, sentences, tokens)

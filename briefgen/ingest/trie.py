"""A regular expression that finds any of many literal words, longest first, in one C-level scan."""

from __future__ import annotations

import re
from collections.abc import Iterable

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

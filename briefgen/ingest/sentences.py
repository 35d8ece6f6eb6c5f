"""Split a paragraph into sentences at Chinese and Western sentence ends (closing quotes kept)."""

from __future__ import annotations

import re

_END = re.compile(r"(.+?(?:[。！？!?；]+[”’」』）)]*|$))")


def split_sentences(text: str) -> list[str]:
    """Return the sentences of ``text``, each with its closing punctuation."""
    return [s.strip() for s in _END.findall(text) if s.strip()]

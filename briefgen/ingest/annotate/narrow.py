"""Full-width marks made ASCII by replacing only the marks a text holds (translate looks up every character)."""

from __future__ import annotations

import re


class Narrowing:
    """A set of full-width marks and their ASCII forms."""

    def __init__(self, wide: str, narrow: str) -> None:
        self.table = str.maketrans(wide, narrow)
        self._any = re.compile("[" + re.escape(wide) + "]")
        self._pairs = tuple(zip(wide, narrow, strict=True))

    def __call__(self, text: str) -> str:
        """Return ``text`` with the set's full-width marks made ASCII."""
        if not self._any.search(text):
            return text
        for wide, narrow in self._pairs:
            if wide in text:
                text = text.replace(wide, narrow)
        return text

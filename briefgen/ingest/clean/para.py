"""The paragraph record the cleanup rules pass along."""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass
class Para:
    """A paragraph being cleaned: text, source line, original text, flag, and whether it is a heading."""

    text: str
    line: int = 0
    original: str | None = None
    flag: str | None = None
    heading: bool = False


def with_text(para: Para, text: str) -> Para:
    """Return ``para`` with ``text`` (the same record when the text is unchanged; rules never mutate)."""
    return para if text == para.text else replace(para, text=text)

"""What both renderers print the same way: items' source notes, contents entries, the 版记 lines."""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Any

from briefgen.model import Imprint, Item, Paragraph, Span

LEADING_SPACE = " \t\u3000"


def source_text(note: str) -> str:
    """Return an item's source note in full-width brackets, as printed after its text."""
    note = note.strip()
    if not note or note[0] in "（(":
        return note
    return f"（{note}）"


def item_paragraphs(item: Item) -> list[Paragraph]:
    """Return the item's paragraphs as printed: its spans, plus its source note if no span has it.

    The assembly layer puts the note as the last (``source``) span; an item built without one
    but with a ``source_note`` gets the note appended to its last paragraph (or as its only one).
    """
    paragraphs = list(item.paragraphs)
    note = source_text(item.source_note)
    has_source = any(s.kind == "source" for p in paragraphs for s in p.spans)
    if not note or has_source:
        return paragraphs
    if not paragraphs:
        return [Paragraph([Span(note, "source")], provenance=list(item.provenance))]
    last = paragraphs[-1]
    paragraphs[-1] = replace(last, spans=[*last.spans, Span(note, "source")])
    return paragraphs


def split_entry(entry: str) -> tuple[int, str]:
    """Return a contents entry's leading blank width in full-width characters, and its text."""
    text = entry.lstrip(LEADING_SPACE)
    lead = entry[: len(entry) - len(text)]
    return math.ceil(sum(1 if ch == "\u3000" else 0.5 for ch in lead)), text.rstrip()


@dataclass(frozen=True)
class ImprintText:
    """The 版记's lines as printed: label lines (text, hanging chars), issuer, date, copies."""

    lines: list[tuple[str, int]]
    issuer: str
    printed: str
    copies: str


def imprint_text(imprint: Imprint, style: dict[str, Any]) -> ImprintText:
    """Return the 版记's printed wording, from the style's ``imprint`` facts."""
    facts = style["imprint"]
    sep, suffix = facts["label_separator"], facts["printed_suffix"]
    lines = [(f"{x.label}{sep}{x.text}", len(x.label) + len(sep)) for x in imprint.lines]
    printed = imprint.printed_date
    if printed and not printed.endswith(suffix):
        printed += suffix
    copies = str(facts["copies_format"]).format(n=imprint.copies) if imprint.copies else ""
    return ImprintText(lines, imprint.issuer, printed, copies)

"""What the page does not show, taken from the generated model where the printed form is unchanged."""

from __future__ import annotations

import re
from typing import Any

from briefgen.model import Imprint, ImprintLine, Item, Masthead, Table
from briefgen.render.shared import imprint_text, source_text
from briefgen.render.table_columns import printed_columns


def finish_item(item: Item, original: Item | None) -> None:
    """Drop the source note the renderer appended to an item that had no source span of its own."""
    if original is None or not item.paragraphs:
        return
    note = source_text(original.source_note)
    if not note or any(s.kind == "source" for p in original.paragraphs for s in p.spans):
        return
    last = item.paragraphs[-1]
    if last.spans and last.spans[-1].kind == "source" and last.spans[-1].text == note:
        last.spans.pop()
        if not last.spans and not original.paragraphs:
            item.paragraphs.pop()


def _padded(rows: list[list[str]], width: int) -> list[list[str]]:
    """Return ``rows`` padded with empty cells to ``width``, as the renderer writes them."""
    return [[*r, *[""] * (width - len(r))] for r in rows]


def table(caption: str, rows: list[list[str]], original: Table | None) -> Table:
    """Return the table read from ``rows``; rows printed as the original's keep its cell count."""
    header, body = (rows[0], rows[1:]) if rows else ([], [])
    if original is None:
        return Table(caption, header, body)
    printed = printed_columns(original)  # the renderer drops columns empty in every row
    width = max([len(printed.header), *(len(r) for r in printed.rows), 1])
    old = [printed.header, *printed.rows]
    shaped = [
        old[i] if i < len(old) and _padded([old[i]], width)[0] == row else row
        for i, row in enumerate(rows)
    ]
    if len(rows) == len(old) and shaped == old:
        return Table(caption, original.header, original.rows)
    return Table(caption, shaped[0] if shaped else [], shaped[1:])


def masthead(texts: dict[str, str], original: Masthead) -> Masthead:
    """Return the masthead from its three paragraphs (the original's where one is gone)."""
    issuer, tab, date = texts.get("issuer_line", "").partition("\t")
    if not tab:
        issuer, date = original.issuer, original.date_label
    return Masthead(
        title=texts.get("masthead", original.title),
        issue_label=texts.get("issue_label", original.issue_label),
        issuer=issuer,
        date_label=date,
    )


def imprint(rows: list[str] | None, original: Imprint, style: dict[str, Any]) -> Imprint:
    """Return the 版记 read from its rows; printed as the original, it is the original."""
    if rows is None:
        return original
    facts = style["imprint"]
    pattern = re.escape(str(facts["copies_format"])).replace(re.escape("{n}"), r"(\d+)")
    lines: list[ImprintLine] = []
    issuer, printed, copies = original.issuer, original.printed_date, None
    for row in rows:
        found = re.fullmatch(rf"\t?{pattern}", row)
        if found:
            copies = int(found.group(1))
        elif "\t" in row:
            issuer, _, printed = row.partition("\t")
        else:
            label, _, text = row.partition(facts["label_separator"])
            lines.append(ImprintLine(label, text))
    read = Imprint(lines, issuer, printed, copies)
    return original if imprint_text(read, style) == imprint_text(original, style) else read

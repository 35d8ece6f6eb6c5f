"""Which characters each font role must draw in a briefing (so fonts are converted once, up front)."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from briefgen.model import Briefing
from briefgen.render.pdf.pieces import Piece
from briefgen.render.shared import imprint_text


def _piece_needs(piece: Piece, style: dict[str, Any], needs: dict[str, set[str]]) -> None:
    pdf = style["pdf"]
    if piece.table is not None:
        needs[pdf["table_header"]["font"]].update("".join(piece.table.header))
        needs[pdf["table_cell"]["font"]].update("".join("".join(r) for r in piece.table.rows))
        return
    if piece.blank:
        return
    role = pdf[piece.key]["font"]
    for text, kind in piece.segments:
        needs[pdf.get("span_fonts", {}).get(kind, role)].update(text)


def role_needs(briefing: Briefing, pieces: list[Piece], style: dict[str, Any],
               pages: int = 999) -> dict[str, set[str]]:
    """Return, per font role, the set of characters the briefing prints."""
    needs: dict[str, set[str]] = defaultdict(set)
    for piece in pieces:
        _piece_needs(piece, style, needs)
    m = briefing.masthead
    needs["masthead"].update(m.title)
    needs["body"].update(m.issue_label + m.issuer + m.date_label)
    imp = briefing.imprint
    printed = imprint_text(imp, style)
    needs["imprint"].update("".join(t for t, _ in printed.lines) + printed.issuer + printed.printed
                            + printed.copies)
    needs["page_number"].update(style["page_number"]["format"].replace("{n}", "") + "0123456789")
    return {role: {c for c in chars if c.isprintable()} for role, chars in needs.items()}

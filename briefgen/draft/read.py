"""read_draft: a briefgen Word draft, edited or not, back into the briefing model."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from briefgen.draft import restore
from briefgen.draft.body import Grid, read_body
from briefgen.draft.build import Builder, Built
from briefgen.draft.package import open_draft
from briefgen.draft.roles import load_roles
from briefgen.model import Briefing


@dataclass
class Readback:
    """The briefing read back, the model the draft was generated from, and what was kept as body."""

    briefing: Briefing
    original: Briefing
    built: Built

    @property
    def kept_as_body(self) -> list[dict[str, str]]:
        """Return style name and first characters of each text kept as body."""
        return self.built.kept.entries


def read_draft(path: Path, style: dict[str, Any]) -> Readback:
    """Return the briefing the draft at ``path`` holds now; refuses files that are not drafts."""
    from briefgen.render.docx.render import load_docx_style

    roles = load_roles(load_docx_style(style))
    draft = open_draft(path, roles.names)
    builder = Builder(draft.original, roles, draft.style_names)
    for element in read_body(draft.document.element.body):
        if isinstance(element, Grid):
            builder.table(element)
        else:
            builder.paragraph(element)
    builder.close()
    built = builder.out
    original = draft.original
    briefing = Briefing(
        meta=original.meta,  # office suites rewrite the document properties; the model's stand
        masthead=restore.masthead(built.frame, original.masthead),
        blocks=built.blocks,
        imprint=restore.imprint(built.imprint_rows, original.imprint, style),
    )
    return Readback(briefing, original, built)

"""A paragraph's runs as model spans, and the record of text kept as body without its formatting."""

from __future__ import annotations

from dataclasses import dataclass, field

from briefgen.draft.roles import Roles
from briefgen.draft.runs import Para
from briefgen.model import Span, SpanKind

PREVIEW_CHARS = 20
DIRECT = "直接格式"


@dataclass
class Kept:
    """Text kept as body though its style was unknown or it was formatted by hand."""

    entries: list[dict[str, str]] = field(default_factory=list)

    def add(self, style: str, text: str) -> None:
        """Record ``text`` in ``style`` (first characters only), once."""
        entry = {"style": style, "text": text[:PREVIEW_CHARS]}
        if entry not in self.entries:
            self.entries.append(entry)


def read_spans(para: Para, roles: Roles, names: dict[str, str], kept: Kept) -> list[Span]:
    """Return the paragraph's spans: character styles give the kind, hand emphasis is a figure."""
    spans: list[Span] = []
    for run in para.runs:
        name = names.get(run.style, run.style) if run.style else None
        kind: SpanKind = roles.spans.get(name or "", "figure" if run.emphasis else "text")  # type: ignore[assignment]
        if name and name not in roles.known_characters:
            kept.add(name, run.text)
        elif run.direct:
            kept.add(f"{name or '正文'}（{DIRECT}）", run.text)
        if spans and spans[-1].kind == kind:
            spans[-1] = Span(spans[-1].text + run.text, kind)
        else:
            spans.append(Span(run.text, kind))
    return spans

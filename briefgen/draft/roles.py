"""Which part of the model each named style of the draft stands for, from styles/docx.yaml."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

DEFAULT_PARAGRAPH = "Normal"
DEFAULT_CHARACTER = "Default Paragraph Font"
FRAME = ("masthead", "issue_label", "issuer_line")
SPECIAL = (*FRAME, "item_title", "contents_title", "contents_entry", "table_caption",
           "imprint_anchor")


@dataclass(frozen=True)
class Roles:
    """Style name → role, for paragraphs, characters and tables."""

    names: dict[str, str]  # role → style name, as in docx.yaml's roles
    special: dict[str, str]  # style name → the role of a paragraph that is not a heading or body
    headings: dict[str, int]
    paragraphs: dict[str, str]
    spans: dict[str, str]
    known_paragraphs: frozenset[str]
    known_characters: frozenset[str]

    def of(self, role: str) -> str:
        """Return the style name of ``role``."""
        return self.names[role]


def load_roles(docx_style: dict[str, Any]) -> Roles:
    """Return the roles named in the Word style facts."""
    roles = docx_style["roles"]
    names = {k: v for k, v in roles.items() if isinstance(v, str)}
    return Roles(
        names=names,
        special={names[r]: r for r in SPECIAL},
        headings={name: level for level, name in enumerate(roles["heading"])},
        paragraphs={name: role for role, name in roles["paragraph"].items()},
        spans={name: kind for kind, name in roles["span"].items()},
        known_paragraphs=frozenset(s["name"] for s in docx_style["paragraph_styles"]),
        known_characters=frozenset(
            [DEFAULT_CHARACTER, *(s["name"] for s in docx_style["character_styles"])]
        ),
    )

"""The briefing document model: the one structure both renderers read.

Templates build it, renderers draw it, ``to_json``/``from_json`` dump and load it
for golden tests and debugging. Nothing here knows about fonts or page sizes.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

MODEL_VERSION = 1

SpanKind = Literal["text", "figure", "source"]


@dataclass
class Span:
    """A run of inline text; ``figure`` spans are key figures, ``source`` the (来源) note."""

    text: str
    kind: SpanKind = "text"


@dataclass
class Provenance:
    """Where a passage came from: file, article, paragraph and line."""

    file: str
    article_id: int | None = None
    title: str | None = None
    published: str | None = None
    paragraph: int | None = None
    line: int | None = None


@dataclass
class Masthead:
    """The 刊头: 刊名 in red, 期号, 编印单位 left and date right, then a red rule."""

    title: str
    issue_label: str
    issuer: str
    date_label: str
    type: Literal["masthead"] = "masthead"


@dataclass
class Heading:
    """A heading: level 1 is 一、 (黑体), 2 is （一） (楷体), 3 and 4 body face."""

    text: str
    level: int = 1
    type: Literal["heading"] = "heading"


@dataclass
class Paragraph:
    """A body paragraph made of spans, indented two characters."""

    spans: list[Span]
    role: Literal["body", "lead", "note", "contents"] = "body"
    provenance: list[Provenance] = field(default_factory=list)
    type: Literal["paragraph"] = "paragraph"

    @property
    def text(self) -> str:
        """Return the paragraph's plain text."""
        return "".join(s.text for s in self.spans)


@dataclass
class Item:
    """One news item: its heading, its paragraphs and where it came from."""

    title: str
    paragraphs: list[Paragraph]
    source_note: str
    provenance: list[Provenance] = field(default_factory=list)
    type: Literal["item"] = "item"


@dataclass
class Table:
    """A ruled table such as 数据速览: a header row and body rows of text cells."""

    caption: str
    header: list[str]
    rows: list[list[str]]
    type: Literal["table"] = "table"


@dataclass
class Contents:
    """本期要目: the list of section and item titles."""

    title: str
    entries: list[str]
    type: Literal["contents"] = "contents"


Block = Heading | Paragraph | Item | Table | Contents


@dataclass
class ImprintLine:
    """One 版记 line, e.g. label 报 and the bodies it goes to."""

    label: str
    text: str


@dataclass
class Imprint:
    """The 版记 at the foot of the last page."""

    lines: list[ImprintLine]
    issuer: str
    printed_date: str
    copies: int | None = None


@dataclass
class DocumentMeta:
    """Facts about the briefing used for PDF metadata and file names."""

    title: str
    author: str
    city: str
    week: str
    issue: int
    subject: str = ""


@dataclass
class Briefing:
    """The whole briefing: meta, masthead, blocks in reading order, and the 版记."""

    meta: DocumentMeta
    masthead: Masthead
    blocks: list[Block]
    imprint: Imprint
    version: int = MODEL_VERSION

    def plain_text(self) -> list[str]:
        """Return the visible text of the body blocks, one string per line of reading."""
        return [line for block in self.blocks for line in block_text(block)]


def block_text(block: Block) -> list[str]:
    """Return the visible text lines of one block."""
    if isinstance(block, Heading):
        return [block.text]
    if isinstance(block, Paragraph):
        return [block.text]
    if isinstance(block, Item):
        return [block.title, *(p.text for p in block.paragraphs)]
    if isinstance(block, Table):
        return [block.caption, *("".join(r) for r in [block.header, *block.rows])]
    return [block.title, *block.entries]


def to_dict(briefing: Briefing) -> dict[str, Any]:
    """Return the briefing as plain JSON-ready data."""
    return asdict(briefing)


def to_json(briefing: Briefing) -> str:
    """Return a stable, human-readable JSON dump of the briefing."""
    return json.dumps(to_dict(briefing), ensure_ascii=False, indent=2, sort_keys=True)


def _span(d: dict[str, Any]) -> Span:
    return Span(text=d["text"], kind=d.get("kind", "text"))


def _prov(items: list[dict[str, Any]]) -> list[Provenance]:
    return [Provenance(**p) for p in items]


def _paragraph(d: dict[str, Any]) -> Paragraph:
    return Paragraph(
        spans=[_span(s) for s in d["spans"]],
        role=d.get("role", "body"),
        provenance=_prov(d.get("provenance", [])),
    )


def _block(d: dict[str, Any]) -> Block:
    kind = d["type"]
    if kind == "heading":
        return Heading(text=d["text"], level=d["level"])
    if kind == "paragraph":
        return _paragraph(d)
    if kind == "item":
        return Item(
            title=d["title"],
            paragraphs=[_paragraph(p) for p in d["paragraphs"]],
            source_note=d["source_note"],
            provenance=_prov(d.get("provenance", [])),
        )
    if kind == "table":
        return Table(caption=d["caption"], header=d["header"], rows=d["rows"])
    if kind == "contents":
        return Contents(title=d["title"], entries=d["entries"])
    raise ValueError(f"未知的文档块类型：{kind}")


def from_dict(data: dict[str, Any]) -> Briefing:
    """Return a briefing rebuilt from ``to_dict`` output; refuses other model versions."""
    version = data.get("version")
    if version != MODEL_VERSION:
        raise ValueError(f"简报模型版本 {version} 与本程序的版本 {MODEL_VERSION} 不一致")
    m = dict(data["masthead"])
    m.pop("type", None)
    imp = data["imprint"]
    return Briefing(
        meta=DocumentMeta(**data["meta"]),
        masthead=Masthead(**m),
        blocks=[_block(b) for b in data["blocks"]],
        imprint=Imprint(
            lines=[ImprintLine(**x) for x in imp["lines"]],
            issuer=imp["issuer"],
            printed_date=imp["printed_date"],
            copies=imp.get("copies"),
        ),
    )


def from_json(text: str) -> Briefing:
    """Return a briefing loaded from ``to_json`` output."""
    return from_dict(json.loads(text))

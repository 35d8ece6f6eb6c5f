"""Turn a draft's paragraphs and tables back into blocks, by their named styles and marks."""

from __future__ import annotations

from dataclasses import dataclass, field

from briefgen.draft import restore
from briefgen.draft.body import Grid
from briefgen.draft.origins import Origins
from briefgen.draft.roles import DEFAULT_PARAGRAPH, FRAME, Roles
from briefgen.draft.runs import Para
from briefgen.draft.spans import Kept, read_spans
from briefgen.model import Block, Briefing, Contents, Heading, Item, Paragraph, Table


@dataclass
class Built:
    """The blocks read back; for each, the original block it came from and its parts' origins."""

    blocks: list[Block] = field(default_factory=list)
    origins: list[int | None] = field(default_factory=list)
    parts: list[list[int | None]] = field(default_factory=list)
    frame: dict[str, str] = field(default_factory=dict)
    imprint_rows: list[str] | None = None
    kept: Kept = field(default_factory=Kept)


class Builder:
    """Reads paragraphs and tables one after another, keeping the open item or contents."""

    def __init__(self, original: Briefing, roles: Roles, names: dict[str, str]) -> None:
        self.origins, self.roles, self.names = Origins(original), roles, names
        self.out = Built()
        self.open: Item | Contents | None = None
        self.caption: tuple[Para, int | None] | None = None

    def _add(self, block: Block, origin: int | None) -> None:
        self.out.blocks.append(block)
        self.out.origins.append(origin)
        self.out.parts.append([])

    def close(self) -> None:
        """Close the open item (dropping a note the renderer added) or contents."""
        if isinstance(self.open, Item):
            restore.finish_item(self.open, self.origins.block(self.out.origins[-1], Item))
        self.open = None
        self._flush_caption()

    def _flush_caption(self) -> None:
        """A table caption with no table after it is kept as body text."""
        if self.caption is not None:
            para, self.caption = self.caption[0], None
            self.out.kept.add(self.names.get(para.style or "", DEFAULT_PARAGRAPH), para.text)
            self._add(Paragraph(read_spans(para, self.roles, self.names, self.out.kept)), None)

    def style_name(self, para: Para) -> str:
        """Return the name of the paragraph's style (Normal when it names none)."""
        return self.names.get(para.style, para.style) if para.style else DEFAULT_PARAGRAPH

    def paragraph(self, para: Para) -> None:
        """Take one paragraph."""
        name, roles = self.style_name(para), self.roles
        role = roles.special.get(name)
        if role in FRAME:
            self.out.frame[role] = para.text
        elif role == "imprint_anchor":
            return
        elif name in roles.headings:
            self.close()
            self._add(Heading(para.text, roles.headings[name]), self.origins.of(para, Heading, 0)[0])
        elif role == "item_title":
            self._item(para)
        elif role == "contents_title":
            self.close()
            self.open = Contents(para.text, [])
            self._add(self.open, self.origins.of(para, Contents, 0)[0])
        elif role == "table_caption":
            self.close()
            self.caption = (para, self.origins.of(para, Table, 0)[0])
        elif role == "contents_entry" and isinstance(self.open, Contents) and (
            self.origins.of(para, Paragraph)[0] is None
        ):
            self._entry(para)
        else:
            self._body(para, roles.paragraphs.get(name))

    def _item(self, para: Para) -> None:
        self.close()
        self.open = Item(para.text, [], "", [])
        self._add(self.open, None)
        origin = self.origins.of(para, Item, 0)[0]
        if origin is not None:
            self._adopt(origin)

    def _entry(self, para: Para) -> None:
        assert isinstance(self.open, Contents)
        if not para.text and not para.marks:
            return
        self.open.entries.append(para.text)
        self.out.parts[-1].append(self.origins.of(para, Contents)[1] or None)

    def _body(self, para: Para, role: str | None) -> None:
        if not para.text and not para.marks:
            return
        if role is None:  # an unknown style: kept as body text, and said so
            self.out.kept.add(self.style_name(para), para.text)
        spans = read_spans(para, self.roles, self.names, self.out.kept)
        alone, _ = self.origins.of(para, Paragraph, 0)
        if alone is not None or not isinstance(self.open, Item):
            self.close()
            prov = self.origins.provenance(para)
            self._add(Paragraph(spans, role or "body", prov), alone)  # type: ignore[arg-type]
            return
        self.open.paragraphs.append(Paragraph(spans, role or "body", self.origins.provenance(para)))  # type: ignore[arg-type]
        block, index = self.origins.of(para, Item)
        if block is not None and self.out.origins[-1] is None and block not in self.out.origins:
            self._adopt(block)  # the title was retyped and lost its mark; its paragraphs say whose
        same = block is not None and block == self.out.origins[-1]
        self.out.parts[-1].append(index if same and index else None)

    def _adopt(self, origin: int) -> None:
        """Make the open item the original item ``origin``: its source note and provenance."""
        old = self.origins.block(origin, Item)
        assert isinstance(self.open, Item) and old is not None
        self.open.source_note, self.open.provenance = old.source_note, list(old.provenance)
        self.out.origins[-1] = origin

    def table(self, grid: Grid) -> None:
        """Take one table: the 版记, a captioned table, or a table the editor added."""
        name = self.names.get(grid.style or "", grid.style or "")
        if name == self.roles.of("imprint_table"):
            self.out.imprint_rows = ["".join(r) for r in grid.rows]
            return
        caption, origin = self.caption or (None, None)
        self.caption = None
        self.close()
        if caption is None:
            self.out.kept.add(name or "表格", "".join(grid.rows[0]) if grid.rows else "")
        text = caption.text if caption is not None else ""
        self._add(restore.table(text, grid.rows, self.origins.block(origin, Table)), origin)

"""What the editor changed in a draft against the model it was generated from, for the record."""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from briefgen.draft.read import Readback
from briefgen.model import Block, Contents, Heading, Item, Table, block_text

Change = dict[str, Any]


def label(block: Block) -> str:
    """Return how a change names a block: its kind and its title or first characters."""
    if isinstance(block, Item):
        return f"条目「{block.title}」"
    if isinstance(block, Heading):
        return f"标题「{block.text}」"
    if isinstance(block, Table):
        return f"表格「{block.caption}」"
    if isinstance(block, Contents):
        return f"要目「{block.title}」"
    return f"段落「{block.text[:20]}」"


def _change(kind: str, where: str, before: str | None = None, after: str | None = None) -> Change:
    return {"change": kind, "where": where, "before": before, "after": after}


def _in_order(origins: list[int | None]) -> set[int]:
    """Return the positions whose origins form a longest increasing run (the blocks not moved)."""
    tails: list[int] = []
    tail_at: list[int] = []
    back: dict[int, int | None] = {}
    for pos, origin in enumerate(origins):
        if origin is None:
            continue
        i = bisect_left(tails, origin)
        back[pos] = tail_at[i - 1] if i else None
        tails[i:i + 1], tail_at[i:i + 1] = [origin], [pos]
    keep: set[int] = set()
    pos_or_none = tail_at[-1] if tail_at else None
    while pos_or_none is not None:
        keep.add(pos_or_none)
        pos_or_none = back[pos_or_none]
    return keep


def _item(old: Item, new: Item, parts: list[int | None]) -> list[Change]:
    where = label(old)
    out = [] if old.title == new.title else [_change("修改标题", where, old.title, new.title)]
    for k, para in enumerate(old.paragraphs, 1):
        if k not in parts:
            out.append(_change("删除段落", where, para.text, None))
    for part, para in zip(parts, new.paragraphs, strict=False):
        if part is None or part > len(old.paragraphs):
            out.append(_change("新增段落", where, None, para.text))
        elif old.paragraphs[part - 1].text != para.text:
            out.append(_change("修改段落", where, old.paragraphs[part - 1].text, para.text))
    return out


def _table(old: Table, new: Table) -> list[Change]:
    where = label(old)
    out = [] if old.caption == new.caption else [_change("修改表题", where, old.caption, new.caption)]
    before, after = [old.header, *old.rows], [new.header, *new.rows]
    for r in range(max(len(before), len(after))):
        a = before[r] if r < len(before) else []
        b = after[r] if r < len(after) else []
        for c in range(max(len(a), len(b))):
            x, y = (a[c] if c < len(a) else ""), (b[c] if c < len(b) else "")
            if x != y:
                out.append(_change("修改单元格", f"{where}第{r + 1}行第{c + 1}列", x, y))
    return out


def _block(old: Block, new: Block, parts: list[int | None]) -> list[Change]:
    if isinstance(old, Item) and isinstance(new, Item):
        return _item(old, new, parts)
    if isinstance(old, Table) and isinstance(new, Table):
        return _table(old, new)
    before, after = "\n".join(block_text(old)), "\n".join(block_text(new))
    return [] if before == after else [_change("修改", label(old), before, after)]


def draft_changes(read: Readback) -> list[Change]:
    """Return the changes: blocks deleted, added, moved and edited, then masthead and 版记."""
    old_blocks, built = read.original.blocks, read.built
    survived = {o for o in built.origins if o is not None}
    out = [_change("删除", label(b), "\n".join(block_text(b)), None)
           for i, b in enumerate(old_blocks) if i not in survived]
    in_order = _in_order(built.origins)
    for pos, (block, origin) in enumerate(zip(read.briefing.blocks, built.origins, strict=True)):
        if origin is None:
            out.append(_change("新增", label(block), None, "\n".join(block_text(block))))
            continue
        if pos not in in_order:
            out.append(_change("移动", label(block), None, None))
        out += _block(old_blocks[origin], block, built.parts[pos])
    if read.briefing.masthead != read.original.masthead:
        out.append(_change("修改", "刊头"))
    if read.briefing.imprint != read.original.imprint:
        out.append(_change("修改", "版记"))
    return out


def _short(text: str | None) -> str:
    return "" if text is None else (text[:30] + "……" if len(text) > 30 else text).replace("\n", " ")


def change_line(change: Change) -> str:
    """Return one change as a line of text."""
    line = f"{change['change']}　{change['where']}"
    if change["before"] is not None and change["after"] is not None:
        return f"{line}：「{_short(change['before'])}」→「{_short(change['after'])}」"
    shown = change["after"] if change["after"] is not None else change["before"]
    return line if shown is None else f"{line}：「{_short(shown)}」"

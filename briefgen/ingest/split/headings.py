"""Decide which headings start articles, which name a column, and which are sections.

A collection may give article titles and section headings the same level, so the decision is
made by structure: a heading followed by a date line (or subtitle and date line), by a news lead
or byline, or listed in the table of contents starts an article. Without such evidence the
shallowest unnumbered headings are the articles; of several in a row, the last (the ones above it name
its column).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from briefgen.ingest.split.structure import Layout, in_toc
from briefgen.ingest.split.vocab import is_lead, plain, vocab
from briefgen.readers.base import Block
from briefgen.readers.infoline import read_info_line


@dataclass
class HeadingRoles:
    """Indexes of headings that are article titles and column names."""

    titles: set[int] = field(default_factory=set)
    columns: set[int] = field(default_factory=set)


def _runs(blocks: list[Block], layout: Layout) -> list[list[int]]:
    """Return runs of consecutive heading indexes in the body."""
    runs: list[list[int]] = []
    for i in range(layout.start, layout.end):
        if i in layout.skipped or blocks[i].kind != "heading":
            continue
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def _opens_item(text: str) -> bool:
    v = vocab()
    return is_lead(text) or bool(v.byline.match(text) or v.column_tag.match(text))


def _dated(blocks: list[Block], i: int, end: int) -> bool:
    v = vocab()
    nxt = [plain(b.text) for b in blocks[i + 1 : min(i + 3, end)]]
    if not nxt or blocks[i + 1].kind == "heading":
        return False
    return bool(_date_line(nxt[0]) or (len(nxt) > 1 and v.subtitle.match(nxt[0]) and _date_line(nxt[1])))


def _date_line(text: str) -> bool:
    """Return True for a date line or an info line giving a date."""
    if vocab().dateline.match(text):
        return True
    info = read_info_line(text)
    return info is not None and info[0] is not None


def classify_headings(blocks: list[Block], layout: Layout) -> HeadingRoles:
    """Return which headings are article titles and which are column names."""
    v = vocab()
    roles = HeadingRoles()
    runs = _runs(blocks, layout)
    numbered = {i for run in runs for i in run if v.section_number.match(plain(blocks[i].text))}
    for run in runs:
        after = run[-1] + 1
        led = after < layout.end and _opens_item(plain(blocks[after].text))
        levels = [blocks[i].level for i in run if i not in numbered]
        for i in run:
            if i in numbered and not in_toc(blocks[i].text, layout.toc):
                continue
            if in_toc(blocks[i].text, layout.toc) or _dated(blocks, i, layout.end) or led and blocks[i].level == max(levels):
                roles.titles.add(i)
            elif led:
                roles.columns.add(i)
    if roles.titles:
        return roles
    candidates = [i for run in runs for i in run if i not in numbered]
    if candidates:
        top = min(blocks[i].level for i in candidates)
        for run in runs:  # of headings in a row, the last titles the article; the ones above name its column
            tops = [i for i in run if i in candidates and blocks[i].level == top]
            roles.titles.update(tops[-1:])
            roles.columns.update(tops[:-1])
    return roles

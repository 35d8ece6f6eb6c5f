"""Place chunks on pages of a fixed number of grid lines, keeping headings with their text."""

from __future__ import annotations

from briefgen.render.pdf.chunks import Chunk

Page = list[tuple[int, Chunk]]


def _keep_need(chunks: list[Chunk], index: int) -> int:
    """Return the lines a chunk needs on its page: itself, its kept followers and one more chunk.

    Blank lines in the chain do not count as that one more chunk: a heading followed by a
    blank line still needs the text after the blank.
    """
    need, i = 0, index
    while i < len(chunks):
        need += chunks[i].lines
        if not chunks[i].keep_with_next and not (chunks[i].blank and i > index):
            break
        i += 1
    return need


def paginate(chunks: list[Chunk], per_page: int, first_start: int) -> list[Page]:
    """Return each page's chunks with their starting grid line; blank chunks vanish at a page top."""
    pages: list[Page] = [[]]
    used = first_start
    for index, chunk in enumerate(chunks):
        if chunk.blank and used == 0:
            continue
        need = _keep_need(chunks, index) if chunk.keep_with_next else chunk.lines
        if used + min(need, per_page) > per_page and used > 0:
            pages.append([])
            used = 0
            if chunk.blank:
                continue
            head = chunk.running_head
            if head is not None and head.lines + need <= per_page:
                pages[-1].append((0, head))
                used = head.lines
        pages[-1].append((used, chunk))
        used += chunk.lines
    return pages


def lines_used(page: Page) -> int:
    """Return how many grid lines a page's chunks fill."""
    return max((slot + chunk.lines for slot, chunk in page), default=0)

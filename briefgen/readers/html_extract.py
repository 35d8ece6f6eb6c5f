"""A news page's main text and metadata by trafilatura (with htmldate), as reader blocks."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Any

from briefgen.readers.base import Block, strip_controls

_SPACE = re.compile(r"[ \t\u3000\xa0]+")
_HEADS = {"head": "heading"}
_BREAKS = {"lb"}
# A block holding only an image, between two runs of text, separates them; trafilatura drops it and would
# join them (text<div><img></div>text).
_IMAGE_BLOCK = re.compile(r"<(div|p|center)\b[^>]*>\s*<img\b[^>]*>\s*</\1\s*>", re.IGNORECASE)


@dataclass
class Extraction:
    """What trafilatura found: body blocks, its title and the page's publication date."""

    blocks: list[Block] = field(default_factory=list)
    title: str | None = None
    date: str | None = None


def _text(element: Any) -> str:
    """Return an element's text with each <lb/> as a line break."""
    parts = [element.text or ""]
    for child in element.iterdescendants():
        parts.append(("\n" if child.tag in _BREAKS else "") + (child.text or "") + (child.tail or ""))
    return _SPACE.sub(" ", strip_controls("".join(parts)).replace("\r", "")).strip()


def _blocks(body: Any) -> list[Block]:
    """Return the blocks of trafilatura's XML body: heads, paragraphs, list items, table rows, quotes."""
    blocks: list[Block] = []
    for element in body.iter("head", "p", "item", "row", "quote"):
        if element.tag in ("p", "quote") and any(a.tag in ("item", "row", "p") for a in element.iterancestors()):
            continue
        if element.tag == "row":
            text = "　".join(t for t in (_text(c) for c in element) if t)
            kind = "table"
        else:
            text, kind = _text(element), _HEADS.get(element.tag, "paragraph")
        for line in filter(None, (ln.strip() for ln in text.split("\n"))):  # <lb/> kept as a line break
            blocks.append(Block(line, len(blocks) + 1, kind, 2 if kind == "heading" else 0))
    return blocks


def extract_main(html_text: str, url: str | None = None) -> Extraction:
    """Return trafilatura's main-text blocks, title and date of a page; empty when it finds none."""
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    logging.getLogger("htmldate").setLevel(logging.CRITICAL)
    try:
        doc = trafilatura.bare_extraction(_IMAGE_BLOCK.sub("<br>", html_text), url=url, with_metadata=True, include_tables=True,
                                          include_comments=False, include_images=False)
    except Exception:  # noqa: BLE001 - an extractor failure leaves the reader's own rules
        return Extraction()
    body = getattr(doc, "body", None)
    if body is None:
        return Extraction()
    return Extraction(_blocks(body), getattr(doc, "title", None), getattr(doc, "date", None))

"""Page text glued to the article's paragraphs: before the first (reading time, a stamp, the headline) and
after any (reposting notes)."""

from __future__ import annotations

from briefgen.ingest.pagelines import BODY_MIN
from briefgen.ingest.pagevocab import glued_prefix, glued_trailer
from briefgen.readers.base import Block

GLUED_MAX = 4  # page fragments glued one after another before a first paragraph


def without_trailer(block: Block) -> Block:
    """Return ``block`` without a reposting note glued to its end ((原题为《…》)(本文来自…))."""
    text = glued_trailer().sub("", block.text.rstrip())
    return Block(text or block.text, block.line, block.kind, block.level)


def unglue(text: str, title: str | None) -> tuple[str, str]:
    """Return a first body paragraph without the page text glued before it (reading time, 摘要：, a time
    stamp, the headline), and that glued text."""
    rest = text.strip()
    for _ in range(GLUED_MAX):
        found = glued_prefix().match(rest)
        if found is None or not found.group(0):
            break
        rest = rest[found.end():]
    if title and rest.startswith(title) and len(rest) > len(title) + BODY_MIN // 2:
        rest = rest[len(title):].lstrip(" 　:：")
    return (rest or text), text.strip()[: len(text.strip()) - len(rest)] if rest else ""

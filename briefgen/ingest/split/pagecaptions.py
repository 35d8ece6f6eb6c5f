"""Photo captions a web page prints around its text: over the lead (在某小区，志愿者在清扫街道。/ 本报讯…),
and twice at a paragraph's end (…规范化。 在某小区，志愿者在发放资料。/ 志愿者在发放资料。)."""

from __future__ import annotations

from briefgen.ingest.split.vocab import is_lead
from briefgen.readers.base import Block
from briefgen.sentences import split_sentences

CAPTION_MAX = 60  # characters of one photo's caption
CAPTIONS_OVER_LEAD = 2  # caption lines that can stand between the headline and a 本报讯 lead
TWICE_MIN = 8  # characters a caption printed twice shares with its copy


def _caption(text: str) -> bool:
    return len(text) <= CAPTION_MAX and len(split_sentences(text)) == 1 and not is_lead(text)


def lead_after_captions(texts: list[str], start: int) -> int:
    """Return where the body starts: at a news lead (…讯) when only short one-sentence captions stand above it."""
    for at in range(start, min(start + CAPTIONS_OVER_LEAD, len(texts) - 1)):
        if not _caption(texts[at]):
            return start
        if is_lead(texts[at + 1]):
            return at + 1
    return start


def _twice(text: str, copy: str) -> int | None:
    """Return where ``text``'s caption begins when it ends with one (after a space) that ``copy`` repeats."""
    head, _, caption = text.rpartition(" ")
    caption = caption.strip()
    if not head.strip() or not _caption(caption) or len(copy) < TWICE_MIN or not caption.endswith(copy):
        return None
    return len(head)


def captions_printed_twice(blocks: list[Block]) -> list[Block]:
    """Return the blocks without a caption glued to a paragraph's end when the next block repeats it."""
    out: list[Block] = []
    skip = False
    for block, after in zip(blocks, [*blocks[1:], None], strict=False):  # no blocks: nothing to do
        if skip:
            skip = False
            continue
        cut = _twice(block.text.rstrip(), after.text.strip()) if after is not None else None
        if cut is None:
            out.append(block)
            continue
        out.append(Block(block.text[:cut].rstrip(), block.line, block.kind, block.level))
        skip = True
    return out

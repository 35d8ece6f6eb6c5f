"""The contributing unit printed after a digest item, e.g. "（开发区经济发展部）"."""

from __future__ import annotations

import functools
import re

from briefgen.records import Passage
from briefgen.resources import data_file
from briefgen.yamlio import load_yaml

_TRAILING_NOTE = re.compile(r"[（(]([^（）()\n]{2,40})[)）]\s*$")
_SENTENCE_MARKS = re.compile(r"[。！？；，：:;,!?]")


@functools.cache
def _body_suffixes() -> tuple[str, ...]:
    """Return the organisation-name endings from ``data/bodies.yaml``."""
    data = load_yaml(data_file("bodies.yaml").read_text(encoding="utf-8"))
    return tuple(sorted(data["suffixes"], key=len, reverse=True))


def is_unit_list(note: str) -> bool:
    """Return True when every 、-separated part of ``note`` names an organisation."""
    if _SENTENCE_MARKS.search(note):
        return False
    parts = [p.strip() for p in re.split(r"[、／/]", note)]
    return all(len(p) >= 3 and p.endswith(_body_suffixes()) for p in parts)


def split_contributor(text: str) -> tuple[str, str | None]:
    """Return the text without a trailing unit note, and the note (None when there is none)."""
    m = _TRAILING_NOTE.search(text)
    if not m or not is_unit_list(m.group(1)) or m.start() == 0:
        return text, None
    return text[: m.start()].rstrip(), m.group(1).strip()


def take_contributor(passages: list[Passage]) -> str | None:
    """Remove the unit note from the last passage in place (or the passage, when it is only the note)."""
    if not passages:
        return None
    last = passages[-1]
    alone = _TRAILING_NOTE.match(last.text.strip())
    if alone and len(passages) > 1 and is_unit_list(alone.group(1)):
        passages.pop()
        return alone.group(1).strip()
    text, note = split_contributor(last.text)
    if note is None:
        return None
    tail = last.text[len(text):]
    last.text = text
    last.sentences = [s for s in (_trim(s, tail) for s in last.sentences) if s]
    last.tokens = _trim_tokens(last.tokens, tail)
    return note


def _trim(sentence: str, tail: str) -> str:
    """Return ``sentence`` without the note where it ends with it."""
    stripped = tail.strip()
    return sentence[: -len(stripped)].rstrip() if sentence.rstrip().endswith(stripped) else sentence


def _trim_tokens(tokens: list[str], tail: str) -> list[str]:
    """Return ``tokens`` without the trailing ones that spell the note."""
    rest, kept = tail.strip(), list(tokens)
    while kept and rest and rest.endswith(kept[-1]) and kept[-1].strip():
        rest = rest[: -len(kept[-1])]
        kept.pop()
    while kept and not kept[-1].strip():
        kept.pop()
    return kept

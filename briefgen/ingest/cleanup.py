"""Cleanup rules, each a small function; ``clean_paragraphs`` applies them until nothing changes."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from briefgen.ingest.garble import garble_reason
from briefgen.ingest.vocab import ends_sentence, is_lead, vocab
from briefgen.readers.base import strip_controls

CONTAINMENT = 0.8
SUBHEAD_MAX = 30
_CJK = "\u3400-\u9fff\uf900-\ufaff"
_HTML_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]{0,200})?/?>")
_EMPHASIS = re.compile(r"\*{2,3}|(?<![\w])_{2,3}|_{2,3}(?![\w])")
_LEADING_HASH = re.compile(r"^#{1,6}\s+")
_PUNCT = {",": "，", ":": "：", ";": "；"}
_HALF = re.compile(rf"(?<=[{_CJK}”“）])\s*([,:;])\s*|\s*([,:;])\s*(?=[{_CJK}“‘（])")
_PARENS = re.compile(r"\(([^()]{0,80})\)")
_HAS_CJK = re.compile(rf"[{_CJK}]")
_SPACES = re.compile(r"[ \t\u3000]{2,}")


@dataclass
class Para:
    """A paragraph being cleaned: text, source line, original text and flag."""

    text: str
    line: int = 0
    original: str | None = None
    flag: str | None = None


def strip_control_chars(text: str) -> str:
    """Return ``text`` without control characters, newlines folded to spaces."""
    return strip_controls(text).replace("\n", " ").strip()


def strip_markup(text: str) -> str:
    """Return ``text`` without markdown emphasis, leading ``#`` marks and stray HTML tags."""
    text = _HTML_TAG.sub("", text)
    text = _EMPHASIS.sub("", text)
    return _SPACES.sub(" ", _LEADING_HASH.sub("", text)).strip()


def normalize_punctuation(text: str) -> str:
    """Return ``text`` with half-width ,:;() next to Chinese turned full-width; numbers untouched."""
    def paren(match: re.Match[str]) -> str:
        inner = match.group(1)
        around = text[max(match.start() - 1, 0) : match.end() + 1]
        return f"（{inner}）" if _HAS_CJK.search(inner) or _HAS_CJK.search(around) else match.group(0)

    text = _PARENS.sub(paren, text)
    return _HALF.sub(lambda m: _PUNCT[m.group(1) or m.group(2)], text)


def _starts_structure(text: str) -> bool:
    v = vocab()
    return bool(is_lead(text) or v.column_tag.match(text) or v.section_number.match(text)
                or v.byline.match(text) or v.dateline.match(text))


def _subheads(paras: list[Para]) -> set[int]:
    """Return indexes of short unterminated lines that recur as in-article subheadings."""
    short = [i for i, p in enumerate(paras[:-1])
             if len(p.text) <= SUBHEAD_MAX and not ends_sentence(p.text)]
    return set(short) if len(short) >= 2 else set()


def rejoin_broken(paras: list[Para]) -> list[Para]:
    """Return paragraphs with page/column breaks mid-sentence joined back together."""
    keep = _subheads(paras)
    out: list[Para] = []
    for i, para in enumerate(paras):
        prev = out[-1] if out else None
        if (prev is not None and (i - 1) not in keep and not ends_sentence(prev.text)
                and not vocab().section_number.match(prev.text) and not _starts_structure(para.text)
                and prev.flag is None and para.flag is None):
            out[-1] = replace(prev, text=prev.text + para.text,
                              original=_join(prev.original, para.original))
        else:
            out.append(para)
    return out


def _join(a: str | None, b: str | None) -> str | None:
    return a + b if a is not None and b is not None else a or b


def grams(text: str) -> set[str]:
    """Return the character 3-grams of ``text`` (whitespace ignored)."""
    compact = "".join(text.split())
    return {compact[i : i + 3] for i in range(len(compact) - 2)}


def containment(inner: set[str], outer: set[str]) -> float:
    """Return the share of ``inner``'s 3-grams found in ``outer``."""
    return len(inner & outer) / len(inner) if inner else 0.0


def trim_overlap(prev: str, text: str) -> str:
    """Return ``text`` without a leading sentence tail that repeats the end of ``prev``."""
    match = re.match(r"^[^。！？；]{2,40}[。！？；]", text)
    if match and len(text) > match.end() and prev.endswith(match.group(0)):
        return text[match.end():]
    return text


def drop_repeats(paras: list[Para]) -> tuple[list[Para], int]:
    """Return paragraphs without copies, half copies and page-break tails, and how many went."""
    kept: list[Para] = []
    kept_grams: list[set[str]] = []
    dropped = 0
    for para in paras:
        if kept:
            para = replace(para, text=trim_overlap(kept[-1].text, para.text))
        mine = grams(para.text)
        if _is_repeat(para.text, mine, kept, kept_grams):
            dropped += 1
            continue
        wider = next((k for k, g in enumerate(kept_grams) if len(mine) > len(g)
                      and containment(g, mine) >= CONTAINMENT and _droppable(kept[k].text)), None)
        if wider is not None:
            kept[wider], kept_grams[wider] = replace(kept[wider], text=para.text, original=para.original), mine
            dropped += 1
            continue
        kept.append(para)
        kept_grams.append(mine)
    return kept, dropped


def _is_repeat(text: str, mine: set[str], kept: list[Para], kept_grams: list[set[str]]) -> bool:
    """Return True for a near copy; a short unterminated line (a subheading) only as an exact copy."""
    if not mine or (len(text) <= SUBHEAD_MAX and not ends_sentence(text)):
        return any(text == k.text for k in kept)
    return any(containment(mine, g) >= CONTAINMENT for g in kept_grams)


def _droppable(text: str) -> bool:
    return len(text) > SUBHEAD_MAX or ends_sentence(text)


def flag_garbled(paras: list[Para]) -> list[Para]:
    """Return paragraphs with ``flag`` set on those holding a garbled span."""
    return [p if p.flag else replace(p, flag=garble_reason(p.text)) for p in paras]


def clean_text(text: str) -> str:
    """Return one paragraph's text with the per-text rules applied."""
    return normalize_punctuation(strip_markup(strip_control_chars(text)))


def clean_paragraphs(paras: list[Para]) -> tuple[list[Para], int]:
    """Return cleaned paragraphs and the number dropped as repeats; rerun until stable."""
    dropped = 0
    current = [replace(p, text=strip_markup(strip_control_chars(p.text))) for p in paras]
    current = flag_garbled([p for p in current if p.text])
    current = [replace(p, text=normalize_punctuation(p.text)) for p in current]
    for _ in range(8):
        joined = [replace(p, text=normalize_punctuation(p.text)) for p in rejoin_broken(current)]
        kept, gone = drop_repeats(joined)
        dropped += gone
        if [p.text for p in kept] == [p.text for p in current]:
            break
        current = kept
    return current, dropped

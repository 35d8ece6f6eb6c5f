"""Compiled vocabularies for segmentation, loaded once from ``data/segment_vocab.yaml``."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from briefgen.resources import data_file
from briefgen.sentences import CLOSERS, ends_sentence
from briefgen.yamlio import load_yaml

_MD_RESIDUE = re.compile(r"\*{2,3}|(?<![0-9A-Za-z])\*|\*(?![0-9A-Za-z])|_{2,3}|^#{1,6}\s*")
# Every alternative of _MD_RESIDUE holds one of these; ``plain`` skips texts without any.
_MD_MARKS = ("*", "_", "#")


@dataclass(frozen=True)
class Vocab:
    """The segmentation patterns, compiled."""

    leads: tuple[re.Pattern[str], ...]
    lead_byline: re.Pattern[str]
    lead_names: re.Pattern[str]
    lead_reporters: re.Pattern[str]
    lead_credited: re.Pattern[str]
    lead_credit_bracket: re.Pattern[str]
    byline: re.Pattern[str]
    caption_credit: re.Pattern[str]
    caption_inline: re.Pattern[str]
    caption_glued: re.Pattern[str]
    caption_line: re.Pattern[str]
    lead_opener: re.Pattern[str]
    day_time_opening: re.Pattern[str]
    glued_lead_day: re.Pattern[str]
    glued_head_end: re.Pattern[str]
    photo_group_credit: re.Pattern[str]
    report_credit: re.Pattern[str]
    closing_reporter: re.Pattern[str]
    column_tag: re.Pattern[str]
    headline_tag: re.Pattern[str]
    report_verbs: tuple[str, ...]
    toc_titles: frozenset[str]
    toc_entry: re.Pattern[str]
    masthead_name: re.Pattern[str]
    masthead_issue: re.Pattern[str]
    masthead_issuer: re.Pattern[str]
    imprint: re.Pattern[str]
    attribution: re.Pattern[str]
    attribution_prefix: re.Pattern[str]
    section_number: re.Pattern[str]
    dateline: re.Pattern[str]
    subtitle: re.Pattern[str]
    item_bullet: re.Pattern[str]
    method_head: re.Pattern[str]
    note_title: re.Pattern[str]
    attendance_line: re.Pattern[str]
    roles_line: re.Pattern[str]
    doc_number: re.Pattern[str]
    adoption_note: re.Pattern[str]
    day_item: re.Pattern[str]
    chronicle_title: re.Pattern[str]
    lead_relayed: re.Pattern[str]
    list_intro: re.Pattern[str]
    event_mark: re.Pattern[str]
    event_number: re.Pattern[str]
    scene_caption: re.Pattern[str]
    enumerator: re.Pattern[str]
    narrative_head: re.Pattern[str]
    trailer: re.Pattern[str]
    trailer_item: re.Pattern[str]
    salutation: re.Pattern[str]
    credit_lead: re.Pattern[str]
    photo_credit_tail: re.Pattern[str]
    closing_credit: re.Pattern[str]


@functools.cache
def vocab() -> Vocab:
    """Return the compiled segmentation vocabulary."""
    with data_file("segment_vocab.yaml").open(encoding="utf-8") as fh:
        raw = load_yaml(fh.read())
    return Vocab(
        leads=tuple(re.compile(p) for p in raw["lead_patterns"]),
        toc_titles=frozenset(raw["toc_titles"]),
        report_verbs=tuple(raw["report_verbs"]),
        **{k: re.compile(raw[k]) for k in Vocab.__dataclass_fields__ if k not in ("leads", "toc_titles", "report_verbs")},
    )


def plain(text: str) -> str:
    """Return ``text`` without markdown emphasis or heading marks, trimmed (HTML-like tags are data)."""
    if "*" not in text and "_" not in text and "#" not in text:  # _MD_MARKS, spelled out: called for every line
        return text.strip()
    return _MD_RESIDUE.sub("", text).strip()


@functools.cache
def _any_lead() -> re.Pattern[str]:
    """Return the lead patterns as one alternation: one match call instead of one per pattern."""
    return re.compile("|".join(f"(?:{p.pattern})" for p in vocab().leads) or "(?!)")


def is_lead(text: str) -> bool:
    """Return True when the paragraph opens a news item (本报讯 and the like)."""
    return _any_lead().match(text) is not None


def looks_like_title(text: str, limit: int = 40) -> bool:
    """Return True for a short line without closing punctuation or commas that is not numbered."""
    v = vocab()
    return (
        4 <= len(text) <= limit
        and not ends_sentence(text)
        and not any(c in text for c in "，,、；;")
        and not v.section_number.match(text)
        and not v.dateline.match(text)
        and not v.byline.match(text)
        and not v.caption_credit.match(text)
        and not v.caption_inline.search(text)
        and not text.rstrip(CLOSERS).endswith(("：", ":"))
    )

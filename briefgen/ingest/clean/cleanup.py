"""Cleanup rules, each a small function; ``clean_paragraphs`` applies them until nothing changes."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from briefgen.ingest.clean.garble import garble_reason
from briefgen.ingest.clean.para import Para, with_text
from briefgen.ingest.clean.repeats import (
    CONTAINMENT,
    SUBHEAD_MAX,
    containment,
    drop_counted,
    drop_repeats,
    grams,
    trim_overlap,
)
from briefgen.ingest.split.vocab import ends_sentence, is_lead, vocab
from briefgen.readers.base import strip_controls

__all__ = [
    "CONTAINMENT", "SUBHEAD_MAX", "Para", "clean_paragraphs", "clean_text", "containment",
    "drop_repeats", "flag_garbled", "grams", "normalize_punctuation", "rejoin_broken",
    "strip_control_chars", "strip_markup", "trim_overlap",
]
_CJK = "\u3400-\u9fff\uf900-\ufaff"
_EMPHASIS = re.compile(r"\*{2,3}|(?<![\w])_{2,3}|_{2,3}(?![\w])")
_LEADING_HASH = re.compile(r"^#{1,6}\s+")
_PUNCT = {",": "，", ":": "：", ";": "；"}
_HALF = re.compile(rf"(?<=[{_CJK}”“）])\s*([,:;])\s*|(?<!&[a-z]{{2}})(?<!&[a-z]{{3}})(?<!&[a-z]{{4}})\s*([,:;])\s*(?=[{_CJK}“‘（])")
_PARENS = re.compile(r"\(([^()]{0,80})\)")
_DOUBLED = re.compile(r"[，,]+(?=[，、。；！？])|(?<=[、。；！？])[，,]+")  # a mirror's doubled marks (经济，，、 / 60%,。)
_CORNER_QUOTES = str.maketrans("「」『』", "“”‘’")  # a traditional page's quotes, printed as simplified text quotes
_HAS_CJK = re.compile(rf"[{_CJK}]")
_SPACES = re.compile(r"[ \t\u3000]{2,}")
_DOUBLE_SPACE = re.compile(r"[ \t\u3000]{2}")
# a footnote's reference mark inside a sentence (地区生产总值[2]32074.7亿元): the note itself opens a paragraph
_NOTE_MARK = re.compile(rf"(?<=[{_CJK}）”%])[\[［]\d{{1,2}}[\]］](?=[\d{_CJK}，。、；：（“])")


def _markup_hint(text: str) -> bool:
    """Return True when a rule of ``strip_markup`` might change ``text``: * _, a leading #, two spaces, outer space.

    Substring tests and one pattern that starts with a character class: a scan per character in C,
    where one alternation pattern cost a match attempt at every position.
    """
    return ("*" in text or "_" in text or text.startswith("#") or text[:1].isspace()
            or text[-1:].isspace() or _DOUBLE_SPACE.search(text) is not None)


def strip_control_chars(text: str) -> str:
    """Return ``text`` without control characters, newlines and tabs folded to spaces."""
    return strip_controls(text).replace("\n", " ").replace("\t", " ").strip()


def strip_markup(text: str) -> str:
    """Return ``text`` without markdown emphasis, leading ``#`` marks and footnote reference marks (HTML-like
    tags stay: data)."""
    if ("[" in text or "［" in text) and _NOTE_MARK.search(text):
        text = _NOTE_MARK.sub("", text)
    if not _markup_hint(text):  # nothing any rule below could change: most paragraphs
        return text
    while True:  # until none is left: removing one mark can make another (**** → **)
        stripped = _SPACES.sub(" ", _LEADING_HASH.sub("", _EMPHASIS.sub("", text))).strip()
        if stripped == text:
            return text
        text = stripped


def normalize_punctuation(text: str) -> str:
    """Return ``text`` with half-width ,:;() next to Chinese turned full-width, a mirror's doubled clause marks made
    one and corner quotes 「」 written “”; numbers untouched."""
    def paren(match: re.Match[str]) -> str:
        inner = match.group(1)
        around = text[max(match.start() - 1, 0) : match.end() + 1]
        return f"（{inner}）" if _HAS_CJK.search(inner) or _HAS_CJK.search(around) else match.group(0)

    if "(" in text:
        text = _PARENS.sub(paren, text)
    if any(mark in text for mark in _PUNCT):
        text = _HALF.sub(lambda m: _PUNCT[m.group(1) or m.group(2)], text)
    if "，，" in text or "，、" in text or "，。" in text or ",。" in text or "、，" in text:
        text = _DOUBLED.sub("", text)
    return text.translate(_CORNER_QUOTES) if "「" in text or "『" in text else text


def _starts_structure(text: str) -> bool:
    v = vocab()
    return bool(is_lead(text) or v.column_tag.match(text) or v.section_number.match(text)
                or v.byline.match(text) or v.dateline.match(text)
                or v.item_bullet.match(text))


_TWO_PHRASES = re.compile(r"^[^\s，,。；;：:]{4,}[ \u3000]+[^\s，,。；;：:]{4,}$")  # 科学布防 织密巡逻防控“安全网”


def _subheads(paras: list[Para]) -> set[int]:
    """Return indexes of short unterminated lines that recur as in-article subheadings, or that are set as a
    headline of two phrases apart by a space."""
    short = [i for i, p in enumerate(paras[:-1])
             if len(p.text) <= SUBHEAD_MAX and not ends_sentence(p.text)]
    return set(short) if len(short) >= 2 else {i for i in short if _TWO_PHRASES.match(paras[i].text)}


def rejoin_broken(paras: list[Para]) -> list[Para]:
    """Return paragraphs with page/column breaks mid-sentence joined back together (headings never)."""
    keep = _subheads(paras)
    out: list[Para] = []
    for i, para in enumerate(paras):
        prev = out[-1] if out else None
        if (prev is not None and (i - 1) not in keep and not prev.heading and not para.heading
                and not ends_sentence(prev.text)
                and not vocab().section_number.match(prev.text) and not _starts_structure(para.text)
                and prev.flag is None and para.flag is None):
            out[-1] = replace(prev, text=prev.text + para.text,
                              original=_join(prev.original, para.original))
        else:
            out.append(para)
    return out


def _join(a: str | None, b: str | None) -> str | None:
    return a + b if a is not None and b is not None else a or b


def flag_garbled(paras: list[Para]) -> list[Para]:
    """Return paragraphs with ``flag`` set on those holding a garbled span."""
    return [p if p.flag or (reason := garble_reason(p.text)) == p.flag else replace(p, flag=reason)
            for p in paras]  # the same record where nothing changes (rules never mutate)


ROUNDS_MIN = 8


def clean_text(text: str) -> str:
    """Return one paragraph's text with the per-text rules applied."""
    return normalize_punctuation(strip_markup(strip_control_chars(text)))


def clean_paragraphs(paras: list[Para]) -> tuple[list[Para], int]:
    """Return cleaned paragraphs and the number dropped as repeats; rerun until stable."""
    dropped = 0
    normal: dict[str, str] = {}  # the rounds see mostly the same texts: each is normalised once
    tidied: dict[str, str] = {}
    trigrams: dict[str, set[str]] = {}
    current = [with_text(p, strip_markup(strip_control_chars(p.text))) for p in paras]
    current = flag_garbled([p for p in current if p.text])
    current = [with_text(p, _once(normal, normalize_punctuation, p.text)) for p in current]
    plain = False  # the last round only dropped whole copies, so its survivors hold no copy of each other
    for _ in range(max(ROUNDS_MIN, len(current) + 2)):  # a round that changes anything joins or drops one
        joined = [with_text(p, _once(tidied, _tidy, p.text)) for p in rejoin_broken(current)]
        joined = [p for p in joined if p.text]  # joining halves of a mark can make a whole one (* + *)
        texts = [p.text for p in current]
        if plain and [p.text for p in joined] == texts:
            break  # each was kept against exactly the ones before it: the repeat pass would keep all again
        kept, gone = drop_counted(joined, trigrams)
        dropped += gone
        if [p.text for p in kept.paras] == texts:
            break
        current, plain = kept.paras, kept.plain
    return current, dropped


def _tidy(text: str) -> str:
    return normalize_punctuation(strip_markup(text))


def _once(memo: dict[str, str], rule: Callable[[str], str], text: str) -> str:
    """Return ``rule(text)``, computed once per text within ``memo``."""
    done = memo.get(text)
    if done is None:
        done = memo[text] = rule(text)
    return done

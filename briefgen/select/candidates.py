"""Candidate sentences of one article, with the stored figures, dates and places they carry."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field

from briefgen.corpus.store import ArticleRow, PassageRow
from briefgen.select.text import content_words, sentence_tokens

SENTENCE_ENDS = ("。", "！", "？", "!", "?", "；", ";", "”", "」", "…", "）", ")")


@dataclass
class Candidate:
    """One sentence that could go into the briefing item, and what it carries."""

    article_id: int
    paragraph: int
    line: int
    order: int
    para_rank: int
    sent_rank: int
    text: str
    tokens: list[str]
    words: frozenset[str]
    figures: list[sqlite3.Row] = field(default_factory=list)
    events: list[sqlite3.Row] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    scores: dict[str, float] = field(default_factory=dict)
    total: float = 0.0


@dataclass
class ArticleFacts:
    """One article with its passages and stored figure, event and place rows."""

    article: ArticleRow
    passages: list[PassageRow]
    figures: list[sqlite3.Row]
    events: list[sqlite3.Row]
    places: list[sqlite3.Row]
    lead_original: str | None = None  # the lead line as printed on the page (converted text only)
    url: str | None = None

    def substantive_chars(self) -> int:
        """Return how many characters of unflagged text the article has."""
        return sum(len(p.text.strip()) for p in self.passages if not p.flag)


def _carried(rows: list[sqlite3.Row], paragraph: int, sentence: str) -> list[sqlite3.Row]:
    """Return the rows found in this sentence: same paragraph and text inside it."""
    return [r for r in rows if r["paragraph"] == paragraph and r["text"] and r["text"] in sentence]


def _sentence_figures(rows: list[sqlite3.Row], paragraph: int, sentence: str) -> list[sqlite3.Row]:
    """Return the figures stored for this sentence: same paragraph, text or sentence matching."""
    return [
        r for r in rows
        if r["paragraph"] == paragraph and (r["text"] in sentence or r["sentence"] == sentence)
    ]


def is_heading(passage: PassageRow, max_chars: int) -> bool:
    """Return whether the passage is a subheading: one short line with no closing punctuation."""
    text = passage.text.strip()
    return len(text) <= max_chars and not text.endswith(SENTENCE_ENDS)


def _open_quote(text: str) -> bool:
    """Return whether ``text`` opens a quotation it does not close."""
    return text.count("“") > text.count("”") or text.count("「") > text.count("」")


def _attributed(
    sentences: list[str], tokens: list[list[str]], attribution: re.Pattern[str], quote_max: int = 0
) -> list[tuple[str, list[str]]]:
    """Return the sentences with their tokens, a quotation of several sentences joined into one while it fits in
    ``quote_max`` characters, and one that only says who spoke a quote (“……。”某某说。) joined to it."""
    out: list[tuple[str, list[str]]] = []
    for sentence, words in zip(sentences, tokens, strict=True):
        last = out[-1][0] if out else ""
        if out and (_open_quote(last) and len(last) + len(sentence) <= quote_max or last.rstrip().endswith(
                ("”", "」")) and attribution.match(sentence.strip())):
            out[-1] = (last + sentence, out[-1][1] + words)
        else:
            out.append((sentence, words))
    return out


def _run_in_heading(sentences: list[str], position: int, text: str, run_in_chars: int, point: re.Pattern[str]) -> bool:
    """Return True for a paragraph's short first sentence with no comma that more sentences follow (协商凝聚广泛共识。
    过去一年，…): a section's heading run into its paragraph, not a sentence to print alone; a listed point
    (``point``: 一是明确支持范围。) is no heading."""
    return (position == 0 and len(sentences) > 1 and len(text) <= run_in_chars and not _CLAUSE.search(text)
            and not point.match(text))


_CLAUSE = re.compile(r"[，,、；;：:]")


def build_candidates(
    facts: ArticleFacts, min_chars: int, heading_chars: int, attribution: str = "(?!)", quote_max: int = 0,
    run_in_chars: int = 0, run_in_point: str = "(?!)",
) -> list[Candidate]:
    """Return the article's unflagged sentences in source order, subheadings (and headings run into their paragraph,
    up to ``run_in_chars`` characters) left out, a quotation of several sentences one candidate (up to ``quote_max``
    characters), a quote's attribution (``attribution``, a pattern) kept with the quote."""
    names = sorted({r["name"] for r in facts.places if r["name"]}, key=len, reverse=True)
    out: list[Candidate] = []
    unflagged = [p for p in facts.passages if not p.flag and not is_heading(p, heading_chars)]
    said, point = re.compile(attribution), re.compile(run_in_point)
    for rank, passage in enumerate(unflagged):
        sentences = passage.sentences or [passage.text]
        per_sentence = sentence_tokens(passage.text, sentences, passage.tokens)
        for position, (sentence, tokens) in enumerate(_attributed(sentences, per_sentence, said, quote_max)):
            text = sentence.strip()
            if len(text) < min_chars or _run_in_heading(sentences, position, text, run_in_chars, point):
                continue
            out.append(Candidate(
                article_id=facts.article.id, paragraph=passage.index, line=passage.line,
                order=len(out), para_rank=rank, sent_rank=position, text=text, tokens=tokens, words=content_words(tokens),
                figures=_sentence_figures(facts.figures, passage.index, text),
                events=_carried(facts.events, passage.index, text),
                places=[n for n in names if n in text],
            ))
    return out

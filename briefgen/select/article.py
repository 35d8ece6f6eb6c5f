"""Scoring one article: its theme, its best sentences, and its figures."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from briefgen.bigrams import cjk_bigrams
from briefgen.select.candidates import ArticleFacts, Candidate, build_candidates, is_heading
from briefgen.select.condense import cleaned_lead, condense, fuller_lead
from briefgen.select.condense_rules import condense_rules
from briefgen.select.config import selector_settings
from briefgen.select.events import Fingerprint, fingerprint
from briefgen.select.mmr import fill, lead_pick, refers_back
from briefgen.select.outlets import outlet
from briefgen.select.scorers import ScoreContext, Scorer
from briefgen.select.themes import ThemeBook, theme_scores
from briefgen.select.types import FigureRow, PickedPassage, SelectedArticle

SUBTITLE = ("——", "—", "－－")


@dataclass
class Judged:
    """An article as judged: the selection entry, its lead's content words and its fingerprint.

    The lead's words are the key terms of the event (who did what, where) used to match rewrites.
    """

    selected: SelectedArticle
    words: frozenset[str]
    theme_scores: dict[str, float]
    print: Fingerprint | None = None


def figure_row(row: sqlite3.Row) -> FigureRow:
    """Return the stored figure row as the selector reports it."""
    return FigureRow(
        text=row["text"], value=row["value"], unit=row["unit"], indicator=row["indicator"],
        relation=row["relation"], period=row["period"], article_id=row["article_id"],
        sentence=row["sentence"],
    )


def article_theme(facts: ArticleFacts, book: ThemeBook) -> dict[str, float]:
    """Return the article's theme scores from its unflagged passages' tokens, lead and title."""
    kept = [p for p in facts.passages if not p.flag]
    tokens = [t for p in kept for t in p.tokens]
    heading_chars = int(selector_settings()["item"]["heading_max_chars"])
    lead = next((p.tokens for p in kept if not is_heading(p, heading_chars)), [])
    title = facts.article.title or ""
    if kept and is_heading(kept[0], heading_chars) and kept[0].text.lstrip().startswith(SUBTITLE):
        title += kept[0].text
    return theme_scores(book, tokens, title, lead)


def _figures(facts: ArticleFacts, picks: list[Candidate]) -> list[FigureRow]:
    """Return the picked sentences' figures first, then the article's other unflagged ones."""
    flagged = {p.index for p in facts.passages if p.flag}
    first = [r for c in picks for r in c.figures]
    seen = {id(r) for r in first}
    rest = [r for r in facts.figures if id(r) not in seen and r["paragraph"] not in flagged]
    return [figure_row(r) for r in first + rest]


def judge(
    facts: ArticleFacts,
    theme: str,
    scores: dict[str, float],
    context: ScoreContext,
    scorers: list[Scorer],
) -> Judged | None:
    """Return the article's picks and score, or None when no sentence is usable."""
    settings = context.settings
    item = settings["item"]
    candidates = build_candidates(
        facts, int(item["min_sentence_chars"]), int(item["heading_max_chars"]), str(item.get("attribution", "(?!)")),
        int(item.get("quote_max_chars", 0)), int(item.get("run_in_heading_chars", 0)), str(item.get("run_in_point", "(?!)")),
    )
    if not candidates:
        return None
    weights = settings["weights"]
    for c in candidates:
        c.scores = {s.name: s.score(c, context) for s in scorers}
        c.total = sum(float(weights.get(k, 1.0)) * v for k, v in c.scores.items())
    lead = lead_pick(
        candidates, int(item["lead_window"]), float(item["lead_slogan_limit"]),
        int(item["lead_opener_chars"]),
    )
    if item.get("condense", True):
        rules = condense_rules()
        duplicate = float(settings["mmr"]["duplicate"])
        first = cleaned_lead(rules, lead, facts.article.published)
        fuller = fuller_lead(first, candidates, duplicate, int(item["lead_window"]))
        if fuller is not first and not refers_back(fuller.text, item["mid_article_openings"]):
            first = cleaned_lead(rules, fuller, facts.article.published)
        limits = (int(item["min_chars"]), int(item["max_chars"]))
        thresholds = (float(item["lead_slogan_limit"]), duplicate)
        picks = condense(rules, first, candidates, limits, thresholds)
    else:
        picks = fill(lead, candidates, settings)
    bonus = settings["article"]
    carried = sum(len(c.figures) for c in picks)
    score = sum(c.total for c in picks) / len(picks)
    score += float(bonus["figures_bonus"]) * min(carried, int(bonus["figures_cap"]))
    if context.theme is not None:
        score += float(bonus["theme_bonus"])
    a = facts.article
    selected = SelectedArticle(
        article_id=a.id, file=a.file, title=a.title, theme=theme,
        source=outlet(a.source, facts.lead_original, facts.url),
        date=a.date_start or a.published, score=score,
        passages=[PickedPassage(c.text, c.paragraph, c.line, round(c.total, 4)) for c in picks],
        figures=_figures(facts, picks), published=a.published, contributor=a.contributor,
        title_shared=_title_shared(a.title, facts), own_place=_own_place(facts),
    )
    words = min(picks, key=lambda c: c.order).words
    return Judged(selected, words, scores, fingerprint(facts))


def _title_shared(title: str | None, facts: ArticleFacts) -> tuple[str, ...]:
    """Return the title's two-character words that the article's unflagged text holds too, sorted."""
    if not title:
        return ()
    return tuple(sorted(cjk_bigrams(title) & cjk_bigrams("".join(p.text for p in facts.passages if not p.flag))))


def _own_place(facts: ArticleFacts) -> str | None:
    """Return the one county-level place the article names, or None (several, none, or a district of an
    autonomous region, whose 我区 means the region)."""
    names = {(r["name"], r["province"] or "") for r in facts.places if r["level"] == "county" and r["name"]}
    if len(names) != 1:
        return None
    name, province = names.pop()
    return None if name.endswith("区") and province.endswith("自治区") else name

"""Choosing a week's articles: best first, one item per event, picks in source order."""

from __future__ import annotations

from typing import Any

from briefgen.corpus.store import Corpus
from briefgen.errors import ConfigError
from briefgen.select.article import Judged, article_theme, figure_row, judge
from briefgen.select.candidates import ArticleFacts
from briefgen.select.config import body_suffixes, boilerplate_patterns, selector_settings
from briefgen.select.events import clusters, most_complete
from briefgen.select.gather import article_facts
from briefgen.select.mmr import refers_back
from briefgen.select.scorers import ScoreContext, default_scorers
from briefgen.select.themes import ThemeBook, load_themes, primary_theme
from briefgen.select.types import FigureRow, SelectedArticle, Selection, SourceRef


def _wanted(book: ThemeBook, themes: list[str] | None) -> list[str] | None:
    """Return the requested theme names, refusing any the theme file does not define."""
    if not themes:
        return None
    unknown = [t for t in themes if t not in book.names]
    if unknown:
        raise ConfigError(
            f"未知主题：{'、'.join(unknown)}；可用主题：{'、'.join(book.names)}（见 themes.yaml）"
        )
    return list(themes)


def theme_for(book: ThemeBook, scores: dict[str, float], wanted: list[str] | None,
              share: float | None = None) -> str | None:
    """Return the article's theme, or None when it is off the requested themes (a requested theme counts
    when it scores at least ``share`` of the article's top theme; selector.yaml's theme.wanted_share)."""
    overall = primary_theme(book, scores)
    if wanted is None:
        return overall
    best = primary_theme(book, scores, wanted)
    if overall in wanted:
        return overall
    top = max(scores.values(), default=0.0)
    share = float(selector_settings()["theme"]["wanted_share"]) if share is None else share
    return best if best in wanted and scores.get(best, 0.0) >= share * top > 0 else None


def _left(article_id: int, title: str | None, reason: str) -> dict[str, Any]:
    """Return a left-out entry: which article and why, in Chinese."""
    return {"article_id": article_id, "title": title, "reason": reason}


def starts_mid_article(facts: ArticleFacts, openings: list[str]) -> bool:
    """Return True for an article without a title whose text opens as a continuation (会上，市城管局负责人汇报…):
    a copy that lost the headline and the opening paragraph."""
    first = next((p.text.strip() for p in facts.passages if not p.flag and p.text.strip()), "")
    return not (facts.article.title or "").strip() and refers_back(first, openings)


def _reference(article: SelectedArticle) -> SourceRef:
    """Return where a merged article appeared, for the item's source note."""
    a = article
    return SourceRef(a.article_id, a.file, a.title, a.source, a.published, a.date)


def _one_per_event(
    judged: list[Judged], rule: dict[str, Any], left_out: list[dict[str, Any]]
) -> list[Judged]:
    """Return one article per event, best first: the most complete report, citing the others."""
    prints = [j.print for j in judged]
    if any(p is None for p in prints):
        raise ValueError("every judged article needs its fingerprint")
    known = [p for p in prints if p is not None]
    kept: list[Judged] = []
    for group in clusters(known, [j.words for j in judged], rule):
        best = judged[most_complete(group, known)]
        others = sorted((judged[i] for i in group if judged[i] is not best),
                        key=lambda j: (j.selected.published or "", j.selected.article_id))
        best.selected.score = max(judged[i].selected.score for i in group)
        best.selected.also = [_reference(j.selected) for j in others]
        name = best.selected.title or f"第 {best.selected.article_id} 篇"
        for j in others:
            reason = f"与《{name}》报道同一事件，合为一条，来源并列"
            left_out.append(_left(j.selected.article_id, j.selected.title, reason))
        kept.append(best)
    return sorted(kept, key=lambda j: (-j.selected.score, j.selected.article_id))


def judge_articles(
    corpus: Corpus,
    ids: list[int],
    start: str | None = None,
    end: str | None = None,
    themes: list[str] | None = None,
) -> tuple[list[Judged], list[dict[str, Any]]]:
    """Return each usable article judged on its own (no cross-article merging), and those left out."""
    book = load_themes()
    wanted = _wanted(book, themes)
    settings = selector_settings()
    scorers = default_scorers()
    suffixes, patterns = body_suffixes(), boilerplate_patterns()
    by_name = {t.name: t for t in book.themes}
    judged: list[Judged] = []
    left_out: list[dict[str, Any]] = []
    for facts in article_facts(corpus, ids):
        a = facts.article
        if facts.substantive_chars() < int(settings["item"]["min_article_chars"]):
            left_out.append(_left(a.id, a.title, "正文过短（如只有图片说明），未选"))
            continue
        if "spam_mirror" in a.flags:
            left_out.append(_left(a.id, a.title, "来自夹带博彩广告的转载站，文字可能被改写，请改用原发网站的稿件，未选"))
            continue
        if starts_mid_article(facts, settings["item"]["mid_article_openings"]):
            left_out.append(_left(a.id, a.title, "原文没有标题，正文从半截（如“会上，”）开始，未选"))
            continue
        scores = article_theme(facts, book)
        theme = theme_for(book, scores, wanted, float(settings["theme"]["wanted_share"]))
        if theme is None:
            continue
        context = ScoreContext(
            start, end, by_name.get(theme), settings, suffixes, patterns, book.lexicon
        )
        result = judge(facts, theme, scores, context, scorers)
        if result is None:
            left_out.append(_left(a.id, a.title, "没有可用的句子，未选"))
            continue
        judged.append(result)
    return judged, left_out


def select(
    corpus: Corpus,
    city: str | None,
    start: str | None,
    end: str | None,
    themes: list[str] | None = None,
    limit: int | None = None,
) -> Selection:
    """Return the period's articles for ``city``, best first, one per event, with key sentences."""
    ids = corpus.article_ids(city, start, end)
    judged, left_out = judge_articles(corpus, ids, start, end, themes)
    settings = selector_settings()
    kept = _one_per_event(judged, settings["events"], left_out)
    if limit is not None and len(kept) > limit:
        for j in kept[limit:]:
            left_out.append(_left(j.selected.article_id, j.selected.title, f"超出 {limit} 条上限"))
        kept = kept[:limit]
    return Selection(city, start, end, [j.selected for j in kept], left_out)


def figures(
    corpus: Corpus,
    city: str | None,
    start: str | None,
    end: str | None,
    themes: list[str] | None = None,
) -> list[FigureRow]:
    """Return the stored figures of the period's articles (unflagged passages), each once."""
    book = load_themes()
    wanted = _wanted(book, themes)
    out: list[FigureRow] = []
    seen: set[tuple[Any, ...]] = set()
    share = float(selector_settings()["theme"]["wanted_share"])
    for facts in article_facts(corpus, corpus.article_ids(city, start, end)):
        if wanted and theme_for(book, article_theme(facts, book), wanted, share) is None:
            continue
        flagged = {p.index for p in facts.passages if p.flag}
        for row in facts.figures:
            key = (row["text"], row["indicator"], row["sentence"])
            if row["paragraph"] in flagged or key in seen:
                continue
            seen.add(key)
            out.append(figure_row(row))
    return out


def article_themes(corpus: Corpus, ids: list[int], top: int = 3) -> dict[int, list[str]]:
    """Return each article's themes that score above zero, best first, at most ``top``."""
    book = load_themes()
    out: dict[int, list[str]] = {}
    for facts in article_facts(corpus, ids):
        scores = article_theme(facts, book)
        ranked = sorted((s, name) for name, s in scores.items() if s > 0)
        out[facts.article.id] = [name for _, name in reversed(ranked)][:top]
    return out

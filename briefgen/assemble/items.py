"""Turn one selected article into the data an item template prints."""

from __future__ import annotations

import re
from itertools import groupby
from typing import Any

from briefgen.assemble.headline import Gated, gate_headline
from briefgen.assemble.numerals import month_day_label
from briefgen.assemble.ownplace import named_own_place
from briefgen.assemble.text import closed, figure_spans, fit_sentences, split_trailing_note
from briefgen.select.types import PickedPassage, SelectedArticle


def _paragraph_groups(passages: list[PickedPassage]) -> list[list[PickedPassage]]:
    """Return the picked passages in source order, runs from one paragraph grouped together."""
    ordered = sorted(passages, key=lambda p: (p.paragraph, p.line))
    return [list(run) for _, run in groupby(ordered, key=lambda p: p.paragraph)]


def _joined(group: list[PickedPassage]) -> tuple[str, str | None]:
    """Return a paragraph's text with any trailing (来源) note removed, and that note."""
    notes: list[str] = []
    texts = []
    for passage in group:
        flat = re.sub(r"\s*\n\s*", "", passage.text).strip()
        text, note = split_trailing_note(flat)
        texts.append(text)
        if note:
            notes.append(note)
    return "".join(texts), (notes[-1] if notes else None)


def _provenance(article: SelectedArticle, passage: PickedPassage | None) -> dict[str, Any]:
    """Return a provenance record (the model's Provenance fields) for an article or passage."""
    return {
        "file": article.file,
        "article_id": article.article_id,
        "title": article.title,
        "published": article.published,
        "paragraph": passage.paragraph if passage else None,
        "line": passage.line if passage else None,
    }


def _date_label(article: SelectedArticle, note: str | None) -> str:
    """Return 1月6日: the publication date beside a named source, else the article's own date."""
    if article.source and not note:
        return month_day_label(article.published or article.date)
    return month_day_label(article.date or article.published)


def _notes(article: SelectedArticle, source: str, label: str) -> tuple[str, str]:
    """Return (source, date label); an event reported by several outlets cites each with its date."""
    if not article.also:
        return source, label
    parts = [f"{source} {label}".strip()]
    for ref in article.also:
        other = f"{ref.source or ''} {month_day_label(ref.published or ref.date)}".strip()
        if other and other not in parts:
            parts.append(other)
    return "；".join(p for p in parts if p), ""


def _says_only(paragraph: str, headline: str) -> bool:
    """Return True when a paragraph says nothing but the headline (the page's own title line kept as text)."""
    return re.sub(r"[\s。！？!?]", "", paragraph) == re.sub(r"[\s。！？!?]", "", headline)


def _own_place_named(headline: Gated, place: str | None) -> Gated:
    """Return the headline with 我县 written as the county's name, the change noted when the title was kept."""
    title = named_own_place(headline.title, place)
    if title == headline.title:
        return headline
    return Gated(title, headline.reason or f"把“我县”等称呼写明为{place}")


TITLE_CORE_MIN = 6  # a merged report's title this long, found inside the kept one's, is its plain form
_BRACKETED = re.compile(r"[「【\[（(《][^」】\]）)》]*[」】\]）)》]")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _plainest_title(article: SelectedArticle) -> str | None:
    """Return the article's title, or the title of a report merged into it that the kept title holds with more
    around it (「李安」复苏，从一片茶叶开始( 二 ) → 复苏，从一片茶叶开始: a copy's spam tag and part number gone);
    when the kept report has no title, the first merged report's."""
    title = article.title or ""
    if not title.strip():  # the fullest report printed no headline: another outlet's report of the event did
        return next((r.title for r in article.also if r.title and r.title.strip()), article.title)
    inside = [r.title for r in article.also if r.title and TITLE_CORE_MIN <= len(r.title) < len(title) and r.title in title
              and not _CJK.search(_BRACKETED.sub("", title.replace(r.title, "", 1)))]  # only bracketed marks around it
    return min(inside, key=len) if inside else article.title


def item_data(article: SelectedArticle, chars: tuple[int, int]) -> dict[str, Any] | None:
    """Return the template data for an article's item, or None when it has no usable text."""
    pairs = [(g, _joined(g)) for g in _paragraph_groups(article.passages)]
    pairs = [(g, j) for g, j in pairs if j[0].strip()]
    groups = [g for g, _ in pairs]
    joined = [j for _, j in pairs]
    kept = [named_own_place(closed(t), article.own_place)
            for t in fit_sentences([text for text, _ in joined], chars[1], least=max(chars[0], 1))]
    if not kept:
        return None
    note = next((n for _, n in reversed(joined) if n), None) or article.contributor
    marks = [f.text for f in article.figures]
    paragraphs = [
        {"spans": figure_spans(text, marks), "provenance": [_provenance(article, group[0])]}
        for text, group in zip(kept, groups, strict=False)
    ]
    headline = gate_headline(_plainest_title(article), "".join(kept[:2]), "".join(text for text, _ in joined),
                             article.title_shared)  # the lead's first paragraph and the next: a first
    # paragraph that only sets the scene gives way to the next one
    headline = _own_place_named(headline, article.own_place)
    if len(paragraphs) > 1 and _says_only(kept[0], headline.title):
        paragraphs = paragraphs[1:]  # 大福音——…建少年宫啦! over the same line: the headline is printed once
    source, label = _notes(article, (note or article.source or "").strip(), _date_label(article, note))
    provenance = [_provenance(article, None)] + [
        {"file": r.file, "article_id": r.article_id, "title": r.title, "published": r.published,
         "paragraph": None, "line": None}
        for r in article.also
    ]
    return {
        "article_id": article.article_id,
        "title": headline.title,
        "headline_note": headline.reason,
        "source": source,
        "date_label": label,
        "theme": article.theme,
        "score": article.score,
        "chars": sum(len(t) for t in kept),
        "paragraphs": paragraphs,
        "provenance": provenance,
    }

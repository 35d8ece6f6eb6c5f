"""Assemble a selection into the briefing model through the templates, within the page budget."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path
from typing import Any

import jinja2

from briefgen.assemble.figtable import HEADER, figure_rows
from briefgen.assemble.numerals import chinese_number, date_label, issue_label
from briefgen.assemble.pages import Grid, estimate_pages, grid_from_style
from briefgen.assemble.plan import PlannedSection, drop_weakest, left_out_entry, plan_sections
from briefgen.assemble.profiles import Profile
from briefgen.assemble.records import briefing_from_records
from briefgen.assemble.templating import parse_records, render_text, template_environment
from briefgen.model import Briefing, DocumentMeta
from briefgen.select.types import Selection
from briefgen.style import load_style


def _profile_context(profile: Profile) -> dict[str, Any]:
    """Return the profile facts the templates print."""
    return {
        "city": profile.city,
        "short": profile.short,
        "title": profile.title,
        "issuer": profile.issuer,
        "series": profile.series,
        "copies": profile.copies,
        "contents": profile.contents,
        "contents_title": profile.contents_title,
        "distribution": [{"label": d.label, "text": d.text} for d in profile.distribution],
    }


def _figures_context(sections: list[PlannedSection], profile: Profile) -> dict[str, Any]:
    """Return the 数据速览 caption, header and rows (no rows when the profile turns it off); a row
    without a source names its item by the printed headline, never by a source title the gate rewrote."""
    articles = [(replace(a, title=i.data["title"]), note) for s in sections for i in s.items for a, note in i.sourced()]
    rows = figure_rows(articles, profile.figures_rows) if profile.figures_table else []
    return {"caption": profile.figures_caption, "header": list(HEADER), "rows": rows}


def briefing_context(
    sections: list[PlannedSection], profile: Profile, issue: int, week: str, date: dt.date
) -> dict[str, Any]:
    """Return everything the templates see; article text is only ever data in here."""
    return {
        "profile": _profile_context(profile),
        "issue": {"number": issue, "label": issue_label(issue)},
        "date": {"iso": date.isoformat(), "label": date_label(date)},
        "week": week,
        "sections": [
            {
                "number": n,
                "label": f"{chinese_number(n)}、",
                "name": s.name,
                "entries": [i.data for i in s.items],
            }
            for n, s in enumerate(sections, start=1)
        ],
        "figures": _figures_context(sections, profile),
    }


def _meta(profile: Profile, issue: int, week: str) -> DocumentMeta:
    """Return the document facts used for PDF metadata and file names."""
    return DocumentMeta(
        title=f"{profile.title} {issue_label(issue)}",
        author=profile.issuer,
        city=profile.city,
        week=week,
        issue=issue,
        subject=f"{profile.city} {week} 政务信息",
    )


def _render(env: jinja2.Environment, context: dict[str, Any], meta: DocumentMeta) -> Briefing:
    """Return the briefing the templates make of ``context``."""
    return briefing_from_records(parse_records(render_text(env, context)), meta)


def _selector_left_out(selection: Selection) -> list[dict[str, Any]]:
    """Return what the selector already left out, in the same report shape."""
    return [
        {
            "article_id": e.get("article_id"),
            "title": e.get("title") or "",
            "reason": e.get("reason", ""),
        }
        for e in selection.left_out
    ]


def rewritten_headlines(sections: list[PlannedSection]) -> list[dict[str, Any]]:
    """Return each printed item whose source title the headline gate rewrote or trimmed, and why."""
    return [
        {"article_id": i.article.article_id, "source_title": i.article.title or "",
         "printed": i.data["title"], "reason": i.data["headline_note"]}
        for s in sections for i in s.items if i.data.get("headline_note")
    ]


def build_briefing(
    selection: Selection,
    profile: Profile,
    issue: int,
    week: str,
    date: dt.date,
    template_dir: Path | None = None,
    headlines: list[dict[str, Any]] | None = None,
) -> tuple[Briefing, list[dict[str, Any]]]:
    """Return the briefing for ``selection`` and the articles left out, each with its reason.

    ``headlines``, when given, receives the printed items whose source titles the gate rewrote.
    """
    env = template_environment(template_dir)
    grid: Grid = grid_from_style(load_style())
    sections, left_out = plan_sections(selection.articles, profile)
    meta = _meta(profile, issue, week)
    while True:
        briefing = _render(env, briefing_context(sections, profile, issue, week, date), meta)
        pages = estimate_pages(briefing, grid)
        if pages <= profile.page_budget or sum(len(s.items) for s in sections) <= 1:
            break
        weakest = drop_weakest(sections)
        reason = f"超出版面（本期限 {profile.page_budget} 页）"
        left_out.extend(left_out_entry(a, reason, weakest.data["title"]) for a, _ in weakest.sourced())
    if headlines is not None:
        headlines.extend(rewritten_headlines(sections))
    return briefing, _selector_left_out(selection) + left_out

"""Decide which selected articles become items, in which section, and report the rest."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from briefgen.assemble.items import item_data
from briefgen.assemble.profiles import Profile
from briefgen.assemble.series import merged, same_series
from briefgen.select.order import order_key
from briefgen.select.types import SelectedArticle

OTHER_SECTION = "其他"


@dataclass
class PlannedItem:
    """A selected article and the template data of its item."""

    article: SelectedArticle
    data: dict[str, Any]
    more: list[tuple[SelectedArticle, str]] = field(default_factory=list)
    source: str = ""

    def __post_init__(self) -> None:
        self.source = self.source or str(self.data["source"])

    def sourced(self) -> list[tuple[SelectedArticle, str]]:
        """Return (article, its source note) for the item and for each report folded into it."""
        return [(self.article, self.source), *self.more]


@dataclass
class PlannedSection:
    """A theme's section with its items in printing order (rank of the event, then its day)."""

    name: str
    items: list[PlannedItem] = field(default_factory=list)


def left_out_entry(
    article: SelectedArticle, reason: str, title: str | None = None
) -> dict[str, Any]:
    """Return the report entry for an article that did not make it into the briefing."""
    return {
        "article_id": article.article_id,
        "title": title or article.title or "",
        "reason": reason,
    }


def section_order(profile: Profile, articles: list[SelectedArticle]) -> list[str]:
    """Return the profile's section order, then any other themes in the order they first appear."""
    order = list(profile.sections)
    for article in articles:
        theme = article.theme or OTHER_SECTION
        if theme not in order:
            order.append(theme)
    return order


def plan_sections(
    articles: list[SelectedArticle], profile: Profile
) -> tuple[list[PlannedSection], list[dict[str, Any]]]:
    """Return the non-empty sections in profile order, and the articles that had to be left out."""
    sections = {name: PlannedSection(name) for name in section_order(profile, articles)}
    left_out: list[dict[str, Any]] = []
    for article in articles:
        data = item_data(article, profile.item_chars)
        if data is None:
            left_out.append(left_out_entry(article, "没有可用的正文段落"))
            continue
        if not data["title"]:
            why = f"{data['headline_note']}，" if article.title and data["headline_note"] else "原文没有标题，"
            left_out.append(left_out_entry(article, f"{why}导语也说不出一件事，拟不出标题"))
            continue
        section = sections[article.theme or OTHER_SECTION]
        if len(section.items) >= profile.items_per_section:
            reason = f"「{section.name}」栏目已满（每栏最多 {profile.items_per_section} 条）"
            left_out.append(left_out_entry(article, reason, data["title"]))
            continue
        section.items.append(PlannedItem(article, data))
    for s in sections.values():
        s.items = folded(sorted(s.items, key=item_order))
    return [s for s in sections.values() if s.items], left_out


def folded(items: list[PlannedItem]) -> list[PlannedItem]:
    """Return the items with each one whose headline nearly repeats an earlier one's folded into it."""
    kept: list[PlannedItem] = []
    for item in items:
        host = next((k for k in kept if same_series(k.data, item.data)), None)
        if host is None:
            kept.append(item)
        else:
            host.data = merged(host.data, item.data)
            host.more.append((item.article, item.source))
    return kept


def item_order(item: PlannedItem) -> tuple[int, str, float]:
    """Return an item's place in its section: the event's rank (item_order.yaml), its day, its score."""
    first = item.data["paragraphs"][0]["spans"] if item.data["paragraphs"] else []
    lead = "".join(str(s["text"]) for s in first).split("。")[0]
    return order_key(str(item.data["title"]), lead, item.article.date, item.article.score)


def drop_weakest(sections: list[PlannedSection]) -> PlannedItem:
    """Remove and return the lowest-scored item, sparing a section's last item while others have
    more (the later one on a tie); drops empty sections."""
    crowded = [s for s in sections if len(s.items) > 1] or sections
    candidates = [
        (item.article.score, -n, s, item)
        for n, (s, item) in enumerate((s, item) for s in crowded for item in s.items)
    ]
    _, _, section, weakest = min(candidates, key=lambda c: (c[0], c[1]))
    section.items.remove(weakest)
    if not section.items:
        sections.remove(section)
    return weakest

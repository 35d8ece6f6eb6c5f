"""Items of one section whose headlines are nearly the same become one item.

A leader at the group discussions of one session on two days gives two items with near-identical
built headlines (周建功参加…分组讨论 / 周建功来到…参加分组讨论). A secretary prints them as one item: the
first headline, both days' paragraphs in order, and each report's source and date in the note. When the
two leads are themselves nearly the same (one event the grouping missed), only the first text is kept.
"""

from __future__ import annotations

from typing import Any

from briefgen.assemble.headline import gate_rules
from briefgen.bigrams import dice


def same_series(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Return whether two items' headlines, both of a headline's length, are nearly the same and end on the
    same act (…分组讨论): one body's sessions over the same days (…隆重开幕, …主席团举行第三次会议) stay apart."""
    rules = gate_rules()
    titles = str(a["title"]), str(b["title"])
    if min(len(t) for t in titles) < int(rules["same_title_min_chars"]):
        return False
    end = int(rules["same_title_end_chars"])
    return titles[0][-end:] == titles[1][-end:] and dice(*titles) >= float(rules["same_title"])


def _lead(item: dict[str, Any]) -> str:
    """Return the text of an item's first paragraph."""
    first = item["paragraphs"][0]["spans"] if item["paragraphs"] else []
    return "".join(str(s["text"]) for s in first)


def _note(item: dict[str, Any]) -> str:
    """Return an item's source note as printed (source and date label)."""
    return " ".join(p for p in (item["source"], item["date_label"]) if p)


def merged(first: dict[str, Any], later: dict[str, Any]) -> dict[str, Any]:
    """Return ``first`` with ``later``'s paragraphs (unless the leads repeat), notes and provenance."""
    repeat = dice(_lead(first), _lead(later)) >= float(gate_rules()["same_title"])
    paragraphs = first["paragraphs"] + ([] if repeat else later["paragraphs"])
    notes = [n for n in (_note(first), _note(later)) if n]
    return {
        **first,
        "source": "；".join(dict.fromkeys(notes)),
        "date_label": "",
        "chars": sum(len(_lead({"paragraphs": [p]})) for p in paragraphs),
        "paragraphs": paragraphs,
        "provenance": first["provenance"] + later["provenance"],
    }

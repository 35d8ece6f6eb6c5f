"""A gallery's captions numbered in a run (活动现场(1), 活动现场(2) …): captions, never headlines of items."""

from __future__ import annotations

import re
from collections import defaultdict

from briefgen.ingest.split.segment import RawArticle

_NUMBERED = re.compile(r"^(.{2,60}?)\s*[(（]\s*(\d{1,3})\s*[)）]$")
RUN_MIN = 3  # this many numbers on one caption make a gallery


def _stems(texts: list[str]) -> set[str]:
    """Return the captions that recur with RUN_MIN or more different numbers."""
    numbers: dict[str, set[str]] = defaultdict(set)
    for text in texts:
        if found := _NUMBERED.match(text.strip()):
            numbers[found.group(1)].add(found.group(2))
    return {stem for stem, seen in numbers.items() if len(seen) >= RUN_MIN}


def _caption(text: str | None, stems: set[str]) -> bool:
    found = _NUMBERED.match((text or "").strip())
    return found is not None and found.group(1) in stems


def gallery_captions_joined(articles: list[RawArticle]) -> list[RawArticle]:
    """Return one article for a page that numbered photo captions had split, the captions kept as captions.

    Only when every article is untitled or titled by such a caption: a page of real headlines is left alone.
    """
    texts = [a.title or "" for a in articles] + [t for a in articles for t, _ in a.paragraphs]
    stems = _stems(texts)
    if not stems or not all(a.title is None or _caption(a.title, stems) for a in articles):
        return articles
    joined = RawArticle(column=articles[0].column, byline=articles[0].byline, dateline=articles[0].dateline,
                        source=articles[0].source)
    for article in articles:
        joined.captions.extend([article.title] if article.title else [])
        joined.captions.extend(article.captions)
        for text, line in article.paragraphs:
            if _caption(text, stems):
                joined.captions.append(text)
            else:
                joined.paragraphs.append((text, line))
    return [joined]

"""A saved page's headline: a heading named in its <title>, else the <title> without the site's name."""

from __future__ import annotations

import functools
import re
from typing import Any

from briefgen.readers.html_dom import boilerplate, is_boilerplate, linked, tag_of, text_of
from briefgen.readers.infoline import read_info_line

TITLE_MIN, TITLE_MAX = 5, 80
TITLE_FROM_PAGE = 8  # a <title> part this long wins over a heading it does not name
SITE_PIECE_MAX = 4  # a hyphenated <title> tail this short is a channel name (-文化-)
HEADLINE_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")  # small sites set the headline in any of them


def _title_parts(page_title: str) -> list[str]:
    """Return the pieces of a page's <title> between site-name separators."""
    parts = [page_title]
    for separator in boilerplate()["title_separators"]:
        parts = [piece.strip() for part in parts for piece in part.split(separator)]
    return [p for p in parts if p]


def _is_title_element(element: Any, tag: str) -> bool:
    return tag in HEADLINE_TAGS or tag not in ("body", "html") and is_boilerplate(
        element, boilerplate()["title_class_words"])


def title_candidates(root: Any, body_start: Any) -> tuple[list[str], list[str]]:
    """Return heading-like texts and info lines found before the article's first body paragraph."""
    titles: list[str] = []
    infos: list[str] = []
    for element in root.iter():
        if element is body_start:
            break
        tag = tag_of(element)
        if not tag or tag in ("html", "head", "title", "body"):
            continue
        text = text_of(element)
        if (TITLE_MIN <= len(text) <= TITLE_MAX and _is_title_element(element, tag) and text not in titles
                and not linked(element)):
            titles.append(text)
        elif len(text) <= TITLE_MAX * 2 and not infos and read_info_line(text) is not None:
            infos.append(text)
    return titles, infos


def _squeeze(text: str) -> str:
    return "".join(text.split()).rstrip(".…")


def site_like(part: str) -> bool:
    """Return True when ``part`` ends as a site or outlet name does (…新闻网, …日报, …人民政府) or is an organ's
    full name (中国人民政治协商会议南充市委员会)."""
    return part.endswith(tuple(boilerplate()["site_name_endings"])) or _organ_name().fullmatch(part) is not None


@functools.cache
def _organ_name() -> re.Pattern[str]:
    """Return the pattern of an organ's full name as a site of its own prints it in the page head."""
    return re.compile(str(boilerplate()["organ_full_name"]))


def _without_site(part: str) -> str:
    """Return a <title> part without site or channel names joined to it by hyphens (…-股票频道-和讯网, 某县人民政府-…)."""
    pieces = re.split(r"\s*-{1,2}\s*", part)
    while len(pieces) > 1 and (site_like(pieces[-1]) or len(pieces[-1]) <= SITE_PIECE_MAX):
        pieces.pop()
    while len(pieces) > 1 and site_like(pieces[0]):  # 凯里市人民政府-…: the site before the headline
        pieces.pop(0)
    return "-".join(pieces) if len(pieces) > 1 else pieces[0]


def choose_title(candidates: list[str], page_title: str) -> str | None:
    """Return the article title: a heading named in <title>, else <title> without the site, else a heading."""
    parts = [p for p in map(_without_site, _title_parts(page_title)) if not site_like(p)]
    keys = [_squeeze(p) for p in parts if p]
    whole = _squeeze(page_title)
    lines = [ln.strip() for c in candidates for ln in c.splitlines() if TITLE_MIN <= len(ln.strip()) <= TITLE_MAX]

    def named(line: str) -> bool:
        key = _squeeze(line)
        return key in keys or len(key) >= TITLE_FROM_PAGE and (
            key in whole or any(k.startswith(key) for k in keys))

    chosen = [ln for ln in lines if named(ln)]
    if chosen:
        return max(chosen, key=len)
    own = max(parts, key=len) if parts else ""
    if len(own) >= TITLE_FROM_PAGE:
        return own
    return lines[-1] if lines else None

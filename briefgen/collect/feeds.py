"""Article links found in an RSS/Atom feed or a sitemap, with their dates."""

from __future__ import annotations

from typing import Any

from briefgen.collect.dates import date_in_url, date_of_feed
from briefgen.collect.links import Link, clean_url


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child_text(element: Any, name: str) -> str | None:
    for child in element:
        if _local(child.tag) == name:
            return (child.text or "").strip() or child.get("href")
    return None


def parse_xml(body: bytes) -> Any:
    """Return the root of an XML document, refusing entities and network access."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=False)
    return etree.fromstring(body, parser=parser)


def feed_links(root: Any, base: str) -> list[Link]:
    """Return the entries of an RSS 2.0 or Atom feed: link and publication date."""
    out: dict[str, Link] = {}
    for item in root.iter():
        name = _local(item.tag)
        if name == "item":
            href, when = _child_text(item, "link"), _child_text(item, "pubDate") or _child_text(item, "date")
        elif name == "entry":
            links = [c for c in item if _local(c.tag) == "link" and c.get("rel", "alternate") == "alternate"]
            href = links[0].get("href") if links else None
            when = _child_text(item, "published") or _child_text(item, "updated")
        else:
            continue
        url = clean_url(base, href or "")
        if url and url not in out:
            out[url] = Link(url, date_of_feed(when) or date_in_url(url), _child_text(item, "title") or "")
    return list(out.values())


def sitemap_links(root: Any, base: str) -> tuple[list[Link], list[str]]:
    """Return a sitemap's page links with their lastmod, and the child sitemaps of an index.

    A lastmod is when the page last changed, not when it was published: it only rules pages out.
    """
    pages: list[Link] = []
    children: list[str] = []
    for entry in root:
        loc = clean_url(base, _child_text(entry, "loc") or "")
        if not loc:
            continue
        if _local(entry.tag) == "sitemap":
            children.append(loc)
        elif _local(entry.tag) == "url":
            pages.append(Link(loc, date_in_url(loc), modified=date_of_feed(_child_text(entry, "lastmod"))))
    return pages, children

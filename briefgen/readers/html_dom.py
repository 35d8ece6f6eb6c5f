"""A saved page's DOM: pruning site furniture, the main container and its paragraph blocks."""

from __future__ import annotations

import functools
import re
from typing import Any

import yaml

from briefgen.readers.base import Block, strip_controls
from briefgen.resources import data_file

BLOCK_TAGS = {"p", "div", "li", "td", "section", "article", "blockquote", "pre", "tr", "dd"}
HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
SPACE = re.compile(r"[ \t\u3000\xa0]+")
_PROSE_MARK = re.compile(r"[，。；！？]")
LIST_ITEMS_MIN = 2  # alike sibling items, each with a heading, make a list page
HEADLINE_MIN = 8  # a heading this long named in <title> is the article's headline
ITEM_TEXT_MIN = 20  # a list item's text beside its heading (a stock ticker's rows have none)


@functools.cache
def boilerplate() -> dict[str, list[str]]:
    """Return the boilerplate vocabulary from ``data/html_boilerplate.yaml``."""
    with data_file("html_boilerplate.yaml").open(encoding="utf-8") as fh:
        return dict(yaml.safe_load(fh))


def is_boilerplate(element: Any, words: list[str]) -> bool:
    marks = f"{element.get('class', '')} {element.get('id', '')}".lower()
    return bool(marks.strip()) and any(re.search(rf"(?:^|[\s_-]){w}(?:$|[\s_-]|\d)", marks) for w in words)


def _holds_headline(element: Any, page_title: str) -> bool:
    """Return True when a heading inside ``element`` is named in the page's <title> (an article's header)."""
    whole = "".join(page_title.split())
    for heading in element.iter("h1", "h2", "h3"):
        key = "".join(text_of(heading).split())
        if len(key) >= HEADLINE_MIN and key in whole:
            return True
    return False


def _header_like(element: Any, tag: str, vocab: dict[str, list[str]]) -> bool:
    return tag in vocab["headline_holders"] or is_boilerplate(element, vocab["headline_holders"])


def prune(root: Any, page_title: str = "") -> None:
    """Drop site furniture (navigation, headers, footers, related links) except the article's own header."""
    vocab = boilerplate()
    for element in list(root.iter()):
        if not isinstance(element.tag, str):
            element.drop_tree() if element.getparent() is not None else None
            continue
        tag = element.tag.lower()
        if element.getparent() is None or tag in ("body", "html"):
            continue
        furniture = tag in vocab["drop_tags"] or is_boilerplate(element, vocab["drop_class_words"])
        if furniture and not (_header_like(element, tag, vocab) and _holds_headline(element, page_title)):
            element.drop_tree()


def text_of(element: Any) -> str:
    return SPACE.sub(" ", strip_controls(element.text_content())).strip()


def tag_of(element: Any) -> str:
    return element.tag.lower() if isinstance(element.tag, str) else ""


def _leaf_block(element: Any) -> bool:
    """Return True for a block element with no block elements inside (a paragraph in all but name)."""
    return not any(tag_of(d) in BLOCK_TAGS or tag_of(d) in HEADINGS for d in element.iterdescendants())


def main_container(body: Any) -> Any:
    """Return the element whose own paragraphs (p, leaf divs, text between <br>) hold the most text.

    On a list page that is the element holding all the alike items.
    """
    best, best_score = body, 0
    for element in body.iter():
        if not tag_of(element):
            continue
        score = prose_length(element.text or "")
        for child in element:
            tag = tag_of(child)
            if tag == "p" or tag in ("div", "section") and _leaf_block(child):
                score += prose_length(text_of(child))
            score += prose_length(child.tail or "") if tag else 0
        if score > best_score:
            best, best_score = element, score
    return _list_of_items(best)


def prose_length(text: str) -> int:
    """Return the length of ``text`` when it reads as prose (has a Chinese comma or full stop), else 0."""
    text = text.strip()
    return len(text) if _PROSE_MARK.search(text) else 0


def _has_heading(element: Any) -> bool:
    return any(tag_of(d) in HEADINGS for d in element.iterdescendants())


def _list_of_items(best: Any) -> Any:
    """Return the parent of ``best`` when ``best`` is one of several alike items (heading + text) of a list page."""
    parent = best.getparent()
    if parent is None or not _has_heading(best):
        return best
    alike = [c for c in parent if tag_of(c) == tag_of(best) and c.get("class") == best.get("class") and _has_heading(c)]
    return parent if len(alike) >= LIST_ITEMS_MIN else best


def _block_of(element: Any, tag: str, vocab: dict[str, list[str]]) -> Block | None | bool:
    """Return the element's block, None to skip it, or False where the article ends."""
    if tag == "tr":
        row = "　".join(c for c in (text_of(c) for c in element if tag_of(c)) if c)
        return Block(row, element.sourceline or 0, "table") if row and not _link_row(element) else None
    parent = element.getparent()
    if tag == "td" or parent is not None and tag_of(parent) == "tr":
        return None
    nested = any(tag_of(c) in BLOCK_TAGS | set(HEADINGS) for c in element)
    if tag not in BLOCK_TAGS and tag not in HEADINGS or (nested and tag not in HEADINGS):
        return None
    text = text_of(element)
    if not text or text in vocab["noise_lines"] or text.startswith(tuple(vocab["noise_prefixes"])):
        return None
    if tag not in HEADINGS and (_caption(element, text) or linked(element)):
        return None  # a photo or video caption, a link to elsewhere
    if text.startswith(tuple(vocab["stop_phrases"])) or any(m in text for m in vocab["footer_marks"]):
        return False
    return Block(text, element.sourceline or 0, "heading" if tag in HEADINGS else "paragraph", HEADINGS.get(tag, 0))


def _caption(element: Any, text: str) -> bool:
    """Return True when ``text`` is the caption of an image in ``element`` (it repeats the image's alt text)."""
    if tag_of(element) == "figcaption":
        return True
    key = "".join(text.split())
    return any(key and key in "".join((img.get("alt") or "").split()) for img in element.iter("img"))


def container_blocks(container: Any) -> list[tuple[Block, Any]]:
    """Return the container's blocks in order, each with its element, up to related links or footer."""
    vocab = boilerplate()
    blocks: list[tuple[Block, Any]] = []
    for element in container.iter():
        tag = tag_of(element)
        block = _block_of(element, tag, vocab) if tag else None
        if block is False:
            break
        if isinstance(block, Block):
            blocks.append((block, element))
    return blocks


def listed(container: Any) -> bool:
    """Return True when ``container`` holds several alike items, each with its heading (a list page)."""
    items = [c for c in container if _has_heading(c) and _item_text(c) >= ITEM_TEXT_MIN]
    return len(items) >= LIST_ITEMS_MIN and len({(tag_of(c), c.get("class")) for c in items}) == 1


def _item_text(element: Any) -> int:
    """Return the characters of an item's text outside its headings (a news item says something)."""
    heads = sum(len(text_of(d)) for d in element.iterdescendants() if tag_of(d) in HEADINGS)
    return len(text_of(element)) - heads


_LINK_SEPARATORS = re.compile(r"[\s\-|｜/·•>＞]")


def _link_row(element: Any) -> bool:
    """Return True for a table row of links set apart only by separators (搜索-首页-订阅): a widget."""
    links = "".join(text_of(a) for a in element.iter("a"))
    return bool(links) and _LINK_SEPARATORS.sub("", links) == _LINK_SEPARATORS.sub("", text_of(element))


def linked(element: Any) -> bool:
    """Return True when all of the element's text is link text (a logo or menu entry)."""
    links = "".join(text_of(a) for a in element.iter("a"))
    return bool(links) and "".join(links.split()) == "".join(text_of(element).split())

"""Web-page reader (.html): the article body, without navigation, footer or related links."""

from __future__ import annotations

import codecs
import functools
import re
from pathlib import Path
from typing import Any

import yaml

from briefgen.readers.base import (
    Block,
    RawDocument,
    check_text,
    read_bytes,
    refuse,
    strip_controls,
)
from briefgen.readers.decode import decode_bytes
from briefgen.readers.html_dates import page_dates, shown_date
from briefgen.readers.html_extract import extract_main
from briefgen.readers.infoline import read_info_line
from briefgen.resources import data_file

_BLOCK_TAGS = {"p", "div", "li", "td", "section", "article", "blockquote", "pre", "tr", "dd"}
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.IGNORECASE)
# </body> and </html> end a page only at its end; an included header fragment may carry its own, and a
# parser that obeys it drops the article after it.
_STRAY_END = re.compile(r"</(?:body|html)\s*>", re.IGNORECASE)
_SPACE = re.compile(r"[ \t\u3000\xa0]+")
TITLE_MIN, TITLE_MAX = 5, 80
LIST_ITEMS_MIN = 2  # alike sibling items, each with a heading, make a list page
TITLE_FROM_PAGE = 8  # a <title> part this long wins over a heading it does not name
SITE_PIECE_MAX = 4  # a hyphenated <title> tail this short is a channel name (-文化-)


@functools.cache
def boilerplate() -> dict[str, list[str]]:
    """Return the boilerplate vocabulary from ``data/html_boilerplate.yaml``."""
    with data_file("html_boilerplate.yaml").open(encoding="utf-8") as fh:
        return dict(yaml.safe_load(fh))


def _decode(path: str | Path, data: bytes) -> tuple[str, str]:
    """Return the page's text and encoding: UTF-8 whatever <meta> says, else the declared charset, else detected."""
    try:
        return data.decode("utf-8"), "utf-8"  # valid UTF-8 is UTF-8: many pages declare gb2312 and lie
    except UnicodeDecodeError:
        pass
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        name = declared.group(1).decode("ascii", "replace").lower()
        name = "gb18030" if name in ("gb2312", "gbk") else name
        if _text_codec(name):
            try:
                return data.decode(name), name
            except (UnicodeDecodeError, LookupError):
                pass
    decoded = decode_bytes(data)
    if decoded is None:
        raise refuse(path, "binary")
    return decoded


def _text_codec(name: str) -> bool:
    """Return True for a codec that decodes text (not unicode_escape, rot13, zlib …)."""
    try:
        return bool(codecs.lookup(name)._is_text_encoding)
    except LookupError:
        return False


def _is_boilerplate(element: Any, words: list[str]) -> bool:
    marks = f"{element.get('class', '')} {element.get('id', '')}".lower()
    return bool(marks.strip()) and any(re.search(rf"(?:^|[\s_-]){w}(?:$|[\s_-]|\d)", marks) for w in words)


def _prune(root: Any) -> None:
    vocab = boilerplate()
    for element in list(root.iter()):
        if not isinstance(element.tag, str):
            element.drop_tree() if element.getparent() is not None else None
            continue
        tag = element.tag.lower()
        if element.getparent() is None or tag in ("body", "html"):
            continue
        if tag in vocab["drop_tags"] or _is_boilerplate(element, vocab["drop_class_words"]):
            element.drop_tree()


def _text_of(element: Any) -> str:
    return _SPACE.sub(" ", strip_controls(element.text_content())).strip()


def _tag(element: Any) -> str:
    return element.tag.lower() if isinstance(element.tag, str) else ""


def _leaf_block(element: Any) -> bool:
    """Return True for a block element with no block elements inside (a paragraph in all but name)."""
    return not any(_tag(d) in _BLOCK_TAGS or _tag(d) in _HEADINGS for d in element.iterdescendants())


def _main_container(body: Any) -> Any:
    """Return the element whose own paragraphs (p, leaf divs, text between <br>) hold the most text.

    On a list page that is the element holding all the alike items.
    """
    best, best_score = body, 0
    for element in body.iter():
        if not _tag(element):
            continue
        score = len((element.text or "").strip())
        for child in element:
            tag = _tag(child)
            if tag == "p" or tag in ("div", "section") and _leaf_block(child):
                score += len(_text_of(child))
            score += len((child.tail or "").strip()) if tag else 0
        if score > best_score:
            best, best_score = element, score
    return _list_of_items(best)


def _has_heading(element: Any) -> bool:
    return any(_tag(d) in _HEADINGS for d in element.iterdescendants())


def _list_of_items(best: Any) -> Any:
    """Return the parent of ``best`` when ``best`` is one of several alike items (heading + text) of a list page."""
    parent = best.getparent()
    if parent is None or not _has_heading(best):
        return best
    alike = [c for c in parent if _tag(c) == _tag(best) and c.get("class") == best.get("class") and _has_heading(c)]
    return parent if len(alike) >= LIST_ITEMS_MIN else best


def _block_of(element: Any, tag: str, vocab: dict[str, list[str]]) -> Block | None | bool:
    """Return the element's block, None to skip it, or False where the article ends."""
    if tag == "tr":
        row = "　".join(c for c in (_text_of(c) for c in element if _tag(c)) if c)
        return Block(row, element.sourceline or 0, "table") if row else None
    parent = element.getparent()
    if tag == "td" or parent is not None and _tag(parent) == "tr":
        return None
    nested = any(_tag(c) in _BLOCK_TAGS | set(_HEADINGS) for c in element)
    if tag not in _BLOCK_TAGS and tag not in _HEADINGS or (nested and tag not in _HEADINGS):
        return None
    text = _text_of(element)
    if not text or text in vocab["noise_lines"] or text.startswith(tuple(vocab["noise_prefixes"])):
        return None
    if text.startswith(tuple(vocab["stop_phrases"])) or any(m in text for m in vocab["footer_marks"]):
        return False
    return Block(text, element.sourceline or 0, "heading" if tag in _HEADINGS else "paragraph", _HEADINGS.get(tag, 0))


def _blocks(container: Any) -> list[tuple[Block, Any]]:
    """Return the container's blocks in order, each with its element, up to related links or footer."""
    vocab = boilerplate()
    blocks: list[tuple[Block, Any]] = []
    for element in container.iter():
        tag = _tag(element)
        block = _block_of(element, tag, vocab) if tag else None
        if block is False:
            break
        if isinstance(block, Block):
            blocks.append((block, element))
    return blocks


def _title_parts(page_title: str) -> list[str]:
    """Return the pieces of a page's <title> between site-name separators."""
    parts = [page_title]
    for separator in boilerplate()["title_separators"]:
        parts = [piece.strip() for part in parts for piece in part.split(separator)]
    return [p for p in parts if p]


def _is_title_element(element: Any, tag: str) -> bool:
    return tag in ("h1", "h2", "h3") or tag not in ("body", "html") and _is_boilerplate(
        element, boilerplate()["title_class_words"])


def _title_candidates(root: Any, body_start: Any) -> tuple[list[str], list[str]]:
    """Return heading-like texts and info lines found before the article's first body paragraph."""
    titles: list[str] = []
    infos: list[str] = []
    for element in root.iter():
        if element is body_start:
            break
        tag = _tag(element)
        if not tag or tag in ("html", "head", "title", "body"):
            continue
        text = _text_of(element)
        if (TITLE_MIN <= len(text) <= TITLE_MAX and _is_title_element(element, tag) and text not in titles
                and not _linked(element)):
            titles.append(text)
        elif len(text) <= TITLE_MAX * 2 and not infos and read_info_line(text) is not None:
            infos.append(text)
    return titles, infos


def _squeeze(text: str) -> str:
    return "".join(text.split()).rstrip(".…")


def _site_like(part: str) -> bool:
    return part.endswith(tuple(boilerplate()["site_name_endings"]))


def _linked(element: Any) -> bool:
    """Return True when all of the element's text is link text (a logo or menu entry)."""
    links = "".join(_text_of(a) for a in element.iter("a"))
    return bool(links) and "".join(links.split()) == "".join(_text_of(element).split())


def _without_site(part: str) -> str:
    """Return a <title> part without trailing site or channel names joined by hyphens (…-股票频道-和讯网)."""
    pieces = re.split(r"\s*-{1,2}\s*", part)
    while len(pieces) > 1 and (_site_like(pieces[-1]) or len(pieces[-1]) <= SITE_PIECE_MAX):
        pieces.pop()
    return "-".join(pieces) if len(pieces) > 1 else pieces[0]


def choose_title(candidates: list[str], page_title: str) -> str | None:
    """Return the article title: a heading named in <title>, else <title> without the site, else a heading."""
    parts = [p for p in map(_without_site, _title_parts(page_title)) if not _site_like(p)]
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


def _article_blocks(root: Any, container: Any, page_title: str) -> tuple[str | None, list[Block]]:
    """Return the title and the blocks: title first, then any info line, then the body."""
    pairs = _blocks(container)
    body_start = next((e for b, e in pairs if b.kind != "heading" and read_info_line(b.text) is None), None)
    candidates, infos = _title_candidates(root, body_start)
    title = choose_title(candidates, page_title)
    texts = [b.text for b, _ in pairs]
    if title in texts:  # what comes before the title in the container is navigation, except an info line
        at = texts.index(title)
        pairs = [p for p in pairs[:at] if read_info_line(p[0].text)] + pairs[at + 1:]
    blocks = [b for b, _ in pairs if b.text != title]
    if infos and not any(read_info_line(b.text) for b in blocks[:3]):
        blocks.insert(0, Block(infos[0], 1))
    if title:
        blocks.insert(0, Block(title, 1, "heading", 1))
    return title, blocks


def _listed(container: Any) -> bool:
    """Return True when ``container`` holds several alike items, each with its heading (a list page)."""
    items = [c for c in container if _has_heading(c)]
    return len(items) >= LIST_ITEMS_MIN and len({(_tag(c), c.get("class")) for c in items}) == 1


def _parse(path: str | Path, text: str) -> Any:
    try:
        import lxml.html

        return lxml.html.document_fromstring(text.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8"))
    except Exception:  # noqa: BLE001 - any parser failure is a refusal
        raise refuse(path, "html_unreadable") from None


def _main_blocks(own: list[Block], title: str | None, extracted: list[Block]) -> list[Block]:
    """Return the page's title and info line (the reader's own) over the extractor's body."""
    head = [b for b in own[:2] if b.kind == "heading" and b.text == title or _info_block(b)]
    return head + [b for b in extracted if b.text != title]


def body_quality(blocks: list[Block]) -> int:
    """Return the characters of article text in ``blocks`` less thrice those of lines carrying site chrome."""
    marks = boilerplate()["chrome_marks"]
    text = sum(len(b.text) for b in blocks if b.kind != "heading")
    return text - 4 * sum(len(b.text) for b in blocks if any(m in b.text for m in marks))


def _info_block(block: Block) -> bool:
    return block.kind == "paragraph" and read_info_line(block.text) is not None


def read_html(path: str | Path) -> RawDocument:
    """Return the article of a saved web page as blocks, its headline as the title.

    A list page keeps its items; a news page's body comes from trafilatura when it finds one.
    """
    raw, encoding = _decode(path, read_bytes(path))
    text = _STRAY_END.sub("", strip_controls(raw))  # NULs before parsing: lxml turns one into U+FFFD
    check_text(path, text)
    root = _parse(path, text)
    page_title = _SPACE.sub(" ", strip_controls(root.findtext(".//title") or "")).strip()
    stamps = page_dates(root)
    _prune(root)
    body = root.find("body")
    container = _main_container(body if body is not None else root)
    title, blocks = _article_blocks(root, container, page_title)
    meta: dict[str, Any] = {"page": "list" if _listed(container) else "article"}
    if meta["page"] == "article":
        extraction = extract_main(text)
        extracted = _main_blocks(blocks, title, extraction.blocks)
        if extraction.blocks and body_quality(extracted) > body_quality(blocks):
            blocks = extracted
        if extraction.date and shown_date(extraction.date, root, stamps):
            meta["page_date"] = extraction.date
    if not blocks:
        raise refuse(path, "no_text")
    return RawDocument(str(path), blocks, encoding, "html", title=title, meta=meta)

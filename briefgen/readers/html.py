"""Web-page reader (.html): the article body, without navigation, footer or related links."""

from __future__ import annotations

import codecs
import re
from pathlib import Path
from typing import Any

from briefgen.readers.base import (
    Block,
    RawDocument,
    check_text,
    read_bytes,
    refuse,
    strip_controls,
)
from briefgen.readers.decode import decode_bytes
from briefgen.readers.html_dates import date_evidence, headline_stamp
from briefgen.readers.html_dom import (
    SPACE,
    boilerplate,
    container_blocks,
    listed,
    main_container,
    prose_length,
    prune,
)
from briefgen.readers.html_extract import extract_main
from briefgen.readers.html_title import choose_title, title_candidates
from briefgen.readers.infoline import read_info_line

_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.IGNORECASE)
# </body> and </html> end a page only at its end; an included header fragment may carry its own, and a
# parser that obeys it drops the article after it.
_STRAY_END = re.compile(r"</(?:body|html)\s*>", re.IGNORECASE)


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
        from briefgen.readers.text import undecoded

        raise undecoded(path, data)
    return decoded


# Codecs Python counts as text encodings that are no web page's character set: they rewrite \u5b89 or
# domain names, or fail on every byte.
_NOT_CHARSETS = frozenset({"unicode-escape", "raw-unicode-escape", "idna", "punycode", "undefined",
                           "charmap", "utf-7"})


def _text_codec(name: str) -> bool:
    """Return True for a codec that decodes a page's text (not unicode_escape, idna, rot13, zlib …)."""
    try:
        info = codecs.lookup(name)
    except LookupError:
        return False
    return bool(info._is_text_encoding) and info.name not in _NOT_CHARSETS


def _parse(path: str | Path, text: str) -> Any:
    try:
        import lxml.html

        return lxml.html.document_fromstring(text.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8", huge_tree=True))
    except Exception:  # noqa: BLE001 - any parser failure is a refusal
        raise refuse(path, "html_unreadable") from None


def _article_blocks(root: Any, container: Any, page_title: str) -> tuple[str | None, list[Block], str | None]:
    """Return the title, the blocks (title first, then any info line, then the body) and the date stamped
    under the headline."""
    pairs = container_blocks(container)
    body_start = next((e for b, e in pairs if b.kind != "heading" and read_info_line(b.text) is None), None)
    candidates, infos = title_candidates(root, body_start)
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
    return title, blocks, headline_stamp(root, title, body_start)


def _main_blocks(own: list[Block], title: str | None, extracted: list[Block]) -> list[Block]:
    """Return the page's title and info line (the reader's own) over the extractor's body."""
    head = [b for b in own[:2] if b.kind == "heading" and b.text == title or _info_block(b)]
    return head + [b for b in extracted if b.text != title]


def body_quality(blocks: list[Block]) -> int:
    """Return the characters of prose in ``blocks`` less half those of other lines (menus, link lists, widgets)
    and four times those of lines carrying site chrome."""
    marks = boilerplate()["chrome_marks"]
    body = [b.text for b in blocks if b.kind != "heading"]
    prose = sum(map(prose_length, body))
    other = sum(len(t) for t in body) - prose
    return prose - other // 2 - 4 * sum(len(t) for t in body if any(m in t for m in marks))


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
    page_title = SPACE.sub(" ", strip_controls(root.findtext(".//title") or "")).strip()
    dates = date_evidence(root, text)
    prune(root, page_title)
    body = root.find("body")
    container = main_container(body if body is not None else root)
    title, blocks, stamp = _article_blocks(root, container, page_title)
    meta: dict[str, Any] = {"page": "list" if listed(container) else "article"}
    if meta["page"] == "article":
        extraction = extract_main(text)
        extracted = _main_blocks(blocks, title, extraction.blocks)
        if extraction.blocks and body_quality(extracted) > body_quality(blocks):
            blocks = extracted
        page_date = dates.choose(extraction.date, stamp)
        if page_date:
            meta["page_date"] = page_date
    if not blocks:
        raise refuse(path, "html_too_deep" if _too_deep(root) else "no_text")
    return RawDocument(str(path), blocks, encoding, "html", title=title, meta=meta)


LIBXML_MAX_DEPTH = 2048  # libxml2 drops what is nested deeper, even with huge_tree


def _too_deep(root: Any) -> bool:
    """Return True when the parser stopped at its nesting limit (what was deeper is lost)."""
    from lxml import etree

    depth = 0
    for event, _ in etree.iterwalk(root, events=("start", "end")):
        depth += 1 if event == "start" else -1
        if depth >= LIBXML_MAX_DEPTH - 1:
            return True
    return False


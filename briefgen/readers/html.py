"""Web-page reader (.html): the article body, without navigation, footer or related links."""

from __future__ import annotations

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
from briefgen.resources import data_file

_BLOCK_TAGS = {"p", "div", "li", "td", "section", "article", "blockquote", "pre", "tr", "dd"}
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.IGNORECASE)
_SPACE = re.compile(r"[ \t\u3000\xa0]+")


@functools.cache
def boilerplate() -> dict[str, list[str]]:
    """Return the boilerplate vocabulary from ``data/html_boilerplate.yaml``."""
    with data_file("html_boilerplate.yaml").open(encoding="utf-8") as fh:
        return dict(yaml.safe_load(fh))


def _decode(path: str | Path, data: bytes) -> tuple[str, str]:
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        name = declared.group(1).decode("ascii", "replace").lower()
        name = "gb18030" if name in ("gb2312", "gbk") else name
        try:
            return data.decode(name), name
        except (UnicodeDecodeError, LookupError):
            pass
    decoded = decode_bytes(data)
    if decoded is None:
        raise refuse(path, "binary")
    return decoded


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


def _main_container(body: Any) -> Any:
    """Return the element whose direct paragraphs hold the most text (the article body)."""
    best, best_score = body, 0
    for element in body.iter():
        if not isinstance(element.tag, str):
            continue
        score = sum(len(_text_of(c)) for c in element if isinstance(c.tag, str) and c.tag.lower() in ("p", "br", "div"))
        score += len((element.text or "").strip())
        if score > best_score:
            best, best_score = element, score
    return best


def _blocks(container: Any) -> list[Block]:
    vocab = boilerplate()
    blocks: list[Block] = []
    for element in container.iter():
        if not isinstance(element.tag, str):
            continue
        tag = element.tag.lower()
        if tag == "tr":
            cells = [_text_of(c) for c in element if isinstance(c.tag, str)]
            row = "　".join(c for c in cells if c)
            blocks.extend([Block(row, element.sourceline or 0, "table")] if row else [])
            continue
        if tag == "td" or element.getparent() is not None and element.getparent().tag == "tr":
            continue
        nested = any(isinstance(c.tag, str) and c.tag.lower() in _BLOCK_TAGS | set(_HEADINGS) for c in element)
        if tag not in _BLOCK_TAGS and tag not in _HEADINGS or (nested and tag not in _HEADINGS):
            continue
        text = _text_of(element)
        if not text or text in vocab["noise_lines"]:
            continue
        if any(text.startswith(p) for p in vocab["stop_phrases"]):
            break
        kind = "heading" if tag in _HEADINGS else ("table" if tag in ("td", "tr") else "paragraph")
        blocks.append(Block(text, element.sourceline or 0, kind, _HEADINGS.get(tag, 0)))
    return blocks


def read_html(path: str | Path) -> RawDocument:
    """Return the article of a saved web page as blocks, its <h1> (or <title>) as the title."""
    raw, encoding = _decode(path, read_bytes(path))
    text = strip_controls(raw)  # before parsing: lxml turns a NUL into U+FFFD
    check_text(path, text)
    try:
        import lxml.html

        root = lxml.html.document_fromstring(text.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8"))
    except Exception:  # noqa: BLE001 - any parser failure is a refusal
        raise refuse(path, "html_unreadable") from None
    heading = root.find(".//h1")
    page_title = root.findtext(".//title")
    title = _text_of(heading) if heading is not None else (page_title or "").strip() or None
    _prune(root)
    body = root.find("body")
    blocks = _blocks(_main_container(body if body is not None else root))
    if title and not any(b.kind == "heading" and b.text == title for b in blocks):
        blocks.insert(0, Block(title, 1, "heading", 1))
    if not blocks:
        raise refuse(path, "no_text")
    return RawDocument(str(path), blocks, encoding, "html", title=title)

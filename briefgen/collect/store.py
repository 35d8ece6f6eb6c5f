"""Save a fetched article as ``<host>/<sha>.html`` in UTF-8 with its ``.meta.yaml``, all or nothing."""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from briefgen.readers.metadata import meta_path

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)
_CHARSET_TAGS = re.compile(r"""<meta[^>]+charset\s*=[^>]*>""", re.IGNORECASE)
_HEAD = re.compile(r"<head[^>]*>", re.IGNORECASE)
_GB_NAMES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030"}


def page_name(url: str) -> str:
    """Return the page's file name inside the collect folder: ``<host>/<sha1 of url>.html``."""
    host = (urlsplit(url).hostname or "unknown").replace(":", "_")
    return f"{host}/{hashlib.sha1(url.encode('utf-8')).hexdigest()[:20]}.html"


def _strict(data: bytes, name: str | None) -> str | None:
    if not name:
        return None
    try:
        return data.decode(_GB_NAMES.get(name.lower(), name.lower()))
    except (LookupError, UnicodeDecodeError):
        return None


def decode_page(data: bytes, header_charset: str | None) -> str | None:
    """Return the page's text: UTF-8 if the bytes are valid UTF-8, else the charset the server or the
    page declares if the bytes fit it, else sniffed (declarations are often wrong; UTF-8 validity is not)."""
    declared = _META_CHARSET.search(data[:4096])
    for name in ("utf-8", header_charset, declared.group(1).decode("ascii", "replace") if declared else None):
        text = _strict(data, name)
        if text is not None:
            return text
    from briefgen.readers.decode import decode_bytes

    found = decode_bytes(data)
    return found[0] if found else None


def as_utf8_page(text: str) -> bytes:
    """Return the page as UTF-8 bytes whose only charset declaration says UTF-8."""
    text = _CHARSET_TAGS.sub("", text)
    head = _HEAD.search(text)
    tag = '<meta charset="utf-8">'
    text = text[: head.end()] + tag + text[head.end():] if head else tag + text
    return text.encode("utf-8")


def _atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".part-", suffix=path.suffix)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def save_page(folder: Path, url: str, page: bytes, meta: dict[str, str]) -> Path:
    """Write the page and its metadata beside it (metadata first, so a page never lacks it)."""
    path = folder / page_name(url)
    path.parent.mkdir(parents=True, exist_ok=True)
    text = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, default_flow_style=False)
    _atomic_write(meta_path(path), text.encode("utf-8"))
    _atomic_write(path, page)
    return path

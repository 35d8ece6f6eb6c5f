"""Decode a text file's bytes: BOMs, strict UTF-8, UTF-16 without BOM, GB18030, then a detector."""

from __future__ import annotations

import codecs
import re

_BOMS: list[tuple[bytes, str, str]] = [
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le-bom"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be-bom"),
    (codecs.BOM_UTF8, "utf-8", "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le-bom"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be-bom"),
]


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """Return text and codec when ``data`` looks like BOM-less UTF-16 (NULs on one side)."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2], data[1::2]
    for zeros, codec in ((odd, "utf-16-le"), (even, "utf-16-be")):
        if zeros.count(0) > 0.3 * len(zeros):
            text = _strict(data, codec)
            if text is not None:
                return text, codec
    return None


BINARY_CONTROL_SHARE = 0.05
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\x0c\x1b")


def looks_binary(data: bytes) -> bool:
    """Return True when over 5% of the first 64 KB are control bytes (a few are damaged text)."""
    sample = data[:65536]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > max(BINARY_CONTROL_SHARE * len(sample), 2)


_TYPICAL = re.compile("[\n\r\t -~\u4e00-\u9fff\u3000-\u303f\uff00-\uffef\u2010-\u2027]+")


def plausible(text: str) -> float:
    """Return the share of characters typical of Chinese or ASCII text."""
    sample = text[:20000]
    good = len(sample) - len(_TYPICAL.sub("", sample))  # runs removed in C, not a test per character
    return good / max(len(sample), 1)


def _utf16_plausible(data: bytes) -> tuple[str, str] | None:
    if len(data) % 2:
        return None
    for codec in ("utf-16-le", "utf-16-be"):
        if plausible(data[:40000].decode(codec, "replace")) < 0.95:
            continue  # cheap look at the start before decoding the whole file
        text = _strict(data, codec)
        if text is not None and plausible(text) >= 0.95:
            return text, codec
    return None


def _common_share(text: str) -> float:
    from briefgen.readers.charsets import common_chars
    from briefgen.readers.simplify import to_simplified

    cjk = [ch for ch in to_simplified(text[:20000]) if "\u4e00" <= ch <= "\u9fff"]
    common = common_chars()
    return sum(ch in common for ch in cjk) / max(len(cjk), 1)


def _chinese_legacy(data: bytes) -> tuple[str, str] | None:
    """Return GB18030/GBK or Big5 text, whichever reads as more common characters."""
    options = [(t, n) for t, n in ((_strict(data, "gb18030"), ""), (_strict(data, "big5"), "big5")) if t]
    if not options:
        return None
    text, name = max(options, key=lambda o: _common_share(o[0]))
    return text, name or _gb_name(data, text)


def _gb_name(data: bytes, text: str) -> str:
    """Return "gbk" when the text fits GBK, else "gb18030"."""
    return "gbk" if _strict(data, "gbk") == text else "gb18030"


def _detected(data: bytes) -> tuple[str, str] | None:
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - charset-normalizer ships with requests
        return None
    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        return None
    text = _strict(data, best.encoding)
    return (text, best.encoding) if text is not None else None


def decode_bytes(data: bytes) -> tuple[str, str] | None:
    """Return (text, encoding name) or None when the bytes are binary or undecodable."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            text = _strict(data[len(bom):], codec)
            return (text, name) if text is not None else None
    utf16 = _utf16_without_bom(data) or (_utf16_plausible(data) if looks_binary(data) else None)
    if utf16:
        return utf16
    if looks_binary(data):
        return None
    text = _strict(data, "utf-8")
    if text is not None:
        return text, "utf-8"
    return _utf16_plausible(data) or _chinese_legacy(data) or _detected(data)


def lone_surrogate(data: bytes) -> tuple[str, int, int] | None:
    """Return (codec, character offset, code point) of a lone surrogate in otherwise valid UTF-8/16."""
    bom = next(((codec, len(mark)) for mark, codec, _ in _BOMS if data.startswith(mark)), None)
    options = [bom] if bom else [("utf-8", 0), ("utf-16-le", 0), ("utf-16-be", 0)]
    for codec, skip in options:
        if codec.startswith("utf-32"):
            continue
        try:
            text = data[skip:].decode(codec, "surrogatepass")
        except UnicodeDecodeError:
            continue
        at = next((i for i, ch in enumerate(text) if "\ud800" <= ch <= "\udfff"), None)
        if at is not None and (bom or codec == "utf-8" or plausible(text) >= 0.9):
            return codec, at, ord(text[at])
    return None

"""What an HTTP request gives back: a response, a failure with its Chinese reason, or a retry."""

from __future__ import annotations

from dataclasses import dataclass
from email.message import Message
from typing import Any
from urllib.parse import urlsplit

from briefgen.collect.settings import reason

CHUNK = 64 * 1024


class FetchError(Exception):
    """A URL that could not be fetched; ``str()`` is the Chinese reason, ``status`` the HTTP code."""

    def __init__(self, message: str, status: int | None = None) -> None:
        super().__init__(message)
        self.status = status


@dataclass
class Response:
    """What a GET returned: the final URL, status (200 or 304), headers and body."""

    url: str
    status: int
    headers: Message
    body: bytes = b""

    @property
    def not_modified(self) -> bool:
        """Return True for a 304 answer to a conditional GET."""
        return self.status == 304


def http_url(url: str) -> bool:
    """Return True for an absolute http(s) URL with a host."""
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def read_capped(answer: Any, limit: int) -> bytes:
    """Return the body, refusing one larger than ``limit`` bytes without reading it all."""
    declared = answer.headers.get("Content-Length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise FetchError(reason("too_large", limit=limit // (1024 * 1024)))
    chunks: list[bytes] = []
    size = 0
    while chunk := answer.read(CHUNK):
        size += len(chunk)
        if size > limit:
            raise FetchError(reason("too_large", limit=limit // (1024 * 1024)))
        chunks.append(chunk)
    return b"".join(chunks)


class Retry(Exception):
    """A failure worth another try: timeout, connection trouble, 5xx or 429."""

    def __init__(self, key: str, **detail: object) -> None:
        super().__init__(key)
        self.key = key
        self.detail = detail

    def final(self, tries: int) -> str:
        """Return the Chinese reason once the retries are used up."""
        return reason(self.key, tries=tries, **self.detail)

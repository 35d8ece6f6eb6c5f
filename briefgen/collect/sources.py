"""Where a city's news is: the ``sources:`` of its profile, or ``--source`` URLs for one run."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from briefgen.collect.response import http_url
from briefgen.errors import ConfigError

KINDS = ("list", "feed", "sitemap", "epaper")
_FIELDS = {"name", "url", "kind", "selector", "pattern", "date_pattern", "pages", "delay", "max_pages",
           "enabled", "note", "verified", "tls_verify"}


@dataclass(frozen=True)
class Source:
    """One place to collect from: a column (list) page, feed, sitemap or e-paper index."""

    url: str
    kind: str = "list"
    name: str = ""
    selector: str | None = None
    pattern: str | None = None
    date_pattern: str | None = None
    pages: str | None = None
    delay: float | None = None
    max_pages: int | None = None
    enabled: bool = True
    verified: bool = True
    tls_verify: bool = True

    @property
    def label(self) -> str:
        """Return the source name written into each page's metadata (来源)."""
        return self.name or (urlsplit(self.url).hostname or self.url)


def guess_kind(url: str) -> str:
    """Return the kind a bare ``--source`` URL most likely is, from its path."""
    path = urlsplit(url).path.lower()
    if "sitemap" in path:
        return "sitemap"
    if path.endswith((".xml", ".rss", ".atom")) or re.search(r"(^|/)(rss|feed|atom)(/|$|\.)", path):
        return "feed"
    if re.search(r"%[Ymd]", url):
        return "epaper"
    return "list"


def source_from_url(url: str) -> Source:
    """Return a Source for a ``--source`` URL; a URL that is not http(s) is a ConfigError."""
    if not http_url(url):
        raise ConfigError(f"--source {url}：只支持 http:// 或 https:// 开头的网址")
    return Source(url=url, kind=guess_kind(url))


def _check_regex(value: Any, key: str, origin: str) -> str | None:
    if value is None:
        return None
    try:
        re.compile(str(value))
    except re.error as exc:
        raise ConfigError(f"{origin}：sources 的 {key} 不是合法的正则表达式（{exc}）") from exc
    return str(value)


def _check_selector(value: Any, origin: str) -> str | None:
    if not value:
        return None
    from cssselect import SelectorError
    from lxml.cssselect import CSSSelector

    try:
        CSSSelector(str(value))
    except SelectorError as exc:
        raise ConfigError(f"{origin}：sources 的 selector 不是合法的 CSS 选择器（{value}：{exc}）") from exc
    return str(value)


def source_from_entry(entry: Any, origin: str) -> Source:
    """Return the Source of one ``sources:`` entry; a wrong entry is a ConfigError naming the file."""
    if not isinstance(entry, dict) or not entry.get("url"):
        raise ConfigError(f"{origin}：sources 的每项都要有 url，参照 docs/collect.md")
    unknown = set(entry) - _FIELDS
    if unknown:
        raise ConfigError(f"{origin}：sources 有不认识的字段 {'、'.join(sorted(unknown))}，请删去或改正拼写")
    url, kind = str(entry["url"]).strip(), str(entry.get("kind", "list"))
    if kind not in KINDS:
        raise ConfigError(f"{origin}：sources 的 kind 只能是 {'、'.join(KINDS)}（{url}）")
    if not http_url(url):
        raise ConfigError(f"{origin}：sources 的 url 应以 http:// 或 https:// 开头（{url}）")
    try:
        delay = None if entry.get("delay") is None else float(entry["delay"])
        pages = None if entry.get("max_pages") is None else int(entry["max_pages"])
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{origin}：sources 的 delay 应填秒数、max_pages 应填整数（{url}）") from exc
    return Source(
        url=url, kind=kind, name=str(entry.get("name") or ""),
        selector=_check_selector(entry.get("selector"), origin),
        pattern=_check_regex(entry.get("pattern"), "pattern", origin),
        date_pattern=_check_regex(entry.get("date_pattern"), "date_pattern", origin),
        pages=_check_regex(entry.get("pages"), "pages", origin), delay=delay, max_pages=pages,
        enabled=entry.get("enabled", True) is not False, verified=entry.get("verified", True) is not False,
        tls_verify=entry.get("tls_verify", True) is not False,
    )


def profile_sources(city: str, disabled: bool = False) -> list[Source]:
    """Return the sources listed in ``city``'s profile: the enabled ones, or all with ``disabled``."""
    from briefgen.assemble.profiles import load_profile

    profile = load_profile(city)
    origin = profile.files[-1] if profile.files else "简报配置"
    found = [source_from_entry(e, origin) for e in profile.sources]
    return [s for s in found if s.enabled or disabled]

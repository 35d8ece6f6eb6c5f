"""``collect``: discover the sources' article links in a date range, save new pages, ingest them."""

from __future__ import annotations

import datetime as dt
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefgen.collect.cache import UrlCache
from briefgen.collect.dates import in_range
from briefgen.collect.discover import discover
from briefgen.collect.fetch import Fetcher
from briefgen.collect.links import Link
from briefgen.collect.page import PageFailed, fetch_article
from briefgen.collect.settings import Settings, load_settings, reason
from briefgen.collect.sources import Source
from briefgen.collect.walker import Walker
from briefgen.corpus.store import Corpus


@dataclass
class CollectReport:
    """What a collect run did: article pages found in range, new to the corpus, known, failed."""

    found: int = 0
    new: int = 0
    known: int = 0
    failed: list[dict[str, str]] = field(default_factory=list)
    downloaded: int = 0
    requests: int = 0
    files: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        """Return the report in the command-line contract's shape."""
        return {"found": self.found, "new": self.new, "known": self.known, "failed": list(self.failed)}


def collect_folder(corpus: Corpus) -> Path:
    """Return the folder beside the corpus where collected pages and the URL cache live."""
    return corpus.path.resolve().parent / "collected"


def _candidates(walker: Walker, sources: list[Source], report: CollectReport) -> dict[str, tuple[Link, Source]]:
    """Return each article link once (first source wins, a shown date fills a missing one)."""
    out: dict[str, tuple[Link, Source]] = {}
    for source in sources:
        found = discover(walker, source)
        report.failed.extend(found.failed)
        report.downloaded += found.fetched
        for link in found.links:
            if link.url not in out:
                out[link.url] = (link, source)
            elif out[link.url][0].date is None and link.date is not None:
                out[link.url] = (link, out[link.url][1])
    return out


def _bar(total: int, progress: bool) -> Any:
    if not (progress and total and sys.stderr.isatty()):
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="页", desc="采集", file=sys.stderr, leave=False)


def _fetch_all(walker: Walker, city: str, todo: dict[str, tuple[Link, Source]], report: CollectReport,
               progress: bool) -> dict[str, str]:
    """Fetch or reuse each candidate page; return {saved file: url} for those inside the range."""
    saved: dict[str, str] = {}
    bar = _bar(len(todo), progress)
    try:
        for url, (link, source) in todo.items():
            if link.date is None or in_range(link.date, walker.since, walker.until):
                try:
                    page = fetch_article(walker, city, link, source)
                except PageFailed as exc:
                    report.found += 1
                    report.failed.append({"url": url, "reason": str(exc)})
                else:
                    report.downloaded += int(page.downloaded)
                    if in_range(page.date, walker.since, walker.until):
                        report.found += 1
                        saved[str(page.path.resolve())] = url
                    elif page.date is None:
                        report.found += 1
                        report.failed.append({"url": url, "reason": reason("no_date")})
            if bar is not None:
                bar.update(1)
    finally:
        if bar is not None:
            bar.close()
    return saved


def _ingest(corpus: Corpus, saved: dict[str, str], report: CollectReport, progress: bool) -> None:
    """Ingest the saved pages; pages the corpus already holds unchanged count as known."""
    from briefgen.ingest.pipeline import document_sha
    from briefgen.ingest.runner import ingest_paths
    from briefgen.records import IngestOptions

    options = IngestOptions()
    files = sorted(saved)
    todo = [f for f in files if corpus.known_sha(f) != document_sha(f, options)[0]]
    report.known += len(files) - len(todo)
    ingested = ingest_paths(todo, corpus, options, None, progress=progress) if todo else None
    rejected = {r["file"]: r["reason"] for r in (ingested.rejected if ingested else [])}
    for f in todo:
        if f in rejected:
            report.failed.append({"url": saved[f], "reason": rejected[f]})
        else:
            report.new += 1
    report.files = files


def collect(corpus: Corpus, city: str, sources: list[Source], since: dt.date | None, until: dt.date | None,
            settings: Settings | None = None, progress: bool = False) -> CollectReport:
    """Collect ``city``'s articles published in [since, until] from ``sources`` into ``corpus``."""
    report = CollectReport()
    cache = UrlCache(collect_folder(corpus))
    fetcher = Fetcher(settings or load_settings())
    try:
        walker = Walker(fetcher, cache, fetcher.settings, since, until)
        todo = _candidates(walker, sources, report)
        saved = _fetch_all(walker, city, todo, report, progress)
    finally:
        cache.close()
    _ingest(corpus, saved, report, progress)
    report.requests = fetcher.requests
    report.failed.sort(key=lambda f: f["url"])
    return report

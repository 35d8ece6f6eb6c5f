"""Collect speed: pages per second of ``briefgen collect`` against plain ``trafilatura.fetch_url`` +
``trafilatura.extract`` over the same URLs, in the same run.

    .venv/bin/python benchmarks/collect.py [--repeat 3]

The pages are the real saved news pages of ``../shared/dev/html`` (or ``$BRIEFGEN_SHARED/dev/html``),
read at run time and served by a local ``http.server`` on 127.0.0.1 (loopback only), listed on a
column page with dates inside one week. briefgen runs with the per-host delay set to 0 on an empty
corpus and collect folder each time; its time covers robots.txt, the column page, every page fetched,
decoded, saved with its metadata and ingested (segmentation, cleanup, figures: the whole pipeline).
The fetch-and-save part alone is also reported. The peer fetches and extracts each URL, nothing more.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "collect"))

from collect_server import LocalServer, Site  # noqa: E402

from briefgen.collect import Source, collect, load_settings  # noqa: E402
from briefgen.collect.cache import UrlCache  # noqa: E402
from briefgen.collect.fetch import Fetcher  # noqa: E402
from briefgen.collect.links import Link  # noqa: E402
from briefgen.collect.page import fetch_article  # noqa: E402
from briefgen.collect.walker import Walker  # noqa: E402
from briefgen.corpus import Corpus  # noqa: E402

DAY = dt.date(2023, 1, 11)


def dev_pages() -> list[Path]:
    """Return the development set's HTML pages."""
    env = os.environ.get("BRIEFGEN_SHARED")
    for shared in ([Path(env)] if env else [ROOT.parent / "shared", ROOT.parent.parent / "shared"]):
        folder = shared / "dev" / "html"
        if folder.is_dir():
            return sorted(folder.rglob("*.html"))
    raise SystemExit("../shared/dev/html not found; set BRIEFGEN_SHARED")


def serve(site: Site, pages: list[Path]) -> list[str]:
    """Serve every page and one column page listing them all; return the page URLs."""
    site.add("/robots.txt", "User-agent: *\nDisallow:\n", content_type="text/plain")
    rows = []
    for n, page in enumerate(pages):
        site.add(f"/p/{n}.html", page.read_bytes(), conditional=False)
        rows.append(f'<li><a href="/p/{n}.html">第{n}篇新闻的标题文字</a> {DAY.isoformat()}</li>')
    site.add("/list.html", f"<html><body><ul>{''.join(rows)}</ul></body></html>", conditional=False)
    return [site.url(f"/p/{n}.html") for n in range(len(pages))]


def run_briefgen(site: Site) -> tuple[float, int]:
    """Return the seconds of one whole collect run into a fresh corpus, and the pages stored."""
    settings = load_settings().with_(delay=0.0)
    with tempfile.TemporaryDirectory() as tmp, Corpus.open(Path(tmp) / "c.sqlite") as corpus:
        start = time.perf_counter()
        report = collect(corpus, "安康市", [Source(site.url("/list.html"))], DAY, DAY, settings)
        return time.perf_counter() - start, report.new


def run_fetch_only(urls: list[str]) -> float:
    """Return the seconds briefgen takes to fetch, decode and save the pages (no discovery, no ingest)."""
    fetcher = Fetcher(load_settings().with_(delay=0.0))
    with tempfile.TemporaryDirectory() as tmp:
        cache = UrlCache(Path(tmp))
        walker = Walker(fetcher, cache, fetcher.settings, DAY, DAY)
        start = time.perf_counter()
        for url in urls:
            fetch_article(walker, "安康市", Link(url, DAY), Source(url))
        elapsed = time.perf_counter() - start
        cache.close()
    return elapsed


def run_trafilatura(urls: list[str]) -> tuple[float, int]:
    """Return the seconds of plain trafilatura fetch + extract over ``urls``, and the texts it got."""
    import trafilatura
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "SSRF_PROTECTION", "False")  # the pages are on 127.0.0.1, which it blocks by default
    start = time.perf_counter()
    got = 0
    for url in urls:
        html = trafilatura.fetch_url(url, config=config)
        if html and trafilatura.extract(html):
            got += 1
    return time.perf_counter() - start, got


def main() -> None:
    """Print pages/s for briefgen collect, its fetch-and-save part, and trafilatura, with ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    pages = dev_pages()
    site = Site()
    with LocalServer(site):
        urls = serve(site, pages)
        run_trafilatura(urls[:3])  # warm-up: imports and first connections on both sides
        run_briefgen(site)
        whole, fetch, peer = [], [], []
        for _ in range(args.repeat):
            seconds, stored = run_briefgen(site)
            whole.append(seconds)
            fetch.append(run_fetch_only(urls))
            seconds, extracted = run_trafilatura(urls)
            peer.append(seconds)
    n = len(urls)
    rate = {name: n / statistics.median(v) for name, v in (("whole", whole), ("fetch", fetch), ("peer", peer))}
    print(f"load average {os.getloadavg()[0]:.2f}; {n} pages, median of {args.repeat} runs")
    print(f"briefgen collect (fetch, save, ingest): {rate['whole']:.1f} pages/s, {stored} stored")
    print(f"briefgen fetch + decode + save only:    {rate['fetch']:.1f} pages/s")
    print(f"trafilatura fetch_url + extract:        {rate['peer']:.1f} pages/s, {extracted} extracted")
    print(f"ratio collect / trafilatura: {rate['whole'] / rate['peer']:.2f}x; "
          f"fetch-and-save / trafilatura: {rate['fetch'] / rate['peer']:.2f}x")


if __name__ == "__main__":
    main()

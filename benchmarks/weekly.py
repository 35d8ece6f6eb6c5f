"""Weekly latency and memory on the samples corpus and on a 100,000-article corpus,
against LibreOffice converting the produced .docx to PDF in the same run.

    .venv/bin/python benchmarks/weekly.py [--articles 100000] [--repeat 3]

The large corpus is built here, never committed: the samples' real articles recombined with
dates shifted back week by week and their places swapped for other prefectures.
"""

from __future__ import annotations

import argparse
import copy
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WEEK = "2023-W01"


def run_weekly(db: Path, out: Path) -> tuple[float, int]:
    """Return wall seconds and peak RSS (KiB) of one ``briefgen weekly`` process."""
    cmd = [sys.executable, "-m", "briefgen", "weekly", "--city", "安康", "--week", WEEK,
           "--db", str(db), "--out", str(out), "--json"]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"weekly failed: {proc.stderr.read().decode() if proc.stderr else ''}")
    return elapsed, usage.ru_maxrss


def libreoffice_seconds(docx: Path, work: Path) -> float | None:
    """Return seconds for LibreOffice to convert ``docx`` to PDF, or None without soffice."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        return None
    profile = work / "lo-profile"
    start = time.perf_counter()
    subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(work / "lo"), str(docx)],
                   check=True, capture_output=True, timeout=300)
    return time.perf_counter() - start


def build_small(db: Path) -> None:
    """Ingest samples/ into ``db``."""
    from briefgen.corpus import Corpus
    from briefgen.ingest.runner import ingest_paths
    from briefgen.records import IngestOptions

    with Corpus.open(db) as corpus:
        ingest_paths([str(ROOT / "samples")], corpus, IngestOptions(), None, progress=False)


def build_large(small: Path, large: Path, articles: int) -> None:
    """Fill ``large`` with ``articles`` articles recombined from the documents in ``small``."""
    from briefgen.corpus import Corpus
    from briefgen.ingest.pipeline import process_document
    from briefgen.records import IngestOptions

    shutil.copy(small, large)
    docs = [process_document(str(p), IngestOptions()) for p in sorted((ROOT / "samples").glob("*.txt"))]
    pool = [(d, a) for d in docs for a in d.articles]
    cities = ["咸阳市", "宝鸡市", "汉中市", "商洛市", "渭南市", "延安市", "榆林市", "铜川市"]
    made, round_ = 0, 0
    with Corpus.open(large) as corpus:
        while made < articles:
            round_ += 1
            for n, (doc, art) in enumerate(pool):
                clone = shifted(art, round_, f"（{round_}-{n}）", cities[(round_ + n) % len(cities)])
                result = copy.copy(doc)
                result.path = f"synthetic/{round_}/{n}.txt"
                result.city = clone.places[0].city if clone.places else cities[0]
                result.articles = [clone]
                corpus.store(result)
                made += 1
                if made >= articles:
                    break


def shifted(article, weeks: int, marker: str, city: str):  # type: ignore[no-untyped-def]
    """Return a copy of ``article`` moved ``weeks`` weeks back and into ``city``."""
    from datetime import date, timedelta

    def back(iso: str | None) -> str | None:
        return (date.fromisoformat(iso) - timedelta(weeks=weeks)).isoformat() if iso else None

    clone = copy.deepcopy(article)
    clone.published = back(clone.published)
    for e in clone.events:
        e.start, e.end = back(e.start), back(e.end)
    for p in clone.places:
        p.city = city
    if clone.passages:
        clone.passages[-1].text += marker
    return clone


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        small, large = work / "small.sqlite", work / "large.sqlite"
        build_small(small)
        t0 = time.perf_counter()
        build_large(small, large, args.articles)
        print(f"built a corpus of {args.articles:,} extra articles in {time.perf_counter() - t0:.0f} s")
        rows = {}
        for name, db in (("samples", small), (f"{args.articles:,} articles", large)):
            run_weekly(db, work / "out")  # warm-up: the OS file cache and the font/template caches
            runs = [run_weekly(db, work / "out") for _ in range(args.repeat)]
            rows[name] = (statistics.median(r[0] for r in runs), max(r[1] for r in runs))
        docx = next((work / "out").glob("*.docx"))
        pdf = next((work / "out").glob("*.pdf"))
        lo = [libreoffice_seconds(docx, work) for _ in range(args.repeat)]
        lo_med = statistics.median(x for x in lo if x is not None) if all(lo) else None
        print(f"machine: {os.cpu_count()} cores; week {WEEK}, city 安康")
        for name, (secs, rss) in rows.items():
            ratio = f", {secs / lo_med:.2f}× LibreOffice" if lo_med else ""
            print(f"weekly on {name:>18}: {secs:6.2f} s median, peak RSS {rss / 1024:6.0f} MB{ratio}")
        if lo_med:
            print(f"LibreOffice .docx → PDF      : {lo_med:6.2f} s median")
        big, base = rows[f"{args.articles:,} articles"][0], rows["samples"][0]
        print(f"large / small corpus         : {big / base:.2f}×")
        print(f"PDF size                     : {pdf.stat().st_size / 1024:.0f} KB")


if __name__ == "__main__":
    main()

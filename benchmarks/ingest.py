"""Ingest throughput: ``briefgen ingest`` against plain ``jieba.lcut`` on the same text, same run.

    .venv/bin/python benchmarks/ingest.py [--copies 6] [--workers 1 2]

Prints characters per second for each and the ratio (goal: ingest ≥ 0.8× jieba with default workers).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def make_inputs(folder: Path, copies: int) -> int:
    """Copy the sample texts ``copies`` times (each copy distinct); return the total characters."""
    total = 0
    for n in range(copies):
        for src in sorted((ROOT / "samples").glob("*.txt")):
            text = src.read_text(encoding="utf-8")
            dst = folder / f"{n:02d}-{src.name}"
            dst.write_text(text + f"\n（第{n + 1}份副本）\n", encoding="utf-8")
            meta = src.with_name(src.name + ".meta.yaml")
            if meta.exists():
                shutil.copy(meta, folder / f"{dst.name}.meta.yaml")
            total += len(text)
    return total


def time_jieba(folder: Path) -> float:
    """Return seconds for jieba.lcut over every input text (dictionary loaded beforehand)."""
    import jieba

    jieba.setLogLevel(60)
    jieba.initialize()
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    start = time.perf_counter()
    for text in texts:
        jieba.lcut(text)
    return time.perf_counter() - start


def time_ingest(folder: Path, workers: int | None) -> float:
    """Return seconds for a fresh ``ingest`` of ``folder`` into a new corpus."""
    from briefgen.corpus import Corpus
    from briefgen.ingest.runner import ingest_paths
    from briefgen.ingest.types import IngestOptions

    with tempfile.TemporaryDirectory() as tmp, Corpus.open(Path(tmp) / "c.sqlite") as corpus:
        start = time.perf_counter()
        ingest_paths([str(folder)], corpus, IngestOptions(), workers, progress=False)
        return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=6)
    parser.add_argument("--workers", type=int, nargs="*", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        chars = make_inputs(folder, args.copies)
        jieba_s = statistics.median(time_jieba(folder) for _ in range(args.repeat))
        print(f"machine: {os.cpu_count()} cores; input: {chars:,} characters in {len(list(folder.glob('*.txt')))} files")
        print(f"jieba.lcut (1 core)        : {chars / jieba_s:12,.0f} chars/s")
        default = os.cpu_count() or 1
        for workers in sorted(set(args.workers) | {default}):
            secs = statistics.median(time_ingest(folder, workers) for _ in range(args.repeat))
            tag = " (default)" if workers == default else ""
            print(f"briefgen ingest, {workers} worker(s){tag}: {chars / secs:12,.0f} chars/s"
                  f"  ratio to jieba {jieba_s / secs:.2f}×")


if __name__ == "__main__":
    main()

"""Ingest time and peak memory against input size: many short paragraphs, and one very long line.

    .venv/bin/python benchmarks/linear.py [--paragraphs 10000 40000 160000 1000000]
        [--line-mb 1 8 48] [--cli [--repeat 3]]

Each case is one file ingested by ``process_document`` in a fresh interpreter (jieba loaded before
the clock starts), so the peak resident memory is that case's alone. Paragraphs are short, distinct,
numbered sentences over a small alphabet (many shared 3-grams: the hard case for repeat detection); the long line is
body text with no line break. Printed per case: CPU seconds, seconds per 10k paragraphs (or per MB)
and peak RSS, then the ratio of the largest to the smallest case against the ratio of their sizes:
linear when the two agree. ``--cli`` times ``briefgen ingest`` of 10k and 40k paragraphs of both kinds
(distinct paragraphs, and numbered ``line N`` lines), start-up included, ``--repeat`` interleaved rounds:
the issue's done-when figure (< 3×).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PHRASES = ("全市召开冬季安全生产工作会议", "部署节日期间重点工作", "走访慰问困难职工", "推进重点项目建设",
           "开展食品安全检查", "加快高铁隧道施工", "排查在建工程项目", "推出乡村旅游线路")
_CHILD = """
import json, resource, sys, time
from briefgen.ingest.pipeline import process_document
from briefgen.records import IngestOptions
from briefgen.ingest.warm import prepare
prepare()
start = time.process_time()
result = process_document(sys.argv[1], IngestOptions())
print(json.dumps({"cpu": time.process_time() - start, "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "articles": len(result.articles), "rejected": result.rejected}))
"""


def paragraphs_file(folder: Path, count: int) -> Path:
    """Write ``count`` short distinct paragraphs, one per line: a number, then a clause of characters
    drawn (seeded) from the phrases, so they share common 3-grams but are not copies."""
    path = folder / f"paras-{count}.txt"
    rnd = random.Random(count)
    chars = sorted(set("".join(PHRASES)))
    with path.open("w", encoding="utf-8") as fh:
        for n in range(count):
            clause = "".join(rnd.choice(chars) for _ in range(10))  # 1M lines stay under 50 MB
            fh.write(f"{n}：{clause}。\n")  # about 44 bytes: 1M lines stay under the 50 MB file limit
    return path


def numbered_lines_file(folder: Path, count: int) -> Path:
    """Write ``count`` short numbered lines (``line N``): the issue's first probe, next to no text each."""
    path = folder / f"lines-{count}.txt"
    path.write_text("".join(f"line {n}\n" for n in range(count)), encoding="utf-8")
    return path


def line_file(folder: Path, megabytes: int) -> Path:
    """Write about ``megabytes`` MB of body sentences on one line."""
    path = folder / f"line-{megabytes}mb.txt"
    sentence = "".join(PHRASES) + "，全年完成固定资产投资一千八百万元。"
    with path.open("w", encoding="utf-8") as fh:
        written, n = 0, 0
        while written < megabytes * 1024 * 1024:
            piece = f"{sentence}第{n}项。"
            fh.write(piece)
            written += len(piece.encode("utf-8"))
            n += 1
    return path


def measure(path: Path) -> dict[str, float]:
    """Return CPU seconds and peak RSS of ingesting ``path`` in a fresh interpreter."""
    proc = subprocess.run([sys.executable, "-c", _CHILD, str(path)], capture_output=True, text=True,
                          cwd=ROOT, check=True)
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def cli_seconds(path: Path, folder: Path) -> float:
    """Return the wall seconds of ``briefgen ingest`` on one file into a new corpus."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "briefgen", "ingest", str(path), "--db",
                    str(folder / f"{path.stem}.sqlite"), "--workers", "1", "--json"],
                   capture_output=True, check=True, cwd=ROOT)
    return time.perf_counter() - start


def _table(label: str, sizes: list[int], unit: str, rows: list[dict[str, float]]) -> None:
    """Print one series and its growth against size."""
    print(f"\n{label}")
    for size, row in zip(sizes, rows, strict=True):
        print(f"  {size:>9} {unit}: {row['cpu']:8.2f} s CPU  {row['cpu'] / size:9.6f} s/{unit}"
              f"  peak {row['rss_mb']:7.1f} MB" + (f"  REFUSED: {row['rejected']}" if row.get("rejected") else ""))
    if len(sizes) > 1:
        print(f"  size ×{sizes[-1] / sizes[0]:.0f} → time ×{rows[-1]['cpu'] / rows[0]['cpu']:.1f}, "
              f"memory ×{rows[-1]['rss_mb'] / rows[0]['rss_mb']:.1f}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--paragraphs", type=int, nargs="*", default=[10_000, 40_000, 160_000])
    parser.add_argument("--line-mb", type=int, nargs="*", default=[1, 8])
    parser.add_argument("--cli", action="store_true", help="also time briefgen ingest of 10k vs 40k paragraphs")
    parser.add_argument("--repeat", type=int, default=3, help="interleaved rounds of --cli (median reported)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if args.paragraphs:
            _table("short paragraphs, one file", args.paragraphs, "para",
                   [measure(paragraphs_file(folder, n)) for n in args.paragraphs])
        if args.line_mb:
            _table("one line, no line break", args.line_mb, "MB",
                   [measure(line_file(folder, mb)) for mb in args.line_mb])
        if args.cli:
            cli(folder, args.repeat)


def cli(folder: Path, repeat: int) -> None:
    """Print ``briefgen ingest`` wall seconds for 10k and 40k paragraphs of both kinds, rounds interleaved."""
    kinds = {"distinct paragraphs": paragraphs_file, "numbered lines (line N)": numbered_lines_file}
    files = {(kind, n): make(folder, n) for kind, make in kinds.items() for n in (10_000, 40_000)}
    times: dict[tuple[str, int], list[float]] = {key: [] for key in files}
    for _ in range(repeat):  # each round runs every case once, so load from other programs hits them alike
        for key, path in files.items():
            times[key].append(cli_seconds(path, folder))
            (folder / f"{path.stem}.sqlite").unlink()
    print(f"\nbriefgen ingest (start-up included), median of {repeat} interleaved rounds:")
    for kind in kinds:
        small, large = (statistics.median(times[(kind, n)]) for n in (10_000, 40_000))
        print(f"  {kind:24s}: 10k {small:5.2f} s, 40k {large:5.2f} s: ×{large / small:.2f} (goal < 3×)"
              f"  rounds ×{', ×'.join(f'{b / a:.2f}' for a, b in zip(times[(kind, 10_000)], times[(kind, 40_000)], strict=True))}")


if __name__ == "__main__":
    main()

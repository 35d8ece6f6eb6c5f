"""Ingest throughput: ``briefgen ingest`` against plain ``jieba.lcut`` on the same text, same run.

    .venv/bin/python benchmarks/ingest.py [--copies 6] [--workers 1 2] [--repeat 3] [--profile] [--cold]

Both sides get the same files (the samples, copied ``--copies`` times). jieba: ``jieba.lcut`` in its
default mode over each file's whole text, one core, dictionary loaded before the clock starts.
ingest: ``ingest_paths`` into a new corpus (read, split, clean, ``jieba.lcut`` on every passage,
figures, dates, places, SQLite), with N worker processes; its dictionary is loaded before the clock
starts too (the pool's workers are forked from this process or load it in their initializer, which
is timed). Each round runs jieba and every worker count one after the other, so load from other
programs hits them alike; medians are printed with the load average, because a busy machine cannot
show a parallel speed-up. Goal: ingest ≥ 0.8× jieba with the default workers.
--profile  CPU seconds per stage of one in-process ingest of the same files.
--cpu N    CPU seconds of process_document (one process) against jieba.lcut, N alternating rounds: the
           steadier figure on a shared machine, where wall times swing with other programs' load.
--cold     the command line (``python -m briefgen ingest``) against a fresh ``python`` running
           jieba.lcut, interpreter start-up and dictionary loading included on both sides.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


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


def _cpu() -> float:
    """Return CPU seconds used so far by this process and its finished children (Unix)."""
    try:
        import resource
    except ImportError:  # Windows: this process only
        return time.process_time()
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def _load() -> float:
    """Return the one-minute load average (0 where the system does not tell)."""
    return os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0


def time_jieba(texts: list[str]) -> float:
    """Return seconds for jieba.lcut over every input text (dictionary loaded beforehand)."""
    import jieba

    start = time.perf_counter()
    for text in texts:
        jieba.lcut(text)
    return time.perf_counter() - start


def time_ingest(folder: Path, workers: int) -> tuple[float, float]:
    """Return wall seconds and CPU seconds (all processes) for a fresh ingest of ``folder``."""
    from briefgen.corpus import Corpus
    from briefgen.ingest.runner import ingest_paths
    from briefgen.records import IngestOptions

    with tempfile.TemporaryDirectory() as tmp, Corpus.open(Path(tmp) / "c.sqlite") as corpus:
        cpu, start = _cpu(), time.perf_counter()
        report = ingest_paths([str(folder)], corpus, IngestOptions(), workers, progress=False)
        wall = time.perf_counter() - start
        if report.rejected:
            raise SystemExit(f"ingest refused files: {report.rejected}")
        return wall, _cpu() - cpu


def _timed(spent: Counter[str], label: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[label] += time.process_time() - start

    return timed


STAGES = [  # (module, attribute, label); analysis sub-stages are looked up at call time
    ("briefgen.ingest.pipeline", "document_sha", "hash file"),
    ("briefgen.ingest.pipeline", "read_path", "read + decode"),
    ("briefgen.ingest.pipeline", "simplify_blocks", "traditional → simplified"),
    ("briefgen.ingest.pipeline", "segment", "split into articles"),
    ("briefgen.ingest.pipeline", "clean_paragraphs", "cleanup"),
    ("briefgen.ingest.pipeline", "_tokens", "jieba.lcut per passage"),
    ("briefgen.ingest.pipeline", "split_sentences", "sentences"),
    ("briefgen.ingest.pipeline", "_analyse", "figures + dates + places"),
    ("briefgen.ingest.annotate.figures.extract", "extract_figures", "  figures"),
    ("briefgen.ingest.annotate.dates", "resolve_events", "  dates"),
    ("briefgen.ingest.annotate.places", "find_places", "  places"),
    ("briefgen.corpus.store", "Corpus.store", "store in SQLite"),
]


def cpu_ratio(folder: Path, texts: list[str], rounds: int) -> None:
    """Print the CPU seconds of ``process_document`` over every file, one process, against jieba.lcut.

    Rounds alternate the two, and CPU time (not wall) is compared: on a shared machine this is the
    steadier figure, since neither side waits for a core.
    """
    from briefgen.ingest.pipeline import process_document
    from briefgen.records import IngestOptions

    files = [str(p) for p in sorted(folder.glob("*.txt"))]
    for path in files[:4]:  # warm: first-use compilation of the patterns
        process_document(path, IngestOptions())
    jieba_cpu, ingest_cpu = [], []
    for _ in range(rounds):
        jieba_cpu.append(-time.process_time())
        time_jieba(texts)
        jieba_cpu[-1] += time.process_time()
        ingest_cpu.append(-time.process_time())
        for path in files:
            process_document(path, IngestOptions())
        ingest_cpu[-1] += time.process_time()
    ratios = [j / i for j, i in zip(jieba_cpu, ingest_cpu, strict=True)]
    print(f"\nCPU, one process, {rounds} alternating rounds: process_document {statistics.median(ingest_cpu):.2f} s, "
          f"jieba.lcut {statistics.median(jieba_cpu):.2f} s: ratio to jieba {statistics.median(ratios):.3f}× "
          f"(rounds {min(ratios):.3f}–{max(ratios):.3f})")


def profile(folder: Path, chars: int) -> None:
    """Print CPU seconds per stage of a one-process ingest of ``folder``."""
    import importlib

    spent: Counter[str] = Counter()
    undo = []
    for module_name, attr, label in STAGES:
        owner: Any = importlib.import_module(module_name)
        name = attr
        if "." in attr:
            cls, name = attr.split(".")
            owner = getattr(owner, cls)
        original = getattr(owner, name)
        setattr(owner, name, _timed(spent, label, original))
        undo.append((owner, name, original))
    try:
        start = time.process_time()
        time_ingest(folder, 1)
        total = time.process_time() - start
    finally:
        for owner, name, original in undo:
            setattr(owner, name, original)
    print(f"\nCPU per stage, one process ({chars / total:,.0f} chars/s while profiled):")
    for _, _, label in STAGES:
        print(f"  {label:28s} {spent[label]:7.3f} s  {100 * spent[label] / total:5.1f} %")
    rest = total - sum(v for k, v in spent.items() if not k.startswith("  "))
    print(f"  {'other (walk, metadata, ...)':28s} {rest:7.3f} s  {100 * rest / total:5.1f} %")


def cold(folder: Path, chars: int, workers: list[int], repeat: int) -> None:
    """Print wall times of fresh processes: jieba alone, and the ``briefgen ingest`` command."""
    jieba_code = ("import jieba, pathlib, sys; jieba.setLogLevel(60); "
                  "[jieba.lcut(p.read_text(encoding='utf-8')) for p in sorted(pathlib.Path(sys.argv[1]).glob('*.txt'))]")

    def run(args: list[str]) -> float:
        start = time.perf_counter()
        subprocess.run(args, check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
        return time.perf_counter() - start

    jieba_s = statistics.median(run([sys.executable, "-c", jieba_code, str(folder)]) for _ in range(repeat))
    print("\ncold start (fresh processes, dictionary loaded from jieba's cache file):")
    print(f"  python + jieba.lcut            : {jieba_s:6.2f} s  {chars / jieba_s:10,.0f} chars/s")
    for n in workers:
        times = []
        for _ in range(repeat):
            with tempfile.TemporaryDirectory() as tmp:
                times.append(run([sys.executable, "-m", "briefgen", "ingest", str(folder), "--db",
                                  str(Path(tmp) / "c.sqlite"), "--workers", str(n), "--json"]))
        secs = statistics.median(times)
        print(f"  briefgen ingest --workers {n:<4d} : {secs:6.2f} s  {chars / secs:10,.0f} chars/s"
              f"  ratio to jieba {jieba_s / secs:.2f}×")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--copies", type=int, default=6)
    parser.add_argument("--workers", type=int, nargs="*", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--cpu", type=int, default=0, metavar="ROUNDS",
                        help="CPU-time ratio to jieba of process_document in this process, alternating rounds")
    parser.add_argument("--cold", action="store_true")
    parser.add_argument("--memory", action="store_true",
                        help="peak RSS of `briefgen ingest` on 2 and 16 copies: bounded by workers, not input")
    parser.add_argument("--engine", choices=["pool", "dask"], default="pool",
                        help="dask: also run process_document under dask.bag on a LocalCluster")
    args = parser.parse_args()
    import jieba

    from briefgen.ingest.warm import prepare

    default = os.cpu_count() or 1
    counts = sorted(set(args.workers) | {default})
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        chars = make_inputs(folder, args.copies)
        texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
        prepare()  # jieba's dictionary and the vocabularies, before any clock starts
        load = _load()
        jieba_runs: list[float] = []
        ingest_runs: dict[int, list[tuple[float, float]]] = {n: [] for n in counts}
        for _ in range(args.repeat):
            jieba_runs.append(time_jieba(texts))
            for n in counts:
                ingest_runs[n].append(time_ingest(folder, n))
        jieba_s = statistics.median(jieba_runs)
        print(f"machine: {default} cores, {platform.python_implementation()} {platform.python_version()}, "
              f"jieba {jieba.__version__}; load average {load:.2f} before, {_load():.2f} after")
        print(f"input: {chars:,} characters in {len(texts)} files; median of {args.repeat} interleaved rounds")
        print(f"jieba.lcut (1 core)          : {chars / jieba_s:10,.0f} chars/s")
        one = statistics.median(w for w, _ in ingest_runs[counts[0]])
        for n in counts:
            wall = statistics.median(w for w, _ in ingest_runs[n])
            cpu = statistics.median(c for _, c in ingest_runs[n])
            tag = " (default)" if n == default else ""
            print(f"briefgen ingest, {n} worker(s){tag:10s}: {chars / wall:10,.0f} chars/s  ratio to jieba "
                  f"{jieba_s / wall:.2f}×  speed-up {one / wall:.2f}× vs {counts[0]}  CPU {cpu:.2f} s")
        if args.cpu:
            cpu_ratio(folder, texts, args.cpu)
        if args.profile:
            profile(folder, chars)
        if args.cold:
            cold(folder, chars, counts, args.repeat)
        if args.memory:
            memory()
        if args.engine == "dask":
            compare_dask(folder, chars, default, statistics.median(w for w, _ in ingest_runs[default]))


def memory() -> None:
    """Print the peak RSS of whole ``briefgen ingest`` runs on a small and an 8× larger input."""
    for copies in (2, 16):
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "in"
            folder.mkdir()
            chars = make_inputs(folder, copies)
            cmd = [sys.executable, "-m", "briefgen", "ingest", str(folder), "--db", str(Path(tmp) / "c.sqlite")]
            proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            _, _, usage = os.wait4(proc.pid, 0)
            print(f"ingest of {chars:>10,} characters: peak RSS {usage.ru_maxrss / 1024:5.0f} MB")


def compare_dask(folder: Path, chars: int, workers: int, pool_s: float) -> None:
    """Print Dask's throughput on the same files against the process pool's."""
    from dask_engine import ingest_with_dask

    with tempfile.TemporaryDirectory() as tmp:
        total, ready = ingest_with_dask(folder, Path(tmp) / "dask.sqlite", workers)
    print(f"dask.bag on LocalCluster, {workers} workers: {chars / total:10,.0f} chars/s"
          f" ({total:.2f} s, of which cluster start {ready:.2f} s); process pool {pool_s:.2f} s;"
          f" dask / pool {total / pool_s:.2f}×")


if __name__ == "__main__":
    main()

"""``ingest_paths``: walk files and folders, process changed documents in parallel, store each."""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefgen.corpus.store import Corpus
from briefgen.errors import os_reason
from briefgen.ingest.names import display_path, not_regular
from briefgen.ingest.pipeline import document_sha, process_document
from briefgen.ingest.warm import prepare
from briefgen.lifetime import child_initializer
from briefgen.readers import supported
from briefgen.readers.base import messages
from briefgen.readers.metadata import META_SUFFIX
from briefgen.records import DocumentResult, IngestOptions

# Files a folder walk leaves alone: notes about a folder, not documents in it.
SKIPPED_NAMES = ("readme", "changes", "changelog", "license")
# Small files travel to the workers together, up to this many bytes per task.
BATCH_BYTES = 256 * 1024
IN_FLIGHT_PER_WORKER = 2
NOT_REGULAR = "不是普通文件（管道、设备或套接字），不读取以免卡住"


@dataclass
class IngestReport:
    """What an ingest run did, for the summary line and ``--json``."""

    files: int = 0
    articles: int = 0
    new_articles: int = 0
    duplicates_dropped: int = 0
    unchanged: int = 0
    flagged: list[dict[str, str]] = field(default_factory=list)
    rejected: list[dict[str, str]] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        """Return the report in the command-line contract's shape."""
        return {
            "files": self.files, "articles": self.articles, "new_articles": self.new_articles,
            "duplicates_dropped": self.duplicates_dropped, "flagged": list(self.flagged),
            "rejected": list(self.rejected),
        }


def iter_files(paths: Iterable[str], report: IngestReport) -> Iterator[str]:
    """Yield readable files under ``paths`` (folders recursively, sorted); refuse the rest."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in _walk(path, report):
                if supported(child) and not child.name.startswith((".", "~$")) \
                        and not child.name.lower().startswith(SKIPPED_NAMES):
                    yield str(child.resolve())
        elif not path.exists():
            report.rejected.append({"file": display_path(raw), "reason": messages()["missing"]})
        elif raw.endswith(META_SUFFIX):
            continue
        elif not supported(path):
            report.rejected.append({"file": display_path(raw), "reason": messages()["unsupported"]})
        elif not_regular(raw):
            report.rejected.append({"file": display_path(raw), "reason": NOT_REGULAR})
        else:
            yield str(path.resolve())


def _walk(folder: Path, report: IngestReport) -> list[Path]:
    """Return the regular files under ``folder``, sorted; a folder that cannot be listed is refused."""
    def failed(exc: OSError) -> None:
        report.rejected.append({"file": display_path(str(exc.filename)),
                                "reason": f"文件夹无法读取（{os_reason(exc)}），其中的文件未读入"})

    found = [Path(root) / name for root, _, names in os.walk(folder, onerror=failed) for name in names]
    return sorted(p for p in found if p.is_file())


def _changed(files: list[str], corpus: Corpus, options: IngestOptions) -> list[str]:
    out = []
    for f in files:
        try:
            sha, _ = document_sha(f, options)
        except OSError:
            out.append(f)
            continue
        if corpus.known_sha(display_path(f)) != sha:
            out.append(f)
    return out


def _record(result: DocumentResult, corpus: Corpus, report: IngestReport) -> None:
    report.files += 1
    result.path = display_path(result.path)  # stored and printed as text, opened by its real name
    if result.rejected:
        report.rejected.append({"file": result.path, "reason": result.rejected})
        return
    report.rejected.extend({"file": display_path(meta), "reason": why} for meta, why in result.meta_refused)
    outcome = corpus.store(result)
    report.articles += len(result.articles)
    report.new_articles += outcome.new_articles
    report.duplicates_dropped += sum(a.dropped_repeats for a in result.articles)
    report.flagged.extend({"file": result.path, "article": f.article, "reason": f.reason} for f in result.flagged)


def _progress(total: int, progress: bool) -> Any:
    if not (progress and total and sys.stderr.isatty()):
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="文件", desc="读入", file=sys.stderr, leave=False)


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def batches(todo: list[str], workers: int) -> list[list[str]]:
    """Return the files in tasks for the pool: largest first, small files grouped up to BATCH_BYTES.

    Largest first keeps every worker busy to the end; grouping small files spares a round trip
    between processes per file.
    """
    sizes = {path: _size(path) for path in todo}
    target = min(BATCH_BYTES, max(sum(sizes.values()) // (workers * 4), 1))
    out: list[list[str]] = []
    load = 0
    for path in sorted(todo, key=sizes.__getitem__, reverse=True):
        size = sizes[path]
        if out and load + size <= target:
            out[-1].append(path)
            load += size
        else:
            out.append([path])
            load = size
    return out


def process_batch(paths: list[str], options: IngestOptions) -> list[DocumentResult]:
    """Return the results of ``process_document`` for each file of a task, in order."""
    return [process_document(path, options) for path in paths]


def _pool(workers: int) -> Executor:
    """Return a process pool whose workers have jieba and the vocabularies loaded once each."""
    context = multiprocessing.get_context()
    if context.get_start_method() == "fork":
        prepare()  # forked workers inherit what this process loaded instead of loading it again
    initializer, initargs = child_initializer(prepare)  # workers die with this process, even on kill -9
    return ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=initializer,
                               initargs=initargs)


def _submit_more(pool: Executor, tasks: Iterator[list[str]], options: IngestOptions,
                 pending: deque[tuple[Future[list[DocumentResult]], list[str]]], limit: int) -> None:
    """Submit tasks until ``limit`` are in flight, with the objects loaded so far frozen."""
    # Frozen objects are skipped by the collector, so forked workers leave the memory pages they
    # share with this process (jieba's dictionary above all) unwritten instead of copying them.
    gc.freeze()
    try:
        while len(pending) < limit and (batch := next(tasks, None)) is not None:
            pending.append((pool.submit(process_batch, batch, options), batch))
    finally:
        gc.unfreeze()


def _failed(paths: list[str], exc: BaseException) -> Iterator[DocumentResult]:
    """Yield a refusal for each file of a task whose worker died."""
    for path in paths:
        failed = DocumentResult(path=path, sha256="", size=0)
        failed.rejected = f"处理进程异常退出（{exc.__class__.__name__}），请单独重试该文件"
        yield failed


def _results(todo: list[str], options: IngestOptions, workers: int) -> Iterator[DocumentResult]:
    """Yield each file's result in a fixed order (so article ids do not depend on which worker
    finishes first); at most two tasks per worker are in flight, so memory is bounded by the
    workers, not by how many files there are."""
    if workers <= 1 or len(todo) <= 1:
        yield from (process_document(f, options) for f in todo)
        return
    tasks = iter(batches(todo, workers))
    pending: deque[tuple[Future[list[DocumentResult]], list[str]]] = deque()
    limit = IN_FLIGHT_PER_WORKER * workers
    with _pool(workers) as pool:
        _submit_more(pool, tasks, options, pending, limit)
        while pending:
            future, batch = pending.popleft()
            try:
                yield from future.result()
            except (BrokenProcessPool, OSError, RuntimeError) as exc:
                yield from _failed(batch, exc)
            try:
                _submit_more(pool, tasks, options, pending, limit)
            except BrokenProcessPool as exc:
                for rest in tasks:
                    yield from _failed(rest, exc)


def ingest_paths(paths: list[str], corpus: Corpus, options: IngestOptions,
                 workers: int | None = None, progress: bool = True) -> IngestReport:
    """Ingest files and folders into ``corpus``; each document is stored in its own transaction."""
    report = IngestReport()
    files = list(dict.fromkeys(iter_files(paths, report)))
    todo = _changed(files, corpus, options)
    report.unchanged = len(files) - len(todo)
    report.files = report.unchanged
    bar = _progress(len(todo), progress)
    try:
        for result in _results(todo, options, min(workers or os.cpu_count() or 1, max(len(todo), 1))):
            _record(result, corpus, report)
            if bar is not None:
                bar.update(1)
    finally:
        if bar is not None:
            bar.close()
    report.rejected.sort(key=lambda r: r["file"])
    return report

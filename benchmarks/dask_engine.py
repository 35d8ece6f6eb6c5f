"""Ingest mapped onto Dask: ``process_document`` over a ``dask.bag`` on a local cluster.

The per-document step is a pure function of (path, options), so a distributed engine maps it
unchanged; only storing stays on the driver, one transaction per document, exactly as the
process pool does. Used by ``benchmarks/ingest.py --engine dask``.
"""

from __future__ import annotations

import time
from pathlib import Path

from briefgen.corpus import Corpus
from briefgen.ingest.pipeline import process_document
from briefgen.records import IngestOptions


def document_paths(folder: Path) -> list[str]:
    """Return the text files of ``folder`` in a stable order."""
    return [str(p) for p in sorted(folder.glob("*.txt"))]


def ingest_with_dask(folder: Path, db: Path, workers: int) -> tuple[float, float]:
    """Ingest ``folder`` into ``db`` on a local Dask cluster; return (total s, cluster start-up s)."""
    import dask.bag as db_bag
    from dask.distributed import Client, LocalCluster

    started = time.perf_counter()
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        ready = time.perf_counter() - started
        paths = document_paths(folder)
        bag = db_bag.from_sequence(paths, npartitions=max(1, min(len(paths), workers * 4)))
        options = IngestOptions()
        results = bag.map(process_document, options)
        with Corpus.open(db) as corpus:
            for result in client.compute(results.to_delayed(), sync=True):
                for doc in result:
                    corpus.store(doc)
    return time.perf_counter() - started, ready

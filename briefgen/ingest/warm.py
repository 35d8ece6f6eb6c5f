"""Per-process set-up for ingest: jieba's dictionary and the compiled vocabularies, each loaded once."""

from __future__ import annotations

import functools
import os
import tempfile
from collections.abc import Callable

from briefgen.resources import user_cache_dir

JIEBA_CACHE = "jieba.cache"
_QUIET = 60


def _jieba_cache_folder() -> str | None:
    """Return where jieba should keep its dictionary cache: its default (None) unless that is unusable."""
    default = tempfile.gettempdir()
    if os.path.isfile(os.path.join(default, JIEBA_CACHE)) or os.access(default, os.W_OK):
        return None
    folder = user_cache_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return str(folder) if os.access(folder, os.W_OK) else None


@functools.cache
def tokenizer() -> Callable[[str], list[str]]:
    """Return ``jieba.lcut`` (default mode) with the dictionary loaded, quietly."""
    import jieba

    jieba.setLogLevel(_QUIET)
    folder = _jieba_cache_folder()
    if folder is not None and jieba.dt.tmp_dir is None:
        jieba.dt.tmp_dir = folder
    jieba.initialize()
    return jieba.lcut


def prepare() -> None:
    """Load jieba and every vocabulary ``process_document`` uses, so no document pays for it."""
    from briefgen.ingest.annotate.dates import resolve_events
    from briefgen.ingest.annotate.figures.extract import extract_figures
    from briefgen.ingest.annotate.places import find_places
    from briefgen.ingest.clean.cleanup import Para, clean_paragraphs
    from briefgen.ingest.split.vocab import vocab
    from briefgen.readers.simplify import to_simplified

    tokenizer()
    vocab()
    to_simplified("開")
    clean_paragraphs([Para("安康市平利县2023年1月5日召开会议。")])
    resolve_events("2023年1月5日", None)
    find_places("安康市平利县")
    extract_figures("全市生产总值增长5.2%，达到100亿元。")

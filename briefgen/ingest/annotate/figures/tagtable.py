"""jieba's word-class table (word → tag, as ``jieba.posseg`` reads it), kept as a marshal file in the user cache."""

from __future__ import annotations

import marshal
import os
import tempfile
from functools import cache
from pathlib import Path

from briefgen.resources import user_cache_dir


def _dict_path() -> Path:
    """Return the path of the dictionary jieba's default tokenizer uses."""
    import jieba

    if jieba.dt.dictionary not in (None, jieba.DEFAULT_DICT):
        return Path(jieba.dt.dictionary)
    return Path(jieba.__file__).resolve().parent / jieba.DEFAULT_DICT_NAME


def _parse(path: Path) -> dict[str, str]:
    """Return word → tag from a jieba dictionary file (``word freq tag`` lines)."""
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line:
            word, _, tag = line.split(" ")
            table[word] = tag
    return table


def _save(table: dict[str, str], target: Path) -> None:
    """Write the table atomically; a cache that cannot be written is skipped."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as out:
            marshal.dump(table, out)
        os.replace(tmp, target)
    except OSError:
        return


@cache
def tag_table() -> dict[str, str]:
    """Return jieba's word → word class table: from the cache when the dictionary is unchanged, else parsed."""
    path = _dict_path()
    stat = path.stat()
    cached = user_cache_dir() / f"jieba-tags-{stat.st_size}-{stat.st_mtime_ns}.marshal"
    try:
        table = marshal.loads(cached.read_bytes())
        if isinstance(table, dict):
            return table
    except (OSError, EOFError, ValueError, TypeError):
        pass
    table = _parse(path)
    _save(table, cached)
    return table


@cache
def longest_word() -> int:
    """Return the length of the longest word in the table."""
    return max(map(len, tag_table()), default=1)


def may_end_with(text: str, classes: frozenset[str], least: int = 1) -> bool:
    """Return False when no dictionary word of ``least`` characters or more with one of ``classes`` ends ``text``.

    jieba's plain cut gives a word of two characters or more only from its dictionary, so a False here
    means its last word cannot be of those classes — without cutting.
    """
    table = tag_table()
    return any(table.get(text[-k:]) in classes for k in range(least, min(len(text), longest_word()) + 1))

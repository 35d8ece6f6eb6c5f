"""Tests for jieba's word-class table kept in the user cache."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.ingest.annotate.figures import tagtable
from briefgen.resources import user_cache_dir


@pytest.fixture
def small_dict(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "dict.txt"
    path.write_text("群众 100 n\n陆续 50 d\n\n走进 30 v\n", encoding="utf-8")
    monkeypatch.setattr(tagtable, "_dict_path", lambda: path)
    monkeypatch.setenv("BRIEFGEN_CACHE", str(tmp_path / "cache"))
    tagtable.tag_table.cache_clear()
    yield path
    tagtable.tag_table.cache_clear()


def test_table_is_read_from_the_dictionary_and_cached(small_dict: Path) -> None:
    assert tagtable.tag_table() == {"群众": "n", "陆续": "d", "走进": "v"}
    cached = list(user_cache_dir().glob("jieba-tags-*.marshal"))
    assert len(cached) == 1
    cached[0].write_bytes(b"not marshal")  # a broken cache is read again from the dictionary
    tagtable.tag_table.cache_clear()
    assert tagtable.tag_table() == {"群众": "n", "陆续": "d", "走进": "v"}
    small_dict.write_text("群众 100 n\n", encoding="utf-8")  # a changed dictionary is read again
    tagtable.tag_table.cache_clear()
    assert tagtable.tag_table() == {"群众": "n"}


def test_table_is_the_one_posseg_reads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import jieba.posseg

    monkeypatch.setenv("BRIEFGEN_CACHE", str(tmp_path))
    tagtable.tag_table.cache_clear()
    try:
        assert tagtable.tag_table() == jieba.posseg.dt.word_tag_tab
    finally:
        tagtable.tag_table.cache_clear()


def test_may_end_with_holds_whenever_the_cut_ends_so() -> None:
    from briefgen.ingest.annotate.figures.pos import tagged

    verbs, modifiers = frozenset({"v"}), frozenset({"a", "b"})
    texts = ["垃圾外运减量", "协调", "全县新", "最大", "新型", "留守儿童", "KTV", "3个", "项目 ", "省级"]
    for text in texts:
        word, flag = tagged(text)[-1]
        if len(word) >= 2 and flag in verbs:
            assert tagtable.may_end_with(text, verbs, 2), text
        if flag in modifiers:
            assert tagtable.may_end_with(text, modifiers), text
    assert not tagtable.may_end_with("留守儿童", verbs, 2)
    assert tagtable.may_end_with("垃圾外运减量", verbs, 2) and tagtable.may_end_with("全县新", modifiers)

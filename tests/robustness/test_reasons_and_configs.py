"""Issue 14 (Low): misleading refusal reasons, unreadable folders and meta files, devices named on the
command line, wrongly typed themes and oversized profile fields."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import pytest
from badinputs import article

from briefgen.corpus import Corpus
from briefgen.errors import ConfigError, InputRefused
from briefgen.ingest.runner import ingest_paths
from briefgen.readers import read_path
from briefgen.records import IngestOptions

TEXT = article(1)


def ingest(tmp_path: Path, *paths: Path) -> Any:
    """Return the report of ingesting ``paths`` in this process."""
    with Corpus.open(tmp_path / "c.sqlite") as corpus:
        return ingest_paths([str(p) for p in paths], corpus, IngestOptions(), workers=1, progress=False)


@pytest.mark.parametrize(("name", "data", "codec"), [
    ("utf8.txt", TEXT[:20].encode() + b"\xed\xa0\x80" + TEXT[20:].encode(), "UTF-8"),
    ("bom16.txt", ("\ufeff" + TEXT[:20]).encode("utf-16-le") + b"\x00\xd8" + TEXT[20:].encode("utf-16-le"),
     "UTF-16-LE"),
    ("plain16.md", TEXT[:20].encode("utf-16-be") + b"\xdc\x00" + TEXT[20:].encode("utf-16-be"), "UTF-16-BE"),
    ("ascii8.txt", b"Ankang city held a meeting on work safety. " * 5 + b"\xed\xb0\x80", "UTF-8"),
    ("page16.html", ("\ufeff<html><body><p>" + TEXT[:20]).encode("utf-16-le") + b"\x00\xd8"
     + (TEXT[20:] + "</p></body></html>").encode("utf-16-le"), "UTF-16-LE"),
])
def test_a_lone_surrogate_is_named_not_called_binary(tmp_path: Path, name: str, data: bytes, codec: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputRefused) as refused:
        read_path(path)
    assert "二进制数据而不是文字" not in refused.value.reason
    assert "代理码" in refused.value.reason and codec in refused.value.reason


def test_binary_data_is_still_called_binary(tmp_path: Path) -> None:
    path = tmp_path / "b.txt"
    path.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(InputRefused, match="二进制数据"):
        read_path(path)


def test_a_declared_unicode_escape_charset_is_not_obeyed(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    body = f"<p>{TEXT}</p><p>代码写作 \\u5b89\\x41 原样保留。</p>"
    page.write_bytes(f'<html><head><meta charset="unicode_escape"></head><body>{body}</body></html>'.encode("gbk"))
    document = read_path(page)
    assert document.encoding != "unicode_escape"
    assert any("\\u5b89\\x41" in b.text for b in document.blocks)


@pytest.mark.parametrize("how", ["loop", "denied"])
def test_an_unreadable_meta_file_is_refused_under_its_own_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                               how: str) -> None:
    doc = tmp_path / "in" / "a.txt"
    doc.parent.mkdir()
    doc.write_text(TEXT, encoding="utf-8")
    meta = Path(f"{doc}.meta.yaml")
    if how == "loop":
        meta.symlink_to(meta)
    else:
        meta.write_text("source: 安康日报\n", encoding="utf-8")
        real_open = os.open

        def deny(path: Any, *args: Any, **kwargs: Any) -> int:
            if str(path) == str(meta):
                raise PermissionError(errno.EACCES, "Permission denied", str(path))
            return real_open(path, *args, **kwargs)
        monkeypatch.setattr(os, "open", deny)  # root reads any file, so the denial is staged
    report = ingest(tmp_path, doc.parent)
    assert report.articles == 1
    [refusal] = report.rejected
    assert refusal["file"] == str(meta) and "元数据文件无法读取" in refusal["reason"]
    assert ("符号链接" if how == "loop" else "没有权限") in refusal["reason"]


def test_an_unreadable_sub_folder_is_refused_by_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    top = tmp_path / "in"
    (top / "locked").mkdir(parents=True)
    (top / "a.txt").write_text(TEXT, encoding="utf-8")
    (top / "locked" / "b.txt").write_text(article(2), encoding="utf-8")
    real_scandir = os.scandir

    def scandir(path: Any = ".") -> Any:
        if Path(path).name == "locked":
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_scandir(path)
    monkeypatch.setattr(os, "scandir", scandir)  # root lists any folder, so the denial is staged
    report = ingest(tmp_path, top)
    assert report.articles == 1
    assert [(r["file"], "文件夹无法读取" in r["reason"]) for r in report.rejected] == [(str(top / "locked"), True)]


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_device_named_on_the_command_line_is_refused_not_read(tmp_path: Path, device: str) -> None:
    link = tmp_path / "z.txt"
    link.symlink_to(device)
    report = ingest(tmp_path, link, Path(device))  # reading either would never end
    assert report.articles == 0 and len(report.rejected) == 2


@pytest.mark.parametrize(("text", "said"), [
    ("themes:\n  - name: 经济\n    keywords: 5\n", "keywords"),
    ("themes:\n  - name: 经济\n    keywords: {增长: 很多}\n", "增长"),
    ("themes:\n  - name: 经济\n    keywords: {增长: .inf}\n", "增长"),
    ("themes:\n  - name: 经济\n    keywords: {'': 1}\n", "空的"),
    ("themes:\n  - name: [1]\n    keywords: {a: 1}\n", "name"),
    ("fallback: [1]\n", "fallback"),
    ("title_weight: .nan\n", "title_weight"),
    ("compounds: 5\n", "compounds"),
], ids=["keywords-int", "weight-text", "weight-inf", "empty-word", "name-list", "fallback-list",
        "setting-nan", "compounds-int"])
def test_a_wrongly_typed_user_themes_file_is_a_config_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                            text: str, said: str) -> None:
    from briefgen.select.themes import load_themes

    monkeypatch.setenv("BRIEFGEN_CONFIG", str(tmp_path))
    (tmp_path / "themes.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=said):
        load_themes()


@pytest.mark.parametrize(("text", "said"), [
    ("title: " + "长" * 300_000, "title"),
    ("issuer: " + "单" * 101, "issuer"),
    ("distribution:\n  - label: 报\n    text: " + "单" * 501, "text"),
    ("sections: [" + "栏" * 101 + "]", "sections"),
], ids=["title-300k", "issuer-101", "distribution-501", "section-101"])
def test_an_oversized_profile_field_is_a_config_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                       text: str, said: str) -> None:
    from briefgen.assemble.profiles import load_profile

    monkeypatch.setenv("BRIEFGEN_CONFIG", str(tmp_path))
    (tmp_path / "profiles").mkdir()
    (tmp_path / "profiles" / "安康.yaml").write_text(f"city: 安康市\n{text}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=said):
        load_profile("安康")

"""Issue 14: YAML bombs, broken or hostile meta files, non-UTF-8 file names, FIFOs on the command line."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml
from badinputs import article

from briefgen.corpus import Corpus
from briefgen.ingest.runner import ingest_paths
from briefgen.readers.metadata import MetaProblem, read_meta
from briefgen.records import IngestOptions
from briefgen.yamlio import CONFIG_LIMITS, META_LIMITS, YamlLimitError, load_yaml


def bomb(levels: int = 9) -> str:
    """Return a billion-laughs YAML text (9 levels of 9 aliases: 9⁹ strings once expanded)."""
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 9)}]" for n in range(1, levels)]
    return "\n".join(lines) + f"\nsource: *a{levels - 1}\n"


@pytest.mark.parametrize("limits", [META_LIMITS, CONFIG_LIMITS])
def test_an_alias_bomb_is_refused_before_it_is_built(limits: object) -> None:
    assert len(bomb()) < 500
    with pytest.raises(YamlLimitError):
        load_yaml(bomb(), limits)  # type: ignore[arg-type]


def test_deep_nesting_and_oversized_text_are_refused() -> None:
    with pytest.raises(YamlLimitError):
        load_yaml("[" * 1000 + "]" * 1000)
    with pytest.raises(YamlLimitError):
        load_yaml("title: " + "长" * (CONFIG_LIMITS.chars + 1), CONFIG_LIMITS)


def test_a_few_aliases_in_a_config_file_still_load() -> None:
    assert load_yaml("base: &b {size: 16}\nbody: *b\n", CONFIG_LIMITS) == {"base": {"size": 16}, "body": {"size": 16}}


def _doc(folder: Path, name: str = "a.txt") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(article(1), encoding="utf-8")
    return path


@pytest.mark.parametrize("content", [
    b"source: [unclosed\n",
    "source: 安康日报\ncity: 安康\n".encode("gbk"),
    b"source: !!python/object/apply:os.system [echo hi]\n",
    b"date: [2023, 1, 7]\n",
    b"date: 2023-13-45x\n",
    bomb().encode("utf-8"),
    b"source: " + b"x" * (META_LIMITS.chars + 10) + b"\n",
])
def test_a_broken_meta_file_is_refused_by_name_and_the_document_kept(tmp_path: Path, content: bytes) -> None:
    doc = _doc(tmp_path / "in")
    Path(f"{doc}.meta.yaml").write_bytes(content)
    with pytest.raises(MetaProblem):
        read_meta(doc)
    with Corpus.open(tmp_path / "c.sqlite") as corpus:
        report = ingest_paths([str(doc.parent)], corpus, IngestOptions(), workers=1, progress=False)
    assert report.articles == 1
    assert [r["file"] for r in report.rejected] == [f"{doc}.meta.yaml"]


@pytest.mark.parametrize("kind", ["fifo", "dev-zero"])
def test_a_meta_file_that_is_a_fifo_or_device_is_never_opened(tmp_path: Path, kind: str) -> None:
    doc = _doc(tmp_path / "in")
    meta = Path(f"{doc}.meta.yaml")
    if kind == "fifo":
        os.mkfifo(meta)
    else:
        meta.symlink_to("/dev/zero")
    with Corpus.open(tmp_path / "c.sqlite") as corpus:  # would hang or fill memory when opened
        report = ingest_paths([str(doc.parent)], corpus, IngestOptions(), workers=1, progress=False)
    assert report.articles == 1
    assert "不是普通文件" in report.rejected[0]["reason"]


def test_front_matter_bomb_is_flagged_and_the_text_read(tmp_path: Path) -> None:
    doc = tmp_path / "in" / "a.md"
    doc.parent.mkdir()
    doc.write_text(f"---\n{bomb()}---\n\n{article(2)}", encoding="utf-8")
    with Corpus.open(tmp_path / "c.sqlite") as corpus:
        report = ingest_paths([str(doc)], corpus, IngestOptions(), workers=1, progress=False)
    assert report.articles == 1
    assert "别名" in report.rejected[0]["reason"]


def test_a_gbk_file_name_is_stored_with_a_readable_name(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    raw = os.fsencode(folder) + b"/" + "安康新闻.txt".encode("gbk")
    with open(raw, "wb") as fh:
        fh.write(article(3).encode("utf-8"))
    with Corpus.open(tmp_path / "c.sqlite") as corpus:
        first = ingest_paths([str(folder)], corpus, IngestOptions(), workers=1, progress=False)
        again = ingest_paths([str(folder)], corpus, IngestOptions(), workers=1, progress=False)
        paths = [row[0] for row in corpus.conn.execute("SELECT path FROM documents")]
    assert first.articles == 1 and not first.rejected
    assert again.unchanged == 1
    assert paths == [f"{folder}/安康新闻.txt"]


def test_a_fifo_named_on_the_command_line_is_refused_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "x.txt"
    os.mkfifo(fifo)
    with Corpus.open(tmp_path / "c.sqlite") as corpus:
        report = ingest_paths([str(fifo)], corpus, IngestOptions(), workers=1, progress=False)
    assert report.files == 0 and "不是普通文件" in report.rejected[0]["reason"]


def test_yaml_limit_errors_are_yaml_errors_so_every_config_reader_reports_them() -> None:
    assert issubclass(YamlLimitError, yaml.YAMLError)


def test_a_profile_alias_bomb_is_one_line_and_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from test_output_failures import invoke, no_traceback

    profiles = tmp_path / "cfg" / "briefgen" / "profiles"
    profiles.mkdir(parents=True)
    (profiles / "ak.yaml").write_text(bomb().replace("source:", "city: 安康市\ntitle:"), encoding="utf-8")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "cfg"))
    from badinputs import META, WEEK, article

    (tmp_path / "a.txt").write_text(article(0), encoding="utf-8")
    (tmp_path / "a.txt.meta.yaml").write_text(META, encoding="utf-8")
    result = invoke("weekly", "--city", "安康", "--week", WEEK, "--corpus", str(tmp_path / "a.txt"),
                    "--db", str(tmp_path / "c.sqlite"), "--out", str(tmp_path / "out"))
    no_traceback(result)
    assert result.exit_code == 2 and "ak.yaml" in result.stderr and "别名炸弹" in result.stderr

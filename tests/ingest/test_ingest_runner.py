"""ingest_paths: folders, verdicts for bad files, unchanged files skipped, parallel workers."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.corpus import Corpus
from briefgen.ingest.runner import ingest_paths
from briefgen.records import IngestOptions

GOOD = "# 平利县召开会议\n\n本报讯 1月5日，平利县召开工作会议。\n\n# 秦都区开展检查\n\n本报讯 1月6日，秦都区开展安全检查。\n"


def _folder(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text(GOOD, encoding="utf-8")
    (root / "sub" / "b.txt").write_bytes(GOOD.replace("平利", "岚皋").replace("安全", "消防").encode("utf-16"))
    (root / "sub" / "empty.txt").write_bytes(b"  \n")
    (root / "sub" / "fake.docx").write_bytes(b"%PDF-1.4 not a zip")
    (root / "README.md").write_text("# 说明\n\n这是说明。\n", encoding="utf-8")
    (root / "notes.pdf").write_bytes(b"%PDF")
    return root


@pytest.mark.parametrize("workers", [1, 2])
def test_ingest_folder_reports_verdicts_and_skips_unchanged(tmp_path: Path, workers: int) -> None:
    root = _folder(tmp_path)
    with Corpus.open(tmp_path / "c.sqlite") as corpus:
        report = ingest_paths([str(root), str(tmp_path / "missing.txt")], corpus, IngestOptions(), workers, False).as_json()
        assert report["files"] == 4
        assert report["articles"] == 4 and report["new_articles"] == 4
        reasons = {Path(r["file"]).name: r["reason"] for r in report["rejected"]}
        assert set(reasons) == {"empty.txt", "fake.docx", "missing.txt"}
        assert "Word" in reasons["fake.docx"] and "空白" in reasons["empty.txt"]
        again = ingest_paths([str(root)], corpus, IngestOptions(), workers, False).as_json()
        assert again["new_articles"] == 0 and again["articles"] == 0
        assert corpus.counts()["articles"] == 4
        cities = corpus.cities_of(corpus.article_ids())
        assert sorted({c for cs in cities.values() for c in cs}) == ["咸阳市", "安康市"]


def test_changed_file_replaces_its_articles(tmp_path: Path) -> None:
    root = _folder(tmp_path)
    with Corpus.open(tmp_path / "c.sqlite") as corpus:
        ingest_paths([str(root / "a.txt")], corpus, IngestOptions(), 1, False)
        (root / "a.txt").write_text(GOOD.replace("安全检查", "消防检查"), encoding="utf-8")
        report = ingest_paths([str(root / "a.txt")], corpus, IngestOptions(), 1, False).as_json()
        assert report["new_articles"] == 2 and report["articles"] == 2
        assert corpus.counts()["articles"] == 2
        assert "消防检查" in "".join(a.text for a in corpus.articles(corpus.article_ids()))


def test_parallel_ingest_gives_the_same_ids_every_time(tmp_path: Path) -> None:
    import shutil

    from briefgen.corpus import Corpus
    from briefgen.ingest.runner import ingest_paths
    from briefgen.records import IngestOptions

    samples = Path(__file__).resolve().parents[2] / "samples"
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(3):
        for src in samples.glob("*.txt"):
            text = src.read_text(encoding="utf-8").replace("本报讯", f"本报讯（第{n}版）")
            (folder / f"{n}-{src.name}").write_text(text, encoding="utf-8")
            meta = src.with_name(src.name + ".meta.yaml")
            if meta.exists():
                shutil.copy(meta, folder / f"{n}-{src.name}.meta.yaml")
    runs = []
    for k in range(2):
        with Corpus.open(tmp_path / f"c{k}.sqlite") as corpus:
            ingest_paths([str(folder)], corpus, IngestOptions(), workers=2, progress=False)
            rows = corpus.articles(corpus.article_ids())
            runs.append([(a.id, a.file.rsplit("/", 1)[-1], a.title) for a in rows])
    assert runs[0] == runs[1]

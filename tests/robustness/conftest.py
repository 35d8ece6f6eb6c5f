"""Folders of distinct documents built from the samples, for interruption and concurrency tests."""

from pathlib import Path

import pytest

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def make_folder(folder: Path, copies: int, tag: str) -> Path:
    """Write ``copies`` distinct variants of the 安康日报 sample into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    text = (SAMPLES / "ankang-daily-2023-01-07.txt").read_text(encoding="utf-8")
    for n in range(copies):
        marked = text.replace("本报讯", f"本报讯 {tag}{n}号稿件，")  # distinct text (a bracket would be the byline)
        (folder / f"{tag}-{n:03d}.txt").write_text(marked, encoding="utf-8")
        (folder / f"{tag}-{n:03d}.txt.meta.yaml").write_text(
            "source: 安康日报\ndate: 2023-01-07\ncity: 安康\n", encoding="utf-8"
        )
    return folder


@pytest.fixture()
def folder_factory(tmp_path: Path):  # type: ignore[no-untyped-def]
    return lambda copies, tag: make_folder(tmp_path / tag, copies, tag)

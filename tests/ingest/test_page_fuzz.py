"""Segmentation never crashes and never goes silent on real pages cut, shuffled and joined."""

from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefgen.ingest.pipeline import process_document
from briefgen.records import IngestOptions

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

from devsets import dev_dir  # noqa: E402

PAGES = sorted((dev_dir() / "pages").glob("*.txt"))
HTML = sorted((dev_dir() / "html").rglob("*.html"))


def test_dev_pages_are_there() -> None:
    assert len(PAGES) >= 50 and len(HTML) >= 20, "the development sets (../shared/dev) are needed by this test"


def _lines(index: int) -> list[str]:
    return PAGES[index % len(PAGES)].read_text(encoding="utf-8").splitlines()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(picks=st.lists(st.integers(0, 10_000), min_size=1, max_size=3),
       cuts=st.lists(st.integers(0, 200), min_size=2, max_size=2), shuffle=st.randoms(use_true_random=False),
       mode=st.sampled_from(["cut", "shuffle", "join"]))
def test_cut_shuffled_and_joined_pages(tmp_path_factory, picks, cuts, shuffle, mode) -> None:  # noqa: ANN001
    lines = [line for pick in picks for line in _lines(pick)]
    if mode == "cut":
        start, stop = sorted(cuts)
        lines = lines[start:stop + 1]
    elif mode == "shuffle":
        shuffle.shuffle(lines)
    path = tmp_path_factory.mktemp("fuzz") / "page.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    result = process_document(str(path), IngestOptions())
    assert not (result.rejected or "").startswith("处理时出错"), result.rejected
    assert result.rejected or result.articles, "no article and no refusal"


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pick=st.integers(0, 10_000), cut=st.floats(0.05, 1.0))
def test_cut_html_pages(tmp_path_factory, pick, cut) -> None:  # noqa: ANN001
    data = HTML[pick % len(HTML)].read_bytes()
    path = tmp_path_factory.mktemp("fuzz") / "page.html"
    path.write_bytes(data[: max(1, int(len(data) * cut))])
    result = process_document(str(path), IngestOptions())
    assert not (result.rejected or "").startswith("处理时出错"), result.rejected
    assert result.rejected or result.articles, "no article and no refusal"

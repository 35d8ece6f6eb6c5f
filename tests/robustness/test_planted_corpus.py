"""Issue 14: tests that kill three planted bugs the suite let through (the corpus's share of the seven).

The date-range rule of ``article_ids``, issue numbering per city, and a transaction left open after
Ctrl-C. (The other four — heading pagination, the theme threshold, two splitting rules — live in the
renderer, selector and segmenter, each owned elsewhere.)
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.corpus import Corpus
from briefgen.records import ArticleRecord, DocumentResult, Event, Passage


def dated(seq: int, start: str, end: str) -> DocumentResult:
    """Return a document with one article about the period [start, end]."""
    text = f"第{seq}篇文章的正文，讲的是第{seq}件事。"
    record = ArticleRecord(seq=0, title=f"标题{seq}", source="安康日报", published=end, date_basis="meta",
                           passages=[Passage(0, text, 1, [text], list(text))],
                           events=[Event("期间", start, end, 0)])
    return DocumentResult(path=f"{seq}.txt", sha256=str(seq), size=1, articles=[record], city="安康市")


@pytest.fixture()
def corpus(tmp_path: Path) -> Corpus:
    return Corpus.open(tmp_path / "c.sqlite")


def test_articles_whose_period_overlaps_the_week_are_found_bounds_included(corpus: Corpus) -> None:
    # periods of at most a week: a longer one is a period the article talks about, not its own date
    periods = {"before": ("2022-12-26", "2023-01-01"), "ends_on_start": ("2022-12-28", "2023-01-02"),
               "inside": ("2023-01-04", "2023-01-05"), "spans": ("2023-01-01", "2023-01-08"),
               "starts_on_end": ("2023-01-08", "2023-01-12"), "after": ("2023-01-09", "2023-01-10")}
    ids = {}
    for n, (name, (start, end)) in enumerate(periods.items()):
        corpus.store(dated(n, start, end))
        ids[corpus.article_ids()[-1]] = name
    found = {ids[i] for i in corpus.article_ids("安康市", "2023-01-02", "2023-01-08")}
    assert found == {"ends_on_start", "inside", "spans", "starts_on_end"}


def test_issue_numbers_run_per_city_and_series(corpus: Corpus) -> None:
    assert corpus.issue_number("安康市", "周报", "2023-W01") == 1
    assert corpus.issue_number("三门峡市", "周报", "2023-W01") == 1  # another city starts its own run
    assert corpus.issue_number("安康市", "专报", "2023-W01") == 1    # so does another series
    assert corpus.issue_number("安康市", "周报", "2023-W02") == 2
    assert corpus.issue_number("安康市", "周报", "2023-W01") == 1    # a week keeps its number
    assert corpus.issue_number("三门峡市", "周报", "2023-W02") == 2


def test_ctrl_c_inside_a_transaction_leaves_none_open(corpus: Corpus) -> None:
    with pytest.raises(KeyboardInterrupt), corpus.transaction() as db:
        db.execute("INSERT INTO issues(city, series, week, number) VALUES ('安康市', '周报', '2023-W09', 9)")
        raise KeyboardInterrupt
    assert not corpus.conn.in_transaction
    assert corpus.issue_number("安康市", "周报", "2023-W01") == 1  # the next transaction can begin
    assert corpus.conn.execute("SELECT COUNT(*) FROM issues WHERE week = '2023-W09'").fetchone()[0] == 0

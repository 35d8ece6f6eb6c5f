"""The corpus stores documents transactionally and answers indexed queries."""

import sqlite3
from pathlib import Path

import pytest

from briefgen.corpus import Corpus
from briefgen.corpus.schema import SCHEMA_VERSION
from briefgen.records import ArticleRecord, DocumentResult, Event, Figure, Passage, Place


def article(seq: int, text: str, published: str = "2023-01-07", event: str | None = None) -> ArticleRecord:
    """Return a one-paragraph article."""
    return ArticleRecord(
        seq=seq, title=f"标题{seq}", source="安康日报", published=published, date_basis="meta",
        passages=[Passage(0, text, 3, [text], list(text))],
        figures=[Figure("7.8%", 7.8, "%", "工业投资", "同比增长", None, text)],
        events=[Event("1月5日", event, event)] if event else [],
        places=[Place("平利县", "county", "610926", "安康市", "陕西省")],
    )


def doc(path: str, *articles: ArticleRecord, sha: str = "x") -> DocumentResult:
    """Return a document result holding ``articles``."""
    return DocumentResult(path=path, sha256=sha, size=1, articles=list(articles), city="安康市")


@pytest.fixture()
def corpus(tmp_path: Path) -> Corpus:
    return Corpus.open(tmp_path / "c.sqlite")


def test_schema_version_and_wal(corpus: Corpus) -> None:
    assert corpus.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert corpus.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_same_content_twice_adds_nothing(corpus: Corpus) -> None:
    first = corpus.store(doc("a.txt", article(0, "全市工业投资同比增长7.8%。")))
    second = corpus.store(doc("b.txt", article(0, "全市工业投资同比增长7.8%。")))
    assert (first.new_articles, second.new_articles, second.duplicates) == (1, 0, 1)
    assert corpus.counts()["articles"] == 1


def test_changed_file_replaces_its_articles(corpus: Corpus) -> None:
    corpus.store(doc("a.txt", article(0, "旧的内容。"), sha="1"))
    outcome = corpus.store(doc("a.txt", article(0, "新的内容。"), sha="2"))
    assert outcome.replaced
    assert [a.text for a in corpus.articles(corpus.article_ids())] == ["新的内容。"]
    assert corpus.known_sha("a.txt") == "2"


def test_failed_store_leaves_corpus_as_it_was(corpus: Corpus) -> None:
    corpus.store(doc("a.txt", article(0, "第一篇。")))
    broken = doc("b.txt", article(0, "第二篇。"))
    broken.articles[0].figures[0].unit = None  # type: ignore[assignment]  # NOT NULL violation
    with pytest.raises(sqlite3.IntegrityError):
        corpus.store(broken)
    assert corpus.counts()["articles"] == 1
    assert corpus.known_sha("b.txt") is None


def test_city_and_event_date_filter(corpus: Corpus) -> None:
    corpus.store(doc("a.txt", article(0, "一月五日的事。", event="2023-01-05"),
                     article(1, "去年的事。", published="2022-06-01")))
    ids = corpus.article_ids("安康市", "2023-01-02", "2023-01-08")
    assert [a.title for a in corpus.articles(ids)] == ["标题0"]
    assert corpus.article_ids("咸阳市") == []
    assert corpus.cities_of(ids)[ids[0]] == ["安康市"]


def test_passages_keep_tokens_and_order(corpus: Corpus) -> None:
    corpus.store(doc("a.txt", article(0, "工业投资")))
    (aid,) = corpus.article_ids()
    (p,) = corpus.passages([aid])[aid]
    assert p.tokens == ["工", "业", "投", "资"] and p.line == 3


def test_issue_numbers_count_up_and_rerun_keeps_number(corpus: Corpus) -> None:
    assert corpus.issue_number("安康市", "周报", "2023-W01") == 1
    assert corpus.issue_number("安康市", "周报", "2023-W02") == 2
    assert corpus.issue_number("安康市", "周报", "2023-W01") == 1
    assert corpus.issue_number("安康市", "周报", "2023-W03", override=33) == 33
    assert corpus.issue_number("安康市", "周报", "2023-W04") == 34


def test_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"this is not sqlite" * 100)
    from briefgen.errors import BriefgenError

    with pytest.raises(BriefgenError, match="无法打开语料库"):
        Corpus.open(bad)


def test_version_1_corpus_is_migrated_in_place(tmp_path: Path) -> None:
    from briefgen.corpus.schema import MIGRATIONS

    path = tmp_path / "old.sqlite"
    conn = sqlite3.connect(path)
    conn.executescript("BEGIN;" + MIGRATIONS[0] + "PRAGMA user_version = 1; COMMIT;")
    conn.execute("INSERT INTO documents(path, sha256, size, ingested_at) VALUES ('a.txt', 'x', 1, 'now')")
    conn.commit()
    conn.close()
    with Corpus.open(path) as corpus:
        assert corpus.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert corpus.known_sha("a.txt") == "x"
        cols = {r[1] for r in corpus.conn.execute("PRAGMA table_info(articles)")}
        assert "contributor" in cols


def test_an_article_dated_only_by_a_year_takes_its_publication_date() -> None:
    from briefgen.corpus.write import article_period
    from briefgen.records import ArticleRecord, Event

    article = ArticleRecord(seq=0, title=None, source=None, published="2020-05-15", date_basis="meta", passages=[])
    article.events = [Event("2020年", "2020-01-01", "2020-12-31", 0), Event("5月6日", "2020-05-06", "2020-05-06", 1)]
    assert article_period(article) == ("2020-05-06", "2020-05-06")
    article.events = article.events[:1]
    assert article_period(article) == ("2020-05-15", "2020-05-15")


def test_an_article_naming_no_city_belongs_to_the_city_it_was_gathered_for(corpus: Corpus) -> None:
    unnamed, elsewhere = article(0, "市政协召开会议。"), article(1, "秦都区举行仪式。")
    unnamed.places = []
    elsewhere.places = [Place("秦都区", "county", "610402", "咸阳市", "陕西省")]
    gathered = DocumentResult(path="w.txt", sha256="w", size=1, articles=[unnamed, elsewhere], home_city="安康市")
    corpus.store(gathered)
    ids = corpus.article_ids("安康市")
    assert [a.title for a in corpus.articles(ids)] == ["标题0"]
    assert corpus.article_ids("咸阳市") == [ids[0] + 1]

"""Small corpora built in code: sentences written as space-separated jieba tokens."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from briefgen.corpus.store import Corpus
from briefgen.records import ArticleRecord, DocumentResult, Event, Figure, Passage, Place


def passage(index: int, *sentences: str, flag: str | None = None) -> Passage:
    """Return a passage whose sentences are given as space-separated tokens."""
    tokens = [s.split() for s in sentences]
    texts = ["".join(t) for t in tokens]
    return Passage(
        index=index, text="".join(texts), line=10 * index + 1, sentences=texts,
        tokens=[t for ts in tokens for t in ts], flag=flag,
    )


def event(text: str, day: str, paragraph: int = 0) -> Event:
    """Return a one-day event found in ``paragraph``."""
    return Event(text=text, start=day, end=day, paragraph=paragraph)


def figure(text: str, value: float, unit: str, indicator: str, sentence: str, paragraph: int) -> Figure:
    """Return a stored figure of ``sentence`` (given in tokens, joined here)."""
    return Figure(
        text=text, value=value, unit=unit, indicator=indicator, relation=None, period=None,
        sentence="".join(sentence.split()), paragraph=paragraph,
    )


def article(
    seq: int,
    title: str | None,
    passages: list[Passage],
    published: str = "2024-01-08",
    events: list[Event] | None = None,
    figures: list[Figure] | None = None,
    places: list[Place] | None = None,
) -> ArticleRecord:
    """Return an article record dated by its events, else by ``published``."""
    return ArticleRecord(
        seq=seq, title=title, source="测试日报", published=published,
        date_basis="event" if events else "published", passages=passages,
        events=events or [], figures=figures or [], places=places or [],
    )


class Builder:
    """Makes records (passage, event, figure, article) and stores documents into one corpus."""

    passage = staticmethod(passage)
    event = staticmethod(event)
    figure = staticmethod(figure)
    article = staticmethod(article)

    def __init__(self, corpus: Corpus) -> None:
        self.corpus = corpus
        self.count = 0

    def add(self, *articles: ArticleRecord, city: str = "安康市", source: str = "测试日报") -> None:
        """Store the articles as one document of ``city``."""
        self.count += 1
        path = f"/docs/{self.count}.txt"
        self.corpus.store(DocumentResult(
            path=path, sha256=hashlib.sha256(path.encode()).hexdigest(), size=1,
            articles=list(articles), source=source, city=city,
        ))


@pytest.fixture
def corpus(tmp_path: Path) -> Iterator[Corpus]:
    """Return an empty corpus in a temporary folder."""
    with Corpus.open(tmp_path / "corpus.sqlite") as c:
        yield c


@pytest.fixture
def build(corpus: Corpus) -> Builder:
    """Return a builder storing into ``corpus``."""
    return Builder(corpus)


@pytest.fixture(autouse=True)
def no_user_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the user config folder at an empty temporary folder."""
    folder = tmp_path / "config"
    folder.mkdir()
    monkeypatch.setenv("BRIEFGEN_CONFIG", str(folder))
    return folder

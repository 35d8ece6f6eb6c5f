"""Reading articles from the corpus in bounded chunks, through indexed look-ups only."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from itertools import groupby

from briefgen.corpus.store import Corpus
from briefgen.select.candidates import ArticleFacts

CHUNK = 200


def _by_article(rows: list[sqlite3.Row]) -> dict[int, list[sqlite3.Row]]:
    """Return rows grouped by their article id (rows arrive sorted by it)."""
    return {aid: list(group) for aid, group in groupby(rows, key=lambda r: r["article_id"])}


def article_facts(corpus: Corpus, ids: list[int]) -> Iterator[ArticleFacts]:
    """Yield each article with its passages and stored rows, ``CHUNK`` articles per query."""
    for i in range(0, len(ids), CHUNK):
        chunk = ids[i : i + CHUNK]
        passages = corpus.passages(chunk)
        figures = _by_article(corpus.rows("figures", chunk))
        events = _by_article(corpus.rows("events", chunk))
        places = _by_article(corpus.rows("places", chunk))
        origins = corpus.origins(chunk)
        for article in corpus.articles(chunk):
            yield ArticleFacts(
                article=article,
                passages=passages.get(article.id, []),
                figures=figures.get(article.id, []),
                events=events.get(article.id, []),
                places=places.get(article.id, []),
                lead_original=origins.get(article.id, (None, None))[0],
                url=origins.get(article.id, (None, None))[1],
            )

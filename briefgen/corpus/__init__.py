"""The corpus: an embedded SQLite database of documents, articles, passages and figures."""

from briefgen.corpus.store import Corpus

__all__ = ["Corpus"]

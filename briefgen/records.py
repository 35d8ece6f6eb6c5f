"""What the per-document ingest step produces: plain, picklable records.

``process_document(path, options) -> DocumentResult`` is a pure function of the
file and options; the corpus stores its result in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Figure:
    """A key figure: value + unit + indicator + relation, as found in one sentence."""

    text: str
    value: float | None
    unit: str
    indicator: str
    relation: str | None
    period: str | None
    sentence: str
    paragraph: int = 0
    approx: str | None = None


@dataclass
class Event:
    """A date expression resolved to an absolute period (ISO dates, inclusive)."""

    text: str
    start: str | None
    end: str | None
    paragraph: int = 0


@dataclass
class Place:
    """An administrative division named in the text, with its prefecture and province."""

    name: str
    level: str
    code: str
    city: str | None
    province: str | None


@dataclass
class Passage:
    """A cleaned paragraph of an article, with its sentences and jieba tokens."""

    index: int
    text: str
    line: int
    sentences: list[str]
    tokens: list[str]
    flag: str | None = None
    original: str | None = None


@dataclass
class ArticleRecord:
    """One article after segmentation, cleanup and metadata."""

    seq: int
    title: str | None
    source: str | None
    published: str | None
    date_basis: str
    passages: list[Passage]
    figures: list[Figure] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    byline: str | None = None
    captions: list[str] = field(default_factory=list)
    column: str | None = None
    dropped_repeats: int = 0
    converted_from_traditional: bool = False
    contributor: str | None = None

    @property
    def text(self) -> str:
        """Return the cleaned, simplified text, paragraphs separated by newlines."""
        return "\n".join(p.text for p in self.passages)


@dataclass
class Masthead:
    """A bulletin's masthead read as metadata: 刊名, 期号, 编印单位, date."""

    name: str | None = None
    issue: str | None = None
    issuer: str | None = None
    date: str | None = None


@dataclass
class FlaggedSpan:
    """A passage kept out of selection, and why."""

    article: str
    reason: str


@dataclass
class DocumentResult:
    """The outcome of ingesting one file: its articles, or the reason it was refused."""

    path: str
    sha256: str
    size: int
    encoding: str | None = None
    reader: str | None = None
    articles: list[ArticleRecord] = field(default_factory=list)
    masthead: Masthead | None = None
    flagged: list[FlaggedSpan] = field(default_factory=list)
    rejected: str | None = None
    source: str | None = None
    city: str | None = None
    home_city: str | None = None  # the city the files were gathered for: an article naming none is its
    published: str | None = None
    url: str | None = None  # a collected page's address and fetch time, from its metadata file
    fetched: str | None = None
    meta_refused: list[tuple[str, str]] = field(default_factory=list)  # (metadata file, why ignored)


@dataclass
class IngestOptions:
    """What the user said on the command line, and what a metadata file beside the document says."""

    source: str | None = None
    date: str | None = None
    city: str | None = None
    home_city: str | None = None  # weekly --corpus: articles that name no city are this one's

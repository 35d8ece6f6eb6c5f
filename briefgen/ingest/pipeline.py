"""``process_document``: one file in, its articles out — a pure function of the file and options."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from dataclasses import asdict
from pathlib import Path

from briefgen.errors import InputRefused, os_reason
from briefgen.ingest.annotate.contributor import take_contributor
from briefgen.ingest.clean.cleanup import Para, clean_paragraphs, clean_text
from briefgen.ingest.clean.repair import repair_blocks
from briefgen.ingest.split.brokennumber import numbers_rejoined
from briefgen.ingest.split.dayevents import split_day_events
from briefgen.ingest.split.endtitle import cited_title_first
from briefgen.ingest.split.framed import segment_page
from briefgen.ingest.split.gluedhead import headline_off_lead
from briefgen.ingest.split.items import page_items
from briefgen.ingest.split.listedhead import head_fields_unlisted
from briefgen.ingest.split.page import frame_page
from briefgen.ingest.split.pagehead import without_platform_mark, without_site_suffix
from briefgen.ingest.split.pageinfo import ordered_date, print_credit_date, stamped_headline
from briefgen.ingest.split.pagevocab import any_spam_brand
from briefgen.ingest.split.segment import RawArticle, segment
from briefgen.ingest.warm import tokenizer
from briefgen.readers import read_path
from briefgen.readers.base import limit, over_limit, refuse
from briefgen.readers.metadata import (
    MetaProblem,
    choose_date,
    meta_bytes,
    meta_fields,
    meta_path,
    read_meta,
)
from briefgen.readers.simplify import simplify_blocks
from briefgen.records import (
    ArticleRecord,
    DocumentResult,
    FlaggedSpan,
    IngestOptions,
    Passage,
)
from briefgen.sentences import split_sentences, whole_sentences

# passes over the read blocks before the page is framed, in this order: lines broken around a number joined, a page head
# set as a list unlisted, a day's events split, a cited headline set first, text glued before the dated lead set apart
_BLOCK_PASSES = (numbers_rejoined, head_fields_unlisted, split_day_events, cited_title_first, headline_off_lead)
TEXT_DATE_PASSAGES = 2
DATE_LINE_MAX = 30


def document_sha(path: str | Path, options: IngestOptions) -> tuple[str, int]:
    """Return the hash of the file, its metadata file and the options, and the file's size."""
    with Path(path).open("rb") as fh:  # streamed: an oversized file is refused later, never loaded here
        digest, size = hashlib.file_digest(fh, "sha256"), os.fstat(fh.fileno()).st_size
    try:
        digest.update(meta_bytes(path) or b"")
    except MetaProblem as exc:  # refused when the document is read; the hash only has to be stable
        digest.update(str(exc).encode("utf-8"))
    digest.update(json.dumps(asdict(options), sort_keys=True).encode("utf-8"))
    return digest.hexdigest(), size


def _tokens(text: str) -> list[str]:
    return list(filter(str.strip, tokenizer()(text)))  # whitespace tokens dropped


def _normalize_city(name: str | None) -> str | None:
    if not name:
        return None
    from briefgen.ingest.annotate.places import normalize_city

    return normalize_city(name) or name


def _full_date(text: str | None) -> str | None:
    if not text:
        return None
    from briefgen.ingest.annotate.dates import parse_full_date

    day = parse_full_date(text)
    return day.isoformat() if day else None


def _passages(raw: RawArticle, originals: dict[int, str]) -> tuple[list[Passage], int, bool]:
    paras = [Para(text, line, originals.get(line), heading=i in raw.headings)
             for i, (text, line) in enumerate(raw.paragraphs)]
    cleaned, dropped = clean_paragraphs(paras)
    passages = [
        Passage(i, p.text, p.line, split_sentences(p.text), _tokens(p.text), p.flag, p.original)
        for i, p in enumerate(cleaned)
    ]
    converted = any(p.original is not None for p in cleaned)
    return passages, dropped, converted


def _published(raw: RawArticle, passages: list[Passage], doc_candidates: list[tuple[str, str | None]],
               page_date: str | None) -> tuple[str | None, str]:
    """Return the article's publication date and its basis; a web page's text dates are event dates."""
    text_date = None
    for passage in passages[:TEXT_DATE_PASSAGES] if page_date is None else ():
        if len(passage.text) <= DATE_LINE_MAX:  # a date line; a date inside a sentence is an event's
            text_date = text_date or _full_date(passage.text)
    credit = print_credit_date(passages[0].text, passages[-1].text) if passages else None
    dateline = ordered_date(raw.dateline, " ".join(p.text for p in passages))  # 04.09.2014: by the text's months
    return choose_date([*doc_candidates, ("dateline", _full_date(dateline)), ("page", page_date or None),
                        ("credit", _full_date(credit)), ("headline", stamped_headline(raw.title)), ("text", text_date)])


def _analyse(article: ArticleRecord, home: str | None, saved: dt.date | None) -> None:
    """Fill events, places and figures of an article; a date without its year is read against the
    publication date, or else the day the file was saved."""
    from briefgen.ingest.annotate.dates import resolve_events
    from briefgen.ingest.annotate.figures.extract import extract_figures
    from briefgen.ingest.annotate.places import find_places
    from briefgen.select.text import sentence_tokens

    published = dt.date.fromisoformat(article.published) if article.published else saved
    for p in article.passages:
        article.events.extend(resolve_events(p.text, published, p.index))
        whole = whole_sentences(p.sentences)  # a period carries across ；
        for sentence, tokens in zip(whole, sentence_tokens(p.text, whole, p.tokens), strict=True):
            article.figures.extend(extract_figures(sentence, p.index, tokens))
    article.places = find_places(f"{article.title or ''}\n{article.text}", home)


def _article(seq: int, raw: RawArticle, originals: dict[int, str], source: str | None,
             doc_candidates: list[tuple[str, str | None]], page_date: str | None = None,
             home: str | None = None, saved: dt.date | None = None) -> ArticleRecord:
    passages, dropped, converted = _passages(raw, originals)
    contributor = take_contributor(passages)
    published, basis = _published(raw, passages, doc_candidates, page_date)
    record = ArticleRecord(
        seq=seq, title=clean_text(without_site_suffix(without_platform_mark(raw.title))) if raw.title else None, source=source,
        published=published, date_basis=basis,
        passages=passages, byline=raw.byline, captions=raw.captions, column=raw.column,
        dropped_repeats=dropped, converted_from_traditional=converted, contributor=contributor,
    )
    record.flags = sorted({"garbled"} if any(p.flag for p in passages) else set())
    if converted:
        record.flags.append("traditional")
    _analyse(record, home, saved)
    return record


def _beside(path: str, result: DocumentResult) -> dict[str, str]:
    """Return the fields of the metadata file beside ``path``; a broken one is noted and ignored."""
    try:
        return read_meta(path)
    except MetaProblem as exc:
        result.meta_refused.append((str(meta_path(path)), str(exc)))
        return {}


def _saved_on(path: str) -> dt.date | None:
    """Return the day the file was last saved (a copied page's year-less 2月14日 is of that year)."""
    try:
        return dt.date.fromtimestamp(os.stat(path).st_mtime)
    except (OSError, ValueError, OverflowError):
        return None


def _build(path: str, options: IngestOptions, result: DocumentResult) -> None:
    raw = read_path(path)
    result.encoding, result.reader = raw.encoding, raw.reader
    hijacked = any_spam_brand([b.text for b in raw.blocks])  # a gambling site's mirror: its text may be spun
    repair_blocks(raw.blocks)
    originals = simplify_blocks(raw.blocks)
    for block_pass in _BLOCK_PASSES:
        raw.blocks = block_pass(raw.blocks)
    kind = raw.meta.pop("page", None)  # the reader's word: a web page's one article, or a list of items
    page_date = raw.meta.pop("page_date", None)
    frame = None if kind == "list" else frame_page(raw.blocks, kind == "article", raw.title)
    seg = segment_page(frame) if frame is not None else segment(raw.blocks)
    seg.articles = page_items(seg.articles)
    if len(seg.articles) > limit("max_articles"):
        raise over_limit(path, "max_articles")
    meta = {**meta_fields(raw.meta), **_beside(path, result)}  # the file beside wins over front matter
    if raw.meta_problem:
        result.meta_refused.append((path, raw.meta_problem))
    masthead_date = _full_date(seg.masthead_date_text)
    if seg.masthead is not None:
        seg.masthead.date = masthead_date
    result.masthead = seg.masthead
    result.flagged.extend(FlaggedSpan("刊头", reason) for reason in seg.masthead_flags)
    given_source = options.source or meta.get("source")
    result.source = given_source or (seg.masthead.name if seg.masthead else None)
    result.city = options.city or _normalize_city(meta.get("city"))
    result.home_city = options.home_city
    result.url, result.fetched = meta.get("url"), meta.get("fetched")
    doc_candidates = [("option", options.date), ("meta", meta.get("date")), ("masthead", masthead_date)]
    result.published = choose_date(doc_candidates)[0]
    saved = _saved_on(path)
    for seq, raw_article in enumerate(seg.articles):
        source = given_source or raw_article.source or result.source
        framed = "" if frame is not None else None  # a framed page's text dates are never its own
        record = _article(seq, raw_article, originals, source, doc_candidates, page_date or framed,
                          result.city or options.home_city, saved)
        if not record.passages:
            continue  # only captions or marks were left: no article (the page is refused below if none is)
        if hijacked:
            record.flags.append("spam_mirror")
        result.articles.append(record)
        name = record.title or f"第{seq + 1}篇"
        result.flagged.extend(FlaggedSpan(name, p.flag) for p in record.passages if p.flag)
    if not result.articles:
        raise refuse(path, "no_article")  # never a silent empty page


def process_document(path: str, options: IngestOptions) -> DocumentResult:
    """Return the articles of the file at ``path``, or a result whose ``rejected`` says why not."""
    result = DocumentResult(path=str(path), sha256="", size=0)
    try:
        result.sha256, result.size = document_sha(path, options)
        _build(str(path), options, result)
    except InputRefused as exc:
        result.rejected, result.articles = exc.reason, []
    except OSError as exc:
        result.rejected, result.articles = f"无法读取该文件（{os_reason(exc)}），请检查路径和权限", []
    except ImportError:
        raise  # a broken installation, not a bad file: stop instead of refusing every file
    except Exception as exc:  # noqa: BLE001 - one bad file must never stop a run
        result.rejected = f"处理时出错（{exc.__class__.__name__}: {exc}），请报告此问题"
        result.articles = []
    return result

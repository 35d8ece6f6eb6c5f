"""Articles of a framed web page: one article, or the marked items of a list page."""

from __future__ import annotations

import re

from briefgen.ingest.split.page import PageFrame
from briefgen.ingest.split.pagelines import is_headline
from briefgen.ingest.split.segment import RawArticle, Segmented, segment

SUBHEAD_MAX = 30  # a headline-like line this short inside a page's body is a sub-head
CHRONICLE_PIECES = 4  # pieces, most of them dated, that make a page's body a chronicle of items


def _merged(frame: PageFrame, pieces: list[RawArticle]) -> RawArticle:
    """Return one article holding every piece, the later pieces' titles kept as sub-heads."""
    # no headline over the body: the first piece's own (新华社…电 题：…) is the article's
    title = frame.title or (pieces[0].title if pieces else None)
    article = RawArticle(title=title, byline=frame.byline)
    if frame.info is not None:
        article.take_info(*frame.info)
    for piece in pieces:
        article.byline = article.byline or piece.byline
        article.take_info(piece.dateline, piece.source)
        article.column = article.column or piece.column
        if piece.title and piece.title != title:
            article.add_heading(piece.title, 0)
        for index, (text, line) in enumerate(piece.paragraphs):
            if index in piece.headings or len(text) <= SUBHEAD_MAX and is_headline(text):
                article.add_heading(text, line)
            else:
                article.paragraphs.append((text, line))
        article.captions.extend(piece.captions)
    return article


_DATE_HEAD = re.compile(r"^(?:19|20)\d\d年(?:\d{1,2}月(?:\d{1,2}日)?)?$")  # 1958年, 2011年8月: a chronicle's entry


def _dated_entries(pieces: list[RawArticle]) -> bool:
    """Return True when the body is a chronicle: several pieces, most headed by a date of their own."""
    dated = sum(1 for p in pieces if p.dateline or p.title and _DATE_HEAD.match(p.title))
    return len(pieces) >= CHRONICLE_PIECES and dated >= len(pieces) / 2


def segment_page(frame: PageFrame) -> Segmented:
    """Return the articles of a framed page: its marked items, or one article."""
    inner = segment(frame.body)
    if not frame.anchored:  # only the chrome was told apart: the body is split as any text would be
        return inner
    if frame.multi and len(inner.articles) > 1 or _dated_entries(inner.articles):
        for item in inner.articles:
            if frame.info is not None:
                item.take_info(*frame.info)
        return inner
    stories = _credited_stories(inner.articles)
    for story in stories:
        if frame.info is not None:
            story.take_info(*frame.info)  # the page's date is each of its stories'
    article = _merged(frame, inner.articles[:len(inner.articles) - len(stories)])
    articles = [article] if article.paragraphs or article.captions else []
    return Segmented(articles + stories, None, None)


def _credited_stories(pieces: list[RawArticle]) -> list[RawArticle]:
    """Return the pieces from the first one after the page's article that is a story of its own: its headline
    over its own credit (本报讯记者 某某报道：…, 本报记者 某某), the page's article told before it (a
    mirror's or an e-paper's next story); the pieces after such a story go with it."""
    told = False
    for at, piece in enumerate(pieces):
        if told and piece.title and piece.byline and piece.paragraphs:
            return pieces[at:]
        told = told or bool(piece.paragraphs)
    return []

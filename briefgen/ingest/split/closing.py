"""Credits that close an article on lines of their own ((吉战顺), 供稿：县委办, 二审：…): metadata, not body text."""

from __future__ import annotations

from briefgen.ingest.split.segment import RawArticle
from briefgen.ingest.split.vocab import plain, vocab
from briefgen.sentences import split_sentences

CREDIT_MAX = 60  # characters of a closing credit line
CAPTION_LINE_MAX = 60  # characters of one photo's caption in a run of captions after the body


def _credit(text: str) -> str | None:
    """Return the credit of a closing credit line, brackets and trailing bars taken off, or None."""
    text = plain(text)
    if len(text) > CREDIT_MAX or not vocab().closing_credit.match(text):
        return None
    return text.rstrip("|｜ ").strip("（()） ")


def _caption_run(article: RawArticle) -> int:
    """Return where the photo captions after the body begin: short one-sentence paragraphs between a
    paragraph closed by its reporter's credit and a group photo credit (…（图片由…摄）); else their count."""
    texts = [text for text, _ in article.paragraphs]
    v = vocab()
    if not texts or not v.photo_group_credit.search(texts[-1]):
        return len(texts)
    start = len(texts) - 1
    while start > 0 and len(texts[start - 1]) <= CAPTION_LINE_MAX and len(split_sentences(texts[start - 1])) == 1:
        start -= 1
    return start if start > 0 and v.closing_reporter.search(texts[start - 1]) else len(texts)


def _take_caption_run(article: RawArticle) -> None:
    """Move the photo captions after the article's body to its captions."""
    start = _caption_run(article)
    while len(article.paragraphs) > start:
        article.captions.insert(0, article.pop_paragraph())


def closing_credits(articles: list[RawArticle]) -> list[RawArticle]:
    """Return the articles with the credit lines at their end taken out of the body (the topmost kept as byline)."""
    for article in articles:
        _take_caption_run(article)
        credits = []
        while len(article.paragraphs) > 1 and (credit := _credit(article.paragraphs[-1][0])) is not None:
            article.pop_paragraph()
            credits.append(credit)
        if credits:
            article.byline = article.byline or credits[-1]  # the topmost: the reporter before the editors
            _drop_credit_copies(article, credits)
    return articles


def _drop_credit_copies(article: RawArticle, credits: list[str]) -> None:
    """Take out of the body a closing credit printed again inside it (the whole article printed twice)."""
    keep = [i for i, (text, _) in enumerate(article.paragraphs) if _credit(text) not in credits]
    if len(keep) < len(article.paragraphs):
        article.headings = {keep.index(h) for h in article.headings if h in keep}
        article.paragraphs = [article.paragraphs[i] for i in keep]

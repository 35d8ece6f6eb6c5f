"""A text's headline printed on two lines: a kicker (引题) or main title over the title that opens the body."""

from __future__ import annotations

from briefgen.ingest.split.pagehead import STACKED_MAX, is_main_title
from briefgen.ingest.split.pagelines import is_headline
from briefgen.ingest.split.segment import RawArticle
from briefgen.ingest.split.vocab import ends_sentence, vocab


def _kicker(article: RawArticle) -> list[str] | None:
    """Return the article's text when it is one headline line and nothing else (no title, byline or caption), or a
    headline line over the line of who attended (某会议举行 / 张某 李某出席), the two lines as one."""
    lines = [text.strip() for text, _ in article.paragraphs]
    if article.title or article.byline or article.captions or not 1 <= len(lines) <= 2:
        return None
    if len(lines) == 2 and not vocab().attendance_line.match(lines[1]):
        return None
    return lines if is_headline(lines[0]) else None


HEAD_LINES_MAX = 4  # lines over a subtitle that may all be the page's head (a masthead, a kicker, the headline)


def _head_lines(article: RawArticle) -> bool:
    """Return True when the untitled article is only a few lines that end no sentence, the last a headline."""
    lines = [text.strip() for text, _ in article.paragraphs]
    return (not article.title and not article.byline and 1 <= len(lines) <= HEAD_LINES_MAX
            and not any(ends_sentence(line) for line in lines) and is_headline(lines[-1]))


def joined_kickers(articles: list[RawArticle]) -> list[RawArticle]:
    """Return the articles with a lone headline line joined to the titled article right after it
    (争做“学懂弄通做实”排头兵 / 全市……培训会召开 / 本报讯…): one headline, not an article of its own; an article
    "titled" by a subtitle (——访某县县委书记某某) takes the headline line over it instead."""
    out: list[RawArticle] = []
    for index, article in enumerate(articles):
        nxt = articles[index + 1] if index + 1 < len(articles) else None
        if nxt is not None and nxt.title and vocab().subtitle.match(nxt.title) and _head_lines(article):
            nxt.title = article.paragraphs[-1][0].strip()
            continue
        kicker = _kicker(article)
        upper = " ".join(kicker) if kicker else ""
        if kicker and nxt is not None and nxt.title and len(upper) + len(nxt.title) < STACKED_MAX and (
                is_main_title(kicker[0], nxt.title)):
            nxt.title = f"{upper} {nxt.title}"
            continue
        out.append(article)
    return out

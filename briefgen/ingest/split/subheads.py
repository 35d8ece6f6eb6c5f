"""Sub-heads inside one reported article (科学布防 织密巡逻防控“安全网”): sections of it, not articles of their own."""

from __future__ import annotations

import re

from briefgen.bigrams import cjk_bigrams
from briefgen.ingest.split.segment import RawArticle
from briefgen.ingest.split.vocab import ends_sentence
from briefgen.sentences import split_sentences

SECTIONS_MAX = 4  # sub-heads one article carries; more titled pieces make a digest
INTRO_PARAGRAPHS = 4  # paragraphs of a feature's opening before its first sub-head
SENTENCE_SHARE = 0.75  # of them ending a sentence (a gallery's captions mostly do not)
SHARED_BIGRAMS = 5  # two-character words each section shares with the opening (给双胞胎兄弟说媒 under 移风易俗 shares none)
_NEWS_OPENING = re.compile(r"\d{1,2}月\d{1,2}日|\d{1,2}日[上下]午|近日|近期|日前|连日来|前不久|昨日|昨天|今日|今天|本报讯|本网讯"
                           r"|讯[（(]|^[（(][^（）()]{1,12}[）)]")  # …or a credit left in brackets: (邬 盛)近期，…


def _section(article: RawArticle) -> bool:
    """Return True for a titled piece with no credit, date line or news opening: a section under a sub-head."""
    if article.title is None or article.byline or article.dateline or not article.paragraphs:
        return False
    first = split_sentences(article.paragraphs[0][0])
    return not first or _NEWS_OPENING.search(first[0]) is None


def _reported(article: RawArticle) -> bool:
    """Return True for a news article: a credit, or a news opening (a date, 近日, …讯) in its first sentence."""
    first = split_sentences(article.paragraphs[0][0]) if article.paragraphs else []
    return bool(article.byline) or bool(first) and _NEWS_OPENING.search(first[0]) is not None


def _told(article: RawArticle, sections: list[RawArticle]) -> bool:
    """Return True for an opening that tells a story at length (INTRO_PARAGRAPHS paragraphs or more, sentences not
    captions, no sub-heads of its own) that each section goes on with (they share its words): a feature's start."""
    texts = [t for t, _ in article.paragraphs]
    if len(texts) < INTRO_PARAGRAPHS or article.headings or sum(map(ends_sentence, texts)) < SENTENCE_SHARE * len(texts):
        return False
    told = cjk_bigrams("".join(texts))
    return all(len(told & cjk_bigrams(f"{s.title}{s.paragraphs[0][0]}")) >= SHARED_BIGRAMS for s in sections)


def subheads_folded(articles: list[RawArticle]) -> list[RawArticle]:
    """Return the articles with the sections after a reported article (本报讯(记者 …), 6月25日，…) or a feature's
    long opening folded into it, each sub-head kept as a heading of its body."""
    if not 1 < len(articles) <= SECTIONS_MAX + 1 or not all(_section(a) for a in articles[1:]) or not (
            _reported(articles[0]) or _told(articles[0], articles[1:])):
        return articles
    whole = articles[0]
    for section in articles[1:]:
        whole.add_heading(section.title or "", section.paragraphs[0][1])
        whole.paragraphs.extend(section.paragraphs)
        whole.captions.extend(section.captions)
    return [whole]

"""Chronicles and digests (大事记, 要闻回顾): paragraphs that each open with their day are items of their own."""

from __future__ import annotations

import re
from collections import Counter

from briefgen.ingest.split.segment import RawArticle
from briefgen.ingest.split.vocab import ends_sentence, vocab

# 9月16日，… / 3月10日下午，… / 12日下午，… / 1.4月28日，…: a dated paragraph (numbered or not, the month
# perhaps in a heading above); items only when most paragraphs open so, on several days.
_NUMBER = r"(?:\d{1,2}[.、．]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)])"  # 1. 一、 （一）
_YEAR = r"(?:(?:1[89]|20)\d\d\s*年)?"  # 1949年5月13日，…: a chronicle over many years gives the year too
_DAY_LED = re.compile(rf"^(?:{_NUMBER}\s*)?({_YEAR}(?:\d{{1,2}}月)?\d{{1,2}}(?:日?[至—–─~～-]+(?:\d{{1,2}}月)?\d{{1,2}})?日|同日)(?:[上中下]午|晚|上午)?[，,]")
_NUMBERED_DAY = re.compile(rf"^{_NUMBER}\s*(?:\d{{1,2}}月)?\d{{1,2}}(?:日?[至—–─~～-]+\d{{1,2}})?日")
# a chronicle's entry dated by a month, a year or a season only (11月，… / 是月，… / 1970年，… / 冬，…): an item
# only in a text the dated entries already make a chronicle
_PERIOD_LED = re.compile(rf"^(?:{_NUMBER}\s*)?(?:(?:1[89]|20)\d\d\s*年(?:\d{{1,2}}月(?:上旬|中旬|下旬|初|底)?)?"
                         r"|\d{1,2}月(?:上旬|中旬|下旬|初|底)?|是月|是年|同月|同年|本月|当月|[春夏秋冬]季?)[，,]")
SPACED_MIN = 2
LED_MIN_DAYS = 4
LED_MIN_DAYS_TITLED = 2  # under a headline that names a chronicle (壹周大事记), two days make one
LED_SHARE = 0.5
LABEL_MAX = 8  # a line this short is a label (9月), after which a paragraph opens
HEAD_MAX = 40  # an entry's first line this short and without a sentence end is its headline


# a work note of the day: 9月12日，… or a purpose clause before the day (为扎实巩固成果，9月12日，…)
_NOTE_DAY = re.compile(r"^(?:为[^。，,]{2,30}[，,])?(\d{1,2}月\d{1,2}日)[，,]")
SAME_DAY_NOTES = 3  # untitled paragraphs opening on the same bare day that make a page of work notes


def same_day_notes(paragraphs: list[str]) -> list[int]:
    """Return the indexes of paragraphs that open a work note on a page of one day's notes (an untitled text
    whose paragraphs mostly open on the same bare day, 9月12日，…), or []."""
    days = [(i, m.group(1)) for i, p in enumerate(paragraphs) if (m := _NOTE_DAY.match(p.strip()))]
    counts = Counter(day for _, day in days)
    if not counts or max(counts.values()) < SAME_DAY_NOTES or len(days) < LED_SHARE * len(paragraphs):
        return []
    day = counts.most_common(1)[0][0]
    return [i for i, d in days if d == day]


# a brief of a newsletter: 日前，… / 连日来，… (no day, so no chronicle), one paragraph each
_BRIEF_OPENING = re.compile(r"^(?:日前|近日|连日来|近期|前不久|最近)[，,]")


def brief_notes(paragraphs: list[str]) -> list[int]:
    """Return the indexes of paragraphs that open a brief on an untitled page of briefs (most paragraphs,
    the first among them, open on 日前，/ 近日，/ 连日来，), or []."""
    found = [i for i, p in enumerate(paragraphs) if _BRIEF_OPENING.match(p.strip())]
    if len(found) < SAME_DAY_NOTES or not found or found[0] != 0 or len(found) < LED_SHARE * len(paragraphs):
        return []
    return found


def _opening_count(paragraphs: list[str]) -> int:
    """Return how many lines open a paragraph: the first, and each after a finished sentence or a short label
    (a text wrapped at its line width, as copied from a PDF, holds many lines per paragraph)."""
    return 1 + sum(ends_sentence(p) or len(p) <= LABEL_MAX for p in paragraphs[:-1])


def _item_starts(paragraphs: list[str], titled: bool = False) -> list[int]:
    """Return the indexes of paragraphs that open a chronicle item, or [] when the text is no chronicle.

    ``titled`` says the headline names a chronicle (大事记, 一周要闻): dated paragraphs on two days suffice.
    """
    paragraphs = [p.strip() for p in paragraphs]
    spaced = [i for i, p in enumerate(paragraphs) if vocab().day_item.match(p)]  # 11日 …: a day, a space
    led = [(i, m.group(1)) for i, p in enumerate(paragraphs) if (m := _DAY_LED.match(p))]
    either = sorted({*spaced, *(i for i, _ in led)})  # 3月1日 …, 3月2日，…: both open items
    if len(spaced) >= SPACED_MIN:
        return either
    numbered = [i for i, p in enumerate(paragraphs) if _NUMBERED_DAY.match(p)]
    if len(numbered) >= SPACED_MIN:  # 1.4月28日，… 2.4月30日，…: numbered dated entries
        return numbered
    days = {day for _, day in led}
    periods = [i for i, p in enumerate(paragraphs) if _PERIOD_LED.match(p)]
    if len(days) >= (LED_MIN_DAYS_TITLED if titled else LED_MIN_DAYS) and (
            len(led) + len(periods) >= LED_SHARE * _opening_count(paragraphs)) and (
            titled or not _schedule(paragraphs, led)):
        return sorted({*either, *periods})
    return []


def _schedule(paragraphs: list[str], led: list[tuple[int, str]]) -> bool:
    """Return True when most dated paragraphs announce what will happen (4月6日，在某社区，将开展…): one article's
    programme of coming events, not a chronicle of what happened."""
    coming = sum("将" in paragraphs[i].split("。")[0] for i, _ in led)
    return coming > LED_SHARE * len(led)


def _entry_head(paragraphs: list[tuple[str, int]]) -> bool:
    """Return True when an entry's first line is its headline: short, no sentence end, set apart from the
    text under it (a line of a paragraph wrapped at the page width runs straight on)."""
    if len(paragraphs) < 2:
        return False
    (head, line), (_, below) = paragraphs[0], paragraphs[1]
    apart = line < 0 or below < 0 or below - line > 1
    return apart and len(head.strip()) <= HEAD_MAX and not ends_sentence(head.strip())


def _split(article: RawArticle, starts: list[int]) -> list[RawArticle]:
    """Return the items; a preamble of headings only (2020年第一季度大事记, 一月), or one whose heading names the
    chronicle under an introduction, names them instead of being one."""
    preamble = [text for text, _ in article.paragraphs[: starts[0]]]
    named = next((text for text in preamble if _names_chronicle(text)), None)  # 今天介绍… / 1986年安国大事记
    headings_only = bool(preamble) and (named is not None or not any(ends_sentence(text) for text in preamble))
    column = article.title or named or (preamble[0] if headings_only else None) or article.column
    bounds = ([0] if starts[0] > 0 and not headings_only else []) + starts + [len(article.paragraphs)]
    items = []
    for begin, end in zip(bounds, bounds[1:], strict=False):
        item = RawArticle(column=column, source=article.source,
                          dateline=article.dateline, byline=None)
        item.paragraphs = article.paragraphs[begin:end]
        if _entry_head(item.paragraphs):  # 1日，开学第一课…: the entry's headline
            item.title, item.paragraphs = item.paragraphs[0][0].strip(), item.paragraphs[1:]
        items.append(item)
    items[0].captions = article.captions
    return items


def _names_chronicle(text: str) -> bool:
    """Return True for a heading line that names a chronicle (1986年(6—12月底)安国大事记)."""
    return len(text) <= HEAD_MAX and not ends_sentence(text) and bool(vocab().chronicle_title.search(text))


def split_chronicles(articles: list[RawArticle]) -> list[RawArticle]:
    """Return the articles with every chronicle split into its dated items."""
    out: list[RawArticle] = []
    for article in articles:
        texts = [text for text, _ in article.paragraphs]
        titled = bool(article.title and vocab().chronicle_title.search(article.title))
        untitled = article.title is None
        starts = _item_starts(texts, titled) or (same_day_notes(texts) or brief_notes(texts) if untitled else [])
        out.extend(_split(article, starts) if starts else [article])
    return out

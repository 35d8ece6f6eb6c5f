"""Whole words for figures: jieba token boundaries, campaign names, counted nouns after a value.

Applied after the quantity and indicator rules: an approximation word that is the end of a longer
word (签约22万人: 约 belongs to 签约) is not an approximation; an indicator starts and ends on a word
boundary (家庭医生签 → 家庭医生); a value in a campaign name or slogan (百人包百企, 千企万户行) is not
a figure; a bare 万/亿 amount closed by a short noun (8.5万学时) takes that noun as its unit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from itertools import accumulate

from briefgen.ingest.annotate.figures.indicator import compares_at
from briefgen.ingest.annotate.figures.units import Quantity
from briefgen.ingest.annotate.figures.vocab import figure_words

CLAUSE_END = "，,。；;：:！!？?、）)"
QUOTED = re.compile(r"[“\"《「]([^”\"》」]{1,24})[”\"》」]")
ROUND = "百千万亿"
_DIGIT = re.compile(r"\d")
_NUMERAL = re.compile(r"[\d一二三四五六七八九十百千两零〇]")
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+")


@cache
def _campaign() -> re.Pattern[str]:
    """Return the pattern of a parallel numeral slogan: 百人包百企, 千企万户行, 万人助万企."""
    return re.compile(rf"[{ROUND}][\u4e00-\u9fff]{{1,4}}[{ROUND}][\u4e00-\u9fff]")


def _aligned(sentence: str, tokens: Sequence[str]) -> list[tuple[int, str]] | None:
    """Return each token with its offset in ``sentence`` (spaces may be missing), None if lost."""
    if tokens and "".join(tokens) == sentence:  # the usual case: the tokens tile the sentence, each found where the last ended
        return list(zip(accumulate(map(len, tokens[:-1]), initial=0), tokens, strict=True))
    out, pos = [], 0
    for token in tokens:
        at = sentence.find(token, pos)
        if at < 0 or at > pos and sentence[pos:at].strip():
            return None
        out.append((at, token))
        pos = at + len(token)
    return out if not sentence[pos:].strip() else None


def boundaries(sentence: str, tokens: Sequence[str] | None = None) -> frozenset[int]:
    """Return the offsets a figure may start or end at: all but the inside of dictionary words.

    ``tokens`` are the sentence's stored jieba tokens (segmented again when missing or not matching).
    Only words jieba knows well (dictionary frequency at least ``word_min_freq``) are kept whole;
    guesses such as 率达 or 由区 are not words to respect.
    """
    import jieba

    placed = _aligned(sentence, tokens) if tokens else None
    if placed is None:
        placed = _aligned(sentence, jieba.lcut(sentence)) or []
    least = int(figure_words().word_min_freq)
    freq = jieba.dt.FREQ  # looked up once, not per token
    inside: set[int] = set()
    for at, token in placed:
        if len(token) > 1 and freq.get(token, 0) >= least:
            inside.update(range(at + 1, at + len(token)))
    return frozenset(range(len(sentence) + 1)) - inside


def in_campaign_name(sentence: str, q: Quantity) -> bool:
    """Return whether a value written in Chinese numerals belongs to a slogan or campaign name."""
    printed = sentence[q.start:q.end]
    if _DIGIT.search(printed):
        return False
    for m in QUOTED.finditer(sentence):
        if m.start() < q.start and q.end <= m.end():
            return True
    window = sentence[max(0, q.start - 4): q.end + 5]
    return bool(_campaign().search(window))


def drop_split_approx(sentence: str, q: Quantity, cuts: frozenset[int]) -> Quantity:
    """Return the quantity without an approximation word that ends a longer word (签约 → 约)."""
    if not q.approx or q.start in cuts:
        return q
    digits = _NUMERAL.search(sentence[q.start:q.end])
    if digits is None:
        return q
    return Quantity(q.start + digits.start(), q.end, q.value, q.unit, None, q.rank, q.subject)


def whole_words(sentence: str, indicator: str, before: int, cuts: frozenset[int]) -> str:
    """Return the indicator trimmed to whole words where it appears before position ``before``."""
    at = sentence.rfind(indicator, 0, before + len(indicator)) if indicator else -1
    if at < 0:
        return indicator
    start, end = at, at + len(indicator)
    while start < end and start not in cuts:
        start += 1
    while end > start and end not in cuts and not compares_at(sentence, end):
        end -= 1  # 居民消费价格|比上年: jieba's 价格比 is no word here
    trimmed = sentence[start:end]
    return trimmed if len(trimmed) >= 2 else indicator


def counted_noun(sentence: str, q: Quantity, cuts: frozenset[int]) -> Quantity:
    """Return a bare 万/亿 amount with the short noun that closes its clause as unit (8.5万学时)."""
    if q.unit or q.rank or q.end not in cuts:
        return q
    limit = int(figure_words().counted_noun_max)
    end = min((c for c in cuts if c > q.end), default=q.end)
    noun = sentence[q.end:end]
    closes = end >= len(sentence) or sentence[end] in CLAUSE_END
    if not closes or not 1 <= len(noun) <= limit or not _CJK_RUN.fullmatch(noun):
        return q
    return Quantity(q.start, end, q.value, noun, q.approx, q.rank, q.subject)

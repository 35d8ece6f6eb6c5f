"""Key figures in one sentence: value + unit + indicator + relation, with period and approximation."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from itertools import accumulate

from briefgen.ingest.annotate.dates import date_spans
from briefgen.ingest.annotate.datewords import date_words
from briefgen.ingest.annotate.figures.assign import Placed, assign, clause_start
from briefgen.ingest.annotate.figures.numbers import ARABIC, CHINESE, halfwidth
from briefgen.ingest.annotate.figures.units import Quantity, find_quantities
from briefgen.ingest.annotate.figures.vocab import figure_words
from briefgen.ingest.annotate.figures.words import (
    boundaries,
    counted_noun,
    drop_split_approx,
    in_campaign_name,
    whole_words,
)
from briefgen.records import Figure

# Every amount and rank holds a number; a sentence without one has no figures to read.
NUMBER = re.compile(f"{ARABIC}|{CHINESE}|首位")  # 居全市首位: a rank without a numeral
# A date right after 比/较 is what a value is compared with (比上年末, 较2020年底), not its period.
COMPARISON_BASE = ("比", "较", "比上", "同比")
# A single day (2023年3月8日, 8日) with no range in it: the day of a report, not a period.
SINGLE_DAY = re.compile(r"[^至到~\-—－]*[日号]")

Span = tuple[int, int, str]


@cache
def _period_words() -> re.Pattern[str]:
    """Return the pattern of period words the date reader leaves out (全年, 年内), not the end of a span of years
    (未来十年内, 3年内: a duration, not this year)."""
    words = "|".join(re.escape(w) for w in figure_words().period_words)
    return re.compile(rf"(?<![\d一二三四五六七八九十百两几多])(?:{words})" if words else "(?!)")


def _periods(text: str) -> list[Span]:
    """Return the date expressions and period words of ``text``, in order."""
    spans = date_spans(text)
    for m in _period_words().finditer(text):
        if not any(m.start() < e and s < m.end() for s, e, _ in spans):
            spans.append((m.start(), m.end(), m.group()))
    return sorted(spans)


def _mask_dates(text: str, spans: list[Span]) -> str:
    """Return the text with date expressions blanked out (same length)."""
    chars = list(text)
    for start, end, _ in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _is_period(text: str, span: Span) -> bool:
    """Return False for a vague time (日前) or a single day not after 截至 (a report date, 3月8日), True
    otherwise."""
    start, _, words = span
    if words.strip() in date_words().vague:  # 日前, 近日: when it happened, not a period the value covers
        return False
    if not SINGLE_DAY.fullmatch(words.strip()):
        return True
    return text[:start].rstrip().endswith(figure_words().period_until)


def _period(text: str, spans: list[Span], q: Quantity, start_of_clause: int) -> str | None:
    """Return the date expression governing a value: the last one before it in the sentence."""
    before = [s for s in spans if s[1] <= q.start and _is_period(text, s)
              and not text[:s[0]].rstrip().endswith(COMPARISON_BASE)]
    in_clause = [s for s in before if s[0] >= start_of_clause]
    chosen = in_clause or before
    return chosen[-1][2].strip() if chosen else None


def _halfwidth_tokens(tokens: Sequence[str]) -> list[str]:
    """Return ``[halfwidth(t) for t in tokens]``, made half-width at once (it maps each character to one)."""
    wide = halfwidth("".join(tokens))
    ends = list(accumulate(map(len, tokens)))
    return [wide[start:end] for start, end in zip([0, *ends[:-1]], ends, strict=True)]


def extract_figures(
    sentence: str, paragraph: int = 0, tokens: Sequence[str] | None = None
) -> list[Figure]:
    """Return the key figures of one sentence, in text order (``tokens``: its stored jieba tokens)."""
    text = halfwidth(sentence)
    if not NUMBER.search(text):
        return []
    spans = _periods(text)
    masked = _mask_dates(text, spans)
    quantities = find_quantities(masked, [(s, e) for s, e, _ in spans])
    if not quantities:
        return []
    if tokens and text is not sentence:  # tokens as the text is: made half-width only when it was
        tokens = _halfwidth_tokens(tokens)
    cuts = boundaries(text, tokens or None)
    quantities = [
        counted_noun(text, drop_split_approx(text, q, cuts), cuts)
        for q in quantities if not in_campaign_name(text, q)
    ]
    placed = [Placed(q, clause_start(masked, q.start)) for q in quantities]
    assign(masked, placed)
    for p in placed:
        p.indicator = whole_words(text, p.indicator, p.q.start, cuts)
    return [
        Figure(
            text=sentence[p.q.start:p.q.end].strip(),
            value=p.q.value,
            unit=p.q.unit,
            indicator=p.indicator,
            relation="排名" if p.q.rank else p.relation,
            period=_period(text, spans, p.q, p.clause_start),
            sentence=sentence,
            paragraph=paragraph,
            approx=p.q.approx,
        )
        for p in placed
    ]

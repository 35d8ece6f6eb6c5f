"""A web article's info line (发布时间：… 来源：… 作者：…): read as publication date and source."""

from __future__ import annotations

import functools
import re

import yaml

from briefgen.resources import data_file

INFO_MAX = 120
SOURCE_MAX = 30
_DATE = re.compile(r"\d{4}\s*(?:[-./]\s*\d{1,2}\s*[-./]\s*\d{1,2}|年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)")
# What may follow a date in its field: a clock time and/or a weekday.
_DATE_TAIL = re.compile(r"\s*(?:\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s*(?:(?:星期|周)[一二三四五六日天])?\s*")
_SENTENCE_MARKS = re.compile(r"[，,。；;！？!?]")
# A labelled date written with a two-digit year (发布时间：18-03-08 23:16), read as 20YY.
_SHORT_DATE = re.compile(r"(\d{2})-(\d{1,2})-(\d{1,2})(?!\d)")


@functools.cache
def _labels() -> tuple[re.Pattern[str], dict[str, str]]:
    """Return the label pattern and label → kind (date, source, other) from the segment vocabulary."""
    with data_file("segment_vocab.yaml").open(encoding="utf-8") as fh:
        raw = yaml.safe_load(fh)["info_labels"]
    kinds = {label: kind for kind, labels in raw.items() for label in labels}
    names = "|".join(sorted(map(re.escape, kinds), key=len, reverse=True))
    return re.compile(rf"(?:^|(?<=\s)|(?<=[】\]|｜])|(?<=\d))({names})\s*[:：]\s*"), kinds  # 2025-12-17来源：


def info_label_names() -> frozenset[str]:
    """Return every info-line label (发布时间, 来源, 作者 …)."""
    return frozenset(_labels()[1])


def date_label_names() -> frozenset[str]:
    """Return the info-line labels of a date (发布时间, 发表时间, 日期 …)."""
    return frozenset(label for label, kind in _labels()[1].items() if kind == "date")


def _fields(text: str) -> list[tuple[str, str]] | None:
    """Return (kind, value) for each label of ``text``, or None when it is not wholly label: value."""
    pattern, kinds = _labels()
    marks = list(pattern.finditer(text))
    lead = text[: marks[0].start()].strip() if marks else text
    if not marks or (lead and _date_value(lead) is None):
        return None
    ends = [m.start() for m in marks[1:]] + [len(text)]
    fields = [(kinds[m.group(1)], text[m.end():end].strip(" 　|｜[]")) for m, end in zip(marks, ends, strict=True)]
    return [("date", lead), *fields] if lead else fields


def _date_value(value: str) -> str | None:
    """Return the date that makes up ``value`` (a clock time or weekday may follow), else None."""
    found = _DATE.match(value.strip())
    if found is None or not _DATE_TAIL.fullmatch(value.strip()[found.end():]):
        return None
    return found.group(0)


_US_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)(?!\d)")
_US_CLOCK = re.compile(r"\s*(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:AM|PM|am|pm)?)?\s*")


def _numeric_date(value: str, pattern: re.Pattern[str], tail: re.Pattern[str],
                  order: tuple[int, int, int], century: str = "") -> str | None:
    """Return the date field ``value`` as YYYY-MM-DD when it is ``pattern`` (groups in ``order``: year, month,
    day) and ``tail`` (a clock) after it, else None."""
    found = pattern.match(value.strip())
    if found is None or not tail.fullmatch(value.strip()[found.end():]):
        return None
    year, month, day = century + found[order[0]], int(found[order[1]]), int(found[order[2]])
    return f"{year}-{month:02d}-{day:02d}" if 1 <= month <= 12 and 1 <= day <= 31 else None


def _short_date_value(value: str) -> str | None:
    """Return a two-digit-year date field as 20YY-MM-DD (a clock time may follow), else None."""
    return _numeric_date(value, _SHORT_DATE, _DATE_TAIL, (1, 2, 3), "20")


def _us_date_value(value: str) -> str | None:
    """Return a month/day/year date field (6/20/2018 4:44:28 PM) as YYYY-MM-DD, else None."""
    return _numeric_date(value, _US_DATE, _US_CLOCK, (3, 1, 2))


@functools.cache
def _non_sources() -> frozenset[str]:
    with data_file("segment_vocab.yaml").open(encoding="utf-8") as fh:
        return frozenset(yaml.safe_load(fh)["non_sources"])


_EMPTY_LABEL_END = re.compile(r"([\u4e00-\u9fff]{1,6})\s*[:：]\s*$")


def named_source(value: str | None) -> str | None:
    """Return ``value`` when it names an outlet, None for 本站原创, 网络 and the like, or for other labels left
    empty (来源:作者:时间:… gives 作者:时间:, no outlet's name)."""
    value = (value or "").strip()
    while (cut := _EMPTY_LABEL_END.search(value)) is not None:  # 解志愿时间: → 解志愿; 作者:时间:点击: → nothing
        label = next((w for w in sorted(info_label_names(), key=len, reverse=True) if cut.group(1).endswith(w)), None)
        if label is None:
            break
        value = value[: cut.end(1) - len(label)].strip()
    return value if value and value not in _non_sources() and ":" not in value and "：" not in value else None


def _without_closing_date(value: str) -> tuple[str, str | None]:
    """Return a field's value without a date (and clock) closing it, and that date."""
    found = next((m for m in _DATE.finditer(value) if _DATE_TAIL.fullmatch(value[m.end():])), None)
    return (value[: found.start()].strip(), found.group(0)) if found else (value, None)


def read_info_line(text: str) -> tuple[str | None, str | None] | None:
    """Return (date text, source) when ``text`` is an info line, else None."""
    text = text.strip()
    if len(text) > INFO_MAX or "：" not in text and ":" not in text:
        return None
    fields = _fields(text)
    if fields is None:
        return None
    date: str | None = None
    source: str | None = None
    for kind, value in fields:
        if kind == "date" and not value:
            continue  # 来源:某某客户端 发布时间: — the page left its date empty
        if kind == "date":
            day = _date_value(value) or _short_date_value(value) or _us_date_value(value)
            if day is None:
                return None
            date = date or day
        elif kind == "source":
            found = _DATE.search(value)
            if found:
                date = date or found.group(0)
                tail = _DATE_TAIL.match(value, found.end())  # the date's clock time goes with it
                value = (value[: found.start()] + value[tail.end() if tail else found.end():]).strip()
            if not value or len(value) > SOURCE_MAX or _SENTENCE_MARKS.search(value):
                return None
            source = source or value
        else:
            value, glued = _without_closing_date(value)  # 作者：周小烨 付川江2023年05月10日
            date = date or glued
            if len(value) > SOURCE_MAX or _SENTENCE_MARKS.search(value):
                return None
    source = named_source(source)
    return (date, source) if date or source else None


def is_credit_line(text: str) -> bool:
    """Return True for a line made only of credit fields (（责任编辑：…）, 作者：… 审核：…)."""
    inner = text.strip().strip("（）()【】[] 　")
    if len(inner) > INFO_MAX or "：" not in inner and ":" not in inner:
        return False
    fields = _fields(inner)
    return fields is not None and all(
        kind == "other" and value and len(value) <= SOURCE_MAX and not _SENTENCE_MARKS.search(value)
        for kind, value in fields)

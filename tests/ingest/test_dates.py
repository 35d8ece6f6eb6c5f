"""Tests for briefgen.ingest.annotate.dates: event dates resolved against the publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.ingest.annotate.dates import date_spans, parse_full_date, resolve_events


def _spans(text: str, published: dt.date | None) -> list[tuple[str, str | None, str | None]]:
    return [(e.text, e.start, e.end) for e in resolve_events(text, published)]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("1月5日,大会召开", dt.date(2023, 1, 7), ("1月5日", "2023-01-05", "2023-01-05")),
        ("12月31日,举办相亲会", dt.date(2024, 1, 5), ("12月31日", "2023-12-31", "2023-12-31")),
        ("2月21日至22日举行", dt.date(2023, 1, 7), ("2月21日至22日", "2023-02-21", "2023-02-22")),
        ("于1月7日至2月7日开展", dt.date(2023, 1, 7), ("1月7日至2月7日", "2023-01-07", "2023-02-07")),
        ("1月2日-4日,考察", dt.date(2024, 1, 5), ("1月2日-4日", "2024-01-02", "2024-01-04")),
        ("12月28日至1月3日", dt.date(2024, 1, 5), ("12月28日至1月3日", "2023-12-28", "2024-01-03")),
        ("1-5月,工业投资", dt.date(2021, 7, 19), ("1-5月", "2021-01-01", "2021-05-31")),
        ("1至11月份,增长", dt.date(2023, 1, 7), ("1至11月份", "2022-01-01", "2022-11-30")),
        ("上半年新增", dt.date(2021, 7, 19), ("上半年", "2021-01-01", "2021-06-30")),
        ("前三季度,增长", dt.date(2021, 12, 16), ("前三季度", "2021-01-01", "2021-09-30")),
        ("2023年8月至11月,清查", dt.date(2024, 1, 5), ("2023年8月至11月", "2023-08-01", "2023-11-30")),
        ("今年以来", dt.date(2021, 7, 19), ("今年以来", "2021-01-01", "2021-07-19")),
        ("去年", dt.date(2023, 1, 7), ("去年", "2022-01-01", "2022-12-31")),
        ("一月六日,走进市场", dt.date(2023, 1, 7), ("一月六日", "2023-01-06", "2023-01-06")),
        ("截至11月底", dt.date(2021, 12, 16), ("11月底", "2021-11-30", "2021-11-30")),
        ("近日,召开会议", dt.date(2023, 1, 7), ("近日", None, None)),
        ("计划在2020年底前投资", dt.date(2023, 5, 1), ("2020年底前", "2020-12-01", "2020-12-31")),
        ("较2021年年底净增", dt.date(2023, 1, 7), ("2021年年底", "2021-12-01", "2021-12-31")),
        ("力争年底前完工", dt.date(2023, 5, 1), ("年底前", "2023-12-01", "2023-12-31")),
        ("去年末存款余额", dt.date(2023, 5, 1), ("去年末", "2022-12-01", "2022-12-31")),
        ("2023年初以来新增", dt.date(2023, 5, 1), ("2023年初以来", "2023-01-01", "2023-05-01")),
        ("2023年初步建成", dt.date(2023, 5, 1), ("2023年", "2023-01-01", "2023-12-31")),
    ],
)
def test_resolves_against_publication(
    text: str, published: dt.date, expected: tuple[str, str | None, str | None]
) -> None:
    assert _spans(text, published) == [expected]


def test_vague_is_not_the_publication_date() -> None:
    assert _spans("日前，省厅印发通知", dt.date(2023, 1, 7)) == [("日前", None, None)]


@pytest.mark.parametrize(
    "text", ["大年初一", "推进“十四五”开好局", "1号线3期工程", "增长5.2%", "〔2021〕5号文件", "第21届龙舟节", "5A级景区"]
)
def test_not_dates(text: str) -> None:
    assert resolve_events(text, dt.date(2021, 7, 19)) == []


def test_paragraph_is_kept_and_without_publication_year_is_unknown() -> None:
    events = resolve_events("1月5日召开", None, paragraph=3)
    assert [(e.start, e.paragraph) for e in events] == [(None, 3)]


def test_explicit_year_without_publication() -> None:
    assert _spans("2024年1月1日,普查", None) == [("2024年1月1日", "2024-01-01", "2024-01-01")]


def test_parse_full_date() -> None:
    assert parse_full_date("安康市人民政府办公室 2021年7月19日") == dt.date(2021, 7, 19)
    assert parse_full_date("2021 年 12 月 16 日") == dt.date(2021, 12, 16)
    assert parse_full_date("二〇二三年一月六日") == dt.date(2023, 1, 6)
    assert parse_full_date("2021-12-31") == dt.date(2021, 12, 31)
    assert parse_full_date("1月5日") is None
    assert parse_full_date("第三十三期") is None
    assert parse_full_date("2021年2月30日") is None


def test_date_spans_positions() -> None:
    text = "1-5月，全市工业投资增长7.8%"
    assert date_spans(text) == [(0, 4, "1-5月")]

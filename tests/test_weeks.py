"""ISO week parsing and Chinese date labels."""

from datetime import date

import pytest

from briefgen.errors import BriefgenError
from briefgen.weeks import chinese_date, parse_day, parse_week, week_of


def test_parse_week_gives_monday_to_sunday() -> None:
    assert parse_week("2023-W01") == (date(2023, 1, 2), date(2023, 1, 8))


def test_week_of_date() -> None:
    assert week_of(date(2023, 1, 7)) == "2023-W01"
    assert week_of(date(2024, 1, 1)) == "2024-W01"


@pytest.mark.parametrize("bad", ["2023-01", "W01", "2023-W60"])
def test_bad_week_is_a_chinese_usage_error(bad: str) -> None:
    with pytest.raises(BriefgenError, match="周"):
        parse_week(bad)


def test_bad_day() -> None:
    with pytest.raises(BriefgenError, match="YYYY-MM-DD"):
        parse_day("2023/1/7")


def test_chinese_date() -> None:
    assert chinese_date(date(2021, 7, 19)) == "2021年7月19日"

"""Chinese numerals, date labels and output names."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.assemble.numerals import (
    chinese_number,
    date_label,
    issue_label,
    month_day_label,
    output_stem,
)


@pytest.mark.parametrize(
    ("n", "text"),
    [
        (1, "一"),
        (10, "十"),
        (12, "十二"),
        (20, "二十"),
        (33, "三十三"),
        (100, "一百"),
        (105, "一百零五"),
        (110, "一百一十"),
        (1005, "一千零五"),
        (10010, "一万零一十"),
        (20300, "二万零三百"),
    ],
)
def test_chinese_number(n: int, text: str) -> None:
    assert chinese_number(n) == text


def test_chinese_number_agrees_with_cn2an() -> None:
    import cn2an
    for n in range(1, 3000):
        assert chinese_number(n) == cn2an.an2cn(n), n


def test_issue_label_and_stem() -> None:
    assert issue_label(33) == "第三十三期"
    assert output_stem("安康", "2023-W01", 1) == "安康-2023-W01-第一期"


def test_date_labels_drop_leading_zeros() -> None:
    assert date_label(dt.date(2021, 7, 9)) == "2021年7月9日"
    assert month_day_label("2023-01-06") == "1月6日"
    assert month_day_label(None) == ""
    assert month_day_label("不是日期") == ""


def test_negative_issue_is_refused() -> None:
    with pytest.raises(ValueError):
        chinese_number(-1)

"""Chinese numerals and date labels as printed on a briefing: 第三十三期, 2023年1月9日."""

from __future__ import annotations

import datetime as dt
import re

_DIGITS = "〇一二三四五六七八九"
_UNITS = ((1000, "千"), (100, "百"), (10, "十"))


def _below_ten_thousand(n: int) -> str:
    """Return 1..9999 in Chinese numerals, with 零 for inner gaps (一百零五)."""
    out: list[str] = []
    gap = False
    for size, unit in _UNITS:
        digit, n = divmod(n, size)
        if digit:
            if gap:
                out.append("零")
            out.append(_DIGITS[digit] + unit)
            gap = False
        elif out:
            gap = True
    if n:
        if gap:
            out.append("零")
        out.append(_DIGITS[n])
    return "".join(out)


def chinese_number(n: int) -> str:
    """Return ``n`` (0..99999999) as Chinese numerals: 10 → 十, 33 → 三十三, 105 → 一百零五."""
    if n < 0 or n >= 100_000_000:
        raise ValueError(f"期号 {n} 超出可写成汉字的范围")
    if n == 0:
        return "〇"
    high, low = divmod(n, 10_000)
    text = _below_ten_thousand(high) + "万" if high else ""
    if low:
        text += ("零" if high and low < 1000 else "") + _below_ten_thousand(low)
    if 10 <= n < 20:
        text = text[1:]
    return text


def issue_label(issue: int) -> str:
    """Return the 期号 as printed: 第三十三期."""
    return f"第{chinese_number(issue)}期"


def date_label(day: dt.date) -> str:
    """Return a full date as printed on 公文: 2023年1月9日."""
    return f"{day.year}年{day.month}月{day.day}日"


def month_day_label(iso: str | None) -> str:
    """Return 1月6日 for the first ISO date in ``iso``, or an empty string when there is none."""
    match = re.search(r"(\d{4})-(\d{1,2})-(\d{1,2})", iso or "")
    if not match:
        return ""
    return f"{int(match.group(2))}月{int(match.group(3))}日"


def output_stem(city_short: str, week: str, issue: int) -> str:
    """Return the output file stem: 安康-2023-W01-第一期."""
    return f"{city_short}-{week}-{issue_label(issue)}"

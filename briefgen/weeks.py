"""ISO weeks: parse ``YYYY-Www``, find the week of a date, print Chinese date labels."""

from __future__ import annotations

import re
from datetime import date, timedelta

from briefgen.errors import BriefgenError

_WEEK = re.compile(r"^(\d{4})-?W(\d{1,2})$", re.IGNORECASE)
# The last Monday whose week, and the day after it (the briefing's date), a date can hold.
LAST_MONDAY = date.max - timedelta(days=7)
# Material dated further ahead than this is a typo, never the "latest week" to brief.
FUTURE_DAYS = 366


def parse_week(text: str) -> tuple[date, date]:
    """Return Monday and Sunday of an ISO week written ``2023-W01``."""
    m = _WEEK.match(text.strip())
    if not m:
        raise BriefgenError(f"--week {text}：周的写法应为 YYYY-Www，例如 2023-W01")
    try:
        monday = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
    except ValueError as exc:
        raise BriefgenError(f"--week {text}：这一年没有第 {m.group(2)} 周") from exc
    return week_containing(monday, f"--week {text}")


def week_containing(day: date, what: str = "--date") -> tuple[date, date]:
    """Return Monday and Sunday of the week of ``day``; weeks at the end of the calendar are refused."""
    monday = day - timedelta(days=day.weekday())
    if monday > LAST_MONDAY:
        raise BriefgenError(f"{what}：超出可编报的日期范围（最晚为 {LAST_MONDAY} 所在的一周）")
    return monday, monday + timedelta(days=6)


def latest_plausible(today: date | None = None) -> date:
    """Return the latest publication date taken as real when choosing the week to brief."""
    return (today or date.today()) + timedelta(days=FUTURE_DAYS)


def week_of(day: date) -> str:
    """Return the ISO week label (``2023-W01``) that contains ``day``."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def parse_day(text: str, option: str = "--date") -> date:
    """Return a date from ``YYYY-MM-DD``; anything else is a usage error."""
    try:
        return date.fromisoformat(text.strip())
    except ValueError as exc:
        raise BriefgenError(f"{option} {text}：日期的写法应为 YYYY-MM-DD，例如 2023-01-07") from exc


def chinese_date(day: date) -> str:
    """Return ``2023年1月9日``."""
    return f"{day.year}年{day.month}月{day.day}日"

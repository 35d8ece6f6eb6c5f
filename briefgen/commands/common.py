"""What every command shares: error handling, JSON output and common options."""

from __future__ import annotations

import functools
import json
import os
import sqlite3
import sys
import traceback
from collections.abc import Callable
from typing import Any, TypeVar

import click

from briefgen.corpus import Corpus
from briefgen.errors import (
    BriefgenError,
    exit_code_for,
    os_reason,
    sqlite_reason,
)
from briefgen.resources import default_db_path
from briefgen.weeks import parse_day

F = TypeVar("F", bound=Callable[..., Any])


def emit_json(data: Any) -> None:
    """Print ``data`` as UTF-8 JSON on stdout."""
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def fail(message: str, code: int) -> None:
    """Print one Chinese line on stderr and exit with ``code``."""
    click.echo(f"briefgen：{message}", err=True)
    sys.exit(code)


def message_for(exc: BaseException) -> str:
    """Return the one Chinese line for ``exc`` (the exit code comes from errors.EXIT_TABLE)."""
    if isinstance(exc, BriefgenError):
        return str(exc)
    if isinstance(exc, KeyboardInterrupt):
        return "已中断；语料库保持中断前的状态，未写出不完整的文件"
    if isinstance(exc, OSError):
        where = f"{exc.filename}：" if exc.filename else ""
        return f"{where}{os_reason(exc)}（请检查路径、权限和磁盘空间）"
    if isinstance(exc, sqlite3.Error):
        return sqlite_reason(exc)
    if isinstance(exc, MemoryError):
        return "内存不足，未完成；请拆分输入文件或在内存更大的机器上运行"
    if isinstance(exc, RecursionError):
        return "嵌套过深（模板互相包含或输入结构无限嵌套），未完成；请检查 --template 中的模板"
    text = str(exc).splitlines()[0][:200] if str(exc) else ""
    return f"内部错误：{exc.__class__.__name__}: {text}（加 --debug 可查看详情，请报告此问题）"


def guarded(func: F) -> F:
    """Wrap a command so errors become one Chinese line and an exit code, never a traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except (Exception, KeyboardInterrupt) as exc:  # noqa: BLE001 - the last line of defence
            if os.environ.get("BRIEFGEN_DEBUG") and not isinstance(exc, KeyboardInterrupt):
                traceback.print_exc()
            fail(message_for(exc), exit_code_for(exc))

    return wrapper  # type: ignore[return-value]


def db_option(func: F) -> F:
    """Add ``--db``."""
    return click.option(
        "--db", "db", default=None, metavar="FILE",
        help="语料库文件；默认取 $BRIEFGEN_DB，否则为用户数据目录中的 corpus.sqlite。",
    )(func)


def range_options(func: F) -> F:
    """Add ``--city --from --to``."""
    func = click.option("--to", "date_to", default=None, metavar="YYYY-MM-DD", help="截止日期（含）。")(func)
    func = click.option("--from", "date_from", default=None, metavar="YYYY-MM-DD", help="起始日期（含）。")(func)
    return click.option("--city", default=None, help="城市，如 安康 或 安康市。")(func)


def json_option(func: F) -> F:
    """Add ``--json``."""
    return click.option("--json", "as_json", is_flag=True, help="以 JSON 输出。")(func)


def open_corpus(db: str | None) -> Corpus:
    """Return the corpus chosen by ``--db``, ``$BRIEFGEN_DB`` or the user data folder."""
    return Corpus.open(default_db_path(db))


def resolve_city(name: str | None) -> str | None:
    """Return the full prefecture name for ``--city`` (安康 → 安康市); unknown names pass through."""
    name = "".join(ch for ch in name or "" if ch.isprintable()).strip()  # one line, no controls
    if not name:
        return None
    from briefgen.ingest.annotate.places import normalize_city

    return normalize_city(name) or name


def check_range(date_from: str | None, date_to: str | None) -> tuple[str | None, str | None]:
    """Return validated ISO dates for ``--from``/``--to``."""
    start = parse_day(date_from, "--from").isoformat() if date_from else None
    end = parse_day(date_to, "--to").isoformat() if date_to else None
    if start and end and start > end:
        raise BriefgenError(f"--from {start} 晚于 --to {end}，请交换两个日期")
    return start, end

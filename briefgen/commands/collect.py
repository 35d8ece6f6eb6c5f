"""``briefgen collect`` and ``briefgen sources``: fetch a week's news from the city's sites."""

from __future__ import annotations

import datetime as dt
import sys

import click

from briefgen.commands.common import (
    db_option,
    emit_json,
    guarded,
    json_option,
    open_corpus,
    resolve_city,
)
from briefgen.corpus import Corpus
from briefgen.errors import EXIT_OK, EXIT_REFUSED, BriefgenError
from briefgen.weeks import parse_day

DEFAULT_DAYS = 7


def summary_line(report: dict, requests: int) -> str:
    """Return the one-line Chinese summary of a collect run."""
    return (
        f"采集：找到 {report['found']} 篇，新增 {report['new']} 篇，语料库已有 {report['known']} 篇，"
        f"失败 {len(report['failed'])} 个（共 {requests} 次请求）"
    )


def pick_sources(city: str, urls: tuple[str, ...], disabled: bool = False) -> list:
    """Return the ``--source`` URLs as sources, else the city's (enabled) profile sources."""
    from briefgen.collect import profile_sources, source_from_url

    sources = [source_from_url(u) for u in urls] if urls else profile_sources(city, disabled)
    if not sources:
        raise BriefgenError(f"{city} 的简报配置里没有 sources（采集来源）；请按 docs/collect.md 添加，或用 --source 网址")
    return sources


def run_collect(corpus: Corpus, city: str, urls: tuple[str, ...], since: dt.date, until: dt.date,
                quiet: bool) -> dict:
    """Collect ``city``'s articles of [since, until] into ``corpus``; print failures; return the report."""
    from briefgen.collect import collect

    report = collect(corpus, city, pick_sources(city, urls), since, until, progress=not quiet)
    data = report.as_json()
    for item in data["failed"]:
        click.echo(f"briefgen：{item['url']}：{item['reason']}", err=True)
    if not quiet:
        click.echo(summary_line(data, report.requests))
    return data


@click.command("collect")
@click.option("--city", required=True, help="城市，如 安康。")
@click.option("--source", "urls", multiple=True, metavar="URL", help="只采集这个网址（可重复），代替配置里的来源。")
@click.option("--since", default=None, metavar="YYYY-MM-DD", help="起始发布日期（含）；默认为 7 天前。")
@click.option("--until", default=None, metavar="YYYY-MM-DD", help="截止发布日期（含）；默认为今天。")
@db_option
@json_option
@guarded
def collect_command(city: str, urls: tuple[str, ...], since: str | None, until: str | None, db: str | None,
                    as_json: bool) -> None:
    """从城市的政府网站、日报电子版等来源采集日期范围内的文章，读入语料库。

    例：briefgen collect --city 安康 --since 2023-01-02 --until 2023-01-08
    """
    end = parse_day(until, "--until") if until else dt.date.today()
    start = parse_day(since, "--since") if since else end - dt.timedelta(days=DEFAULT_DAYS - 1)
    if start > end:
        raise BriefgenError(f"--since {start} 晚于 --until {end}，请交换两个日期")
    full_city = resolve_city(city) or city
    with open_corpus(db) as corpus:
        data = run_collect(corpus, full_city, urls, start, end, as_json)
    if as_json:
        emit_json(data)
    sys.exit(EXIT_REFUSED if data["failed"] else EXIT_OK)


@click.command("sources")
@click.option("--city", required=True, help="城市，如 安康。")
@click.option("--check", is_flag=True, help="逐个访问，报告能否打开、列出多少篇文章。")
@json_option
@guarded
def sources_command(city: str, check: bool, as_json: bool) -> None:
    """列出城市简报配置里的采集来源；加 --check 逐个检查。

    例：briefgen sources --city 安康 --check
    """
    from briefgen.collect.check import check_sources

    full_city = resolve_city(city) or city
    rows = check_sources(pick_sources(full_city, (), disabled=True), check)
    if as_json:
        emit_json(rows)
    for r in rows:
        if not as_json:
            click.echo(f"{r['name']}（{r['kind']}）{r['url']} {source_state(r)}".rstrip())
    sys.exit(EXIT_REFUSED if not all(r.get("ok", True) for r in rows) else EXIT_OK)


def source_state(row: dict) -> str:
    """Return what ``sources`` says about one source: disabled, unverified, or the check's result."""
    if not row["enabled"]:
        return "（已停用）"
    marks = "" if row["verified"] else "（地址未核实）"
    if "ok" not in row:
        return marks
    return marks + (f"可访问，列出 {row['articles']} 篇" if row["ok"] else f"不可用：{row['reason']}")


def register(group: click.Group) -> None:
    """Add the commands to ``group``."""
    group.add_command(collect_command)
    group.add_command(sources_command)

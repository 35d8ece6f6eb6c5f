"""``briefgen ingest``: read files and folders into the corpus."""

from __future__ import annotations

import sys

import click

from briefgen.commands.common import db_option, emit_json, guarded, json_option, open_corpus
from briefgen.errors import EXIT_OK, EXIT_REFUSED
from briefgen.records import IngestOptions
from briefgen.weeks import parse_day


def summary_line(report: dict) -> str:
    """Return the one-line Chinese summary of an ingest report."""
    return (
        f"已处理 {report['files']} 个文件：{report['articles']} 篇文章，新增 {report['new_articles']} 篇，"
        f"去掉重复段落 {report['duplicates_dropped']} 处，标记疑似乱码 {len(report['flagged'])} 处，"
        f"拒收 {len(report['rejected'])} 个文件"
    )


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@db_option
@click.option("--source", default=None, help="来源名称，如 安康日报。")
@click.option("--date", "date_", default=None, metavar="YYYY-MM-DD", help="这些文件的出版日期。")
@click.option("--city", default=None, help="这些文件所属的城市，如 安康。")
@click.option("--workers", type=click.IntRange(1, 64), default=None, help="并行进程数，默认为 CPU 核数。")
@json_option
@guarded
def ingest_command(
    paths: tuple[str, ...], db: str | None, source: str | None, date_: str | None,
    city: str | None, workers: int | None, as_json: bool,
) -> None:
    """把文件或文件夹（.txt .md .docx .html）读入语料库。

    例：briefgen ingest samples/ --city 安康
    """
    from briefgen.commands.common import resolve_city
    from briefgen.ingest.runner import ingest_paths

    options = IngestOptions(
        source=source,
        date=parse_day(date_).isoformat() if date_ else None,
        city=resolve_city(city),
    )
    with open_corpus(db) as corpus:
        report = ingest_paths(list(paths), corpus, options, workers, progress=not as_json).as_json()
    for item in report["rejected"]:
        click.echo(f"briefgen：{item['file']}：{item['reason']}", err=True)
    if as_json:
        emit_json(report)
    else:
        click.echo(summary_line(report))
    sys.exit(EXIT_REFUSED if report["rejected"] else EXIT_OK)


def register(group: click.Group) -> None:
    """Add the command to ``group``."""
    group.add_command(ingest_command)

"""``briefgen articles``, ``select`` and ``figures``: look into the corpus."""

from __future__ import annotations

from typing import Any

import click

from briefgen.commands.common import (
    check_range,
    db_option,
    emit_json,
    guarded,
    json_option,
    open_corpus,
    range_options,
    resolve_city,
)
from briefgen.corpus import Corpus
from briefgen.weeks import parse_week


def article_objects(corpus: Corpus, ids: list[int]) -> list[dict[str, Any]]:
    """Return the contract's JSON object for each article."""
    from briefgen.select.selector import article_themes

    cities = corpus.cities_of(ids)
    events: dict[int, list[dict[str, Any]]] = {}
    for r in corpus.rows("events", ids):
        events.setdefault(r["article_id"], []).append(
            {"text": r["text"], "start": r["start"], "end": r["end"]}
        )
    places: dict[int, list[str]] = {}
    for r in corpus.rows("places", ids):
        names = places.setdefault(r["article_id"], [])
        if r["name"] not in names:
            names.append(r["name"])
    themes = article_themes(corpus, ids)
    return [
        {
            "id": a.id, "title": a.title, "source": a.source, "file": a.file,
            "published": a.published, "date_basis": a.date_basis,
            "cities": cities.get(a.id, []), "places": places.get(a.id, []),
            "themes": themes.get(a.id, []), "events": events.get(a.id, []),
            "flags": a.flags, "contributor": a.contributor, "text": a.text,
        }
        for a in corpus.articles(ids)
    ]


def period(date_from: str | None, date_to: str | None, week: str | None) -> tuple[str | None, str | None]:
    """Return the [start, end] the user asked for: ``--week`` or ``--from``/``--to``."""
    if week:
        monday, sunday = parse_week(week)
        return monday.isoformat(), sunday.isoformat()
    return check_range(date_from, date_to)


@click.command("articles")
@db_option
@range_options
@json_option
@guarded
def articles_command(db: str | None, city: str | None, date_from: str | None,
                     date_to: str | None, as_json: bool) -> None:
    """列出语料库中的文章（清洗后的简体文本）。

    例：briefgen articles --city 安康 --from 2023-01-01 --to 2023-01-08 --json
    """
    start, end = check_range(date_from, date_to)
    with open_corpus(db) as corpus:
        objs = article_objects(corpus, corpus.article_ids(resolve_city(city), start, end))
    if as_json:
        emit_json(objs)
        return
    for o in objs:
        click.echo(f"[{o['id']}] {o['published'] or '日期不详'} {o['title'] or '（无标题）'}（{o['source'] or o['file']}）")


def week_option(func: Any) -> Any:
    """Add ``--week``."""
    return click.option("--week", default=None, metavar="YYYY-Www", help="ISO 周，如 2023-W01。")(func)


def theme_option(func: Any) -> Any:
    """Add repeatable ``--theme``."""
    return click.option("--theme", "themes", multiple=True, help="只要这个主题（可重复）。")(func)


@click.command("select")
@db_option
@range_options
@theme_option
@week_option
@click.option("--limit", type=click.IntRange(1, 10_000), default=None, help="最多选几篇。")
@json_option
@guarded
def select_command(db: str | None, city: str | None, date_from: str | None, date_to: str | None,
                   themes: tuple[str, ...], week: str | None, limit: int | None, as_json: bool) -> None:
    """按主题和日期挑出重点文章、重点段落和关键数据。

    例：briefgen select --city 安康 --week 2023-W01 --limit 5 --json
    """
    start, end = period(date_from, date_to, week)
    from briefgen.select.selector import select

    with open_corpus(db) as corpus:
        selection = select(corpus, resolve_city(city), start, end, list(themes) or None, limit)
    if as_json:
        emit_json([a.as_json() for a in selection.articles])
        return
    for a in selection.articles:
        click.echo(f"[{a.article_id}] {a.theme}｜{a.title or '（无标题）'}｜{a.date or '日期不详'}")
        for p in a.passages:
            click.echo(f"    {p.text}")


@click.command("figures")
@db_option
@range_options
@theme_option
@json_option
@guarded
def figures_command(db: str | None, city: str | None, date_from: str | None, date_to: str | None,
                    themes: tuple[str, ...], as_json: bool) -> None:
    """列出关键数据（数值、单位、指标、增减关系）。

    例：briefgen figures --city 安康 --from 2021-07-01 --to 2021-07-31 --json
    """
    start, end = check_range(date_from, date_to)
    from briefgen.select.selector import figures

    with open_corpus(db) as corpus:
        rows = figures(corpus, resolve_city(city), start, end, list(themes) or None)
    if as_json:
        emit_json([r.as_json() for r in rows])
        return
    for r in rows:
        click.echo(f"{r.indicator}｜{r.relation or ''}｜{r.text}｜{r.period or ''}")


def register(group: click.Group) -> None:
    """Add the commands to ``group``."""
    for command in (articles_command, select_command, figures_command):
        group.add_command(command)

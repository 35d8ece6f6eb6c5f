"""``briefgen weekly``: select, assemble and render one city's weekly briefing."""

from __future__ import annotations

import contextlib
import multiprocessing
import re
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

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
from briefgen.lifetime import child_initializer
from briefgen.model import Briefing, Heading, Item
from briefgen.outputs import atomic_output, output_path, prepare_dir
from briefgen.weeks import latest_plausible, parse_day, parse_week, week_containing, week_of

FORMATS = ("pdf", "docx")
_SECTION_NUMBER = re.compile(r"^[一二三四五六七八九十]+、")


@dataclass
class WeekChoice:
    """The week to brief, and whether the user named it or it was found."""

    label: str
    start: date
    end: date
    found: bool


def choose_week(corpus: Corpus, city: str, week: str | None, day: str | None) -> WeekChoice:
    """Return ``--week``, the week of ``--date``, or the latest week with material for ``city``."""
    if week:
        start, end = parse_week(week)
        return WeekChoice(week_of(start), start, end, False)
    found = False
    if day:
        anchor = parse_day(day)
    else:
        latest = corpus.latest_date(city, latest_plausible().isoformat())  # a year 9999 typo is no week
        if not latest:
            raise BriefgenError(f"语料库中没有 {city} 的材料：请先运行 briefgen ingest，或用 --corpus 指定文件夹")
        anchor, found = date.fromisoformat(latest), True
    start, end = week_containing(anchor, f"--date {anchor}")
    return WeekChoice(week_of(anchor), start, end, found)


def parse_formats(text: str) -> list[str]:
    """Return the requested output formats from ``pdf,docx``."""
    wanted = [f.strip().lower() for f in text.split(",") if f.strip()]
    bad = [f for f in wanted if f not in FORMATS]
    if bad or not wanted:
        raise BriefgenError(f"--format {text}：只支持 pdf 和 docx，例如 --format pdf,docx")
    return wanted


def sections_of(briefing: Briefing) -> list[dict[str, Any]]:
    """Return each themed section with the titles of its items."""
    sections: list[dict[str, Any]] = []
    for block in briefing.blocks:
        if isinstance(block, Heading) and block.level == 1:
            sections.append({"theme": _SECTION_NUMBER.sub("", block.text), "items": []})
        elif isinstance(block, Item) and sections:
            sections[-1]["items"].append(block.title)
    return sections


def render_format(fmt: str, briefing: Briefing, path: Path, style: dict[str, Any]) -> None:
    """Draw ``briefing`` as ``fmt`` (pdf or docx) into ``path``."""
    if fmt == "pdf":
        from briefgen.render.pdf import render_pdf

        render_pdf(briefing, path, style)
    else:
        from briefgen.render.docx import render_docx

        render_docx(briefing, path, style)


def _render_all(briefing: Briefing, paths: dict[str, Path], style: dict[str, Any]) -> None:
    """Render every format; with two formats and fork available, the Word draft renders beside the PDF."""
    if len(paths) < 2 or "fork" not in multiprocessing.get_all_start_methods():
        for fmt, path in paths.items():
            render_format(fmt, briefing, path, style)
        return
    initializer, initargs = child_initializer()  # the Word draft dies with this process, even on kill -9
    with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"),
                             initializer=initializer, initargs=initargs) as pool:
        side = pool.submit(render_format, "docx", briefing, paths["docx"], style)
        render_format("pdf", briefing, paths["pdf"], style)
        side.result()


def render(briefing: Briefing, formats: list[str], out_dir: Path, stem: str,
           docx_options: dict[str, Any] | None = None) -> dict[str, str | None]:
    """Render each format into ``out_dir``; files are replaced only once every format rendered.

    ``docx_options`` (embed_fonts, reference_doc) reach the Word renderer through the style.
    """
    from briefgen.style import load_style

    style = load_style()
    if docx_options:
        style = {**style, "docx_options": docx_options}
    written: dict[str, str | None] = {f: None for f in FORMATS}
    with contextlib.ExitStack() as stack:
        targets = {fmt: output_path(out_dir, stem, fmt) for fmt in formats}  # always inside --out
        paths = {fmt: stack.enter_context(atomic_output(target)) for fmt, target in targets.items()}
        _render_all(briefing, paths, style)
        written.update({fmt: str(target) for fmt, target in targets.items()})
    return written


@click.command("weekly")
@click.option("--city", required=True, help="城市，如 安康 或 安康市。")
@click.option("--week", default=None, metavar="YYYY-Www", help="ISO 周，如 2023-W01；默认为有材料的最近一周。")
@click.option("--date", "day", default=None, metavar="YYYY-MM-DD", help="简报这一天所在的一周。")
@db_option
@click.option("--corpus", "corpus_dir", default=None, type=click.Path(), help="先把这个文件夹增量读入语料库。")
@click.option("--collect", "collect_first", is_flag=True, help="先从配置的网站采集这一周的文章（见 briefgen collect）。")
@click.option("--out", "out_dir", default=".", type=click.Path(), show_default=True, help="输出文件夹。")
@click.option("--format", "formats", default="pdf,docx", show_default=True, help="输出格式：pdf、docx。")
@click.option("--issue", type=click.IntRange(1, 9999), default=None, help="指定期号（否则自动续编）。")
@click.option("--template", "template_dir", default=None, type=click.Path(file_okay=False), help="自定义模板文件夹。")
@click.option("--reference-doc", "reference_doc", default=None, type=click.Path(dir_okay=False),
              help="Word 参考模板（.docx）：草稿沿用其中的样式、字体和页面设置（同 pandoc）。")
@click.option("--no-embed-fonts", "no_embed", is_flag=True,
              help="Word 草稿不嵌入字体（办公电脑已装有仿宋_GB2312、黑体等字体时使用）。")
@json_option
@guarded
def weekly_command(city: str, week: str | None, day: str | None, db: str | None, corpus_dir: str | None,
                   collect_first: bool, out_dir: str, formats: str, issue: int | None,
                   template_dir: str | None, reference_doc: str | None, no_embed: bool,
                   as_json: bool) -> None:
    """生成一个城市一周的通报式简报：PDF（可直接打印）和 Word 草稿。

    例：briefgen weekly --city 安康 --corpus samples/ --out out/

    文件名为 <城市>-<周>-第N期.pdf 与 .docx，例如 安康-2023-W01-第一期.pdf。
    """
    from briefgen.assemble.build import build_briefing
    from briefgen.assemble.numerals import issue_label, output_stem
    from briefgen.assemble.profiles import load_profile
    from briefgen.select.selector import select

    if week and day:
        raise BriefgenError("--week 和 --date 只能给一个")
    wanted = parse_formats(formats)
    if template_dir and not Path(template_dir).is_dir():
        raise BriefgenError(f"{template_dir}：模板文件夹不存在")
    if reference_doc and not Path(reference_doc).is_file():
        raise BriefgenError(f"{reference_doc}：Word 参考模板不存在")
    full_city = resolve_city(city) or city
    refused = 0
    with open_corpus(db) as corpus:
        if corpus_dir:
            refused = _ingest_first(corpus, corpus_dir, full_city, as_json)
        if collect_first:
            refused += _collect_first(corpus, full_city, week, day, as_json)
        choice = choose_week(corpus, full_city, week, day)
        selection = select(corpus, full_city, choice.start.isoformat(), choice.end.isoformat())
        if not selection.articles:
            raise BriefgenError(f"{full_city} 在 {choice.label}（{choice.start}—{choice.end}）没有可用的材料；请换一周（--week）或先读入材料")
        profile = load_profile(full_city)
        number = corpus.issue_number(full_city, profile.series, choice.label, issue)
    headlines: list[dict[str, Any]] = []
    briefing, left_out = build_briefing(
        selection, profile, number, choice.label, choice.end + timedelta(days=1),
        Path(template_dir) if template_dir else None, headlines,
    )
    folder = prepare_dir(Path(out_dir))
    docx_options = {"embed_fonts": not no_embed, "reference_doc": reference_doc}
    written = render(briefing, wanted, folder, output_stem(profile.short, choice.label, number),
                     docx_options)
    sections = sections_of(briefing)
    result = {
        "city": full_city, "week": choice.label, "start": choice.start.isoformat(),
        "end": choice.end.isoformat(), "issue": number,
        "items": sum(len(s["items"]) for s in sections), "sections": sections,
        "pdf": written["pdf"], "docx": written["docx"], "left_out": left_out, "headlines": headlines,
    }
    if as_json:
        emit_json(result)
    else:
        how = "（有材料的最近一周）" if choice.found else ""
        click.echo(f"{full_city} {choice.label}{how} {issue_label(number)}：{result['items']} 条，{len(sections)} 个栏目")
        for path in (written["pdf"], written["docx"]):
            if path:
                click.echo(f"  已写出 {path}")
        if left_out:
            click.echo(f"  因篇幅未收入 {len(left_out)} 篇（--json 可查看清单）")
        if headlines:
            click.echo(f"  改写或整理了 {len(headlines)} 个不像标题的原标题（--json 可查看清单）")
    sys.exit(EXIT_REFUSED if refused else EXIT_OK)


def _ingest_first(corpus: Corpus, corpus_dir: str, city: str, quiet: bool) -> int:
    """Ingest ``corpus_dir`` incrementally, gathered for ``city``; return how many files were refused."""
    from briefgen.ingest.runner import ingest_paths
    from briefgen.records import IngestOptions

    report = ingest_paths([corpus_dir], corpus, IngestOptions(home_city=city), None, progress=not quiet).as_json()
    for item in report["rejected"]:
        click.echo(f"briefgen：{item['file']}：{item['reason']}", err=True)
    return len(report["rejected"])


def _collect_first(corpus: Corpus, city: str, week: str | None, day: str | None, quiet: bool) -> int:
    """Collect the week's articles (``--week``, the week of ``--date``, else this week); return failures."""
    from briefgen.commands.collect import run_collect

    anchor = parse_week(week)[0] if week else parse_day(day) if day else date.today()
    start = anchor - timedelta(days=anchor.weekday())
    return len(run_collect(corpus, city, (), start, start + timedelta(days=6), quiet)["failed"])


def register(group: click.Group) -> None:
    """Add the command to ``group``."""
    group.add_command(weekly_command)

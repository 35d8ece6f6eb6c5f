"""``briefgen render`` and ``briefgen diff``: an editor's Word draft back to print, and its changes."""

from __future__ import annotations

from pathlib import Path

import click

from briefgen.commands.common import emit_json, guarded, json_option
from briefgen.errors import BriefgenError


def _read(draft: str) -> tuple[Path, object]:
    """Return the draft's path and what it reads back to; a missing file is a usage error."""
    from briefgen.draft import read_draft
    from briefgen.style import load_style

    path = Path(draft)
    if not path.is_file():
        raise BriefgenError(f"{draft}：文件不存在或不是文件")
    return path, read_draft(path, load_style())


def _kept_lines(kept: list[dict[str, str]]) -> None:
    """Say which texts were kept as body, on stderr."""
    for entry in kept:
        click.echo(f"  以正文保留（样式 {entry['style']}）：{entry['text']}", err=True)


@click.command("render")
@click.argument("draft", metavar="草稿.docx")
@click.option("--out", "out_dir", default=None, type=click.Path(), help="输出文件夹；默认为草稿所在的文件夹。")
@json_option
@guarded
def render_command(draft: str, out_dir: str | None, as_json: bool) -> None:
    """把编辑改过的 Word 草稿排成打印用的 PDF（与 weekly 同一排版）。

    例：briefgen render out/安康-2023-W01-第一期.docx --out print/

    按命名样式读回草稿，保留编辑的文字、顺序、增删的条目和段落、表格改动；
    未知样式或手工格式的文字按正文保留，--json 的 kept_as_body 列出。
    """
    from briefgen.commands.weekly import render
    from briefgen.draft import Readback
    from briefgen.outputs import prepare_dir

    path, read = _read(draft)
    assert isinstance(read, Readback)
    folder = prepare_dir(Path(out_dir) if out_dir else path.parent)
    written = render(read.briefing, ["pdf"], folder, path.stem)
    if as_json:
        emit_json({"pdf": written["pdf"], "kept_as_body": read.kept_as_body})
        return
    click.echo(f"已写出 {written['pdf']}")
    _kept_lines(read.kept_as_body)


@click.command("diff")
@click.argument("draft", metavar="草稿.docx")
@json_option
@guarded
def diff_command(draft: str, as_json: bool) -> None:
    """列出编辑在 Word 草稿里改了哪些条目和段落（与生成时相比）。

    例：briefgen diff out/安康-2023-W01-第一期.docx --json
    """
    from briefgen.draft import Readback
    from briefgen.draft.diff import change_line, draft_changes

    path, read = _read(draft)
    assert isinstance(read, Readback)
    changes = draft_changes(read)
    if as_json:
        emit_json({"draft": str(path), "changes": changes, "kept_as_body": read.kept_as_body})
        return
    if not changes:
        click.echo(f"{path}：与生成时相比没有改动")
    for change in changes:
        click.echo(change_line(change))
    _kept_lines(read.kept_as_body)


def register(group: click.Group) -> None:
    """Add the commands to ``group``."""
    group.add_command(render_command)
    group.add_command(diff_command)

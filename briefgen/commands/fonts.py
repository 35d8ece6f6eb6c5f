"""``briefgen fonts``: which font file serves each role, and what to install."""

from __future__ import annotations

import sys

import click

from briefgen.commands.common import emit_json, guarded, json_option
from briefgen.errors import EXIT_OK, EXIT_REFUSED
from briefgen.style import load_style


@click.command("fonts")
@click.option("--style", "style_name", default="gbt9704", help="样式名或样式文件路径。")
@json_option
@guarded
def fonts_command(style_name: str, as_json: bool) -> None:
    """显示每个字体角色（标题、正文、一级标题……）实际使用的字体文件。

    例：briefgen fonts --json
    """
    from briefgen.fonts import fonts_report

    rows = fonts_report(load_style(style_name))
    if as_json:
        emit_json(rows)
    else:
        for r in rows:
            mark = "（代用）" if r.get("substitute") else ""
            click.echo(f"{r['role']}：{r.get('family') or '缺失'}{mark} {r.get('file') or ''}")
            if r.get("note"):
                click.echo(f"    {r['note']}")
    missing = [r["role"] for r in rows if not r.get("file") or r.get("cjk") is False]
    if missing:
        click.echo(f"briefgen：以下角色没有可用的中文字体：{'、'.join(missing)}；请运行 scripts/install_fonts.sh", err=True)
    sys.exit(EXIT_REFUSED if missing else EXIT_OK)


def register(group: click.Group) -> None:
    """Add the command to ``group``."""
    group.add_command(fonts_command)

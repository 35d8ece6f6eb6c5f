"""The ``briefgen`` command line: ingest, collect, sources, articles, select, figures, weekly, render, diff, fonts."""

from __future__ import annotations

import os
import sys

import click

from briefgen import __version__
from briefgen.commands import collect, draft, fonts, ingest, query, weekly
from briefgen.errors import EXIT_USAGE, os_reason


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="briefgen")
@click.option("--debug", is_flag=True, help="出错时显示完整的调用栈。")
def main(debug: bool) -> None:
    """briefgen：把一周的政务新闻和工作材料编成通报式简报（PDF 与 Word）。"""
    if debug:
        os.environ["BRIEFGEN_DEBUG"] = "1"


for _module in (ingest, collect, query, weekly, draft, fonts):
    _module.register(main)


def usage_message(exc: click.UsageError) -> str:
    """Return a one-line Chinese message for a command-line usage error."""
    if isinstance(exc, click.MissingParameter):
        name = exc.param.opts[0] if exc.param is not None and exc.param.opts else "参数"
        return f"缺少 {name}；用 --help 查看用法"
    if isinstance(exc, click.NoSuchOption):
        return f"没有 {exc.option_name} 这个选项；用 --help 查看用法"
    if isinstance(exc, click.BadParameter):
        name = exc.param.opts[0] if exc.param is not None and exc.param.opts else "参数"
        detail = exc.message.strip().rstrip(".")
        return f"{name} 的值不对（{detail}）；用 --help 查看允许的取值"
    commands = "、".join(sorted(main.commands))
    if exc.message.startswith("No such command"):
        return f"没有这个命令：{exc.message.split(chr(39))[1]}；可用的命令有 {commands}"
    return f"用法错误：{exc.format_message()}；用 --help 查看用法"


def run() -> None:
    """The console script: run the command group, turning usage errors into one Chinese line."""
    try:
        _run()
    finally:
        _flush_stdout()


def _flush_stdout() -> None:
    """Flush stdout now, so that a full disk or closed pipe is one line and exit 2, not a traceback."""
    try:
        sys.stdout.flush()
    except OSError as exc:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # nothing left to flush at interpreter exit
        click.echo(f"briefgen：标准输出无法写入（{os_reason(exc)}）", err=True)
        sys.exit(EXIT_USAGE)


def _run() -> None:
    """Run the command group; click's usage errors and aborts become one Chinese line."""
    try:
        main.main(standalone_mode=False)
    except click.UsageError as exc:
        click.echo(f"briefgen：{usage_message(exc)}", err=True)
        sys.exit(EXIT_USAGE)
    except click.exceptions.Abort:
        click.echo("briefgen：已中断", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        click.echo(f"briefgen：{exc.format_message()}", err=True)
        sys.exit(exc.exit_code)
    except OSError as exc:  # writing --help or --version to a full disk or closed pipe
        click.echo(f"briefgen：标准输出无法写入（{os_reason(exc)}）", err=True)
        sys.exit(EXIT_USAGE)

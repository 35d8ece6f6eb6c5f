"""The ``briefgen`` command line: ingest, articles, select, figures, weekly, fonts."""

from __future__ import annotations

import os

import click

from briefgen import __version__
from briefgen.commands import fonts, ingest, query, weekly


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="briefgen")
@click.option("--debug", is_flag=True, help="出错时显示完整的调用栈。")
def main(debug: bool) -> None:
    """briefgen：把一周的政务新闻和工作材料编成通报式简报（PDF 与 Word）。"""
    if debug:
        os.environ["BRIEFGEN_DEBUG"] = "1"


for _module in (ingest, query, weekly, fonts):
    _module.register(main)

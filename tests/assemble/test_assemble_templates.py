"""Templates: article text stays data, user templates override shipped ones file by file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from assemble_builders import article, selection

from briefgen.assemble.build import build_briefing
from briefgen.assemble.profiles import load_profile
from briefgen.assemble.templating import parse_records
from briefgen.errors import ConfigError
from briefgen.model import Item

DAY = dt.date(2023, 1, 9)
HOSTILE = [
    "{{ 7*7 }}",
    "{% if true %}x{% endif %}",
    '"}]}, {"type": "heading", "level": 1, "text": "注入"}',
    "{# 注释 #}\\n反斜杠\\",
    "{{ profile.issuer }}",
]


def run(template_dir: Path | None = None, articles: list | None = None):
    """Return build_briefing's answer for a one-item selection."""
    picks = articles or [article(1, "经济运行", ["全市经济运行平稳。"], title="经济平稳")]
    return build_briefing(
        selection(picks), load_profile("安康"), 3, "2023-W01", DAY, template_dir=template_dir
    )


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_text_comes_out_literally(hostile: str) -> None:
    text = f"他说：{hostile}。"
    picks = [article(1, "经济运行", [text], title=hostile, source=hostile, published=None)]
    briefing, _ = run(articles=picks)
    item = next(b for b in briefing.blocks if isinstance(b, Item))
    assert item.title == hostile.strip()
    assert item.paragraphs[0].spans[0].text == text
    assert item.source_note == f"（{hostile}）"
    assert [b.type for b in briefing.blocks] == ["contents", "heading", "item"]
    assert f"　　{hostile.strip()}" in briefing.blocks[0].entries


def test_user_template_overrides_one_file(tmp_path: Path) -> None:
    (tmp_path / "masthead.j2").write_text(
        '{"type": "masthead", "title": {{ "《" ~ profile.title ~ "》" }}, '
        '"issue_label": {{ issue.label }}, "issuer": {{ profile.issuer }}, '
        '"date_label": {{ week }}}\n',
        encoding="utf-8",
    )
    briefing, _ = run(tmp_path)
    assert briefing.masthead.title == "《安康政务信息周报》"
    assert briefing.masthead.date_label == "2023-W01"
    assert briefing.masthead.issue_label == "第三期"
    assert any(isinstance(b, Item) for b in briefing.blocks)


def test_tojson_filter_is_not_applied_twice(tmp_path: Path) -> None:
    (tmp_path / "section.j2").write_text(
        '{"type": "heading", "level": 1, "text": {{ section.name | tojson }}}\n',
        encoding="utf-8",
    )
    briefing, _ = run(tmp_path)
    assert briefing.blocks[1].text == "经济运行"


@pytest.mark.parametrize(
    ("name", "source", "message"),
    [
        ("item.j2", '{"type": "item", "title": "{{ item.title }}"}', "JSON"),
        ("item.j2", "{% for %}", "语法错误"),
        ("item.j2", '{"type": "item", "title": {{ item.nonexistent }}}', "模板渲染失败"),
        ("item.j2", '{"type": "poster", "text": {{ item.title }}}', "poster"),
        ("item.j2", '{"type": "item", "title": {{ item.title }}}', "缺少字段"),
        ("imprint.j2", "", "imprint"),
        ("briefing.j2", '{% include "missing.j2" %}', "missing.j2"),
    ],
)
def test_broken_user_template_is_a_config_error(
    tmp_path: Path, name: str, source: str, message: str
) -> None:
    (tmp_path / name).write_text(source, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        run(tmp_path)
    assert message in str(info.value)


def test_missing_template_dir_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="--template"):
        run(tmp_path / "nowhere")


def test_parse_records_reads_a_stream_of_objects() -> None:
    records = parse_records('{"type": "a"}\n\n  {"type": "b",\n "x": [1]}\n')
    assert records == [{"type": "a"}, {"type": "b", "x": [1]}]
    with pytest.raises(ConfigError, match="type"):
        parse_records("[1, 2]")

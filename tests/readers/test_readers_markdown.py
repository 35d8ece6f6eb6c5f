"""The .md reader: headings of any level, lists and fences."""

from __future__ import annotations

from briefgen.readers import read_path


def test_markdown_headings_lists_and_setext(write) -> None:
    text = "标题一\n===\n\n## **小标题**\n\n- 第一项内容。\n1. 第二项内容。\n```\ncode\n```\n> 引用的话。\n#话题#\n"
    doc = read_path(write("a.md", text.encode()))
    kinds = [(b.kind, b.level, b.text) for b in doc.blocks]
    assert kinds[0] == ("heading", 1, "标题一")
    assert kinds[1] == ("heading", 2, "**小标题**")
    assert ("paragraph", 0, "第一项内容。") in kinds
    assert ("paragraph", 0, "第二项内容。") in kinds
    assert ("paragraph", 0, "引用的话。") in kinds
    assert ("paragraph", 0, "#话题#") in kinds
    assert doc.reader == "markdown"

"""The briefing model round-trips through JSON and refuses other versions."""

import json

import pytest

from briefgen.model import (
    Briefing,
    Contents,
    DocumentMeta,
    Heading,
    Imprint,
    ImprintLine,
    Item,
    Masthead,
    Paragraph,
    Provenance,
    Span,
    Table,
    from_json,
    to_json,
)


def sample() -> Briefing:
    """Return a small briefing with one block of each kind."""
    return Briefing(
        meta=DocumentMeta(title="安康政务信息周报", author="安康市人民政府办公室", city="安康市",
                          week="2023-W01", issue=1),
        masthead=Masthead("安康政务信息周报", "第一期", "安康市人民政府办公室", "2023年1月9日"),
        blocks=[
            Contents("本期要目", ["一、经济运行"]),
            Heading("一、经济运行", 1),
            Item("全市工业投资增长", [Paragraph([Span("工业投资同比增长"), Span("7.8%", "figure")],
                 provenance=[Provenance("a.txt", 1, paragraph=2, line=10)])],
                 "（安康日报 1月6日）", [Provenance("a.txt", 1)]),
            Table("数据速览", ["指标", "数值"], [["工业投资", "7.8%"]]),
        ],
        imprint=Imprint([ImprintLine("报", "市委办公室")], "安康市人民政府办公室", "2023年1月9日", 60),
    )


def test_round_trip_keeps_everything() -> None:
    b = sample()
    assert from_json(to_json(b)) == b


def test_dump_has_version_and_block_types() -> None:
    data = json.loads(to_json(sample()))
    assert data["version"] == 1
    assert [blk["type"] for blk in data["blocks"]] == ["contents", "heading", "item", "table"]


def test_other_version_is_refused() -> None:
    data = json.loads(to_json(sample()))
    data["version"] = 99
    with pytest.raises(ValueError, match="版本"):
        from_json(json.dumps(data))


def test_plain_text_lists_visible_lines() -> None:
    lines = sample().plain_text()
    assert "全市工业投资增长" in lines
    assert "工业投资同比增长7.8%" in lines

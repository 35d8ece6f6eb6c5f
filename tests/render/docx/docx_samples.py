"""Briefings built in code for the Word renderer's tests."""

from __future__ import annotations

import os
import re
from pathlib import Path

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
)

HOSTILE = "{{ 7*7 }} <b>粗</b> &amp; ]]> {% raw %} $x"
CONTROL = "含\x00控\x07制\x1b字\x0b符\x0c\ufffe\uffff与\ud800孤\udfff代理"
BODY = (
    "今年以来，全市认真贯彻落实各项决策部署，紧盯既定目标任务，工业投资、技改投资分别"
    "同比增长7.8%、40.9%，新培育规模工业企业30户，新建标准化厂房35.59万平方米。"
)


def seeds_dir() -> Path:
    """Return the shared seeds folder (env BRIEFGEN_SEEDS or ../shared/seeds beside the repo)."""
    given = os.environ.get("BRIEFGEN_SEEDS")
    return Path(given) if given else Path(__file__).resolve().parents[3] / ".." / "shared" / "seeds"


def _masthead() -> Masthead:
    return Masthead(
        title="安政通报",
        issue_label="第三十三期",
        issuer="安康市人民政府办公室",
        date_label="2021年7月19日",
    )


def _imprint() -> Imprint:
    return Imprint(
        lines=[ImprintLine("抄送", "市委办公室，市人大常委会办公室，市政协办公室，安康军分区。")],
        issuer="安康市人民政府办公室",
        printed_date="2021年7月19日",
    )


def _meta(title: str = "安政通报 第三十三期") -> DocumentMeta:
    return DocumentMeta(
        title=title, author="安康市人民政府办公室", city="安康市", week="2021-W29", issue=33
    )


def small_briefing() -> Briefing:
    """Return a briefing with one of each block kind, hostile text and control characters."""
    prov = Provenance(
        file="安康日报-0712.txt",
        article_id=7,
        title="工业稳增长",
        published="2021-07-12",
        paragraph=3,
        line=41,
    )
    item = Item(
        title="全市工业经济止跌回升",
        paragraphs=[
            Paragraph(
                [
                    Span(BODY[:40]),
                    Span("7.8%", "figure"),
                    Span(BODY[40:]),
                    Span("（来源：安康日报）", "source"),
                ]
            )
        ],
        source_note="安康日报 2021-07-12",
        provenance=[prov],
    )
    hostile_item = Item(
        title=f"模板文字 {HOSTILE}",
        paragraphs=[Paragraph([Span(CONTROL)])],
        source_note="",
        provenance=[Provenance(file=f"x{HOSTILE}.txt", paragraph=1)],
    )
    blocks: list[Heading | Paragraph | Item | Table | Contents] = [
        Contents("本期要目", ["全市工业经济止跌回升", "数据速览"]),
        Heading("关于半年工作推进情况的通报", 0),
        Heading("一、肯定成绩，正视问题", 1),
        Heading("（一）工业经济", 2),
        item,
        Heading("1．三级标题", 3),
        Paragraph([Span(HOSTILE)], role="lead"),
        hostile_item,
        Table(
            "数据速览",
            ["指标", "数值", "增速"],
            [["工业投资", "—", "7.8%"], ["技改投资", "—", "40.9%"]],
        ),
        Paragraph(
            [Span("注：数据为初步统计。")],
            role="note",
            provenance=[Provenance(file="统计快报.txt", published="2021-07-10")],
        ),
    ]
    return Briefing(meta=_meta(), masthead=_masthead(), blocks=blocks, imprint=_imprint())


_HEADING1 = re.compile(r"^[一二三四五六七八九十]+、")
_HEADING2 = re.compile(r"^（[一二三四五六七八九十]+）")


def seed_briefing(text: str) -> Briefing:
    """Return a long briefing made of the 安政通报 seed's paragraphs (headings by their numbering)."""
    blocks: list[Heading | Paragraph] = []
    lines = [ln.strip().replace("**", "") for ln in text.splitlines() if ln.strip()]
    body = [ln for ln in lines[4:] if not ln.startswith(("主送", "抄送"))]
    for line in body:
        if _HEADING1.match(line) and len(line) < 40:
            blocks.append(Heading(line, 1))
        elif _HEADING2.match(line) and len(line) < 40:
            blocks.append(Heading(line, 2))
        else:
            blocks.append(Paragraph([Span(line)]))
    return Briefing(
        meta=_meta(),
        masthead=_masthead(),
        blocks=list(blocks),
        imprint=Imprint(
            lines=[
                ImprintLine("主送", "各县区人民政府，市政府各工作部门、直属机构。"),
                ImprintLine(
                    "抄送",
                    "市委办公室，市人大常委会办公室，市政协办公室，安康军分区，"
                    "市监委，市中级人民法院、检察院，各人民团体，各新闻单位。",
                ),
            ],
            issuer="安康市人民政府办公室",
            printed_date="2021年7月19日",
        ),
    )


def line_end_briefing() -> Briefing:
    """Return a briefing whose paragraphs put a full stop just past a full line, again and again."""
    hanzi = re.sub(r"[^\u4e00-\u9fff]", "", BODY)
    stream = hanzi * 3
    paragraphs = []
    for n in range(24):
        full = stream[n : n + 26 + 28 * (n % 3)]  # the first line is indented two characters
        text = f"{full}。{hanzi[:20]}，{hanzi[20:40]}、{hanzi[40:52]}。"
        paragraphs.append(Paragraph([Span(text)]))
    return Briefing(meta=_meta(), masthead=_masthead(), blocks=list(paragraphs), imprint=_imprint())

"""Briefings built in code for the PDF renderer's tests, and helpers that read a PDF back."""

from __future__ import annotations

import shutil
import subprocess
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
    Span,
    Table,
)

HOSTILE = "<b>粗体</b> &amp; {{ issue }} ]]> %s \\n"
ISSUER = "安康市人民政府办公室"
SENTENCES = [
    "今年以来，在市委、市政府的坚强领导下，各部门紧盯既定目标任务，攻坚克难，各项工作进展顺利。",
    "1-5月，全市工业投资、技改投资分别同比增长7.8%、40.9%，新培育规模工业企业30户。",
    "举办名优特产走进江苏（苏州）暨产业转移项目合作推介会，签订了一批投资协议和购销合同。",
    "汉江出陕断面稳定保持在国家地表水Ⅱ类水质，空气质量排名全省第二，优良天数排名全省第一。",
    "上半年新增市场主体18426户，同比增长40.54%，市场主体累计达到23.35万户。",
    "认真落实食品药品“四个最严”，全程式驻点监管保障十四运测试赛送餐安全。",
    "设立保税物流中心、安康海关获省政府同意，签订招商合同项目349个，到位资金552.8亿元。",
    "推进数字安康、产业数字化建设，为工业经济实现V型增长打好基础，力争质量考核达到A级。",
    "我们唯有以发展论英雄，凭实绩看担当……坚持“要素跟着项目走”，强化全流程保障。",
    "对照《政府工作报告》和年度考核目标任务，充分调动一切有利因素——目标不变、任务不减。",
]


def body_text(start: int, count: int) -> str:
    """Return ``count`` sentences starting at ``start`` (cycling) as one paragraph."""
    return "".join(SENTENCES[(start + i) % len(SENTENCES)] for i in range(count))


def _item(n: int, sentences: int) -> Item:
    paragraphs = [Paragraph([Span(body_text(n, sentences))]),
                  Paragraph([Span("工业投资同比增长"), Span("7.8%", "figure"),
                             Span(body_text(n + 3, 2))])]
    return Item(f"第{n + 1}条：全市重点项目建设提速增效", paragraphs, "开发区经济发展部")


def long_briefing(items: int = 8) -> Briefing:
    """Return a briefing of several pages with every kind of block."""
    blocks = [
        Contents("本期要目", ["一、经济运行", "二、项目建设", "三、民生保障"]),
        Heading("一、经济运行", 1),
        *[_item(n, 4) for n in range(items // 2)],
        Heading("（一）工业经济止跌回升", 2),
        Paragraph([Span(HOSTILE + body_text(2, 3))]),
        Heading("二、项目建设", 1),
        *[_item(n, 3) for n in range(items // 2, items)],
        Table("数据速览", ["指标", "数值", "同比", "来源"],
              [["工业投资", "7.8%", "增长", "安康日报"], ["技改投资", "40.9%", "增长", "市统计局"],
               ["新增市场主体", "18426户", "增长40.54%", "市市场监管局"]]),
    ]
    return Briefing(
        meta=DocumentMeta(title="安政通报 第三十三期", author=ISSUER, city="安康市",
                          week="2021-W29", issue=33, subject="安康市政务信息"),
        masthead=Masthead("安政通报", "第三十三期", ISSUER, "2021年7月19日"),
        blocks=blocks,
        imprint=Imprint([ImprintLine("报", "市委办公室，市人大常委会办公室，市政协办公室，安康军分区"),
                         ImprintLine("送", "各县区人民政府，市政府各工作部门、直属机构")],
                        ISSUER, "2021年7月19日", 60),
    )


def pdffonts(path: Path) -> list[list[str]]:
    """Return pdffonts' table rows (name, type, encoding, emb, sub, uni) or [] without poppler."""
    exe = shutil.which("pdffonts")
    if exe is None:
        return []
    out = subprocess.run([exe, str(path)], capture_output=True, text=True, check=True).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


def text_lines(page) -> list[list[dict]]:  # type: ignore[no-untyped-def]
    """Return the page's characters grouped into lines (same top), each sorted left to right."""
    rows: dict[float, list[dict]] = {}
    for ch in page.chars:
        rows.setdefault(round(ch["top"], 1), []).append(ch)
    return [sorted(rows[top], key=lambda c: c["x0"]) for top in sorted(rows)]


def line_text(line: list[dict]) -> str:
    """Return a line's characters as a string."""
    return "".join(c["text"] for c in line)


def one_paragraph_briefing(chars: int) -> Briefing:
    """Return a briefing of one long all-汉字 paragraph (with some 避头尾 marks) of about ``chars``."""
    unit = "各部门认真学习贯彻重要讲话精神，紧盯既定目标任务，低调务实不张扬、埋头苦干，攻坚克难。"
    text = (unit * (chars // len(unit) + 1))[:chars]
    base = long_briefing()
    return Briefing(meta=base.meta, masthead=base.masthead,
                    blocks=[Paragraph([Span(text)])], imprint=base.imprint)

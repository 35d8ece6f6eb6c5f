"""Visible text with tracked changes accepted: insertions kept, deletions dropped, marks joined."""

from __future__ import annotations

from lxml import etree

from briefgen.draft.body import read_body
from briefgen.draft.runs import read_paragraph

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _xml(inner: str) -> etree._Element:
    return etree.fromstring(f'<w:body xmlns:w="{W}">{inner}</w:body>')


def _r(text: str, tag: str = "t", rpr: str = "") -> str:
    return f"<w:r>{'<w:rPr>' + rpr + '</w:rPr>' if rpr else ''}<w:{tag}>{text}</w:{tag}></w:r>"


def test_insertions_kept_deletions_and_moves_away_dropped() -> None:
    p = _xml(
        "<w:p>" + _r("甲") + "<w:ins>" + _r("乙") + "</w:ins><w:del>" + _r("丙", "delText")
        + _r("辛") + "</w:del><w:moveFrom>" + _r("丁") + "</w:moveFrom><w:moveTo>" + _r("戊")
        + "</w:moveTo><w:hyperlink>" + _r("己") + "</w:hyperlink>" + _r("庚", rpr="<w:vanish/>")
        + "</w:p>"
    )[0]
    assert read_paragraph(p).text == "甲乙戊己"


def test_tabs_breaks_and_field_codes() -> None:
    p = _xml("<w:p><w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:br/></w:r>"
             "<w:r><w:instrText> PAGE </w:instrText></w:r></w:p>")[0]
    assert read_paragraph(p).text == "甲\t乙\n"


def test_emphasis_and_direct_formatting() -> None:
    p = _xml("<w:p>" + _r("粗", rpr="<w:b/>") + _r("不粗", rpr='<w:b w:val="0"/>')
             + _r("红", rpr='<w:color w:val="FF0000"/>')
             + _r("提示", rpr='<w:rFonts w:hint="eastAsia"/><w:lang w:eastAsia="zh-CN"/>')
             + _r("宋体", rpr='<w:rFonts w:eastAsia="宋体"/>') + "</w:p>")[0]
    runs = read_paragraph(p).runs
    assert [(r.text, r.emphasis, r.direct) for r in runs] == [
        ("粗", True, False), ("不粗", False, True), ("红", False, True),
        ("提示", False, False), ("宋体", False, True),
    ]


def test_a_deleted_paragraph_mark_joins_the_next_paragraph_in_its_style() -> None:
    mark = '<w:pPr><w:pStyle w:val="A"/><w:rPr><w:del/></w:rPr></w:pPr>'
    body = _xml(
        f'<w:p>{mark}<w:bookmarkStart w:id="1" w:name="_BG_3_1"/>{_r("前半")}</w:p>'
        f'<w:p><w:pPr><w:pStyle w:val="B"/></w:pPr>{_r("后半")}</w:p>'
        f'<w:p>{mark}<w:bookmarkStart w:id="2" w:name="_BG_4_0"/>'
        f'<w:del>{_r("整段删去", "delText")}</w:del></w:p>'
        f'<w:bookmarkStart w:id="3" w:name="_BG_5_0"/><w:p>{_r("下一段")}</w:p>'
    )
    paras = read_body(body)
    assert [(p.style, p.text, p.marks) for p in paras] == [  # type: ignore[union-attr]
        ("B", "前半后半", [(3, 1)]),
        (None, "下一段", [(5, 0)]),
    ]

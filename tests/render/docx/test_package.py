"""The .docx XML: styles, fonts, page, grid, comments, footers, and the text read back."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx_readback import NS, W, attr, body_lines, part, part_names
from docx_samples import CONTROL, HOSTILE, small_briefing
from lxml import etree

from briefgen.model import Briefing, Item
from briefgen.render.docx import render_docx
from briefgen.render.docx.ooxml import PPR_ORDER, RPR_ORDER
from briefgen.render.docx.text import xml_safe

NAMED = [
    "刊头",
    "期号",
    "编印单位行",
    "Title",
    "一级标题",
    "二级标题",
    "三级标题",
    "条目标题",
    "Normal",
    "导语",
    "要目",
    "表题",
    "版记",
    "页码",
    "双页页码",
]


@pytest.fixture
def rendered(tmp_path: Path, briefing: Briefing, style: dict) -> Path:
    out = tmp_path / "brief.docx"
    render_docx(briefing, out, style)
    return out


def _style(styles, name: str):
    found = styles.xpath(f"w:style[w:name/@w:val='{name}']", namespaces=NS)
    assert found, f"no style {name}"
    return found[0]


def test_named_styles_carry_office_fonts(rendered: Path, style: dict) -> None:
    styles = part(rendered, "word/styles.xml")
    for name in NAMED:
        _style(styles, name)
    expect = {
        "Normal": "body",
        "刊头": "masthead",
        "Title": "title",
        "一级标题": "heading1",
        "二级标题": "heading2",
        "版记": "imprint",
        "页码": "page_number",
    }
    for name, role in expect.items():
        fonts = _style(styles, name).find("w:rPr/w:rFonts", NS)
        for which in ("ascii", "hAnsi", "eastAsia"):
            assert attr(fonts, which) == style["fonts"][role][0], (name, which)


def test_character_styles_for_figures_and_sources(rendered: Path) -> None:
    styles = part(rendered, "word/styles.xml")
    for name in ("关键数据", "来源"):
        assert attr(_style(styles, name), "type") == "character"
    body = part(rendered, "word/document.xml")
    used = {attr(el, "val") for el in body.iter(f"{{{W}}}rStyle")}
    assert {"BriefFigure", "BriefSource"} <= used


def test_no_theme_fonts_and_no_japanese(rendered: Path) -> None:
    for name in part_names(rendered):
        if name.endswith(".xml"):
            raw = etree.tostring(part(rendered, name), encoding="unicode")
            assert "Theme=" not in raw and "cstheme" not in raw, name
            assert "ja-JP" not in raw and "ＭＳ" not in raw, name
    lang = part(rendered, "word/styles.xml").find("w:docDefaults/w:rPrDefault/w:rPr/w:lang", NS)
    assert attr(lang, "eastAsia") == "zh-CN"
    theme_lang = part(rendered, "word/settings.xml").find("w:themeFontLang", NS)
    assert attr(theme_lang, "eastAsia") == "zh-CN"


def test_page_is_a4_with_gbt9704_margins_and_line_grid(rendered: Path) -> None:
    sect = part(rendered, "word/document.xml").find("w:body/w:sectPr", NS)
    size, margins = sect.find("w:pgSz", NS), sect.find("w:pgMar", NS)
    assert (attr(size, "w"), attr(size, "h")) == ("11906", "16838")
    twips = {
        k: round(int(attr(margins, k) or 0) * 25.4 / 1440)
        for k in ("top", "bottom", "left", "right")
    }
    assert twips == {"top": 37, "bottom": 35, "left": 28, "right": 26}
    grid = sect.find("w:docGrid", NS)
    assert (attr(grid, "type"), attr(grid, "linePitch")) == ("lines", "579")


def test_body_style_tracking_size_and_indent(rendered: Path) -> None:
    normal = _style(part(rendered, "word/styles.xml"), "Normal")
    assert attr(normal.find("w:rPr/w:spacing", NS), "val") == "-5"
    assert attr(normal.find("w:rPr/w:sz", NS), "val") == "32"
    assert attr(normal.find("w:pPr/w:ind", NS), "firstLineChars") == "200"


def test_runs_have_no_direct_formatting(rendered: Path) -> None:
    body = part(rendered, "word/document.xml")
    for rpr in body.iter(f"{{{W}}}rPr"):
        if rpr.getparent().tag == f"{{{W}}}r":
            assert [c.tag.split("}")[1] for c in rpr] in (["rStyle"], []), "direct run formatting"


def test_even_and_odd_footers_hold_page_fields(rendered: Path) -> None:
    assert part(rendered, "word/settings.xml").find("w:evenAndOddHeaders", NS) is not None
    sect = part(rendered, "word/document.xml").find("w:body/w:sectPr", NS)
    refs = {attr(r, "type") for r in sect.findall("w:footerReference", NS)}
    assert refs == {"default", "even"}
    footers = [n for n in part_names(rendered) if n.startswith("word/footer")]
    assert len(footers) == 2
    styles = set()
    for name in footers:
        footer = part(rendered, name)
        assert [i.text for i in footer.iter(f"{{{W}}}instrText")] == [" PAGE "]
        text = "".join(t.text or "" for t in footer.iter(f"{{{W}}}t"))
        assert text == "— 1 —"
        styles.add(attr(footer.find(".//w:pStyle", NS), "val"))
    assert styles == {"BriefPageNumberOdd", "BriefPageNumberEven"}


def test_each_item_has_a_provenance_comment_on_its_title(
    rendered: Path, briefing: Briefing
) -> None:
    comments = part(rendered, "word/comments.xml").findall("w:comment", NS)
    body = part(rendered, "word/document.xml")
    by_id = {attr(c, "id"): "".join(t.text or "" for t in c.iter(f"{{{W}}}t")) for c in comments}
    items = [b for b in briefing.blocks if isinstance(b, Item)]
    for item in items:
        title = body.xpath(
            f".//w:p[w:pPr/w:pStyle/@w:val='BriefItemTitle'][w:r/w:t='{xml_safe(item.title)}']",
            namespaces=NS,
        )
        assert title, item.title
        start = title[0].find("w:commentRangeStart", NS)
        text = by_id[attr(start, "id")]
        for prov in item.provenance:
            assert xml_safe(prov.file) in text
            if prov.published:
                assert prov.published in text
            if prov.paragraph is not None:
                assert f"第{prov.paragraph}段" in text
    assert all(attr(c, "author") == "briefgen" for c in comments)


def test_text_reads_back_as_the_model(rendered: Path, briefing: Briefing) -> None:
    assert body_lines(rendered) == [xml_safe(line) for line in briefing.plain_text()]


def test_control_characters_never_reach_the_xml(rendered: Path) -> None:
    lines = body_lines(rendered)
    assert xml_safe(CONTROL) in lines
    for name in part_names(rendered):
        if name.endswith(".xml"):
            text = "".join(part(rendered, name).itertext())
            assert not any(ord(ch) < 32 and ch not in "\t\n" for ch in text), name


def test_hostile_text_stays_literal(rendered: Path) -> None:
    lines = body_lines(rendered)
    assert HOSTILE in lines
    assert f"模板文字 {HOSTILE}" in lines
    assert "49" not in "".join(lines)


def test_imprint_floats_at_the_foot_between_rules(rendered: Path) -> None:
    body = part(rendered, "word/document.xml")
    table = body.xpath("w:body/w:tbl[w:tblPr/w:tblStyle/@w:val='BriefImprintTable']", namespaces=NS)
    assert len(table) == 1
    pos = table[0].find("w:tblPr/w:tblpPr", NS)
    assert (attr(pos, "vertAnchor"), attr(pos, "tblpYSpec")) == ("margin", "bottom")
    rows = [
        "".join(t.text or "" for t in r.iter(f"{{{W}}}t")) for r in table[0].findall("w:tr", NS)
    ]
    assert rows[0].startswith("抄送：") and rows[-1].endswith("2021年7月19日印发")
    borders = _style(part(rendered, "word/styles.xml"), "版记表").find("w:tblPr/w:tblBorders", NS)
    size = {
        side: int(attr(borders.find(f"w:{side}", NS), "sz") or 0)
        for side in ("top", "bottom", "insideH")
    }
    assert size["top"] == size["bottom"] > size["insideH"]
    assert attr(borders.find("w:insideV", NS), "val") == "nil"


def test_same_briefing_same_document_xml(tmp_path: Path, style: dict) -> None:
    first, second = tmp_path / "a.docx", tmp_path / "b.docx"
    render_docx(small_briefing(), first, style)
    render_docx(small_briefing(), second, style)
    for name in ("word/document.xml", "word/styles.xml", "word/comments.xml"):
        assert etree.tostring(part(first, name)) == etree.tostring(part(second, name)), name


def test_property_children_follow_the_schema_order(rendered: Path) -> None:
    for name in ("word/document.xml", "word/styles.xml", "word/footer1.xml", "word/comments.xml"):
        root = part(rendered, name)
        for tag, order in (("pPr", PPR_ORDER), ("rPr", RPR_ORDER)):
            for props in root.iter(f"{{{W}}}{tag}"):
                kids = [c.tag.split("}")[1] for c in props]
                known = [k for k in kids if k in order]
                assert known == sorted(known, key=order.index), (name, tag, kids)

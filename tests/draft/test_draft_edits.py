"""A draft edited the way editors edit prints exactly the edited text, on the same grid."""

from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import OxmlElement
from draft_edits import delete, delete_tracked, find, item, move_before, retype, section, track
from draft_samples import golden, pdf_lines, pdf_text

from briefgen.draft import read_draft
from briefgen.model import Briefing, Heading, Item, Paragraph, Span, Table
from briefgen.render.pdf import render_pdf

NEW_TITLE = "全市经济运行持续回稳向好"
NOTE = "编者按：各地要对标对表，加快重点项目建设进度。"
CELL = "1800万元"


def edit_draft(path: Path, track_deletion: bool = True) -> None:
    """Rewrite a headline, delete an item, insert a Normal paragraph, move a section, edit a
    table cell, and with 修订 on replace a phrase and delete a paragraph (or delete it outright)."""
    document = docx.Document(str(path))
    retype(find(document, "全市经济运行稳中向好", "条目标题"), NEW_TITLE)
    delete(item(document, "汉江出陕断面水质稳定达标"))
    added = OxmlElement("w:p")  # no w:pStyle: the Normal style
    find(document, "瀛湖生态旅游区开工")._p.addnext(added)
    docx.text.paragraph.Paragraph(added, document._body).add_run(NOTE)
    move_before(section(document, "三、项目建设"), find(document, "二、经济运行", "一级标题")._p)
    document.tables[0].rows[1].cells[1].paragraphs[0].text = CELL
    track(find(document, "1月5日，市政府"), "第十五次", "第15次")
    cut = find(document, "1-5月，全市工业投资")
    if track_deletion:
        delete_tracked(cut)
    else:
        delete([cut._p])
    document.save(str(path))


def edited_model() -> Briefing:
    """Return the golden model with the same edits made in code."""
    b = golden()
    blocks = b.blocks
    meeting, economy, project = blocks[2], blocks[4], blocks[6]
    assert isinstance(meeting, Item) and isinstance(economy, Item) and isinstance(project, Item)
    economy.title = NEW_TITLE
    project.paragraphs.append(Paragraph([Span(NOTE)]))
    first = meeting.paragraphs[0].spans[0]
    first.text = first.text.replace("第十五次", "第15次")
    economy.paragraphs = economy.paragraphs[:1]
    table = blocks[9]
    assert isinstance(table, Table) and isinstance(blocks[7], Heading)
    table.rows[0][1] = CELL
    b.blocks = [blocks[i] for i in (0, 1, 2, 5, 6, 3, 4, 7, 9)]
    return b


def test_edited_draft_reads_back_as_the_edited_model(draft: Path, style: dict) -> None:
    edit_draft(draft)
    read = read_draft(draft, style)
    assert read.briefing == edited_model()
    assert read.kept_as_body == []


def test_provenance_travels_with_surviving_paragraphs(draft: Path, style: dict) -> None:
    edit_draft(draft)
    blocks = read_draft(draft, style).briefing.blocks
    economy = next(b for b in blocks if isinstance(b, Item) and b.title == NEW_TITLE)
    assert economy.provenance == golden().blocks[4].provenance  # type: ignore[union-attr]
    assert economy.paragraphs[0].provenance  # the surviving paragraph keeps its source
    project = next(b for b in blocks if isinstance(b, Item) and b.title.startswith("瀛湖"))
    assert project.paragraphs[-1].provenance == []  # the editor's own paragraph has none


def test_edited_draft_prints_exactly_the_edited_text_on_the_grid(draft: Path, style: dict,
                                                                 tmp_path: Path) -> None:
    edit_draft(draft)
    render_pdf(read_draft(draft, style).briefing, tmp_path / "edited.pdf", style)
    render_pdf(edited_model(), tmp_path / "expected.pdf", style)
    text = pdf_text(tmp_path / "edited.pdf")
    assert NEW_TITLE in text and NOTE in text and CELL in text and "第15次" in text
    assert "汉江出陕断面稳定保持" not in text  # the deleted item's paragraph
    assert "召开第十五次常务会议，" not in text and "1-5月，全市工业投资" not in text
    body = text.split("汉江出陕断面水质稳定达标", 1)[1]  # after 本期要目, which still lists it
    assert body.index("三、项目建设") < body.index("二、经济运行")
    assert pdf_lines(tmp_path / "edited.pdf") == pdf_lines(tmp_path / "expected.pdf")


def test_an_item_whose_title_lost_its_mark_is_known_by_its_paragraphs(draft: Path,
                                                                       style: dict) -> None:
    document = docx.Document(str(draft))
    title = find(document, "全市经济运行稳中向好", "条目标题")
    for mark in title._p.xpath("./w:bookmarkStart | ./w:bookmarkEnd"):
        title._p.remove(mark)  # as when the whole title is selected and typed over
    retype(title, NEW_TITLE)
    document.save(str(draft))
    expected = golden()
    expected.blocks[4].title = NEW_TITLE  # type: ignore[union-attr]
    assert read_draft(draft, style).briefing == expected

"""Fonts embedded in the Word draft: Word's obfuscated parts, subset faces under the office names."""

from __future__ import annotations

import hashlib
import re
import uuid
import zipfile
from io import BytesIO
from pathlib import Path

import pdfplumber
import pytest
from docx_samples import seed_briefing
from fontTools.ttLib import TTFont
from lxml import etree

from briefgen.model import Briefing, from_json
from briefgen.render.docx import render_docx
from briefgen.render.docx.embed import obfuscate
from briefgen.render.docx.libreoffice import convert_to_pdf
from briefgen.render.pdf import render_pdf

GOLDEN = Path(__file__).resolve().parents[2] / "assemble" / "golden" / "ankang.json"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
ROLES = ("body", "heading1", "heading2", "title", "page_number")


def golden() -> Briefing:
    """Return the assembly layer's golden 安康 briefing."""
    return from_json(GOLDEN.read_text(encoding="utf-8"))


def office_name(style: dict, role: str) -> str:
    """Return the office font name the styles write for ``role``."""
    return str(style["fonts"][role][0]).split(":")[0]


@pytest.fixture(scope="module")
def embedded(style: dict, font_cache: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("embed") / "golden.docx"
    render_docx(golden(), out, style)
    return out


def _fonts(path: Path) -> dict[str, TTFont]:
    """Return office name → the embedded face, read back through the font table's keys."""
    with zipfile.ZipFile(path) as package:
        table = etree.fromstring(package.read("word/fontTable.xml"))
        rels = etree.fromstring(package.read("word/_rels/fontTable.xml.rels"))
        targets = {r.get("Id"): r.get("Target") for r in rels.findall(f"{{{PKG}}}Relationship")}
        types = package.read("[Content_Types].xml").decode()
        faces = {}
        for font in table.findall(f"{{{W}}}font"):
            embed = font.find(f"{{{W}}}embedRegular")
            if embed is None:
                continue
            target = targets[embed.get(f"{{{R}}}id")]
            assert target.endswith(".odttf")
            assert f'PartName="/word/{target}" ContentType="application/vnd.openxmlformats-' \
                   f'officedocument.obfuscatedFont"' in types
            key = uuid.UUID(embed.get(f"{{{W}}}fontKey").strip("{}"))
            data = obfuscate(package.read(f"word/{target}"), key)   # XOR twice = plain
            faces[font.get(f"{{{W}}}name")] = TTFont(BytesIO(data))
    return faces


def test_each_role_font_is_embedded_under_its_office_name(embedded: Path, style: dict) -> None:
    faces = _fonts(embedded)
    for role in ROLES:
        name = office_name(style, role)
        assert name in faces, name
        face = faces[name]
        assert face["name"].getName(1, 3, 1, 0x804).toUnicode() == name
        assert "glyf" in face   # TrueType outlines, as Word requires
    with zipfile.ZipFile(embedded) as package:
        settings = package.read("word/settings.xml").decode()
    assert "<w:embedTrueTypeFonts/>" in settings and "<w:saveSubsetFonts/>" in settings


def test_faces_are_subset_to_the_text_they_set(embedded: Path, style: dict) -> None:
    faces = _fonts(embedded)
    body = faces[office_name(style, "body")]
    text = "".join(p.text for item in golden().blocks for p in getattr(item, "paragraphs", []))
    cmap = body.getBestCmap()
    assert {c for c in text if c.isprintable() and not c.isspace()} - {chr(u) for u in cmap} == set()
    assert len(cmap) < 2 * len(set(text)) + 50   # the document's characters, not the font's
    number = faces[office_name(style, "page_number")].getBestCmap()
    assert {chr(u) for u in number} >= set("—0123456789")
    assert len(number) < 20


def test_embedding_can_be_turned_off(style: dict, font_cache: Path, tmp_path: Path) -> None:
    render_docx(golden(), tmp_path / "plain.docx", {**style, "docx_options": {"embed_fonts": False}})
    with zipfile.ZipFile(tmp_path / "plain.docx") as package:
        names = package.namelist()
        assert not [n for n in names if n.endswith(".odttf")]
        assert b"embedRegular" not in package.read("word/fontTable.xml")
        assert b"embedTrueTypeFonts" not in package.read("word/settings.xml")


def _font_of(pdf: Path, text: str) -> str:
    """Return the font ``text`` is set in where it last occurs (headings come after 要目)."""
    found = None
    with pdfplumber.open(pdf) as doc:
        for page in doc.pages:
            for line in page.extract_text_lines(return_chars=True):
                chars = [c for c in line["chars"] if not c["text"].isspace()]
                compact = "".join(c["text"] for c in chars)
                if text in compact:
                    found = str(chars[compact.rindex(text)]["fontname"])
    assert found is not None, f"{text} 不在 {pdf}"
    return found


def _face_tag(name: str) -> str:
    return "Briefgen-" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:12]


@pytest.mark.parametrize("make", ["golden", "seed"])
def test_libreoffice_uses_the_embedded_faces_and_the_pdf_page_count(
        make: str, style: dict, font_cache: Path, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    briefing = golden() if make == "golden" else seed_briefing(
        request.getfixturevalue("anzheng_text"))
    render_docx(briefing, tmp_path / "b.docx", style)
    render_pdf(briefing, tmp_path / "b.pdf", style)
    office = convert_to_pdf(tmp_path / "b.docx", tmp_path / "lo", tmp_path / "profile").pdf
    with pdfplumber.open(office) as lo, pdfplumber.open(tmp_path / "b.pdf") as ours:
        assert len(lo.pages) == len(ours.pages)
    heading = next(b.text for b in briefing.blocks if getattr(b, "level", None) == 1)
    samples = {"heading1": re.sub(r"\s+", "", heading)[:4]}
    if make == "golden":
        samples["heading2"] = "安康日报1月"     # the source note is set in 楷体
        item = next(b for b in briefing.blocks if getattr(b, "paragraphs", None))
        samples["body"] = re.sub(r"\s+", "", item.paragraphs[0].spans[0].text)[:8]
    used = {role: _font_of(office, text) for role, text in samples.items()}
    for role, font in used.items():
        assert _face_tag(office_name(style, role)) in font, (role, font)
    assert len(set(used.values())) == len(used)

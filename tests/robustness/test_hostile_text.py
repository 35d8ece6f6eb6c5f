"""Text that looks like template code, markup or XML is data: it reaches the PDF and .docx literally."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import zipfile
from typing import Any

import pytest
from lxml import etree

TITLE = "安康市网络安全&信息化工作会议召开"
HOSTILE = ["{{ 7*7 }}", "{% if true %}", "{# 注释 #}", "&amp;", "&lt;b&gt;", "]]>", "<![CDATA[", "<粗体>", "3<5"]
ARTICLE = f"""# {TITLE}

本报讯（记者 李明）1月4日，{TITLE}。会议通报，模板注入测试字符串{HOSTILE[0]}、{HOSTILE[1]}和{HOSTILE[2]}已被当作普通文字显示，网页转义符{HOSTILE[3]}、{HOSTILE[4]}，数据结束符{HOSTILE[5]}与{HOSTILE[6]}，尖括号{HOSTILE[7]}和不等式{HOSTILE[8]}均原样保留，网页代码<b>粗体</b>一并处理。

会议要求，各县区要持续开展网络安全检查，对照问题清单逐项整改，确保全市网络安全形势稳定向好。
"""
META = "source: 安康日报\ndate: 2023-01-05\ncity: 安康\n"


def squeeze(text: str) -> str:
    """Return ``text`` without any whitespace (line breaks in a PDF fall anywhere)."""
    return "".join(text.split())


@pytest.fixture(scope="module")
def briefing(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], list[str]]:
    work = tmp_path_factory.mktemp("hostile")
    (work / "in").mkdir()
    (work / "in" / "hostile.txt").write_text(ARTICLE, encoding="utf-8")
    (work / "in" / "hostile.txt.meta.yaml").write_text(META, encoding="utf-8")
    db = work / "c.sqlite"
    proc = subprocess.run(
        [sys.executable, "-m", "briefgen", "weekly", "--city", "安康", "--week", "2023-W01", "--corpus",
         str(work / "in"), "--db", str(db), "--out", str(work / "out"), "--json"],
        capture_output=True, text=True, timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    with sqlite3.connect(db) as conn:
        passages = [row[0] for row in conn.execute("SELECT text FROM passages ORDER BY id")]
    return json.loads(proc.stdout), passages


def pdf_text(path: str) -> str:
    import pdfplumber

    with pdfplumber.open(path) as pdf:
        return "".join(page.extract_text() or "" for page in pdf.pages)


def docx_text(path: str) -> str:
    import docx

    return "\n".join(p.text for p in docx.Document(path).paragraphs)


def test_the_hostile_article_is_selected_and_stored_literally(briefing: tuple[dict[str, Any], list[str]]) -> None:
    result, passages = briefing
    assert any(squeeze(TITLE) in squeeze(t) for s in result["sections"] for t in s["items"])
    stored = "".join(passages)
    for phrase in HOSTILE:
        assert phrase in stored
    assert "{{ 49 }}" not in stored
    assert "<b>粗体</b>" in stored  # only the HTML reader reads tags; in a text source they are data


@pytest.mark.parametrize("read", [pdf_text, docx_text], ids=["pdf", "docx"])
def test_outputs_print_the_stored_text_literally(briefing: tuple[dict[str, Any], list[str]], read: Any) -> None:
    result, passages = briefing
    printed = squeeze(read(result[read.__name__.split("_")[0]]))
    for phrase in HOSTILE:
        assert squeeze(phrase) in printed, phrase
    for passage in passages:
        assert squeeze(passage) in printed
    assert squeeze(TITLE) in printed and "<b>粗体</b>" in printed
    assert "{{49}}" not in printed


def test_docx_parts_are_well_formed_xml(briefing: tuple[dict[str, Any], list[str]]) -> None:
    result, _ = briefing
    with zipfile.ZipFile(result["docx"]) as archive:
        parts = [n for n in archive.namelist() if n.endswith((".xml", ".rels"))]
        for name in parts:
            etree.fromstring(archive.read(name), etree.XMLParser(resolve_entities=False, recover=False))
        body = archive.read("word/document.xml").decode("utf-8")
    assert "&amp;amp;" in body and "&lt;粗体&gt;" in body and "&lt;![CDATA[" in body
    assert "&lt;b&gt;粗体&lt;/b&gt;" in body

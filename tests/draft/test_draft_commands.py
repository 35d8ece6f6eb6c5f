"""``briefgen render`` and ``briefgen diff`` on drafts, edited drafts and files that are not drafts."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from draft_edits import find
from draft_samples import pdf_text
from test_draft_edits import NEW_TITLE, NOTE, edit_draft

from briefgen.model import MODEL_VERSION


def run(*argv: str) -> subprocess.CompletedProcess[str]:
    """Run briefgen in a child process and return what it did."""
    return subprocess.run([sys.executable, "-m", "briefgen", *argv], capture_output=True,
                          text=True, timeout=300)


def _one_line(proc: subprocess.CompletedProcess[str]) -> str:
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in proc.stderr
    return lines[0]


def test_render_writes_the_pdf_of_the_edited_draft(draft: Path, tmp_path: Path) -> None:
    edit_draft(draft)
    proc = run("render", str(draft), "--out", str(tmp_path / "print"), "--json")
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    assert result == {"pdf": str(tmp_path / "print" / "草稿.pdf"), "kept_as_body": []}
    text = pdf_text(Path(result["pdf"]))
    assert NEW_TITLE in text and NOTE in text


def test_render_defaults_to_the_drafts_folder(draft: Path) -> None:
    assert run("render", str(draft)).returncode == 0
    assert (draft.parent / "草稿.pdf").is_file()


def test_unknown_style_and_hand_formatting_are_kept_and_reported(draft: Path,
                                                                  tmp_path: Path) -> None:
    document = docx.Document(str(draft))
    document.styles.add_style("编辑自用", WD_STYLE_TYPE.PARAGRAPH)
    anchor = find(document, "瀛湖生态旅游区开工")
    anchor.insert_paragraph_before("编辑用自定义样式写的一段说明文字", style="编辑自用")
    red = anchor.add_run("手工标红的补充")
    red.font.color.rgb = docx.shared.RGBColor(0xFF, 0, 0)
    document.save(str(draft))
    proc = run("render", str(draft), "--out", str(tmp_path), "--json")
    assert proc.returncode == 0, proc.stderr
    kept = json.loads(proc.stdout)["kept_as_body"]
    assert kept == [
        {"style": "编辑自用", "text": "编辑用自定义样式写的一段说明文字"},
        {"style": "正文（直接格式）", "text": "手工标红的补充"},
    ]
    text = pdf_text(tmp_path / "草稿.pdf")
    assert "编辑用自定义样式写的一段说明文字" in text and "手工标红的补充" in text


def test_a_plain_word_file_is_refused_naming_what_is_missing(tmp_path: Path) -> None:
    path = tmp_path / "随手写的.docx"
    document = docx.Document()
    document.add_paragraph("不是简报")
    document.save(str(path))
    proc = run("render", str(path), "--out", str(tmp_path / "out"))
    assert proc.returncode == 1
    line = _one_line(proc)
    assert str(path) in line and "不是 briefgen 生成的 Word 草稿" in line
    assert "刊头" in line and "条目标题" in line and "草稿标记" in line
    assert not (tmp_path / "out").exists()


def _rewrite_part(path: Path, name: str, change) -> None:  # type: ignore[no-untyped-def]
    """Rewrite one part of the package with ``change`` (bytes → bytes, or None to drop it)."""
    with zipfile.ZipFile(path) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for n, data in parts.items():
            new = change(data) if n == name else data
            if new is not None:
                zf.writestr(n, new)


def _model_part(path: Path) -> str:
    with zipfile.ZipFile(path) as zf:
        return next(n for n in zf.namelist() if b"urn:briefgen:draft" in zf.read(n))


def test_a_draft_without_its_marker_is_refused(draft: Path) -> None:
    _rewrite_part(draft, _model_part(draft), lambda data: b"<other/>")
    proc = run("diff", str(draft))
    assert proc.returncode == 1
    assert "缺少 briefgen 的草稿标记" in _one_line(proc)


def test_a_draft_of_another_model_version_is_refused(draft: Path) -> None:
    old = f'version="{MODEL_VERSION}"'.encode()
    _rewrite_part(draft, _model_part(draft), lambda data: data.replace(old, b'version="0"'))
    proc = run("render", str(draft))
    assert proc.returncode == 1
    assert f"版本 0 与本程序的版本 {MODEL_VERSION} 不一致" in _one_line(proc)


def test_a_missing_file_is_a_usage_error(tmp_path: Path) -> None:
    proc = run("render", str(tmp_path / "没有.docx"))
    assert proc.returncode == 2
    assert "不存在" in _one_line(proc)


def test_diff_lists_the_editors_changes(draft: Path) -> None:
    assert "没有改动" in run("diff", str(draft)).stdout
    edit_draft(draft)
    proc = run("diff", str(draft), "--json")
    assert proc.returncode == 0, proc.stderr
    changes = {(c["change"], c["where"]) for c in json.loads(proc.stdout)["changes"]}
    assert changes == {
        ("删除", "条目「汉江出陕断面水质稳定达标」"),
        ("修改段落", "条目「市政府召开第十五次常务会议」"),
        ("移动", "标题「三、项目建设与招商引资」"),
        ("移动", "条目「瀛湖生态旅游区重点项目加快建设」"),
        ("新增段落", "条目「瀛湖生态旅游区重点项目加快建设」"),
        ("修改标题", "条目「全市经济运行稳中向好」"),
        ("删除段落", "条目「全市经济运行稳中向好」"),
        ("修改单元格", "表格「数据速览」第2行第2列"),
    }


@pytest.mark.parametrize("name", ["render", "diff"])
def test_help(name: str) -> None:
    proc = run(name, "--help")
    assert proc.returncode == 0 and "例：" in proc.stdout

"""A draft saved again by LibreOffice (.docx → .docx) still reads back to the same model."""

from __future__ import annotations

import subprocess
from pathlib import Path

from draft_samples import golden
from test_draft_edits import edit_draft, edited_model

from briefgen.draft import read_draft
from briefgen.render.docx.libreoffice import soffice


def resave(draft: Path, folder: Path) -> Path:
    """Return the draft converted .docx → .docx by LibreOffice into ``folder``."""
    binary = soffice()
    assert binary, "测试需要 LibreOffice（soffice）：bash scripts/install_system.sh --test"
    folder.mkdir()
    profile = (folder.parent / "lo-profile").as_uri()
    subprocess.run(
        [binary, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "docx",
         "--outdir", str(folder), str(draft)],
        check=True, capture_output=True, timeout=180,
    )
    out = folder / draft.name
    assert out.is_file() and out.read_bytes() != draft.read_bytes()
    return out


def test_resaved_draft_reads_back_equal(draft: Path, style: dict, tmp_path: Path) -> None:
    assert read_draft(resave(draft, tmp_path / "lo"), style).briefing == golden()


def test_resaved_edited_draft_keeps_the_edits(draft: Path, style: dict, tmp_path: Path) -> None:
    # a pending tracked deletion of a whole paragraph is left out here: LibreOffice 7.4 saves
    # the paragraph after it in the deleted one's style (the phrase replaced with 修订 stays)
    edit_draft(draft, track_deletion=False)
    read = read_draft(resave(draft, tmp_path / "lo"), style)
    assert read.briefing == edited_model()
    assert read.kept_as_body == []

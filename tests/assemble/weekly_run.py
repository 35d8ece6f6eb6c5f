"""Run ``briefgen weekly`` on a folder as a user would and read back the PDF's text."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pdfplumber


def printed_weekly(folder: Path, tmp_path: Path, week: str = "2023-W01") -> str:
    """Return the text of the weekly PDF built from ``folder`` for 安康, spaces and page numbers removed."""
    proc = subprocess.run(
        [sys.executable, "-m", "briefgen", "weekly", "--city", "安康", "--week", week, "--corpus",
         str(folder), "--db", str(tmp_path / "c.sqlite"), "--out", str(tmp_path / "out"), "--json"],
        capture_output=True, text=True, timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout)
    with pdfplumber.open(result["pdf"]) as pdf:
        printed = "".join("".join((page.extract_text() or "").split()) for page in pdf.pages)
    return re.sub(r"—\d+—", "", printed)  # page numbers where a note runs over a page break

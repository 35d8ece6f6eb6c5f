"""Render the samples' weekly briefing as PDF and .docx, against LibreOffice converting the same
.docx to PDF in the same run.

    .venv/bin/python benchmarks/render.py [--repeat 5]

The briefing is the real one: samples/ ingested into a temporary corpus, 安康 2023-W01 selected and
assembled exactly as ``briefgen weekly`` does. Renders are timed warm (fonts and templates cached).
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefgen.assemble.build import build_briefing  # noqa: E402
from briefgen.assemble.profiles import load_profile  # noqa: E402
from briefgen.corpus import Corpus  # noqa: E402
from briefgen.ingest.runner import ingest_paths  # noqa: E402
from briefgen.model import Briefing  # noqa: E402
from briefgen.records import IngestOptions  # noqa: E402
from briefgen.render.docx import render_docx  # noqa: E402
from briefgen.render.docx.libreoffice import (  # noqa: E402
    convert_to_pdf,
    fontconfig_text,
    installed_families,
    soffice,
    substitutes,
)
from briefgen.render.pdf import render_pdf  # noqa: E402
from briefgen.select.selector import select  # noqa: E402
from briefgen.style import load_style  # noqa: E402


def weekly_briefing(db: Path) -> Briefing:
    """Return the samples' 安康 2023-W01 briefing, built as ``briefgen weekly`` builds it."""
    with Corpus.open(db) as corpus:
        ingest_paths([str(ROOT / "samples")], corpus, IngestOptions(), None, progress=False)
        selection = select(corpus, "安康市", "2023-01-02", "2023-01-08")
    briefing, _ = build_briefing(selection, load_profile("安康市"), 1, "2023-W01", dt.date(2023, 1, 9))
    return briefing


def median_seconds(action: Callable[[], object], repeat: int) -> float:
    """Return the median wall time of ``action`` after one warm-up call."""
    action()
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def main() -> None:
    """Print render times, LibreOffice's conversion time and the ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    style = load_style()
    with tempfile.TemporaryDirectory(prefix="briefgen-render-") as tmp:
        work = Path(tmp)
        briefing = weekly_briefing(work / "c.sqlite")
        pdf, docx = work / "w.pdf", work / "w.docx"
        pdf_s = median_seconds(lambda: render_pdf(briefing, pdf, style), args.repeat)
        docx_s = median_seconds(lambda: render_docx(briefing, docx, style), args.repeat)
        print(f"render_pdf : {pdf_s:.3f} s median, {pdf.stat().st_size // 1024} KiB")
        print(f"render_docx: {docx_s:.3f} s median, {docx.stat().st_size // 1024} KiB")
        if soffice() is None:
            print("LibreOffice: not installed, no comparison")
            return
        conf = work / "fonts.conf"
        conf.write_text(fontconfig_text(substitutes(style, installed_families())), "utf-8")
        lo_s = median_seconds(lambda: convert_to_pdf(docx, work, work / "profile", conf), args.repeat)
        print(f"LibreOffice .docx → PDF: {lo_s:.3f} s median")
        print(f"(render_pdf + render_docx) / LibreOffice: {(pdf_s + docx_s) / lo_s:.2f}×")


if __name__ == "__main__":
    main()

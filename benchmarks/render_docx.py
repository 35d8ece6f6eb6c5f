"""Time the Word renderer against LibreOffice converting the same .docx to PDF, in one run.

    /tmp/venv/bin/python benchmarks/render_docx.py [--model briefing.json] [--repeat 5]

Without --model the briefing is the 安政通报 sample (samples/anzheng-tongbao-33.txt): its
paragraphs as body text, numbered lines as headings, 主送/抄送 as the 版记.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefgen.model import (  # noqa: E402
    Briefing,
    DocumentMeta,
    Heading,
    Imprint,
    ImprintLine,
    Masthead,
    Paragraph,
    Span,
    from_json,
)
from briefgen.render.docx import render_docx  # noqa: E402
from briefgen.render.docx.libreoffice import (  # noqa: E402
    convert_to_pdf,
    fontconfig_text,
    installed_families,
    soffice,
    substitutes,
)
from briefgen.style import load_style  # noqa: E402

SAMPLE = ROOT / "samples" / "anzheng-tongbao-33.txt"
HEADING = {
    1: re.compile(r"^[一二三四五六七八九十]+、"),
    2: re.compile(r"^（[一二三四五六七八九十]+）"),
}
IMPRINT_LABEL = re.compile(r"^(主送|抄送)：")


def sample_briefing(path: Path) -> Briefing:
    """Return a briefing of the sample's paragraphs, headings by their numbering."""
    lines = [ln.strip().replace("**", "") for ln in path.read_text(encoding="utf-8").splitlines()]
    lines = [ln for ln in lines if ln]
    title, issue, issuer, date = lines[:4]
    blocks: list[Heading | Paragraph] = []
    imprint: list[ImprintLine] = []
    for line in lines[4:]:
        label = IMPRINT_LABEL.match(line)
        level = next((lv for lv, rx in HEADING.items() if rx.match(line) and len(line) < 40), 0)
        if label:
            imprint.append(ImprintLine(label.group(1), line[label.end() :]))
        elif level:
            blocks.append(Heading(line, level))
        else:
            blocks.append(Paragraph([Span(line)]))
    meta = DocumentMeta(title=f"{title} {issue}", author=issuer, city="安康市", week="", issue=0)
    return Briefing(
        meta, Masthead(title, issue, issuer, date), list(blocks), Imprint(imprint, issuer, date)
    )


def main() -> None:
    """Print render and conversion timings and their ratio."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, help="a briefing dumped with briefgen.model.to_json")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    briefing = from_json(args.model.read_text("utf-8")) if args.model else sample_briefing(SAMPLE)
    style = load_style()
    with tempfile.TemporaryDirectory(prefix="briefgen-bench-") as tmp:
        work = Path(tmp)
        docx = work / "brief.docx"
        render_docx(briefing, docx, style)  # warm imports and template loading
        render = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            render_docx(briefing, docx, style)
            render.append(time.perf_counter() - start)
        print(
            f"render_docx: median {statistics.median(render):.3f} s over {args.repeat} runs, "
            f"{docx.stat().st_size // 1024} KiB"
        )
        if soffice() is None:
            print("LibreOffice: not installed, no comparison")
            return
        conf = work / "fonts.conf"
        conf.write_text(fontconfig_text(substitutes(style, installed_families())), "utf-8")
        convert = []
        for _ in range(args.repeat + 1):  # the first run also creates the profile
            start = time.perf_counter()
            done = convert_to_pdf(docx, work, work / "profile", conf)
            convert.append(time.perf_counter() - start)
        pages = _pages(done.pdf)
        lo = statistics.median(convert[1:])
        print(f"LibreOffice docx→pdf: first {convert[0]:.2f} s, median {lo:.2f} s, {pages} pages")
        print(f"ratio LibreOffice / render_docx: {lo / statistics.median(render):.0f}×")


def _pages(pdf: Path) -> int | str:
    """Return the page count of ``pdf`` when pdfplumber is installed."""
    try:
        import pdfplumber
    except ImportError:
        return "?"
    with pdfplumber.open(pdf) as doc:
        return len(doc.pages)


if __name__ == "__main__":
    main()

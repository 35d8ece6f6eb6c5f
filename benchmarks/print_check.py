"""Print-readiness of two briefings, the PDF and the .docx as LibreOffice lays it out without the
office fonts: page counts, the faces LibreOffice used, page-number dash, 版记 rules, short last lines,
split figures and dates, kept blocks alone at a page foot, table starts.

    .venv/bin/python benchmarks/print_check.py [--seeds ../shared/seeds]

Briefings: the samples' 安康 2023-W01 weekly (as ``briefgen weekly`` builds it) and the 安政通报
seed (001_…, a 12-page speech) laid out as the Word renderer's tests do.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import pdfplumber

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks"), str(ROOT / "tests" / "render"),
                str(ROOT / "tests" / "render" / "docx")]

from docx_samples import seed_briefing  # noqa: E402
from page_pixels import dash_rows_mm, page_image  # noqa: E402
from render import weekly_briefing  # noqa: E402

from briefgen.model import Briefing, Heading, Item, Table  # noqa: E402
from briefgen.render.docx import render_docx  # noqa: E402
from briefgen.render.docx.libreoffice import convert_to_pdf  # noqa: E402
from briefgen.render.pdf import render_pdf  # noqa: E402
from briefgen.render.pdf.render import layout  # noqa: E402
from briefgen.style import load_style  # noqa: E402

KEPT = re.compile(r"[0-9]{1,2}月[0-9]{1,2}日|[0-9]+(?:\.[0-9]+)?(?:余|多)?(?:个百分点|万元|亿元|"
                  r"人次|公里|户|家|个|项|吨|亩|%|年|月|日)")


def _text(chunk) -> str:  # type: ignore[no-untyped-def]
    return "".join(r.text for r in sorted(chunk.runs, key=lambda r: r.x))


def layout_counts(briefing: Briefing, style: dict) -> dict[str, int]:
    """Return the PDF layout's faults: kept blocks ending a page, split figures, short last lines."""
    _, pages, _, _ = layout(briefing, style)
    kept = {b.text for b in briefing.blocks if isinstance(b, Heading)}
    kept |= {b.title for b in briefing.blocks if isinstance(b, Item)}
    kept |= {b.caption for b in briefing.blocks if isinstance(b, Table)}
    ends = [[c for _, c in page if not c.blank][-1:] for page in pages[:-1]]
    # a 要目 entry may read like an item title: only chunks that travel with the next one count
    alone = sum(1 for end in ends if end and end[0].keep_with_next and _text(end[0]) in kept)
    lines = [_text(c) for page in pages for _, c in page if c.runs and not c.rules]
    marks = set(style["linebreak"]["no_start"]) | set(style["linebreak"]["no_end"])
    short = sum(1 for i, ln in enumerate(lines[1:], 1)
                if 0 < sum(ch not in marks for ch in ln) < 2 and len(lines[i - 1]) > 20)
    split = sum(1 for a, b in zip(lines, lines[1:], strict=False)
                for m in KEPT.finditer(a[-6:] + b[:6]) if m.start() < len(a[-6:]) < m.end())
    return {"kept block alone at a page foot": alone, "last lines under 2 characters": short,
            "figures/dates split across lines": split}


def table_counts(pdf: Path) -> dict[str, int]:
    """Return the PDF's table faults: figures broken inside a cell, tables starting with < 2 rows."""
    broken = short_starts = tables = 0
    carried = False
    with pdfplumber.open(pdf) as doc:
        for page in doc.pages:
            found = page.find_tables()
            for table in found:
                rows = table.extract()
                if not carried:
                    tables += 1
                    short_starts += len(rows) < 3          # header and two rows
                for cell in (c or "" for row in rows for c in row):
                    parts = cell.split("\n")
                    ends = {sum(len(x) for x in parts[:i + 1]) for i in range(len(parts) - 1)}
                    broken += sum(1 for m in KEPT.finditer("".join(parts))
                                  if set(range(m.start() + 1, m.end())) & ends)
            carried = bool(found) and found[-1].bbox[3] > page.height - 140
    return {"tables": tables, "tables starting with fewer than 2 rows": short_starts,
            "cells broken inside a figure": broken}


def office_facts(docx: Path, work: Path) -> tuple[int, list[str]]:
    """Return LibreOffice's page count and embedded font names for ``docx``."""
    pdf = convert_to_pdf(docx, work / "lo", work / "profile").pdf
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True,
                           check=True).stdout.splitlines()[2:]
    with pdfplumber.open(pdf) as doc:
        return len(doc.pages), sorted({f.split()[0].split("+")[-1] for f in fonts})


def dash_mm(pdf: Path, style: dict) -> float:
    """Return how far below the 版心 the page number's dash sits on page 1."""
    bottom = style["page"]["size_mm"][1] - style["page"]["margin_bottom_mm"]
    return dash_rows_mm(page_image(pdf, 1), bottom + 0.5)[0] - bottom


def check(name: str, briefing: Briefing, style: dict, work: Path) -> None:
    """Print one briefing's figures."""
    pdf, docx = work / f"{name}.pdf", work / f"{name}.docx"
    render_pdf(briefing, pdf, style)
    render_docx(briefing, docx, style)
    with pdfplumber.open(pdf) as doc:
        ours = len(doc.pages)
    pages, faces = office_facts(docx, work)
    print(f"== {name}")
    print(f"pages: PDF {ours}, LibreOffice from the .docx {pages}")
    print(f".docx size with embedded fonts: {docx.stat().st_size / 1024:.0f} KiB")
    office = {str(c[0]).split(":")[0] for c in style["fonts"].values()}
    tags = {"Briefgen-" + hashlib.sha1(n.encode()).hexdigest()[:12]: n for n in office}
    print(f"faces LibreOffice used: {', '.join(f'{f} ({tags.get(f, chr(63))})' for f in faces)}")
    print(f"page-number dash below the 版心: PDF {dash_mm(pdf, style):.2f} mm, "
          f"LibreOffice {dash_mm(work / 'lo' / pdf.name, style):.2f} mm")
    for label, count in {**layout_counts(briefing, style), **table_counts(pdf)}.items():
        print(f"{label}: {count}")


def main() -> None:
    """Print the figures of both briefings."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=Path, default=ROOT.parent / "shared" / "seeds")
    args = parser.parse_args()
    style = load_style()
    with tempfile.TemporaryDirectory(prefix="briefgen-print-") as tmp:
        work = Path(tmp)
        check("weekly", weekly_briefing(work / "c.sqlite"), style, work)
        seed = args.seeds / "001_a2c12450c995cad9.txt"
        check("anzheng", seed_briefing(seed.read_text(encoding="utf-8")), style, work)


if __name__ == "__main__":
    main()

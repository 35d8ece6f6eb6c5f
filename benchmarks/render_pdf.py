"""Time ``render_pdf`` on a briefing: median of N runs, plus the cold start (font conversion).

Usage: python benchmarks/render_pdf.py [--json BRIEFING.json] [--runs N] [--out DIR]
Without --json a briefing of several pages is built in code. Prints one JSON line.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "render" / "pdf"))

from briefgen.model import from_json  # noqa: E402
from briefgen.render.pdf import render_pdf  # noqa: E402
from briefgen.style import load_style  # noqa: E402


def _briefing(path: str | None):  # type: ignore[no-untyped-def]
    if path:
        return from_json(Path(path).read_text(encoding="utf-8"))
    from pdf_samples import long_briefing

    return long_briefing(12)


def main() -> None:
    """Render the briefing N times and print timings, page count and file size."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--json", help="briefing model dump (briefgen.model.to_json)")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--out", default=tempfile.mkdtemp(prefix="bench-pdf-"))
    args = parser.parse_args()
    out = Path(args.out) / "bench.pdf"
    style = load_style()
    briefing = _briefing(args.json)
    cold_cache = tempfile.mkdtemp(prefix="bench-fonts-")
    os.environ["BRIEFGEN_CACHE"] = cold_cache
    start = time.perf_counter()
    render_pdf(briefing, out, style)
    cold = time.perf_counter() - start
    times = []
    for _ in range(args.runs):
        start = time.perf_counter()
        render_pdf(briefing, out, style)
        times.append(time.perf_counter() - start)
    data = out.read_bytes()
    print(json.dumps({
        "briefing": args.json or "long_briefing(12) built in code",
        "pages": len(re.findall(rb"/Type /Page\b(?!s)", data)),
        "bytes": len(data),
        "cold_s": round(cold, 3),
        "median_s": round(statistics.median(times), 4),
        "runs": args.runs,
        "note": "cold = empty font cache (CFF→TrueType conversion included); median = same process",
    }, ensure_ascii=False))


if __name__ == "__main__":
    main()

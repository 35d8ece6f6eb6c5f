"""Real pages never tuned on: briefgen's ingest beside trafilatura, GNE and readability-lxml.

Scores every tool with the same rules (``benchmarks/devsets.py``) on the labelled development sets in
``../shared/dev`` (or ``$BRIEFGEN_DEV``): saved HTML pages (``html/gold.tsv`` plus any extra label files
given with ``--html-gold``) and plain-text pages (``pages/gold.tsv``; peers there are a lead baseline and
trafilatura on the lines wrapped as paragraphs). ``--html-root DIR`` / ``--pages-root DIR`` score a set kept
elsewhere instead (``DIR/gold.tsv``, files relative to ``DIR``), e.g. pages never tuned on.

    python benchmarks/eval_pages.py [--set html|pages|all] [--html-gold FILE]... [--html-root DIR]
                                    [--pages-root DIR] [--json] [--details]
"""

from __future__ import annotations

import argparse
import contextlib
import html
import io
import json
import logging
import re
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from devsets import Extract, Gold, Score, dev_dir, rate, read_html_gold, read_pages_gold, score_page  # noqa: E402

Tool = Callable[[Path], list[Extract]]
COLUMNS = ("one_article", "title", "date", "invented_date", "start", "end", "chrome", "crash", "empty")
_FULL_DATE = re.compile(r"(20\d\d|19\d\d)\s*[年/.-]\s*(\d{1,2})\s*[月/.-]\s*(\d{1,2})")


def briefgen_tool(path: Path) -> list[Extract]:
    """Return briefgen's articles of the page (the real per-document ingest step)."""
    from briefgen.ingest.pipeline import process_document
    from briefgen.records import IngestOptions

    result = process_document(str(path), IngestOptions())
    if result.rejected and result.rejected.startswith("处理时出错"):
        raise RuntimeError(result.rejected)
    return [Extract(a.title, a.published or result.published, "\n".join(p.text for p in a.passages))
            for a in result.articles]


def _decoded(path: Path) -> str:
    from trafilatura.utils import decode_file

    return str(decode_file(path.read_bytes()))


def trafilatura_tool(path: Path) -> list[Extract]:
    """Return trafilatura's extraction (with metadata) of the page."""
    import trafilatura

    doc = trafilatura.bare_extraction(path.read_bytes(), with_metadata=True, favor_precision=False)
    if doc is None or not doc.text:
        return []
    return [Extract(doc.title, doc.date, doc.text)]


def gne_tool(path: Path) -> list[Extract]:
    """Return GeneralNewsExtractor's extraction of the page."""
    from gne import GeneralNewsExtractor

    with contextlib.redirect_stdout(io.StringIO()):
        out = GeneralNewsExtractor().extract(_decoded(path))
    if not out.get("content"):
        return []
    return [Extract(out.get("title"), _iso(out.get("publish_time")), out["content"])]


def readability_tool(path: Path) -> list[Extract]:
    """Return readability-lxml's short title and article text (no date: it finds none)."""
    import lxml.html
    from readability import Document

    doc = Document(_decoded(path))
    text = lxml.html.fromstring(doc.summary()).text_content()
    return [Extract(doc.short_title(), None, text)] if text.strip() else []


def _iso(text: str | None) -> str | None:
    found = _FULL_DATE.search(text or "")
    return f"{found[1]}-{int(found[2]):02d}-{int(found[3]):02d}" if found else None


def lead_tool(path: Path) -> list[Extract]:
    """Return the lead baseline for text: first heading-like line, first full date, text from the first long line."""
    lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    title = next((ln for ln in lines[:15] if 6 <= len(ln) <= 40 and not re.search(r"[。！？，：]", ln)), None)
    date = next((d for d in map(_iso, lines[:15]) if d), None)
    start = next((i for i, ln in enumerate(lines) if len(ln) > 40), 0)
    return [Extract(title, date, "\n".join(lines[start:]))]


def trafilatura_text_tool(path: Path) -> list[Extract]:
    """Return trafilatura on the text's lines wrapped as ``<p>`` paragraphs of a page."""
    import trafilatura

    lines = path.read_text(encoding="utf-8").splitlines()
    page = "<html><body>" + "".join(f"<p>{html.escape(ln)}</p>" for ln in lines if ln.strip()) + "</body></html>"
    doc = trafilatura.bare_extraction(page, with_metadata=True)
    return [Extract(doc.title, doc.date, doc.text)] if doc is not None and doc.text else []


def run_tool(tool: Tool, golds: list[Gold]) -> list[Score]:
    """Return the scores of ``tool`` over ``golds``; an exception is a crash."""
    scores = []
    for gold in golds:
        try:
            scores.append(score_page(gold, tool(gold.file)))
        except Exception:  # noqa: BLE001 - a crash is a result here
            scores.append(score_page(gold, None, crashed=True))
    return scores


def summary(scores: list[Score]) -> dict[str, str]:
    """Return each column as 'k/n (pct)'."""
    out = {}
    for name in COLUMNS:
        hits, total = rate(scores, name)
        out[name] = f"{hits}/{total} ({100 * hits / total:.0f}%)" if total else "—"
    return out


def _print_table(title: str, rows: dict[str, dict[str, str]]) -> None:
    print(f"\n## {title}\n")
    print("| tool | " + " | ".join(COLUMNS) + " |")
    print("|---" * (len(COLUMNS) + 1) + "|")
    for tool, cols in rows.items():
        print(f"| {tool} | " + " | ".join(cols[c] for c in COLUMNS) + " |")


def _details(name: str, golds: list[Gold], scores: list[Score]) -> None:
    for gold, score in zip(golds, scores, strict=True):
        bad = [c for c in ("one_article", "title", "date", "start", "end") if getattr(score, c) is False]
        bad += [c for c in ("invented_date", "chrome", "crash", "empty") if getattr(score, c)]
        if bad:
            print(f"  {name} {gold.file.parent.name}/{gold.file.name}: {', '.join(bad)}")


def main() -> None:
    """Score every tool on the chosen sets and print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=("html", "pages", "all"), default="all")
    parser.add_argument("--html-gold", action="append", default=[], help="extra html label files")
    parser.add_argument("--html-root", type=Path, help="html set folder (gold.tsv + pages) instead of dev/html")
    parser.add_argument("--pages-root", type=Path, help="text set folder (gold.tsv + pages) instead of dev/pages")
    parser.add_argument("--tools", default="", help="comma-separated subset of tools")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--details", action="store_true")
    args = parser.parse_args()
    logging.disable(logging.CRITICAL)
    html_root = args.html_root or dev_dir() / "html"
    pages_root = args.pages_root or dev_dir() / "pages"
    sets: dict[str, tuple[list[Gold], dict[str, Tool]]] = {}
    if args.set in ("html", "all"):
        for label in [html_root / "gold.tsv", *map(Path, args.html_gold)]:
            sets[f"html: {label.name}"] = (read_html_gold(label, html_root), {
                "briefgen": briefgen_tool, "trafilatura": trafilatura_tool, "gne": gne_tool,
                "readability": readability_tool})
    if args.set in ("pages", "all"):
        golds = read_pages_gold(pages_root / "gold.tsv", pages_root)
        sets["pages: single-item"] = ([g for g in golds if g.items == 1], {
            "briefgen": briefgen_tool, "lead": lead_tool, "trafilatura(text as <p>)": trafilatura_text_tool})
        sets["pages: multi-item"] = ([g for g in golds if g.items > 1], {"briefgen": briefgen_tool})
    wanted = {t for t in args.tools.split(",") if t}
    report: dict[str, dict[str, dict[str, str]]] = {}
    for set_name, (golds, tools) in sets.items():
        report[set_name] = {}
        for tool_name, tool in tools.items():
            if wanted and tool_name.split("(")[0] not in wanted:
                continue
            scores = run_tool(tool, golds)
            report[set_name][tool_name] = summary(scores)
            if args.details and tool_name == "briefgen":
                _details(set_name, golds, scores)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return
    for set_name, rows in report.items():
        _print_table(f"{set_name} ({len(sets[set_name][0])} pages)", rows)


if __name__ == "__main__":
    main()

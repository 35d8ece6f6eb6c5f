"""Theme yardstick: the selector's primary theme against a hand-labelled gold set.

Runs the real ingest pipeline on every seed file into a temporary corpus, then for each entry of
benchmarks/gold/themes.yaml (an article, or one section of a long article: its subheading as title
and the passages under it as text) asks the selector for the primary theme, exactly as ``select``
does, and counts it right when it is among the entry's acceptable themes. Reports the tuning part
and the held-out part separately, with a confusion list (labelled → assigned).

    python benchmarks/eval_themes.py [SEEDS_DIR] [--gold FILE] [--json] [--misses]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from eval_headlines import ingest_seeds, seeds_dir  # noqa: E402

from briefgen.corpus.store import Corpus  # noqa: E402
from briefgen.select.article import article_theme  # noqa: E402
from briefgen.select.candidates import ArticleFacts, is_heading  # noqa: E402
from briefgen.select.gather import article_facts  # noqa: E402
from briefgen.select.themes import load_themes, primary_theme  # noqa: E402

GOLD = ROOT / "benchmarks" / "gold" / "themes.yaml"
HEADING_CHARS = 30


def squash(text: str | None) -> str:
    """Return ``text`` without whitespace, for matching titles and subheadings."""
    return "".join((text or "").split())


def section_facts(facts: ArticleFacts, heading: str) -> ArticleFacts | None:
    """Return the part of the article under ``heading``, titled by it, or None if not found."""
    passages = facts.passages
    at = next((i for i, p in enumerate(passages) if squash(p.text) == squash(heading)), None)
    if at is None:
        return None
    body = []
    for p in passages[at + 1 :]:
        if is_heading(p, HEADING_CHARS):
            break
        body.append(p)
    article = dataclasses.replace(facts.article, title=heading)
    return dataclasses.replace(facts, article=article, passages=body)


def judge_gold(corpus: Corpus, items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Return one row per gold entry: labels, the assigned theme, whether it is acceptable."""
    book = load_themes()
    by_title = {squash(f.article.title): f for f in article_facts(corpus, corpus.article_ids())}
    rows = []
    for item in items:
        facts = by_title.get(squash(item["title"]))
        if facts is not None and item.get("section"):
            facts = section_facts(facts, item["section"])
        if facts is None:
            raise SystemExit(f"金标条目找不到对应文章或小节：{item['title']} {item.get('section', '')}")
        scores = article_theme(facts, book)
        got = primary_theme(book, scores)
        rows.append({
            "title": item["title"], "section": item.get("section"), "split": item["split"],
            "gold": list(item["themes"]), "got": got, "right": got in item["themes"],
            "scores": {k: round(v, 2) for k, v in sorted(scores.items(), key=lambda kv: -kv[1])[:3]},
        })
    return rows


def summary(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Return accuracy overall and per split, and the confusion counts of the misses."""
    def accuracy(part: list[dict[str, Any]]) -> dict[str, Any]:
        right = sum(r["right"] for r in part)
        return {"n": len(part), "right": right, "accuracy": round(right / len(part), 3) if part else None}

    confusion = Counter((r["gold"][0], r["got"]) for r in rows if not r["right"])
    return {
        "all": accuracy(rows),
        "tune": accuracy([r for r in rows if r["split"] == "tune"]),
        "holdout": accuracy([r for r in rows if r["split"] == "holdout"]),
        "confusion": [{"gold": g, "got": a, "count": n} for (g, a), n in confusion.most_common()],
    }


def main(argv: list[str] | None = None) -> int:
    """Run the yardstick and print accuracy and confusions (or JSON); return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("seeds", nargs="?")
    parser.add_argument("--gold", default=str(GOLD))
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--misses", action="store_true", help="逐条列出判错的条目")
    args = parser.parse_args(argv)
    folder = seeds_dir(args.seeds)
    if not folder.is_dir():
        print(f"{folder}：找不到种子文档目录，请给出目录或设置 BRIEFGEN_SEEDS", file=sys.stderr)
        return 2
    items = yaml.safe_load(Path(args.gold).read_text(encoding="utf-8"))["items"]
    logging.getLogger("jieba").setLevel(logging.ERROR)
    with tempfile.TemporaryDirectory() as tmp, Corpus.open(Path(tmp) / "eval.sqlite") as corpus:
        ingest_seeds(folder, corpus)
        rows = judge_gold(corpus, items)
    report = summary(rows)
    if args.misses:
        report["misses"] = [r for r in rows if not r["right"]]
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    for part in ("all", "tune", "holdout"):
        s = report[part]
        print(f"{part:<8} {s['right']:>3}/{s['n']:<3} accuracy {s['accuracy']:.3f}")
    print("confusions (labelled → assigned):")
    for c in report["confusion"]:
        print(f"  {c['count']:>2}  {c['gold']} → {c['got']}")
    for r in report.get("misses", []):
        where = f"《{r['title'][:24]}》" + (f" §{r['section'][:16]}" if r["section"] else "")
        print(f"  [{r['split']}] {where}: {r['gold']} got {r['got']} {r['scores']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

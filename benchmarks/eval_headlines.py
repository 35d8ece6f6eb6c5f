"""Headline yardstick: char-level ROUGE-1 F1 of each method's first pick against the editor's title.

Runs the real ingest pipeline on every seed file into a temporary corpus, then compares, on every
titled article: briefgen's selector (first picked sentence; figures over the first pick and over the
whole item), lead-1, jieba TextRank and TF-IDF sentence weights, and SnowNLP's summary if installed.

    python benchmarks/eval_headlines.py [SEEDS_DIR] [--json] [--details]
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefgen.corpus.store import Corpus, PassageRow  # noqa: E402
from briefgen.records import IngestOptions  # noqa: E402
from briefgen.select.selector import judge_articles  # noqa: E402

_NOT_CONTENT = re.compile(r"[\s\W_]", re.UNICODE)


def seeds_dir(given: str | None) -> Path:
    """Return the seeds folder: the argument, $BRIEFGEN_SEEDS, or ../shared/seeds beside the repo."""
    return Path(given or os.environ.get("BRIEFGEN_SEEDS") or ROOT / ".." / "shared" / "seeds")


def rouge1_chars(candidate: str, reference: str) -> float:
    """Return the char-level ROUGE-1 F1 of ``candidate`` against ``reference`` (punctuation ignored)."""
    cand = Counter(_NOT_CONTENT.sub("", candidate))
    ref = Counter(_NOT_CONTENT.sub("", reference))
    overlap = sum((cand & ref).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(cand.values()), overlap / sum(ref.values())
    return 2 * precision * recall / (precision + recall)


def weighted_pick(sentences: list[str], weights: dict[str, float]) -> str:
    """Return the sentence whose jieba tokens carry the most keyword weight (the first on a tie)."""
    import jieba

    scored = [(sum(weights.get(t, 0.0) for t in jieba.lcut(s)), -i, s) for i, s in enumerate(sentences)]
    return max(scored)[2] if scored else ""


def textrank_pick(text: str, sentences: list[str]) -> str:
    """Return the sentence with the highest summed jieba TextRank keyword weight."""
    import jieba.analyse

    return weighted_pick(sentences, dict(jieba.analyse.textrank(text, topK=200, withWeight=True)))


def tfidf_pick(text: str, sentences: list[str]) -> str:
    """Return the sentence with the highest summed jieba TF-IDF keyword weight."""
    import jieba.analyse

    return weighted_pick(sentences, dict(jieba.analyse.extract_tags(text, topK=200, withWeight=True)))


def snownlp_picker() -> Callable[[str, list[str]], str] | None:
    """Return SnowNLP's one-sentence summary as a picker, or None when SnowNLP is not installed."""
    try:
        from snownlp import SnowNLP
    except ImportError:
        return None

    def pick(text: str, sentences: list[str]) -> str:
        summary = SnowNLP(text).summary(1)
        return summary[0] if summary else ""

    return pick


@dataclass
class Tally:
    """Running totals for one method."""

    rouge: list[float] = field(default_factory=list)
    figures: int = 0
    item_figures: int = 0
    chars: int = 0

    def as_json(self) -> dict[str, Any]:
        """Return the method's mean ROUGE-1 F1 and figure counts."""
        n = len(self.rouge) or 1
        return {
            "rouge1_f1": round(sum(self.rouge) / n, 3),
            "figures_first_pick": self.figures,
            "figures_item": self.item_figures,
            "mean_pick_chars": round(self.chars / n, 1),
        }


def carried(pick: str, figure_texts: list[str]) -> int:
    """Return how many of the article's stored figures appear in ``pick``."""
    return sum(1 for f in figure_texts if f and f in pick)


def ingest_seeds(folder: Path, corpus: Corpus) -> int:
    """Run the real ingest pipeline on every seed file into ``corpus``; return the file count."""
    from briefgen.ingest.pipeline import process_document

    files = sorted(folder.glob("*.txt"))
    for path in files:
        result = process_document(str(path), IngestOptions())
        if result.rejected is None:
            corpus.store(result)
    return len(files)


def unflagged_sentences(passages: list[PassageRow]) -> list[str]:
    """Return the article's sentences outside flagged passages, in source order."""
    return [s for p in passages if not p.flag for s in (p.sentences or [p.text]) if s.strip()]


def evaluate(corpus: Corpus) -> tuple[dict[str, Tally], list[dict[str, Any]]]:
    """Return per-method tallies and per-article details over every titled article."""
    ids = corpus.article_ids()
    titled = {a.id: a for a in corpus.articles(ids) if a.title and a.title.strip()}
    judged, _left = judge_articles(corpus, list(titled))
    ours = {j.selected.article_id: j.selected for j in judged}
    passages = corpus.passages(titled)
    figures: dict[int, list[str]] = {}
    for row in corpus.rows("figures", titled):
        figures.setdefault(row["article_id"], []).append(row["text"])
    peers: dict[str, Callable[[str, list[str]], str]] = {
        "lead-1": lambda text, sentences: sentences[0],
        "jieba TextRank": textrank_pick,
        "jieba TF-IDF": tfidf_pick,
    }
    snow = snownlp_picker()
    if snow:
        peers["SnowNLP"] = snow
    tallies = {name: Tally() for name in ["briefgen", *peers]}
    details = []
    for aid, article in titled.items():
        sentences = unflagged_sentences(passages.get(aid, []))
        if not sentences:
            continue
        text = "".join(sentences)
        picks = {name: pick(text, sentences) for name, pick in peers.items()}
        mine = ours.get(aid)
        picks["briefgen"] = mine.passages[0].text if mine else sentences[0]
        item = "".join(p.text for p in mine.passages) if mine else picks["briefgen"]
        detail: dict[str, Any] = {"article_id": aid, "title": article.title}
        for name, pick in picks.items():
            tally = tallies[name]
            tally.rouge.append(rouge1_chars(pick, article.title or ""))
            tally.figures += carried(pick, figures.get(aid, []))
            tally.item_figures += carried(item if name == "briefgen" else pick, figures.get(aid, []))
            tally.chars += len(pick)
            detail[name] = pick
        details.append(detail)
    return tallies, details


def main(argv: list[str] | None = None) -> int:
    """Run the yardstick and print a table (or JSON); return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("seeds", nargs="?")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--details", action="store_true", help="每篇文章各方法的选句")
    args = parser.parse_args(argv)
    folder = seeds_dir(args.seeds)
    if not folder.is_dir():
        print(f"{folder}：找不到种子文档目录，请给出目录或设置 BRIEFGEN_SEEDS", file=sys.stderr)
        return 2
    logging.getLogger("jieba").setLevel(logging.ERROR)
    with tempfile.TemporaryDirectory() as tmp, Corpus.open(Path(tmp) / "eval.sqlite") as corpus:
        files = ingest_seeds(folder, corpus)
        tallies, details = evaluate(corpus)
    report = {
        "files": files,
        "titled_articles": len(details),
        "methods": {name: t.as_json() for name, t in tallies.items()},
    }
    if args.details:
        report["details"] = details
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    print(f"{files} files, {len(details)} titled articles")
    print(f"{'method':<16}{'ROUGE-1 F1':>12}{'figs(first)':>13}{'figs(item)':>12}{'chars':>8}")
    for name, t in tallies.items():
        j = t.as_json()
        print(
            f"{name:<16}{j['rouge1_f1']:>12.3f}{j['figures_first_pick']:>13}"
            f"{j['figures_item']:>12}{j['mean_pick_chars']:>8}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())

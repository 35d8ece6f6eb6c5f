"""Condensation yardstick: what each method keeps of a full article against what an editor kept.

For every pair in ``../shared/dev/pairs`` (``NN.source.txt`` full article, ``NN.human.txt`` the editor's
condensed version) the source runs through the real ingest pipeline, then each method writes an extract
of exactly the editor's length (characters, punctuation and spaces not counted):

- briefgen: the selector's item for the article, its length limit set to the editor's length;
- lead-k: the article's sentences from the start;
- jieba TextRank: sentences by summed TextRank keyword weight, printed in source order;
- oracle: greedy extract that maximises ROUGE-L against the editor's text (the best an extract can do).

Each source is ingested with its publication date from ``index.tsv`` where it has one, as a user
gives it with ``--date`` or a ``.meta.yaml``.

Scores: char-level ROUGE-L F1 (punctuation ignored) and figure recall (the editor's numbers found in the
extract). Pairs are read at run time and never copied into the project.

    python benchmarks/eval_pairs.py [PAIRS_DIR] [--json] [--details]
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from briefgen.corpus.store import Corpus  # noqa: E402
from briefgen.records import IngestOptions  # noqa: E402

_NOT_CONTENT = re.compile(r"[\s\W_]", re.UNICODE)
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
Method = Callable[[list[str], int], str]


def pairs_dir(given: str | None) -> Path:
    """Return the pairs folder: the argument, $BRIEFGEN_PAIRS, or shared/dev/pairs beside the repo."""
    if given or os.environ.get("BRIEFGEN_PAIRS"):
        return Path(given or os.environ["BRIEFGEN_PAIRS"])
    near = [p / "shared" / "dev" / "pairs" for p in ROOT.parents]
    return next((p for p in near if p.is_dir()), near[0])


def content(text: str) -> str:
    """Return ``text`` without whitespace and punctuation (what the scores count)."""
    return _NOT_CONTENT.sub("", text)


def lcs(a: str, b: str) -> int:
    """Return the length of the longest common subsequence of ``a`` and ``b`` (bit-parallel)."""
    if not a or not b:
        return 0
    masks: dict[str, int] = {}
    for i, ch in enumerate(a):
        masks[ch] = masks.get(ch, 0) | (1 << i)
    full = (1 << len(a)) - 1
    v = full
    for ch in b:
        u = v & masks.get(ch, 0)
        v = ((v + u) | (v - u)) & full
    return len(a) - bin(v).count("1")


def rouge_l(candidate: str, reference: str) -> float:
    """Return char-level ROUGE-L F1 of ``candidate`` against ``reference``, punctuation ignored."""
    cand, ref = content(candidate), content(reference)
    common = lcs(cand, ref)
    if not common:
        return 0.0
    precision, recall = common / len(cand), common / len(ref)
    return 2 * precision * recall / (precision + recall)


def cut(text: str, budget: int) -> str:
    """Return the prefix of ``text`` holding ``budget`` content characters."""
    count = 0
    for at, ch in enumerate(text):
        if not _NOT_CONTENT.match(ch):
            count += 1
            if count > budget:
                return text[:at]
    return text


def figure_recall(extract: str, reference: str, source: str | None = None) -> tuple[int, int]:
    """Return (found, total): the reference's numbers (those in ``source`` if given) in ``extract``."""
    wanted = [n for n in _NUMBER.findall(reference) if source is None or n in source]
    have = set(_NUMBER.findall(extract))
    return sum(1 for n in wanted if n in have), len(wanted)


def lead_k(sentences: list[str], budget: int) -> str:
    """Return the article's sentences from the start."""
    return "".join(sentences)


def textrank(sentences: list[str], budget: int) -> str:
    """Return the sentences by summed jieba TextRank keyword weight until the budget, source order."""
    import jieba
    import jieba.analyse

    weights = dict(jieba.analyse.textrank("".join(sentences), topK=300, withWeight=True))
    ranked = sorted(
        range(len(sentences)),
        key=lambda i: (-sum(weights.get(t, 0.0) for t in jieba.lcut(sentences[i])), i),
    )
    chosen: list[int] = []
    used = 0
    for i in ranked:
        if used >= budget:
            break
        chosen.append(i)
        used += len(content(sentences[i]))
    return "".join(sentences[i] for i in sorted(chosen))


def oracle(sentences: list[str], budget: int, reference: str) -> str:
    """Return the greedy extract (source order, cut to budget) with the best ROUGE-L F1."""
    chosen: set[int] = set()
    best = 0.0
    while True:
        trial = None
        for i in range(len(sentences)):
            if i in chosen:
                continue
            text = cut("".join(sentences[j] for j in sorted(chosen | {i})), budget)
            score = rouge_l(text, reference)
            if score > best:
                best, trial = score, i
        if trial is None:
            return "".join(sentences[j] for j in sorted(chosen))
        chosen.add(trial)


def clauses(sentences: list[str]) -> list[str]:
    """Return the sentences split after every clause mark (，；：、 kept with their clause)."""
    return [c for s in sentences for c in re.findall(r"[^，；：,;:]+[，；：,;:]?", s) if c]


def publication_dates(folder: Path) -> dict[str, str]:
    """Return each pair's publication date from ``index.tsv`` (as a user gives it with ``--date``)."""
    index = folder / "index.tsv"
    if not index.is_file():
        return {}
    rows = [line.split("\t") for line in index.read_text(encoding="utf-8").splitlines()[1:]]
    return {r[0]: r[4] for r in rows if len(r) > 4 and re.fullmatch(r"\d{4}-\d{2}-\d{2}", r[4])}


def ingest(path: Path, corpus: Corpus, date: str | None = None) -> int | None:
    """Ingest one source into ``corpus``; return its longest article's id (None if refused)."""
    from briefgen.ingest.pipeline import process_document

    result = process_document(str(path), IngestOptions(date=date))
    if result.rejected is not None:
        print(f"{path.name}: refused ({result.rejected})", file=sys.stderr)
        return None
    corpus.store(result)
    ids = corpus.article_ids()
    passages = corpus.passages(ids)
    return max(ids, key=lambda i: sum(len(p.text) for p in passages.get(i, [])), default=None)


def sentences_of(corpus: Corpus, article_id: int) -> list[str]:
    """Return the article's unflagged sentences in source order."""
    passages = corpus.passages([article_id]).get(article_id, [])
    return [s.strip() for p in passages if not p.flag for s in (p.sentences or [p.text]) if s.strip()]


def briefgen_item(corpus: Corpus, article_id: int, budget: int | None, condense: bool = True) -> str:
    """Return briefgen's item for the article (condensed or MMR), ``budget`` characters long.

    Without a budget the item has the shipped length limits (what the briefing prints).
    """
    from briefgen.select import selector

    base = selector.selector_settings

    def limited() -> dict[str, Any]:
        settings = base()
        sizes = {"min_chars": budget, "max_chars": budget} if budget else {}
        settings["item"] = {**settings["item"], **sizes, "condense": condense}
        return settings

    selector.selector_settings = limited  # type: ignore[assignment]
    try:
        judged, _ = selector.judge_articles(corpus, [article_id])
    finally:
        selector.selector_settings = base  # type: ignore[assignment]
    return "".join(p.text for p in judged[0].selected.passages) if judged else ""


def evaluate(folder: Path) -> tuple[dict[str, dict[str, float]], list[dict[str, Any]]]:
    """Return mean scores per method and per-pair details."""
    methods: dict[str, Method] = {"lead-k": lead_k, "jieba TextRank": textrank}
    scores: dict[str, list[float]] = {
        m: [] for m in ["briefgen", "briefgen (MMR, before)", *methods, "oracle", "oracle (clauses)"]
    }
    figs: dict[str, list[int]] = {m: [0, 0] for m in scores}
    printed = {"briefgen": [0, 0], "briefgen (MMR, before)": [0, 0]}
    details = []
    dates = publication_dates(folder)
    for human in sorted(folder.glob("*.human.txt")):
        name = human.name.split(".")[0]
        reference = human.read_text(encoding="utf-8").strip()
        budget = len(content(reference))
        with tempfile.TemporaryDirectory() as tmp, Corpus.open(Path(tmp) / "pair.sqlite") as corpus:
            aid = ingest(folder / f"{name}.source.txt", corpus, dates.get(name))
            sentences = sentences_of(corpus, aid) if aid is not None else []
            out = {m: f(sentences, budget) for m, f in methods.items()}
            chars = len(re.sub(r"\s", "", reference))
            out["briefgen"] = briefgen_item(corpus, aid, chars) if aid is not None else ""
            out["briefgen (MMR, before)"] = briefgen_item(corpus, aid, chars, False) if aid else ""
            out["oracle"] = oracle(sentences, budget, reference)
            out["oracle (clauses)"] = oracle(clauses(sentences), budget, reference)
            source = "".join(sentences)
            for m, flag in (("briefgen", True), ("briefgen (MMR, before)", False)):
                item = briefgen_item(corpus, aid, None, flag) if aid is not None else ""
                found, total = figure_recall(item, reference, source)
                printed[m][0] += found
                printed[m][1] += total
            detail: dict[str, Any] = {"pair": name, "budget": budget}
            for m, text in out.items():
                text = cut(text, budget)
                scores[m].append(rouge_l(text, reference))
                found, total = figure_recall(text, reference)
                figs[m][0] += found
                figs[m][1] += total
                detail[m] = {"rouge_l": round(scores[m][-1], 3), "text": text}
            details.append(detail)
    n = max(len(details), 1)
    table = {
        m: {"rouge_l_f1": round(sum(v) / n, 3), "figure_recall": round(figs[m][0] / max(figs[m][1], 1), 3)}
        for m, v in scores.items()
    }
    for m, (found, total) in printed.items():
        table[m]["figure_recall_item"] = round(found / max(total, 1), 3)
    return table, details


def main(argv: list[str] | None = None) -> int:
    """Run the yardstick and print a table (or JSON); return the exit status."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("pairs", nargs="?")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--details", action="store_true", help="每对的各方法摘录")
    args = parser.parse_args(argv)
    folder = pairs_dir(args.pairs)
    if not folder.is_dir():
        print(f"{folder}：找不到对照语料目录，请给出目录或设置 BRIEFGEN_PAIRS", file=sys.stderr)
        return 2
    logging.getLogger("jieba").setLevel(logging.ERROR)
    table, details = evaluate(folder)
    if args.json:
        report: dict[str, Any] = {"pairs": len(details), "methods": table}
        if args.details:
            report["details"] = details
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    if args.details:
        for d in details:
            print(f"== {d['pair']} ({d['budget']} chars)")
            for m in table:
                print(f"  {m:<24}{d[m]['rouge_l']:.3f} {d[m]['text']}")
    print(f"{len(details)} pairs, every extract cut to the editor's length")
    print(f"{'method':<24}{'ROUGE-L F1':>12}{'figure recall':>15}{'item figure recall':>20}")
    for m, row in table.items():
        item = f"{row['figure_recall_item']:>20.3f}" if "figure_recall_item" in row else ""
        print(f"{m:<24}{row['rouge_l_f1']:>12.3f}{row['figure_recall']:>15.3f}{item}")
    print("figure recall: the editor's numbers in the extract cut to the editor's length; item figure")
    print("recall: the editor's numbers that are in the source, found in the item as the briefing prints it")
    return 0


if __name__ == "__main__":
    sys.exit(main())

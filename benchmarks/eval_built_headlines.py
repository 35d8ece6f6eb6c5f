"""Built headlines against the headlines editors wrote: on every labelled page that has a headline, a headline is
built from the labelled first sentence alone (as ``weekly`` does for an item without one) and compared with the
page's own headline, beside two plain baselines in the same run.

    python benchmarks/eval_built_headlines.py [--pages-root DIR ...] [--details]

Columns: char F1 (ROUGE-1 over characters, the best over the label's forms); cut — the headline ends inside a
word of its sentence (jieba's cut of the sentence has no boundary there); long — over the gate's length limit;
empty — nothing built. Pages come from ``../shared/dev`` (text and HTML labels) and any ``--pages-root`` sets.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from devsets import dev_dir, norm, read_html_gold, read_pages_gold, simplified  # noqa: E402

from briefgen.assemble.headline import built_headline, gate_rules  # noqa: E402
from briefgen.sentences import split_sentences  # noqa: E402

Method = Callable[[str], str]
CLAUSE_MARKS = "，,；;：:"


def first_clause(sentence: str) -> str:
    """Return the sentence's first clause, cut to the gate's limit (the plainest baseline)."""
    limit = int(gate_rules()["built_max_chars"])
    cut = min((i for i in (sentence.find(m) for m in CLAUSE_MARKS) if i > 0), default=len(sentence))
    return sentence[:cut].rstrip("。！？")[:limit]


def sentence_cut(sentence: str) -> str:
    """Return the first sentence cut to the gate's limit."""
    limit = int(gate_rules()["built_max_chars"])
    first = (split_sentences(sentence) or [sentence])[0]
    return first.rstrip("。！？")[:limit]


METHODS: dict[str, Method] = {"briefgen": built_headline, "first clause": first_clause, "sentence cut": sentence_cut}


def char_f1(candidate: str, reference: str) -> float:
    """Return ROUGE-1 F1 over the characters of the normalised texts."""
    a, b = Counter(norm(candidate)), Counter(norm(reference))
    hits = sum((a & b).values())
    if not hits:
        return 0.0
    precision, recall = hits / sum(a.values()), hits / sum(b.values())
    return 2 * precision * recall / (precision + recall)


def _boundaries(sentence: str) -> set[int]:
    import jieba

    at, ends = 0, {0}
    for word in jieba.lcut(sentence):
        at += len(word)
        ends.add(at)
    return ends


def cut_inside_word(headline: str, sentence: str) -> bool:
    """Return True when ``headline`` is a prefix-cut piece of ``sentence`` that ends inside one of its words."""
    where = sentence.find(headline)
    if not headline or where < 0:
        return False
    end = where + len(headline)
    return end < len(sentence) and end not in _boundaries(sentence)


def _pairs(roots: list[Path]) -> list[tuple[str, list[str], str]]:
    """Return (page, headline forms, first sentence) of every single-article page labelled with both."""
    dev = dev_dir()
    golds = [*read_pages_gold(dev / "pages" / "gold.tsv", dev / "pages"),
             *read_html_gold(dev / "html" / "gold.tsv", dev / "html"),
             *read_html_gold(ROOT / "benchmarks" / "gold" / "html_heldout.tsv", dev / "html")]
    for root in roots:
        golds += read_pages_gold(root / "gold.tsv", root)
    return [(f"{g.file.parent.name}/{g.file.name}", g.titles, simplified(g.first))
            for g in golds if g.titles and g.first and g.items == 1]


def main() -> None:
    """Score every method on every labelled page with a headline and print one table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages-root", type=Path, action="append", default=[])
    parser.add_argument("--details", action="store_true")
    args = parser.parse_args()
    logging.disable(logging.CRITICAL)
    limit = int(gate_rules()["built_max_chars"])
    pairs = _pairs(args.pages_root)
    print(f"\n## built headlines on {len(pairs)} labelled pages with a headline\n")
    print("| method | char F1 | cut inside a word | over the limit | empty |")
    print("|---|---|---|---|---|")
    for name, method in METHODS.items():
        built = [(page, titles, sentence, method(sentence)) for page, titles, sentence in pairs]
        f1 = sum(max(char_f1(b, simplified(t)) for t in titles) for _, titles, _, b in built) / len(built)
        cut = sum(cut_inside_word(b, s) for _, _, s, b in built)
        long = sum(len(b) > limit for *_, b in built)
        empty = sum(not b for *_, b in built)
        print(f"| {name} | {f1:.3f} | {cut}/{len(built)} | {long}/{len(built)} | {empty}/{len(built)} |")
        if args.details and name == "briefgen":
            for page, titles, sentence, b in built:
                print(f"  {page}: {b} | {simplified(titles[0])}{' | CUT' if cut_inside_word(b, sentence) else ''}")


if __name__ == "__main__":
    main()

"""Score briefgen.figures.extract against the hand-checked list in benchmarks/gold/figures.yaml.

Prints precision, recall and indicator accuracy. A predicted figure matches a gold one in the same
sentence when unit and value agree (relative difference < 1e-6); an indicator counts as right when,
after dropping brackets, quotes and spaces, one of the two contains the other.
Usage: python benchmarks/eval_figures.py [--show]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from briefgen.figures.extract import extract_figures  # noqa: E402

GOLD = Path(__file__).resolve().parent / "gold" / "figures.yaml"
NOISE = re.compile(r"[（）()“”\"‘’《》\s]")


def same_value(a: float, b: float) -> bool:
    """Return True when two values agree to a relative 1e-6."""
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def indicator_ok(predicted: str, gold: str) -> bool:
    """Return True when the indicators agree (one contains the other, noise removed)."""
    p, g = NOISE.sub("", predicted), NOISE.sub("", gold)
    return bool(p and g) and (p in g or g in p)


def main(show: bool) -> dict[str, float]:
    """Score every gold sentence and print the totals; return them."""
    entries = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    n_pred = n_gold = matched = right = 0
    for entry in entries:
        gold = list(entry["figures"])
        predicted = extract_figures(entry["sentence"])
        n_pred, n_gold = n_pred + len(predicted), n_gold + len(gold)
        for fig in predicted:
            hit = next((g for g in gold if g["unit"] == fig.unit
                        and same_value(float(g["value"]), fig.value or 0.0)), None)
            if hit is None:
                if show:
                    print(f"多出: {fig.text} [{fig.indicator}] ← {entry['sentence'][:50]}")
                continue
            gold.remove(hit)
            matched += 1
            if indicator_ok(fig.indicator, hit["indicator"]):
                right += 1
            elif show:
                print(f"指标: {fig.text} 得 [{fig.indicator}] 应 [{hit['indicator']}]")
        for miss in gold if show else []:
            print(f"漏掉: {miss['text']} [{miss['indicator']}] ← {entry['sentence'][:50]}")
    scores = {
        "precision": matched / n_pred if n_pred else 0.0,
        "recall": matched / n_gold if n_gold else 0.0,
        "indicator_accuracy": right / matched if matched else 0.0,
    }
    print(f"sentences={len(entries)} gold={n_gold} predicted={n_pred} matched={matched}")
    print(" ".join(f"{k}={v:.3f}" for k, v in scores.items()))
    return scores


if __name__ == "__main__":
    main("--show" in sys.argv)

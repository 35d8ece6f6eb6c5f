"""Score briefgen.ingest.annotate.figures.extract on the seed gold set and on the held-out gold set, separately.

benchmarks/gold/figures.yaml holds figures from ../shared/seeds (the extractor was tuned on them);
benchmarks/gold/figures_heldout.yaml holds sentences written for the benchmark and labelled by hand
before the extractor ever saw them; the rules were then revised while looking at its errors, so it is
no longer unseen. benchmarks/gold/figures_heldout2.yaml and figures_heldout3.yaml followed the same
way. figures_heldout4.yaml and figures_heldout5.yaml were written after the indicator convention of
benchmarks/README.md (which every label follows) and its rules, each labelled before any run and scored
once — the estimates here of accuracy on text nobody has seen.

A predicted figure is *located* when it matches a gold figure of the same sentence: first by value and
unit (relative difference < 1e-6), then, for what is left, by printed text (one contains the other).
precision/recall count located figures; value_unit is the share of located figures whose value and unit
are right; strict_precision/strict_recall count only value+unit matches. indicator counts a located
figure right when, after dropping brackets, quotes and spaces, one indicator contains the other;
indicator_exact needs them equal. relation and period are scored where the gold file labels them
(a null label must be predicted as null).
Usage: python benchmarks/eval_figures.py [--show] [--set seed|heldout|heldout2|…|heldout5]
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from briefgen.ingest.annotate.figures.extract import extract_figures  # noqa: E402
from briefgen.records import Figure  # noqa: E402

GOLD_DIR = Path(__file__).resolve().parent / "gold"
SETS = {
    "seed": GOLD_DIR / "figures.yaml",
    "heldout": GOLD_DIR / "figures_heldout.yaml",
    "heldout2": GOLD_DIR / "figures_heldout2.yaml",
    "heldout3": GOLD_DIR / "figures_heldout3.yaml",
    "heldout4": GOLD_DIR / "figures_heldout4.yaml",
    "heldout5": GOLD_DIR / "figures_heldout5.yaml",
    "heldout6": GOLD_DIR / "figures_heldout6.yaml",
    "heldout7": GOLD_DIR / "figures_heldout7.yaml",
    "heldout8": GOLD_DIR / "figures_heldout8.yaml",
    "heldout9": GOLD_DIR / "figures_heldout9.yaml",
    "heldout10": GOLD_DIR / "figures_heldout10.yaml",
}
NOISE = re.compile(r"[（）()“”\"‘’《》\s]")
TEXT_NOISE = re.compile(r"[\s,，]")


@dataclass
class Tally:
    """Counts for one gold set."""

    sentences: int = 0
    gold: int = 0
    predicted: int = 0
    located: int = 0
    value_unit: int = 0
    indicator: int = 0
    indicator_exact: int = 0
    relation: list[int] = field(default_factory=lambda: [0, 0])
    period: list[int] = field(default_factory=lambda: [0, 0])


def same_value(a: float, b: float) -> bool:
    """Return True when two values agree to a relative 1e-6."""
    return abs(a - b) <= 1e-6 * max(1.0, abs(a), abs(b))


def _norm(text: str | None) -> str:
    """Return text without brackets, quotes and spaces."""
    return NOISE.sub("", text or "")


def indicator_ok(predicted: str, gold: str) -> bool:
    """Return True when the indicators agree (one contains the other, noise removed)."""
    p, g = _norm(predicted), _norm(gold)
    return bool(p and g) and (p in g or g in p)


def optional_ok(predicted: str | None, gold: str | None) -> bool:
    """Return True when both are null, or both present and one contains the other."""
    if gold is None or predicted is None:
        return gold is None and predicted is None
    return indicator_ok(predicted, gold)


def _value_match(fig: Figure, gold: dict[str, Any]) -> bool:
    """Return True when value and unit agree."""
    return gold["unit"] == fig.unit and same_value(float(gold["value"]), fig.value or 0.0)


def _text_match(fig: Figure, gold: dict[str, Any]) -> bool:
    """Return True when the printed texts overlap (one contains the other)."""
    p, g = TEXT_NOISE.sub("", fig.text), TEXT_NOISE.sub("", str(gold["text"]))
    return bool(p and g) and (p in g or g in p)


def _pair(predicted: list[Figure], gold: list[dict[str, Any]]) -> tuple[list[tuple], list, list]:
    """Return (pairs, unmatched predictions, unmatched gold), value matches first."""
    left, pairs, extra = list(gold), [], []
    for fig in predicted:
        hit = next((g for g in left if _value_match(fig, g)), None)
        if hit is not None:
            left.remove(hit)
            pairs.append((fig, hit))
        else:
            extra.append(fig)
    still = []
    for fig in extra:
        hit = next((g for g in left if _text_match(fig, g)), None)
        if hit is not None:
            left.remove(hit)
            pairs.append((fig, hit))
        else:
            still.append(fig)
    return pairs, still, left


def _score_pair(t: Tally, fig: Figure, g: dict[str, Any], show: bool) -> None:
    """Add one located pair to the tally."""
    t.located += 1
    ok_value = _value_match(fig, g)
    t.value_unit += ok_value
    if show and not ok_value:
        print(f"  数值: {fig.text} 得 {fig.value} {fig.unit} 应 {g['value']} {g['unit']}")
    if indicator_ok(fig.indicator, g["indicator"]):
        t.indicator += 1
    elif show:
        print(f"  指标: {fig.text} 得 [{fig.indicator}] 应 [{g['indicator']}]")
    t.indicator_exact += _norm(fig.indicator) == _norm(g["indicator"])
    for key, counts, got in (("relation", t.relation, fig.relation),
                             ("period", t.period, fig.period)):
        if key in g:
            counts[1] += 1
            ok = optional_ok(got, g[key])
            counts[0] += ok
            if show and not ok and "--all" in sys.argv:
                print(f"  {key}: {fig.text} 得 [{got}] 应 [{g[key]}]")


def score(path: Path, show: bool) -> dict[str, float]:
    """Score every sentence of one gold file; return the rates."""
    t = Tally()
    strict = 0
    for entry in yaml.safe_load(path.read_text(encoding="utf-8")):
        gold = list(entry["figures"])
        predicted = extract_figures(entry["sentence"])
        t.sentences += 1
        t.gold, t.predicted = t.gold + len(gold), t.predicted + len(predicted)
        pairs, extra, missed = _pair(predicted, gold)
        if show and (extra or missed or any(not indicator_ok(f.indicator, g["indicator"])
                                            or not _value_match(f, g) for f, g in pairs)):
            print(f"· {entry['sentence'][:70]}")
        for fig, g in pairs:
            strict += _value_match(fig, g)
            _score_pair(t, fig, g, show)
        for fig in extra if show else []:
            print(f"  多出: {fig.text} [{fig.indicator}]")
        for miss in missed if show else []:
            print(f"  漏掉: {miss['text']} [{miss['indicator']}]")
    rate = lambda a, b: a / b if b else 0.0  # noqa: E731
    return {
        "sentences": t.sentences, "gold": t.gold, "predicted": t.predicted,
        "precision": rate(t.located, t.predicted), "recall": rate(t.located, t.gold),
        "strict_precision": rate(strict, t.predicted), "strict_recall": rate(strict, t.gold),
        "value_unit": rate(t.value_unit, t.located),
        "indicator": rate(t.indicator, t.located),
        "indicator_exact": rate(t.indicator_exact, t.located),
        "relation": rate(*t.relation), "period": rate(*t.period),
        "labelled_relation_period": t.relation[1],
    }


def main(show: bool, only: str | None = None) -> dict[str, dict[str, float]]:
    """Score each gold set and print one line per set; return the scores by set name."""
    results = {}
    for name, path in SETS.items():
        if only and name != only:
            continue
        if show:
            print(f"== {name} ==")
        s = score(path, show)
        results[name] = s
        counts = " ".join(f"{k}={s[k]}" for k in ("sentences", "gold", "predicted"))
        unlabelled = ("relation", "period") if not s["labelled_relation_period"] else ()
        rates = " ".join(f"{k}={v:.3f}" for k, v in s.items()
                         if isinstance(v, float) and k not in unlabelled)
        print(f"{name:8s} {counts} {rates}")
    return results


if __name__ == "__main__":
    which = sys.argv[sys.argv.index("--set") + 1] if "--set" in sys.argv else None
    main("--show" in sys.argv, which)

"""Score briefgen.ingest.annotate.dates.resolve_events against benchmarks/gold/dates.yaml.

An expected event counts as right when an event with the same printed text (spaces ignored) has the
same start and end. Precision also counts events found that the list does not expect.
Usage: python benchmarks/eval_dates.py [--show]
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from briefgen.ingest.annotate.dates import resolve_events  # noqa: E402

GOLD = Path(__file__).resolve().parent / "gold" / "dates.yaml"


def _iso(value: object) -> str | None:
    """Return a YAML date (or None) as an ISO string."""
    return value.isoformat() if isinstance(value, dt.date) else None


def main(show: bool) -> dict[str, float]:
    """Score every gold expression and print accuracy and precision; return them."""
    entries = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    expected = right = found = 0
    for entry in entries:
        events = resolve_events(entry["text"], entry["published"])
        got = {e.text.replace(" ", ""): (e.start, e.end) for e in events}
        found += len(events)
        for text, start, end in entry["events"]:
            expected += 1
            want = (_iso(start), _iso(end))
            if got.get(str(text).replace(" ", "")) == want:
                right += 1
            elif show:
                print(f"错: {text} 应 {want} 得 {got} ← {entry['text'][:40]}")
    scores = {"accuracy": right / expected, "precision": right / found if found else 0.0}
    print(f"expressions={expected} found={found} right={right}")
    print(" ".join(f"{k}={v:.3f}" for k, v in scores.items()))
    return scores


if __name__ == "__main__":
    main("--show" in sys.argv)

"""Snapshot of ``process_document`` over every real input at hand, to prove a speed change changes nothing.

    .venv/bin/python benchmarks/ingest_snapshot.py OUT.json [--compare BEFORE.json] [--also DIR ...]

Runs ``process_document`` (default options) on the seeds (``../shared/seeds`` or $BRIEFGEN_SEEDS), the
samples, every page of ``../shared/dev/html`` (all ``*.html`` below it) and ``../shared/dev/pages`` (or
$BRIEFGEN_DEV), and writes every result as sorted JSON (the path left out, so two worktrees compare
equal). Write it outside the repository. ``--compare`` prints the inputs whose result differs from an
earlier snapshot and exits 1 if any does. ``--also DIR`` adds every ``*.txt`` of another folder of pages
kept outside the repository (such as the second dev set of copied pages).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def inputs() -> list[tuple[str, Path]]:
    """Return (label, path) of every input: seeds, samples, dev HTML pages and dev text pages."""
    shared = ROOT.parent / "shared"
    if not shared.is_dir():
        shared = Path("/work/shared")
    seeds = Path(os.environ.get("BRIEFGEN_SEEDS") or shared / "seeds")
    dev = Path(os.environ.get("BRIEFGEN_DEV") or shared / "dev")
    found = [("seeds", p) for p in sorted(seeds.glob("*.txt"))]
    found += [("samples", p) for p in sorted((ROOT / "samples").glob("*.txt"))]
    found += [("html", p) for p in sorted((dev / "html").rglob("*.html"))]
    found += [("pages", p) for p in sorted((dev / "pages").glob("*.txt"))]
    if not all(any(label == k for label, _ in found) for k in ("seeds", "samples", "html", "pages")):
        raise SystemExit(f"missing inputs: seeds {seeds}, dev {dev}")
    return found


def snapshot(also: list[Path] | None = None) -> dict[str, Any]:
    """Return every input's result as plain data, keyed by label and path relative to its set."""
    from briefgen.ingest.pipeline import process_document
    from briefgen.ingest.warm import prepare
    from briefgen.records import IngestOptions

    prepare()
    out: dict[str, Any] = {}
    extra = [(f"also{n}", p) for n, folder in enumerate(also or []) for p in sorted(folder.glob("*.txt"))]
    for label, path in inputs() + extra:
        result = asdict(process_document(str(path), IngestOptions()))
        result.pop("path")
        out[f"{label}:{path.parent.name}/{path.name}"] = result
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--compare", type=Path)
    parser.add_argument("--also", type=Path, action="append", default=[], metavar="DIR")
    args = parser.parse_args()
    import briefgen

    print(f"briefgen from {briefgen.__file__}", file=sys.stderr)
    data = snapshot(args.also)
    args.out.write_text(json.dumps(data, ensure_ascii=False, sort_keys=True, indent=1), encoding="utf-8")
    print(f"{len(data)} inputs → {args.out}", file=sys.stderr)
    if args.compare:
        before = json.loads(args.compare.read_text(encoding="utf-8"))
        changed = sorted(k for k in before.keys() | data.keys() if before.get(k) != data.get(k))
        for key in changed:
            print(f"differs: {key}")
        print(f"{len(changed)} of {len(data)} inputs differ", file=sys.stderr)
        raise SystemExit(1 if changed else 0)


if __name__ == "__main__":
    main()

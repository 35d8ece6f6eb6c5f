"""Measure what a PDF page prints, from its pixels: where the page number's dashes sit."""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from PIL import Image

DPI = 300
MM_PER_PX = 25.4 / DPI
DARK = 128


def page_image(pdf: Path, page: int) -> Image.Image:
    """Return page ``page`` (1-based) of ``pdf`` rasterised in grey at ``DPI``."""
    with tempfile.TemporaryDirectory() as folder:
        stem = Path(folder) / "p"
        subprocess.run(["pdftoppm", "-gray", "-r", str(DPI), "-f", str(page), "-l", str(page),
                        "-singlefile", "-png", str(pdf), str(stem)], check=True)
        with Image.open(f"{stem}.png") as img:
            return img.convert("L").copy()


def dash_rows_mm(img: Image.Image, top_mm: float, min_run_mm: float = 3.0) -> list[float]:
    """Return the centres (mm from the page top) of the horizontal strokes below ``top_mm``.

    A stroke is a band of rows each holding a dark run at least ``min_run_mm`` long.
    """
    top = round(top_mm / MM_PER_PX)
    strip = img.crop((0, top, img.size[0], img.size[1]))
    width, height = strip.size
    pixels = strip.load()
    need = round(min_run_mm / MM_PER_PX)
    rows = []
    for y in range(height):
        run = best = 0
        for x in range(width):
            run = run + 1 if pixels[x, y] < DARK else 0
            best = max(best, run)
        if best >= need:
            rows.append(y + top)
    bands: list[list[int]] = []
    for y in rows:
        if bands and y == bands[-1][-1] + 1:
            bands[-1].append(y)
        else:
            bands.append([y])
    return [(band[0] + band[-1] + 1) / 2 * MM_PER_PX for band in bands]

"""What the paginator places: chunks of whole grid lines holding text runs and rules."""

from __future__ import annotations

from dataclasses import dataclass, field

from briefgen.render.pdf.linebreak import Placed

_SAME = 1e-4


@dataclass(frozen=True)
class Run:
    """Characters drawn in one go: x from the 版心's left, baseline below the chunk top.

    ``char_space`` is the gap as placed; ``hscale`` narrows the glyphs (1.0 = as designed).
    """

    x: float
    baseline: float
    font: str
    size: float
    text: str
    char_space: float
    color: str
    hscale: float = 1.0


@dataclass(frozen=True)
class Rule:
    """A horizontal or vertical line, in the same coordinates as runs."""

    x0: float
    y0: float
    x1: float
    y1: float
    width: float
    color: str


@dataclass
class Chunk:
    """A whole number of grid lines that stay on one page; may have to travel with the next one.

    ``running_head`` (a table's header row) is repeated above the chunk when it opens a page.
    """

    lines: int
    runs: list[Run] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)
    keep_with_next: bool = False
    blank: bool = False
    running_head: Chunk | None = None


def _gap_after(placed: list[Placed], i: int) -> float:
    return placed[i + 1].x - placed[i].x - placed[i].glyph.width


def runs_of(placed: list[Placed], dx: float, baseline: float) -> list[Run]:
    """Return the fewest runs that draw ``placed``: same font, colour and even spacing."""
    runs: list[Run] = []
    i = 0
    while i < len(placed):
        first = placed[i].glyph
        j = i + 1
        space = _gap_after(placed, i) if j < len(placed) else 0.0
        while j < len(placed):
            g = placed[j].glyph
            if (g.font, g.size, g.color, g.hscale) != (first.font, first.size, first.color,
                                                        first.hscale):
                break
            if abs(_gap_after(placed, j - 1) - space) > _SAME or placed[j - 1].glyph.squeezed:
                break  # (a mark set narrower than drawn ends its run: the next glyph starts at its own x)
            j += 1
        text = "".join(p.glyph.ch for p in placed[i:j])
        runs.append(Run(dx + placed[i].x, baseline, first.font, first.size, text,
                        space if j - i > 1 else 0.0, first.color, first.hscale))
        i = j
    return runs

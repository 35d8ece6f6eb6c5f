"""Break tokens into lines (避头尾 by pushing characters down) and place each glyph on its line."""

from __future__ import annotations

from dataclasses import dataclass

from briefgen.render.pdf.tokens import (
    NO_SQUEEZE,
    Glyph,
    Squeeze,
    Token,
    pieces,
    split_token,
    squeezed,
)

EPS = 1e-6


@dataclass(frozen=True)
class Placed:
    """A glyph at ``x`` points from the left of its line's box."""

    x: float
    glyph: Glyph


def _width(tokens: list[Token], gap: float) -> float:
    leads = sum(t.lead for t in tokens[1:])
    return sum(t.natural(gap) for t in tokens) + gap * max(len(tokens) - 1, 0) + leads


def _greedy_end(tokens: list[Token], start: int, avail: float, gap: float) -> int:
    end, used = start, 0.0
    while end < len(tokens):
        add = tokens[end].natural(gap) + (gap + tokens[end].lead if end > start else 0.0)
        if end > start and used + add > avail + EPS:
            break
        used += add
        end += 1
    return end


def _allowed(tokens: list[Token], start: int, cut: int) -> bool:
    after = next((t for t in tokens[cut:] if not t.space), None)
    before = next((t for t in reversed(tokens[start:cut]) if not t.space), None)
    return not (after is not None and after.no_start) and not (before is not None and before.no_end)


def _kinsoku_end(tokens: list[Token], start: int, end: int) -> int:
    cut = end
    while cut > start + 1 and not _allowed(tokens, start, cut):
        cut -= 1
    return cut if _allowed(tokens, start, cut) else end


def _strip(tokens: list[Token]) -> list[Token]:
    lo, hi = 0, len(tokens)
    while lo < hi and tokens[lo].space:
        lo += 1
    while hi > lo and tokens[hi - 1].space:
        hi -= 1
    return tokens[lo:hi]


def break_lines(tokens: list[Token], first: float, rest: float, gap: float,
                min_last: int = 0, tighten: float = 0.0, loose: float = 0.0,
                squeeze: Squeeze = NO_SQUEEZE) -> list[list[Token]]:
    """Return the tokens of each line; the first line is ``first`` wide, the others ``rest``.

    A last line of fewer than ``min_last`` characters is taken up by the line above when that
    line can close up by at most ``tighten`` per gap; otherwise that line gives some down. A line
    that would open up by more than ``loose`` per gap (0: never checked) closes up by at most ``tighten``
    per gap to take the run after it (…增收。（12月4日）), or else takes part of that run (…的阐述。（12月 / 4日）).
    """
    lines = greedy_lines(tokens, first, rest, gap, loose, tighten, squeeze)
    if len(lines) < 2 or sum(t.chars() for t in lines[-1]) >= min_last:
        return lines
    avail = first if len(lines) == 2 else rest
    merged = [*lines[-2], *lines[-1]]
    if _width(merged, gap) <= avail + tighten * (len(merged) - 1) + EPS:
        return [*lines[:-2], merged]
    return [*lines[:-2], *_give_down(lines[-2], lines[-1], rest, gap, min_last)]


def _give_down(above: list[Token], last: list[Token], width: float, gap: float,
               min_last: int) -> list[list[Token]]:
    """Return the two lines with the fewest tokens moved down that give ``last`` enough characters."""
    joined = [*above, *last]
    for cut in range(len(above) - 1, 0, -1):
        below = joined[cut:]
        if not _allowed(joined, 0, cut) or _width(below, gap) > width + EPS:
            continue
        if sum(t.chars() for t in below) >= min_last:
            return [_strip(joined[:cut]), _strip(below)]
    return [above, last]


def _line_end(work: list[Token], start: int, avail: float, gap: float) -> int:
    end = _greedy_end(work, start, avail, gap)
    return _kinsoku_end(work, start, end) if end < len(work) else end


def _spread(line: list[Token], avail: float, gap: float) -> float:
    """Return the space justifying ``line`` adds to each gap between its tokens."""
    return (avail - _width(line, gap)) / (len(line) - 1) if len(line) > 1 else 0.0


def _opened_run(work: list[Token], start: int, end: int, avail: float, gap: float) -> int:
    """Return the line's end after splitting the first run kept whole just after it into its pieces
    (a number with the character after it), when that closes the line up; ``end`` otherwise."""
    split = next((i for i in range(end, min(end + 3, len(work))) if len(pieces(work[i])) > 1), None)
    if split is None:
        return end
    trial = [*work[:split], *pieces(work[split]), *work[split + 1:]]
    new_end = _line_end(trial, start, avail, gap)
    if new_end <= end or _spread(trial[start:new_end], avail, gap) >= _spread(work[start:end], avail, gap):
        return end
    work[:] = trial
    return new_end


def _closed_up(work: list[Token], start: int, end: int, avail: float, gap: float, tighten: float) -> int:
    """Return the line's end after taking the run after it (and the marks that may not start a line), when
    the line closes up by at most ``tighten`` per gap to hold it; ``end`` otherwise."""
    new_end = end + 1
    while new_end < len(work) and not _allowed(work, start, new_end):
        new_end += 1
    line = _strip(work[start:new_end])
    return new_end if _width(line, gap) <= avail + tighten * (len(line) - 1) + EPS else end


def greedy_lines(tokens: list[Token], first: float, rest: float, gap: float, loose: float = 0.0,
                 tighten: float = 0.0, squeeze: Squeeze = NO_SQUEEZE) -> list[list[Token]]:
    """Return the lines filled greedily, 避头尾 by pushing characters down; with ``loose``, a line
    opening up more than that per gap closes up (``tighten`` per gap at most) to take the run after it,
    or sets its ``squeeze`` marks narrower to take it, or else splits that run."""
    work = list(tokens)
    lines: list[list[Token]] = []
    start, avail = 0, first
    while start < len(work):
        while start < len(work) and work[start].space:
            start += 1
        if start >= len(work):
            break
        if work[start].natural(gap) > avail + EPS and len(work[start].glyphs) > 1:
            work[start:start + 1] = split_token(work[start])
        end = _line_end(work, start, avail, gap)
        if loose and end < len(work) and _spread(_strip(work[start:end]), avail, gap) > loose:
            closed = _closed_up(work, start, end, avail, gap, tighten)
            closed = closed if closed > end else _squeezed_up(work, start, end, (avail, gap, tighten), squeeze)
            end = closed if closed > end else _opened_run(work, start, end, avail, gap)
        lines.append(_strip(work[start:end]))
        start, avail = end, rest
    return [line for line in lines if line]


def _squeezed_up(work: list[Token], start: int, end: int, room: tuple[float, float, float], squeeze: Squeeze) -> int:
    """Return the line's end after taking the run after it with its marks set narrower, each alike and no more
    than holds it (…小麦已收获，16.35万亩 in one line rather than a line opened up), when at most ``squeeze.share``
    of their width does; ``end`` otherwise.
    ``room`` is the line's width, the gap, and the closing up allowed per gap."""
    avail, gap, tighten = room
    new_end = end + 1
    while new_end < len(work) and not _allowed(work, start, new_end):
        new_end += 1
    line = _strip(work[start:new_end])
    over = _width(line, gap) - avail - tighten * (len(line) - 1)
    marks = [i for i in range(start, new_end - 1) if len(work[i].glyphs) == 1 and not work[i].glyphs[0].squeezed
             and work[i].glyphs[0].ch in squeeze.marks]
    widths = sum(work[i].glyphs[0].width for i in marks)
    if not marks or over > widths * squeeze.share + EPS:
        return end
    for i in marks:
        work[i] = squeezed(work[i], max(over, 0.0) / widths + EPS)  # each mark alike, as little as holds the run
    return new_end


def place_line(tokens: list[Token], avail: float, gap: float, align: str) -> list[Placed]:
    """Return the line's glyphs with x positions: justify, left, centre or right within ``avail``."""
    natural = _width(tokens, gap)
    spread, x = 0.0, 0.0
    if natural > avail + EPS:
        align = "justify"   # a line closed up to take the paragraph's short end
    if align == "justify" and len(tokens) > 1:
        spread = (avail - natural) / (len(tokens) - 1)
    elif align == "center":
        x = (avail - natural) / 2
    elif align == "right":
        x = avail - natural
    placed: list[Placed] = []
    for index, token in enumerate(tokens):
        if index:
            x += gap + spread + token.lead
        for inner, glyph in enumerate(token.glyphs):
            if inner:
                x += gap + glyph.lead
            placed.append(Placed(x, glyph))
            x += glyph.width
    return placed

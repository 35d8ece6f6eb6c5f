"""The fixed parts of the page: masthead (刊头), 版记 and page numbers."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics

from briefgen.model import Imprint, Masthead
from briefgen.render.glyph_bounds import DEFAULT_MIDDLE, ink_middle
from briefgen.render.pdf.chunks import Chunk, Rule, Run
from briefgen.render.pdf.text import TextStyle, Typesetter
from briefgen.render.shared import imprint_text

MASTHEAD_TITLE_LINES = 3
ISSUE_LINE = 3
ISSUER_LINE = 4
RULE_BELOW_ISSUER = 0.35     # of a line pitch below the 编印单位 line


def masthead_chunk(ts: Typesetter, masthead: Masthead, style: dict[str, Any]) -> Chunk:
    """Return the 刊头: red 刊名 centred, 第N期, 编印单位 left and date right, red rule."""
    geo, pdf = ts.geometry, style["pdf"]
    red = style["colors"]["masthead"]
    size = float(style["sizes_pt"]["masthead"]) * float(pdf.get("masthead_title_scale", 1.0))
    hscale = float(style.get("char_scale_pct", {}).get("masthead", 100)) / 100
    title_look = TextStyle("masthead", size, "center", color=red, hscale=hscale)
    natural = sum(g.width for g in ts.glyphs([(masthead.title, "text")], title_look))
    if natural > geo.width:
        title_look = replace(title_look, size=size * geo.width / natural * 0.98)
    title = ts.one_line(masthead.title, title_look, geo.width, 0.0, "center")
    shift = geo.baseline(title_look.size, MASTHEAD_TITLE_LINES) - geo.baseline(title_look.size)
    chunk = Chunk(lines=int(pdf["masthead_lines"]),
                  runs=[replace(r, baseline=r.baseline + shift) for r in title.runs])
    label = TextStyle("body", float(style["sizes_pt"]["issue_label"]), color=style["colors"]["text"])
    inset = float(pdf.get("masthead_side_inset_chars", 1)) * geo.advance(label.size)
    lines = [(ts.one_line(masthead.issue_label, label, geo.width, 0.0, "center"), ISSUE_LINE),
             (ts.one_line(masthead.issuer, label, geo.width - 2 * inset, inset, "left"),
              ISSUER_LINE),
             (ts.one_line(masthead.date_label, label, geo.width - 2 * inset, inset, "right"),
              ISSUER_LINE)]
    for line, slot in lines:
        chunk.runs += [replace(r, baseline=r.baseline + slot * geo.pitch) for r in line.runs]
    y = (ISSUER_LINE + 1 + RULE_BELOW_ISSUER) * geo.pitch
    chunk.rules.append(Rule(0, y, geo.width, y, float(style["rules_pt"]["masthead_rule"]),
                            style["colors"]["rule"]))
    return chunk


def _imprint_entries(ts: Typesetter, imprint: Imprint, style: dict[str, Any], look: TextStyle,
                     inset: float, width: float) -> list[Chunk]:
    printed = imprint_text(imprint, style)
    entries = [ts.stack(ts.lines([(text, "text")], look, width, inset, hanging))
               for text, hanging in printed.lines]
    last = ts.one_line(printed.issuer, look, width, inset, "left")
    last.runs += ts.one_line(printed.printed, look, width, inset, "right").runs
    entries.append(last)
    if printed.copies:
        entries.append(ts.one_line(printed.copies, look, width, inset, "right"))
    return entries


def imprint_chunk(ts: Typesetter, imprint: Imprint, style: dict[str, Any]) -> Chunk:
    """Return the 版记: its lines between rules, first and last thick, the middle ones thin."""
    geo = ts.geometry
    look = TextStyle("imprint", float(style["sizes_pt"]["imprint"]), color=style["colors"]["text"])
    inset = float(style["pdf"].get("imprint_side_inset_chars", 1)) * geo.advance(look.size)
    entries = _imprint_entries(ts, imprint, style, look, inset, geo.width - 2 * inset)
    chunk = ts.stack(entries)
    thick, thin = style["rules_pt"]["imprint_thick"], style["rules_pt"]["imprint_thin"]
    color = style["colors"]["text"]
    edges = [sum(e.lines for e in entries[:i]) * geo.pitch for i in range(len(entries) + 1)]
    for i, y in enumerate(edges):
        weight = thick if i in (0, len(entries)) else thin
        chunk.rules.append(Rule(0, y, geo.width, y, weight, color))
    return chunk


def page_number_run(ts: Typesetter, page: int, style: dict[str, Any]) -> list[Run]:
    """Return the page number's runs, x from the 版心 left and baseline below the 版心 bottom."""
    geo, spec = ts.geometry, style["page_number"]
    look = TextStyle("page_number", float(style["sizes_pt"]["page_number"]),
                     color=style["colors"]["text"])
    inset = float(spec.get("inset_chars", 1)) * look.size
    side = spec["odd"] if page % 2 else spec["even"]
    text = str(spec["format"]).format(n=page)
    line = ts.one_line(text, look, geo.width - 2 * inset, inset, side)
    dash = str(spec.get("dash", "—"))
    lift = next((_stroke_middle(r.font, dash) for r in line.runs if dash in r.text), DEFAULT_MIDDLE)
    depth = float(spec["below_body_mm"]) * mm + lift * look.size
    return [replace(r, baseline=depth) for r in line.runs]


def _stroke_middle(font: str, ch: str) -> float:
    """Return the height of ``ch``'s ink middle above the baseline in ``font``, in ems."""
    face = pdfmetrics.getFont(font).face
    return ink_middle(face.filename, int(getattr(face, "subfontNameX", b"")[1:] or 0), ch)

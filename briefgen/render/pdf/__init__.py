"""The PDF renderer: ``render_pdf(briefing, out, style)``."""

from briefgen.render.pdf.render import render_pdf

__all__ = ["render_pdf"]

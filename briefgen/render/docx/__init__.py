"""The Word draft renderer: ``render_docx(briefing, out, style)``."""

from briefgen.render.docx.render import render_docx

__all__ = ["render_docx"]

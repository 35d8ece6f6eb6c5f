"""Renderers that draw the briefing model: ``render.pdf`` (reportlab) and ``render.docx`` (Word)."""

"""Font discovery for the renderers: which installed file serves each style role."""

from briefgen.fonts.report import fonts_report
from briefgen.fonts.resolve import FontChoice, resolve_chains, resolve_fonts, role_chain

__all__ = ["FontChoice", "fonts_report", "resolve_chains", "resolve_fonts", "role_chain"]

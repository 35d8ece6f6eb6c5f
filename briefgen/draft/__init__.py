"""Read an edited briefgen Word draft back into the briefing model: ``read_draft(path, style)``."""

from briefgen.draft.read import Readback, read_draft

__all__ = ["Readback", "read_draft"]

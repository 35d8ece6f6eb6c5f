"""Photo captions glued into body text (…致辞，开工仪式现场张晗摄据了解，…): cut out and kept as captions."""

from __future__ import annotations

from briefgen.ingest.split.vocab import vocab

CREDIT_MARK = "摄"  # every glued caption ends in its photographer's credit


def cut_glued_captions(text: str) -> tuple[str, list[str]]:
    """Return ``text`` without the scene captions glued inside it, and those captions."""
    if CREDIT_MARK not in text:
        return text, []
    pattern = vocab().caption_glued
    captions = [m.group(0).strip() for m in pattern.finditer(text)]
    return (pattern.sub("", text), captions) if captions else (text, [])

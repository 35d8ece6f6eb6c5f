"""Make model text safe for WordprocessingML: drop what XML 1.0 cannot hold."""

from __future__ import annotations

import re

# XML 1.0 forbids C0 controls other than tab, newline and carriage return, lone surrogates
# and the non-characters U+FFFE/U+FFFF; carriage returns would become line breaks, so go too.
_NOT_XML = re.compile("[\x00-\x08\x0b-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """Return ``text`` without the characters an XML part cannot hold."""
    return _NOT_XML.sub("", text)

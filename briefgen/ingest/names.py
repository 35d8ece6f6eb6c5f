"""File names as the user should read them, and which paths are safe to open."""

from __future__ import annotations

import os
import stat


def display_path(path: str) -> str:
    """Return ``path`` as text that can be printed and stored (a GBK name decoded, else escaped).

    Names that are not UTF-8 reach Python with lone surrogates, which SQLite, JSON and the terminal
    refuse. Such a name is decoded as GB18030 (what Chinese Windows writes) unless a file with that
    decoded name exists too; otherwise the odd bytes are shown as ``\\xNN``.
    """
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        pass
    raw = os.fsencode(path)
    try:
        decoded = raw.decode("gb18030")
    except UnicodeDecodeError:
        decoded = ""
    if decoded and not os.path.lexists(decoded):
        return decoded
    return raw.decode("utf-8", "backslashreplace")


def not_regular(path: str) -> bool:
    """Return True for something that exists but is no regular file (FIFO, device, socket)."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not stat.S_ISREG(mode) and not stat.S_ISDIR(mode)

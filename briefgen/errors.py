"""Errors that carry a one-line Chinese message and an exit code."""

from __future__ import annotations

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2


class BriefgenError(Exception):
    """A failure the user can act on; ``str()`` is the one-line Chinese message."""

    exit_code = EXIT_USAGE

    def __init__(self, message: str, exit_code: int | None = None) -> None:
        super().__init__(message)
        if exit_code is not None:
            self.exit_code = exit_code


class InputRefused(BriefgenError):
    """One input file could not be read; the run goes on without it."""

    exit_code = EXIT_REFUSED

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}：{reason}", EXIT_REFUSED)
        self.path = path
        self.reason = reason


class ConfigError(BriefgenError):
    """A style, profile, template or option is wrong."""

    exit_code = EXIT_USAGE

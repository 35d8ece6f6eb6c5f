"""Errors that carry a one-line Chinese message and an exit code."""

from __future__ import annotations

import errno

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


_OS_REASONS = {
    errno.ENOENT: "不存在",
    errno.EACCES: "没有权限",
    errno.EPERM: "没有权限",
    errno.ENOTDIR: "路径中有一段不是文件夹",
    errno.EISDIR: "这是一个文件夹",
    errno.EROFS: "所在的文件系统是只读的",
    errno.ENOSPC: "磁盘已满",
    errno.EEXIST: "路径中有一段是同名的文件，不是文件夹",
}


def os_reason(exc: OSError) -> str:
    """Return a short Chinese reason for an operating-system error."""
    return _OS_REASONS.get(exc.errno or 0) or exc.strerror or str(exc)

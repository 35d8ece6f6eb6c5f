"""Errors that carry a one-line Chinese message and an exit code."""

from __future__ import annotations

import errno
import sqlite3

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 3
EXIT_INTERRUPTED = 130


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


class CorpusError(BriefgenError):
    """The corpus file is damaged, newer, read-only, locked or on a full disk."""

    exit_code = EXIT_USAGE


class EnvironmentProblem(BriefgenError):
    """Something the machine must provide is missing: a Chinese font, LibreOffice, memory."""

    exit_code = EXIT_USAGE


# The one exit-code table: the first class an exception is an instance of gives the code
# (a BriefgenError may carry its own). Documented in README.md and docs/limits.md.
EXIT_TABLE: tuple[tuple[type[BaseException], int], ...] = (
    (InputRefused, EXIT_REFUSED),      # 1  some files refused, the rest done
    (BriefgenError, EXIT_USAGE),       # 2  usage, configuration, corpus, environment
    (OSError, EXIT_USAGE),             # 2  a path, permission or full disk
    (sqlite3.Error, EXIT_USAGE),       # 2  the corpus file
    (MemoryError, EXIT_USAGE),         # 2  the machine
    (RecursionError, EXIT_USAGE),      # 2  a template or input nested without end
    (KeyboardInterrupt, EXIT_INTERRUPTED),
    (Exception, EXIT_INTERNAL),        # 3  a bug: please report it
)


def exit_code_for(exc: BaseException) -> int:
    """Return the exit code for ``exc`` from EXIT_TABLE."""
    if isinstance(exc, BriefgenError):
        return exc.exit_code
    return next((code for kind, code in EXIT_TABLE if isinstance(exc, kind)), EXIT_INTERNAL)


_SQLITE_REASONS = (
    ("disk is full", "磁盘已满，语料库未能写入；请清理空间后重试（已写入的部分保持完整）"),
    ("disk i/o error", "读写语料库时出错（磁盘将满、文件超过系统允许的大小或磁盘故障）；请检查磁盘后重试"),
    ("readonly", "语料库是只读的，不能写入；请检查文件权限或换一个 --db"),
    ("locked", "语料库正被另一个 briefgen 占用，请稍后重试"),
    ("malformed", "语料库文件已损坏；请换一个 --db，或删除后重新读入材料"),
    ("not a database", "这不是 briefgen 语料库（或文件已损坏）；请换一个 --db"),
    ("unable to open", "无法打开语料库文件；请检查路径和权限"),
)


def sqlite_reason(exc: sqlite3.Error) -> str:
    """Return a short Chinese reason for an SQLite error."""
    text = str(exc).lower()
    found = next((why for key, why in _SQLITE_REASONS if key in text), None)
    return found or f"语料库出错（{str(exc)[:80]}）；请换一个 --db 或报告此问题"


_OS_REASONS = {
    errno.ENOENT: "不存在",
    errno.EACCES: "没有权限",
    errno.EPERM: "没有权限",
    errno.ENOTDIR: "路径中有一段不是文件夹",
    errno.EISDIR: "这是一个文件夹",
    errno.EROFS: "所在的文件系统是只读的",
    errno.ENOSPC: "磁盘已满",
    errno.EEXIST: "路径中有一段是同名的文件，不是文件夹",
    errno.ELOOP: "符号链接绕成了圈",
    errno.EFBIG: "文件超过了系统允许的大小（或磁盘将满）",
    errno.EDQUOT: "磁盘配额已用完",
    errno.ENAMETOOLONG: "文件名太长",
    errno.EIO: "读写出错（磁盘或网络文件系统有问题）",
}


def os_reason(exc: OSError) -> str:
    """Return a short Chinese reason for an operating-system error."""
    return _OS_REASONS.get(exc.errno or 0) or exc.strerror or str(exc)

"""Write output files atomically: a temporary file beside the target, then a rename."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from briefgen.errors import BriefgenError, os_reason


def prepare_dir(folder: Path) -> Path:
    """Return ``folder`` created and checked writable, or raise a clear error."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BriefgenError(f"{folder}：无法创建输出文件夹（{os_reason(exc)}），请换一个 --out") from exc
    if not os.access(folder, os.W_OK):
        raise BriefgenError(f"{folder}：输出文件夹不可写，请检查权限或换一个 --out")
    return folder


def _umask() -> int:
    """Return the process umask (reading it means setting it back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_output(target: Path) -> Iterator[Path]:
    """Yield a temporary path; on success it replaces ``target``, on failure it is removed."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=target.suffix, dir=target.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        if exc.errno == 28:
            raise BriefgenError(f"{target}：磁盘已满，未写出文件；请清理空间后重试") from exc
        raise
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise

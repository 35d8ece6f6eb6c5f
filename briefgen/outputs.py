"""Write output files atomically: a temporary file beside the target, then a rename."""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterator
from pathlib import Path

from briefgen.errors import BriefgenError, os_reason

TEMP_PREFIX = ".briefgen-tmp-"  # then the writing process's pid, a dash, a random part and the suffix
STEM_MAX_CHARS = 80
_UNSAFE = re.compile(r'[\\/:*?"<>|]')


def safe_stem(stem: str) -> str:
    """Return ``stem`` fit to be one file name: no separators, control characters or leading dots."""
    kept = "".join(ch for ch in stem if unicodedata.category(ch)[0] != "C")
    kept = _UNSAFE.sub("_", kept).strip().lstrip(".").strip()
    return kept[:STEM_MAX_CHARS].strip() or "briefing"


def output_path(folder: Path, stem: str, suffix: str) -> Path:
    """Return ``folder``/``stem``.``suffix`` with the stem sanitised; never a path outside ``folder``."""
    target = folder / f"{safe_stem(stem)}.{suffix}"
    if target.resolve().parent != folder.resolve():
        raise BriefgenError(f"{target}：输出文件名不在 --out 文件夹内，已拒绝写出")
    return target


def clean_stale_temps(folder: Path) -> list[Path]:
    """Remove temporary files left in ``folder`` by runs that were killed; return what went."""
    gone = []
    for tmp in folder.glob(f"{TEMP_PREFIX}*"):
        pid = tmp.name[len(TEMP_PREFIX):].split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            with contextlib.suppress(OSError):
                tmp.unlink()
                gone.append(tmp)
    return gone


def _alive(pid: int) -> bool:
    """Return True when a process ``pid`` exists (ours or another user's)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return pid != 0


def prepare_dir(folder: Path) -> Path:
    """Return ``folder`` created and checked writable, or raise a clear error."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise BriefgenError(f"{folder}：无法创建输出文件夹（{os_reason(exc)}），请换一个 --out") from exc
    if not os.access(folder, os.W_OK):
        raise BriefgenError(f"{folder}：输出文件夹不可写，请检查权限或换一个 --out")
    clean_stale_temps(folder)
    return folder


def _umask() -> int:
    """Return the process umask (reading it means setting it back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def atomic_output(target: Path) -> Iterator[Path]:
    """Yield a temporary path; on success it replaces ``target``, on failure it is removed."""
    fd, tmp_name = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}{os.getpid()}-", suffix=target.suffix, dir=target.parent)
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

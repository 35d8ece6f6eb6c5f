"""Child processes that die with their parent: a ``kill -9`` of briefgen leaves no worker running."""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import sys
from collections.abc import Callable

PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def die_with_parent(parent: int) -> bool:
    """Ask Linux to kill this process when its parent dies; return True when that is arranged.

    ``parent`` is the pid the child was started by: if it already died before the request took
    effect, the child exits at once. Elsewhere than Linux nothing is arranged.
    """
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        done = libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False
    if os.getppid() != parent:
        os._exit(1)
    return done


def child_initializer(then: Callable[[], None] | None = None) -> tuple[Callable[..., None], tuple[object, ...]]:
    """Return (initializer, initargs) for a process pool whose workers die with this process."""
    return _start_child, (os.getpid(), then)


def _start_child(parent: int, then: Callable[[], None] | None) -> None:
    """Run in each new worker: die with ``parent``, then run ``then``."""
    die_with_parent(parent)
    if then is not None:
        then()

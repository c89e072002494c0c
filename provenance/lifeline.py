"""Worker processes die with the process that started them, however it ends.

A worker waits on a pipe its parent fills; if the parent is killed (SIGKILL, the out-of-memory killer)
the worker would wait for ever, adopted by init. On Linux each worker asks the kernel to kill it when
its parent dies (prctl PR_SET_PDEATHSIG). A parent sent SIGTERM kills its workers itself and exits
with 128 + 15, as a shell expects of a terminated command.
"""
from __future__ import annotations

import os
import signal
import sys
from typing import Any

_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def die_with_parent() -> None:
    """In a child process: be killed when the parent dies (Linux; elsewhere nothing can be asked)."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes  # here, not at import: every command and worker imports this module
    import multiprocessing

    try:
        if ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
            return
    except (OSError, AttributeError):
        return
    parent = multiprocessing.parent_process()
    if parent is not None and not parent.is_alive():  # it died before we asked
        os._exit(1)


def _terminated(signum: int, frame: Any) -> None:
    import multiprocessing

    for child in multiprocessing.active_children():  # workers busy with an article would finish it first
        child.kill()
    raise SystemExit(128 + signum)


def exit_on_sigterm() -> None:
    """In the main process: on SIGTERM, kill the workers and exit through the usual clean-up."""
    signal.signal(signal.SIGTERM, _terminated)

"""A limit on the processor time of one piece of work, which even a regular expression cannot outlast.

A profiling timer (SIGPROF) counts the processor time this process spends, not the clock, so a busy
machine does not cut an article that would have finished, and work that loops for ever is cut all
the same. The signal interrupts Python code and the `re` engine alike (its matching loop checks for
signals). Signals reach the main thread only: elsewhere (a dask worker's thread, a platform without
setitimer) the work runs without a limit.
"""
from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from typing import Iterator, Optional


class TimeLimitExceeded(Exception):
    """The work took longer than its limit."""


def _expired(signum: int, frame: object) -> None:
    raise TimeLimitExceeded


@contextmanager
def time_limit(seconds: Optional[float]) -> Iterator[None]:
    """Raise TimeLimitExceeded in the block once it has used `seconds` of processor time (None or 0: no limit)."""
    if not seconds or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGPROF, _expired)
    signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)

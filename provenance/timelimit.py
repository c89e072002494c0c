"""A time limit on one piece of work in this process, which even a regular expression cannot outlast.

SIGALRM interrupts Python code and the `re` engine alike (its matching loop checks for signals), so
an article that would keep a worker busy for ever is cut at its limit. Signals reach the main thread
only: elsewhere (a dask worker's thread, a platform without setitimer) the work runs without a limit.
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
    """Raise TimeLimitExceeded in the block once it has run `seconds` (None or 0: no limit)."""
    if not seconds or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)

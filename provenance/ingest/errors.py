"""The one-line errors of reading inputs, and the sizes they name; apart from inputs.py so that fetching a page
(fetch.py) reports the same errors without importing what calls it."""
from __future__ import annotations

import re
from typing import Optional

_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]?)b?\s*$", re.I)


class InputError(Exception):
    """The input cannot be audited; the message is the one line the user sees."""


def parse_size(value: str) -> int:
    """'20000000', '50MB', '1.5G' -> bytes (decimal units, as the error messages print them)."""
    m = _SIZE.match(value)
    if not m:
        raise ValueError(f"{value!r} is not a size (examples: 500000, 50MB, 1G)")
    size = int(float(m[1]) * 1000 ** " kmg".index(m[2].lower() or " "))
    if size <= 0:
        raise ValueError(f"{value!r}: the limit must be above zero")
    return size


def human_size(n: float) -> str:
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("KB", 1e3)):
        if n >= scale:
            return f"{n / scale:.3g} {unit}"
    return f"{n:.0f} bytes"


def over_limit(name: str, max_bytes: int, size: Optional[int] = None) -> InputError:
    """The one line for an input over the size cap (`size` None: known only to be bigger)."""
    what = f"{human_size(size)} is over" if size is not None else "over"
    return InputError(f"{name}: {what} the {human_size(max_bytes)} input limit (raise it with --max-bytes)")

"""Text printed for people, made safe for a terminal or a CI log.

An article or a file name may carry terminal escape sequences (clear the screen, set the window title,
OSC 8 hyperlinks), C1 controls, direction overrides, or a newline that starts a forged line (a GitHub
workflow command such as ::add-mask::). Each such character is shown as its backslash escape
(\\x1b, \\n, \\u202e) instead of being sent to the terminal.
"""
from __future__ import annotations

import re

# C0 and C1 controls, DEL, and the direction controls that can reorder what a line appears to say
_IN_TEXT = "\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_TEXT = re.compile(f"[{_IN_TEXT}]")  # newline and tab stay: a report's text is made of lines
_LINE = re.compile(f"[{_IN_TEXT}\t\n]")  # one line: a file name, an error line


def _escape(m: re.Match) -> str:
    return m[0].encode("unicode_escape").decode("ascii")


def printable(text: str) -> str:
    """`text` with every control character but newline and tab shown as its escape."""
    return _TEXT.sub(_escape, text)


def one_line(text: str) -> str:
    """`text` as one printable line: newlines and tabs are escaped too."""
    return _LINE.sub(_escape, text)

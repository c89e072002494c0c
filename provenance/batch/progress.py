"""A progress bar for long runs: articles done out of the total, the rate and the time left.

It is drawn on standard error, and only when that is an interactive terminal, so results on standard
output (JSON, JSON Lines, text) and logs of unattended runs never hold a frame of it. Errors printed
while it runs (typer.echo to standard error) appear above it.
"""
from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator, Optional

from ..ingest.inputs import folder_files

if TYPE_CHECKING:  # rich (15 ms of imports) only where a bar is drawn: most runs are not on a terminal
    from rich.console import Console

Advance = Callable[[], None]


def _rows(path: Path) -> int:
    """Non-blank lines of a JSON Lines file (one article each), read in bounded pieces."""
    n, content = 0, False
    with path.open("rb") as fh:
        for piece in iter(lambda: fh.readline(1 << 20), b""):
            content = content or bool(piece.strip())
            if piece.endswith(b"\n"):
                n, content = n + content, False
    return n + content


def count_inputs(paths: list[str]) -> int:
    """How many articles (or input errors) the paths will give: files, folder entries, JSON Lines rows."""
    total = 0
    for p in paths:
        path = Path(p)
        files = folder_files(path) if p != "-" and path.is_dir() else [path]
        for f in files:
            try:
                total += _rows(f) if f.name.lower().endswith(".jsonl") and f.is_file() else 1
            except OSError:  # unreadable: it will be one error line
                total += 1
    return total


def _columns() -> tuple:
    """The bar's columns: what it is, the bar, done out of all, articles a second (over rich's recent window),
    the time left."""
    from rich.progress import BarColumn, MofNCompleteColumn, ProgressColumn, Task, TextColumn, TimeRemainingColumn
    from rich.text import Text

    class Rate(ProgressColumn):
        def render(self, task: Task) -> Text:
            speed = task.finished_speed or task.speed
            return Text(f"{speed:,.1f} articles/s" if speed else "- articles/s", style="progress.data.speed")

    return (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), Rate(), TimeRemainingColumn(),
            TextColumn("left"))


def _console() -> Optional[Console]:
    """The console for a bar, or None when standard error is not an interactive terminal."""
    if not sys.stderr.isatty():
        return None
    from rich.console import Console

    console = Console(file=sys.stderr)
    return console if console.is_interactive else None


@contextmanager
def progress_bar(paths: list[str], label: str, show: bool = True) -> Iterator[Advance]:
    """Yield a function to call once per article done; it draws the bar if `show` and stderr is a terminal."""
    console = _console() if show else None
    if console is None:
        yield lambda: None
        return
    from rich.progress import Progress

    with Progress(*_columns(), console=console, redirect_stdout=False, redirect_stderr=True) as bar:
        task = bar.add_task(label, total=count_inputs(paths))
        yield lambda: bar.advance(task)

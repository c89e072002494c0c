"""First boilerplate layer for HTML: trafilatura removes page furniture by structure.

trafilatura runs in a child process with a time limit and a memory limit, so a hostile page (half a
million nested tags, a table of 400,000 cells) costs one clear error instead of a stalled batch or an
exhausted machine. The child is started on the first page, reused for every page after it (a process
per page would double the cost of an audit) and replaced after a timeout or a crash.
"""
from __future__ import annotations

import gc
import multiprocessing
import re
import signal
import threading
from html import escape
from itertools import islice
from typing import Any, Optional

from pydantic import BaseModel

from ..lifeline import die_with_parent
from .errors import InputError

TIMEOUT = 20.0  # seconds one page may take
MAX_MEMORY = 1 << 30  # bytes the extractor may grow by while working on one page


class Extracted(BaseModel):
    text: str
    title: Optional[str] = None
    sitename: Optional[str] = None
    hostname: Optional[str] = None
    date: Optional[str] = None
    url: Optional[str] = None


def extract_html(html: str, url: Optional[str], name: str) -> Extracted:
    """Main text and metadata of a page; a page with visible text but nothing extracted is an error."""
    status, value = _worker.run(html, url)
    if status == "ok":
        return Extracted(**value)
    raise InputError(f"{name}: " + {
        "timeout": f"extraction took over {TIMEOUT:g} s (the page is too complex); not audited",
        "memory": f"extraction needed over {MAX_MEMORY / 2**20:.0f} MB of memory; not audited",
        "crash": f"the extractor failed on this page ({value}); not audited",
        "unextracted": "extraction returned no text from a page that has some "
                       "(very deep nesting or an unusual layout); not audited as empty",
        "empty": "the page holds no article text",
    }[status])


# --- in the child ------------------------------------------------------------------------------

_RAW_TEXT = re.compile(r"<(script|style)\b", re.I)
_TAG = re.compile(r"<[^<>]{0,4000}>")  # bounded, so a page of a million '<' stays linear
_WORD = re.compile(r"\S+")
_ELEMENT_TEXT = r">\s*"  # what an element's text starts with, not an attribute's
_HEADLINE_BEFORE = 800  # characters of markup between a headline and the standfirst under it


def _has_visible_text(html: str, words: int = 30) -> bool:
    """More than `words` words outside tags, scripts and styles (linear time on any input)."""
    parts, pos = [], 0
    for m in _RAW_TEXT.finditer(html):
        if m.start() < pos:
            continue
        parts.append(html[pos:m.start()])
        close = re.compile(rf"</{m[1]}\s*>", re.I).search(html, m.end())
        if close is None:  # an unclosed script runs to the end of the page, as in a browser
            pos = len(html)
            break
        pos = close.end()
    parts.append(html[pos:])
    visible = _TAG.sub(" ", "".join(parts))
    return sum(1 for _ in islice(_WORD.finditer(visible), words + 1)) > words


def _standfirst(html: str, doc: Any, text: str) -> Optional[str]:
    """The page's description when trafilatura left it out but the page shows it as text right under its
    headline: the standfirst that opens the article (topagrar, clarin), not a teaser kept in the metadata."""
    description = (getattr(doc, "description", None) or "").strip()
    title = (getattr(doc, "title", None) or "").strip()
    if len(description.split()) < 8 or not title or description[:40] in text:
        return None
    shown = re.compile(_ELEMENT_TEXT + re.escape(escape(description[:40], quote=False)))
    headline = re.compile(_ELEMENT_TEXT + re.escape(escape(title[:30], quote=False)))
    for m in islice(shown.finditer(html), 20):
        if headline.search(html, max(0, m.start() - _HEADLINE_BEFORE), m.start()):
            return description
    return None


def _extract(html: str, url: Optional[str]) -> tuple[str, Any]:
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, url=url, include_comments=False, include_tables=True, with_metadata=True,
        favor_precision=False, deduplicate=False,
    )
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        return ("unextracted" if _has_visible_text(html) else "empty"), None
    deck = _standfirst(html, doc, text)
    return "ok", {
        "text": f"{deck}\n\n{text}" if deck else text,
        "title": getattr(doc, "title", None),
        "sitename": getattr(doc, "sitename", None),
        "hostname": getattr(doc, "hostname", None),
        "date": getattr(doc, "date", None),
        "url": getattr(doc, "url", None) or url,
    }


def _extract_safely(html: str, url: Optional[str]) -> tuple[str, Any]:
    try:
        return _extract(html, url)
    except MemoryError:
        return "memory", None
    except Exception as exc:  # a bug in a parser on a hostile page is that page's problem only
        return "crash", f"{type(exc).__name__}: {exc}"[:200]


def _limit_memory(extra: int) -> None:
    """Cap the address space at its current size plus `extra` (Linux; elsewhere only the timeout holds)."""
    import resource

    try:
        with open("/proc/self/statm") as fh:
            current = int(fh.read().split()[0]) * resource.getpagesize()
    except OSError:
        return
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = current + extra if hard == resource.RLIM_INFINITY else min(hard, current + extra)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _serve(conn: Any, parent_end: Any, max_memory: int) -> None:
    """The child's loop: one (html, url) in, one (status, value) out, until the parent goes away."""
    die_with_parent()  # even while stuck on a page
    parent_end.close()  # so that the parent's exit reaches us as end-of-file
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    # What we inherited from the parent (its compiled rules, ...) is never used here: keep the
    # garbage collector from scanning it on every full collection (and from copying its pages).
    gc.freeze()
    _limit_memory(max_memory)
    while True:
        try:
            html, url = conn.recv()
        except (EOFError, OSError):
            return
        conn.send(_extract_safely(html, url))


# --- in the parent -----------------------------------------------------------------------------

_RESTART_AFTER = {"timeout", "memory", "crash"}


class _Worker:
    """The extraction child: started on first use, reused across pages, replaced after any failure."""

    def __init__(self) -> None:
        self._proc: Optional[multiprocessing.process.BaseProcess] = None
        self._conn: Any = None
        self._lock = threading.Lock()

    def run(self, html: str, url: Optional[str]) -> tuple[str, Any]:
        if multiprocessing.current_process().daemon:  # may not have children: no limits, but no crash
            return _extract_safely(html, url)
        with self._lock:
            if self._proc is None or not self._proc.is_alive():
                self._start()
            outcome: tuple[str, Any] = "crash", "interrupted"
            try:
                self._conn.send((html, url))
                outcome = self._conn.recv() if self._conn.poll(TIMEOUT) else ("timeout", None)
            except (EOFError, OSError):
                outcome = "crash", self._exit_reason()
            finally:
                if outcome[0] in _RESTART_AFTER:  # also on Ctrl-C: never leave a page half-done in it
                    self.stop()
            return outcome

    def _exit_reason(self) -> str:
        self._proc.join(1)
        code = self._proc.exitcode
        return "it stopped answering" if code is None else \
            f"killed by signal {-code}" if code < 0 else f"exit code {code}"

    def _start(self) -> None:
        # fork is cheapest; with other threads running it is unsafe, so use a fork server then
        methods = multiprocessing.get_all_start_methods()
        method = "fork" if "fork" in methods and threading.active_count() == 1 else \
            "forkserver" if "forkserver" in methods else "spawn"
        ctx = multiprocessing.get_context(method)
        parent_end, child_end = ctx.Pipe()
        self._proc = ctx.Process(target=_serve, args=(child_end, parent_end, MAX_MEMORY),
                                 name="provenance-extract", daemon=True)
        self._proc.start()
        child_end.close()
        self._conn = parent_end

    def stop(self) -> None:
        """Kill the child (it may be stuck in C code that ignores gentler signals)."""
        if self._proc is not None:
            self._proc.kill()
            self._proc.join()
            self._conn.close()
            self._proc = self._conn = None


_worker = _Worker()

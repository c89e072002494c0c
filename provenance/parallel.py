"""Audit a stream of documents on several cores, in input order, with bounded memory.

Each worker process loads and compiles the rules once. At most `jobs * 4` chunks are in flight,
so memory stays flat however many articles go through.
"""
from __future__ import annotations

import os
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from typing import Iterable, Iterator, Optional, Union

from .inputs import BadInput, iter_documents
from .models import Document, Report
from .pipeline import Auditor

_worker: Optional[Auditor] = None


def _init(rules_dir: Optional[str]) -> None:
    global _worker
    _worker = Auditor(rules_dir)


def _audit_chunk(docs: list[Union[Document, BadInput]]) -> list[Union[Report, BadInput]]:
    assert _worker is not None
    return list(_worker.audit_many(docs))


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def audit_documents(docs: Iterable[Union[Document, BadInput]], jobs: Optional[int] = None,
                    rules_dir: Optional[str] = None, chunk: int = 16) -> Iterator[Union[Report, BadInput]]:
    """Reports (or BadInputs) in the order of `docs`; jobs=1 runs in this process."""
    jobs = jobs or default_jobs()
    if jobs <= 1:
        yield from Auditor(rules_dir).audit_many(docs)
        return
    it = iter(docs)
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_init, initargs=(rules_dir,))
    try:
        window: deque = deque()
        while True:
            while len(window) < jobs * 4:
                batch = list(islice(it, chunk))
                if not batch:
                    break
                window.append(pool.submit(_audit_chunk, batch))
            if not window:
                return
            yield from window.popleft().result()
    finally:
        # On Ctrl-C or when the consumer stops early, drop queued work instead of finishing it.
        pool.shutdown(wait=True, cancel_futures=True)


def audit_paths(paths: list[str], jobs: Optional[int] = None, rules_dir: Optional[str] = None,
                url: Optional[str] = None) -> Iterator[Union[Report, BadInput]]:
    """Stream the articles under `paths` (files, folders, .jsonl, '-') through the audit."""
    return audit_documents(iter_documents(paths, url), jobs, rules_dir)

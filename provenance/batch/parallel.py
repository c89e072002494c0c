"""Audit a stream of documents on several cores, in input order, with bounded memory.

A run shorter than one chunk is audited in this process, with the caller's Auditor: starting workers
would cost more than it saves. Otherwise each worker process compiles the rules once (`cached_auditor`)
and at most `jobs * 4` chunks are in flight, so memory stays flat however many articles go through.
"""
from __future__ import annotations

import functools
import os
from collections import deque
from contextlib import closing
from itertools import chain, islice
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Optional, TypeVar, Union

from ..ingest.inputs import BadInput, iter_documents
from ..models import Document, Report
from ..pipeline import TIME_LIMIT, Auditor, no_collection

if TYPE_CHECKING:  # the pool and its multiprocessing only where workers start (about 10 ms of every start-up)
    from concurrent.futures import ProcessPoolExecutor

T = TypeVar("T")
R = TypeVar("R")


@functools.cache
def cached_auditor(rules_dir: Optional[str] = None, time_limit: Optional[float] = TIME_LIMIT) -> Auditor:
    """One Auditor per process, rules folder and time limit: compiling the rules costs more than a chunk
    of articles. Its rules live as long as the process: frozen out of the collector's reach once built."""
    with no_collection(freeze=True):
        return Auditor(rules_dir, time_limit=time_limit)


def _start_worker(*setup: Any) -> None:
    from ..lifeline import die_with_parent

    die_with_parent()
    cached_auditor(*setup)


def _audit_chunk(setup: tuple, docs: list[Union[Document, BadInput]]) -> list[Union[Report, BadInput]]:
    return list(cached_auditor(*setup).audit_many(docs))


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def audit_documents(docs: Iterable[Union[Document, BadInput]], jobs: Optional[int] = None,
                    auditor: Optional[Auditor] = None, chunk: int = 16) -> Iterator[Union[Report, BadInput]]:
    """Reports (or BadInputs) in the order of `docs`, by `auditor` (default: the shipped rules).

    jobs=1, or fewer documents than one `chunk`, runs in this process with `auditor`; otherwise
    `jobs` worker processes each compile the same rules folder once.
    """
    jobs = min(jobs or default_jobs(), default_jobs())  # more processes than CPUs only compete for them
    it = iter(docs)
    first = list(islice(it, chunk)) if jobs > 1 else []
    if jobs <= 1 or len(first) < chunk:
        yield from (auditor or cached_auditor()).audit_many(chain(first, it))
        return
    from concurrent.futures import ProcessPoolExecutor

    setup = (str(auditor.rules.directory), auditor.time_limit) if auditor else ()  # what each worker compiles
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_start_worker, initargs=setup)
    batches = chain([first], iter(lambda: list(islice(it, chunk)), []))
    with closing(in_order(pool, functools.partial(_audit_chunk, setup), batches, jobs * 4)) as results:
        for reports in results:
            yield from reports


def in_order(pool: ProcessPoolExecutor, fn: Callable[[T], R], items: Iterable[T], window: int) -> Iterator[R]:
    """fn(item) for each item, computed on `pool`, yielded in input order, with at most `window`
    items in flight (bounded memory); the pool is shut down at the end, and on Ctrl-C or when the
    consumer stops early its queued work is dropped instead of finished."""
    it = iter(items)
    try:
        futures: deque = deque(pool.submit(fn, item) for item in islice(it, window))
        while futures:
            done = futures.popleft().result()
            futures.extend(pool.submit(fn, item) for item in islice(it, 1))
            yield done
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def audit_paths(paths: list[str], jobs: Optional[int] = None,
                rules: Optional[Union[Auditor, str, Path]] = None,
                url: Optional[str] = None) -> Iterator[Union[Report, BadInput]]:
    """Stream the articles under `paths` (files, folders, .jsonl, '-') through the audit.

    `rules` is the Auditor to use or a rules folder (default: the shipped rules).
    """
    auditor = rules if isinstance(rules, Auditor) else cached_auditor(str(rules) if rules else None)
    return audit_documents(iter_documents(paths, url), jobs, auditor)

"""The audit as a dask.bag, on a local dask cluster or on a distributed one (`--engine dask`).

This process reads the inputs (so standard input, URLs and JSON Lines behave exactly as without dask,
and workers need no shared file system) and streams them to the cluster as bag partitions, a few
partitions per worker in flight, so memory stays flat however many articles go through. Each partition
comes back as a shard: its reports, or for JSON Lines output the lines themselves, serialised on the
worker. Shards are merged in input order as they arrive. Needs the extra: pip install 'provenance[dask]'.
"""
from __future__ import annotations

import logging
from collections import deque
from contextlib import contextmanager
from itertools import islice
from typing import Iterable, Iterator, Optional, Union

import dask.bag as db
from distributed import Client, LocalCluster

from ..ingest.inputs import BadInput
from ..models import Document, Report
from .parallel import cached_auditor, default_jobs

PARTITION_SIZE = 64  # articles per bag partition: big enough that scheduling costs little per article


def _audit_partition(docs: Iterable[Union[Document, BadInput]], rules_dir: Optional[str],
                     as_json: bool) -> list[Union[Report, str, BadInput]]:
    """A shard: the partition's reports (as JSON Lines lines when `as_json`), BadInputs in place."""
    return [r.model_dump_json() + "\n" if as_json and isinstance(r, Report) else r
            for r in cached_auditor(rules_dir).audit_many(docs)]


@contextmanager
def _client(scheduler: Optional[str], jobs: Optional[int]) -> Iterator[Client]:
    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    with LocalCluster(n_workers=jobs or default_jobs(), threads_per_worker=1, processes=True,
                      dashboard_address=None, silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        yield client


def dask_audit_documents(docs: Iterable[Union[Document, BadInput]], rules_dir: Optional[str] = None,
                         scheduler: Optional[str] = None, partition_size: int = PARTITION_SIZE,
                         jobs: Optional[int] = None, as_json: bool = False) -> Iterator[Union[Report, str, BadInput]]:
    """Reports (or JSON lines, with `as_json`) and BadInputs in the order of `docs`.

    `scheduler` is a dask scheduler address (tcp://host:8786); without one a local cluster of `jobs`
    single-threaded worker processes is started and stopped around the run.
    """
    it = iter(docs)
    with _client(scheduler, jobs) as client:
        workers = max(1, sum(client.nthreads().values()))  # worker threads: partitions that run at once
        shards: deque = deque()
        while True:
            if len(shards) < 2 * workers:  # keep every worker busy, with a partition of slack each
                batch = list(islice(it, partition_size * workers))
                if batch:
                    bag = db.from_sequence(batch, partition_size=partition_size)
                    shards.extend(client.compute(bag.map_partitions(_audit_partition, rules_dir, as_json).to_delayed()))
                    continue
            if not shards:
                return
            yield from shards.popleft().result()


"""The dask engine gives the reports of a single process, in input order, on a local cluster."""
from __future__ import annotations

from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")
pytest.importorskip("dask.bag")

from typer.testing import CliRunner  # noqa: E402

from provenance.batch.distributed import dask_audit_documents  # noqa: E402
from provenance.batch.parallel import audit_documents, audit_paths  # noqa: E402
from provenance.cli import app  # noqa: E402
from provenance.ingest.inputs import BadInput, iter_documents  # noqa: E402
from provenance.models import Document, Report  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEEDS = str(ROOT / "seeds")


@pytest.fixture(scope="module")
def scheduler():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster:
        yield cluster.scheduler_address


def test_dask_gives_the_reports_of_one_process(scheduler):
    expected = list(audit_paths([SEEDS], jobs=1))
    assert len(expected) >= 5
    assert list(dask_audit_documents(iter_documents([SEEDS]), scheduler=scheduler, partition_size=2)) == expected


def test_bad_input_stays_in_place(scheduler):
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    docs = [Document(name=seeds[0].name, text=seeds[0].read_text(encoding="utf-8")),
            BadInput(name="x.txt", error="x.txt: cannot read"), Document(name="blank.txt", text=" "),
            Document(name=seeds[1].name, text=seeds[1].read_text(encoding="utf-8"))]
    results = list(dask_audit_documents(docs, scheduler=scheduler, partition_size=3))
    assert [type(r) for r in results] == [Report, BadInput, BadInput, Report]
    assert results == list(audit_documents(docs, jobs=1))


def test_cli_jsonl_shards_merge_into_the_local_output(scheduler):
    def run(*args: str) -> str:
        result = CliRunner().invoke(app, ["audit", SEEDS, "-f", "jsonl", *args])
        assert result.exit_code == 0, result.output
        return result.stdout

    assert run("--engine", "dask", "--scheduler", scheduler) == run("--jobs", "1")

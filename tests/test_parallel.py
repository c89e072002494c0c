"""Several processes give the same reports, in the same order, as one; a bad input stays in its place."""
from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from provenance.cli import app
from provenance.inputs import BadInput
from provenance.models import Document, Report
from provenance import parallel
from provenance.parallel import audit_documents

ROOT = Path(__file__).resolve().parent.parent
CORPUS = [str(ROOT / "seeds"), str(ROOT / "tests" / "devset")]


def _jsonl(*args: str) -> str:
    result = CliRunner().invoke(app, ["audit", *CORPUS, "-f", "jsonl", *args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_two_jobs_write_what_one_job_writes():
    one = _jsonl("--jobs", "1")
    assert one.count("\n") > 30
    assert _jsonl("--jobs", "2") == one


def _docs() -> list:
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    ok = [Document(name=p.name, text=p.read_text(encoding="utf-8")) for p in seeds[:3]]
    return [ok[0],
            BadInput(name="unreadable.txt", error="unreadable.txt: cannot read (Permission denied)"),  # read failed
            Document(name="blank.txt", text="   \n  "),  # fails in the audit itself, inside a worker
            ok[1], ok[2]]


def test_bad_input_in_the_middle_of_a_batch_is_reported_in_place():
    docs = _docs()
    # a short run (audited in this process), the bad inputs inside one worker's chunk, then across chunks
    for chunk in (16, 5, 2):
        results = list(audit_documents(docs, jobs=2, chunk=chunk))
        assert [type(r) for r in results] == [Report, BadInput, BadInput, Report, Report]
        assert [r.input if isinstance(r, Report) else r.name for r in results] == [d.name for d in docs]
        assert results[1].error == docs[1].error
        assert "blank.txt: empty input" in results[2].error
        assert results == list(audit_documents(docs, jobs=1))


def test_cli_reports_a_missing_file_and_audits_the_rest():
    seeds = sorted(str(p) for p in (ROOT / "seeds").glob("*.txt"))
    result = CliRunner().invoke(app, ["audit", seeds[0], str(ROOT / "no-such-file.txt"), seeds[1],
                                      "-f", "jsonl", "--jobs", "2"])
    assert result.exit_code == 2
    assert "no-such-file.txt: no such file" in result.stderr
    assert [Report.model_validate_json(line).input for line in result.stdout.splitlines()] == [seeds[0], seeds[1]]


def test_jobs_are_capped_at_the_cpus_with_a_note(monkeypatch):
    started = []

    class Recording(parallel.ProcessPoolExecutor):
        def __init__(self, max_workers, **kwargs):
            started.append(max_workers)
            super().__init__(max_workers, **kwargs)

    monkeypatch.setattr(parallel, "ProcessPoolExecutor", Recording)
    cpus = parallel.default_jobs()
    result = CliRunner().invoke(app, ["audit", *CORPUS, "-f", "jsonl", "--jobs", "1000"])
    assert result.exit_code == 0, result.output
    assert result.stderr == f"note: --jobs 1000 is more than the {cpus} CPUs this process may use; using {cpus}\n"
    assert started == [cpus]
    assert result.stdout.count("\n") > 30

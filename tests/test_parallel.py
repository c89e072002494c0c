"""Several processes give the same reports, in the same order, as one; a bad input stays in its place."""
from __future__ import annotations

import concurrent.futures
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import DEVSET, HELD_OUT
from typer.testing import CliRunner

from provenance.batch import parallel
from provenance.batch.parallel import audit_documents
from provenance.cli import app
from provenance.ingest.inputs import BadInput
from provenance.models import Document, Report

ROOT = Path(__file__).resolve().parent.parent
CORPUS = [str(ROOT / "seeds"), *(str(p) for p in sorted(DEVSET.iterdir()) if p.is_dir() and p != HELD_OUT)]
SEED = ROOT / "seeds" / "002_8a64b5d3bad4b392.txt"


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

    class Recording(concurrent.futures.ProcessPoolExecutor):
        def __init__(self, max_workers, **kwargs):
            started.append(max_workers)
            super().__init__(max_workers, **kwargs)

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", Recording)  # imported where a pool starts
    cpus = parallel.default_jobs()
    result = CliRunner().invoke(app, ["audit", *CORPUS, "-f", "jsonl", "--jobs", "1000"])
    assert result.exit_code == 0, result.output
    assert result.stderr == f"note: --jobs 1000 is more than the {cpus} CPUs this process may use; using {cpus}\n"
    assert started == [cpus]
    assert result.stdout.count("\n") > 30


# --- workers die with their parent ---------------------------------------------------------------------

SLEEPY = ("import time, provenance.pipeline as p, provenance.ingest.extract as e\n"  # every article keeps its worker busy
          "p.split_sentences = lambda *args: time.sleep(300)\n"
          "e._extract = lambda *args: time.sleep(300)\n"
          "from provenance.cli import main; main()")


def descendants(pid: int) -> set[int]:
    """The processes below `pid`, from /proc (Linux)."""
    parents = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        parents[int(stat.parent.name)] = int(fields[1])
    found, todo = set(), [pid]
    while todo:
        above = todo.pop()
        kids = [p for p, parent in parents.items() if parent == above]
        found.update(kids)
        todo += kids
    return found


def alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"  # a zombie is dead
    except OSError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
@pytest.mark.parametrize("command", ["audit", "export", "extract"])
def test_workers_die_with_their_parent(tmp_path: Path, command: str, sig: int) -> None:
    for i in range(20):
        (tmp_path / f"{i:02}.txt").write_bytes(SEED.read_bytes())
    args = {"audit": ["audit", str(tmp_path), "-j", "2", "-f", "jsonl"],
            "export": ["export", str(tmp_path / "audit.db"), str(tmp_path), "-j", "2"],
            "extract": ["audit", str(ROOT / "tests" / "hostile" / "page.html"), "-j", "1"]}[command]
    parent = subprocess.Popen([sys.executable, "-c", SLEEPY, *args], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    workers: set[int] = set()
    try:
        want = 2 if command != "extract" else 1
        deadline = time.monotonic() + 60
        while len(workers := descendants(parent.pid)) < want and time.monotonic() < deadline:
            time.sleep(0.2)
        assert len(workers) >= want
        time.sleep(1)  # the workers are busy with an article
        workers = descendants(parent.pid)
        parent.send_signal(sig)
        parent.wait(30)
        deadline = time.monotonic() + 10
        while any(alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not [w for w in workers if alive(w)]
        if sig == signal.SIGTERM:
            assert parent.returncode == 128 + signal.SIGTERM
    finally:
        for w in descendants(parent.pid) | workers:
            if alive(w):
                os.kill(w, signal.SIGKILL)
        parent.kill()
        parent.wait()


def test_a_process_auditor_freezes_its_rules_and_a_library_auditor_freezes_nothing() -> None:
    """The per-process auditor (workers, the command) moves the rules it built out of the collector's
    reach (gc.freeze: no collection walks them again); an Auditor that a program builds for itself leaves
    that program's objects to the collector."""
    code = ("import gc; from provenance import Auditor; from provenance.batch.parallel import cached_auditor; "
            "Auditor(); library = gc.get_freeze_count(); cached_auditor(); print(library, gc.get_freeze_count(), "
            "gc.isenabled())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out[0] == "0" and int(out[1]) > 50_000 and out[2] == "True"

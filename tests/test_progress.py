"""Progress bars: on standard error when it is a terminal, never on standard output, silenced by --quiet."""
from __future__ import annotations

import json
import os
import pty
import re
import select
import subprocess
import sys
from pathlib import Path

import pytest

from provenance.batch.progress import count_inputs

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
BAR_ENV = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE",
                                                              "NO_COLOR", "CI", "COLUMNS", "LINES")}
BAR_ENV.update(TERM="xterm-256color", COLUMNS="150")


def run_on_terminal(*args: str, cwd: Path) -> tuple[int, bytes, str]:
    """Run the command with standard error on a pseudo-terminal and standard output on a pipe."""
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "provenance", *args], stdout=subprocess.PIPE, stderr=slave,
                            stdin=subprocess.DEVNULL, cwd=cwd, env=BAR_ENV)
    os.close(slave)
    seen, out, open_fds = b"", b"", {master, proc.stdout.fileno()}
    while open_fds:  # read both, or a full stdout pipe would stall the child
        ready, _, _ = select.select(list(open_fds), [], [], 120)
        if not ready:
            proc.kill()
            raise TimeoutError("no output for 120 s")
        for fd in ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:  # the child closed the terminal
                chunk = b""
            if not chunk:
                open_fds.discard(fd)
            elif fd == master:
                seen += chunk
            else:
                out += chunk
    os.close(master)
    proc.wait(timeout=60)
    return proc.returncode, out, ANSI.sub("", seen.decode("utf-8", "replace")).replace("\r", "\n")


@pytest.fixture()
def batch(tmp_path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for seed in SEEDS:
        (folder / seed.name).write_bytes(seed.read_bytes())
    (folder / "empty.txt").write_bytes(b"")  # one that fails: its error still shows
    return folder


def shows_a_bar(stderr: str, total: int) -> bool:
    """The bar's last frame: done out of total, a rate in articles a second and the time left."""
    return bool(re.search(rf"\b{total}/{total}\b.*\barticles/s\b.*\d+:\d\d:\d\d", stderr))


def test_audit_shows_a_bar_on_standard_error_and_clean_json_on_standard_output(batch, tmp_path):
    code, out, err = run_on_terminal("audit", str(batch), "--format", "json", "-j", "1", cwd=tmp_path)
    total = len(SEEDS) + 1
    assert code == 2 and shows_a_bar(err, total), err
    assert "empty.txt: empty input" in err
    assert len(json.loads(out)) == len(SEEDS)  # nothing of the bar in the JSON


def test_audit_quiet_shows_errors_only(batch, tmp_path):
    code, out, err = run_on_terminal("audit", str(batch), "--format", "jsonl", "-j", "1", "--quiet", cwd=tmp_path)
    assert code == 2 and len(out.splitlines()) == len(SEEDS)
    assert "articles/s" not in err and "empty.txt: empty input" in err


def test_no_bar_when_standard_error_is_not_a_terminal(batch, tmp_path):
    out = subprocess.run([sys.executable, "-m", "provenance", "audit", str(batch), "-f", "jsonl", "-j", "1"],
                         capture_output=True, env=BAR_ENV, timeout=120)
    assert "articles/s" not in out.stderr.decode() and out.stderr.decode().count("\n") == 1


def test_report_shows_a_bar_and_quiet_silences_it(batch, tmp_path):
    code, _, err = run_on_terminal("report", str(batch), "-o", str(tmp_path / "site"), "-j", "1", cwd=tmp_path)
    assert code == 2 and shows_a_bar(err, len(SEEDS) + 1), err
    assert (tmp_path / "site" / "index.html").is_file()
    code, _, err = run_on_terminal("report", str(batch), "-o", str(tmp_path / "site2"), "-j", "1", "--quiet",
                                   cwd=tmp_path)
    assert code == 2 and "articles/s" not in err and "wrote" not in err and "empty.txt: empty input" in err


def test_export_shows_a_bar(batch, tmp_path):
    code, _, err = run_on_terminal("export", str(tmp_path / "audit.db"), str(batch), "-j", "1", cwd=tmp_path)
    assert code == 2 and shows_a_bar(err, len(SEEDS) + 1), err
    assert "done:" in err and "empty.txt" in err


def test_the_total_counts_files_folder_entries_and_jsonl_rows(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.html").write_text("x")
    (tmp_path / "sub" / "image.png").write_bytes(b"x")  # a folder walk skips it
    (tmp_path / "feed.jsonl").write_text('{"text": "a"}\n\n  \n{"text": "b"}\n{"text": "c"}')  # blank lines skipped
    assert count_inputs([str(tmp_path)]) == 5
    assert count_inputs([str(tmp_path / "feed.jsonl"), "-", "missing.txt"]) == 5


def test_the_command_loads_no_progress_bar_library_until_a_bar_is_drawn():
    # rich costs about 15 ms of every command's start-up; most runs are not on a terminal and draw no bar
    code = "import sys, provenance.cli; print(sorted(m for m in sys.modules if m.split('.')[0] == 'rich'))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"

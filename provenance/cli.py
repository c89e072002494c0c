"""Command line: a thin layer over the Python API (see README for every command)."""
from __future__ import annotations

import copy
import json
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, List, Optional, TextIO

import typer

from .inputs import MAX_INPUT_BYTES, BadInput, iter_documents, parse_size, shown
from .lifeline import exit_on_sigterm
from .models import Report
from .parallel import audit_documents, audit_paths, cached_auditor, default_jobs
from .pipeline import TIME_LIMIT, Auditor
from .printable import one_line
from .backtracking import check_backtracking
from .rules import RulesError, load_rules
from .textreport import render

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Who stands behind what a news article says, claim by claim.")
rules_app = typer.Typer(no_args_is_help=True, help="Work with rules folders.")
app.add_typer(rules_app, name="rules")

FORMATS = ("text", "json", "jsonl", "html")
HTML_ONE_PAGE = "--format html writes one article's page; use 'provenance report PATH... -o FOLDER' for several"


def error(message: str, before: str = "") -> None:
    """One line on standard error; what the message quotes (file names, rules) cannot break or forge it."""
    typer.echo(f"{before}error: {one_line(message)}", err=True)


def fail(message: str, code: int = 2) -> None:
    error(message)
    raise typer.Exit(code)


def capped_jobs(jobs: Optional[int]) -> Optional[int]:
    """`--jobs`, at most the CPUs this process may run on (more processes only compete for them)."""
    cpus = default_jobs()
    if jobs is not None and jobs > cpus:
        typer.echo(f"note: --jobs {jobs} is more than the {cpus} CPUs this process may use; using {cpus}", err=True)
        return cpus
    return jobs


def make_auditor(rules: Optional[Path]) -> Auditor:
    """The Auditor of `rules` (compiled once per process), or exit with a clear error."""
    try:
        return cached_auditor(str(rules) if rules else None)
    except RulesError as exc:
        fail(str(exc))
        raise  # unreachable


TIME_LIMIT_HELP = f"processor seconds the audit of one article's text may take (default {TIME_LIMIT:g}; 0: no limit)"


def limited(auditor: Auditor, seconds: Optional[float]) -> Auditor:
    """`auditor` with the time limit of --time-limit (the compiled rules are shared, not copied)."""
    if seconds is None:
        return auditor
    auditor = copy.copy(auditor)
    auditor.time_limit = seconds or None
    return auditor


@contextmanager
def output(path: Optional[Path]) -> Iterator[TextIO]:
    if path is None:
        yield sys.stdout
        return
    with open(path, "w", encoding="utf-8") as fh:
        yield fh


@app.command()
def audit(
    paths: List[str] = typer.Argument(..., help="files, folders, .jsonl files, or - for standard input"),
    url: Optional[str] = typer.Option(None, "--url", help="the page's address, when the file does not carry it"),
    fmt: str = typer.Option("text", "--format", "-f", help="text, json, jsonl or html"),
    rules: Optional[Path] = typer.Option(None, "--rules", help="rules folder (default: the shipped rules)"),
    out: Optional[Path] = typer.Option(None, "-o", "--output", help="write here instead of standard output"),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, help="worker processes (default: all cores)"),
    max_bytes: Optional[str] = typer.Option(None, "--max-bytes",
                                            help="largest article to read, e.g. 50MB (default 20MB)"),
    fetch: bool = typer.Option(False, "--fetch", help="download http(s) URLs given as paths (public addresses only)"),
    engine: str = typer.Option("local", "--engine", help="local (processes on this machine) or dask (a dask.bag; "
                                                         "needs pip install 'provenance[dask]')"),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="with --engine dask: the scheduler's address, "
                                                                      "e.g. tcp://10.0.0.5:8786 (default: a local cluster)"),
    time_limit: Optional[float] = typer.Option(None, "--time-limit", min=0, help=TIME_LIMIT_HELP),
) -> None:
    """Audit one or more articles: boilerplate, outlet, origin, wires, claims, sources, scores."""
    if fmt not in FORMATS:
        raise typer.BadParameter(f"choose one of {', '.join(FORMATS)}", param_hint="--format")
    if engine not in ("local", "dask") or (scheduler and engine != "dask"):
        raise typer.BadParameter("choose local or dask; --scheduler needs --engine dask", param_hint="--engine")
    if engine == "dask":
        try:
            from .distributed import dask_audit_documents
        except ImportError:
            fail("--engine dask needs dask: pip install 'provenance[dask]'")
    try:
        limit = parse_size(max_bytes) if max_bytes else MAX_INPUT_BYTES
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--max-bytes") from None
    auditor = limited(make_auditor(rules), time_limit)  # validate the rules once, here, with a clear error
    jobs = capped_jobs(jobs)
    failures = 0
    reports: list[Report] = []
    with output(out) as fh:
        first = True
        docs = iter_documents(paths, url, limit, fetch)
        results = dask_audit_documents(docs, str(rules) if rules else None, scheduler, jobs=jobs,
                                       as_json=fmt == "jsonl") if engine == "dask" else audit_documents(docs, jobs, auditor)
        for result in results:
            if isinstance(result, BadInput):
                failures += 1
                error(result.error)
                continue
            if isinstance(result, str):  # a line of a JSON Lines shard, written by a dask worker
                fh.write(result)
                fh.flush()
            elif fmt == "jsonl":
                fh.write(result.model_dump_json() + "\n")
                fh.flush()
            elif fmt == "text":
                fh.write(("" if first else "\n") + render(result))
                fh.flush()
            else:
                if fmt == "html" and reports:
                    fail(HTML_ONE_PAGE)
                reports.append(result)
            first = False
        if fmt == "json":
            data = [r.model_dump(mode="json") for r in reports]
            fh.write(json.dumps(data[0] if len(data) == 1 else data, ensure_ascii=False, indent=2) + "\n")
        elif fmt == "html":
            from .htmlreport import render_page
            for r in reports:
                fh.write(render_page(r))
    if failures:
        raise typer.Exit(2)


@app.command("report")
def report_pages(
    paths: List[str] = typer.Argument(..., help="files, folders, .jsonl files, or - for standard input"),
    out: Path = typer.Option(..., "-o", "--output",
                             help="the page for one article; for several, a folder or the index file in one"),
    url: Optional[str] = typer.Option(None, "--url", help="the page's address, when the file does not carry it"),
    rules: Optional[Path] = typer.Option(None, "--rules", help="rules folder (default: the shipped rules)"),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, help="worker processes (default: all cores)"),
    policy: Optional[Path] = typer.Option(None, "--policy", help="gate policy for the findings panel (default: shipped)"),
    time_limit: Optional[float] = typer.Option(None, "--time-limit", min=0, help=TIME_LIMIT_HELP),
) -> None:
    """Self-contained HTML: the article with each claim highlighted by its grade (and an index for several)."""
    from .htmlreport import write_pages
    auditor = limited(make_auditor(rules), time_limit)
    jobs = capped_jobs(jobs)
    failures = 0

    def reports() -> Iterator[Report]:
        nonlocal failures
        for result in audit_paths(paths, jobs, auditor, url):
            if isinstance(result, BadInput):
                failures += 1
                error(result.error)
            else:
                yield result

    several = len(paths) > 1 or any(Path(p).is_dir() for p in paths)
    try:
        written = write_pages(reports(), out, several, policy)
    except (RulesError, ImportError) as exc:
        fail(str(exc))
        return
    if written:
        typer.echo(f"wrote {one_line(str(written[0]))}" + (f" and {len(written) - 1} pages" if len(written) > 1 else ""), err=True)
    if failures or not written:
        raise typer.Exit(2)


@app.command("export")
def export_db(
    db: Path = typer.Argument(..., help="the SQLite database to create or add to"),
    paths: List[str] = typer.Argument(..., help="files, folders or .jsonl files"),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, help="worker processes (default: all cores)"),
    rules: Optional[Path] = typer.Option(None, "--rules", help="rules folder (default: the shipped rules)"),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="no progress and no summary; errors are still shown"),
    time_limit: Optional[float] = typer.Option(None, "--time-limit", min=0, help=TIME_LIMIT_HELP),
) -> None:
    """Audit many articles into a SQLite database for Datasette; safe to re-run, it adds what is missing."""
    import time

    from .export import ExportError, Summary, export

    auditor = limited(make_auditor(rules), time_limit)  # validates the rules; export() audits with it
    jobs = capped_jobs(jobs)
    tty = sys.stderr.isatty()
    clear = "\r\x1b[K" if tty else ""  # start over the progress line on a terminal
    shown, last = 0, time.monotonic()

    def progress(summary: Summary) -> None:
        nonlocal shown, last
        for _, reason in summary.skipped[shown:]:
            error(reason, clear)
        shown = len(summary.skipped)
        if not quiet and time.monotonic() - last >= (0.2 if tty else 10):
            last = time.monotonic()
            typer.echo(f"{clear}{summary}", err=True, nl=not tty)

    try:
        summary = export(db, paths, jobs, auditor, progress)
    except ExportError as exc:
        fail(str(exc))
    except KeyboardInterrupt:
        fail(f"interrupted: the articles finished so far are in {db}; run the same command again to add the rest",
             130)
    if not quiet:
        typer.echo(f"{clear}done: {summary}" + (" (reasons above)" if summary.skipped else ""), err=True)
    if summary.skipped:
        raise typer.Exit(2)


GATE_FORMATS = ("text", "json", "sarif", "junit", "github")


def _print_gate_schema(wanted: bool) -> None:
    if wanted:
        from .gate_formats import GateResult
        typer.echo(json.dumps(GateResult.model_json_schema(), indent=2, ensure_ascii=False))
        raise typer.Exit()


@app.command("gate")
def gate_drafts(
    paths: List[str] = typer.Argument(..., help="drafts: files, folders, .jsonl files, or - for standard input"),
    policy: Optional[Path] = typer.Option(None, "--policy", help="policy file (default: policy.yaml of the rules)"),
    fmt: str = typer.Option("text", "--format", "-f", help="text, json, sarif, junit or github"),
    fail_on: str = typer.Option("error", "--fail-on", help="lowest severity that fails the gate: error or warning"),
    exit_zero: bool = typer.Option(False, "--exit-zero", help="exit 0 even when findings fail the gate"),
    rules: Optional[Path] = typer.Option(None, "--rules", help="rules folder (default: the shipped rules)"),
    out: Optional[Path] = typer.Option(None, "-o", "--output", help="write here instead of standard output"),
    time_limit: Optional[float] = typer.Option(None, "--time-limit", min=0, help=TIME_LIMIT_HELP),
    _schema: bool = typer.Option(False, "--schema", is_eager=True, callback=_print_gate_schema,
                                 help="print the JSON Schema of --format json and exit"),
) -> None:
    """Check drafts against a sourcing policy before publication: exit 0 pass, 1 findings, 2 usage or input error."""
    from .gate import GateRun, load_policy, policy_path, run_gate
    from .gate_formats import render

    if fmt not in GATE_FORMATS:
        raise typer.BadParameter(f"choose one of {', '.join(GATE_FORMATS)}", param_hint="--format")
    if fail_on not in ("error", "warning"):
        raise typer.BadParameter("choose error or warning", param_hint="--fail-on")
    policy_file = policy or policy_path(rules)
    try:
        run = GateRun(load_policy(policy_file), shown(str(policy_file)), fail_on)  # type: ignore[arg-type]
    except RulesError as exc:
        fail(str(exc))
        return
    run_gate(iter_documents(paths), limited(make_auditor(rules), time_limit), run)
    for problem in run.input_errors:
        error(problem)
    with output(out) as fh:
        fh.write(render(fmt, run))
    if run.input_errors:
        raise typer.Exit(2)
    if run.failed and not exit_zero:
        raise typer.Exit(1)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the audit report."""
    typer.echo(json.dumps(Report.model_json_schema(), indent=2, ensure_ascii=False))


@rules_app.command("check")
def rules_check(directory: Optional[Path] = typer.Argument(None, help="rules folder (default: the shipped rules)")) -> None:
    """Validate a rules folder and say exactly what is wrong where."""
    from .gate import load_policy
    try:
        ruleset = load_rules(directory, check_patterns=False)  # every pattern is checked below
    except RulesError as exc:
        fail(str(exc))
        return
    policy_file, policy, problems = ruleset.directory / "policy.yaml", None, []
    try:  # a policy of the user's is checked as it loads (its first slow pattern stops it)
        policy = load_policy(policy_file) if policy_file.exists() else None
    except RulesError as exc:
        problems.append(str(exc))
    problems = check_backtracking(ruleset, more=policy.all_patterns() if policy else ()) + problems
    for p in problems:
        error(p)
    if problems:
        raise typer.Exit(2)
    n_lex = len(ruleset.entries)
    typer.echo(f"ok: {ruleset.directory}: {len(ruleset.boilerplate.rules)} boilerplate rules, {n_lex} lexicon entries, "
               f"{len(ruleset.outlets.outlets)} outlets, {len(ruleset.intel.services)} intelligence services, "
               f"{len(ruleset.countries.countries)} countries"
               + (f", {len(policy.rules)} policy rules" if policy else ""))


def main() -> None:
    exit_on_sigterm()
    app()

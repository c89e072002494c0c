"""Command line: a thin layer over the Python API (see README for every command)."""
from __future__ import annotations

import copy
import json
import os
import sys
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from textwrap import indent
from typing import Iterator, List, NoReturn, Optional, TextIO

import typer
from typer.core import TyperCommand, TyperGroup

from .backtracking import check_patterns
from .batch.parallel import audit_documents, audit_paths, cached_auditor, default_jobs
from .batch.progress import progress_bar
from .ingest.errors import parse_size
from .ingest.inputs import MAX_INPUT_BYTES, BadInput, iter_documents
from .ingest.inputs import shown as shown_name
from .lifeline import exit_on_sigterm
from .models import Report
from .outputs.textreport import render
from .pipeline import TIME_LIMIT, Auditor
from .printable import one_line
from .rules import RulesError, load_built


class _Flags:
    """Flags show as flags: typer 0.29 labels every boolean option (--help too) <bool>, as if it took a value."""

    def get_params(self, ctx):  # type: ignore[no-untyped-def]
        params = super().get_params(ctx)  # type: ignore[misc]
        for param in params:
            if getattr(param, "is_flag", False) and param.metavar is None:
                param.metavar = ""
        return params


class _Command(_Flags, TyperCommand):
    pass


class _Group(_Flags, TyperGroup):
    pass


class _Typer(typer.Typer):
    """typer.Typer whose commands show their flags as flags."""

    def command(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        kwargs.setdefault("cls", _Command)
        return super().command(*args, **kwargs)


app = _Typer(cls=_Group, add_completion=False, no_args_is_help=True,
             help="Who stands behind what a news article says, claim by claim.")
rules_app = _Typer(cls=_Group, no_args_is_help=True, help="Work with rules folders.")
app.add_typer(rules_app, name="rules")


# Choices are enums, so --help lists them and a typo gets typer's own message.
class AuditFormat(StrEnum):
    text = "text"
    json = "json"
    jsonl = "jsonl"
    html = "html"


class Engine(StrEnum):
    local = "local"
    dask = "dask"


class GateFormat(StrEnum):
    text = "text"
    json = "json"
    sarif = "sarif"
    junit = "junit"
    github = "github"


class FailOn(StrEnum):
    error = "error"
    warning = "warning"


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
    except RulesError as exc:  # every mistake of the folder, a line each
        _errors(str(exc))


def several_inputs(paths: List[str]) -> bool:
    """A folder, several paths or a JSON Lines file: results are a list, however many articles it turns out to hold."""
    return len(paths) > 1 or any(p != "-" and (Path(p).is_dir() or p.lower().endswith(".jsonl")) for p in paths)


def quiet_option() -> bool:
    return typer.Option(False, "--quiet", "-q", help="no progress bar and no summary; errors are still shown")


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
    fmt: AuditFormat = typer.Option("text", "--format", "-f",
                                    help="json: an object for one file or '-', an array (maybe empty) for a folder, "
                                         "several paths or a .jsonl file; jsonl: one object a line"),
    rules: Optional[Path] = typer.Option(None, "--rules", help="rules folder (default: the shipped rules)"),
    out: Optional[Path] = typer.Option(None, "-o", "--output", help="write here instead of standard output"),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1, help="worker processes (default: all cores)"),
    max_bytes: Optional[str] = typer.Option(None, "--max-bytes",
                                            help="largest article to read, e.g. 50MB (default 20MB)"),
    fetch: bool = typer.Option(False, "--fetch", help="download http(s) URLs given as paths (public addresses only)"),
    engine: Engine = typer.Option("local", "--engine", help="local (processes on this machine) or dask (a dask.bag; "
                                                            "needs pip install 'provenance\\[dask]')"),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="with --engine dask: the scheduler's address, "
                                                                      "e.g. tcp://10.0.0.5:8786 (default: a local cluster)"),
    quiet: bool = quiet_option(),
    time_limit: Optional[float] = typer.Option(None, "--time-limit", min=0, help=TIME_LIMIT_HELP),
) -> None:
    """Audit one or more articles: boilerplate, outlet, origin, wires, claims, sources, scores."""
    if scheduler and engine != "dask":
        raise typer.BadParameter("--scheduler needs --engine dask", param_hint="--scheduler")
    if engine == "dask":
        try:
            from .batch.distributed import dask_audit_documents
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
    array = fmt == "json" and several_inputs(paths)
    on_terminal = out is None and sys.stdout.isatty()  # results scrolling by are progress enough
    with output(out) as fh, progress_bar(paths, "audit", not quiet and not on_terminal) as advance:
        first = True
        docs = iter_documents(paths, url, limit, fetch)
        results = dask_audit_documents(docs, str(rules) if rules else None, scheduler, jobs=jobs,
                                       as_json=fmt == "jsonl") if engine == "dask" else audit_documents(docs, jobs, auditor)
        for result in results:
            advance()
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
            elif fmt == "json":
                data = json.dumps(result.model_dump(mode="json"), ensure_ascii=False, indent=2)
                fh.write(("[\n" if first else ",\n") + indent(data, "  ") if array else data + "\n")
                fh.flush()
            else:  # html: one page, written at the end
                if reports:
                    fail(HTML_ONE_PAGE)
                reports.append(result)
            first = False
        if array:
            fh.write("[]\n" if first else "\n]\n")
        elif fmt == "html":
            from .outputs.htmlreport import render_page, rule_meanings
            for r in reports:
                fh.write(render_page(r, meanings=rule_meanings(auditor.rules)))
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
    quiet: bool = quiet_option(),
    time_limit: Optional[float] = typer.Option(None, "--time-limit", min=0, help=TIME_LIMIT_HELP),
) -> None:
    """Self-contained HTML: the article with each claim highlighted by its grade (and an index for several)."""
    from .outputs.htmlreport import write_pages
    auditor = limited(make_auditor(rules), time_limit)
    jobs = capped_jobs(jobs)
    failures = 0

    def reports() -> Iterator[Report]:
        nonlocal failures
        for result in audit_paths(paths, jobs, auditor, url):
            advance()
            if isinstance(result, BadInput):
                failures += 1
                error(result.error)
            else:
                yield result

    try:
        with progress_bar(paths, "report", not quiet) as advance:
            written = write_pages(reports(), out, several_inputs(paths), policy, auditor.rules)
    except (RulesError, ImportError) as exc:
        fail(str(exc))
        return
    if written and not quiet:
        typer.echo(f"wrote {one_line(str(written[0]))}" + (f" and {len(written) - 1} pages" if len(written) > 1 else ""),
                   err=True)
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

    from .outputs.export import ExportError, Summary, export

    auditor = limited(make_auditor(rules), time_limit)  # validates the rules; export() audits with it
    jobs = capped_jobs(jobs)
    tty = sys.stderr.isatty()  # a terminal gets a progress bar; a log, a summary line every 10 s
    shown, last = 0, time.monotonic()

    def progress(summary: Summary) -> None:
        nonlocal shown, last
        advance()
        for _, reason in summary.skipped[shown:]:
            error(reason)
        shown = len(summary.skipped)
        if not quiet and not tty and time.monotonic() - last >= 10:
            last = time.monotonic()
            typer.echo(str(summary), err=True)

    try:
        with progress_bar(paths, "export", not quiet) as advance:
            summary = export(db, paths, jobs, auditor, progress)
    except (ExportError, RulesError) as exc:  # RulesError: the policy whose findings the database records
        fail(str(exc))
    except KeyboardInterrupt:
        fail(f"interrupted: the articles finished so far are in {db}; run the same command again to add the rest",
             130)
    if not quiet:
        metadata, config = summary.datasette
        typer.echo(f"done: {summary}" + (" (reasons above)" if summary.skipped else ""), err=True)
        typer.echo(f"browse: datasette {db} -m {metadata}   (Datasette 1.x: add -c {config})", err=True)
    if summary.skipped:
        raise typer.Exit(2)


def _print_gate_schema(wanted: bool) -> None:
    if wanted:
        from .gate.formats import GateResult
        typer.echo(json.dumps(GateResult.model_json_schema(), indent=2, ensure_ascii=False))
        raise typer.Exit()


@app.command("gate")
def gate_drafts(
    paths: List[str] = typer.Argument(..., help="drafts: files, folders, .jsonl files, or - for standard input"),
    policy: Optional[Path] = typer.Option(None, "--policy", help="policy file (default: policy.yaml of the rules)"),
    fmt: GateFormat = typer.Option("text", "--format", "-f", help="for people, scripts, code scanning, CI, annotations"),
    fail_on: FailOn = typer.Option("error", "--fail-on", help="lowest severity that fails the gate"),
    exit_zero: bool = typer.Option(False, "--exit-zero", help="exit 0 even when findings fail the gate"),
    rules: Optional[Path] = typer.Option(None, "--rules", help="rules folder (default: the shipped rules)"),
    out: Optional[Path] = typer.Option(None, "-o", "--output", help="write here instead of standard output"),
    select: List[str] = typer.Option([], "--select", help="check only these rules: ids or prefixes (source = "
                                                          "source.*), comma-separated or repeated"),
    ignore: List[str] = typer.Option([], "--ignore", help="skip these rules: ids or prefixes, comma-separated or "
                                                          "repeated"),
    baseline: Optional[Path] = typer.Option(None, "--baseline", help="findings recorded in this file do not count: "
                                                                     "only new ones fail"),
    write_baseline: bool = typer.Option(False, "--write-baseline", help="record today's findings in --baseline FILE "
                                                                        "and exit 0"),
    statistics: bool = typer.Option(False, "--statistics", help="count findings by rule instead of listing them "
                                                                "(text, or json with --format json)"),
    time_limit: Optional[float] = typer.Option(None, "--time-limit", min=0, help=TIME_LIMIT_HELP),
    _schema: bool = typer.Option(False, "--schema", is_eager=True, callback=_print_gate_schema,
                                 help="print the JSON Schema of --format json and exit"),
) -> None:
    """Check drafts against a sourcing policy before publication: exit 0 pass, 1 findings, 2 usage or input error.

    A draft accepts a finding with a marker line and a reason: 'provenance: ignore[RULE] reason' for the
    claim after it, 'provenance: ignore-file[RULE] reason' for the whole draft (in HTML, inside a comment).
    """
    from .gate.accept import read_baseline
    from .gate.accept import write_baseline as record
    from .gate.check import GateRun, load_policy, policy_path, run_gate
    from .gate.formats import render
    from .gate.formats import statistics as count

    if write_baseline and baseline is None:
        raise typer.BadParameter("needs --baseline FILE to write to", param_hint="--write-baseline")
    if statistics and fmt.value not in ("text", "json"):
        raise typer.BadParameter("counts come as text or json", param_hint="--statistics")
    policy_file = policy or policy_path(rules)
    try:
        chosen = load_policy(policy_file)
        picked = chosen.pick(_names(select), _names(ignore))
    except RulesError as exc:
        _errors(str(exc))
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint="--select/--ignore") from None
    try:
        known = read_baseline(baseline) if baseline is not None and not write_baseline else None
    except ValueError as exc:
        fail(str(exc))
    run = GateRun(chosen, shown_name(str(policy_file)), fail_on.value, known, picked)  # type: ignore[arg-type]
    run_gate(iter_documents(paths), limited(make_auditor(rules), time_limit), run)
    for problem in run.input_errors:
        error(problem)
    if write_baseline:
        recorded = record(baseline, run.findings)  # type: ignore[arg-type]
        typer.echo(f"baseline: {recorded} findings recorded in {one_line(str(baseline))}", err=True)
        raise typer.Exit(2 if run.input_errors else 0)
    with output(out) as fh:
        colour = out is None and sys.stdout.isatty() and not os.environ.get("NO_COLOR")
        fh.write(count(run, fmt.value) if statistics else render(fmt.value, run, colour))
    if run.input_errors:
        raise typer.Exit(2)
    if run.failed and not exit_zero:
        raise typer.Exit(1)


def _names(values: List[str]) -> list[str]:
    """Rule names from repeated and comma-separated options."""
    return [name.strip() for value in values for name in value.split(",") if name.strip()]


def _errors(message: str) -> NoReturn:
    """Exit 2 with every line of a (multi-line) error as an error line of its own (see error)."""
    for line in message.splitlines():
        error(line)
    raise typer.Exit(2)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the audit report."""
    typer.echo(json.dumps(Report.model_json_schema(), indent=2, ensure_ascii=False))


@rules_app.command("check")
def rules_check(directory: Optional[Path] = typer.Argument(None, help="rules folder (default: the shipped rules), "
                                                                      "or one policy file")) -> None:
    """Validate a rules folder, or a single policy file, and say exactly what is wrong where."""
    from .attribution.engine import Attributor
    from .gate.check import load_policy
    if directory is not None and directory.is_file():
        _check_policy_file(directory)
        return
    try:  # every pattern is checked below; building the attributor reads every word class the code needs
        ruleset = load_built(directory, Attributor, check_patterns=False).rules
    except RulesError as exc:
        _errors(str(exc))
    policy_file, policy, problems = ruleset.directory / "policy.yaml", None, []
    try:  # a policy of the user's is checked as it loads (its first slow pattern stops it)
        policy = load_policy(policy_file) if policy_file.exists() else None
    except RulesError as exc:
        problems.append(str(exc))
    # the folder's patterns and its policy's (which lives in the same folder)
    patterns = [*ruleset.all_patterns(), *(policy.all_patterns() if policy else ())]
    problems = check_patterns(ruleset.directory, patterns) + problems
    for p in problems:
        error(p)
    if problems:
        raise typer.Exit(2)
    n_lex = len(ruleset.entries)
    typer.echo(f"ok: {ruleset.directory}: {len(ruleset.boilerplate.rules)} boilerplate rules, {n_lex} lexicon entries, "
               f"{len(ruleset.outlets.outlets)} outlets, {len(ruleset.intel.services)} intelligence services, "
               f"{len(ruleset.countries.countries)} countries"
               + (f", {len(policy.rules)} policy rules" if policy else ""))


class ExplainFormat(StrEnum):
    text = "text"
    json = "json"


@rules_app.command("explain")
def rules_explain(
    ids: List[str] = typer.Argument(..., help="rule ids as a report names them (cue.ar.say, attr.no_cue, "
                                              "wire.cited:outlet.kcna), or prefixes (attr.continuation, grade)"),
    rules: Optional[Path] = typer.Option(None, "--rules", help="rules folder (default: the shipped rules)"),
    policy: Optional[Path] = typer.Option(None, "--policy", help="policy file, as given to gate (default: policy.yaml "
                                                                 "of the rules)"),
    fmt: ExplainFormat = typer.Option("text", "--format", "-f", help="text for people, json for scripts"),
) -> None:
    """What a rule id means: the file and line that declare it, its kind, family, description and what it holds."""
    from .ruleinfo import as_json, as_text, explain, located
    try:
        infos = located(rules, policy)
    except RulesError as exc:
        _errors(str(exc))
    answers, unknown = explain(infos, ids)
    typer.echo(as_json(answers) if fmt == "json" else as_text(answers), nl=False)
    where = f"{rules or 'the shipped rules'}" + (f" and {policy}" if policy else "")
    for query in unknown:
        error(f"unknown rule id {query!r}: declared nowhere in {where}, and no id starts with it")
    if unknown:
        raise typer.Exit(2)


def _check_policy_file(path: Path) -> None:
    """rules check for one policy file: every mistake at once, then its patterns' backtracking."""
    from .backtracking import check_patterns
    from .gate.check import load_policy
    try:
        policy = load_policy(path)
    except RulesError as exc:
        _errors(str(exc))
    problems = check_patterns(path, policy.all_patterns())
    if problems:
        _errors("\n".join(problems))
    typer.echo(f"ok: {path}: {len(policy.rules)} policy rules")


def main() -> None:
    exit_on_sigterm()
    app()

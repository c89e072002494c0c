"""Command line: a thin layer over the Python API (see README for every command)."""
from __future__ import annotations

import json
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, List, Optional, TextIO

import typer

from .inputs import BadInput
from .models import Report
from .parallel import audit_paths
from .pipeline import Auditor
from .rules import RulesError, check_backtracking, load_rules
from .textreport import render

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Who stands behind what a news article says, claim by claim.")
rules_app = typer.Typer(no_args_is_help=True, help="Work with rules folders.")
app.add_typer(rules_app, name="rules")

FORMATS = ("text", "json", "jsonl", "html")


def fail(message: str, code: int = 2) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def make_auditor(rules: Optional[Path]) -> Auditor:
    try:
        return Auditor(rules)
    except RulesError as exc:
        fail(str(exc))
        raise  # unreachable


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
) -> None:
    """Audit one or more articles: boilerplate, outlet, origin, wires, claims, sources, scores."""
    if fmt not in FORMATS:
        raise typer.BadParameter(f"choose one of {', '.join(FORMATS)}", param_hint="--format")
    make_auditor(rules)  # validate the rules once, here, with a clear error
    failures = 0
    reports: list[Report] = []
    with output(out) as fh:
        first = True
        for result in audit_paths(paths, jobs, str(rules) if rules else None, url):
            if isinstance(result, BadInput):
                failures += 1
                typer.echo(f"error: {result.error}", err=True)
                continue
            if fmt == "jsonl":
                fh.write(result.model_dump_json() + "\n")
                fh.flush()
            elif fmt == "text":
                fh.write(("" if first else "\n") + render(result))
                fh.flush()
            else:
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


@app.command()
def schema() -> None:
    """Print the JSON Schema of the audit report."""
    typer.echo(json.dumps(Report.model_json_schema(), indent=2, ensure_ascii=False))


@rules_app.command("check")
def rules_check(directory: Optional[Path] = typer.Argument(None, help="rules folder (default: the shipped rules)")) -> None:
    """Validate a rules folder and say exactly what is wrong where."""
    try:
        ruleset = load_rules(directory)
    except RulesError as exc:
        fail(str(exc))
        return
    problems = check_backtracking(ruleset)
    for p in problems:
        typer.echo(f"error: {p}", err=True)
    if problems:
        raise typer.Exit(2)
    n_lex = len(ruleset.entries)
    typer.echo(f"ok: {ruleset.directory}: {len(ruleset.boilerplate.rules)} boilerplate rules, {n_lex} lexicon entries, "
               f"{len(ruleset.outlets.outlets)} outlets, {len(ruleset.intel.services)} intelligence services, "
               f"{len(ruleset.countries.countries)} countries")


def main() -> None:
    app()

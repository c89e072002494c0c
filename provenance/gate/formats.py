"""What a gate run looks like: text for people, JSON for scripts, SARIF for code scanning,
JUnit XML for CI dashboards, workflow commands for GitHub annotations."""
from __future__ import annotations

import hashlib
import json
import re
import textwrap
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from typing import Callable, Literal, Optional
from urllib.parse import quote

from pydantic import BaseModel, Field

from .. import __version__
from ..models import Report
from ..printable import one_line, printable
from .check import GateRun
from .findings import Finding, Severity

SARIF_SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"


class ArticleSummary(BaseModel):
    input: str
    id: str = Field(description="the audit report's id")
    title: Optional[str] = None
    claims: int
    score: float
    grade: str
    errors: int
    warnings: int


class GateResult(BaseModel):
    """The output of `provenance gate --format json`; `provenance gate --schema` prints its JSON Schema."""

    version: Literal[1] = Field(default=1, description="changes only when a field is renamed or dropped")
    policy: str = Field(description="the policy file")
    fail_on: Severity
    passed: bool = Field(description="no finding fails the gate and every input could be read")
    errors: int
    warnings: int
    articles: list[ArticleSummary]
    findings: list[Finding]
    accepted: list[Finding] = Field(default_factory=list, description="findings a marker in the draft accepts, "
                                                                      "with its reason; they do not count")
    baselined: int = Field(default=0, description="findings the --baseline file records; they do not count")
    input_errors: list[str] = Field(description="inputs that could not be audited, one line each")
    unscored: int = Field(default=0, description="articles not checked: their language has no attribution rules")


class RuleCount(BaseModel):
    """One line of `provenance gate --statistics`."""

    count: int
    rule: str
    severity: Severity
    summary: str


def render(fmt: str, run: GateRun, colour: bool = False) -> str:
    return as_text(run, colour) if fmt == "text" else FORMATS[fmt](run)


COLOURS = {"error": "31", "warning": "33", "PASS": "32", "FAIL": "31", "rule": "1"}  # ANSI: red, yellow, green, bold


def as_text(run: GateRun, colour: bool = False) -> str:
    paint: Callable[[str, str], str] = (lambda text, what: f"\x1b[{COLOURS[what]}m{text}\x1b[0m") if colour \
        else (lambda text, what: text)
    groups = _by_article(run)
    out = []
    for report in run.reports:
        name, _ = key = _key(report)
        name = one_line(name)
        found = groups[key]
        for f in found:
            out.append(f"{one_line(_where(f))}: {paint(f.severity, f.severity)} {paint(f.rule, 'rule')}"
                       + (f" [{f.claim}]" if f.claim else "") + f": {printable(f.evidence)}")
            if f.text:
                out.append(f"    {printable(textwrap.shorten(f.text, 110, placeholder=' …'))}  "
                           f"(characters {f.start}-{f.end})")
            out.append(f"    fix: {printable(f.fix)}")
        s = report.score
        out.append(f"{name}: {_plural(len(report.claims), 'claim')}, score {s.article:.2f} ({s.grade}): "
                   f"{_counts(found) or 'ok'}")
    unread = f", {_plural(len(run.input_errors), 'unreadable input')}" if run.input_errors else ""
    if run.unscored:
        languages = ", ".join(sorted({r.language for r in run.unscored}))
        unread += (f", {_plural(len(run.unscored), 'article')} not checked: no attribution rules for "
                   f"{'its' if len(run.unscored) == 1 else 'their'} language ({languages})")
    set_aside = [f"{len(run.accepted)} accepted in the drafts"] * bool(run.accepted) + \
        [f"{run.baselined} in the baseline"] * bool(run.baselined)
    verdict = "PASS" if run.passed else "FAIL"
    out.append(f"{paint(verdict, verdict)}: {_counts(run.findings) or 'no findings'} in "
               f"{_plural(len(run.reports), 'article')}{unread} "
               + (f"(not counted: {', '.join(set_aside)}) " if set_aside else "")
               + f"(policy {one_line(run.policy_path)}, failing on {run.fail_on})")
    return "\n".join(out) + "\n"  # article text is made printable piece by piece: the colours stay


def statistics(run: GateRun, fmt: str) -> str:
    """How many findings each rule gave, most first: a table, or JSON with fmt json."""
    rules = {r.id: r for r in run.policy.rules}
    tally = Counter(f.rule for f in run.findings)
    counts = [RuleCount(count=n, rule=rule, severity=rules[rule].severity, summary=rules[rule].summary)
              for rule, n in sorted(tally.items(), key=lambda item: (-item[1], item[0]))]
    if fmt == "json":
        return json.dumps([c.model_dump() for c in counts], ensure_ascii=False, indent=2) + "\n"
    width = max((len(c.rule) for c in counts), default=0)
    return "".join(f"{c.count:>5}  {c.rule:<{width}}  {c.severity:<7}  {c.summary}\n" for c in counts)


def as_json(run: GateRun) -> str:
    groups = _by_article(run)
    articles = [ArticleSummary(input=_key(r)[0], id=r.id, title=r.title, claims=len(r.claims), score=r.score.article,
                               grade=r.score.grade, errors=_n(groups[_key(r)], "error"),
                               warnings=_n(groups[_key(r)], "warning")) for r in run.reports]
    result = GateResult(policy=run.policy_path, fail_on=run.fail_on, passed=run.passed,
                        errors=_n(run.findings, "error"), warnings=_n(run.findings, "warning"),
                        articles=articles, findings=run.findings, accepted=run.accepted, baselined=run.baselined,
                        input_errors=run.input_errors, unscored=len(run.unscored))
    return result.model_dump_json(indent=2) + "\n"


def as_sarif(run: GateRun) -> str:
    """SARIF 2.1.0: one rule descriptor per policy rule, one result with one location per finding; a
    finding a draft accepts is a result with an in-source suppression and its reason."""
    index = {r.id: i for i, r in enumerate(run.policy.rules)}
    rules = [{"id": r.id, "name": r.kind, "shortDescription": {"text": r.summary}, "help": {"text": r.fix},
              "defaultConfiguration": {"level": r.severity}} for r in run.policy.rules]
    results = [{
        "ruleId": f.rule, "ruleIndex": index[f.rule], "level": f.severity, "message": {"text": _message(f)},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(f.file)},
                                            "region": _region(f)}}],
        "partialFingerprints": {"provenanceClaim/v1": hashlib.sha256(
            f"{f.rule}\n{f.file}\n{f.text or ''}".encode("utf-8")).hexdigest()[:32]},
        "properties": f.model_dump(include={"kind", "input", "article", "claim", "start", "end", "evidence", "fix"}),
        **({"suppressions": [{"kind": "inSource", "justification": f.accepted}]} if f.accepted else {}),
    } for f in [*run.findings, *run.accepted]]
    log = {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [{
        "tool": {"driver": {"name": "provenance", "version": __version__, "rules": rules}},
        "invocations": [{"executionSuccessful": not run.input_errors,
                         "toolExecutionNotifications": [{"level": "error", "message": {"text": e}}
                                                        for e in run.input_errors]}],
        "columnKind": "unicodeCodePoints",
        "results": results,
    }]}
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"


def as_junit(run: GateRun) -> str:
    """One test suite per article and one test case per claim (plus one for the article as a whole);
    findings that fail the gate are failures, the others go to the test case's output."""
    groups = _by_article(run)
    root = ET.Element("testsuites", name="provenance gate")
    for report in run.reports:
        name, _ = key = _key(report)
        found = groups[key]
        suite = ET.SubElement(root, "testsuite", name=_xml(name))
        cases = [("article", None)] + [(f"{c.id}: {textwrap.shorten(c.text, 80, placeholder=' …')}", c.id)
                                       for c in report.claims]
        for title, claim in cases:
            case = ET.SubElement(suite, "testcase", classname=_xml(name), name=_xml(title))
            mine = [f for f in found if f.claim == claim]
            failing = [f for f in mine if run.fails(f)]
            if failing:
                failure = ET.SubElement(case, "failure", type=failing[0].rule, message=_xml(_message(failing[0])))
                failure.text = _listed(failing)
            if len(mine) > len(failing):
                ET.SubElement(case, "system-out").text = _listed([f for f in mine if not run.fails(f)])
        suite.set("tests", str(len(cases)))
        suite.set("failures", str(len(suite.findall("testcase/failure"))))
        suite.set("errors", "0")
    if run.input_errors:
        suite = ET.SubElement(root, "testsuite", name="inputs", tests=str(len(run.input_errors)), failures="0",
                              errors=str(len(run.input_errors)))
        for e in run.input_errors:
            ET.SubElement(ET.SubElement(suite, "testcase", classname="inputs", name=_xml(e.split(": ")[0])),
                          "error", message=_xml(e))
    for total in ("tests", "failures", "errors"):
        root.set(total, str(sum(int(s.get(total, "0")) for s in root)))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def as_github(run: GateRun) -> str:
    """GitHub workflow commands: `::error file=...,line=...,col=...,title=...::message`, one per line."""
    lines = []
    for f in run.findings:
        where = {"file": f.file, "line": f.line or 1, "col": f.column, "endLine": f.end_line,
                 "endColumn": f.end_column, "title": f"{f.rule}" + (f" [{f.claim}]" if f.claim else "")}
        props = ",".join(f"{k}={_gh_property(one_line(str(v)))}" for k, v in where.items() if v is not None)
        lines.append(f"::{f.severity} {props}::{_gh_data(printable(_message(f)))}")
    lines += [f"::error title=unreadable input::{_gh_data(one_line(e))}" for e in run.input_errors]
    return "".join(line + "\n" for line in lines)


FORMATS: dict[str, Callable[[GateRun], str]] = {
    "text": as_text, "json": as_json, "sarif": as_sarif, "junit": as_junit, "github": as_github,
}


# --- helpers ----------------------------------------------------------------------------------

def _by_article(run: GateRun) -> defaultdict[tuple, list[Finding]]:
    groups: defaultdict[tuple, list[Finding]] = defaultdict(list)
    for f in run.findings:
        groups[f.input, f.article].append(f)
    return groups


def _key(report: Report) -> tuple[str, str]:
    return report.input or report.id, report.id


def _n(findings: list[Finding], severity: str) -> int:
    return sum(f.severity == severity for f in findings)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'s' if n != 1 else ''}"


def _counts(findings: list[Finding]) -> str:
    return ", ".join(_plural(n, severity) for severity in ("error", "warning") if (n := _n(findings, severity)))


def _where(f: Finding) -> str:
    return ":".join(str(x) for x in (f.file, f.line, f.column) if x is not None)


def _message(f: Finding) -> str:
    return (f"{f.claim}: " if f.claim else "") + f"{f.evidence}. Fix: {f.fix}"


def _listed(findings: list[Finding]) -> str:
    return _xml("\n".join(f"{f.severity} {f.rule}: {_message(f)}" for f in findings))


def _region(f: Finding) -> dict:
    """Where SARIF viewers highlight: the claim in the original file, else the file's first line."""
    region: dict = {"startLine": f.line or 1}
    if f.column:
        region["startColumn"] = f.column
    if f.end_line and f.end_column:
        region.update(endLine=f.end_line, endColumn=f.end_column)
    return region


_XML_INVALID = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml(text: str) -> str:
    """Drop the control characters XML 1.0 cannot carry (a form feed in a pasted draft)."""
    return _XML_INVALID.sub("", text)


_BYTE_ESCAPE = re.compile(r"\\x([89a-f][0-9a-f])")  # how inputs.shown writes a byte of a name that is not UTF-8


def _uri(file: str) -> str:
    """The file as a relative URI: its own bytes percent-encoded (a\\xffb.txt is a%FFb.txt), / between folders."""
    raw = _BYTE_ESCAPE.sub(lambda m: chr(0xDC00 + int(m[1], 16)), file).replace("\\", "/")
    return quote(raw.encode("utf-8", "surrogateescape"))


def _gh_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_property(text: str) -> str:
    return _gh_data(text).replace(":", "%3A").replace(",", "%2C")

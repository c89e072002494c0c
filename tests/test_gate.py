"""The pre-publication gate: the default policy on the seeds and on small drafts, exit codes,
policy errors, and every output format checked the way its consumer reads it."""
from __future__ import annotations

import json
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

from conftest import ROOT, SEEDS, audit_path
from provenance import cli as cli_module
from provenance.cli import app
from provenance.gate import gate, load_policy
from provenance.inputs import document_from_bytes
from provenance.models import Report
from provenance.rules import DEFAULT_RULES_DIR

DATA = Path(__file__).parent / "data" / "gate"
CLEAN, BREACHES, WARNINGS = DATA / "clean_draft.txt", DATA / "policy_breaches.txt", DATA / "warnings_only.txt"
SEED_STATE_MEDIA = next(SEEDS.glob("002_*.txt"))
SEED_ANONYMOUS = next(SEEDS.glob("004_*.txt"))
REASON_SENTENCE = "لم يكن المسؤول مخولًا بالكشف عن المعلومات علنًا وتحدث شريطة عدم الكشف عن هويته."
UKRAINIAN_OFFICIAL = "وقال مسؤول أوكراني لوكالة أنباء أسوشيتد برس"


@pytest.fixture(scope="module")
def policy():
    return load_policy()


@pytest.fixture(autouse=True)
def shared_auditor(monkeypatch, auditor):
    """The command builds an auditor per call (a second each); with the shipped rules, reuse the session's."""
    build = cli_module.make_auditor
    monkeypatch.setattr(cli_module, "make_auditor", lambda rules: auditor if rules is None else build(rules))


def findings_for(auditor, policy, path: Path):
    return gate([audit_path(auditor, path)], policy)


def audit_draft(auditor, text: str, name: str = "draft.txt") -> Report:
    return auditor.audit(document_from_bytes(text.encode("utf-8"), name))


def fired(findings, rule: str, containing: str = "") -> list:
    return [f for f in findings if f.rule == rule and containing in (f.text or "")]


def cli(*args: str, stdin: str | None = None):
    return CliRunner().invoke(app, ["gate", *args], input=stdin)


# --- the default policy ---------------------------------------------------------------------

def test_seed_relaying_only_north_korean_state_media_fails_the_state_media_rule(auditor, policy):
    findings = findings_for(auditor, policy, SEED_STATE_MEDIA)
    lede = fired(findings, "source.state_media_alone", "ذكرت وسائل إعلام رسمية في كوريا الشمالية")
    assert len(lede) == 1 and lede[0].severity == "error"
    assert "state media" in lede[0].evidence
    assert fired(findings, "source.state_media_alone", "وقالت وكالة الأنباء المركزية الكورية")


def test_state_media_claim_passes_when_an_independent_source_says_the_same(auditor, policy):
    report = audit_draft(auditor, (
        "Kim meets Lavrov\n\n"
        "North Korea's state news agency KCNA said Kim Jong Un promised Sergei Lavrov unconditional support "
        "for Russia's war in Ukraine during talks in Wonsan.\n\n"
        "Russian Foreign Ministry spokeswoman Maria Zakharova said Kim Jong Un had promised Lavrov unconditional "
        "support for the war in Ukraine at the Wonsan talks.\n"))
    assert report.claims[0].source.type == "state_media"
    assert not fired(gate([report], policy), "source.state_media_alone")


def test_anonymous_ukrainian_official_who_gives_a_reason_passes_the_anonymity_rule(auditor, policy):
    findings = findings_for(auditor, policy, SEED_ANONYMOUS)
    assert not fired(findings, "source.anonymity_reason", UKRAINIAN_OFFICIAL)
    assert not fired(findings, "source.anonymous_vague", UKRAINIAN_OFFICIAL)


def test_the_same_draft_without_the_reason_sentence_fails_the_anonymity_rule(auditor, policy):
    text = SEED_ANONYMOUS.read_text(encoding="utf-8")
    assert REASON_SENTENCE in text
    report = audit_draft(auditor, text.replace(REASON_SENTENCE, ""))
    found = fired(gate([report], policy), "source.anonymity_reason", UKRAINIAN_OFFICIAL)
    assert len(found) == 1 and found[0].severity == "error"
    assert "مسؤول أوكراني" in found[0].evidence


def test_bare_sources_unnamed_intelligence_and_unattributed_allegations_are_errors(auditor, policy):
    findings = findings_for(auditor, policy, BREACHES)
    errors = {(f.rule, f.claim) for f in findings if f.severity == "error"}
    assert errors == {("source.anonymity_reason", "c1"), ("source.anonymous_vague", "c1"),
                      ("source.intelligence_unnamed", "c2"), ("unattributed.allegation", "c3")}
    assert "«killed»" in fired(findings, "unattributed.allegation")[0].evidence


def test_intelligence_that_names_its_country_passes(auditor, policy):
    seed = next(SEEDS.glob("000_*.txt"))  # "وقالت الاستخبارات الأميركية": US intelligence
    report = audit_path(auditor, seed)
    assert any(c.intelligence for c in report.claims)
    assert not fired(gate([report], policy), "source.intelligence_unnamed")


def test_unattributed_figures_and_hedged_claims_only_warn(auditor, policy):
    findings = findings_for(auditor, policy, SEED_STATE_MEDIA)
    figures = fired(findings, "unattributed.figure", "ويزور لافروف كوريا الشمالية حاليا لمدة ثلاثة أيام")
    assert figures and figures[0].severity == "warning" and "«ثلاثة»" in figures[0].evidence
    hedged = fired(findings, "claim.unverified", "ولم يتسن التواصل مع وكالة مخابرات الدفاع")
    assert hedged and hedged[0].severity == "warning"


def test_a_well_sourced_draft_has_no_findings(auditor, policy):
    assert findings_for(auditor, policy, CLEAN) == []


def test_findings_point_at_the_claim_in_the_body_and_in_the_original_file():
    result = cli(str(BREACHES), str(SEED_STATE_MEDIA), "--format", "json")
    data = json.loads(result.stdout)
    claims = [f for f in data["findings"] if f["claim"]]
    assert claims and all(f["rule"] and f["evidence"] and f["fix"] for f in data["findings"])
    originals = {str(p): p.read_text(encoding="utf-8").splitlines() for p in (BREACHES, SEED_STATE_MEDIA)}
    for f in claims:
        line = originals[f["file"]][f["line"] - 1]
        assert line[f["column"] - 1:f["end_column"] - 1] == f["text"]
        assert f["end"] - f["start"] == len(f["text"])


def test_claims_are_found_in_an_html_draft_despite_inline_markup():
    lines = cli(str(DATA / "draft.html"), "--format", "github").stdout.splitlines()
    residents = [line for line in lines if "«residents of the area»" in line]  # "<b>killed</b>" in mid-sentence
    assert residents and residents[0].startswith(f"::error file={DATA / 'draft.html'},line=6,col=4,endLine=6,endColumn=113,")


def test_claim_offsets_are_offsets_into_the_report_body(auditor, policy):
    report = audit_path(auditor, SEED_STATE_MEDIA)
    for f in gate([report], policy):
        if f.claim:
            assert report.body[f.start:f.end] == f.text


# --- exit codes -------------------------------------------------------------------------------

def test_exit_0_when_nothing_fails_1_on_an_error_2_on_bad_input():
    assert cli(str(CLEAN)).exit_code == 0
    assert cli(str(BREACHES)).exit_code == 1
    missing = cli(str(CLEAN), "no-such-draft.txt")
    assert missing.exit_code == 2 and "no-such-draft.txt: no such file or folder" in missing.stderr


def test_usage_errors_exit_2():
    assert cli(str(CLEAN), "--format", "pdf").exit_code == 2
    assert cli(str(CLEAN), "--fail-on", "info").exit_code == 2
    assert cli().exit_code == 2


def test_warnings_fail_only_with_fail_on_warning():
    assert cli(str(WARNINGS)).exit_code == 0
    assert cli(str(WARNINGS), "--fail-on", "warning").exit_code == 1


def test_exit_zero_passes_findings_but_not_unreadable_input():
    assert cli(str(BREACHES), "--exit-zero").exit_code == 0
    assert cli(str(BREACHES), "no-such-draft.txt", "--exit-zero").exit_code == 2


def test_standard_input_is_a_draft_too():
    result = cli("-", "--format", "github", stdin=BREACHES.read_text(encoding="utf-8"))
    assert result.exit_code == 1 and "::error file=-,line=3," in result.stdout


# --- the policy file --------------------------------------------------------------------------

GOOD_RULE = "  - id: claim.unverified\n    kind: hedged\n    severity: warning\n"  # lines 2-4; the broken rule follows


@pytest.mark.parametrize("broken, says", [
    ("  - id: x.new\n    kind: min_source_count\n    severity: error\n", "'min_source_count'"),
    ("  - id: claim.min_score\n    kind: min_claim_score\n    severity: error\n    min: high\n", "valid number"),
    ("  - id: claim.min_score\n    kind: min_claim_score\n    severity: fatal\n    min: 0.3\n", "'error' or 'warning'"),
    ("  - id: claim.unverified\n    kind: hedged\n    severity: error\n", "duplicate id 'claim.unverified'"),
    ("  - id: figures\n    kind: unattributed_terms\n    severity: error\n    patterns: ['(']\n", "bad regular expression"),
    ("  - id: x.new\n    kind: hedged: true\n", "YAML syntax error"),
])
def test_a_broken_policy_says_file_line_and_what_and_exits_2(tmp_path, broken, says):
    policy = tmp_path / "policy.yaml"
    policy.write_text("rules:\n" + GOOD_RULE + broken, encoding="utf-8")
    result = cli(str(CLEAN), "--policy", str(policy))
    assert result.exit_code == 2
    message = result.stderr.strip()
    where = re.match(rf"error: {re.escape(str(policy))}:(\d+): ", message)
    assert where and 5 <= int(where.group(1)) <= 4 + broken.count("\n"), message  # a line of the broken rule
    assert says in message and len(message.splitlines()) == 1


def test_rules_check_validates_the_policy(tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(DEFAULT_RULES_DIR, rules)
    text = (rules / "policy.yaml").read_text(encoding="utf-8")
    (rules / "policy.yaml").write_text(text.replace("kind: hedged", "kind: hedge"), encoding="utf-8")
    broken = CliRunner().invoke(app, ["rules", "check", str(rules)])
    assert broken.exit_code == 2 and f"{rules / 'policy.yaml'}:" in broken.stderr and "'hedge'" in broken.stderr


def test_a_rules_folder_without_a_policy_is_gated_by_the_shipped_one(tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(DEFAULT_RULES_DIR, rules)
    (rules / "policy.yaml").unlink()
    result = cli(str(BREACHES), "--rules", str(rules), "--format", "json")
    assert result.exit_code == 1 and json.loads(result.stdout)["policy"] == str(DEFAULT_RULES_DIR / "policy.yaml")


# --- output formats ---------------------------------------------------------------------------

def test_json_output_validates_against_the_published_schema():
    schema = json.loads(cli("--schema").stdout)
    result = cli(str(BREACHES), str(CLEAN), "--format", "json")
    data = json.loads(result.stdout)
    jsonschema.validate(data, schema)
    assert data["passed"] is False and data["errors"] == 4
    assert [a["errors"] for a in data["articles"]] == [4, 0]


def test_audit_schema_command_is_unchanged():
    assert json.loads(CliRunner().invoke(app, ["schema"]).stdout)["title"] == "Report"


def test_sarif_is_valid_2_1_0_with_a_location_for_every_result():
    # No SARIF schema ships with any installed package and tests cannot fetch, so this is a hand-trimmed
    # copy of the OASIS schema (see its description): stricter than the original, never looser.
    schema = json.loads((DATA / "sarif-2.1.0-trimmed.schema.json").read_text(encoding="utf-8"))
    log = json.loads(cli(str(BREACHES), str(SEED_STATE_MEDIA), "--format", "sarif").stdout)
    jsonschema.validate(log, schema)
    run = log["runs"][0]
    rule_ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert rule_ids == [r.id for r in load_policy().rules]
    assert run["results"]
    for result in run["results"]:
        assert rule_ids[result["ruleIndex"]] == result["ruleId"]
        (location,) = result["locations"]
        assert location["physicalLocation"]["artifactLocation"]["uri"]
        assert location["physicalLocation"]["region"]["startLine"] >= 1


def test_junit_has_a_test_case_per_claim_and_a_failure_per_claim_with_errors(auditor):
    root = ET.fromstring(cli(str(BREACHES), str(CLEAN), "--format", "junit").stdout)
    suites = {s.get("name"): s for s in root.iter("testsuite")}
    for path in (BREACHES, CLEAN):
        claims = audit_path(auditor, path).claims
        cases = suites[str(path)].findall("testcase")
        assert [c.get("name").split(":")[0] for c in cases] == ["article"] + [c.id for c in claims]
    failed = [c.get("name").split(":")[0] for c in suites[str(BREACHES)].findall("testcase") if c.find("failure") is not None]
    assert failed == ["c1", "c2", "c3"]
    assert suites[str(CLEAN)].get("failures") == "0" and root.get("failures") == "3"


GITHUB_LINE = re.compile(r"^::(error|warning) file=[^,:]+,line=\d+(,col=\d+)?(,endLine=\d+)?(,endColumn=\d+)?"
                         r",title=[^,:]+::[^\r\n]+$")


def test_github_annotations_are_well_formed_workflow_commands():
    out = cli(str(BREACHES), str(SEED_STATE_MEDIA), "--format", "github").stdout
    lines = out.splitlines()
    assert lines and all(GITHUB_LINE.match(line) for line in lines), out
    assert any(line.startswith(f"::error file={BREACHES},line=7,col=1,") for line in lines)


def test_output_file_holds_the_report(tmp_path):
    out = tmp_path / "gate.sarif"
    assert cli(str(BREACHES), "--format", "sarif", "-o", str(out)).exit_code == 1
    assert json.loads(out.read_text(encoding="utf-8"))["version"] == "2.1.0"

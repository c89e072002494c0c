"""The pre-publication gate: the default policy on the seeds and on small drafts, exit codes,
policy errors, and every output format checked the way its consumer reads it."""
from __future__ import annotations

import json
import os
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import jsonschema
import pytest
from conftest import ROOT, SEEDS, audit_path
from typer.testing import CliRunner

from provenance import cli as cli_module
from provenance.cli import app
from provenance.gate.check import gate, load_policy
from provenance.ingest.inputs import document_from_bytes
from provenance.models import Report
from provenance.rules import DEFAULT_RULES_DIR

DATA = Path(__file__).parent / "data" / "gate"
CLEAN, BREACHES, WARNINGS = DATA / "clean_draft.txt", DATA / "policy_breaches.txt", DATA / "warnings_only.txt"
NUMBERS, ACCEPTED = DATA / "numbers.txt", DATA / "accepted.txt"
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


def rules_by_claim(findings) -> dict:
    by: dict = {}
    for f in findings:
        by.setdefault(f.claim, []).append(f.rule)
    return by


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
    # still 0.2: the score floor, which speaks only for weak claims no other rule flagged, warns
    assert rules_by_claim(gate([report], policy))["c1"] == ["claim.min_score"]


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
    findings = gate([audit_draft(auditor, NUMBERS.read_text(encoding="utf-8"))], policy)
    figures = fired(findings, "unattributed.figure")
    assert figures and all(f.severity == "warning" for f in figures)
    hedged = fired(findings_for(auditor, policy, WARNINGS), "claim.unverified")
    assert hedged and hedged[0].severity == "warning"


# --- one finding per claim per concern ----------------------------------------------------------

def test_a_state_media_claim_gets_the_state_media_error_and_no_score_warning(auditor, policy):
    findings = findings_for(auditor, policy, SEED_STATE_MEDIA)
    lede = fired(findings, "source.state_media_alone", "ذكرت وسائل إعلام رسمية في كوريا الشمالية")[0]
    assert rules_by_claim(findings)[lede.claim] == ["source.state_media_alone"]
    assert not any({"source.state_media_alone", "claim.min_score"} <= set(rules)
                   for rules in rules_by_claim(findings).values())


def test_an_anonymous_claim_gets_its_anonymity_errors_and_no_score_warning(auditor, policy):
    assert rules_by_claim(findings_for(auditor, policy, BREACHES))["c1"] == ["source.anonymity_reason",
                                                                             "source.anonymous_vague"]


def test_a_figure_and_an_allegation_in_one_unsourced_claim_are_one_finding(auditor, policy):
    report = audit_draft(auditor, "Border clash\n\nGovernment forces killed 30 civilians in the village.\n")
    [finding] = [f for f in gate([report], policy) if f.claim]
    assert (finding.rule, finding.severity) == ("unattributed.allegation", "error")


def test_a_caveat_sentence_flags_the_claim_before_it_not_itself(auditor, policy):
    report = audit_path(auditor, SEED_STATE_MEDIA)
    caveat = next(c for c in report.claims if c.text.startswith("ولم يتسن التواصل"))
    before = report.claims[report.claims.index(caveat) - 1]
    findings = gate([report], policy)
    assert "claim.unverified" not in rules_by_claim(findings).get(caveat.id, [])
    [flag] = [f for f in findings if f.claim == before.id and f.rule == "claim.unverified"]
    assert caveat.id in flag.evidence and "لتأكيد ذلك" in flag.evidence


def test_concerns_are_policy_data(auditor, tmp_path):
    text = (DEFAULT_RULES_DIR / "policy.yaml").read_text(encoding="utf-8")
    own = text.replace("    min: 0.35\n    ignore_types: [unattributed]\n",
                       "    min: 0.35\n    ignore_types: [unattributed]\n    concerns: [score]\n")
    assert own != text
    (tmp_path / "policy.yaml").write_text(own, encoding="utf-8")
    findings = findings_for(auditor, load_policy(tmp_path / "policy.yaml"), BREACHES)
    assert rules_by_claim(findings)["c1"] == ["source.anonymity_reason", "source.anonymous_vague", "claim.min_score"]


# --- numbers that are not figures -------------------------------------------------------------

def test_names_times_designations_dates_ages_durations_and_counts_of_things_are_not_figures(auditor, policy):
    findings = gate([audit_draft(auditor, NUMBERS.read_text(encoding="utf-8"))], policy)
    flagged = {f.text: f.evidence for f in fired(findings, "unattributed.figure")}
    assert set(flagged) == {"Thousands of protesters marched to the base.", "The fund lost $2 million last year.",
                            "Three soldiers died at the gate.", "Support for the mission rose to 41 percent."}
    assert "«41»" in flagged["Support for the mission rose to 41 percent."]


def test_what_is_not_a_figure_is_policy_data_with_ids(auditor, tmp_path):
    [rule] = [r for r in load_policy().rules if r.id == "unattributed.figure"]
    ids = {e.id for e in rule.exceptions}
    assert {"figure.not.time", "figure.not.designation", "figure.not.name", "figure.not.date"} <= ids
    text = (DEFAULT_RULES_DIR / "policy.yaml").read_text(encoding="utf-8")
    start = text.index("      - id: figure.not.time")
    end = text.index("      - id:", start + 1)
    (tmp_path / "policy.yaml").write_text(text[:start] + text[end:], encoding="utf-8")  # times are figures again
    findings = gate([audit_draft(auditor, NUMBERS.read_text(encoding="utf-8"))], load_policy(tmp_path / "policy.yaml"))
    times = "The new Hawaii Five-0 airs at 7:15 p.m. on Fridays."
    assert times in {f.text for f in fired(findings, "unattributed.figure")}


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


@pytest.mark.parametrize("value, exit_code", [("true", 0), ("false", 0), ('"yes"', 2), ('"true"', 2), ("1", 2)])
def test_rules_check_takes_only_yaml_true_or_false_for_questions(tmp_path, value, exit_code):
    # review of session 33: a quoted "yes" was read as true and `rules check` said ok
    rules = tmp_path / "rules"
    shutil.copytree(DEFAULT_RULES_DIR, rules)
    text = (rules / "policy.yaml").read_text(encoding="utf-8")
    (rules / "policy.yaml").write_text(text.replace("kind: hedged\n", f"kind: hedged\n    questions: {value}\n"),
                                       encoding="utf-8")
    result = CliRunner().invoke(app, ["rules", "check", str(rules)])
    assert result.exit_code == exit_code, result.stderr
    assert exit_code == 0 or f"{rules / 'policy.yaml'}:121:" in result.stderr


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


# --- ruff's habits: select, ignore, accepted findings, baseline, statistics, colour -------------

def gate_json(*args: str) -> dict:
    result = cli(*args, "--format", "json")
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def test_select_and_ignore_take_rule_ids_and_prefixes():
    everything = {f["rule"] for f in gate_json(str(BREACHES))["findings"]}
    assert {f["rule"] for f in gate_json(str(BREACHES), "--select", "source.anonymity_reason")["findings"]} == \
        {"source.anonymity_reason"}
    assert {f["rule"] for f in gate_json(str(BREACHES), "--ignore", "source")["findings"]} == \
        {r for r in everything if not r.startswith("source.")}
    assert {f["rule"] for f in gate_json(str(BREACHES), "--select", "source", "--ignore",
                                         "source.anonymous_vague,source.intelligence_unnamed")["findings"]} == \
        {"source.anonymity_reason"}
    typo = cli(str(BREACHES), "--select", "source.anonymity")
    assert typo.exit_code == 2 and "source.anonymity" in typo.stderr and "source.anonymity_reason" in typo.stderr


def test_a_marker_line_accepts_a_finding_with_its_reason():
    data = gate_json(str(ACCEPTED))
    assert "source.anonymity_reason" not in {f["rule"] for f in data["findings"]}
    [accepted] = data["accepted"]
    assert (accepted["rule"], accepted["claim"]) == ("source.anonymity_reason", "c1")
    assert accepted["accepted"] == "the desk agreed to protect these sources, see ticket 4411"
    assert {f["rule"] for f in data["findings"]} >= {"source.anonymous_vague", "unattributed.allegation"}
    assert data["articles"][0]["claims"] == 3  # the marker line is no claim
    sarif = json.loads(cli(str(ACCEPTED), "--format", "sarif").stdout)
    [suppressed] = [r for r in sarif["runs"][0]["results"] if r.get("suppressions")]
    assert suppressed["ruleId"] == "source.anonymity_reason"
    assert suppressed["suppressions"] == [{"kind": "inSource", "justification": accepted["accepted"]}]


def test_a_file_level_marker_accepts_a_rule_for_the_whole_draft(tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text(BREACHES.read_text(encoding="utf-8") + "\n<!-- provenance: ignore-file[source, "
                     "unattributed.allegation] background piece, sources vetted by the standards desk -->\n",
                     encoding="utf-8")
    data = gate_json(str(draft))
    assert {f["rule"] for f in data["findings"]} == {"claim.unverified"}
    assert data["passed"] and {f["rule"] for f in data["accepted"]} == {
        "source.anonymity_reason", "source.anonymous_vague", "source.intelligence_unnamed", "unattributed.allegation"}
    assert cli(str(draft)).exit_code == 0


@pytest.mark.parametrize("marker, says", [
    ("provenance: ignore[source.anonymity_reason]", "give a reason"),
    ("provenance: ignore[source.no_such_rule] a reason", "unknown rule 'source.no_such_rule'"),
])
def test_a_broken_marker_is_an_input_error(tmp_path, marker, says):
    draft = tmp_path / "draft.txt"
    draft.write_text(BREACHES.read_text(encoding="utf-8").replace("The ceasefire", f"{marker}\nThe ceasefire"),
                     encoding="utf-8")
    result = cli(str(draft))
    assert result.exit_code == 2 and f"error: {draft}:3: " in result.stderr and says in result.stderr


def test_a_baseline_fails_only_on_new_findings(tmp_path):
    draft, baseline = tmp_path / "draft.txt", tmp_path / "gate-baseline.json"
    draft.write_text(BREACHES.read_text(encoding="utf-8"), encoding="utf-8")
    written = cli(str(draft), "--baseline", str(baseline), "--write-baseline")
    assert written.exit_code == 0 and baseline.exists()
    assert cli(str(draft), "--baseline", str(baseline)).exit_code == 0
    # the same findings elsewhere in the draft are still known; a new breach is not
    draft.write_text("Fighting flares near the border\n\nThe talks resume on Friday in Doha.\n\n"
                     + BREACHES.read_text(encoding="utf-8").split("\n", 2)[2]
                     + "\nOfficials said rebels executed prisoners.\n", encoding="utf-8")
    result = cli(str(draft), "--baseline", str(baseline), "--format", "json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert {f["text"] for f in data["findings"]} == {"Officials said rebels executed prisoners."}
    assert data["baselined"] == 4 + 1  # the errors and the hedge warning that were already there
    missing = cli(str(draft), "--baseline", str(tmp_path / "none.json"))
    assert missing.exit_code == 2 and "--write-baseline" in missing.stderr


def test_statistics_count_findings_by_rule():
    data = gate_json(str(BREACHES), str(SEED_STATE_MEDIA))
    counts: dict = {}
    for f in data["findings"]:
        counts[f["rule"]] = counts.get(f["rule"], 0) + 1
    result = cli(str(BREACHES), str(SEED_STATE_MEDIA), "--statistics")
    assert result.exit_code == 1
    rows = [line.split() for line in result.stdout.splitlines() if line.strip() and line.split()[0].isdigit()]
    assert {row[1]: int(row[0]) for row in rows} == counts
    assert [int(row[0]) for row in rows] == sorted((int(row[0]) for row in rows), reverse=True)


def test_colour_only_on_a_terminal(tmp_path):
    assert "\x1b[" not in cli(str(BREACHES)).stdout  # not a terminal
    import pty
    import subprocess
    import sys

    def on_a_terminal(env: dict) -> str:
        leader, follower = pty.openpty()
        proc = subprocess.run([sys.executable, "-m", "provenance", "gate", str(BREACHES)], stdout=follower,
                              stderr=subprocess.DEVNULL, env={**os.environ, **env}, cwd=ROOT)
        os.close(follower)
        out = b""
        while True:
            try:
                chunk = os.read(leader, 65536)
            except OSError:
                break
            if not chunk:
                break
            out += chunk
        os.close(leader)
        assert proc.returncode == 1
        return out.decode("utf-8")

    coloured = on_a_terminal({"NO_COLOR": "", "TERM": "xterm"})
    assert "\x1b[31m" in coloured and "unattributed.allegation" in coloured
    assert "\x1b[" not in on_a_terminal({"NO_COLOR": "1"})


# --- policy files -------------------------------------------------------------------------------

THREE_MISTAKES = """rules:
  - id: claim.unverified
    kind: hedged
    severity: fatal
  - id: claim.min_score
    kind: min_claim_score
    severity: warning
    min: high
  - id: claim.unverified
    kind: hedged
    severity: warning
"""


def test_a_policy_with_three_mistakes_reports_all_three(tmp_path):
    policy = tmp_path / "policy.yaml"
    policy.write_text(THREE_MISTAKES, encoding="utf-8")
    for result in (cli(str(CLEAN), "--policy", str(policy)), CliRunner().invoke(app, ["rules", "check", str(policy)])):
        assert result.exit_code == 2
        lines = result.stderr.strip().splitlines()
        assert [line.split(": ")[1] for line in lines] == [f"{policy}:4", f"{policy}:8", f"{policy}:9"], lines
        assert "'error' or 'warning'" in lines[0] and "valid number" in lines[1] and "duplicate id" in lines[2]


def test_rules_check_validates_a_single_policy_file():
    result = CliRunner().invoke(app, ["rules", "check", str(DEFAULT_RULES_DIR / "policy.yaml")])
    assert result.exit_code == 0 and "policy rules" in result.stdout


# politico_2016-02-19_q-a-with-vice-president-joe-bide (PolNeAR train), shortened: the interviewer's questions
# are claims of their own ("Some Americans say: ..." is anonymous), but not the page's sourcing
BIDEN_QUESTIONS = """Q&A with Vice President Joe Biden.

Vice President Joe Biden spent Thursday morning in St. Paul, Minnesota. Here is the edited transcript of the interview.

Q: Is corruption in Kabul the main problem? Some Americans say: It's time for us to get out.

A: It's up to the Afghan people. We need to stay engaged.

Q: You said yesterday, the middle class is still getting crushed.

A: It is. The middle class is getting clobbered.
"""


def test_an_interview_s_questions_pass_the_gate_unless_a_rule_asks_for_them(auditor, policy):
    report = audit_draft(auditor, BIDEN_QUESTIONS)
    asked = [c for c in report.claims if c.question]
    assert {c.source.type for c in asked} >= {"anonymous", "unattributed"}  # they are read as any sentence
    assert gate([report], policy) == []
    strict = policy.model_copy(update={"rules": [r.model_copy(update={"questions": True}) for r in policy.rules]})
    assert {f.rule for f in gate([report], strict)} == {"source.anonymity_reason", "unattributed.allegation"}

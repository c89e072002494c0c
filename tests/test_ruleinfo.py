"""`provenance rules explain ID...`: where a rule id a report names is declared and what it means.

What the tests expect is read from the rules files themselves (the line of an id, its terms, its description),
so they hold whatever the rules say tomorrow."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from provenance.cli import app
from provenance.rules import DEFAULT_RULES_DIR, load_rules

runner = CliRunner()


def explain(*args: str):
    return runner.invoke(app, ["rules", "explain", *args])


def line_of(path: Path, rule_id: str) -> int:
    """The line of `rule_id`'s declaration, found as a reader would: by searching the file for it."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(n for n, text in enumerate(lines, 1) if re.search(rf"\bid: {re.escape(rule_id)}(?:[\s,}}]|$)", text))


def entry(path: Path, key: str, rule_id: str) -> dict:
    return next(e for e in yaml.safe_load(path.read_text(encoding="utf-8"))[key] if e["id"] == rule_id)


def block(output: str, rule_id: str) -> str:
    """The lines `explain` printed about one id: from its own line to the next blank line."""
    lines = output.splitlines()
    start = lines.index(rule_id)
    end = next((i for i in range(start, len(lines)) if not lines[i].strip()), len(lines))
    return "\n".join(lines[start:end])


def test_a_lexicon_id_names_its_file_line_family_and_first_terms():
    path = DEFAULT_RULES_DIR / "ar" / "verbs.yaml"
    lexicon = entry(path, "lexicons", "cue.ar.say")
    result = explain("cue.ar.say")
    assert result.exit_code == 0, result.output
    text = block(result.stdout, "cue.ar.say")
    assert f"ar/verbs.yaml:{line_of(path, 'cue.ar.say')}" in text
    assert re.search(r"kind:\s+lexicon\b", text) and re.search(rf"family:\s+{lexicon['family']}\b", text)
    assert f"{len(lexicon['terms'])} terms: " in text and ", ".join(lexicon["terms"][:3]) in text


def test_a_decision_id_gives_its_description():
    path = DEFAULT_RULES_DIR / "decisions.yaml"
    text = block(explain("attr.no_cue").stdout, "attr.no_cue")
    assert f"decisions.yaml:{line_of(path, 'attr.no_cue')}" in text
    assert re.search(r"kind:\s+decision\b", text)
    assert entry(path, "decisions", "attr.no_cue")["description"] in text


def test_an_outlet_id_gives_its_names_and_domains():
    path = DEFAULT_RULES_DIR / "outlets.yaml"
    outlet = entry(path, "outlets", "outlet.reuters")
    text = block(explain("outlet.reuters").stdout, "outlet.reuters")
    assert f"outlets.yaml:{line_of(path, 'outlet.reuters')}" in text and re.search(r"kind:\s+outlet\b", text)
    assert outlet["name"] in text and outlet["domains"][0] in text and outlet["names"][2] in text


def test_ladder_steps_and_grade_bands_give_their_scores():
    path = DEFAULT_RULES_DIR / "scores.yaml"
    scores = yaml.safe_load(path.read_text(encoding="utf-8"))
    step = next(s for s in scores["ladder"] if s["id"] == "ladder.state_media")
    band = next(b for b in scores["grades"] if b["id"] == "grade.b")
    result = explain("ladder.state_media", "grade.b", "modifier.hedge")
    assert result.exit_code == 0, result.output
    ladder, grade = block(result.stdout, "ladder.state_media"), block(result.stdout, "grade.b")
    assert f"scores.yaml:{line_of(path, 'ladder.state_media')}" in ladder and re.search(r"kind:\s+ladder step", ladder)
    assert step["type"] in ladder and f"{step['score']:g}" in ladder
    assert f"scores.yaml:{line_of(path, 'grade.b')}" in grade and re.search(r"kind:\s+grade band", grade)
    assert f"{band['min']:g}" in grade and f"grade {band['grade']}" in grade
    assert re.search(r"kind:\s+modifier", block(result.stdout, "modifier.hedge"))


def test_a_policy_rule_id_gives_what_it_checks():
    path = DEFAULT_RULES_DIR / "policy.yaml"
    text = block(explain("source.state_media_alone").stdout, "source.state_media_alone")
    assert f"policy.yaml:{line_of(path, 'source.state_media_alone')}" in text
    assert re.search(r"kind:\s+policy rule", text) and "state_media_alone" in text and "error" in text


def test_an_unknown_id_is_one_line_of_error_and_exit_2_the_others_still_printed():
    result = explain("cue.ar.say", "no.such_rule", "attr.no_cue")
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [result.stderr.strip()]
    assert "no.such_rule" in result.stderr and "error" in result.stderr
    assert "cue.ar.say" in result.stdout.splitlines() and "attr.no_cue" in result.stdout.splitlines()


def test_a_prefix_lists_the_ids_under_it():
    under = [d for d in load_rules().rule_ids if d.startswith("attr.continuation.")]  # decisions and lexicons
    assert len(under) >= 3
    result = explain("attr.continuation")
    assert result.exit_code == 0, result.output
    assert re.search(r"kind:\s+decision", block(result.stdout, "attr.continuation"))  # the id itself, explained
    listed = {line.split()[0] for line in result.stdout.splitlines() if line.startswith("  attr.continuation.")}
    assert listed == set(under)
    assert explain("attr.continuation.").exit_code == 0  # a prefix written with its dot, not an id itself


def test_an_id_a_wire_joins_with_colons_is_explained_part_by_part():
    result = explain("wire.dateline.paren:outlet.reuters")
    assert result.exit_code == 0, result.output
    assert re.search(r"kind:\s+wire pattern", block(result.stdout, "wire.dateline.paren"))
    assert re.search(r"kind:\s+outlet", block(result.stdout, "outlet.reuters"))


def test_a_users_rules_folder_finds_the_entry_the_user_added(tmp_path):
    folder = tmp_path / "rules"
    shutil.copytree(DEFAULT_RULES_DIR, folder)
    outlets = folder / "outlets.yaml"
    outlets.write_text(outlets.read_text(encoding="utf-8") + "\n  - id: outlet.gazette\n    name: The Gazette\n"
                       "    domains: [gazette.example]\n    kind: private\n    description: our town's paper\n",
                       encoding="utf-8")
    (folder / "en" / "newsroom.yaml").write_text(
        "# words of our newsroom\nlexicons:\n  - id: cue.en.ours\n    family: speech\n"
        "    description: verbs our reporters use\n    terms: [opined at length, mused aloud]\n", encoding="utf-8")
    assert explain("cue.en.ours").exit_code == 2  # not in the shipped rules
    result = explain("outlet.gazette", "cue.en.ours", "--rules", str(folder))
    assert result.exit_code == 0, result.output
    gazette, ours = block(result.stdout, "outlet.gazette"), block(result.stdout, "cue.en.ours")
    assert f"outlets.yaml:{line_of(outlets, 'outlet.gazette')}" in gazette
    assert "our town's paper" in gazette and "gazette.example" in gazette
    assert "en/newsroom.yaml:3" in ours and "verbs our reporters use" in ours and "2 terms: opined at length" in ours


def test_a_broken_rules_folder_is_one_error_line_and_exit_2(tmp_path):
    folder = tmp_path / "rules"
    shutil.copytree(DEFAULT_RULES_DIR, folder)
    (folder / "scores.yaml").write_text("ladder: [\n", encoding="utf-8")
    result = explain("attr.no_cue", "--rules", str(folder))
    assert result.exit_code == 2 and "scores.yaml" in result.stderr and not result.stdout


def test_json_format_parses_and_holds_each_field():
    result = explain("cue.ar.say", "attr.continuation", "ladder.media", "--format", "json")
    assert result.exit_code == 0, result.output
    found = json.loads(result.stdout)
    by_id = {item["id"]: item for item in found}
    assert {"cue.ar.say", "attr.continuation", "attr.continuation.no_cue", "ladder.media"} <= set(by_id)
    say = by_id["cue.ar.say"]
    assert say["file"] == "ar/verbs.yaml" and say["line"] == line_of(DEFAULT_RULES_DIR / "ar" / "verbs.yaml", "cue.ar.say")
    assert say["kind"] == "lexicon" and say["family"] == "speech" and "قال" in say["holds"]
    assert by_id["attr.continuation"]["description"] and by_id["ladder.media"]["family"] is None


def test_json_format_with_an_unknown_id_is_still_json_and_exit_2():
    result = explain("nothing.here", "grade.a", "--format", "json")
    assert result.exit_code == 2 and "nothing.here" in result.stderr
    assert [item["id"] for item in json.loads(result.stdout)] == ["grade.a"]


@pytest.mark.parametrize("rule_id", ["src.memory", "bp.comment_prompt.ar", "intel.kr_dia", "figure.not.time"])
def test_every_kind_of_id_a_report_names_is_found(rule_id):
    result = explain(rule_id)
    assert result.exit_code == 0, result.output
    assert re.search(r"\S+\.yaml:\d+", block(result.stdout, rule_id))


def test_a_custom_policys_rule_is_explained_with_policy(tmp_path):
    policy = tmp_path / "pol.yaml"
    policy.write_text("description: our newsroom\nrules:\n  - id: newsroom.anon\n    kind: anonymity_reason\n"
                      "    severity: error\n    description: say why a source is anonymous\n"
                      "    types: [anonymous_official, anonymous]\n", encoding="utf-8")
    assert explain("newsroom.anon").exit_code == 2  # not in the shipped policy
    result = explain("newsroom.anon", "source.anonymity_reason", "--policy", str(policy))
    assert result.exit_code == 2, result.output  # the shipped policy's rule is not the custom one's
    result = explain("newsroom.anon", "attr.no_cue", "--policy", str(policy))
    assert result.exit_code == 0, result.output
    anon = block(result.stdout, "newsroom.anon")
    assert f"{policy}:3" in anon and "policy rule" in anon and "say why a source is anonymous" in anon

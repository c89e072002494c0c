"""The command line: formats, standard input, schema, exit codes."""
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

SEED = Path(__file__).resolve().parent.parent / "seeds" / "002_8a64b5d3bad4b392.txt"


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "provenance", *args], input=stdin, capture_output=True, timeout=120)


def test_json_report_follows_its_schema():
    out = run("audit", str(SEED), "--format", "json")
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    schema = json.loads(run("schema").stdout)
    jsonschema.validate(report, schema)
    assert {"id", "outlet", "origin", "wires", "intelligence", "boilerplate", "body", "claims", "score"} <= set(report)


def test_standard_input_and_url():
    out = run("audit", "-", "--format", "json", "--url", "https://www.reuters.com/world/x", stdin=SEED.read_bytes())
    report = json.loads(out.stdout)
    assert report["url"] == "https://www.reuters.com/world/x"
    assert report["outlet"]["name"] == "Reuters"


def test_jsonl_is_one_report_a_line_and_progress_stays_off_stdout(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps({"url": f"https://example.com/{i}", "text": SEED.read_text()}) for i in range(3)))
    out = run("audit", str(feed), "--format", "jsonl")
    lines = out.stdout.decode().splitlines()
    assert len(lines) == 3 and all(json.loads(line)["url"].startswith("https://example.com/") for line in lines)


def test_text_format_explains_each_claim():
    out = run("audit", str(SEED)).stdout.decode()
    assert "wire: Reuters (wire, dateline)" in out
    assert "rules: " in out and "ladder.state_media" in out


def test_text_format_names_the_headline_source():
    story = "Poll: Voters favour the new bridge\n\nThe figures were published on Monday in the capital.\n"
    out = run("audit", "-", stdin=story.encode()).stdout.decode()
    assert "headline: B " in out and "document — Poll" in out and "cue: :" in out
    plain = run("audit", "-", stdin=story.replace("Poll:", "Today").encode()).stdout.decode()
    assert "headline:" not in plain


def test_a_bad_file_in_a_batch_exits_2_and_the_rest_is_written(tmp_path):
    (tmp_path / "a.txt").write_bytes(SEED.read_bytes())
    (tmp_path / "b.txt").write_bytes(b"")
    out = run("audit", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--format", "jsonl")
    assert out.returncode == 2
    assert len(out.stdout.decode().splitlines()) == 1
    assert out.stderr.decode().count("\n") == 1 and "empty" in out.stderr.decode()


def test_rules_check_passes_on_the_shipped_rules():
    out = run("rules", "check")
    assert out.returncode == 0 and out.stdout.decode().startswith("ok:")


def test_html_format_stops_at_the_second_article(tmp_path):
    out = run("audit", str(SEED), str(SEED), str(tmp_path / "never-read.txt"), "--format", "html", "-j", "1")
    assert out.returncode == 2
    assert "--format html writes one article's page" in out.stderr.decode()
    assert "never-read.txt" not in out.stderr.decode()  # stopped before the third input was read


# ---------------------------------------------------------------- help, choices and flags


def help_text(*command: str) -> str:
    """A command's --help as a user sees it on a wide terminal (typer renders it with Rich)."""
    env = {**os.environ, "COLUMNS": "250", "NO_COLOR": "1", "TERM": "dumb"}
    out = subprocess.run([sys.executable, "-m", "provenance", *command, "--help"], capture_output=True, env=env,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    return out.stdout.decode()


def option_line(text: str, option: str) -> str:
    return next(line for line in text.splitlines() if re.search(rf"\s{re.escape(option)}\b", line))


@pytest.mark.parametrize("command", [(), ("audit",), ("report",), ("export",), ("gate",), ("rules",), ("rules", "check"),
                                     ("rules", "explain")])
def test_flags_are_shown_as_flags(command):
    text = help_text(*command)
    assert "<bool>" not in text, text  # a flag takes no value
    assert "--help" in text


def test_help_keeps_square_brackets():
    assert "provenance[dask]" in option_line(help_text("audit"), "--engine")


def test_choices_are_listed_in_help():
    audit = help_text("audit")
    assert "text|json|jsonl|html" in option_line(audit, "--format")
    assert "local|dask" in option_line(audit, "--engine")
    gate = help_text("gate")
    assert "text|json|sarif|junit|github" in option_line(gate, "--format")
    assert "error|warning" in option_line(gate, "--fail-on")


@pytest.mark.parametrize("args, option", [
    (["audit", str(SEED), "--format", "jsn"], "--format"),
    (["audit", str(SEED), "--engine", "dusk"], "--engine"),
    (["gate", str(SEED), "--format", "sarf"], "--format"),
    (["gate", str(SEED), "--fail-on", "warn"], "--fail-on"),
])
def test_a_typo_in_a_choice_gets_typers_message(args, option):
    out = run(*args)
    err = out.stderr.decode()
    assert out.returncode == 2 and out.stdout == b""
    assert f"Invalid value for '{option}'" in err and "is not one of" in err, err


def test_a_flag_takes_no_value(tmp_path):
    """`--fetch true X`: --fetch is on, and `true` is a path like any other (reported, X still audited)."""
    out = run("audit", "--fetch", "true", str(SEED), "--format", "jsonl")
    assert out.returncode == 2
    assert len(out.stdout.decode().splitlines()) == 1  # the seed was audited
    assert "true: no such file or folder" in out.stderr.decode()


# ---------------------------------------------------------------- the shape of --format json


def test_json_of_one_file_is_an_object():
    out = run("audit", str(SEED), "--format", "json")
    assert out.returncode == 0 and isinstance(json.loads(out.stdout), dict)


def test_json_of_a_folder_is_an_array_even_with_one_article(tmp_path):
    (tmp_path / "a.txt").write_bytes(SEED.read_bytes())
    out = run("audit", str(tmp_path), "--format", "json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert isinstance(data, list) and len(data) == 1 and data[0]["body"]


def test_json_of_a_jsonl_file_is_an_array_even_with_one_row(tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text(json.dumps({"url": "https://example.com/1", "text": SEED.read_text()}) + "\n")
    data = json.loads(run("audit", str(feed), "--format", "json").stdout)
    assert isinstance(data, list) and [r["url"] for r in data] == ["https://example.com/1"]


def test_json_of_several_paths_is_an_array_and_empty_when_all_fail(tmp_path):
    data = json.loads(run("audit", str(SEED), str(SEED), "--format", "json").stdout)
    assert isinstance(data, list) and len(data) == 2
    (tmp_path / "empty.txt").write_bytes(b"")
    out = run("audit", str(tmp_path), "--format", "json")  # a folder whose only article fails
    assert out.returncode == 2 and json.loads(out.stdout) == []
    out = run("audit", str(tmp_path / "empty.txt"), str(tmp_path / "missing.txt"), "--format", "json")
    assert out.returncode == 2 and json.loads(out.stdout) == []


def test_json_of_one_file_that_fails_prints_no_object(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    out = run("audit", str(tmp_path / "empty.txt"), "--format", "json")
    assert out.returncode == 2 and out.stdout == b""
    assert "empty input" in out.stderr.decode()


def test_json_help_says_when_it_is_an_array():
    assert "array" in option_line(help_text("audit"), "--format")

"""The command line: formats, standard input, schema, exit codes."""
import json
import subprocess
import sys
from pathlib import Path

import jsonschema

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

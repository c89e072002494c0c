"""A rules folder made for an older version: one `rules check` (or audit, or explain) lists every file and every
word class the code now reads that the folder lacks, each with the shipped file to copy it from. decisions.yaml,
the code's own list of the ids it names, is read from the shipped rules when a folder has none."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from provenance import rulecache, rules
from provenance.cli import app
from provenance.rules import DEFAULT_RULES_DIR

runner = CliRunner()
DROPPED_FILES = ("hedges.yaml", "origin.yaml")
# classes read by id in different places: the Arabic steps' words, the English reader's, a cue class
DROPPED = {"ar/function_words.yaml": ("closed.ar.kana", "closed.ar.complementizer.compound", "closed.ar.issued_by"),
           "en/classes.yaml": ("closed.en.aspectual", "cue.en.modal")}


def without(path: Path, ids: tuple[str, ...]) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert set(ids) <= {e["id"] for e in data["lexicons"]}, "the test drops classes the shipped file has"
    data["lexicons"] = [e for e in data["lexicons"] if e["id"] not in ids]
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


@pytest.fixture
def old_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "rules"
    shutil.copytree(DEFAULT_RULES_DIR, folder)
    for name in (*DROPPED_FILES, "decisions.yaml"):
        (folder / name).unlink()
    for name, ids in DROPPED.items():
        without(folder / name, ids)
    return folder


def assert_lists_everything(stderr: str, folder: Path) -> None:
    lines = stderr.splitlines()
    assert len(lines) == len(DROPPED_FILES) + sum(map(len, DROPPED.values())), stderr  # one line each
    assert all(line.startswith("error: ") for line in lines), stderr
    for name in DROPPED_FILES:
        line = next(l for l in lines if f"{folder / name}" in l)
        assert "missing rules file" in line and str(DEFAULT_RULES_DIR / name) in line, line
    for name, ids in DROPPED.items():
        for entry_id in ids:
            line = next(l for l in lines if repr(entry_id) in l)
            assert re.search(rf"{re.escape(str(DEFAULT_RULES_DIR / name))}:\d+", line), line
    assert "decisions.yaml" not in stderr  # read from the shipped rules


def test_rules_check_lists_every_missing_file_and_class_in_one_run(old_folder: Path) -> None:
    result = runner.invoke(app, ["rules", "check", str(old_folder)])
    assert result.exit_code == 2 and not result.stdout
    assert_lists_everything(result.stderr, old_folder)


def test_audit_and_explain_with_the_folder_list_the_same(old_folder: Path, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    article = tmp_path / "a.txt"
    article.write_text("The minister said the talks would resume on Monday.\n", encoding="utf-8")
    audit = runner.invoke(app, ["audit", str(article), "--rules", str(old_folder)])
    explain = runner.invoke(app, ["rules", "explain", "attr.no_cue", "--rules", str(old_folder)])
    for result in (audit, explain):
        assert result.exit_code == 2 and not result.stdout
        assert_lists_everything(result.stderr, old_folder)


def test_a_folder_without_decisions_reads_the_shipped_ones(tmp_path: Path) -> None:
    folder = tmp_path / "rules"
    shutil.copytree(DEFAULT_RULES_DIR, folder)
    (folder / "decisions.yaml").unlink()
    assert runner.invoke(app, ["rules", "check", str(folder)]).exit_code == 0
    result = runner.invoke(app, ["rules", "explain", "attr.no_cue", "--rules", str(folder)])
    assert result.exit_code == 0, result.output
    assert re.search(rf"declared:\s+{re.escape(str(DEFAULT_RULES_DIR / 'decisions.yaml'))}:\d+", result.stdout)


def test_the_cache_key_follows_the_decisions_file_in_use(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shipped = tmp_path / "shipped"
    shutil.copytree(DEFAULT_RULES_DIR, shipped)
    monkeypatch.setattr(rules, "DEFAULT_RULES_DIR", shipped)
    folder = tmp_path / "rules"
    shutil.copytree(shipped, folder)
    (folder / "decisions.yaml").unlink()
    before = rulecache.folder_key(folder)
    decisions = shipped / "decisions.yaml"
    decisions.write_text(decisions.read_text(encoding="utf-8").replace("description:", "description: (new)", 1),
                         encoding="utf-8")
    after_shipped = rulecache.folder_key(folder)
    assert after_shipped != before  # the shipped decisions changed: built again
    shutil.copy(decisions, folder / "decisions.yaml")
    assert rulecache.folder_key(folder) not in (before, after_shipped)  # the user's own: built again

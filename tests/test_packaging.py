"""Packaging: the dependency ranges in pyproject.toml are the ones the tests run with."""
from __future__ import annotations

import tomllib
from importlib.metadata import version
from pathlib import Path

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = ROOT / "pyproject.toml"
REQUIREMENTS = [Requirement(r) for r in tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["project"]["dependencies"]]
TESTED = {"typer", "trafilatura", "pydantic", "sqlite-utils", "tldextract", "lxml", "pyyaml", "rich"}


def test_the_libraries_we_rely_on_are_declared():
    assert TESTED <= {r.name.lower() for r in REQUIREMENTS}


@pytest.mark.parametrize("req", REQUIREMENTS, ids=[r.name for r in REQUIREMENTS])
def test_each_dependency_has_a_tested_range(req):
    """A lower and an upper bound, and the installed version (the one the tests run with) inside them."""
    operators = {s.operator for s in req.specifier}
    assert ">=" in operators and "<" in operators, f"{req}: needs a lower and an upper bound"
    assert req.specifier.contains(version(req.name), prereleases=True), f"{req}: installed {version(req.name)}"


def test_ci_runs_the_test_command_of_the_readme():
    """CI runs the tests the way the README's second opening command does (what follows its install)."""
    blocks = ROOT.joinpath("README.md").read_text(encoding="utf-8").split("```bash\n")
    test_command = blocks[2].split("\n")[0].rsplit(" && ", 1)[1]
    assert test_command.startswith("python -m pytest")
    assert test_command in ROOT.joinpath(".ci", "run").read_text(encoding="utf-8").splitlines()

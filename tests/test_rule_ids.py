"""Every rule id a decision names can be looked up in the rules folder: the ids of lexicons, patterns,
registries and the ladder where they are written, the ids the code itself names (attr.no_cue, src.memory,
wire.cited, ...) in rules/decisions.yaml, each with what it means.

Two checks. The audits of the seeds, the devset's texts (the held-out ones left out), the test pages and a sample
of the tuning pools (../shared/data, when it is next to the project) name only declared ids, wherever a report
names one: a claim's reasons and its source's, relays' and other attributions' rules, the headline, the score,
the outlet, origin, wires, intelligence, dateline, interview and boilerplate. And every string in the package's
code shaped like a rule id is declared; a prefix the code builds ids from (an f-string's part, a string ending in
"." or "_", what `startswith` is given) opens some declared id."""
from __future__ import annotations

import ast
import re
import shutil
from pathlib import Path

import pytest

from conftest import HELD_OUT, ROOT, SEEDS, audit_path, devset_texts
from provenance.rules import DEFAULT_RULES_DIR, RulesError, _walk_ids, load_rules

POOL = ROOT.parent / "shared" / "data"
PACKAGE = ROOT / "provenance"
_FILE_NAME = re.compile(r"\.(?:ya?ml|json|html?|py|txt|csv|db)$")
_ID_SHAPE = re.compile(r"^[a-z][a-z0-9_]*\.[a-z0-9_.\-]*$")


@pytest.fixture(scope="module")
def declared():
    return load_rules().rule_ids


def _named(report: dict) -> set[str]:
    """Every rule id a report names (a wire's rule joins the role's id, the agency's and a removed line's: ':')."""
    found: set[str] = set()

    def walk(node, key=None):
        if isinstance(node, dict):
            for k, v in node.items():
                if k in ("rule", "rules", "reasons"):
                    for rule in [v] if isinstance(v, str) else v or []:
                        found.update(rule.split(":"))
                else:
                    walk(v, k)
        elif isinstance(node, list):
            for item in node:
                walk(item, key)

    walk(report)
    return found


def _pool_sample() -> list[Path]:
    held_out = {p.name for p in HELD_OUT.glob("*.txt")}
    arabic = sorted((POOL / "arabic-pool").glob("*.txt")) + sorted((POOL / "arabic-saudi").glob("*.txt"))
    english = [p for p in sorted((POOL / "english-polnear" / "train" / "text").glob("*.txt")) if p.name not in held_out]
    return arabic[::10] + english[::10]


def _texts() -> list[Path]:
    pages = [p for p in (ROOT / "tests" / "data" / "pages").iterdir() if p.suffix != ".md"]
    return sorted(SEEDS.glob("*.txt")) + devset_texts() + sorted(pages) + _pool_sample()


def test_the_audits_name_only_declared_rules(auditor, declared):
    texts = _texts()
    assert len(texts) >= 600
    undeclared: dict[str, str] = {}
    for path in texts:
        report = audit_path(auditor, path).model_dump()
        for rule in _named(report) - declared:
            undeclared.setdefault(rule, path.name)
    assert not undeclared, f"ids named by audits but declared nowhere in rules/ (first article): {undeclared}"


def test_the_pools_are_sampled_when_they_are_there():
    if not (POOL / "arabic-pool").exists():
        pytest.skip("../shared/data is not next to the project")
    assert len(_pool_sample()) >= 100


def _literals(tree: ast.AST) -> tuple[set[str], set[str]]:
    """The package's string literals: (whole ones, prefixes the code builds strings from)."""
    prefixes: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            prefixes |= {v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)}
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                and node.func.attr in ("startswith", "removeprefix"):
            for arg in node.args:
                items = arg.elts if isinstance(arg, ast.Tuple) else [arg]
                prefixes |= {a.value for a in items if isinstance(a, ast.Constant) and isinstance(a.value, str)}
    whole = {n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)}
    return whole - prefixes, prefixes


def _package_literals() -> list[tuple[Path, set[str], set[str]]]:
    return [(path, *_literals(ast.parse(path.read_text(encoding="utf-8")))) for path in sorted(PACKAGE.rglob("*.py"))]


def test_every_rule_id_the_code_names_is_declared(declared):
    families = {d.split(".")[0] for d in declared}  # attr, src, cue, closed, bp, ladder, grade, outlet, ...
    undeclared, no_family = set(), set()
    for path, whole, prefixes in _package_literals():
        for text in whole | prefixes:
            if not _ID_SHAPE.match(text) or _FILE_NAME.search(text) or text.split(".")[0] not in families:
                continue
            if text in prefixes or text.endswith((".", "_")):
                if not any(d.startswith(text) for d in declared):
                    no_family.add(f"{path.relative_to(ROOT)}: {text}")
            elif text not in declared:
                undeclared.add(f"{path.relative_to(ROOT)}: {text}")
    assert not undeclared, f"rule ids in the code declared nowhere in rules/: {sorted(undeclared)}"
    assert not no_family, f"prefixes of rule ids no declared id opens with: {sorted(no_family)}"


def test_every_decision_declared_is_one_the_code_names():
    """No stale entry: each id of decisions.yaml is written in the code, or built there from a prefix below a
    family ("score.article." and the article's aggregate; not "attr.", which code only tests ids against)."""
    written = set().union(*(whole for _, whole, _ in _package_literals()))
    prefixes = set().union(*(p for _, _, p in _package_literals()))
    stale = [d.id for d in load_rules().decisions.decisions
             if d.id not in written and not any(d.id.startswith(p) for p in prefixes if p.count(".") >= 2)]
    assert not stale


def test_a_decision_without_its_description_is_refused(tmp_path):
    folder = tmp_path / "rules"
    shutil.copytree(DEFAULT_RULES_DIR, folder)
    (folder / "decisions.yaml").write_text("decisions:\n  - id: attr.no_cue\n  - id: attr.mention\n"
                                           "    description: the person last named\n", encoding="utf-8")
    with pytest.raises(RulesError, match=r"decisions\.yaml:2: decisions\.0\.description: Field required"):
        load_rules(folder)


def test_the_code_s_decisions_are_declared_once():
    """decisions.yaml holds the code's own ids, each described: none of them is also a lexicon's, a pattern's,
    a registry's or the ladder's."""
    rules = load_rules()
    own = {d.id for d in rules.decisions.decisions}
    files = (rules.boilerplate, rules.outlets, rules.countries, rules.intel, rules.origin, rules.scores)
    elsewhere = {e.id for e in rules.entries}.union(*(_walk_ids(f) for f in files))
    assert not own & elsewhere
    assert all(d.description.strip() for d in rules.decisions.decisions)

"""What a rule id means: the file and line that declare it, its kind, family and description, and what it holds.

A report names its rules by id (a claim's `reasons`, its source's and relays' `rules`, the `rule` of a wire or of a
removed line, a gate finding's), and every such id is declared in the rules folder (tests/test_rule_ids.py):
`provenance rules explain` looks them up here, and the HTML report shows what each one means.
"""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Iterator, Optional

from .rules import FILE_SCHEMAS, LANGUAGES, LexiconEntry, LexiconFile, RuleSet, load_built, load_rules

if TYPE_CHECKING:
    from .gate.check import Policy

SHOWN = 5  # items of a list shown before the ellipsis
ELLIPSIS = "\u2026"


@dataclass
class RuleInfo:
    """One declaration of a rule id. `file` is relative to the rules folder (the policy's may lie outside it);
    a lexicon's file and every line are found only when asked for (located)."""

    id: str
    kind: str
    holds: str
    family: Optional[str] = None
    description: Optional[str] = None
    file: Optional[str] = None
    line: Optional[int] = None

    @property
    def meaning(self) -> str:
        """One line for a reader: the description, else the kind and what it holds."""
        return self.description or f"{self.kind}{f' ({self.family})' if self.family else ''}: {self.holds}"


def _listed(items: list[str], noun: str) -> str:
    """'11 terms: a, b, c, d, e, …' (nothing for no items)."""
    if not items:
        return ""
    more = f", {ELLIPSIS}" if len(items) > SHOWN else ""
    return f"{len(items)} {noun}{'' if len(items) == 1 else 's'}: {', '.join(items[:SHOWN])}{more}"


def _pattern(pattern: Optional[str], width: int = 70) -> str:
    if not pattern:
        return ""
    return f"pattern {pattern if len(pattern) <= width else pattern[:width] + ELLIPSIS}"


def _joined(*parts: Optional[str]) -> str:
    return "; ".join(p for p in parts if p)


def _lexicon(e: LexiconEntry) -> RuleInfo:
    forms = [name for name, on in (("inflected", e.inflect), ("with attached pronouns", e.attached),
                                   ("feminine", e.feminine),
                                   ("indefinite accusative", e.accusative)) if on]
    return RuleInfo(e.id, "lexicon", _joined(
        f"lang {e.lang}" if e.lang != "any" else None, e.name and f"name {e.name}", e.type and f"type {e.type}",
        _listed(e.terms, "term"), _listed(e.patterns, "pattern"), _listed(list(e.irregular), "irregular verb"),
        _listed([f"{k} ({', '.join(v)})" if v else k for k, v in e.plurals.items()], "singular"),
        _listed(e.sound_plurals, "sound-plural singular"),
        f"also {', '.join(forms)} forms" if forms else None,
        e.other_words and f"but not {', '.join(e.other_words)} (other words)"),
        e.family, e.description)


def rule_infos(rules: RuleSet, policy: Optional["Policy"] = None, policy_file: str = "policy.yaml") -> Iterator[RuleInfo]:
    """Every declaration of the folder and of its policy, in the order of its files (a lexicon's file left open)."""
    yield from (_lexicon(e) for e in rules.entries)
    for r in rules.boilerplate.rules:
        yield RuleInfo(r.id, "boilerplate rule", _joined(f"match {r.match}", r.when_language and f"lang {r.when_language}",
                                                         _pattern(r.pattern)), r.family, r.description, "boilerplate.yaml")
    for o in rules.outlets.outlets:
        yield RuleInfo(o.id, "outlet", _joined(f"{o.name}, {o.kind}" + (f", {o.country}" if o.country else ""),
                                               _listed(o.names, "name"), _listed(o.domains, "domain")),
                       None, o.description, "outlets.yaml")
    for c in rules.countries.countries:
        yield RuleInfo(c.id, "country", _joined(c.code, _listed(c.names, "name"), _listed(c.adjectives, "adjective"),
                                                _listed(c.capitals, "capital")), file="countries.yaml")
    for s in rules.intel.services:
        yield RuleInfo(s.id, "intelligence service", _joined(s.name + (f", {s.country}" if s.country else ""),
                                                             _listed(s.names, "name")),
                       None, s.description, "intelligence.yaml")
    for g in rules.intel.generic:
        yield RuleInfo(g.id, "intelligence terms", _listed(g.terms, "term"), file="intelligence.yaml")
    for kind, patterns in (("origin pattern", rules.origin.origin), ("wire pattern", rules.origin.wires)):
        for p in patterns:
            yield RuleInfo(p.id, kind, _joined(p.relation and f"relation {p.relation}", p.role and f"role {p.role}",
                                               _pattern(p.pattern)), None, p.description, "origin.yaml")
    scores = rules.scores
    for step in scores.ladder:
        yield RuleInfo(step.id, "ladder step", f"a source of type {step.type} scores {step.score:g}", file="scores.yaml")
    for m in scores.modifiers:
        yield RuleInfo(m.id, "modifier", f"when {m.when}: {m.delta:+g} for "
                                         f"{', '.join(m.applies_to) or 'every source type'}", file="scores.yaml")
    for band in scores.grades:
        yield RuleInfo(band.id, "grade band", f"grade {band.grade} from a score of {band.min:g}", file="scores.yaml")
    for d in rules.decisions.decisions:
        yield RuleInfo(d.id, "decision", "", None, d.description, "decisions.yaml")  # the code's: it holds nothing
    for rule in policy.rules if policy else ():
        yield RuleInfo(rule.id, "policy rule", f"checks {rule.kind}, severity {rule.severity}", None, rule.summary,
                       policy_file)
        for e in getattr(rule, "exceptions", ()):
            yield RuleInfo(e.id, "policy exception", _joined(f"of {rule.id}", _listed(e.terms, "term"),
                                                             _listed(e.patterns, "pattern")),
                           None, e.description, policy_file)


def meanings(rules: RuleSet, policy: Optional["Policy"] = None) -> dict[str, str]:
    """What each id means, in a line (RuleInfo.meaning); of an id declared twice, the first declaration's."""
    found: dict[str, str] = {}
    for info in rule_infos(rules, policy):
        found.setdefault(info.id, info.meaning)
    return found


def located(directory: Optional[Path | str] = None, policy_file: Optional[Path | str] = None) -> list[RuleInfo]:
    """Every declaration of a rules folder (the shipped one by default) and of its policy (`policy_file`, else the
    folder's), with its file and line. A broken folder or policy is a RulesError; so is a user's folder that
    lacks a rules file or a word class the code reads (all of them named at once, see load_built)."""
    from . import rulesyaml
    from .gate.check import load_policy, policy_path

    if directory is None:  # explaining runs nothing: no pattern is probed
        rules = load_rules(check_patterns=False)
    else:
        from .attribution.engine import Attributor  # what reads the word classes by id

        rules = load_built(directory, Attributor, check_patterns=False).rules
    folder = rules.directory
    policy = Path(policy_file) if policy_file else policy_path(folder)
    lexicons = [name for name, schema in FILE_SCHEMAS.items() if schema is LexiconFile]
    lexicons += [f"{lang}/{p.name}" for lang in LANGUAGES for p in sorted((folder / lang).glob("*.y*ml"))]
    files = {**{name: rules.files[name] for name in [*FILE_SCHEMAS, *lexicons]}, "policy.yaml": policy}
    shown = {name: path.relative_to(folder).as_posix() if path.parent in (folder, *(folder / l for l in LANGUAGES))
             else str(path) for name, path in files.items()}  # a file read from outside the folder: its whole path
    lines: dict[str, dict[str, list[int]]] = {}
    for name, path in files.items():
        node, _ = rulesyaml.parse(path.read_text(encoding="utf-8"), package=False)
        lines[name] = defaultdict(list)
        for rule_id, line in rulesyaml.id_lines(node) if node is not None else ():
            lines[name][rule_id].append(line)
    infos = list(rule_infos(rules, load_policy(policy)))
    for info in infos:
        for name in [info.file] if info.file else lexicons:
            if lines[name].get(info.id):  # type: ignore[index]
                info.file, info.line = shown[name], lines[name][info.id].pop(0)  # type: ignore[index]
                break
    return infos


@dataclass
class Answer:
    """What one asked id gives: its declarations and those of the ids under it (it read as a prefix)."""

    query: str
    exact: list[RuleInfo]
    under: list[RuleInfo]


def explain(infos: list[RuleInfo], asked: list[str]) -> tuple[list[Answer], list[str]]:
    """The answers to the ids asked for, and the ids that are declared nowhere and open none. An id a report joins
    with ':' (a wire's role and agency) is asked part by part."""
    answers, unknown = [], []
    for query in (part for q in asked for part in [p for p in q.split(":") if p] or [q]):
        prefix = query if query.endswith(".") else query + "."
        answer = Answer(query, [i for i in infos if i.id == query], [i for i in infos if i.id.startswith(prefix)])
        if answer.exact or answer.under:
            answers.append(answer)
        else:
            unknown.append(query)
    return answers, unknown


def as_text(answers: list[Answer]) -> str:
    """Each declaration as a block of fields; the ids under a prefix one a line."""
    blocks = []
    for answer in answers:
        for i in answer.exact:
            fields = [("declared", f"{i.file}:{i.line}"), ("kind", i.kind), ("family", i.family),
                      ("description", i.description), ("holds", i.holds)]
            blocks.append("\n".join([i.id, *(f"  {k + ':':<13}{v}" for k, v in fields if v)]))
        if answer.under:
            width = max(len(i.id) for i in answer.under)
            blocks.append("\n".join([f"under {answer.query.rstrip('.')}: {len(answer.under)} ids",
                                     *(f"  {i.id:<{width}}  ({i.kind}) {i.description or i.holds}"
                                       for i in answer.under)]))
    return "".join(block + "\n\n" for block in blocks)


def as_json(answers: list[Answer]) -> str:
    """The declarations found, each once, as a JSON array."""
    seen, found = set(), []
    for info in (i for a in answers for i in [*a.exact, *a.under]):
        if (info.id, info.file, info.line) not in seen:
            seen.add((info.id, info.file, info.line))
            found.append(asdict(info))
    return json.dumps(found, ensure_ascii=False, indent=2) + "\n"

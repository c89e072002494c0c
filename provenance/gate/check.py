"""The pre-publication gate: a newsroom's sourcing policy, checked claim by claim.

A policy (rules/policy.yaml by default) lists rules; each has an id, a kind, a severity and the
kind's parameters. Every kind is one small class below whose `check` yields (claim, evidence) pairs;
`gate(reports, policy)` turns them into Findings, one per claim per concern. `run_gate` audits
documents, gates them, finds each claim's line and column in the original file, for annotations in
a CI job or a CMS, and sets aside the findings the draft's markers or a baseline accept
(gate_accept.py).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from itertools import tee
from pathlib import Path
from typing import Annotated, Any, ClassVar, Iterable, Iterator, Literal, Optional, Union

from pydantic import Field, StrictBool, ValidationError, field_validator
from pydantic_core import InitErrorDetails, PydanticCustomError

from ..ingest.inputs import BadInput
from ..lexicon import Lexicon, pattern_regex
from ..models import Claim, Document, Report, SourceType, scored_claims
from ..normalize import norm, norm_pattern, normalize
from ..pipeline import NO_RULES, Auditor
from ..rules import DEFAULT_RULES_DIR, ID_PATTERN, Strict, TermsAndPatterns, _duplicate_ids, load_yaml_model
from ..stemming import stem
from .accept import MarkerError, accept, blank_markers, read_markers, split_known
from .findings import Finding, Severity

ANONYMOUS: list[SourceType] = ["anonymous_official", "anonymous"]
DEFAULT_POLICY = DEFAULT_RULES_DIR / "policy.yaml"


# --- rule kinds ------------------------------------------------------------------------------

# What a kind's findings are about: one claim gets one finding per concern (see `gate`). The score
# floor speaks for every concern about a claim, so it reports only the weak claims no other rule flagged.
CLAIM_CONCERNS = ("corroboration", "anonymity", "description", "intelligence", "attribution", "verification")


class Rule(Strict):
    """Fields every rule has; a kind adds its parameters and a `check`. The docstring is its summary."""

    id: str = Field(pattern=ID_PATTERN)
    kind: str
    severity: Severity
    description: Optional[str] = Field(default=None, description="one line; default: the kind's summary")
    fix: str
    concerns: Optional[list[str]] = Field(default=None, min_length=1,
                                          description="what its findings are about (default: the kind's)")
    questions: StrictBool = Field(default=False, description="check an interview's questions too (claims with "
                            "question: true): by default they are the interviewer's words, not the page's sourcing")
    default_concerns: ClassVar[tuple[str, ...]] = ()

    @property
    def summary(self) -> str:
        return self.description or (type(self).__doc__ or "").strip().splitlines()[0]

    @property
    def concern_set(self) -> frozenset[str]:
        return frozenset(self.concerns if self.concerns is not None else self.default_concerns or (self.id,))

    def check(self, report: Report) -> Iterator[tuple[Optional[Claim], str]]:
        raise NotImplementedError

    def claims(self, report: Report) -> list[Claim]:
        """The claims the rule checks: an interview's questions only when the rule asks for them, as the
        article's score leaves them out ("Q: Some Americans say: ..." is no anonymous source of the page's)."""
        return report.claims if self.questions else scored_claims(report.claims)

    def findings(self, report: Report) -> Iterator[Finding]:
        name = report.input or report.id
        for claim, evidence in self.check(report):
            where = {"claim": claim.id, "text": claim.text, "start": claim.start, "end": claim.end} if claim else {}
            yield Finding(rule=self.id, kind=self.kind, severity=self.severity, input=name, article=report.id,
                          file=_JSONL_ROW.sub("", name), evidence=evidence, fix=self.fix, **where)


class MinClaimScore(Rule):
    """Every claim scores at least `min` (a claim scores as the weakest link of its chain)."""

    kind: Literal["min_claim_score"]
    default_concerns = CLAIM_CONCERNS
    min: float = Field(ge=0, le=1)
    ignore_types: list[SourceType] = Field(default_factory=list, description="source types left to other rules")
    fix: str = "Name the source, or add a stronger one, for this claim."

    def check(self, report: Report) -> Iterator[tuple[Optional[Claim], str]]:
        for c in self.claims(report):
            if c.score < self.min and c.source.type not in self.ignore_types:
                decided = ", ".join(r for r in c.reasons if r.startswith(("ladder.", "modifier."))) or "-"
                yield c, f"scores {c.score:.2f} (grade {c.grade}), below {self.min}; decided by {decided}: {_chain(c)}"


class MinArticleScore(Rule):
    """The article as a whole scores at least `min`."""

    kind: Literal["min_article_score"]
    default_concerns = ("article",)
    min: float = Field(ge=0, le=1)
    fix: str = "Attribute more of the article to named, on-the-record sources."

    def check(self, report: Report) -> Iterator[tuple[Optional[Claim], str]]:
        s = report.score
        if s.article < self.min:
            yield None, (f"the article scores {s.article:.2f} (grade {s.grade}), below {self.min}; "
                         f"weakest claims: {', '.join(s.weakest) or '-'}")


class StateMediaAlone(Rule):
    """No claim rests on state media alone unless an independent source in the article backs it.

    A claim rests on state media when state media speak (KCNA said) or are the relay nearest the
    speaker (state media said Kim told ...): outer relays, like the wire whose dateline carries the
    story, only pass the state report on.

    Corroboration is kept simple: another claim with a source and no state media in its chain that
    shares at least `min_shared_words` content words with the claim. Content words have at least
    `min_word_length` letters once an Arabic article or conjunction is stripped, are not in
    `ignore_words`, and do not name the state outlet ("North Korean" in "North Korean state media").
    """

    kind: Literal["state_media_alone"]
    default_concerns = ("corroboration",)
    min_shared_words: int = Field(default=3, ge=1)
    min_word_length: int = Field(default=4, ge=1)
    ignore_words: list[str] = Field(default_factory=list, description="words that never count as shared content")
    fix: str = "Confirm with an independent source and say so, or make clear that only state media reported it."

    @cached_property
    def _ignore(self) -> set[str]:
        return _stems(" ".join(self.ignore_words))

    def content(self, text: str) -> set[str]:
        return {w for w in _stems(text) if len(w) >= self.min_word_length and w not in self._ignore}

    def check(self, report: Report) -> Iterator[tuple[Optional[Claim], str]]:
        claims = self.claims(report)
        resting = [c for c in claims if "state_media" in (c.source.type, c.via[-1].type if c.via else None)]
        independent = [(c, self.content(c.text)) for c in claims if resting and c.source.type != "unattributed"
                       and "state_media" not in [c.source.type, *(v.type for v in c.via)]]
        for c in resting:
            outlet = [v.name or "" for v in c.via] + ([c.source.text or ""] if c.source.type == "state_media" else [])
            words = self.content(c.text) - self.content(" ".join(outlet))
            best = max(((o, words & content) for o, content in independent if o is not c),
                       key=lambda pair: len(pair[1]), default=(None, set()))
            if len(best[1]) >= self.min_shared_words:
                continue
            closest = (f"; closest independent claim {best[0].id} shares only {', '.join(sorted(best[1]))}"
                       if best[0] is not None and best[1] else "; no independent claim shares its key words")
            yield c, f"rests on state media alone ({_chain(c)}){closest}"


class AnonymityReason(Rule):
    """Every anonymous source says why it cannot be named."""

    kind: Literal["anonymity_reason"]
    default_concerns = ("anonymity",)
    types: list[SourceType] = Field(default_factory=lambda: list(ANONYMOUS))
    fix: str = "Say why the source cannot be named, e.g. 'was not authorized to speak publicly'."

    def check(self, report: Report) -> Iterator[tuple[Optional[Claim], str]]:
        claims = self.claims(report)
        explained = {_speaker(c) for c in claims if c.source.anonymity_reason}
        for c in claims:
            if c.source.type in self.types and _speaker(c) not in explained:
                yield c, f"anonymous source «{c.source.text or '?'}» ({c.source.type}) gives no reason for anonymity"


class AnonymousDescribed(Rule):
    """Every anonymous source is described specifically: "a source" or "مصادر" alone says nothing."""

    kind: Literal["anonymous_described"]
    default_concerns = ("description",)
    types: list[SourceType] = Field(default_factory=lambda: list(ANONYMOUS))
    generic_words: list[str] = Field(min_length=1, description="nouns that say nothing on their own")
    filler_words: list[str] = Field(default_factory=list, description="words that add nothing: a, some, informed")
    fix: str = "Describe the source as precisely as possible: affiliation, position, how they know."

    @cached_property
    def _vague(self) -> set[str]:
        return _stems(" ".join(self.generic_words + self.filler_words))

    def check(self, report: Report) -> Iterator[tuple[Optional[Claim], str]]:
        for c in self.claims(report):
            described = c.source.text or c.source.role or ""
            if c.source.type in self.types and _stems(described) <= self._vague:
                yield c, f"«{described or '(nothing)'}» alone does not say who the source is"


class IntelligenceNamed(Rule):
    """Every intelligence claim says whose intelligence: a country or a named service."""

    kind: Literal["intelligence_named"]
    default_concerns = ("intelligence",)
    fix: str = "Say whose intelligence it is: the country, or the agency by name."

    def check(self, report: Report) -> Iterator[tuple[Optional[Claim], str]]:
        for c in self.claims(report):
            if not c.intelligence:
                continue
            spans = [(c.start, c.end)]
            if c.source.start is not None and c.source.end is not None:  # a speaker named in an earlier sentence
                spans.append((c.source.start, c.source.end))
            mentions = [i for i in report.intelligence if any(i.start < e and s < i.end for s, e in spans)]
            if not any(i.named or i.country for i in mentions):
                said = ", ".join(f"«{i.evidence}»" for i in mentions) or f"«{c.source.text or '?'}»"
                yield c, f"intelligence claim names no country or agency: {said}"


class NotTerms(TermsAndPatterns):
    """Text in which a hit of its rule is no hit: "7:15 p.m." holds no figure."""

    id: str = Field(pattern=ID_PATTERN)
    description: Optional[str] = None


class UnattributedTerms(Rule, TermsAndPatterns):
    """Claims without a source carry none of these terms (figures, allegations)."""

    kind: Literal["unattributed_terms"]
    default_concerns = ("attribution",)
    types: list[SourceType] = Field(default_factory=lambda: ["unattributed"])
    exceptions: list[NotTerms] = Field(default_factory=list,
                                       description="text a hit inside of does not count: a time, a name, a date")
    fix: str = "Attribute this to a source, or cut it."

    @cached_property
    def _lexicon(self) -> Lexicon:
        return _lexicon([(self.id, self)])

    @cached_property
    def _exceptions(self) -> Optional[Lexicon]:
        return _lexicon([(e.id, e) for e in self.exceptions]) if self.exceptions else None

    def check(self, report: Report) -> Iterator[tuple[Optional[Claim], str]]:
        for c in self.claims(report):
            if c.source.type not in self.types:
                continue
            ns = normalize(c.text)
            hits = list(self._lexicon.finditer(ns.text))
            if hits and self._exceptions:
                spans = [(h.start, h.end) for h in self._exceptions.finditer(ns.text)]
                hits = [h for h in hits if not any(s <= h.start and h.end <= e for s, e in spans)]
            if hits:
                said = [c.text[slice(*ns.span(h.start, h.end))] for h in hits]
                yield c, f"no source given for a claim that says {_quoted(said)}"


class Hedged(Rule):
    """Claims the article itself flags as unverified.

    A sentence with a hedge and no reporting cue ("It could not be independently verified.", "ولم
    يتسن التحقق من ذلك") is the caveat, not a claim: it flags the claim before it."""

    kind: Literal["hedged"]
    default_concerns = ("verification",)
    fix: str = "Verify it before publication, or keep the caveat next to the claim it qualifies."

    def check(self, report: Report) -> Iterator[tuple[Optional[Claim], str]]:
        for i, c in enumerate(claims := self.claims(report)):
            if not c.hedges:
                continue
            if c.cue is None and i:
                yield claims[i - 1], f"flagged as unverified by the next sentence ({c.id}): {_quoted(c.hedges)}"
            else:
                yield c, f"flagged as unverified: {_quoted(c.hedges)}"


PolicyRule = Annotated[Union[MinClaimScore, MinArticleScore, StateMediaAlone, AnonymityReason, AnonymousDescribed,
                             IntelligenceNamed, UnattributedTerms, Hedged], Field(discriminator="kind")]


class Policy(Strict):
    """A newsroom's sourcing policy: the rules `provenance gate` checks drafts against."""

    description: Optional[str] = None
    rules: list[PolicyRule]

    @field_validator("rules", mode="wrap")
    @classmethod
    def _every_problem(cls, value: Any, handler: Any) -> list:
        """Every rule's mistakes and every duplicate id at once, each with its place (not the first alone)."""
        problems: list[InitErrorDetails] = []
        try:
            rules = handler(value)
        except ValidationError as exc:
            rules = []
            problems = [_problem(e["type"], e["msg"], e["loc"], e["input"]) for e in exc.errors()]
        ids = [r.get("id") if isinstance(r, dict) else None for r in value] if isinstance(value, list) else []
        problems += [_problem("duplicate_id", f"duplicate id {rule_id!r}", (i, "id"), rule_id)
                     for i, rule_id in enumerate(ids) if rule_id is not None and rule_id in ids[:i]]
        if problems:
            raise ValidationError.from_exception_data("rules", problems)
        return rules

    def all_patterns(self) -> Iterator[tuple[str, str, re.Pattern, str]]:
        """What RuleSet.all_patterns gives, for the policy's own regular expressions."""
        for r in self.rules:
            if isinstance(r, UnattributedTerms):
                for entry in [r, *r.exceptions]:
                    for p in entry.patterns:
                        yield entry.id, p, pattern_regex(p, entry.id), "search"

    def rule_ids(self, names: Iterable[str]) -> set[str]:
        """The ids of the rules that names pick: an id, or a prefix ending at a dot ("source" is source.*).
        ValueError names a name that picks none."""
        ids = set()
        for name in names:
            picked = {r.id for r in self.rules if r.id == name or r.id.startswith(name.rstrip(".") + ".")}
            if not picked:
                raise ValueError(f"unknown rule {name!r}; the policy's rules are: "
                                 + ", ".join(r.id for r in self.rules))
            ids |= picked
        return ids

    def pick(self, select: Iterable[str] = (), ignore: Iterable[str] = ()) -> set[str]:
        """The ids of the rules `select` picks (all when empty), less those `ignore` picks."""
        select, ignore = list(select), list(ignore)
        return (self.rule_ids(select) if select else {r.id for r in self.rules}) - self.rule_ids(ignore)


def load_policy(path: Optional[Path | str] = None) -> Policy:
    """Load and validate a policy file (the shipped one by default); RulesError says file:line: what."""
    file = Path(path) if path else DEFAULT_POLICY
    policy = load_yaml_model(file, Policy)
    _duplicate_ids(file, policy)
    return policy  # type: ignore[return-value]


def policy_path(rules_dir: Optional[Path | str] = None) -> Path:
    """The policy of a rules folder, or the shipped one when the folder has none."""
    own = Path(rules_dir) / "policy.yaml" if rules_dir else DEFAULT_POLICY
    return own if own.is_file() else DEFAULT_POLICY


# --- gating -----------------------------------------------------------------------------------

def gate(reports: Iterable[Report], policy: Policy) -> list[Finding]:
    """Check every report against every rule; findings in article order, then in text order.

    One finding per claim (or per article) per concern: of the findings that share a concern, the
    error wins over the warning, then the rule with fewer concerns (the more specific), then the rule
    that comes first in the policy. So a claim resting on state media gets the state-media error and
    not the score floor's warning too, and an unsourced claim with a toll and an allegation gets one
    finding."""
    findings: list[Finding] = []
    for report in reports:
        if not scored(report):
            continue  # a language without attribution rules: nothing was attributed, nothing to check
        found = [(rule, f) for rule in policy.rules for f in rule.findings(report)]
        order = {rule.id: (rule.severity != "error", len(rule.concern_set), i) for i, rule in enumerate(policy.rules)}
        kept: list[Finding] = []
        taken: dict[Optional[str], set[str]] = {}
        for rule, f in sorted(found, key=lambda pair: order[pair[0].id]):
            if not rule.concern_set & taken.setdefault(f.claim, set()):  # no finding on this concern yet
                taken[f.claim] |= rule.concern_set
                kept.append(f)
        kept.sort(key=lambda f: (-1 if f.start is None else f.start, order[f.rule][2]))
        findings += kept
    return findings


def claim_lines(original: str, claims: Iterable[Claim]) -> dict[str, int]:
    """The line each claim starts on in the original file, for the claims found there."""
    spans = ((c.id, _find(original, c.text)) for c in claims)
    return {claim: _line_col(original, span[0])[0] for claim, span in spans if span}


def scored(report: Report) -> bool:
    return NO_RULES not in report.score.reasons


def locate(findings: Iterable[Finding], original: str) -> None:
    """Fill line and column of each claim in the original file's text, when the text is found there."""
    for f in findings:
        row = _JSONL_ROW.search(f.input)
        if row:  # the text sits escaped inside one JSON line: point at the line
            f.line = int(row.group(1))
            continue
        span = _find(original, f.text) if f.text else None
        if span:
            (f.line, f.column), (f.end_line, f.end_column) = (_line_col(original, at) for at in span)


def _find(original: str, text: str) -> Optional[tuple[int, int]]:
    """Where `text` is in the original: verbatim, or in HTML with tags, line breaks and entities in between."""
    at = original.find(text)
    if at >= 0:
        return at, at + len(text)
    tokens = [re.escape(t) if t[0].isalnum() else rf"(?:{re.escape(t)}|&#?\w+;)" for t in re.findall(r"\w+|\S", text)]
    m = re.search(r"(?:\s|<[^>]*>)*".join(tokens), original)
    return m.span() if m else None


@dataclass
class GateRun:
    """What one gate run saw and found: the renderers' input. `findings` are those that count:
    the findings markers in the drafts accept are in `accepted`, those the baseline knows are only
    counted in `baselined`. Every rule of the policy runs, so that --select and --ignore, like the
    markers, only hide findings and never let another rule's finding on the same concern through."""

    policy: Policy
    policy_path: str
    fail_on: Severity = "error"
    baseline: Optional[Counter] = None
    shown: Optional[set[str]] = None  # the rules --select and --ignore leave (all when None)
    reports: list[Report] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    accepted: list[Finding] = field(default_factory=list)
    baselined: int = 0
    input_errors: list[str] = field(default_factory=list)

    def fails(self, finding: Finding) -> bool:
        """Does this finding fail the gate (at --fail-on error, only errors do)?"""
        return finding.severity == "error" or self.fail_on == "warning"

    @property
    def failed(self) -> bool:
        return any(self.fails(f) for f in self.findings)

    @property
    def unscored(self) -> list[Report]:
        """Articles in a language without attribution rules: audited, not checked."""
        return [r for r in self.reports if not scored(r)]

    @property
    def passed(self) -> bool:
        """Nothing fails the gate and every input could be read."""
        return not self.failed and not self.input_errors


def run_gate(docs: Iterable[Union[Document, BadInput]], auditor: Auditor, run: GateRun) -> GateRun:
    """Audit and gate each document, keeping its original text until its claims are located; set
    aside what its markers accept and what the baseline knows."""
    prepared, audited = tee(_with_markers(docs, run.policy))
    for ((original, markers), _), result in zip(prepared, auditor.audit_many(doc for _, doc in audited)):
        if isinstance(result, BadInput):
            run.input_errors.append(result.error)
            continue
        found = [f for f in gate([result], run.policy) if run.shown is None or f.rule in run.shown]
        locate(found, original)
        accepted = accept(found, markers, claim_lines(original, result.claims)) if markers else []
        new, old = split_known([f for f in found if f.accepted is None], run.baseline)
        run.reports.append(result)
        run.accepted += accepted
        run.baselined += old
        run.findings += new
    return run


def _with_markers(docs: Iterable[Union[Document, BadInput]], policy: Policy) -> Iterator[tuple[tuple, Document]]:
    """((original text, its markers), the document to audit: without its marker lines, or a BadInput)."""
    for doc in docs:
        original = doc.html if doc.html is not None else doc.text or ""
        if isinstance(doc, BadInput):
            yield (original, []), doc
            continue
        try:
            markers = read_markers(original, policy.rule_ids, doc.name)
        except MarkerError as exc:
            yield (original, []), BadInput(name=doc.name, url=doc.url, error=str(exc))
            continue
        field_name = "html" if doc.html is not None else "text"
        yield (original, markers), doc.model_copy(update={field_name: blank_markers(original)}) if markers else doc


# --- helpers ----------------------------------------------------------------------------------

_JSONL_ROW = re.compile(r"(?<=\.jsonl):(\d+)$", re.I)


def _line_col(text: str, at: int) -> tuple[int, int]:
    return text.count("\n", 0, at) + 1, at - (text.rfind("\n", 0, at) + 1) + 1


def _stems(text: str) -> set[str]:
    """The text's words, normalised and stemmed: what the word-matching rules compare."""
    return {stem(w) for w in re.findall(r"\w+", norm(text))}


def _problem(kind: str, message: str, loc: tuple, value: Any) -> InitErrorDetails:
    """A validation error as pydantic reports it, with the message as given (braces are no placeholders)."""
    return InitErrorDetails(type=PydanticCustomError(kind, message.replace("{", "{{").replace("}", "}}")),
                            loc=loc, input=value)


def _lexicon(entries: list[tuple[str, TermsAndPatterns]]) -> Lexicon:
    """The terms and patterns of rules or exceptions, matched as lexicon entries named by their ids."""
    return Lexicon([(t, entry_id, "term", None) for entry_id, e in entries for t in e.terms],
                   [(norm_pattern(p), entry_id, "pattern", None) for entry_id, e in entries for p in e.patterns])


def _quoted(texts: list[str]) -> str:
    return ", ".join(f"«{t}»" for t in texts)


def _chain(c: Claim) -> str:
    """Who stands behind the claim, e.g. "Kim Jong Un (named_official) via KCNA (state_media)"."""
    links = [(c.source.name or c.source.text, c.source.type)] + [(v.name, v.type) for v in c.via]
    return " via ".join(f"{name} ({kind})" if name else kind for name, kind in links)


def _speaker(c: Claim) -> tuple:
    """A speaker is its first mention: continuations ("he added") keep the mention's offsets."""
    return c.source.start, c.source.end, c.source.text

"""Load, validate and compile the rules folder.

Every lexicon, pattern, registry, score ladder and policy is YAML in `rules/`, validated by pydantic
on load. Errors name the file, the line and what is wrong. Each rule family is compiled once into
a single combined regular expression (see `Lexicon`), so per-article work is one scan per family.
"""
from __future__ import annotations

import re
import time
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Annotated, Any, Iterator, Literal, Optional

import yaml
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from .models import SOURCE_TYPES
from .normalize import is_arabic, norm, norm_pattern

DEFAULT_RULES_DIR = Path(__file__).resolve().parent.parent / "rules"
if not DEFAULT_RULES_DIR.is_dir():  # installed as a wheel: rules ship inside the package
    DEFAULT_RULES_DIR = Path(__file__).resolve().parent / "rules"

ID_PATTERN = r"^[a-z0-9][a-z0-9_.\-]*$"


class RulesError(Exception):
    """A rules file is broken; the message says which file, which line and what is wrong."""


def _known_source_type(v: str) -> str:
    if v not in SOURCE_TYPES:
        raise ValueError(f"unknown source type {v!r}; labels are: {', '.join(SOURCE_TYPES)}")
    return v


SourceTypeName = Annotated[str, AfterValidator(_known_source_type)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


# --- schemas -------------------------------------------------------------------------------

LEXICON_FAMILIES = {
    # cues.yaml
    "speech", "speech_complement", "speech_media", "stance", "according", "relay", "participle", "opinion",
    "editorial", "agentless", "told",
    # sources.yaml
    "pronoun", "boundary", "role", "spokesperson", "official_noun", "anonymous_noun", "authority",
    "document_noun", "org_noun", "media_generic", "state_media_generic", "function_word",
    "known_official", "indefinite", "anaphor", "time_word", "nobody",
    # hedges.yaml
    "hedge", "anonymity_reason",
    # text.yaml
    "abbreviation", "month", "stopword_de", "stopword_es", "stopword_fr", "stopword_en",
    "stopword_it", "stopword_pt",
}


class LexiconEntry(Strict):
    id: str = Field(pattern=ID_PATTERN)
    family: str
    lang: Literal["ar", "en", "any"] = "any"
    name: Optional[str] = Field(default=None, description="canonical name (known people)")
    type: Optional[SourceTypeName] = Field(default=None, description="source type this entry implies")
    terms: list[str] = Field(default_factory=list)
    patterns: list[str] = Field(default_factory=list)
    inflect: bool = Field(default=False, description="also match Arabic past-tense forms: +ت +وا +ا +تا")
    attached: bool = Field(default=False, description="also match Arabic nouns with a pronoun: مصادرها، وكالته")
    description: Optional[str] = None

    def all_terms(self) -> list[str]:
        forms = list(self.terms)
        for t in self.terms:
            if not is_arabic(t) or " " in t:
                continue
            if self.inflect and not t.endswith(("ت", "وا")):
                forms += [t + "ت", t + "وا", t + "ا", t + "تا"]
            if self.attached and not t.startswith("ال"):
                stem = t[:-1] + "ت" if t.endswith("ة") else t
                forms += [stem + p for p in ("ه", "ها", "هم", "هما", "نا")]
        return forms

    @field_validator("family")
    @classmethod
    def _family(cls, v: str) -> str:
        if v not in LEXICON_FAMILIES:
            raise ValueError(f"unknown family {v!r}; known: {', '.join(sorted(LEXICON_FAMILIES))}")
        return v

    @field_validator("patterns")
    @classmethod
    def _patterns(cls, v: list[str]) -> list[str]:
        for p in v:
            _compile(p)
        return v

    @model_validator(mode="after")
    def _nonempty(self) -> "LexiconEntry":
        if not self.terms and not self.patterns:
            raise ValueError("an entry needs terms or patterns")
        return self


class LexiconFile(Strict):
    lexicons: list[LexiconEntry]


class BlockExtent(Strict):
    to_end_after: float = Field(default=0.5, ge=0, le=1, description="header past this share of the text: block runs to the end")
    otherwise_lines: int = Field(default=1, ge=0, description="else: this many following lines")


class BoilerplateRule(Strict):
    id: str = Field(pattern=ID_PATTERN)
    family: str
    match: Literal["line", "contains", "block", "foreign_script_line", "duplicate_title"]
    pattern: Optional[str] = None
    max_words: Optional[int] = Field(default=None, ge=1)
    when_language: Optional[str] = None
    block: Optional[BlockExtent] = None
    description: Optional[str] = None

    @model_validator(mode="after")
    def _check(self) -> "BoilerplateRule":
        if self.match in ("line", "contains", "block"):
            if not self.pattern:
                raise ValueError(f"match {self.match!r} needs a pattern")
            _compile(self.pattern)
        if self.match == "block" and self.block is None:
            self.block = BlockExtent()
        return self


class BoilerplateFile(Strict):
    rules: list[BoilerplateRule]


OUTLET_KINDS = ("wire", "state", "public_broadcaster", "private", "aggregator", "government_funded")


class OutletEntry(Strict):
    id: str = Field(pattern=ID_PATTERN)
    name: str
    names: list[str] = Field(default_factory=list)
    domains: list[str] = Field(default_factory=list)
    kind: Literal["wire", "state", "public_broadcaster", "private", "aggregator", "government_funded"]
    country: Optional[str] = None
    agency: bool = False
    description: Optional[str] = None


class OutletFile(Strict):
    outlets: list[OutletEntry]


class CountryEntry(Strict):
    id: str = Field(pattern=ID_PATTERN)
    code: str = Field(pattern=r"^[A-Z]{2}$")
    names: list[str] = Field(default_factory=list)
    adjectives: list[str] = Field(default_factory=list)
    capitals: list[str] = Field(default_factory=list)


class CountryFile(Strict):
    countries: list[CountryEntry]


class ServiceEntry(Strict):
    id: str = Field(pattern=ID_PATTERN)
    name: str
    names: list[str] = Field(default_factory=list)
    country: Optional[str] = None
    description: Optional[str] = None


class GenericIntel(Strict):
    id: str = Field(pattern=ID_PATTERN)
    terms: list[str]


class IntelligenceFile(Strict):
    services: list[ServiceEntry]
    generic: list[GenericIntel]


class PatternRule(Strict):
    id: str = Field(pattern=ID_PATTERN)
    pattern: str
    relation: Optional[Literal["republished_from", "translated_from", "source_credit", "outlet"]] = None
    role: Optional[Literal["dateline", "credit"]] = None
    description: Optional[str] = None

    @field_validator("pattern")
    @classmethod
    def _pattern(cls, v: str) -> str:
        _compile(v)
        return v


class OriginFile(Strict):
    origin: list[PatternRule]
    wires: list[PatternRule]


class LadderStep(Strict):
    id: str = Field(pattern=ID_PATTERN)
    type: SourceTypeName
    score: float = Field(ge=0, le=1)


class Modifier(Strict):
    id: str = Field(pattern=ID_PATTERN)
    when: Literal["anonymity_reason", "hedge", "relayed"]
    applies_to: list[str] = Field(default_factory=list, description="source types; empty means all")
    delta: float = Field(ge=-1, le=1)


class GradeBand(Strict):
    id: str = Field(pattern=ID_PATTERN)
    grade: str = Field(pattern=r"^[A-F]$")
    min: float = Field(ge=0, le=1)


class ScoresFile(Strict):
    ladder: list[LadderStep]
    modifiers: list[Modifier] = Field(default_factory=list)
    grades: list[GradeBand]
    article: Literal["mean", "min", "median"] = "mean"

    @model_validator(mode="after")
    def _complete(self) -> "ScoresFile":
        missing = set(SOURCE_TYPES) - {s.type for s in self.ladder}
        if missing:
            raise ValueError(f"ladder misses source types: {', '.join(sorted(missing))}")
        if not any(b.min == 0 for b in self.grades):
            raise ValueError("grades need a band with min 0")
        return self


FILE_SCHEMAS: dict[str, type[BaseModel]] = {
    "boilerplate.yaml": BoilerplateFile,
    "outlets.yaml": OutletFile,
    "countries.yaml": CountryFile,
    "intelligence.yaml": IntelligenceFile,
    "origin.yaml": OriginFile,
    "cues.yaml": LexiconFile,
    "sources.yaml": LexiconFile,
    "hedges.yaml": LexiconFile,
    "text.yaml": LexiconFile,
    "scores.yaml": ScoresFile,
}
OPTIONAL_FILES = {"policy.yaml"}  # validated by the gate's own schema


def _compile(pattern: str) -> re.Pattern:
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise ValueError(f"bad regular expression {pattern!r}: {exc}") from None


class RulesLoader(yaml.SafeLoader):
    """YAML 1.2-style booleans: only true/false, so terms like "no" and "on" stay strings."""


RulesLoader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:bool"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.copy().items()
}
RulesLoader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                                  list("tTfF"))


# --- loading with line numbers --------------------------------------------------------------

def _node_line(node: yaml.Node, loc: tuple) -> int:
    """Line (1-based) of the YAML node at the pydantic error location `loc`.

    Steps that are not in the YAML (the tag pydantic adds for a union member, or a missing key)
    are skipped, so the line is that of the deepest node that exists.
    """
    for key in loc:
        if isinstance(node, yaml.MappingNode):
            node = next((v for k, v in node.value if k.value == key), node)
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
    return node.start_mark.line + 1


def load_yaml_model(path: Path, schema: type[BaseModel]) -> BaseModel:
    """Parse and validate one YAML file; raise RulesError 'file:line: what is wrong'."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RulesError(f"{path}: cannot read: {exc}") from None
    loader = RulesLoader(text)
    try:
        node = loader.get_single_node()  # parsed once: the node gives lines, the data comes from it
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        problem = getattr(exc, "problem", None) or str(exc)
        raise RulesError(f"{where}: YAML syntax error: {problem}") from None
    except RecursionError:
        raise RulesError(f"{path}:1: YAML syntax error: nested too deeply") from None
    finally:
        loader.dispose()
    if node is None:
        raise RulesError(f"{path}:1: the file is empty")
    try:
        return schema.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and p.startswith("function-")))
        line = _node_line(node, loc)
        field = ".".join(str(p) for p in loc) or "(top)"
        msg = err["msg"].removeprefix("Value error, ")
        raise RulesError(f"{path}:{line}: {field}: {msg}") from None


def _duplicate_ids(path: Path, model: BaseModel) -> None:
    seen: set[str] = set()
    for item in _walk_ids(model):
        if item in seen:
            id_line = re.compile(rf"\bid:\s*['\"]?{re.escape(item)}['\"]?\s*$")
            lines = [n for n, l in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if id_line.search(l)]
            raise RulesError(f"{path}:{lines[-1] if lines else 1}: duplicate id {item!r}")
        seen.add(item)


def _walk_ids(obj: Any) -> Iterator[str]:
    if isinstance(obj, BaseModel):
        if "id" in type(obj).model_fields:
            yield obj.id  # type: ignore[attr-defined]
        for name in type(obj).model_fields:
            yield from _walk_ids(getattr(obj, name))
    elif isinstance(obj, list):
        for x in obj:
            yield from _walk_ids(x)


# --- compiled matchers ----------------------------------------------------------------------

@dataclass(slots=True)
class Hit:
    """One lexicon match in normalised text (a plain slotted class: thousands are made per article)."""

    start: int
    end: int
    text: str
    entry_id: str
    family: str
    value: Any = None


_AR_PREFIX = r"(?:[وف]?[بلك]?)"
_AR_PREFIX_DEFINITE = r"(?:[وف]?[بلك]?(?:ال)?)"


def term_parts(term: str) -> tuple[str, list[str]]:
    """(proclitic regex, spellings) of one normalised term: Arabic terms take proclitics (و ف ب ل ك, ل+ال → لل)."""
    if is_arabic(term):
        prefix = _AR_PREFIX if term.startswith("ال") or " " in term else _AR_PREFIX_DEFINITE
        return prefix, [term] + (["لل" + term[2:]] if term.startswith("ال") else [])
    return "", [term]


def _spelling(s: str) -> str:
    return re.escape(s).replace(r"\ ", r"\s+")


def term_regex(term: str) -> str:
    """Regex for one normalised term (see term_parts)."""
    prefix, spellings = term_parts(term)
    if not prefix:
        return _spelling(spellings[0])
    return prefix + "(?:" + "|".join(_spelling(x) for x in spellings) + ")"


def trie_regex(spellings: list[str]) -> str:
    """One regex matching exactly the given spellings, as a character trie: the cost of trying it at a
    position grows with the length of the terms, not with their number (a flat alternation of a
    thousand names tries every one at every word)."""
    root: dict = {}
    for word in spellings:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node: dict) -> str:
        branches = [_spelling(ch) + render(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        if "" in node:
            return "(?:" + "|".join(branches) + ")?"
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return render(root)


def _required_text(pattern: str) -> str:
    """The longest run of plain characters that every match of `pattern` contains ('' if none is
    found): looking for it rules out most sentences far faster than the regex can."""
    try:
        from re import _parser  # type: ignore[attr-defined]  # Python 3.11+
    except ImportError:  # pragma: no cover
        import sre_parse as _parser  # type: ignore[no-redef]
    parsed = _parser.parse(pattern)
    if parsed.state.flags & re.IGNORECASE:
        return ""

    def longest(sequence: Any) -> str:
        best, run = "", ""
        for op, av in sequence:
            if str(op) == "LITERAL":
                run += chr(av)
                continue
            best, run = max(best, run, key=len), ""
            if str(op) == "SUBPATTERN" and not av[1] & re.IGNORECASE:  # a group (not repeated) must match
                best = max(best, longest(av[3]), key=len)
        return max(best, run, key=len)

    return longest(parsed)


class Lexicon:
    """Many terms and patterns compiled into one regular expression; hits name their entry."""

    def __init__(self, items: list[tuple[str, str, str, Any]], patterns: list[tuple[str, str, str, Any]] = ()):
        # items: (term, entry_id, family, value); patterns: (regex, entry_id, family, value)
        self._by_term: dict[str, tuple[str, str, Any]] = {}
        for term, entry_id, family, value in items:
            key = norm(term)
            if key:
                self._by_term.setdefault(key, (entry_id, family, value))
        self._patterns = list(patterns)
        parts = []
        terms = sorted(self._by_term, key=len, reverse=True)
        if terms:
            parts.append("(?P<t>" + "|".join(term_regex(t) for t in terms) + ")")
        for i, (p, *_rest) in enumerate(self._patterns):
            parts.append(f"(?P<p{i}>[وف]?(?:{p}))")
        self.regex = re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)") if parts else None
        self._groups = [f"p{i}" for i in range(len(self._patterns))]
        # Terms only: `regex` says which term wins at a position, `_finder` (the same language as a
        # trie) finds the positions fast. Patterns only: where none of their required texts occurs,
        # no regex needs to run.
        self._finder = None
        self.finder_source: Optional[str] = None
        self._required = None
        if terms and not self._patterns:
            by_prefix: dict[str, list[str]] = {}
            for t in terms:
                prefix, spellings = term_parts(t)
                by_prefix.setdefault(prefix, []).extend(spellings)
            alts = [prefix + "(?:" + trie_regex(sp) + ")" for prefix, sp in by_prefix.items()]
            self.finder_source = r"(?:" + "|".join(alts) + r")(?!\w)"
            self._finder = re.compile(r"(?<!\w)" + self.finder_source)
        elif self._patterns and not terms:
            required = {_required_text(p) for p, *_rest in self._patterns}
            if all(required):
                self._required = re.compile("|".join(re.escape(r) for r in sorted(required)))

    def finditer(self, text: str, pos: int = 0, endpos: Optional[int] = None) -> Iterator[Hit]:
        if self.regex is None:
            return
        end = len(text) if endpos is None else endpos
        if self._finder is None:
            if self._required is not None and self._required.search(text, pos, end) is None:
                return
            for m in self.regex.finditer(text, pos, end):
                yield self._hit(m)
            return
        # The finder gives the next position where some term matches, `regex` the match it prefers
        # there: what regex.finditer yields (term matches are never empty, so the scan resumes at the end).
        find, match = self._finder.search, self.regex.match
        while (found := find(text, pos, end)) is not None:
            m = match(text, found.start(), end)
            yield self._hit(m)
            pos = m.end()

    def search(self, text: str, pos: int = 0, endpos: Optional[int] = None) -> Optional[Hit]:
        if self.regex is None:
            return None
        end = len(text) if endpos is None else endpos
        if self._finder is not None:
            found = self._finder.search(text, pos, end)
            m = self.regex.match(text, found.start(), end) if found is not None else None
        elif self._required is not None and self._required.search(text, pos, end) is None:
            m = None
        else:
            m = self.regex.search(text, pos, end)
        return self._hit(m) if m is not None else None

    def _hit(self, m: re.Match) -> Hit:
        term = m.group("t") if self._by_term else None
        if term is not None:
            entry_id, family, value = self._by_term[self._key(term)]
        else:
            idx = next(i for i, g in enumerate(self._groups) if m.group(g) is not None)
            _, entry_id, family, value = self._patterns[idx]
        return Hit(m.start(), m.end(), m.group(0), entry_id, family, value)

    def _key(self, matched: str) -> str:
        s = re.sub(r"\s+", " ", matched)
        if s in self._by_term:
            return s
        for cut in range(1, 6):  # strip proclitics and the article
            head, rest = s[:cut], s[cut:]
            if rest in self._by_term and re.fullmatch(r"[وف]?[بلك]?(ال)?", head):
                return rest
            if head.endswith("ل") and "ال" + rest[1:] in self._by_term and rest.startswith("ل"):
                return "ال" + rest[1:]
        raise KeyError(matched)


class LexiconSet:
    """Several term lexicons scanned together: one pass finds every place where a term of any of them
    starts, then each lexicon tries only those places. The hits are exactly those of scanning each
    lexicon on its own, for one pass over the text instead of one per lexicon."""

    def __init__(self, lexicons: dict[str, Lexicon]):
        self.lexicons = lexicons
        sources = [lx.finder_source for lx in lexicons.values() if lx.finder_source]
        self._starts = re.compile(r"(?<!\w)(?=" + "|".join(sources) + ")") if sources else None

    def scan(self, text: str) -> dict[str, list[Hit]]:
        starts = [m.start() for m in self._starts.finditer(text)] if self._starts is not None else []
        found: dict[str, list[Hit]] = {}
        for name, lx in self.lexicons.items():
            if lx.finder_source is None:  # patterns, or empty: scanned on their own
                found[name] = list(lx.finditer(text))
                continue
            hits, pos = [], 0
            for start in starts:
                if start >= pos and (m := lx.regex.match(text, start)) is not None:  # type: ignore[union-attr]
                    hits.append(lx._hit(m))
                    pos = m.end()
            found[name] = hits
        return found


class RuleSet:
    """All rules of one folder, validated, with compiled matchers built on first use."""

    def __init__(self, directory: Path, models: dict[str, BaseModel]):
        self.directory = directory
        self.boilerplate: BoilerplateFile = models["boilerplate.yaml"]  # type: ignore[assignment]
        self.outlets: OutletFile = models["outlets.yaml"]  # type: ignore[assignment]
        self.countries: CountryFile = models["countries.yaml"]  # type: ignore[assignment]
        self.intel: IntelligenceFile = models["intelligence.yaml"]  # type: ignore[assignment]
        self.origin: OriginFile = models["origin.yaml"]  # type: ignore[assignment]
        self.scores: ScoresFile = models["scores.yaml"]  # type: ignore[assignment]
        self.entries: list[LexiconEntry] = [
            e for f in ("cues.yaml", "sources.yaml", "hedges.yaml", "text.yaml") for e in models[f].lexicons  # type: ignore[attr-defined]
        ]
        self._families: dict[tuple[str, ...], Lexicon] = {}
        self._terms: dict[str, frozenset[str]] = {}

    def lexicon(self, *families: str) -> Lexicon:
        """One compiled matcher over the given lexicon families (cached)."""
        key = tuple(sorted(families))
        if key not in self._families:
            items, patterns = [], []
            for e in self.entries:
                if e.family in families:
                    items += [(t, e.id, e.family, e) for t in e.all_terms()]
                    patterns += [(norm_pattern(p), e.id, e.family, e) for p in e.patterns]
            self._families[key] = Lexicon(items, patterns)
        return self._families[key]

    def terms(self, family: str) -> frozenset[str]:
        """Normalised terms of one family (cached: asked for every article)."""
        if family not in self._terms:
            self._terms[family] = frozenset(norm(t) for e in self.entries if e.family == family for t in e.all_terms())
        return self._terms[family]

    @cached_property
    def outlet_names(self) -> Lexicon:
        return Lexicon([(n, o.id, "outlet", o) for o in self.outlets.outlets for n in [o.name, *o.names]])

    @cached_property
    def outlet_by_domain(self) -> dict[str, OutletEntry]:
        return {d.lower(): o for o in self.outlets.outlets for d in o.domains}

    @cached_property
    def outlet_by_id(self) -> dict[str, OutletEntry]:
        return {o.id: o for o in self.outlets.outlets}

    @cached_property
    def country_lexicon(self) -> Lexicon:
        items = []
        for c in self.countries.countries:
            items += [(n, c.id, "country", c) for n in c.names]
            items += [(n, c.id, "adjective", c) for n in c.adjectives]
            items += [(n, c.id, "capital", c) for n in c.capitals]
        return Lexicon(items)

    @cached_property
    def intel_lexicon(self) -> Lexicon:
        items = [(n, s.id, "service", s) for s in self.intel.services for n in [s.name, *s.names]]
        items += [(t, g.id, "generic", None) for g in self.intel.generic for t in g.terms]
        return Lexicon(items)

    @cached_property
    def boilerplate_patterns(self) -> list[tuple[BoilerplateRule, Optional[re.Pattern]]]:
        return [(r, re.compile(norm_pattern(r.pattern)) if r.pattern else None) for r in self.boilerplate.rules]

    @cached_property
    def origin_patterns(self) -> list[tuple[PatternRule, re.Pattern]]:
        return [(r, re.compile(norm_pattern(r.pattern), re.M)) for r in self.origin.origin]

    @cached_property
    def wire_patterns(self) -> list[tuple[PatternRule, re.Pattern]]:
        return [(r, re.compile(norm_pattern(r.pattern), re.M)) for r in self.origin.wires]

    def all_patterns(self) -> Iterator[tuple[str, str, re.Pattern, str]]:
        """(rule id, regex as written, regex as compiled for use, 'search' or 'fullmatch') of every
        regular expression in the folder, for the backtracking check."""
        for r, rx in self.boilerplate_patterns:
            if rx is not None:
                yield r.id, r.pattern, rx, "fullmatch" if r.match in ("line", "block") else "search"
        for r, rx in [*self.origin_patterns, *self.wire_patterns]:
            yield r.id, r.pattern, rx, "search"
        for e in self.entries:
            for p in e.patterns:  # compiled by the lexicon itself, with the word boundaries around it
                yield e.id, p, Lexicon([], [(norm_pattern(p), e.id, e.family, e)]).regex, "search"


def load_rules(directory: Optional[Path | str] = None) -> RuleSet:
    """Load and validate a rules folder (the shipped one by default)."""
    path = Path(directory) if directory else DEFAULT_RULES_DIR
    if not path.is_dir():
        raise RulesError(f"{path}: not a rules folder")
    models: dict[str, BaseModel] = {}
    for name, schema in FILE_SCHEMAS.items():
        file = path / name
        if not file.exists():
            raise RulesError(f"{file}: missing rules file")
        models[name] = load_yaml_model(file, schema)
        _duplicate_ids(file, models[name])
    for extra in sorted(path.glob("*.y*ml")):
        if extra.name not in FILE_SCHEMAS and extra.name not in OPTIONAL_FILES:
            raise RulesError(f"{extra}:1: unknown rules file (known: {', '.join(sorted(FILE_SCHEMAS))})")
    return RuleSet(path, models)


# --- catastrophic backtracking -------------------------------------------------------------
# Each pattern is run (search or fullmatch, as the pipeline runs it) on strings built from the
# pattern itself: the text one of its repeats consumes, repeated, then an ending that makes the
# match fail at the last moment, which is what drives a backtracking engine into super-linear work.
# Probes grow step by step up to PROBE_SIZE, so a catastrophic pattern shows itself on a short
# string and the check never hangs. Linear work grows with the probe; catastrophic work grows faster.

PROBE_SIZE = 100_000  # characters of the largest adversarial string
PROBE_BUDGET_MS = 10.0  # one match on one probe may take this long, unless it grows only linearly
HARD_BUDGET_MS = 1000.0  # and never longer than this, linear or not
# probe lengths: fine steps while high-degree work can still explode between two of them, then x4
_LADDER = (*sorted({int(8 * 1.25 ** k) for k in range(22)}), *(PROBE_SIZE // 4 ** k for k in range(3, -1, -1)))
_ENDINGS = ("\x00", "\n")  # ways for a nearly matching string to fail at its end (or at the end of a line)
_REPEATS = {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}
_CATEGORIES = {"CATEGORY_DIGIT": str.isdigit, "CATEGORY_SPACE": str.isspace,
               "CATEGORY_WORD": lambda c: c.isalnum() or c == "_"}


def _in_set(ch: str, items: list) -> bool:
    hit, negate = False, False
    for op, av in items:
        if op.name == "NEGATE":
            negate = True
        elif op.name == "LITERAL":
            hit |= ord(ch) == av
        elif op.name == "RANGE":
            hit |= av[0] <= ord(ch) <= av[1]
        elif op.name == "CATEGORY":
            test = _CATEGORIES.get(av.name.replace("NOT_", ""))
            hit |= test is not None and test(ch) != ("NOT_" in av.name)
    return hit != negate


def _member(items: list) -> str:
    """A character of the set `[...]`: its own first literal if it has one, else a common one."""
    own = [chr(av if op.name == "LITERAL" else av[0]) for op, av in items if op.name in ("LITERAL", "RANGE")]
    return next((c for c in [*own, *"xa ا1.-_\n"] if _in_set(c, items)), "x")


def _sample(items: list) -> str:
    """A short string the parsed regex sequence `items` matches (first alternatives, minimal repeats)."""
    out = []
    for op, av in items:
        if op.name == "LITERAL":
            out.append(chr(av))
        elif op.name in ("NOT_LITERAL", "ANY"):
            out.append("y" if av == ord("x") else "x")
        elif op.name == "IN":
            out.append(_member(av))
        elif op.name in _REPEATS:
            out.append(_sample(av[2]) * max(av[0], 1) if av[1] else "")
        elif op.name == "SUBPATTERN":
            out.append(_sample(av[-1]))
        elif op.name == "ATOMIC_GROUP":
            out.append(_sample(av))
        elif op.name == "BRANCH":
            out.append(_sample(av[1][0]))
        elif op.name == "GROUPREF_EXISTS":
            out.append(_sample(av[1]))
    return "".join(out)


def _repeated(items: list, before: str = "") -> Iterator[tuple[str, str]]:
    """(text that leads up to it, one pass of its body) for every repeat in the parsed regex."""
    for i, (op, av) in enumerate(items):
        lead = before + _sample(items[:i])
        if op.name in _REPEATS:
            if av[1] > 1:
                yield lead, _sample(av[2])
            yield from _repeated(av[2], lead)
        elif op.name == "SUBPATTERN":
            yield from _repeated(av[-1], lead)
        elif op.name == "ATOMIC_GROUP":
            yield from _repeated(av, lead)
        elif op.name == "BRANCH":
            for alt in av[1]:
                yield from _repeated(alt, lead)


def adversarial_seeds(regex: re.Pattern) -> list[tuple[str, str]]:
    """(lead, unit) pairs built from the regex itself: a probe is lead + unit repeated + a failing ending.

    Units are what each repeat consumes, a whole match and a near miss (all but its last character),
    and the first characters of a match on their own.
    """
    try:
        from re import _parser  # type: ignore[attr-defined]  # Python 3.11+
    except ImportError:  # Python 3.10
        import sre_parse as _parser  # type: ignore[no-redef]
    parsed = list(_parser.parse(regex.pattern, regex.flags))
    whole = _sample(parsed)
    seeds = [*_repeated(parsed), ("", whole), ("", whole[:-1]), *(("", c) for c in dict.fromkeys(whole[:4]))]
    return list(dict.fromkeys((lead, unit) for lead, unit in seeds if unit))


def _time_ms(match: Any, probe: str, runs: int = 1) -> float:
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        match(probe)
        best = min(best, (time.perf_counter() - t0) * 1000)
    return best


def check_pattern(regex: re.Pattern, mode: str = "search", budget_ms: float = PROBE_BUDGET_MS,
                  size: int = PROBE_SIZE) -> Optional[str]:
    """None if `regex.<mode>` is fast on every probe up to `size` characters, else what was slow.

    Slow means over `budget_ms` and more than four times what linear growth from a probe at least
    eight times shorter predicts (growth, unlike time, does not depend on the machine), or over
    HARD_BUDGET_MS at all.
    """
    match = getattr(regex, mode)
    ladder = [n for n in _LADDER if n < size] + [size]
    for lead, unit in adversarial_seeds(regex):
        for ending in _ENDINGS:
            measured = [(1, 0.0)]
            for n in ladder:
                probe = lead + (unit * (n // len(unit) + 1))[:n] + ending
                ref_n, ref_ms = next(m for m in reversed(measured) if m[0] * 8 <= n)
                too_slow = lambda ms: ms > HARD_BUDGET_MS or ms > budget_ms and ms > 4 * ref_ms * n / ref_n
                ms = _time_ms(match, probe)
                if too_slow(ms) and too_slow(ms := _time_ms(match, probe, 3)):  # not a hiccup of the machine
                    growth = f", against {ref_ms:.1f} ms on {ref_n:,} characters" if ref_n > 1 else ""
                    return (f"catastrophic backtracking: {mode} took {ms:.0f} ms (budget {budget_ms:g} ms{growth}) "
                            f"on a {len(probe):,}-character probe {(lead + unit * 3)[:40]!r}... ending in {ending!r}")
                measured.append((n, ms))
    return None


def _where(directory: Path, rule_id: str) -> str:
    """'file:line' of the rule with this id in a rules folder."""
    id_line = re.compile(rf"\bid:\s*['\"]?{re.escape(rule_id)}['\"]?\s*$")
    for file in sorted(directory.glob("*.yaml")):
        for n, line in enumerate(file.read_text(encoding="utf-8").splitlines(), 1):
            if id_line.search(line):
                return f"{file}:{n}"
    return str(directory)


def check_backtracking(rules: RuleSet, budget_ms: float = PROBE_BUDGET_MS, size: int = PROBE_SIZE) -> list[str]:
    """One 'file:line: rule id: what was slow' line for each pattern that backtracks catastrophically."""
    problems = []
    for rule_id, pattern, regex, mode in rules.all_patterns():
        slow = check_pattern(regex, mode, budget_ms, size)
        if slow:
            problems.append(f"{_where(rules.directory, rule_id)}: {rule_id}: pattern {pattern!r}: {slow}")
    return problems

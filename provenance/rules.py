"""Load and validate the rules folder, and hand out its compiled matchers.

Every lexicon, pattern, registry, score ladder and policy is YAML in `rules/`, validated by pydantic
on load. Errors name the file, the line and what is wrong. Each lexicon is built once into lookup
tables of its terms (see lexicon.py) and the patterns of a family into one regular expression.
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Callable, Iterator, Literal, Optional, TypeVar

from pydantic import (AfterValidator, BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, field_validator,
                      model_validator)

from .ingest.errors import human_size
from .lexicon import Hit, Lexicon, LexiconSet, LinePattern, alternatives, pattern_regex, required_texts, shortest_needles
from .models import SOURCE_TYPES
from .normalize import LATIN_LETTER, Normalized, is_arabic, norm, norm_pattern, normalize, with_attached

DEFAULT_RULES_DIR = Path(str(resources.files("provenance") / "rules"))  # package data, in the wheel too
MAX_RULES_BYTES = 2_000_000  # one rules or policy file (the largest shipped one has 74 KB)

ID_PATTERN = r"^[a-z0-9][a-z0-9_.\-]*$"
T = TypeVar("T")


class RulesError(Exception):
    """A rules file is broken; the message says which file, which line and what is wrong."""


def _known_source_type(v: str) -> str:
    if v not in SOURCE_TYPES:
        raise ValueError(f"unknown source type {v!r}; labels are: {', '.join(SOURCE_TYPES)}")
    return v


SourceTypeName = Annotated[str, AfterValidator(_known_source_type)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)


# --- schemas -------------------------------------------------------------------------------

# verbs of saying by what their subject must be: anyone; anyone, with what was said right after the verb
# ("أوضح أن"); a publisher ("نشرت"); a document ("ينص القانون على"); the press ("سلطت الصحف الضوء على")
SPEECH_FAMILIES = ("speech", "speech_complement", "speech_media", "speech_document", "speech_press")
LEXICON_FAMILIES = {
    # cues.yaml
    *SPEECH_FAMILIES, "stance", "stance_noun", "according", "relay", "participle",
    "opinion", "editorial", "agentless", "told", "headline_colon", "quote_colon", "excerpt_credit", "publisher_relay", "poll_figures", "poll_shares", "poll_method", "object_control", "speech_noun",
    # sources.yaml
    "pronoun", "boundary", "role", "spokesperson", "official_noun", "anonymous_noun", "authority",
    "document_noun", "org_noun", "media_generic", "state_media_generic", "function_word",
    "known_official", "indefinite", "anaphor", "time_word", "nobody", "place_preposition", "place",
    # ar/*.yaml and en/*.yaml: a language's titles and closed word classes; a step_class is a class of content
    # words (nouns, verbs) one step reads by id, kept out of what every Arabic closed_class also is to the span
    # readers (sources.py: a word that may follow an office, a word no name holds)
    "person_role", "closed_class", "step_class", "given_name",
    # hedges.yaml
    "hedge", "anonymity_reason",
    # text.yaml
    "abbreviation", "abbreviation_rank", "abbreviation_final", "abbreviation_dotted_place", "sentence_opener",
    "abbreviation_capitalised", "abbreviation_numero", "abbreviation_unit", "clock_hour",
    "month", "stopword_de", "stopword_es", "stopword_fr", "stopword_en", "stopword_it", "stopword_pt",
    "interview_question", "interview_answer", "interview_addressee", "interview_addressee_passive",
    "interview_answer_colon", "interview_glued_name", "interview_question_glued", "interview_bullet_question",
    "interview_bullet_answer", "interview_signal", "interviewee", "interview_turn", "interview_turn_voice",
    "signed_signature", "signed_place", "signed_prompt", "signed_min_run", "signed_section",
}


class TermsAndPatterns(Strict):
    """Words to match (Arabic with their proclitics) and regular expressions: at least one of them,
    and every expression must compile."""

    terms: list[str] = Field(default_factory=list, description="words, matched whole, Arabic with proclitics")
    patterns: list[str] = Field(default_factory=list, description="regular expressions")

    @field_validator("patterns")
    @classmethod
    def _patterns(cls, v: list[str]) -> list[str]:
        for p in v:
            compile_pattern(p)
        return v

    @model_validator(mode="after")
    def _nonempty(self) -> "TermsAndPatterns":
        if not self.terms and not self.patterns and not getattr(self, "irregular", None) \
                and not getattr(self, "plurals", None) and not getattr(self, "sound_plurals", None):
            raise ValueError("needs terms or patterns")
        return self


def present_numbers(present: str) -> list[str]:
    """The plural and the masculine dual of an Arabic masculine present (3rd person) that a verb-first lexicon lists
    in the singular: news writes them after a subject ("والوزيران يؤكدان"، "والمسؤولون يؤكدون"). A present ending
    in a weak letter drops it before ون (ينفي ينفون، يدعو يدعون، يتبنى يتبنون) and keeps it, ى written ي, before ان
    (ينفيان، يدعوان، يتبنيان). The feminine dual (تؤكدان) is not made: the subject readers do not read its subject
    ("والوزارتان تؤكدان"), and a dual verb whose subject is not read would continue an earlier single speaker."""
    stem = present[:-1] if present.endswith(("ي", "و", "ى")) else present
    dual = present[:-1] + "يان" if present.endswith("ى") else present + "ان"
    return [stem + "ون", dual]


def _takes_tanween(word: str) -> bool:
    """An Arabic noun or adjective that shows its indefinite accusative as +ا: not with the article, not one that
    ends in ة, a long vowel, hamza or a sound plural, and not a two-letter particle (في)."""
    return len(word) > 2 and not word.startswith("ال") and not word.endswith(("ة", "ه", "ا", "ى", "ء", "ون", "ين"))


def _accusative_phrase(term: str) -> list[str]:
    """A noun and its adjectives in the indefinite accusative, the subject after إن and أن: every word that can
    carry it does, as they agree ("مصدرا عسكريا"، "مسؤولا كبيرا"); a construct's head takes none ("شاهد عيان" is
    already its accusative)."""
    agreeing = " ".join(w + "ا" if _takes_tanween(w) else w for w in term.split())
    return [agreeing] if agreeing != term else []


def _past_suffixed(term: str) -> list[str]:
    """The forms an Arabic verb of an entry with inflect takes by suffix: a past its feminine, plural and duals
    (أكدت، أكدوا، أكدا، أكدتا); a present (ي...) only the plural and dual of the subjunctive and jussive ("لم
    يتحدثوا"، "أن يقولا"), never a past's ت (يتحدثت is no word, ينصت is another: he listens), and nothing on a
    present already in a number (يقولون، يقولان)."""
    if not term.startswith("ي"):
        return [term + "ت", term + "وا", term + "ا", term + "تا"]
    return [] if term.endswith(("ون", "ان")) else [term + "وا", term + "ا"]


def _dual(singular: str) -> list[str]:
    """The dual of a one-word Arabic masculine singular: nominative +ان, oblique +ين; none for a phrase or a feminine
    in ة, which the entries list. The construct's +ا ("وزيرا الخارجية") is spelled as the accusative singular
    ("رئيسا للجمهورية"، "ممثلا خاصا"), so it is made only before a definite genitive (construct_dual_pattern)."""
    if not _dual_takes(singular):
        return []
    return [singular + "ان", singular + "ين"]


def _dual_takes(singular: str) -> bool:
    return " " not in singular and not singular.endswith(("ة", "ه", "ا", "ى"))


def plural_singulars(plurals: dict[str, list[str]], sound: list[str]) -> dict[str, tuple[str, bool]]:
    """Each plural and dual an entry matches (LexiconEntry.plurals, sound_plurals) -> (the singular it comes from,
    whether it is a dual): the broken plurals as listed, the sound masculine plural by rule (+ون +ين; in construct
    +و +ي, the ي not doubled after a nisba's: "دبلوماسيو"), each one-word singular's dual (+ان +ين), and the
    construct dual (+ا), matched only by construct_dual_pattern."""
    forms: dict[str, tuple[str, bool]] = {}
    for singular, listed in plurals.items():
        forms.update({f: (singular, False) for f in listed})
        forms.update({f: (singular, True) for f in _dual(singular)})
    for singular in sound:
        if " " in singular:
            continue
        construct = [singular + "و"] + ([] if singular.endswith("ي") else [singular + "ي"])
        forms.update({f: (singular, False) for f in [singular + "ون", singular + "ين", *construct]})
        # +ين is the plural's oblique and the dual's: the dual's reading is kept (updated last), a span in +ين read
        # as one office of two holders named before, else as its singular ("المستشارين": the ArabicSpans reading)
        forms.update({f: (singular, True) for f in _dual(singular)})
    for singular in [*plurals, *sound]:
        if _dual_takes(singular):
            forms.setdefault(singular + "ا", (singular, True))
    return forms


def plural_forms(plurals: dict[str, list[str]], sound: list[str]) -> list[str]:
    """The plurals and duals an entry matches as terms, made from the singulars it lists (plural_singulars): all
    but the construct dual in +ا, which only construct_dual_pattern matches."""
    return [f for f, (singular, dual) in plural_singulars(plurals, sound).items() if f != singular + "ا" or not dual]


def construct_dual_pattern(plurals: dict[str, list[str]], sound: list[str], other_words: list[str]) -> list[str]:
    """The construct dual of each one-word singular (+ا, the ن dropped: "وزيرا الخارجية"، "عضوا المكتب السياسي") as
    a pattern that holds only before its genitive: alone it is the accusative singular ("رئيسا للجمهورية"،
    "لاعبا رئيسا"، "ممثلا خاصا"), which the pools hold forty times for one dual (review A of session 45, finding 7)."""
    duals = [f for f, (singular, dual) in plural_singulars(plurals, sound).items()
             if dual and f == singular + "ا" and f not in other_words]
    # the genitive: a word with the article, or one in construct before it or a name ("مجلس الشيوخ"، "خارجية روسيا"):
    # no preposition (closed.ar.preposition: "عضوا في"), none written on (ل ب ك: "رئيسا للجمهورية"), no number ("محققا
    # 98 صوتا"), no indefinite accusative in ا ("ممثلا خاصا"، "لاعبا رئيسا")
    genitive = r"(?=\s+(?:ال\S|(?!{class:closed.ar.preposition}(?!\S))[^\sلبك\d٠-٩]\S*[^\sا](?!\S)))"
    return [r"(?<!\S)(?:" + "|".join(sorted(duals, key=len, reverse=True)) + r")" + genitive] if duals else []


class LexiconEntry(TermsAndPatterns):
    id: str = Field(pattern=ID_PATTERN)
    family: str
    lang: Literal["ar", "en", "any"] = "any"
    name: Optional[str] = Field(default=None, description="canonical name (known people)")
    gender: Optional[Literal["f", "m"]] = Field(default=None, description="a known person's sex, which a pronoun "
                                                "continuing them agrees with (attr.continuation.agreement)")
    type: Optional[SourceTypeName] = Field(default=None, description="source type this entry implies")
    types: list[SourceTypeName] = Field(default_factory=list, description="source types an excerpt_credit entry "
                                        "credits without the outlet an author writes at (\"From Bloomberg:\")")
    inflect: bool = Field(default=False, description="also match inflected forms: Arabic past tense +ت +وا +ا +تا, "
                          "a listed masculine present (ي...) +وا +ا (no ت: يتحدثت is no word), in the plural and the masculine dual (يؤكدون، يؤكدان); English "
                          "terms are lemmas, matched as their -s, past and participle forms (english_forms)")
    irregular: dict[str, list[str]] = Field(default_factory=dict, description="English verbs whose past (and participle, "
                                            "if another) the spelling rules do not give: lemma -> [past, participle]; "
                                            "read by every English entry with inflect (an entry may hold only this)")
    attached: bool = Field(default=False, description="also match Arabic nouns with a pronoun: مصادرها، وكالته")
    feminine: bool = Field(default=False, description="also match the feminine of Arabic nouns (+ة): وزير، وزيرة")
    accusative: bool = Field(default=False, description="also match the indefinite accusative of Arabic nouns (+ا), the "
                             "subject after إن، أن، لكن: مسؤولا، طبيبا; in a phrase on every word that carries it: مصدرا عسكريا")
    other_words: list[str] = Field(default_factory=list, description="forms the rules above would make that are "
                                   "another word, never matched as this entry's: مؤسسة (an institution, not the "
                                   "feminine of مؤسس, founder), خطيبة (a fiancée, not a preacher)")
    plurals: dict[str, list[str]] = Field(default_factory=dict, description="Arabic offices in the plural and the "
                                          "dual, by the singular each comes from: singular -> its broken plurals or its "
                                          "listed forms (وزير: [وزراء]; مدع عام: [مدعون عامون]); a one-word singular also "
                                          "takes its dual (+ان +ين: وزيران، وزيرين; the construct's +ا, وزيرا, only "
                                          "before its genitive: construct_dual_pattern); the singular itself is matched "
                                          "only if it is in terms (plural_forms)")
    sound_plurals: list[str] = Field(default_factory=list, description="Arabic singulars whose sound masculine plural "
                                     "and dual are matched (plural_forms): +ون +ين, the construct's +و +ي (مستشارون، "
                                     "مستشارين، مستشارو، مستشاري), the dual +ان +ين (+ا before its genitive alone); the singular itself only if it "
                                     "is in terms")
    description: Optional[str] = None

    _irregular: dict[str, list[str]] = PrivateAttr(default_factory=dict)  # the rules folder's table (RuleSet)

    @model_validator(mode="after")
    def _construct_duals(self) -> "LexiconEntry":
        """The construct duals of the plurals' singulars, matched before a definite genitive (construct_dual_pattern)."""
        for p in construct_dual_pattern(self.plurals, self.sound_plurals, self.other_words):
            if p not in self.patterns:
                self.patterns.append(p)
        return self

    def all_terms(self) -> list[str]:
        if self.inflect and self.lang == "en":
            return [form for t in self.terms for form in english_forms(t, self._irregular)]
        forms = list(self.terms) + plural_forms(self.plurals, self.sound_plurals)
        for t in self.terms:
            if self.accusative and is_arabic(t) and " " in t:
                forms += _accusative_phrase(t)
            if not is_arabic(t) or " " in t:
                continue
            if self.inflect and not t.endswith(("ت", "وا")) and not self._present(t):
                forms += _past_suffixed(t)
            if self.inflect and t.startswith("ي") and not t.endswith(("ون", "ان")):
                forms += present_numbers(t)
            if feminine := self.feminine_of(t):
                forms.append(feminine)
            if self.accusative and _takes_tanween(t):
                forms.append(t + "ا")
            if self.attached and not t.startswith("ال"):
                forms += with_attached(t, ("ه", "ها", "هم", "هما", "نا"))
        return [f for f in forms if f in self.terms or f not in self.other_words]

    def feminine_of(self, term: str) -> Optional[str]:
        """The feminine (+ة) an Arabic one-word term also matches with feminine: true (وزير، وزيرة); None where the
        term has none or where its +ة is another word (other_words: مؤسس، مؤسسة an institution)."""
        if not self.feminine or " " in term or term.endswith(("ة", "ه", "ا", "ى", "ي")):
            return None
        return term + "ة" if term + "ة" not in self.other_words else None

    def _present(self, term: str) -> bool:
        """Whether an Arabic term is a present tense listed with its masculine (تكرر beside يكرر): the past's
        suffixes do not go on it, "تكررت" (recurred), "تجددت" (was renewed) are other verbs, not "she repeated"."""
        return term.startswith("ت") and "ي" + term[1:] in self.terms

    @field_validator("family")
    @classmethod
    def _family(cls, v: str) -> str:
        if v not in LEXICON_FAMILIES:
            raise ValueError(f"unknown family {v!r}; known: {', '.join(sorted(LEXICON_FAMILIES))}")
        return v

    @field_validator("irregular")
    @classmethod
    def _irregular_forms(cls, v: dict[str, list[str]]) -> dict[str, list[str]]:
        for lemma, forms in v.items():
            if not 1 <= len(forms) <= 2:
                raise ValueError(f"irregular verb {lemma!r}: give its past and, if another, its participle")
        return v


# English spelling: a final consonant doubles before -ed after one stressed vowel ("quip" quipped, "admit"
# admitted, "rebut" rebutted); a word of two syllables or more is taken as stressed on its last one when what
# comes before it is a prefix (ad-mit, com-pel, re-fer; not of-fer, ed-it, vis-it) or when "qu", a consonant,
# opens it (e-quip, ac-quit). Words the rule gets wrong (de-but, ex-it, e-mit) are in en.verb.irregular.
_DOUBLING = re.compile(r"^(?:ad|com|con|de|dis|ex|in|per|pre|pro|re|sub|trans)?[^aeiou]*[aeiou][bdgklmnprt]$"
                       r"|kw[aeiou][bdgklmnprt]$")
_SIBILANT = ("s", "x", "z", "ch", "sh", "o")
# an unstressed final vowel + l: American English keeps it single, British doubles it (signaled, signalled)
_BRITISH_L = re.compile(r"[^aeiou][aeiou]l$")


def english_forms(lemma: str, irregular: dict[str, list[str]]) -> list[str]:
    """The forms of an English verb whose base form a noun may share ("claim", "call", "point out"): the -s form,
    the past and the participle (from `irregular`, else by rule), not the base form itself. The first word of a
    phrase is inflected ("point out": points out, pointed out)."""
    head, _, rest = lemma.partition(" ")
    tail = f" {rest}" if rest else ""
    if head.endswith(_SIBILANT) and not head.endswith("oo"):  # boo, boos
        third = head + "es"
    elif re.search(r"[^aeiou]y$", head):
        third = head[:-1] + "ies"
    else:
        third = head + "s"
    if head in irregular:
        pasts = irregular[head]
    elif head.endswith("e"):
        pasts = [head + "d"]
    elif re.search(r"[^aeiou]y$", head):
        pasts = [head[:-1] + "ied"]
    elif head.endswith("ic"):  # panic, panicked
        pasts = [head + "ked"]
    elif _DOUBLING.search(head.replace("qu", "kw")):  # "qu" is a consonant and a glide: quip, quipped
        pasts = [head + head[-1] + "ed"]
    elif _BRITISH_L.search(head):
        pasts = [head + "ed", head + "led"]
    else:
        pasts = [head + "ed"]
    return list(dict.fromkeys([third + tail, *(p + tail for p in pasts)]))


class LexiconFile(Strict):
    lexicons: list[LexiconEntry]


class BlockExtent(Strict):
    to_end_after: float = Field(default=0.5, ge=0, le=1, description="header past this share of the text: block runs to the end")
    otherwise_lines: int = Field(default=1, ge=0, description="else: this many following lines")
    headlines: bool = Field(default=False, description="else: the following lines while they read as headlines")


class Subheading(Strict):
    """headline_run: what opens the next section, below which the links of a run stop."""
    max_words: int = Field(ge=1, description="a subheading is a line without final punctuation of at most this many words")
    min_link: float = Field(ge=0, le=1, description="sharing at least this share of its words with the two paragraphs "
                            "after it; the lines of a run above it each share less with its section (a subheading and "
                            "two paragraphs) and are links to other stories")


class BoilerplateRule(Strict):
    id: str = Field(pattern=ID_PATTERN)
    family: str
    match: Literal["line", "contains", "block", "foreign_script_line", "duplicate_title", "teasers", "headline_run",
                   "glued_tail"]
    pattern: Optional[str] = None  # teasers, headline_run: the opening of a line that continues the article
    max_words: Optional[int] = Field(default=None, ge=1)
    min_words: Optional[int] = Field(default=None, ge=1)
    min_lines: int = Field(default=1, ge=1, description="teasers, headline_run: the fewest lines a run takes")
    max_lines: Optional[int] = Field(default=None, ge=1, description="a longer run is kept (and reported)")
    lead: bool = Field(default=False, description="only lines before the body's first paragraph")
    at_end: bool = Field(default=False, description="headline_run: only a run that ends the body; contains: only in the body's last lines")
    questions: bool = Field(default=False, description="headline_run: a question (final ؟ or ?) counts as a "
                            "headline in a run that holds a headline without one")
    max_link: Optional[float] = Field(default=None, ge=0, le=1, description="headline_run: a line sharing this share "
                                      "of its words with the next two paragraphs introduces them and stays; teasers: "
                                      "a run sharing this share (median) with the article above goes on with it")
    lead_pattern: Optional[str] = Field(default=None, description="teasers: in a run longer than max_lines, the "
                                        "lines at its end that each hold this (a story's own day) are taken alone")
    dateline_pattern: Optional[str] = Field(default=None, description="teasers: an article of one paragraph that "
                                            "opens with this (its dateline) is a whole story; the leads after it go")
    subheading: Optional[Subheading] = Field(default=None, description="headline_run: a subheading ending the run, or "
                                             "right after it, stays and counts as a line of the run")
    when_language: Optional[str] = None
    block: Optional[BlockExtent] = None
    description: Optional[str] = None

    @model_validator(mode="after")
    def _check(self) -> "BoilerplateRule":
        if self.match in ("line", "contains", "block", "teasers", "headline_run", "glued_tail"):
            if not self.pattern:
                raise ValueError(f"match {self.match!r} needs a pattern")
            if compile_pattern(self.pattern).groups == 0 and self.match == "glued_tail":
                raise ValueError("match 'glued_tail' needs a group in its pattern: the piece it cuts off")
        for extra in (self.lead_pattern, self.dateline_pattern):
            if extra:
                compile_pattern(extra)
        if self.match == "block" and self.block is None:
            self.block = BlockExtent()
        return self


class BoilerplateFile(Strict):
    rules: list[BoilerplateRule]


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
        compile_pattern(v)
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

    @cached_property
    def step_by_type(self) -> dict[str, LadderStep]:
        """The ladder by source type (read for every claim)."""
        return {step.type: step for step in self.ladder}

    @cached_property
    def bands_high_first(self) -> list[GradeBand]:
        return sorted(self.grades, key=lambda b: b.min, reverse=True)


class Decision(Strict):
    """A rule id that the code names in a decision (attr.no_cue, src.memory, ...), declared with what it means."""
    id: str = Field(pattern=ID_PATTERN)
    description: str = Field(min_length=1)


class DecisionsFile(Strict):
    decisions: list[Decision]


FILE_SCHEMAS: dict[str, type[BaseModel]] = {
    "boilerplate.yaml": BoilerplateFile,
    "outlets.yaml": OutletFile,
    "countries.yaml": CountryFile,
    "intelligence.yaml": IntelligenceFile,
    "origin.yaml": OriginFile,
    "cues.yaml": LexiconFile,
    "sources.yaml": LexiconFile,
    "people.yaml": LexiconFile,
    "organizations.yaml": LexiconFile,
    "hedges.yaml": LexiconFile,
    "text.yaml": LexiconFile,
    "scores.yaml": ScoresFile,
    "decisions.yaml": DecisionsFile,
}
OPTIONAL_FILES = {"policy.yaml"}
# Read from the shipped rules when a folder has none: the code's own list of the ids it names, no user's policy
SHIPPED_IF_MISSING = {"decisions.yaml"}
# One folder per language (ar/, en/) holds that language's lexicon files (titles, closed word classes),
# any number of them, read like sources.yaml; their entries take the folder's language.
LANGUAGES = ("ar", "en")


def rules_files(directory: Path) -> dict[str, Path]:
    """The file that each rules file of a folder is read from: the folder's own, or the shipped one (see
    SHIPPED_IF_MISSING); one that is missing is still named in the folder (load_rules reports it)."""
    found = {name: directory / name for name in FILE_SCHEMAS}
    return {name: DEFAULT_RULES_DIR / name if name in SHIPPED_IF_MISSING and not path.exists() else path
            for name, path in found.items()}


def _language_files(models: dict[str, BaseModel]) -> list[str]:
    return [name for name in models if "/" in name]  # validated by the gate's own schema


def compile_pattern(pattern: str) -> re.Pattern:
    """The compiled pattern; a bad one is a ValueError naming it (pydantic reports it with its place)."""
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise ValueError(f"bad regular expression {pattern!r}: {exc}") from None


# --- loading with line numbers --------------------------------------------------------------

def load_yaml_model(path: Path, schema: type[BaseModel], check_patterns: bool = True) -> BaseModel:
    """Parse and validate one YAML file; raise RulesError 'file:line: what is wrong'.

    A file whose model has regular expressions of its own (a policy) has them checked against
    catastrophic backtracking, unless it is the package's own (see refuse_catastrophic)."""
    try:
        size = path.stat().st_size
        if size > MAX_RULES_BYTES:
            raise RulesError(f"{path}: {human_size(size)} is over the {human_size(MAX_RULES_BYTES)} limit for a rules file")
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RulesError(f"{path}: cannot read: {exc}") from None
    from . import rulesyaml  # PyYAML only where rules are built, not where they are read from the cache

    try:
        node, data = rulesyaml.parse(text, _package_file(path))
    except rulesyaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        problem = getattr(exc, "problem", None) or str(exc)
        raise RulesError(f"{where}: YAML syntax error: {problem}") from None
    except RecursionError:
        raise RulesError(f"{path}:1: YAML syntax error: nested too deeply") from None
    if node is None:
        raise RulesError(f"{path}:1: the file is empty")
    repeated = rulesyaml.repeated_key(node)
    if repeated:
        raise RulesError(f"{path}:{repeated[1]}: {repeated[0]!r} is given twice in one mapping (YAML keeps the last only)")
    try:
        model = schema.model_validate(data)
    except ValidationError as exc:  # every mistake at once, one line each
        problems = []
        for err in exc.errors():
            loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and p.startswith("function-")))
            field = ".".join(str(p) for p in loc) or "(top)"
            problems.append(f"{path}:{rulesyaml.node_line(node, loc)}: {field}: {err['msg'].removeprefix('Value error, ')}")
        raise RulesError("\n".join(problems)) from None
    if check_patterns and hasattr(model, "all_patterns") and not _shipped(path):  # a policy of the user's
        refuse_catastrophic(model.all_patterns(), [path], str(path), _shipped_policy_keys(schema))  # type: ignore[attr-defined]
    return model


# --- regular expressions from users' files -----------------------------------------------------

_safe: set[tuple[str, int, str]] = set()  # patterns found safe in this process (forked workers inherit it)


def _keys(patterns: Iterator[tuple[str, str, re.Pattern, str]]) -> frozenset[tuple[str, int, str]]:
    return frozenset((rx.pattern, rx.flags, mode) for _, _, rx, mode in patterns)


def _package_file(path: Path) -> bool:
    """A file of the package's own rules folder or of a language folder in it."""
    return DEFAULT_RULES_DIR.resolve() in path.resolve().parents


def _shipped(path: Path) -> bool:
    """A file of the package's own rules: its patterns are checked by the package's tests."""
    return path.resolve().parent == DEFAULT_RULES_DIR.resolve()


def refuse_catastrophic(patterns: Iterator[tuple[str, str, re.Pattern, str]], files: list[Path], otherwise: str,
                        trusted: frozenset[tuple[str, int, str]] = frozenset()) -> None:
    """RulesError 'file:line: rule id: pattern ...: catastrophic backtracking ...' for the first pattern
    that backtracks catastrophically, as backtracking.check_pattern finds. A pattern used as one of
    the shipped rules uses it (`trusted`), or found safe before in this process, is not probed again:
    a copy of the shipped rules with a few changes costs only the check of those."""
    from . import backtracking  # only for a user's rules folder or policy

    for rule_id, written, rx, mode in patterns:
        key = (rx.pattern, rx.flags, mode)
        if key in trusted or key in _safe:
            continue
        slow = backtracking.check_pattern(rx, mode)
        if slow:
            raise RulesError(f"{backtracking.where(files, rule_id, otherwise)}: {rule_id}: pattern {written!r}: {slow}")
        _safe.add(key)


@functools.cache
def _shipped_keys() -> frozenset[tuple[str, int, str]]:
    return _keys(load_rules(DEFAULT_RULES_DIR).all_patterns())


@functools.cache
def _shipped_policy_keys(schema: type[BaseModel]) -> frozenset[tuple[str, int, str]]:
    return _keys(load_yaml_model(DEFAULT_RULES_DIR / "policy.yaml", schema).all_patterns())  # type: ignore[attr-defined]


def _duplicate_ids(path: Path, model: BaseModel) -> None:
    seen: set[str] = set()
    for item in _walk_ids(model):
        if item in seen:
            raise RulesError(f"{path}:{_id_line(path, item, last=True)}: duplicate id {item!r}")
        seen.add(item)


def _id_line(path: Path, item: str, last: bool = False) -> int:
    """The line that declares the id `item` in a rules file (its last declaration with `last`; 1: not found), by
    the marks `rules explain` reads too (rulesyaml.id_lines). Read again only to word an error."""
    from . import rulesyaml

    node, _ = rulesyaml.parse(path.read_text(encoding="utf-8"), package=False)
    lines = [line for rule_id, line in (rulesyaml.id_lines(node) if node is not None else ()) if rule_id == item]
    return (lines[-1] if last else lines[0]) if lines else 1


def _walk_ids(obj: Any) -> Iterator[str]:
    """The ids of a model and of the models inside it (a list of terms is not walked word by word)."""
    if isinstance(obj, BaseModel):
        if "id" in type(obj).model_fields:
            yield obj.id  # type: ignore[attr-defined]
        for name in type(obj).model_fields:
            yield from _walk_ids(getattr(obj, name))
    elif isinstance(obj, list):
        for x in obj:
            if isinstance(x, (BaseModel, list)):
                yield from _walk_ids(x)


class LineRules:
    """Boilerplate rules in order, for one kind of line (a language, a length). Its whole-line rules
    (line, block) are one alternation (RuleSet._whole_lines), which finds the first of them that matches
    the whole line in one call; a rule whose pattern cannot join one (a back-reference, a named group, a
    flag) is tried on its own. Teasers and headline runs, read over the whole body and never line by
    line, are not among them. A line with no Latin letter (most lines of an Arabic article) is matched
    against the alternation without the alternatives that need one (`latinless`): they cannot match it,
    and English prompts tried at every length of an Arabic line were most of the alternation's time."""

    def __init__(self, rules: list[tuple[int, BoilerplateRule, Optional[re.Pattern], list[str]]],
                 whole: Optional[re.Pattern], latinless: Optional[re.Pattern]):
        # rules: (place in the file, rule, regex, needles) of the rules that apply to this kind of line
        self.whole = whole
        self.latinless = latinless
        self.by_group: dict[str, tuple[int, BoilerplateRule]] = {}
        self.others: list[tuple[int, BoilerplateRule, Optional[re.Pattern], list[str]]] = []
        for i, (place, rule, rx, needles) in enumerate(rules):
            if _whole_line(rule, rx):
                self.by_group[f"r{place}"] = (i, rule)
            elif rule.match not in _WHOLE_BODY:
                self.others.append((i, rule, rx, needles))

    def first_whole(self, n: str) -> Optional[tuple[int, BoilerplateRule]]:
        """(i, rule) of the first whole-line rule of this kind of line that matches the line `n`."""
        whole = self.latinless if LATIN_LETTER.search(n) is None else self.whole
        m = whole.fullmatch(n) if whole is not None else None
        return None if m is None or m.lastgroup is None else self.by_group[m.lastgroup]


def _whole_line(rule: BoilerplateRule, rx: Optional[re.Pattern]) -> bool:
    """A rule that the alternation of whole-line rules holds."""
    return rule.match in ("line", "block") and rx is not None and _joinable(rx) and not rule.lead


def latinless(pattern: str) -> Optional[str]:
    """The alternatives of a pattern that may match a text without a Latin letter: not those every match
    of which holds a text with one (None: no alternative left)."""
    kept = [alt for alt in alternatives(pattern)
            if not ((texts := required_texts(alt)) and all(LATIN_LETTER.search(t) for t in texts))]
    return "|".join(kept) if kept else None


def _joinable(rx: re.Pattern) -> bool:
    return not rx.groupindex and rx.flags == _PLAIN_FLAGS and not _BACKREFERENCE.search(rx.pattern)


_WHOLE_BODY = ("teasers", "headline_run")  # the matches that text/stories.py reads over the body
_PLAIN_FLAGS = re.compile("").flags
_BACKREFERENCE = re.compile(r"\\[1-9]|\(\?P=")


@dataclass(frozen=True)
class ScannedBody:
    """An article body, its normalised form and the hits of RuleSet.body_lexicons in it."""

    text: str
    normalized: Normalized
    hits: dict[str, list[Hit]]


class RuleSet:
    """All rules of one folder, validated, with compiled matchers built on first use."""

    def __init__(self, directory: Path, models: dict[str, BaseModel], files: Optional[dict[str, Path]] = None):
        self.directory = directory
        self.files = files or {name: directory / name for name in models}  # what each rules file was read from
        self._missing: Optional[list[str]] = None  # the ids entries_named did not find (load_built)
        self.boilerplate: BoilerplateFile = models["boilerplate.yaml"]  # type: ignore[assignment]
        self.outlets: OutletFile = models["outlets.yaml"]  # type: ignore[assignment]
        self.countries: CountryFile = models["countries.yaml"]  # type: ignore[assignment]
        self.intel: IntelligenceFile = models["intelligence.yaml"]  # type: ignore[assignment]
        self.origin: OriginFile = models["origin.yaml"]  # type: ignore[assignment]
        self.scores: ScoresFile = models["scores.yaml"]  # type: ignore[assignment]
        self.decisions: DecisionsFile = models["decisions.yaml"]  # type: ignore[assignment]
        self.entries: list[LexiconEntry] = [
            e for f in ("cues.yaml", "sources.yaml", "people.yaml", "organizations.yaml", "hedges.yaml", "text.yaml", *_language_files(models))
            for e in models[f].lexicons  # type: ignore[attr-defined]
        ]
        irregular = {lemma: forms for e in self.entries for lemma, forms in e.irregular.items()}
        for e in self.entries:
            e._irregular = irregular
        self._families: dict[tuple[Optional[str], ...], Lexicon] = {}
        self._terms: dict[str, frozenset[str]] = {}
        self._patterns: dict[tuple[str, Optional[str], bool], list[tuple[str, re.Pattern]]] = {}
        self._boilerplate: dict[tuple[str, int], LineRules] = {}
        self._wholes: dict[str, Optional[re.Pattern]] = {}  # see _whole_lines

    def entries_named(self, entry_id: str) -> list[LexiconEntry]:
        """The entries of an id that the code reads by it (a word class); none is a RulesError naming the shipped
        file that has it, or, while load_built builds, noted with the others that are missing."""
        found = [e for e in self.entries if e.id == entry_id]
        if not found and self._missing is None:
            raise RulesError(_missing_entries(self.directory, [entry_id])[0])
        if not found:
            self._missing.append(entry_id)  # type: ignore[union-attr]
        return found

    def lexicon(self, *families: str, lang: Optional[str] = None) -> Lexicon:
        """One compiled matcher over the given lexicon families (cached); with `lang`, only the entries marked for
        that language or for any (a step one language takes and another does not, as a poll's figures going on)."""
        key = (*sorted(families), lang)
        if key not in self._families:
            items, patterns = [], []
            for e in self.entries:
                if e.family in families and (lang is None or e.lang in (lang, "any")):
                    items += [(t, e.id, e.family, e) for t in e.all_terms()]
                    patterns += [(norm_pattern(p), e.id, e.family, e) for p in e.patterns]
            self._families[key] = Lexicon(items, patterns)
        return self._families[key]

    def patterns(self, family: str, lang: Optional[str] = None, fold: bool = True) -> list[tuple[str, re.Pattern]]:
        """(entry id, compiled pattern) of one family's entries, in file order (cached): normalised, or as written
        when not `fold` (a pattern that reads case); with `lang`, only the entries for that language or for any."""
        key = (family, lang, fold)
        if key not in self._patterns:
            self._patterns[key] = [(e.id, re.compile(norm_pattern(p) if fold else p)) for e in self.entries
                                   if e.family == family and (lang is None or e.lang in (lang, "any")) for p in e.patterns]
        return self._patterns[key]

    def terms(self, family: str) -> frozenset[str]:
        """Normalised terms of one family (cached: asked for every article)."""
        if family not in self._terms:
            self._terms[family] = frozenset(norm(t) for e in self.entries if e.family == family for t in e.all_terms())
        return self._terms[family]

    @cached_property
    def rule_ids(self) -> frozenset[str]:
        """Every id this folder declares, which a decision may name: lexicon entries, boilerplate, origin and wire
        patterns, the registries, the ladder and the code's own decisions (decisions.yaml)."""
        files = (self.boilerplate, self.outlets, self.countries, self.intel, self.origin, self.scores, self.decisions)
        return frozenset({e.id for e in self.entries}.union(*(_walk_ids(f) for f in files)))

    @cached_property
    def family_of(self) -> dict[str, str]:
        """Each lexicon entry's id -> its family: what a decision that names a cue asks of every claim (a
        question's cue a speech cue, interview.py `_speech_cue`), built once per rule set."""
        return {e.id: e.family for e in self.entries}

    @cached_property
    def outlet_names(self) -> Lexicon:
        return Lexicon([(n, o.id, "outlet", o) for o in self.outlets.outlets for n in [o.name, *o.names]])

    @cached_property
    def outlet_by_squashed(self) -> dict[str, tuple[int, OutletEntry]]:
        """Each outlet name squashed (lowercased, without its non-word characters: "Associated Press" ->
        "associatedpress") -> (place in the file, the first outlet with it): a tweet's handle is looked up once,
        not against every name (engine.py `_tweet_author`)."""
        found: dict[str, tuple[int, OutletEntry]] = {}
        for i, o in enumerate(self.outlets.outlets):
            for n in [o.name, *o.names]:
                found.setdefault(re.sub(r"\W", "", n.lower()), (i, o))
        return found

    @cached_property
    def outlet_by_domain(self) -> dict[str, OutletEntry]:
        return {d.lower(): o for o in self.outlets.outlets for d in o.domains}

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
    def body_lexicons(self) -> LexiconSet:
        """The lexicons that several stages scan the whole body with (see scan_body)."""
        return LexiconSet({
            **{family: self.lexicon(family) for family in ("known_official", "role", "official_noun", "spokesperson")},
            "outlet": self.outlet_names, "intelligence": self.intel_lexicon,
        })

    def scan_body(self, body: str, normalized: Optional[Normalized] = None) -> "ScannedBody":
        """The body normalised once (`normalized`, if it was already) and scanned once with body_lexicons:
        the sources' prescan, the wires and intelligence all read it."""
        nb = normalized or normalize(body)
        return ScannedBody(body, nb, self.body_lexicons.scan(nb.text))

    @cached_property
    def boilerplate_patterns(self) -> list[tuple[BoilerplateRule, Optional[re.Pattern]]]:
        return [(r, re.compile(norm_pattern(r.pattern)) if r.pattern else None) for r in self.boilerplate.rules]

    @cached_property
    def boilerplate_needles(self) -> dict[str, list[str]]:
        """For each `contains` rule, texts one of which every line it matches holds (none: no test)."""
        return {r.id: list(shortest_needles(required_texts(rx.pattern))) for r, rx in self.boilerplate_patterns
                if rx is not None and r.match == "contains"}

    @cached_property
    def _word_limits(self) -> list[int]:
        return sorted({r.max_words for r in self.boilerplate.rules if r.max_words})

    def boilerplate_for(self, language: str, words: int) -> "LineRules":
        """The boilerplate rules that apply to a line of `words` words in one language (cached: every
        line of every article goes through them; lines differ only by which max_words they pass)."""
        key = (language, bisect_left(self._word_limits, words))
        if key not in self._boilerplate:
            rules = [(place, r, rx, self.boilerplate_needles.get(r.id, [])) for place, (r, rx) in enumerate(self.boilerplate_patterns)
                     if (not r.when_language or r.when_language == language) and not (r.max_words and words > r.max_words)]
            self._boilerplate[key] = LineRules(rules, self._whole_lines(rules), self._whole_lines(rules, latin=False))
        return self._boilerplate[key]

    def _whole_lines(self, rules: list[tuple[int, BoilerplateRule, Optional[re.Pattern], list[str]]],
                     latin: bool = True) -> Optional[re.Pattern]:
        """The whole-line rules among `rules` as one alternation, in file order (see LineRules), compiled
        once for each set of them: a long line is not tried against the rules for short ones. Without
        `latin`, for lines with no Latin letter: each rule's alternatives that may match one (latinless)."""
        parts = tuple((place, rx.pattern if latin else latinless(rx.pattern))  # type: ignore[union-attr]
                      for place, r, rx, _ in rules if _whole_line(r, rx))
        source = "|".join(f"(?P<r{place}>{p})" for place, p in parts if p is not None)
        if source not in self._wholes:  # the same alternation, the same regex: pickled once (rulecache.py)
            self._wholes[source] = re.compile(source) if source else None
        return self._wholes[source]

    def build_matchers(self) -> None:
        """Compile now what the audit of any article reads, so that a build kept between processes holds
        it (rulecache.py) and no article pays for compiling it: the boilerplate rules of every kind of
        line in each language, the origin and wire patterns."""
        for language in LANGUAGES:
            for words in [0, *(limit + 1 for limit in self._word_limits)]:
                self.boilerplate_for(language, words)
        self.origin_patterns, self.wire_patterns  # noqa: B018 (cached properties, built here)

    @cached_property
    def origin_patterns(self) -> list[tuple[PatternRule, LinePattern]]:
        return [(r, LinePattern(norm_pattern(r.pattern))) for r in self.origin.origin]

    @cached_property
    def wire_patterns(self) -> list[tuple[PatternRule, LinePattern]]:
        return [(r, LinePattern(norm_pattern(r.pattern))) for r in self.origin.wires]

    def all_patterns(self) -> Iterator[tuple[str, str, re.Pattern, str]]:
        """(rule id, regex as written, regex as compiled for use, 'search' or 'fullmatch') of every
        regular expression in the folder, for the backtracking check."""
        for r, rx in self.boilerplate_patterns:
            if rx is not None:
                yield r.id, r.pattern, rx, "fullmatch" if r.match in ("line", "block") else "search"
        for r, lp in [*self.origin_patterns, *self.wire_patterns]:
            yield r.id, r.pattern, lp.rx, "search"
        for e in self.entries:
            for p in e.patterns:
                yield e.id, p, pattern_regex(p, e.id, e.family), "search"


def load_rules(directory: Optional[Path | str] = None, check_patterns: bool = True) -> RuleSet:
    """Load and validate a rules folder (the shipped one by default). The regular expressions of another
    folder are checked against catastrophic backtracking (see refuse_catastrophic). Every missing rules
    file is named in one error."""
    return _load(directory, check_patterns)[0]


def load_built(directory: Optional[Path | str], build: Callable[[RuleSet], T], check_patterns: bool = True) -> T:
    """What `build` makes of the rules of a folder (load_rules), with every missing rules file and every entry
    that `build` reads by id (RuleSet.entries_named) and the folder lacks named in one error, each with the
    shipped file to copy it from: a folder made for an older version is mended in one go."""
    ruleset, problems = _load(directory, check_patterns, shipped_for_missing=True)
    ruleset._missing = []
    try:
        built = build(ruleset)
    except Exception:  # a build that stumbled on what is missing: that is the error to report
        if not problems and not ruleset._missing:
            raise
    finally:
        missing, ruleset._missing = ruleset._missing, None
    problems += _missing_entries(ruleset.directory, list(dict.fromkeys(missing)))
    if problems:
        raise RulesError("\n".join(problems))
    return built


def _missing_entries(directory: Path, ids: list[str]) -> list[str]:
    """A line for each entry id the folder lacks, with the shipped file and line that declare it."""
    if not ids:
        return []
    from .ruleinfo import located  # only for an error

    shipped = {i.id: f"{DEFAULT_RULES_DIR / i.file}:{i.line}" for i in reversed(located()) if i.file}
    return [f"{directory}: no word class {i!r}, which the code reads: copy it from {shipped.get(i, DEFAULT_RULES_DIR)}"
            for i in ids]


def _load(directory: Optional[Path | str], check_patterns: bool,
          shipped_for_missing: bool = False) -> tuple[RuleSet, list[str]]:
    """The rules of a folder and the rules files it misses: a RulesError naming them all, or, with
    `shipped_for_missing`, the shipped copies read in their place (the caller reports them)."""
    path = Path(directory) if directory else DEFAULT_RULES_DIR
    if not path.is_dir():
        raise RulesError(f"{path}: not a rules folder")
    files = rules_files(path)
    missing = [name for name, file in files.items() if not file.exists()]
    problems = [f"{files[name]}: missing rules file (copy {DEFAULT_RULES_DIR / name})" for name in missing]
    if problems and not shipped_for_missing:
        raise RulesError("\n".join(problems))
    files.update({name: DEFAULT_RULES_DIR / name for name in missing})
    models: dict[str, BaseModel] = {}
    for name, schema in FILE_SCHEMAS.items():
        models[name] = load_yaml_model(files[name], schema)
        _duplicate_ids(files[name], models[name])
    for extra in sorted(path.glob("*.y*ml")):
        if extra.name not in FILE_SCHEMAS and extra.name not in OPTIONAL_FILES:
            raise RulesError(f"{extra}:1: unknown rules file (known: {', '.join(sorted(FILE_SCHEMAS))})")
    for lang in LANGUAGES:
        for file in sorted((path / lang).glob("*.y*ml")):
            model = load_yaml_model(file, LexiconFile)
            _duplicate_ids(file, model)
            for entry in model.lexicons:  # type: ignore[attr-defined]
                if entry.lang not in (lang, "any"):
                    raise RulesError(f"{file}:1: entry {entry.id!r} is marked lang {entry.lang!r} in the {lang}/ folder")
                entry.lang = lang
            models[f"{lang}/{file.name}"] = model
            files[f"{lang}/{file.name}"] = file
    _one_irregular_table(models, files)
    _expand_word_classes(models, files)
    ruleset = RuleSet(path, models, files)
    if check_patterns and path.resolve() != DEFAULT_RULES_DIR.resolve():
        refuse_catastrophic(ruleset.all_patterns(), list(files.values()), str(path), _shipped_keys())
    return ruleset, problems


WORD_CLASS = re.compile(r"\{class:([^{}]*)\}?")  # a closing brace left out is named, not read as letters


def _expand_word_classes(models: dict[str, BaseModel], files: dict[str, Path]) -> None:
    """A pattern may name a word class of a language's folder, `{class:ID}`, where a closed list of words stands
    (the adjectives of a state's domain after "أوساط" and in a lookahead): the entry's terms, longest first, as
    one group. The list is then written once, and a user adding a word to it changes every pattern that reads it.
    RulesError 'file:line: ...' for an id no entry of the pattern's language holds (or of both), an entry with
    patterns of its own, or a reference left unclosed."""
    entries = {e.id: e for model in models.values() for e in getattr(model, "lexicons", ())}
    for name, model in models.items():
        for entry in getattr(model, "lexicons", ()):
            if not any("{class:" in p for p in entry.patterns):
                continue

            def words(m: re.Match, entry=entry, name=name) -> str:
                word_class = entries.get(m.group(1))
                if (not m.group(0).endswith("}") or word_class is None or word_class.patterns or not word_class.terms
                        or word_class.lang not in (entry.lang, "any")):
                    raise RulesError(f"{files[name]}:{_id_line(files[name], entry.id)}: entry {entry.id!r}: "
                                     f"{m.group(0)} names no word class of its language (an entry with terms and no patterns, "
                                     "closed by a brace)")
                return "(?:" + "|".join(re.escape(t) for t in sorted(word_class.terms, key=len, reverse=True)) + ")"

            entry.patterns = [WORD_CLASS.sub(words, p) for p in entry.patterns]


def _one_irregular_table(models: dict[str, BaseModel], files: dict[str, Path]) -> None:
    """English entries hold the table of irregular verbs, each lemma once: RulesError 'file:line: ...' if not."""
    seen: dict[str, str] = {}
    for name, model in models.items():
        for entry in getattr(model, "lexicons", ()):
            if entry.irregular and entry.lang != "en":
                raise RulesError(f"{files[name]}:{_id_line(files[name], entry.id)}: entry {entry.id!r}: irregular "
                                 "forms are for English verbs: in the en/ folder, or with lang: en")
            for lemma in entry.irregular:
                if lemma in seen:
                    raise RulesError(f"{files[name]}:{_id_line(files[name], entry.id)}: entry {entry.id!r}: irregular "
                                     f"verb {lemma!r} is already in entry {seen[lemma]!r} (one table for every entry)")
                seen[lemma] = entry.id

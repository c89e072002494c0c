"""Type a source span: which of the contract's ten labels it is, its name and its role.

Families are tried in a fixed order (see rules/sources.yaml); the first that matches decides,
and its rule id is recorded so every type can be explained. Where a decision depends on the grammar
(where a noun phrase's head stands, how a name is read), the order asks the span's language, by its
script: lang/ar_sources.py or lang/en_sources.py (`SpanGrammar` lists what they decide).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache
from itertools import takewhile
from typing import Callable, Mapping, Optional

from ..lexicon import Hit, LexiconSet
from ..normalize import is_arabic, norm
from ..rules import SPEECH_FAMILIES, RuleSet, ScannedBody
from .chunker import ArabicNames
from .words import WordClasses, closed_class, entry_patterns, opening

TOKEN = re.compile(r"[^\s،,:;()\"'\[\]]+")
BODY_WORD = re.compile(r"[^\W_]+")  # a word of a normalised text, without the punctuation around it
_QUOTED = re.compile(r'"[^"]{0,60}"|«[^»]{0,60}»|“[^”]{0,60}”')
COMMA = re.compile(r"[،,]")


def last_comma(text: str, start: int = 0, end: int | None = None) -> int:
    """Where the last Arabic or Latin comma of text[start:end] is, -1 if none: the two scripts' texts mix both."""
    end = len(text) if end is None else end
    return max(text.rfind("،", start, end), text.rfind(",", start, end))
# Where the name after a role ends: punctuation (not the period of a middle initial: "Judge Emmet G. Sullivan"),
# a comma not followed by a short name and another comma, or a word that opens what comes next (SourceTyper.name_stop)
_NAME_STOP_PUNCT = r"(?<!\s[A-Za-z])\.|[:;؟?\"]|[،,](?!\s*[A-Za-z\u0621-\u064a]+(\s+[A-Za-z.\u0621-\u064a]+){0,3}[،,])"
_INITIAL = re.compile(r"(?<=\s)[A-Z](?=\s)")  # a middle initial in a name read without its period: "George W Bush"
_PARTY_TAG = re.compile(r"\s*\((?:[RDI](?:-[A-Z][\w.]*)*|[A-Z][\w.]*\.)\)")  # "(R)", "(D-Calif.)", "(R-S.C.)"
_RELATION_END = re.compile(r"[,;:()]|\. ")  # the end of the words a possessive governs
# a title written as a possessor in a normalised text ("the senator's wife", "the governors' aides")
_POSSESSOR = re.compile(r"(?:'s|(?<=s)')\s")


@dataclass
class Typed:
    type: Optional[str]  # None: a pronoun or nothing, the previous speaker continues
    name: Optional[str] = None
    role: Optional[str] = None
    rules: list[str] = field(default_factory=list)
    bare_name: bool = False  # a name no lexicon or memory knows, typed a person by its capitals alone (src.name)


@dataclass
class Memory:
    """Names met so far in the article with the type they were first typed as (for bare surnames)."""

    names: dict[str, tuple[str, str]] = field(default_factory=dict)
    reasons: dict[str, str] = field(default_factory=dict)  # a name -> the rule that remembered it, if not a typing's
    offices: dict[str, str] = field(default_factory=dict)  # "الناطقة باسم وزارة الخارجية" -> its holder's name
    # a relative's whole construct set off after a name ("زوجة الرئيس الأمريكي"), or a definite relative named after
    # it ("الجدة"), -> that person's name; kept apart from the offices, as no relative's word is an office
    relatives: dict[str, str] = field(default_factory=dict)
    # a definite relative's word and the first name after it ("الوالدة مريم") -> the last place the body has them
    kin_names: dict[str, int] = field(default_factory=dict)
    heads: dict[str, "Typed"] = field(default_factory=dict)  # "the agency" / "الصحيفة" refers back
    genders: dict[str, str] = field(default_factory=dict)  # what the text shows of a speaker's gender (gender.py)
    sexes: dict[str, tuple[list[str], str]] = field(default_factory=dict)  # a known person's id -> name's words, sex (gender.py)
    guessed: dict[str, str] = field(default_factory=dict)  # a gender taken for the sentence after (gender.guess)
    addresses: frozenset[str] = frozenset()  # forms of address ("mrs.", "sir"): never a first name (gender.py)
    # a given name -> the sex it tells (closed.en.gender.*_given_name; gender.given): read-only, never copied
    given_names: Mapping[str, str] = field(default_factory=dict)
    titled: dict[str, int] = field(default_factory=dict)  # a name (normalised) a title introduces -> where in the body
    # a word of the body -> where the body first has it: indexed by `index` when first asked (few articles ask)
    seen: Optional[dict[str, int]] = None
    index: Optional[Callable[[], dict[str, int]]] = field(default=None, repr=False)
    at: Optional[int] = None  # where the sentence being read opens in the body; None: past it (the title)
    end: Optional[int] = None  # where it closes (Memory.met through it)
    title_words: frozenset[str] = frozenset()  # the words of the article's title (normalised): read before the body
    # the names (normalised words) whose campaign the body tells of ("Murphy's campaign"): candidates (SpanGrammar.candidacy)
    campaigns: frozenset[tuple[str, ...]] = frozenset()
    # the names the body gives as someone's relative or associate ("Mary Smith, his wife"): no candidates by a namesake's campaign
    associates: frozenset[tuple[str, ...]] = frozenset()
    # a noun a speaker was brought in by ("a young woman asked") -> where and their type (SpanGrammar.introduce)
    unnamed: dict[str, tuple[tuple[int, "Typed"], ...]] = field(default_factory=dict)

    def scratch(self) -> "Memory":
        """A copy to type trial phrases against: what typing them remembers (names and the rules that found them,
        offices, relatives, heads, genders, titles) is dropped with the copy; only the body's word index (`seen`),
        the same whoever builds it, is shared."""
        return replace(self, **{f.name: dict(value) for f in fields(self)
                                if f.name != "seen" and isinstance(value := getattr(self, f.name), dict)})

    def remember(self, name: str, type_: str, spelling: Optional[str] = None, rule: Optional[str] = None) -> None:
        """Remember a name by the words of its spelling in the text (the name itself by default); `rule`: the
        decision that found it, named again by what recalls it."""
        if rule is not None:
            self.reasons.setdefault(name, rule)
        for token in norm(spelling or name).split():
            if len(token) > 2:
                self.names.setdefault(token, (type_, name))

    def retype(self, name: str, type_: str, rule: Optional[str] = None) -> None:
        """Type again a name remembered before, as what the text goes on to say of it shows ("Mike Lee, a farmer");
        `rule`: the decision that typed it again, named by what recalls it after (with the one that found it)."""
        for token, (_, remembered) in self.names.items():
            if remembered == name:
                self.names[token] = (type_, name)
        if rule is not None and rule not in self.reasons.get(name, "").split():
            self.reasons[name] = f"{self.reasons.get(name, '')} {rule}".strip()

    def recall(self, span: str) -> Optional[tuple[str, str]]:
        for token in norm(span).split():
            if token in self.names:
                return self.names[token]
        return None

    def met(self, word: str, through: bool = False) -> bool:
        """Whether the body has the word (as `seen` keys it) before the sentence being read, or (`through`) before
        its end."""
        if self.seen is None:
            self.seen = self.index() if self.index is not None else {}
        first, bound = self.seen.get(word), self.end if through else self.at
        return first is not None and (bound is None or first < bound)

    def variant(self, word: str) -> Optional[tuple[str, str]]:
        """The one person remembered by a word one letter away from `word` (of four letters or more): the same
        name spelt otherwise ("خضير" after "محمد خضر"، "تيمكوشينكو" after "يوليا تيموشينكو"), or None."""
        found = {v for k, v in self.names.items() if len(word) >= 4 and _one_edit(word, k)}
        return found.pop() if len(found) == 1 else None


def _one_edit(a: str, b: str) -> bool:
    """Whether two different words are one letter added, dropped or changed apart."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), len(a))
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def _heads_span(n: str, head: str, conjunctions: frozenset[str]) -> bool:
    """Whether a head noun is in a span and not only as a second noun joined by و (`conjunctions`:
    closed.ar.conjunction_proclitic): "وسائل إعلام روسية ومصدر في موسكو" is typed as the media, so a later
    "المصدر" must not take their type."""
    i = n.find(head)  # each occurrence, as a regex of it would find them (asked for each head of each span)
    while i != -1:
        if not (n[i - 1:i] in conjunctions and n[i - 2:i - 1] in ("", " ")):
            return True
        i = n.find(head, i + len(head))
    return False


class SpanGrammar:
    """What typing a span leaves to its language's grammar (lang/ar_sources.py, lang/en_sources.py): where
    the head of a noun phrase stands, how a name is read. The defaults decide nothing."""

    max_name_words = 3  # words of a name remembered from a title: "Sen. John McCain"
    # the rule that names whom the span's other words only carry (`principal`): a spokesperson spoken through, a
    # statement spoken in
    principal_rule: Optional[str] = None

    def __init__(self, typer: SourceTyper):
        self.typer = typer
        # a span's name is read again by several steps of its typing and of the prescan (the typer, the titles of
        # others and the trade of one English span; 1,612 of the Arabic pools' 7,838 reads and 9,039 of 12,798 on
        # every fourth PolNeAR train article repeat one): it depends on the span and the rules alone
        self._names = lru_cache(maxsize=4096)(self._read_names)

    def name_tokens(self, original: str, leading: bool, last: bool) -> list[str]:
        """SourceTyper.name_tokens in this language (a copy of the cached reading: callers may change it)."""
        return list(self._names(original, leading, last))

    def _read_names(self, original: str, leading: bool, last: bool) -> tuple[str, ...]:
        return tuple(self._name_tokens(original, leading, last))

    def _name_tokens(self, original: str, leading: bool, last: bool) -> list[str]:
        """The tokens of a span that this language reads as a person's name (see SourceTyper.name_tokens)."""
        raise NotImplementedError

    def hashtags(self, span: str) -> str:
        """A span with its hashtags read as words."""
        return span

    def coordinated(self, span: str) -> Optional[re.Match]:
        """Where a second, coordinated noun opens, when the first one types the span."""
        return None

    def principal(self, span: str) -> Optional[str]:
        """The one the span names as speaking, without what only carries their words (`principal_rule`): a
        spokesperson they speak through ("Schilling, through a spokeswoman"), a statement they spoke in ("الوزارة
        في بيان لها"); None where it has none."""
        return None

    def spoken_through(self, body: str, start: int, end: int) -> bool:
        """Whether a spokesperson's office (at `start`:`end` of the body as written: case tells "his representative"
        from "Representative Jane Roe") is one its principal speaks through."""
        return False

    def lead(self, unquoted: str) -> Optional[list[str]]:
        """The name that opens the span, past which a title may follow; None where names need not open it."""
        return None

    def head_reading(self, span: str, n: str, unquoted: str, lead: Optional[list[str]], memory: Memory) -> Optional[Typed]:
        """The span typed by its head noun where the language's word order puts it, before any outlet or name."""
        return None

    def title_modifier(self, span: str, known, names: list[str]):
        """(known, names): a known name that only modifies a title yields to the name after it."""
        return known, names

    def heading_noun(self, span: str, n: str, memory: Memory) -> Optional[Typed]:
        """The span typed by a medium, a document or an organisation that heads it."""
        return None

    def office_holder(self, n: str, names: list[str], memory: Memory) -> Optional[str]:
        """The holder of a spokesperson's office named earlier in the article."""
        return None

    def unnamed_spokesperson(self, names: list[str], known, spoke) -> bool:
        """Whether the names with a spokesperson (`spoke`, its hit) are the known person they speak for, not theirs."""
        return False

    def heading_official(self, span: str, head, known, memory: Optional[Memory] = None) -> Optional[Typed]:
        """The span typed by an official or anonymous noun that heads it."""
        return None

    def past_office(self, n: str, role, roles: list) -> bool:
        """Whether the office `role` (a hit in the normalised text `n`) is told of as held no more, and no office
        after it (`roles`) is held now: its holder is a person. Never in the default reading."""
        return False

    def appositive_name(self, span: str, names: list[str], memory: Memory) -> Optional[Typed]:
        """A name heading the span, described after a comma."""
        return None

    def unintroduced(self, names: list[str], memory: Memory) -> Optional[Typed]:
        """A name no title, known name or memory explains, when the article never introduced it: the person
        it names by another spelling, or unresolved; None keeps it a name."""
        return None

    def ends_with(self, n: str, hit) -> bool:
        """Whether a noun that closes the span is its head, names or not."""
        return False

    def affiliated(self, n: str, hit) -> bool:
        """Whether a person named in the span is only affiliated with the organisation at `hit`."""
        return False

    def person_head(self, span: str, hit) -> Optional[list[str]]:
        """The names of the person heading the span ([] if named by a noun), whom the organisation or the state at
        `hit` only qualifies; None if no person heads it."""
        return None

    def place(self, n: str, hit) -> bool:
        """Whether a country at `hit` is a place the span names, not the state."""
        return False

    def head_hit(self, family: str, n: str, before_title: bool = True):
        """The first hit of a lexicon that can be the span's head (`before_title`: also right before a title)."""
        return self.typer.search(family, n)

    def unexplained(self, span: str, n: str, memory: Optional[Memory] = None) -> Typed:
        """A span that no lexicon, name or memory explains (`memory`: what the body brought in before it)."""
        return Typed("unattributed", rules=["src.unknown"])

    def name_parts(self, after_comma: list[str]) -> list[str]:
        """The two sides of a comma after a title, in the order a name is looked for in them."""
        return after_comma

    def holders(self, title: str, segment: str, names: list[str]) -> list[list[str]]:
        """The names that hold a title (`names`: what the prescan found for it; `segment`: the words after it)."""
        return [names] if names else []

    def titled_name(self, body: str, nb, end: int) -> list[str]:
        """A name opened by an honorific past the body a title heads."""
        return []

    def offices(self, body: str, family: str, start: int, end: int, names: list[str], memory: Memory) -> list[str]:
        """The names of a title's holder, remembering the office as written to know it again unnamed."""
        return names

    def name_before_role(self, before: str) -> list[str]:
        """The words of a name written before a role and a comma, at the end of `before`."""
        return []

    def name_closing_sentence(self, body: str, at: int) -> list[str]:
        """The words of a full name that a comma at `at` sets after a role and that ends the sentence."""
        return []

    def another_person(self, words: list[str], remembered: list[str], n: str) -> bool:
        """Whether a name (`words`, normalised) that recalls someone met before (`remembered`) by one of its words
        names another person: it opens with their first name and goes on with a word of its own ("محمد خضر"
        after "محمد عزوز"); the span `n` holds the name as written. A family name alone is the same one, and so is
        a middle initial with or without its period ("Roy M Neel" read from the span, "Roy M. Neel" remembered)."""
        return len(words) > 1 and len(remembered) > 1 and words[0] == remembered[0] \
            and words[1].rstrip(".") not in {w.rstrip(".") for w in remembered}

    def introductions(self, introduced: list[tuple[int, str, str]], known: list[tuple[int, str, str]]):
        """The (where, name, spelling) of the names a title introduces and of the gazetteer's names in the body,
        in the order the prescan remembers them: the first to remember a word is the person a bare word
        recalls. The titled names first: "كيم" is the minister introduced as such, not Kim Jong Un."""
        return [*introduced, *known]

    def lead_kin(self, body: str, nb, known: list) -> list[tuple[int, str, str]]:
        """The (where, name, spelling) of the people the lead names by a known person's family name after a given
        name of their own, before that person's full name: the article's subject, whom a later bare family name
        recalls. No one in the default reading."""
        return []

    def named_relatives(self, body: str, nb, people, memory: Memory) -> None:
        """Remember the relatives (of the person_role lexicon `people`) introduced after their own name, to know them
        again unnamed. None in the default reading."""

    def introduce(self, n: str, typed: Typed, memory: Memory) -> None:
        """Remember the noun a speaker's span (`n`: normalised, typed `typed`) brings them in by ("a young woman
        asked"), for a later "the woman" (src.definite_person.introduced). None in the default reading."""

    def unnamed_subjects(self, body: str, memory: Memory) -> None:
        """Remember where a sentence of the body opens on a person brought in unnamed ("One man in Manchester ...
        spoke up"), for a later "the man" (src.definite_person.introduced). None in the default reading."""

    def campaigns(self, body: str, memory: Memory) -> None:
        """Remember the names whose campaign for office the body tells of (Memory.campaigns). None in the default
        reading."""

    def candidacy(self, typed: Typed, memory: Memory) -> Typed:
        """A named person typed by the name alone who runs a campaign the body tells of is a candidate (an
        official); the default reading keeps the typing."""
        return typed

    def seen_index(self, nb) -> Optional[Callable[[], dict[str, int]]]:
        """What indexes where the body (`nb`: normalised) first has each word, for Memory.met; None: never asked."""
        return None


class SourceTyper:
    """Types a span in the shared order of rules/sources.yaml; where a decision depends on the grammar, it asks
    the span's language: the reader of Arabic spans (`arabic`) or of the others (`english`)."""

    def __init__(self, rules: RuleSet, words: WordClasses, arabic: type[SpanGrammar], english: type[SpanGrammar]):
        self.rules = rules
        self.words = words
        self.lex = {f: rules.lexicon(f) for f in (
            "pronoun", "role", "spokesperson", "official_noun", "anonymous_noun", "authority",
            "document_noun", "org_noun", "media_generic", "state_media_generic", "known_official",
            "indefinite", "anaphor", "nobody", "person_role")}
        # every lexicon's hits in a normalised span, by family, first first: what typing and a span grammar read of
        # a span, scanned once for all of them (cached: spans come back); not the indefinite nouns, searched only
        # before a role (type_span)
        self.hits = lru_cache(maxsize=256)(LexiconSet({
            **{f: lx for f, lx in self.lex.items() if f != "indefinite"},
            "outlet": rules.outlet_names, "intelligence": rules.intel_lexicon,
            "country": rules.country_lexicon}).scan)
        self.function_words = rules.terms("function_word") | rules.terms("boundary")
        # (name, head nouns) of each anaphor entry: "the agency" refers back to the last source with that head
        self.anaphor_heads = [(e.name, e.name.split("|")) for e in rules.entries if e.family == "anaphor" and e.name]
        self.time_words = rules.terms("time_word")
        self._unjoined = re.compile("^" + opening(words.conjunction_proclitics))  # و، ف written onto a word
        # asked of each word the Arabic subject walks read (12,001 asks on the pools, of a few thousand words): it
        # depends on the word and the rules alone
        self.is_time_word = lru_cache(maxsize=16384)(self._is_time_word)
        # the end of a name after an office: punctuation or a word of closed.ar.name_stop, closed.en.name_stop
        self.name_stop = re.compile(_NAME_STOP_PUNCT + "| " + opening(words.name_stops) + r"\b")
        self.place_prepositions = rules.terms("place_preposition")
        self.lexicon_words = set()
        for fam in ("role", "official_noun", "anonymous_noun", "authority", "document_noun", "org_noun",
                    "media_generic", "state_media_generic", "indefinite", "spokesperson", "person_role"):
            for t in rules.terms(fam):
                self.lexicon_words.update(t.split())
        for c in rules.countries.countries:
            for t in [*c.names, *c.adjectives, *c.capitals]:
                self.lexicon_words.update(norm(t).split())
        for service in rules.intel.services:  # "CIA Director John Brennan" is named John Brennan
            self.lexicon_words.update(norm(t) for t in [service.name, *service.names] if t.isascii() and " " not in t)
        # every Arabic closed class says a word is no name, but the steps' word lists (مصدر، أبو)
        arabic_closed = frozenset(norm(t) for e in rules.entries if e.family == "closed_class" and e.lang == "ar"
                                  and e.id not in words.ids for t in e.all_terms())
        # what may follow an office that stays unnamed: a country adjective without the article, a
        # preposition ("عضو في"), an adjective of rank ("كبير", "سابق": closed.ar.rank); never a state or capital
        # by name, which a closed class may hold (closed.ar.masculine_country): "ملك الأردن" is the one king, and
        # the places of a state that are no capital (place.ar.sa): "محافظ جدة" is the one governor
        places = {norm(t) for c in rules.countries.countries for t in [*c.names, *c.capitals]} | rules.terms("place")
        self.indefinite_words = frozenset(
            {norm(a) for c in rules.countries.countries for a in c.adjectives if not norm(a).startswith("ال")}
            | arabic_closed | rules.terms("indefinite")) - places
        # Arabic names are what no closed class, lexicon, time word or speech verb explains (chunker.py): "عندئذ"
        # after a spokesperson is when he spoke (src.time_then.ar), no name
        verbs = set().union(*(rules.terms(f) for f in (*SPEECH_FAMILIES, "opinion", "participle", "relay", "according")))
        excluded = self.lexicon_words | self.function_words | self.time_words | verbs | arabic_closed
        self.arabic_names = ArabicNames(frozenset(excluded),
                                        frozenset(self.lexicon_words), closed_class(rules, "closed.ar.honorific"),
                                        words.name_links, words.preposition_clitics,
                                        entry_patterns(rules, "closed.ar.verbal_noun"), arabic_closed,
                                        (words.conjunction_proclitics, words.preposition_proclitics),
                                        words.final_ha_names, words.name_particles,
                                        frozenset(norm(t) for t in rules.terms("known_official") if not t.isascii()),
                                        words.clause_complementizers)
        self.arabic = arabic(self)
        self.english = english(self)

    def _is_time_word(self, token: str) -> bool:
        """Whether a word is a time word (src.time.*), with و or ف written onto it and a comma after it (read
        through the cache `is_time_word`)."""
        return self._unjoined.sub("", norm(token).strip("،,")) in self.time_words  # "والثلاثاء"

    def time_or_plural(self, word: str) -> bool:
        """Whether a normalised English word is a time word or its plural (src.time.en: "week", "weeks",
        "Tuesdays"), the word that makes a run of time-phrase words a time phrase (lang/en.py, en_subjects.py)."""
        return word in self.time_words or word.endswith("s") and word[:-1] in self.time_words

    def grammar(self, text: str) -> SpanGrammar:
        """The reader of a span's language, by its script."""
        return self.arabic if is_arabic(text) else self.english

    def name_tokens(self, original: str, leading: bool = False, last: bool = False) -> list[str]:
        """Tokens of a span that look like a person's name (not lexicon or function words); with
        `leading`, an Arabic name must open the span (no title before it); with `last`, it is the
        last name of the span (after a title and its institution)."""
        return self.grammar(original).name_tokens(original, leading, last)

    def classify(self, span: str, memory: Memory) -> Typed:
        if "#" in span:
            span = self.grammar(span).hashtags(span)
        if _QUOTED.fullmatch(span.strip()):
            span = span.strip()[1:-1]  # «أم باسم», "وفا": a name in quotation marks, read as the name
        n = norm(span)
        if not n or self._only("pronoun", n):
            return Typed(None, rules=["src.continuation"])
        if self._only("nobody", n):
            return Typed("unattributed", rules=["src.nobody"])  # "nobody asked": no one is cited
        anaphor = self.search("anaphor", n)
        if anaphor is not None and self._only("anaphor", n):
            # the last source with the anaphor's own noun first ("the adviser" after "Clinton adviser John Podesta"
            # and "A Trump aide" is Podesta), else the last with any of its entry's nouns ("The aide" after "a White
            # House official")
            name = anaphor.value.name or ""
            own = [h for h in name.split("|") if h and h in anaphor.text]
            earlier = next((memory.heads[k] for k in (*(f"{name}/{h}" for h in own), name) if k in memory.heads), None)
            if earlier is not None:
                return Typed(earlier.type, name=earlier.name, rules=[*earlier.rules, anaphor.entry_id])
        typed = self.type_span(span, n, memory)
        g = self.grammar(n)  # asked once: its script is read by a regex
        second = g.coordinated(span)
        if second is not None and typed.type not in (None, "unattributed"):
            # "المرصد السوري والإعلام الرسمي": coordinated sources are typed by the first one named
            first = self.type_span(span[:second.start()], norm(span[:second.start()]), memory)
            if first.type not in (None, "unattributed"):
                typed = Typed(first.type, first.name, first.role, [*first.rules, "src.coordinated"])
        typed = g.candidacy(typed, memory)
        g.introduce(n, typed, memory)
        if typed.type not in (None, "unattributed"):
            remembered = replace(typed, rules=list(typed.rules))  # as typed: not what the claim adds to it after
            for name, heads in self.anaphor_heads:
                held = [h for h in heads if _heads_span(n, h, self.words.conjunction_proclitics)]
                if held:
                    memory.heads[name] = remembered
                for h in held:  # and by each noun it holds, for an anaphor of that noun
                    memory.heads[f"{name}/{h}"] = remembered
        return typed

    def type_span(self, span: str, n: str, memory: Memory) -> Typed:
        """A span (`n`: normalised) typed in the shared order, without its anaphors or coordinated nouns."""
        g = self.grammar(n)
        principal = g.principal(span)
        if principal is not None:  # "Schilling, through a spokeswoman", "الوزارة في بيان لها": typed by the speaker
            typed = self.type_span(principal, norm(principal), memory)
            return replace(typed, rules=[*typed.rules, g.principal_rule])
        unquoted = _PARTY_TAG.sub(" ", _QUOTED.sub(" ", span))  # quoted words name things; "(R-S.C.)" no one
        lead = g.lead(unquoted)
        typed = g.head_reading(span, n, unquoted, lead, memory)
        if typed is not None:
            return typed
        hit = self.search("state_media_generic", n)
        outlet = self.search("outlet", n)
        if outlet is not None and outlet.value.kind == "state":
            return Typed("state_media", name=outlet.value.name, rules=[outlet.entry_id])
        if hit is not None:
            return Typed("state_media", name=span.strip(), rules=[hit.entry_id])
        intel = self.head_hit("intelligence", n, before_title=False)  # "CIA Director John Brennan" is the director
        if intel is not None:
            name = intel.value.name if intel.family == "service" else span.strip()
            return Typed("intelligence", name=name, rules=[intel.entry_id])
        if outlet is not None and not self._before_title("outlet", n):
            return Typed("media", name=outlet.value.name, rules=[outlet.entry_id])
        known = self.head_hit("known_official", n)
        remembered = memory.recall(span) if known is not None else None
        if remembered is not None and remembered[1] != known.value.name:  # type: ignore[union-attr]
            known = None  # a later "كيم" is the person this article introduced with it, not Kim Jong Un
        names = self.name_tokens(unquoted)
        if outlet is not None:  # before a title: "Breitbart News Executive Chairman Stephen K. Bannon" names no Breitbart
            names = [t for t in names if norm(t).strip(".") not in outlet.text.split()]
        known, names = g.title_modifier(span, known, names)
        typed = g.heading_noun(span, n, memory)
        if typed is not None:
            return typed
        spoke = self.search("spokesperson", n)
        if spoke is not None:
            holder = g.office_holder(n, names, memory)
            if holder is not None:
                # "الناطقة باسم وزارة الخارجية الأمريكية" after "... هيذر نويرت": the office the article
                # introduced with its holder's name is that person
                return Typed("named_official", name=holder, role=span.strip(), rules=[spoke.entry_id, "src.office_holder"])
            if g.unnamed_spokesperson(names, known, spoke):
                names = []  # "a Clinton campaign spokesman", "a spokesman for Clinton": a spokesperson, unnamed
            if names:
                memory.remember(" ".join(names), "named_official")
                return Typed("named_official", name=" ".join(names), role=span.strip(), rules=[spoke.entry_id, "src.name"])
            return Typed("named_organization", name=span.strip(), role="spokesperson", rules=[spoke.entry_id])
        official = self.search("official_noun", n)
        anonymous = self.search("anonymous_noun", n)
        head = official if official is not None and official.start == 0 else anonymous
        typed = g.heading_official(span, head, known, memory)
        if typed is not None:
            return typed
        if official is not None and names and not known:
            name = " ".join(names)
            if self._held_no_more(n, official, names, g):  # "Dennis B. Ross, a former senior adviser to Mr. Obama"
                memory.remember(name, "named_person")
                return Typed("named_person", name=name, role=span.strip(), rules=[official.entry_id, "closed.en.former_office"])
            memory.remember(name, "named_official")
            return Typed("named_official", name=name, role=span.strip(), rules=[official.entry_id, "src.name"])
        if (official or anonymous) and not known and not names:
            hit = official or anonymous
            if official is not None and anonymous is not None and anonymous.start < official.start < anonymous.end:
                hit = anonymous  # "business leaders": the anonymous noun holds the official one and qualifies it
            return Typed(hit.value.type, name=None, role=span.strip(), rules=[hit.entry_id])
        role = self.search("role", n)
        trade = self._trade_holding(n, role) if role is not None and names and not known else None
        if trade is not None:  # "deputy editorial page editor Bret Stephens": a trade's rank, as the prescan reads it
            name = " ".join(names)
            memory.remember(name, "named_person")
            return Typed("named_person", name=name, role=span.strip(), rules=[trade.entry_id, "src.name"])
        if role is not None:
            indefinite = self.lex["indefinite"].search(n, 0, role.start + 1)
            if indefinite is not None and indefinite.start < role.start and not names and not known:
                return Typed("anonymous_official", role=span.strip(), rules=[role.entry_id, indefinite.entry_id])
            name = known.value.name if known else (" ".join(names) or None)
            if name and not known and self._held_no_more(n, role, names, g):
                memory.remember(name, "named_person")
                return Typed("named_person", name=name, role=span.strip(), rules=[role.entry_id, "closed.en.former_office"])
            if name:
                memory.remember(name, "named_official")
            return Typed("named_official", name=name, role=span.strip(), rules=[role.entry_id] + ([known.entry_id] if known else []))
        if known is not None:
            # "تيريزا ماي" first, "ماي" after: the article's own short form of a known name
            memory.remember(known.value.name, "named_official", spelling=known.text)
            return Typed("named_official", name=known.value.name, rules=[known.entry_id])
        if lead is not None:
            names = lead
        recalled = memory.recall(" ".join(names)) if names else None
        if recalled and g.another_person(norm(" ".join(names)).split(), norm(recalled[1]).split(), n):
            recalled = None  # "محمد خضر" after "محمد عزوز", "Eric Trump" after "Donald Trump": another person
        if recalled:
            return Typed(recalled[0], name=recalled[1], rules=["src.memory", *memory.reasons.get(recalled[1], "").split()])
        typed = g.appositive_name(span, names, memory)
        if typed is not None:
            return typed
        authority = self.search("authority", n)
        if authority is not None:  # a country's authorities, named ("السلطات المصرية") or the article's own
            country = self.search("country", n)
            return Typed(authority.value.type, name=span.strip(),
                         rules=[authority.entry_id, *([country.entry_id] if country is not None else [])])
        doc = self.search("document_noun", n)
        if doc is not None and (not names or g.ends_with(n, doc)):
            # "The latest Rasmussen Reports poll": in English the last noun is the head
            return Typed("document", name=span.strip(), rules=[doc.entry_id])
        org = self.head_hit("org_noun", n)
        headed = g.person_head(span, org)  # "One employee at a software firm": a person heads the span
        if org is not None and (names and g.affiliated(n, org) or headed is not None):
            org = None  # "Michael O'Hanlon, a senior fellow at the Brookings Institution": a person, affiliated
        if org is not None:
            return Typed("named_organization", name=span.strip(), rules=[org.entry_id])
        media = self.search("media_generic", n)
        if media is not None:
            return Typed("media", name=span.strip(), rules=[media.entry_id])
        country = self.head_hit("country", n)
        headed = headed if headed is not None or country is None else g.person_head(span, country)
        if country is not None and (g.place(n, country) or headed is not None):
            country = None  # "refugees from Iraq", "the fifth most dangerous city in America": a place, not the state
        names = names if headed is None else headed  # "lawyers with the CARA ... Project": no name heads it
        if country is not None and not names:
            return Typed("named_organization", name=country.value.names[0] if country.value.names else span.strip(),
                         rules=[country.entry_id])
        unintroduced = g.unintroduced(names, memory) if names else None  # a document heads it if unresolved
        if unintroduced is not None and (unintroduced.type is not None or doc is None):
            return unintroduced
        if names and unintroduced is None:
            name = " ".join(names)
            memory.remember(name, "named_person")
            return Typed("named_person", name=name, rules=["src.name"], bare_name=True)
        if doc is not None:
            return Typed("document", name=span.strip(), rules=[doc.entry_id])
        return g.unexplained(span, n, memory)

    def _held_no_more(self, n: str, office, names: list[str], g: SpanGrammar) -> bool:
        """Whether a name before an office or right after it (not a body after it: "the former CEO of
        Hewlett-Packard") holds it no more (SpanGrammar.past_office): a person."""
        roles = self.hits(n)["role"]
        # the longest office holding the word: "the former deputy national security adviser" is no aide's
        office = max((h for h in roles if h.start <= office.start and office.end <= h.end), default=office,
                     key=lambda h: h.end - h.start)
        at = n.find(norm(names[0]))  # a name not found: the office may be its own (the safe answer, an official)
        return at >= 0 and (at < office.start or at == office.end + 1) and g.past_office(n, office, roles)

    def search(self, family: str, n: str):
        """The first hit of one of the span's lexicons in the normalised span (a search of that lexicon)."""
        hits = self.hits(n)[family]
        return hits[0] if hits else None

    def head_hit(self, family: str, n: str, before_title: bool = True):
        """The first hit of a lexicon that can be the span's head (the language says which)."""
        return self.grammar(n).head_hit(family, n, before_title)

    def _before_title(self, family: str, n: str) -> bool:
        """Whether a lexicon's head in the span only modifies the title after it ("CBC Chairman G.K. Butterfield",
        "CNN President Jeff Zucker": the holder is the body's officer, LABELLING: an executive is a named_official),
        as for the CIA's director; a possessor ("the Washington Post's investigative unit") stays the head."""
        return self.head_hit(family, n) is not None and self.head_hit(family, n, before_title=False) is None

    def _only(self, family: str, n: str) -> bool:
        hit = self.search(family, n)
        return hit is not None and hit.start == 0 and hit.end >= len(n.strip())

    def _known_whole(self, name: str):
        """The known official a name is wholly one of the spellings of, or None."""
        known = self.lex["known_official"].search(norm(name))
        return known if known is not None and set(norm(name).split()) <= set(known.text.split()) else None

    @staticmethod
    def _relation_office(nb: str, hit, known: list, roles: list, g: SpanGrammar) -> bool:
        """Whether a title followed by its known holder's possessive ("President Barack Obama’s ...") is followed by an
        office held now in the words up to the next comma or full stop, the relation of the name before the title;
        True for a title with no such possessor."""
        possessor = next((k for k in known if k.start == hit.end + 1 and nb[k.end:k.end + 2] in ("'s", "’s")), None)
        if possessor is None:
            return True
        stop = _RELATION_END.search(nb, possessor.end, possessor.end + 60)
        end = stop.start() if stop else possessor.end + 60
        return any(possessor.end < h.start < end and not g.past_office(nb, h, []) for h in roles)

    def _within_trade(self, text: str, hit: Hit) -> bool:
        """Whether a longer trade holds an office's word: "قائد المنتخب" opens with one (a player), as "director of
        the University of New Hampshire Survey Center" (title.en.research_head), read over a body's name; "editor in
        chief" (title.en.newsroom) ends with one. The trade's holder is no office holder."""
        return self._trade_holding(text, hit) is not None

    def _trade_holding(self, text: str, hit: Hit) -> Optional[Hit]:
        """The longer trade that holds an office's word (SourceTyper._within_trade), or None. The hits come leftmost
        first: those opening past the office's word cannot hold it, so the scan stops at the first of them (a body
        of many offices, "محافظ جدة ومحافظ جدة ...", would otherwise scan the whole window after each office)."""
        start = text.rfind(" ", 0, max(0, hit.start - 40)) + 1
        trades = takewhile(lambda t: t.start <= hit.start, self.lex["person_role"].finditer(text, start, hit.end + 100))
        return next((t for t in trades if t.end >= hit.end and t.end - t.start > hit.end - hit.start), None)

    def prescan(self, scanned: ScannedBody, memory: Memory) -> None:
        """Remember role-bearing and known names across the body before typing sources."""
        body, nb, hits = scanned.text, scanned.normalized, scanned.hits
        roles = [*hits["role"], *hits["official_noun"], *hits["spokesperson"]]
        body_grammar = self.grammar(body)
        introduced: list[tuple[int, str, str]] = []  # (where, name, spelling) of each name a title introduces
        for hit in roles:
            if body_grammar.spoken_through(body, *nb.span(hit.start, hit.end)):
                continue  # "Schilling, through a spokeswoman": no office of Schilling's
            if self._within_trade(nb.text, hit):
                continue
            if _POSSESSOR.match(nb.text, hit.end):
                # "the senator's wife, Jane Sanders", "The governor's daughter, Mary Roe, said": the noun after the
                # possessive heads the words before the name (a relative, a trade), not the title; an office there
                # is a title of its own ("the governor's chief of staff, Mary Roe"), read as such
                continue
            # "ROLE NAME" or "ROLE, NAME," ...
            window = nb.text[hit.end:hit.end + 60]
            stop = self.name_stop.search(window)
            a, b = nb.span(hit.end, hit.end + (stop.start() if stop else len(window)))
            segment = body[a:b]
            after_comma = COMMA.split(segment, maxsplit=1)
            # Arabic puts the name after the office and a comma ("أمين المجمع، محسن رضائي"); English
            # keeps it next to the title ("Sen. John McCain, Republican of Arizona")
            g = self.grammar(segment or hit.text)  # nothing after the office ("عضو في"): the office's language
            parts = g.name_parts(after_comma)
            names = g.titled_name(body, nb, hit.end)
            names = names or next((found for part in parts if (found := self.name_tokens(part))), [])
            names = names or g.name_closing_sentence(body, b)
            # ... or "NAME, (the) ROLE", "NAME, Clinton's Latino vote director"; before the title of a known person
            # whose relation describes the name, only if an office held now is that relation ("Rahm Emanual, President
            # Obama’s first White House Chief of Staff"; not "David Axelrod, President Barack Obama’s former top
            # adviser", "Heidi Cruz, Senator Ted Cruz's wife": the title is Obama's, Cruz's)
            role_start = nb.span(hit.start, hit.end)[0]
            if not names and not self._relation_office(nb.text, hit, hits["known_official"], roles, body_grammar):
                continue
            names = names or body_grammar.name_before_role(body[max(0, role_start - 60):role_start])
            names = g.offices(body, hit.family, role_start, b, names, memory)
            if names and body_grammar.past_office(nb.text, hit, []):
                continue  # "Maureen Sherry, a former managing director at Bear Stearns": a person ever after
            for holder in g.holders(hit.text, segment, names):  # "Reps. Jane Roe and John Doe": each holds it
                name = " ".join(holder[:g.max_name_words])
                if _INITIAL.search(name) and (self._known_whole(" ".join(_INITIAL.sub(" ", name).split()))
                                              or self._known_whole(_INITIAL.sub(lambda m: m.group() + ".", name))):
                    continue  # "President Vladimir V. Putin", "George W. Bush": known, remembered below in the text's order
                known = self._known_whole(name)
                # a known person's words in the text point at their canonical name
                introduced.append((hit.start, known.value.name if known else name, name))
                memory.titled.setdefault(norm(introduced[-1][1]), role_start)
                if hit.family == "role" and known is None:
                    # "Jane Roe, who represents Ohio's 3rd District,": the office that made her an official is
                    # named again wherever her name is recalled (src.memory title.en.constituency)
                    memory.reasons.setdefault(introduced[-1][1], hit.entry_id)
        known_names = [(hit.start, hit.value.name, hit.text) for hit in hits["known_official"]]
        titled = {norm(name) for _, name, _ in introduced}  # a relative with an office of their own is an official
        for _, name, spelling in body_grammar.lead_kin(body, nb, hits["known_official"]):
            # "Last week, Eric Trump said": a later "Trump" is Eric
            memory.remember(name, "named_official" if norm(name) in titled else "named_person", spelling, "src.lead_kin.en")
        body_grammar.named_relatives(body, nb, self.lex["person_role"], memory)
        for _, name, spelling in body_grammar.introductions(introduced, known_names):
            memory.remember(name, "named_official", spelling)  # by the words the article spells
        memory.index = body_grammar.seen_index(nb)
        body_grammar.unnamed_subjects(body, memory)
        body_grammar.campaigns(body, memory)

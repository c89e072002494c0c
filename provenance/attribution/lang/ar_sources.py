"""Typing Arabic spans: the head noun comes first, a name opens the span or follows its title, offices
are remembered with their holders.

Arabic puts the head noun first ("مصادر طبية فلسطينية" is sources, whatever follows) and a name after the
office and a comma ("أمين المجمع، محسن رضائي"); a name has no capitals, so it is what no closed class or
lexicon explains (chunker.py); a statement carries its issuer's claim ("بيان لوزارة الخزانة").
"""
from __future__ import annotations

import re
from functools import lru_cache, partial
from typing import Callable, Optional

from ...normalize import fold_char, is_arabic, norm, normalize, with_attached
from ...rules import SPEECH_FAMILIES, plural_singulars
from ..chunker import MARKS
from ..sources import COMMA, TOKEN, Memory, SpanGrammar, Typed, last_comma
from ..words import closed_class, entry_patterns, issuer_readings, opening, written_class

_HASHTAG = re.compile(r"#(\w+)")
_INTEL_PEOPLE = "intel.people.ar"  # rules/ar/sources.yaml
_RELATIVE = "title.ar.relative"  # rules/ar/titles.yaml
_OFFICE_PLURAL = "title.ar.office_plural"  # rules/ar/titles.yaml: offices in the plural and the dual
_MEMBER_OFFICE = "closed.ar.member_office"  # rules/ar/titles.yaml: members, representatives of no state's body: people
_RELATIVE_WORDS = 4  # words of a relative's construct set off after a name: "زوجة الرئيس الأمريكي"
DEFINITE = re.compile(r"^[وف]?[بلك]?ال|^لل")  # the article, after the proclitics
_QUOTE_MARKS = re.compile(r'["«»“”]')
_AR_AND_THE = re.compile(r"\s+و(?=ال\S)")  # "و" + the article opening a word: a second, coordinated noun
_GIVEN = ("names.ar.given_male", "names.ar.given_female", "names.ar.given_foreign")  # rules/ar/given_names.yaml
_TITLE_FAMILIES = ("role", "spokesperson", "official_noun", "person_role")
_SPOKEN_IN = "closed.ar.spoken_in"  # "وقالت الوزارة في بيان لها": where the one named before spoke
_APPOSITIVE_OFFICE = "src.ar.appositive_office"  # a holder named before the office (ArabicSpans.offices)
_SPOKESPERSON_WORD = "closed.ar.spokesperson_word"  # متحدث، ناطق: nouns of one office (ArabicSpans._spokesperson_word)
_BODY_CONSTRUCT = "src.ar.body_construct"  # rules/ar/sources.yaml: "سفارة الولايات المتحدة"
_NONSTATE_FORCE = "closed.ar.nonstate_force"  # rules/ar/sources.yaml: "مصادر في قوات المعارضة" is no official
# the words of an office's place after في, up to four, then the comma before its holder: "في مركز التنبؤ بالعواصف، "
_PLACE_THEN_COMMA = re.compile(r"\s*(?:[^\s،,.:;؛\"«»()؟?]+\s+){0,3}[^\s،,.:;؛\"«»()؟?]+\s*[،,]")
# up to four words right before an Arabic office, with or without a comma between ("أفيخاي أدرعي، المتحدث"), matched
# once on the text before the office read backwards (its words and the comma reversed): searched forwards and anchored
# at the office with `$`, the pattern was tried and backtracked from each of the 60 characters before it
_AR_BEFORE_OFFICE = re.compile(r"\n? *([،,])? *([^\s،,.:;؛\"«»()]+(?: +[^\s،,.:;؛\"«»()]+){0,3})")


def relative_verbs(words: frozenset[str]) -> str:
    """A regex of the forms of relative verbs and participles, then the spaces before their agent ("بيان أصدرته"،
    "بيان صادر عن": closed.ar.issued_by), a phrase's words apart by any spaces."""
    return opening(words).replace(re.escape(" "), r"\s+") + r"\s+"


def said_again(said: list[str], earlier: list[str]) -> bool:
    """Whether an office's words `said` are those of an `earlier` mention in order, from its first:
    shortened ("المتحدث باسم الداخلية" after "المتحدث الرسمي باسم وزارة الداخلية") or its title alone."""
    rest = iter(earlier)
    return earlier[:1] == said[:1] and all(w in rest for w in said)


def _office_holder(office: str, memory: Memory, same_word: Callable[[str], str]) -> Optional[str]:
    """The holder of an office the article named before, by its words as written, or said again shortened
    ("المتحدث باسم المقاومة" after "المتحدث باسم المقاومة الوطنية في اليمن"، "وبين المتحدث" after "إريك
    باهون، المتحدث باسم البنتاغون"; src.office_holder) when one holder with a first and a family name fits;
    `same_word` writes the nouns that name one office alike."""
    if office in memory.offices:
        return memory.offices[office]
    if not DEFINITE.match(office):
        return None
    said = [same_word(w) for w in office.split()]
    holders = {h for o, h in memory.offices.items()
               if said_again(said, [same_word(w) for w in o.split()]) and len(h.split()) > 1}
    return holders.pop() if len(holders) == 1 else None


# an adjective of relation (nisba) without the article, and no definite noun after it: "قائد ميداني في"،
# "مستشار تدريبي من"; not "رئيس نادي الهلال" (a noun in a construct)
_NISBA = re.compile(r"\s*(?!ال)(\S{3,}ي)(?:\s+(?!ال)|[،,.]|$)")
# the same after a feminine noun, ة written ه: "جماعة مسلحة"، "جماعة حقوقية"; not "سفارة دولة الإمارات"
_FEMININE_ADJECTIVE = re.compile(r"\s*(?!ال)(\S{2,}ه)(?:\s+(?!ال)|[،,.]|$)")


# an adjective of relation in the plural or the dual, with the article or not: "دوليون"، "الأوروبيون"، "أمريكيان"
_NISBA_PLURAL = re.compile(r"^(?:ال)?\S{2,}ي(?:ون|ين|ان)$")


def _nisba(n: str, end: int) -> Optional[str]:
    """The adjective of relation right after an office ("ميداني"), which says its holder is unnamed."""
    m = _NISBA.match(n, end)
    return m.group(1) if m is not None else None


def _adjective_after(n: str, title, name: str, naming: frozenset[str]) -> bool:
    """Whether the name read after an indefinite title of people is the word right after it: an adjective, no
    name (Arabic names a person with the article, "الطالب فلان", or apart, "طالب، فلان"، "طالب يدعى فلان": a verb
    of naming, closed.ar.naming_verb, is followed by the name)."""
    following = n[title.end:].split()[:1]
    definite = any(DEFINITE.match(w) for w in title.text.split())  # "رجل الأعمال خلدون الزعبي" is named
    return not definite and n[title.end:title.end + 1] == " " and following == norm(name).split()[:1] \
        and not naming.intersection(following)


def _indefinite(n: str, start: int, end: int, adjectives: frozenset[str]) -> bool:
    """An Arabic office without the article and without a definite complement: "وزير إسرائيلي",
    "مستشار سابق", "عضو في البرلمان"; not "رئيس الحكومة", "سفير أوكرانيا" (a country's ambassador)."""
    if any(DEFINITE.match(w) for w in n[start:end].split()):
        return False
    following = n[end:].split()[:1]
    return not following or following[0] in adjectives


# one of a group of people or of officials, named after a comma: "أحد المحامين، أحمد حسن" (closed.ar.partitive)
_NAMED_MEMBER = {"anonymous": "named_person", "anonymous_official": "named_official"}
_COUNTED_KEEP = ("anonymous", "media", "state_media", "intelligence", "document")  # what a counted group stays


class ArabicSpans(SpanGrammar):
    max_name_words = 5  # "عادل بن محمد الملحم"، "عبدالله بن زايد آل نهيان" (five words only past a link: _linked_cut)
    principal_rule = _SPOKEN_IN

    def __init__(self, typer):
        super().__init__(typer)
        # في or ب before a statement's vehicle, with the article or a pronoun: "في بلاغ لها"، "ببيانها" (as written)
        vehicles = written_class(typer.rules, "closed.ar.statement_noun") | written_class(typer.rules, _SPOKEN_IN)
        pronouns = written_class(typer.rules, "closed.ar.object_pronoun")
        vehicles = vehicles.union(*(with_attached(v, pronouns) for v in vehicles))  # "رسالتها": ة written ت
        self.spoken_in = re.compile(r"(?<!\S)(?:في\s+|ب)(?:ال)?" + opening(vehicles)
                                    + r"(?![^\s،,.:؛\"»])")
        # a country's own words, some opening with ل or ب (ليبيا، بريطانيا): no preposition attached
        self.prepositions = closed_class(typer.rules, "closed.ar.preposition")
        self.country_words = frozenset(norm(t) for c in typer.rules.countries.countries
                                       for t in [*c.names, *c.adjectives, *c.capitals])
        self.conjunctions = typer.words.conjunction_proclitics  # و، ف written onto the next word
        # title.ar.office_plural's plurals and duals -> (singular, dual), normalised (ArabicSpans._plural_form)
        self.plural_singulars = {norm(f): (norm(s), d) for e in typer.rules.entries_named(_OFFICE_PLURAL)
                                 for f, (s, d) in plural_singulars(e.plurals, e.sound_plurals).items()}
        self.member_offices = typer.words.member_offices  # closed.ar.member_office
        self.state_complements = {t.removeprefix("ال") for t in typer.words.state_complements}  # one word each
        # what opens an adverbial, never a speaker, as written (normalised, أمام is إمام and بإ the با of names): a
        # preposition written apart, but ل, an outlet's hearer ("ل "الرياض""; closed.ar.opening_preposition); ب on a
        # verbal noun, مما (closed.ar.adverbial_opening)
        written = partial(written_class, typer.rules)
        self.preposition_apart = re.compile("^" + opening(self.conjunctions) + "?"
                                            + opening(written("closed.ar.opening_preposition") - {"ل"}) + r"(?!\S)")
        self.adverbial_written = re.compile("^" + opening(self.conjunctions) + "?"
                                            + opening(written("closed.ar.adverbial_opening")))
        self.unjoined = re.compile("^" + opening(self.conjunctions) + r"(?=\S)")
        self.naming_verbs = closed_class(typer.rules, "closed.ar.naming_verb")  # "شاب يدعى محمد العلي"
        self.spokesperson_words = closed_class(typer.rules, _SPOKESPERSON_WORD)
        # the statements and occasions one speaks in (normalised, without the article): "في مؤتمر صحفي" is no place
        self.vehicles = frozenset().union(*(closed_class(typer.rules, i) for i in (
            "closed.ar.statement_noun", _SPOKEN_IN, "closed.ar.occasion")))
        self.relatives = closed_class(typer.rules, "closed.ar.relative")  # "خالد قاضي الذي حضر": no holder's name
        self.bare_bodies = tuple(norm(t) for e in typer.rules.entries_named(_BODY_CONSTRUCT) for t in e.terms)
        # a pronoun attached, as written (not ة): "محاميه" (closed.ar.object_pronoun)
        self.possessed = re.compile(r"\S{3}" + opening(closed_class(typer.rules, "closed.ar.object_pronoun")) + "$")
        # "عدد من المشاركات"، "العديد من اللاعبين": a group counted out of a plural noun (closed.ar.group_quantifier)
        self.group_quantifier = re.compile(r"[وف]?" + opening(typer.words.group_quantifiers) + r"\s+من\s+(?=\S)")
        self.partitive = re.compile(r"[وف]?" + opening(typer.words.partitives) + r"\s+(?=ال)")  # "أحد المتظاهرين"
        self.intel_people = entry_patterns(typer.rules, _INTEL_PEOPLE)  # "مصدر مخابراتي"
        self.states = frozenset(norm(t) for c in typer.rules.countries.countries for t in [*c.names, *c.capitals])
        # what follows an indefinite noun and never a name: an adjective of rank or quantity, a country's
        # adjective without the article, in the dual too ("فتاة سعودية"، "حصيلة سابقة"، "مسؤولان أميركيان")
        adjectives = {norm(a) for c in typer.rules.countries.countries for a in c.adjectives
                      if not norm(a).startswith("ال") and not a.isascii()}
        self.indefinite_modifiers = frozenset(
            adjectives | {a + "ان" for a in adjectives} | {a + "ين" for a in adjectives if not a.endswith("ي")}
            | closed_class(typer.rules, "closed.ar.rank") | closed_class(typer.rules, "closed.ar.quantity"))
        # the nouns of one official a name may follow past the office's complement ("المسؤول في المدينة ماساهارو")
        self.named_official_nouns = closed_class(typer.rules, "closed.ar.named_official_noun")
        # the head noun, then في، من or ب or nothing (a construct), then a force that is no state's
        self.nonstate_force = re.compile(r"\S+\s+(?:(?:في|من)\s+|ب)?" + opening(closed_class(typer.rules, _NONSTATE_FORCE))
                                         + r"(?![^\s،,.:؛])")
        # footage and who aired it: "صور محطات التلفزة"، "لقطات مصورة عرضها التلفزيون" (closed.ar.footage)
        # given names that are also other words (تركي: Turkish, دانا: condemned), a name's first word only where the
        # grammar puts one (_given_at); never a title's word (أمين عام) nor a closed class's (علي: على، صباح)
        rules = typer.rules
        titles = {w for f in _TITLE_FAMILIES for t in rules.terms(f) for w in t.split()}
        self.verb_forms = frozenset().union(*(rules.terms(f) for f in (*SPEECH_FAMILIES, "opinion", "relay")))
        closed = (typer.function_words | typer.time_words | typer.arabic_names.closed) - self.verb_forms
        self.given = {w: i for i in _GIVEN for w in closed_class(rules, i) - titles - closed}
        self.divine = closed_class(rules, "names.ar.divine")  # after عبد (closed.ar.servant): "عبدربه"، "عبدالرزاق"
        # أل: a word's own hamza and lam, the article (closed.ar.article) never written with hamza
        article, conjunctions = typer.words.article, typer.words.conjunction_proclitics
        self.hamza_article = re.compile("^" + opening(conjunctions) + "?" + "أ" + re.escape(article[1:]))
        self.footage = re.compile(r"\s*[وف]?(?:ال)?" + opening(closed_class(typer.rules, "closed.ar.footage"))
                                  + r"\s+(?:(?:\S+\s+)?" + relative_verbs(typer.words.aired_by) + r"|(?=\S))")
        # a noun of statement (closed.ar.statement_noun), then the words that lead to its issuer: "البيان الصادر عن"،
        # "بيان أصدرته"، "بيان لـ"، "بيان الجيش"
        issued_by, statement = relative_verbs(typer.words.issued_by), opening(typer.words.statement_nouns) + r"\s+"
        self.statement = re.compile(r"\s*(?:(?:ال)?" + statement + issued_by
                                    + r"|" + statement + r"(?:" + issued_by + r"|ل(?=\S{3})|(?=\S)))")
        # whether a word is a given name is asked of each word of each span read for names (13,213 asks on the
        # pools, of a few thousand words): it depends on the word and the rules alone
        self.given_of = lru_cache(maxsize=16384)(self._given)
        # asked by the typer of every span, and again of the span it typed so (Arabic._principal_span)
        self.principal = lru_cache(maxsize=256)(self._principal)

    def _name_tokens(self, original: str, leading: bool, last: bool) -> list[str]:
        matches = list(TOKEN.finditer(original))  # read once: _given_at reads the same tokens
        tokens = [m.group() for m in matches]
        names = self.typer.arabic_names
        opens = -1 if last else self._given_at(original, leading, matches)
        found = names.last_run(tokens) if last else names.run(tokens, leading, opens)
        if opens >= 0 and len(found) < 2 and found[:1] == [tokens[opens].strip(".,،")]:
            found = names.run(tokens, leading)  # a given name alone stays the word it also is
        if leading or not found:
            return found
        at = max(i for i in range(len(tokens)) if [t.strip(".,،") for t in tokens[i:i + len(found)]] == found)
        before = norm(tokens[at - 1]) if at else ""
        if before in self.prepositions or self.unjoined.sub("", before) in self.prepositions:
            # "المتحدث الكوري الشمالي القمة بين ترمب وكيم"، "متحدثة في بروكسل" (في itself, not ف + ي): the
            # preposition's object, no holder; past a one-word place after في, two words or more are the
            # holder's name ("ممثل الحركة في كوالالمبور أنور الآغا"; not "على لسان خليل الحية")
            return found[1:] if len(found) >= 3 and before in self.typer.words.place_before_name else []
        # the spokesperson lexicon alone: the span's words up to the name are no span to type (src.*)
        spoke = self.typer.lex["spokesperson"].search(norm(" ".join(tokens[:at + 1])))
        if spoke is not None and len(norm(" ".join(tokens[:at])).rstrip()) <= spoke.end and len(found) <= 2:
            # "متحدث باسم سوفراخت": the body a spokesperson speaks for, not their name; a longer run holds the
            # body and the name after it ("المتحدث باسم صحة حفر الباطن عبدالعزيز العنزي")
            return names.last_run(tokens[at + len(found):])
        return found

    def _given(self, token: str) -> Optional[str]:
        """The rule that lists a given name, or says that عبد and a divine name written as one word is one
        ("عبدربه"، "عبدالرزاق"); None for a word that is none."""
        n = norm(token).strip(".")
        servant = next((w for w in self.typer.words.servants if n.startswith(w)), None)  # closed.ar.servant
        return self.given.get(n) or ("names.ar.divine" if servant and n[len(servant):] in self.divine else None)

    def given_rule(self, name: Optional[str]) -> Optional[str]:
        """The rule of rules/ar/given_names.yaml that read a name's first word as one ("تركي المالكي"), which the
        name reader alone takes for another word; None otherwise."""
        first = (name or "").split()[:1]
        if not first or not is_arabic(first[0]) or not self._other_word(first[0]):
            return None
        return self.given_of(first[0])

    def _other_word(self, token: str) -> bool:
        """Whether the name reader takes a word for no name: a closed or lexicon word (تركي، دانا), or a word that
        looks like the article, which is never written with hamza: "أليخاندرو كاردوسا" opens with ال once
        normalised, but the article is ال, so a listed given name written أل is a first name, its vowel marks and
        tatweel left out ("أَليكسي")."""
        word = self.typer.arabic_names.word(token)
        return word.excluded or word.article and self.hamza_article.match("".join(filter(fold_char, token))) is not None

    def _given_at(self, original: str, leading: bool, found: list[re.Match]) -> int:
        """Which token is a given name that the name reader would take for another word (تركي، دانا، عبدربه)
        in a name's place (rules/ar/given_names.yaml): before a word that can be a name, and opening the span,
        after a comma, after an honorific, or (not a verb's form) after a definite noun: "المتحدث الرسمي باسم
        التحالف، تركي المالكي"، "وقال تركي شبانة"; not after an indefinite noun ("مسؤول تركي رفيع": Turkish);
        -1 for none. `found`: the span's tokens (TOKEN). The word before is normalised only where it is asked,
        and once."""
        names = self.typer.arabic_names
        for i, (m, following) in enumerate(zip(found, found[1:])):
            previous = norm(found[i - 1].group()) if i and leading else None
            if previous is not None and previous not in names.honorifics:
                return -1  # a leading name opens the span, past its honorifics
            if not self.given_of(m.group()):
                continue  # most words: no given name, not read further
            if previous is None:
                previous = norm(found[i - 1].group()) if i else ""
            nxt = names.word(following.group())
            if not self._other_word(m.group()) or nxt.excluded and not nxt.link:
                continue
            if not i or previous in names.honorifics or COMMA.search(original, found[i - 1].end(), m.start()) \
                    or DEFINITE.match(previous) and norm(m.group()) not in self.verb_forms:
                return i
        return -1

    def hashtags(self, span: str) -> str:
        return _HASHTAG.sub(lambda m: m.group(1).replace("_", " "), span)  # "#محكمة_سيول" reads as its words

    def _principal(self, span: str) -> Optional[str]:
        """SpanGrammar.principal: the one named before the statement they spoke in ("الداخلية التونسية في بلاغ
        لها"، "معاليه في تعميم وجهه"): the statement is where they spoke, not the speaker (closed.ar.spoken_in); None where the span
        opens with it or has none, or where a name follows it: the noun is then a title's complement before its
        holder ("الباحث في الخطاب السياسي محمد علي": discourse, a field of study)."""
        spoken = self.spoken_in.search(span)
        if spoken is None or self.typer.name_tokens(span[spoken.end():]):
            return None
        return span[:spoken.start()].strip(" ،,") or None

    def coordinated(self, span: str) -> Optional[re.Match]:
        second = _AR_AND_THE.search(span)  # "المرصد السوري والإعلام الرسمي"
        if second is not None:
            # "وزيرا الخارجية الروسي سيرغي لافروف والتركي مولود جاويش أوغلو": offices in the plural or the dual hold
            # their coordinated holders, read whole (ArabicSpans._holders_named)
            if self._plural_head(norm(span)):
                return None
        return second

    def lead(self, unquoted: str) -> Optional[list[str]]:
        # past the titles, an Arabic name must open the span: "إيران تهديدات مباشرة" names no one
        return self.typer.name_tokens(unquoted, leading=True)

    def _counted(self, span: str, n: str, memory: Memory) -> Optional[Typed]:
        """Some members of a group, counted out of it ("وأكد عدد من المشاركات"، "أعلن عدد من المنظمات النسائية"،
        "وقال أحد المتظاهرين"):
        unnamed people, officials when the group is of offices ("عدد من المسؤولين"), states when it is of states
        ("العديد من الدول الأوروبية", closed.ar.state_plural: LABELLING's country speaking); a group of outlets,
        documents or services keeps its type (src.group_quantifier.ar). One or some of a definite plural
        (closed.ar.partitive) is counted so only when a lexicon reads the plural as people, officials or one of
        those kinds."""
        partitive = self.partitive.match(n)
        group = self.group_quantifier.match(n) or partitive
        if group is None:
            return None
        if n[group.end():].split()[0] in self.typer.words.state_plurals:
            return Typed("named_organization", role=span.strip(), rules=["closed.ar.state_plural", "src.group_quantifier.ar"])
        rest = span[normalize(span).span(group.end(), len(n))[0]:]
        typed = self.typer.type_span(rest, norm(rest), memory)
        member = self._named_member(span) if partitive is not None and typed.type in _NAMED_MEMBER else None
        if member is not None:
            return Typed(_NAMED_MEMBER[typed.type], name=member, role=span.strip(),
                         rules=[*typed.rules, "closed.ar.partitive", "src.name"])
        if typed.type in ("named_official", "anonymous_official", *_COUNTED_KEEP):
            kind = "anonymous_official" if typed.type == "named_official" else typed.type
            return Typed(kind, role=span.strip(), rules=[*typed.rules, "src.group_quantifier.ar"])
        if partitive is not None:
            return None  # "إحدى المحاكم": no lexicon reads the group, the span is read as it was
        return Typed("anonymous", role=span.strip(), rules=["src.group_quantifier.ar"])  # a name or none read

    def _named_member(self, span: str) -> Optional[str]:
        """"أحد المحامين، أحمد حسن": the one of the group named after the comma (the subject finder's apposition,
        ArabicSubjects._name_after), a person no longer counted out of it; None where no name follows."""
        comma = last_comma(span)
        named = span[comma + 1:].split() if comma >= 0 else []
        return " ".join(named) if named and len(self.typer.name_tokens(" ".join(named))) == len(named) else None

    def adverbial(self, span: str) -> bool:
        """Whether a subject's span opens as a prepositional phrase ("في البداية مترددة"، "بإبعاد المؤيدين له"):
        no noun phrase, no speaker (src.ar.not_noun_phrase)."""
        span = MARKS.sub("", span.strip())
        return bool(self.preposition_apart.match(span) or self.adverbial_written.match(span))

    def head_reading(self, span: str, n: str, unquoted: str, lead: Optional[list[str]], memory: Memory) -> Optional[Typed]:
        """An office or a person's noun heading the span; a name and its title; a family name met before."""
        counted = self._counted(span, n, memory)
        if counted is not None:
            return counted
        state = self._state_subject(n)
        if state is not None:
            return state
        authority, people = self.typer.search("authority", n), self.typer.search("anonymous_noun", n)
        if authority is not None and authority.start == 0 and people is not None and people.start >= authority.end:
            # "وحذرت السلطات السكان من": the people after the authorities heading the span are the verb's object
            cut = normalize(span).span(people.start, people.end)[0]
            return self.typer.type_span(span[:cut], norm(span[:cut]), memory)
        role, trade = self.typer.search("role", n), self.typer.search("person_role", n)
        if role is not None and trade is not None and trade.start == role.start and trade.end > role.end:
            role = None  # "رئيس التحرير"، "مقدم البرنامج": a longer trade opening with an office's word is no office
        if role is not None and role.start == 0 and self.typer.search("spokesperson", n) is None:
            # "وزير الاستخبارات الإسرائيلي، إسرائيل كاتز": the head noun is an office
            name = " ".join(self.typer.name_tokens(unquoted, last=True)) or None
            known = self.typer.search("known_official", n)
            if known is not None and (not name or set(norm(name).split()) <= set(known.text.split())):
                name = known.value.name  # the whole name is a known one ("كيم" alone is not كيم يونغ هيون)
            name = name or memory.offices.get(n.strip(" ،,"))  # the office named earlier with its holder
            field = None if any(DEFINITE.match(w) for w in n[role.start:role.end].split()) else _nisba(n, role.end)
            if field is not None and name and norm(name).split() == [field]:
                name = None  # "قائد ميداني": the adjective of the office's field is no name
            plural = self.typer.search("official_noun", n)
            if plural is not None and plural.start == 0 and plural.entry_id == _OFFICE_PLURAL:
                # "زعماء الحزب الشيوعي"، "ممثلو الادعاء"، "مستشارو الرئيس ترامب": offices in the plural or the dual,
                # unnamed (title.ar.office_plural); the name in construct after them is not theirs
                plural_read = self._plural_reading(span, n, plural, memory)
                if plural_read is not None:
                    return plural_read
            elif plural is not None and plural.start == 0 and not name:
                return Typed(plural.value.type, role=span.strip(), rules=[plural.entry_id, "src.head_noun"])
            if name:
                memory.remember(name, "named_official")
            elif field is not None or _indefinite(n, role.start, role.end, self.typer.indefinite_words):
                # "وزير إسرائيلي", "مستشار سابق": an office without the article or a name is unnamed
                return Typed("anonymous_official", role=span.strip(), rules=[role.entry_id, "src.indefinite_role"])
            return Typed("named_official", name=name, role=span.strip(), rules=[role.entry_id, "src.head_noun"])
        person = self.typer.search("person_role", n)
        staff = self._staff_of(n, person) if person is not None and person.start == 0 else None
        if staff is not None and person.value.type is not None:
            # "مراسلو وكالة الأنباء الفرنسية": unnamed people of an outlet speak for it, as one correspondent does
            media = "state_media" if staff.value.kind == "state" else "media"
            return Typed(media, name=staff.value.name, rules=[person.entry_id, staff.entry_id])
        if person is not None and person.start == 0 and person.entry_id == _RELATIVE \
                and (person.text.startswith("ال") or self.possessed.search(span.split()[0])):
            # "الجدة هيام عمر"، "الوالدة مريم": a relative definite or someone's own is named by the name after it; a
            # definite one alone is the one the article named with the same definite word ("الجدّة" later), kept with
            # the relatives (Memory.relatives), never with the offices; else unnamed ("والدته" alone, "جدة طفل آخر":
            # LABELLING names a person by a name, as "والد أشواق" is not)
            definite = person.text.startswith("ال")
            name = " ".join(self.typer.arabic_names.run(unquoted.split()[1:], leading=True)[:2]) \
                or (memory.relatives.get(person.text) if definite else None)
            if name:
                if definite:
                    memory.relatives.setdefault(person.text, name)
                return Typed("named_person", name=name, role=span.strip(), rules=[person.entry_id, "src.ar.definite_person"])
        holder = self._relative_holder(n, memory, self.typer.arabic_names) if person is not None and person.start == 0 \
            and person.entry_id == _RELATIVE else None
        if holder is not None:
            # "وقالت زوجة الرئيس الأمريكي" after "ميلانيا ترامب، زوجة الرئيس الأمريكي": the person named with it
            return Typed("named_person", name=holder, role=span.strip(), rules=[person.entry_id, "src.ar.relative_named_before"])
        words = unquoted.split()
        if person is not None and person.start == 0 and person.entry_id == _RELATIVE and len(words) > 3 \
                and words[1].startswith("ال") and words[1][-1] not in "،,":
            # "والدة الطفلة مريم الغندور": a name right after the construct is far more often the noun's ("والد الطفل
            # محمد الدرة"، "شقيق الشهيد أحمد ياسين": anonymous) than the relative's own; the relative's only when the
            # article goes on to call the relative by its first name with the word alone ("الوالدة مريم" later:
            # Memory.kin_names), a named person as the gold has it; not "والد أشواق" (whose relative) nor past a comma
            run = self.typer.arabic_names.run(words[2:], leading=True)
            kin = f"ال{person.text.removeprefix('ال')} {norm(run[0])}" if run else ""
            if len(run) >= 2 and memory.kin_names.get(kin, -1) > (memory.at if memory.at is not None else -1):
                name = " ".join(run[:2])
                memory.remember(name, "named_person")
                return Typed("named_person", name=name, role=span.strip(), rules=[person.entry_id, "src.ar.named_relative"])
        if person is not None and person.start == 0 and person.value.type is not None:
            # "باحثون في مجال", "والدة المحتجز": a group, or an unnamed relative of someone named, typed as such
            return Typed(person.value.type, role=span.strip(), rules=[person.entry_id, "src.head_noun"])
        if person is not None and person.start == 0:
            # "الباحث في مركز كارنيغي يزيد صايغ", "الكاتب البريطاني باتريك سيل": a person without
            # office, whatever institution follows; unnamed ("خبراء", "الباحثون"), an anonymous source
            name = " ".join(self.typer.name_tokens(unquoted, last=True)) or None
            outlet = self.typer.search("outlet", n) or staff
            if name and outlet is not None and set(norm(name).split()) <= set(outlet.text.split()):
                name = None  # "مراسل وكالة فرانس برس": the outlet's name is no person's
            if name and _adjective_after(n, person, name, self.naming_verbs) and not self.possessed.search(span.split()[0]):
                name = None  # "طالب جامعي"، "تاجر معروف"، "ناشط حقوقي": the adjective of an unnamed person (not "محاميه")
            if name:
                memory.remember(name, "named_person")
                return Typed("named_person", name=name, role=span.strip(), rules=[person.entry_id, "src.head_noun"])
            if outlet is not None:  # an unnamed correspondent speaks for the outlet
                media = "state_media" if outlet.value.kind == "state" else "media"
                return Typed(media, name=outlet.value.name, rules=[person.entry_id, outlet.entry_id])
            rest = n[person.end:].split()  # "الرسام السوري": the title and its definite nationality alone
            alone = all(DEFINITE.match(w) and w in self.country_words for w in rest)
            if alone and (person.text.startswith("ال") or self.possessed.search(span.strip())):
                # "وأشارت الباحثة"، "ويطلب المحامي"، "قال محاميه": the title alone, definite or someone's own, is
                # the one person the article means, as a relative is (title.ar.relative); unnamed here, no name made
                return Typed("named_person", role=span.strip(), rules=[person.entry_id, "src.ar.definite_person"])
            return Typed("anonymous", role=span.strip(), rules=[person.entry_id, "src.head_noun"])
        # the title comes after the name, not inside it ("أبو طالب" is a name, not a student); a
        # group's noun is a title only next to the name ("جيريمي جرامز كبير خبراء الأرصاد", not
        # "ودخلت قوات النظام ... إثر خروج مقاتلين معارضين")
        after_lead = n.find(norm(lead[-1])) + len(norm(lead[-1])) if lead else 0
        titles = [t for t in (self.typer.search(f, n) for f in ("role", "spokesperson", "person_role"))
                  if t is not None and t.start >= after_lead
                  and (t.value.type is None or len(n[after_lead:t.start].split()) <= 1)]
        title = min(titles, key=lambda t: (t.start, -t.end)) if titles else None  # the longest where they meet
        if lead and title is not None and not title.text.startswith(("ل", "ب")):
            # "لوتشيانو فونتانا محرر صحيفة كورييري ديلا سيرا": a name, then its title (not a hearer:
            # "كيري لصحافيين")
            unintroduced = self.unintroduced(lead, memory) if not n[after_lead:title.start].strip() else None
            if unintroduced is not None and unintroduced.type is None:
                # "فوجئ الطبيب"، "وطبقا لأقوال شهود العيان": a word never introduced right before a title is no
                # name, the title heads the span (not "لويجي دي مايو زعيم حركة"، "بيت هس، رئيس": more of the name)
                cut = normalize(span).span(title.start, title.end)[0]
                typed = self.typer.type_span(span[cut:], norm(span[cut:]), memory)
                return Typed(typed.type, typed.name, typed.role, [*typed.rules, "src.unintroduced.title"])
            kind = "named_person" if title.family == "person_role" else "named_official"
            recalled = memory.recall(" ".join(lead))
            kind = recalled[0] if recalled and recalled[0] == "named_official" else kind
            memory.remember(" ".join(lead), kind)
            return Typed(kind, name=" ".join(lead), role=span.strip(), rules=[title.entry_id, "src.name"])
        first = n.split()[0]
        if lead and first in self.typer.arabic_names.honorifics and self.typer.search("known_official", n) is None:
            # "المهندس عبدالله المبطي باسم غرفة أبها": an honorific opens a person's name, and a body
            # after it is the one the person speaks for (LABELLING: an organisational role is official)
            recalled = memory.recall(" ".join(lead))
            kind = recalled[0] if recalled else "named_official" if self.typer.search("org_noun", n) else "named_person"
            memory.remember(" ".join(lead), kind)
            return Typed(kind, name=recalled[1] if recalled else " ".join(lead), rules=["closed.ar.honorific", "src.name"])
        if first in memory.names and DEFINITE.match(first):
            # "وأكد الربيعي": a family name with the article, met before with its first name
            kind, name = memory.names[first]
            return Typed(kind, name=name, rules=["src.memory"])
        if len(lead) == 1 and memory.recall(lead[0]) is None and self._body_after_lead(n) and not self._plural_head(n):
            # "وعرضت وزارة الدفاع لقطات", "وسينظر المجلس في مشروع": an Arabic noun phrase opens with its
            # head; one unknown word before a body is a verb's, not a name; not a construct dual of an office
            # ("عضوا المكتب السياسي": title.ar.office_plural's pattern)
            return Typed(None, rules=["src.unresolved", "src.no_head.ar"])
        return None

    def _staff_of(self, n: str, person):
        """The outlet named right after a title of people, its quotation marks read through ("مراسلو وكالة الأنباء
        الفرنسية"، "مراسل قناة "العربية""): the title names its staff."""
        plain = _QUOTE_MARKS.sub("", n)
        outlet = self.typer.search("outlet", plain)
        return outlet if outlet is not None and not plain[person.end:outlet.start].strip() else None

    def _state_subject(self, n: str) -> Optional[Typed]:
        """"ورفضت الإمارات التقرير"، "وقالت الولايات المتحدة في عريضة اتهام"، "وحذرت تل أبيب الرئيس السوري": a
        state or capital named whole at the head of a span speaks as such (LABELLING: named_organization); the
        words after it, but its own adjective or an outlet's name ("روسيا اليوم"), are the verb's object or
        where it spoke (src.state_subject.ar)."""
        country = self.typer.search("country", n)
        if country is None or country.start != 0 or country.text not in self.states:
            return None
        rest = n[country.end:].split()
        if not rest or rest[0] in self.country_words or rest[0][:1] == "ل" or self.typer.search("outlet", n) is not None:
            return None  # "مصر للطيران": a company; "لفرانس برس": the hearer
        return Typed("named_organization", name=country.value.names[0] if country.value.names else n[:country.end],
                     rules=[country.entry_id, "src.state_subject.ar"])

    def heading_noun(self, span: str, n: str, memory: Memory) -> Optional[Typed]:
        head_media = self.typer.search("media_generic", n)
        if head_media is not None and head_media.start == 0:
            return Typed("media", name=span.strip(), rules=[head_media.entry_id, "src.head_noun"])
        shown = self.footage.match(n)
        if shown is not None:
            aired = self._issued(span, normalize(span), shown.end(), memory)  # "لأحد ركاب طائرة" is no outlet
            if aired is not None and aired.type in ("media", "state_media"):
                return aired
            return Typed("document", name=span.strip(), rules=["closed.ar.footage", "src.head_noun"])
        head_doc = self.typer.search("document_noun", n)
        if head_doc is not None and head_doc.start == 0:
            issuer = self._issuer(span, memory)
            if issuer is not None:
                return issuer
            return Typed("document", name=span.strip(), rules=[head_doc.entry_id, "src.head_noun"])
        head_org = self.typer.search("org_noun", n)
        if head_org is not None and head_org.start == 0:
            head_role = self.typer.search("role", n)
            if head_role is None or head_role.start > 0:
                if head_org.entry_id == _BODY_CONSTRUCT and self._unnamed_body(n, head_org):
                    return Typed("anonymous", role=span.strip(), rules=[_BODY_CONSTRUCT, "src.ar.body_unnamed",
                                                                        "src.head_noun"])
                return Typed("named_organization", name=span.strip(), rules=[head_org.entry_id, "src.head_noun"])
        return None

    def _unnamed_body(self, n: str, head) -> bool:
        """A body's bare noun in no construct names no body (src.ar.body_unnamed): alone in the span, من and the
        people after it left out ("وقالت جماعة من السكان"), or with its adjective ("مرصد حقوقي"، "جماعة مسلحة"); a
        pronoun on it ("سفارتها") makes it definite."""
        if not head.text.endswith(self.bare_bodies):
            return False
        adjective = _FEMININE_ADJECTIVE if head.text.endswith("ه") else _NISBA
        return not n[head.end:].strip(" ،,") or adjective.match(n, head.end) is not None

    def office_holder(self, n: str, names: list[str], memory: Memory) -> Optional[str]:
        return _office_holder(n.strip(" ،,"), memory, self._spokesperson_word) if not names else None

    def _spokesperson_word(self, word: str) -> str:
        """A noun of a spokesperson (closed.ar.spokesperson_word: متحدث، ناطق) written as the class's id, with its
        article and feminine ending: "الناطقة" and "المتحدثة" name one office, and neither noun stands for the
        other (the class has no first word), so both are written as the class they belong to."""
        article = "ال" if word.startswith("ال") else ""
        stem = word.removeprefix(article)
        ending = "ه" if stem.endswith("ه") else ""
        stem = stem.removesuffix(ending)
        return article + _SPOKESPERSON_WORD + ending if stem in self.spokesperson_words else word

    def head_hit(self, family: str, n: str, before_title: bool = True):
        """Not the intelligence service when unnamed people of it head the span ("مصدر مخابراتي"، "مسؤول في
        الاستخبارات": intel.people.ar, anonymous officials flagged intelligence)."""
        hit = self.typer.search(family, n)
        if family == "intelligence" and hit is not None and self._intel_people(n, hit.start) is not None:
            return None
        return hit

    def _intel_people(self, n: str, by: int) -> Optional[re.Match]:
        """Unnamed people of an intelligence service (intel.people.ar) opening by `by`."""
        people = self.intel_people.search(n, 0, len(n)) if self.intel_people is not None else None
        return people if people is not None and people.start() <= by else None

    def heading_official(self, span: str, head, known, memory: Optional[Memory] = None) -> Optional[Typed]:
        n = norm(span)
        people = self._intel_people(n, len(n))
        if people is not None and set(n[:people.start()].split()) <= self.typer.arabic_names.closed:
            # "مسؤول في الاستخبارات"، "عدة مصادر استخباراتية": the people, not the bare office noun, head the span
            return Typed("anonymous_official", role=span.strip(), rules=[_INTEL_PEOPLE, "src.head_noun"])
        if head is not None and head.start == 0 and self.nonstate_force.match(n):
            # "مصادر في قوات المعارضة"، "مصادر بقوات سوريا الديموقراطية": in a force that is no state's, no official
            return Typed("anonymous", role=span.strip(), rules=[_NONSTATE_FORCE, "src.head_noun"])
        if head is not None and head.start == 0 and (known is None or known.start > 0) and not self._holder_named(span, n):
            if head.entry_id == _OFFICE_PLURAL:
                return self._plural_reading(span, n, head, memory)
            # Arabic puts the head noun first: "مصادر طبية فلسطينية" is sources, whatever follows.
            return Typed(head.value.type, role=span.strip(), rules=[head.entry_id, "src.head_noun"])
        return None

    def _plural_head(self, n: str) -> bool:
        """Whether offices in the plural or the dual (title.ar.office_plural) open the span."""
        head = self.typer.search("official_noun", n)
        return head is not None and head.start == 0 and head.entry_id == _OFFICE_PLURAL

    def _plural_form(self, plural) -> tuple[str, bool, bool]:
        """An office in the plural or the dual (a title.ar.office_plural hit): its singular (normalised), whether it
        is a dual, whether it is definite (the article, or the construct dual before its definite genitive)."""
        word = plural.text.split()[0]
        for w in dict.fromkeys((word, self.unjoined.sub("", word))):  # "ووزراء": the conjunction aside too
            bare = w.removeprefix("ال")
            found = self.plural_singulars.get(w) or self.plural_singulars.get(bare)
            if found is not None:
                singular, dual = found
                return singular, dual, w.startswith("ال") or (dual and bare == singular + "ا")
        return "", False, word.startswith("ال")

    def _plural_reading(self, span: str, n: str, plural, memory: Optional[Memory]) -> Optional[Typed]:
        """Offices in the plural or the dual heading a span (title.ar.office_plural): None where two names or more
        after them name their holders (_holders_named: read on as an office and its holder); the officials named
        before by that office for a definite dual or plural with nothing after it but its genitive and nisbas
        ("وقال الرئيسان" after the two presidents, "الوزيران الأمريكي والروسي": LABELLING, a later mention takes the
        type of those first named), and a definite dual with none remembered read as its singular office was (an
        office with the article); members, representatives, delegates and coordinators of no state's body are
        people (closed.ar.member_office: "أعضاء الفريق"، "مندوبو المبيعات"); else unnamed officials."""
        singular, dual, definite = self._plural_form(plural)
        rest = span[normalize(span).span(plural.start, plural.end)[1]:]
        if self._holders_named(rest, definite):
            return None
        if singular in self.member_offices and self._member_complement(rest) and not self._state_complement(rest):
            return Typed("anonymous", role=span.strip(), rules=[_MEMBER_OFFICE, "src.head_noun"])
        words = norm(rest).split()
        genitive = words[0] if dual and not plural.text.startswith("ال") and words else None
        if definite and all(self._nisba_word(w) for w in words[1 if genitive else 0:]):
            holders = self._plural_holders(singular, genitive, memory)
            if len(holders) >= 2:
                return Typed("named_official", name="، ".join(holders), role=span.strip(),
                             rules=[plural.entry_id, "src.memory"])
            office = self.typer.search("role", " ".join(["ال" + singular if genitive is None else singular, *words]))
            if dual and office is not None and office.start == 0:
                return Typed("named_official", role=span.strip(), rules=[office.entry_id, plural.entry_id, "src.head_noun"])
        return Typed(plural.value.type, role=span.strip(), rules=[plural.entry_id, "src.head_noun"])

    def _nisba_word(self, word: str) -> bool:
        """An adjective of relation, with the article or a conjunction or not: "الأمريكي"، "والروسي"."""
        bare = word[1:] if word[:1] in self.conjunctions and len(word) > 4 else word
        return bare.endswith("ي") and len(bare.removeprefix("ال")) > 3

    def _plural_holders(self, singular: str, genitive: Optional[str], memory: Optional[Memory]) -> list[str]:
        """The holders the article named with the office of a plural's singular (Memory.offices: "الرئيس الأمريكي
        دونالد ترامب"، "ووزير الخارجية الروسي سيرغي لافروف"), its genitive the same for a construct dual."""
        holders: list[str] = []
        for office, holder in (memory.offices if memory is not None else {}).items():
            words = office.split()
            heads = (words[0], self.unjoined.sub("", words[0]))  # "ووزير الخارجية": the conjunction aside too
            if any(h.removeprefix("ال") == singular for h in heads) and (genitive is None or words[1:2] == [genitive]) \
                    and holder not in holders:
                holders.append(holder)
        return holders

    def _member_complement(self, rest: str) -> bool:
        """Whether members or representatives have a complement, a noun after them (in construct or after a
        preposition), not nothing or an adjective of relation ("مندوبون"، "مندوبون دوليون")."""
        words = norm(rest).split()
        return bool(words) and not _NISBA_PLURAL.match(words[0])

    def _state_complement(self, rest: str) -> bool:
        """Whether the words after members or representatives open with a body of the state (closed.ar.state_complement),
        in construct or after a preposition: "الكونغرس"، "في البرلمان"، "بمجلس الشيوخ"."""
        words = norm(rest).split()
        if words and words[0] in self.prepositions:
            words = words[1:]
        if not words:
            return False
        word = words[0]
        stems = {word.removeprefix("ال")}
        if word[:1] in self.typer.words.preposition_proclitics:
            stems.add(word[1:].removeprefix("ال").removeprefix("ل"))
        return bool(stems & self.state_complements)

    def _joined(self, rest: str) -> list[str]:
        """The words after an office split at each conjunction written onto a word (closed.ar.conjunction_proclitic:
        "سيرغي لافروف وجواد ظريف"), not where the word is a given name that opens with its letter ("فيصل")."""
        parts: list[list[str]] = [[]]
        for w in rest.split():
            if parts[-1] and w[:1] in self.conjunctions and len(w) > 2 and norm(w) not in self.given:
                parts.append([w[1:]])
            else:
                parts[-1].append(w)
        return [" ".join(p) for p in parts]

    def _holders_named(self, rest: str, definite: bool) -> bool:
        """Whether two names or more joined by و after offices in the plural or the dual name their holders
        ("النائبان سامي الجميل وإلياس حنكش"، "وزيرا الخارجية الروسي سيرغي لافروف والتركي مولود جاويش أوغلو"،
        "مستشارو الرئيس، جاريد كوشنر وستيف بانون"): only after a definite office, or past a comma or a complement;
        names right after an indefinite construct are its genitive ("مستشارو ترامب وبنس"), one name after them the
        complement's ("مستشارو الرئيس ترامب")، and states joined by و name none ("وزيرا خارجية روسيا وإيران")."""
        parts = self._joined(rest)
        if len(parts) < 2 or not all(self.typer.name_tokens(p) for p in parts[-2:]):
            return False
        if definite:
            return True
        first = self.typer.name_tokens(parts[0])
        at = parts[0].find(first[0]) if first else -1
        return at > 0 and bool(parts[0][:at].strip(" ،,") or "،" in parts[0][:at] or "," in parts[0][:at])

    def _holder_named(self, span: str, n: str) -> bool:
        """"وقال المسؤول في المدينة ماساهارو كاتاوكا": one official with the article (closed.ar.named_official_noun),
        then the name of two words or more after a complement that is whole and definite ("في المدينة"), is a
        named official, as an office before its holder's name is (typed on by the name: src.name); not a source,
        officials in the plural or an official without the article ("مسؤول في الشرطة"), whom a name after them
        does not name. An indefinite noun in the complement is in construct: the name after it is its genitive,
        not the holder ("المسؤول في حملة هيلاري كلينتون"، "في مستشفى الملك فيصل التخصصي")."""
        words = n.split()
        if not DEFINITE.match(n) or not words or words[0].removeprefix("ال") not in self.named_official_nouns:
            return False
        names = self.typer.name_tokens(span, last=True)
        at = words.index(norm(names[0])) if len(names) >= 2 and norm(names[0]) in words else -1
        return at > 1 and all(w in self.typer.words.opening_prepositions or DEFINITE.match(w) for w in words[1:at])

    def appositive_name(self, span: str, names: list[str], memory: Memory) -> Optional[Typed]:
        """"فتاة سعودية"، "حصيلة سابقة"، "أندية أخرى": a name is definite, so a word no lexicon knows followed by
        an adjective without the article (of rank, quantity or nationality) is an indefinite noun, not a name;
        nobody the article names, and not the previous speaker either (src.indefinite_noun.ar)."""
        if not names:
            return None
        tokens = [norm(t) for t in TOKEN.findall(span)]
        last = norm(names[-1])
        at = tokens.index(last) if last in tokens else -1
        following = [norm(w) for w in names[1:]] + tokens[at + 1:at + 2] if at >= 0 else []
        if set(following) & self.indefinite_modifiers:
            return Typed("unattributed", rules=["src.indefinite_noun.ar"])
        return None

    def unintroduced(self, names: list[str], memory: Memory) -> Optional[Typed]:
        """A news article introduces a person by full name or title; one word that no title, known name or
        memory explains and that the body never had before this sentence is no name ("وتحدثت معلومات"،
        "ويتهم حلفاء تركيا"، "يخوض المنتخب"), unless it is a name met before in another spelling: joined to
        its link ("أبوزيد" after "أحمد أبو زيد") or one letter away ("خضير" after "محمد خضر"). Unresolved
        (src.unintroduced): the verb's subject was dropped; the word is kept for the candidate to name the
        speaker after all where it can only be the subject (a hearer after it, a verb with no object before
        it: lang/base.py)."""
        if len(names) != 1:
            return None
        words = self.typer.arabic_names
        linked = words.unlinked(names[0])
        recalled = memory.recall(linked.split()[-1]) if linked is not None else None
        if recalled is not None and linked in norm(recalled[1]):
            return Typed(recalled[0], name=recalled[1], rules=["closed.ar.name_link", "src.memory"])
        word = words.bare(names[0])
        if linked is not None or memory.met(word):
            return None
        recalled = memory.variant(word)
        if recalled is not None:
            return Typed(recalled[0], name=recalled[1], rules=["src.memory", "src.variant"])
        return Typed(None, name=names[0], rules=["src.unresolved", "src.unintroduced"])

    def place(self, n: str, hit) -> bool:
        """"غارات في ليبيا"، "اتهامات لإسرائيل": a country after a preposition of the span, or with ل، ب، ك
        attached, sits in a prepositional phrase; the head of an Arabic noun phrase never does
        (src.place_preposition.ar); a country's adjective without the article after a noun describes it."""
        prepositions = self.typer.place_prepositions
        if any(w in prepositions or w[:1] in self.conjunctions and w[1:] in prepositions for w in n[:hit.start].split()):
            return True
        word = hit.text[1:] if hit.text[:1] in self.conjunctions and hit.text not in self.country_words else hit.text
        if hit.start > 0 and hit.text in self.indefinite_modifiers:
            return True  # "فتاة سعودية": an adjective without the article describes the noun before it
        return word[:1] in "لبك" and word not in self.country_words

    def unexplained(self, span: str, n: str, memory: Optional[Memory] = None) -> Typed:
        # no word of the span can be a name and no lexicon explains it ("في لقاء", "قائلا", "كلمته"):
        # the verb's subject was dropped or is elsewhere; say so, never invent a name
        return Typed(None, rules=["src.unresolved"])

    def name_parts(self, after_comma: list[str]) -> list[str]:
        return after_comma[::-1]  # the name after the office and a comma: "أمين المجمع، محسن رضائي"

    def titled_name(self, body: str, nb, end: int) -> list[str]:
        return self._after_honorific(body, nb, end) or self._after_comma(body, nb, end)

    def seen_index(self, nb):
        # a word met before the sentence that names with it is introduced (unintroduced)
        return partial(self.typer.arabic_names.first_seen, nb)

    def offices(self, body: str, family: str, start: int, end: int, names: list[str], memory: Memory) -> list[str]:
        """A spokesperson named before the office; an office as written before its holder's name; none for a
        title word that is a family name; four words of a name, five past a link (_linked_cut)."""
        if self._family_name(body, start):
            return []
        names = self._linked_cut(names)
        before = self._name_before_office(body, start) if family == "spokesperson" else []
        if before:
            # the spokesperson named before the office, remembered by the office as written to know it again
            # unnamed; a name after it is of the one spoken for ("أوفير جندلمان الناطق باسم رئيس الوزراء الإسرائيلي
            # بنيامين نتنياهو": the office is Gendelman's), so the office ends before that name
            at = body.find(names[0], start, end + 80) if names else -1
            memory.offices.setdefault(norm(body[start:end if at == -1 else at]).strip(" ،,"), " ".join(before))
            return before
        if family == "role":
            # "جان ميشيل كليمنت، وهو عضو في حركة ماكرون"، "دوزان تيكال، الناشطة ومؤسسة منظمة": the holder named
            # before the office and a comma (src.ar.appositive_office), recalled by a later mention of the name; not
            # a name read after the office ("منظمة هاوار هيلب"), as "X, director of Y's office, Z" is X
            cut = self._apposed(body, start)
            before = self._name_before_office(body, cut, comma=True) if cut is not None else []
            if before:
                names = before
                memory.reasons.setdefault(" ".join(names), _APPOSITIVE_OFFICE)
        if names and family in ("role", "spokesperson"):
            # the office as written before its holder's name, to know it again unnamed
            at = body.find(names[0], start, end + 80)  # the name may follow a comma past the body (_after_comma)
            office = norm(body[start:at]).strip(" ،,") if at != -1 else ""
            if office and not self.typer.name_tokens(body[start:at]):
                memory.offices.setdefault(office, " ".join(names[:4]))
        return names

    def named_relatives(self, body: str, nb, people, memory: Memory) -> None:
        """"ميلانيا ترامب، زوجة الرئيس الأمريكي، دونالد ترامب": a relative's construct after a name and a comma is that
        person, remembered by the construct as written up to the next comma (at most _RELATIVE_WORDS words) to know
        it again alone ("وقالت زوجة الرئيس الأمريكي": src.ar.relative_named_before)."""
        for hit in people.finditer(nb.text):
            if hit.entry_id != _RELATIVE:
                continue
            start, end = nb.span(hit.start, hit.end)
            names = self._name_before_office(body, start)
            stop = COMMA.search(body, end, end + 80)
            construct = norm(body[start:stop.start()]).split() if names and stop is not None else []
            if 1 < len(construct) <= _RELATIVE_WORDS:
                memory.relatives.setdefault(" ".join(construct), " ".join(names))
            if hit.text.startswith("ال"):
                # "وتحمّل الوالدة مريم": the definite word and the first name after it, where the body has them
                after = nb.text[hit.end:hit.end + 40].split()[:1]
                if after and after[0].strip(" ،,") == after[0]:
                    memory.kin_names[f"{hit.text} {after[0]}"] = start

    @staticmethod
    def _relative_holder(n: str, memory: Memory, names) -> Optional[str]:
        """The person a relative's construct opening the span (normalised) was set off after (named_relatives): the
        whole construct, not its opening ("زوجة الرئيس" is not "زوجة الرئيس الفرنسي"), nor followed by a name."""
        raw = n.split()
        words = [w.strip(" ،,") for w in raw]
        for construct, holder in memory.relatives.items():
            size = len(construct.split())
            if construct.split() != words[:size]:
                continue
            rest = raw[size:]
            if rest and raw[size - 1][-1:] not in ("،", ",") and (rest[0].startswith("ال") or names.run(rest, leading=True)):
                continue  # the construct goes on ("زوجة الرئيس الفرنسي") or names someone after it
            return holder
        return None

    def _family_name(self, body: str, start: int) -> bool:
        """"الإعلامي خالد قاضي الذي"، "عبدالعزيز آل الشيخ،": a title word right after a first name (a name's word
        without the article, nothing between) or after a name's link (آل، بن، أبو), and followed by no complement
        (a relative, punctuation, the end), is the family name: the words after it name no holder. An office
        after a name has a complement or the article ("عادل الجبير وزير الخارجية"، "كيم الزعيم")."""
        before, after = body[max(0, start - 30):start].split()[-1:], body[start:start + 60].split()[:2]
        if not before or not after or not body[start - 1:start].isspace():
            return False
        title, names = after[0], self.typer.arabic_names
        if not (title[-1:] in "،,.:؛" or len(after) == 1 or norm(after[1]) in self.relatives):
            return False
        previous = names.word(before[0])
        return previous.link or not previous.excluded and not previous.article and not DEFINITE.match(norm(title))

    def _issuer(self, span: str, memory: Memory) -> Optional[Typed]:
        """LABELLING.md: a statement carries its issuer's claim ("بيان لوزارة الخزانة"، "بيان أصدرته رئاسة
        الحكومة"، "بيان الجيش"، "بيان صادر عن الحزب"): the issuer named after a noun of statement is the source."""
        ns = normalize(span)
        head = self.statement.match(ns.text)
        if head is None:
            return None
        if ns.text[head.end() - 1:head.end()] not in self.typer.words.issuer_prepositions:
            return self._issued(span, ns, head.end(), memory)  # "بيان صادر عن الحزب"، "بيان الجيش"
        # after the preposition, the issuer with its article's alif back ("بيان للجيش", closed.ar.issuer_preposition),
        # or as written ("بيان لوزارة الخزانة"، "بيان للبنان")
        readings = issuer_readings(self.typer.words, span[ns.span(head.end() - 1, len(ns.text))[0]:])[::-1]
        return next((t for t in (self._issued(r, normalize(r), 0, memory) for r in readings) if t is not None), None)

    def _issued(self, span: str, ns, at: int, memory: Memory) -> Optional[Typed]:
        """The one who issued or aired what the span's head names, from `at` of the normalised span on:
        typed as a speaking body, official or outlet, or None."""
        a, b = ns.span(at, len(ns.text))
        issuer = span[a:b]
        if not issuer.strip():
            return None
        typed = self.typer.type_span(issuer, norm(issuer), memory)
        if typed.type not in ("named_organization", "named_official", "state_media", "media", "anonymous_official"):
            return None
        return Typed(typed.type, typed.name, typed.role, [*typed.rules, "src.issuer.ar"])

    def _after_honorific(self, body: str, nb, end: int) -> list[str]:
        """"مدير إدارة الحج والعمرة بمنطقة مكة المكرمة الدكتور موفق محمد أبو طالب": past the body an office
        heads, an honorific (closed.ar.honorific) opens its holder's name."""
        window = nb.text[end:end + 120]
        stop = self.typer.name_stop.search(window)
        words = window[:stop.start() if stop else len(window)].split()
        at = max((i for i, w in enumerate(words) if w in self.typer.arabic_names.honorifics), default=None)
        if at is None:
            return []
        a, b = nb.span(end, end + len(window))
        start = body.find(" ".join(words[at + 1:at + 2]), a) if at + 1 < len(words) else -1
        return self._linked_cut(self.typer.name_tokens(body[start:b], leading=True)) if start != -1 else []

    def _after_comma(self, body: str, nb, end: int) -> list[str]:
        """"مندوبة الولايات المتحدة، نيكي هيلي في جلسة": past the body a title heads and a comma, a name of two
        words or more opening what follows is its holder's (a comma the name is not closed by, SourceTyper.name_stop)."""
        window = nb.text[end:end + 120]
        stop = self._past_place(window, self.typer.name_stop.search(window))
        if stop is None or window[stop.end() - 1] not in "،,":
            return []
        a, b = nb.span(end + stop.end(), min(len(nb.text), end + stop.end() + 60))
        run = self.typer.name_tokens(body[a:b], leading=True)
        return self._linked_cut(run) if len(run) >= 2 else []

    def _past_place(self, window: str, stop: Optional[re.Match]) -> Optional[re.Match]:
        """"سفير السويد في الأمم المتحدة، أولوف سكوغ"، "مدير عملياتها في هاييتي، رونالد فان هورميرن": the place or
        body of an office after في (closed.ar.place_before_name), a few words up to a comma, is the office's, as the
        span reader reads it; past it, that comma may open the holder's name. Any other stop stays."""
        if stop is None or stop.group().strip() not in self.typer.words.place_before_name:
            return stop
        place = _PLACE_THEN_COMMA.match(window, stop.end())
        head = place.group().split()[0].rstrip("،,") if place is not None else ""
        article = self.typer.words.article
        if place is None or (head[len(article):] if head.startswith(article) else head) in self.vehicles:
            return stop  # "في مؤتمر صحفي،"، "في البيان،": where the holder spoke, no place of the office
        return place if self._office_place(window[stop.end():place.end()].strip(" ،,"), head) else stop

    def _office_place(self, text: str, head: str) -> bool:
        """Whether the words after في name a place or body the lexicons know, opening with it: a state or capital
        ("في سوريا"), a body ("في الأمم المتحدة"); not a room of one's own ("في منزله"، "في مكتبه بالوزارة": a
        pronoun on the head, closed.ar.object_pronoun) nor an event ("في حفل أقيم مساء أمس"), after which the name
        past the comma is the verb's object, no holder of the office (review r1 of session 43, finding 6)."""
        if any(h is not None and h.start == 0 for h in [self.typer.search("country", text)]):
            return True
        if not head.startswith(self.typer.words.article) and self.possessed.search(head):
            return False
        return any(h is not None and h.start == 0
                   for f in ("org_noun", "authority") for h in [self.typer.search(f, text)])

    def _linked_cut(self, run: list[str]) -> list[str]:
        """A holder's name of four words, or five when the fourth links the last ("عبدالله بن زايد آل نهيان"):
        the family name after آل or بن is the one a later mention repeats ("وأكد آل نهيان")."""
        links = self.typer.arabic_names.links
        return run[:5] if len(run) > 4 and norm(run[3]) in links else run[:4]

    def _apposed(self, body: str, start: int) -> Optional[int]:
        """Where the words before an office end that may close its holder's name and a comma: before the
        pronoun of an aside after the comma ("كليمنت، وهو عضو": closed.ar.aside_pronoun) and before a trade the
        office is joined to by و ("تيكال، الناشطة ومؤسسة منظمة": she holds the office too); `start` otherwise.
        None for an office joined by و right after the comma: the next of a list ("مايك بنس، ووزير الخارجية")."""
        words = body[max(0, start - 40):start].split()
        cut = start
        office = norm(body[start:start + 30])
        rest = self.typer.lex["role"].search(office[1:]) if office[:1] in self.conjunctions else None
        joined = rest is not None and rest.start == 0  # "ومؤسسة"، "وصاحب السمو": و, then an office
        trade = self.typer.lex["person_role"]
        for k in (3, 2, 1) if joined else ():
            n = norm(" ".join(words[-k:]))
            hit = trade.search(n) if len(words) > k else None
            if hit is not None and hit.start == 0 and hit.end == len(n) and hit.value.type is None:
                cut = body.rfind(words[-k], 0, start)
                words = words[:-k]
                break
        if joined and cut == start and words and COMMA.search(words[-1][-1:]):
            return None
        if words and norm(words[-1]) in self.typer.words.aside_pronouns:
            cut = body.rfind(words[-1], 0, cut)
            words = words[:-1]
        if cut != start and not (words and COMMA.search(words[-1][-1:])):
            return start  # the aside and the joined trade follow the name and its comma only
        return cut

    def _name_before_office(self, body: str, start: int, comma: bool = False) -> list[str]:
        """A spokesperson's name before the office, set off by a comma or opened by a rank ("لجأ أفيخاي
        أدرعي، المتحدث باسم الجيش"، "العقيد الركن صادق الدويد المتحدث باسم المقاومة"): a first and a family
        name (longer with بن، أبو، عبد), ending right before the office; with `comma`, set off by one only. Without
        a comma, a rank or a verb of saying opens the name: "قال أحمد المسماري الناطق باسم الجيش"، "صرحت الأربعاء
        مايا كوسيانسيتش الناطقة باسم" (the name is the verb's subject and the office its appositive)."""
        words = _AR_BEFORE_OFFICE.match(body[max(0, start - 60):start][::-1])
        tokens = words.group(2)[::-1].split() if words else []
        run = self.typer.arabic_names.last_run(tokens)
        if len(run) < 2 or tokens[-len(run):] != run:
            return []
        title = tokens[-len(run) - 1:-len(run)]  # a rank or honorific right before the name: "العقيد الركن"
        rank = norm(title[0]) if title else ""  # two lookups: a union of the sets would be built on every call
        ranked = bool(title) and (rank in self.typer.lexicon_words or rank in self.typer.arabic_names.honorifics)
        said = not ranked and self._said_by(body[max(0, start - 80):start], len(run))
        if words.group(1) is None and (comma or not (ranked or said)):
            return []  # "وفقا لما أعلنه المتحدث": words before an office without a comma, a title or a verb are no name
        if said and not comma:
            return run  # the verb opens the whole name: "وقالت سارا إيسغور فلوريس المتحدثة"
        linked = any(norm(w) in self.typer.arabic_names.links for w in run[-4:-1])
        return run[-4:] if linked else run[-2:]

    def _said_by(self, before: str, size: int) -> bool:
        """Whether the `size` words at the end of `before` follow a verb of saying, time words apart ("صرحت الأربعاء
        مايا كوسيانسيتش"): they are its subject."""
        words = before.split()[:-size]
        while words and self.typer.is_time_word(words[-1]):
            words.pop()
        verb = norm(words[-1]) if words else ""
        return verb in self.verb_forms or self.unjoined.sub("", verb) in self.verb_forms  # "وقالت"

    def _body_after_lead(self, n: str) -> bool:
        """An organisation, document, medium or authority that is not the head of an Arabic span naming no known official."""
        if self.typer.search("known_official", n) is not None or self.typer.search("intelligence", n) is not None:
            return False
        hits = [self.typer.search(f, n) for f in ("org_noun", "document_noun", "media_generic", "authority")]
        starts = [h.start for h in hits if h is not None]
        return bool(starts) and min(starts) > 0

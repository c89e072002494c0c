"""Type a source span: which of the contract's ten labels it is, its name and its role.

Families are tried in a fixed order (see rules/sources.yaml); the first that matches decides,
and its rule id is recorded so every type can be explained.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from ..lexicon import LexiconSet
from ..normalize import is_arabic, norm, norm_pattern, normalize
from ..rules import SPEECH_FAMILIES, RuleSet, ScannedBody
from .chunker import ArabicNames
from .words import WordClasses, closed_class

_TOKEN = re.compile(r"[^\s،,:;()\"'\[\]]+")
_QUOTED = re.compile(r'"[^"]{0,60}"|«[^»]{0,60}»|“[^”]{0,60}”')
_LEADING_WAW = re.compile(r"^و")
_NOT_WORDISH = re.compile(r"[^\w\s'-]")
_COMMA = re.compile(r"[،,]")
_HASHTAG = re.compile(r"#(\w+)")
# a noun of statement and the words that lead to its issuer: "بيان لـ"، "بيان صادر عن"، "بيان أصدرته"
ISSUED_BY = r"(?:(?:ال)?صادر[ةه]?\s+(?:عن|من)|اصدرت?ه[ا]?|نشرت?ه[ا]?)\s+"
_STATEMENT = re.compile(r"\s*(?:(?:ال)?(?:بيان|تصريح|تصريحات|تغريده)\s+" + ISSUED_BY  # "البيان الصادر عن"
                        + r"|(?:بيان|بيانا|تصريح|تصريحات|تغريده)\s+(?:" + ISSUED_BY + r"|ل(?=\S{3})|(?=\S)))")  # "بيان الجيش"
_EN_AFFILIATION = re.compile(r"(?<!\S)(?:at|of|from|with|for)\s+(?:the\s+)?$")  # right before an organisation
DEFINITE = re.compile(r"^[وف]?[بلك]?ال|^لل")  # the article, after the proclitics
_AR_AND_THE = re.compile(r"\s+و(?=ال\S)")  # "و" + the article opening a word: a second, coordinated noun
# Where the name after a role ends: punctuation, a comma not followed by a short name and another
# comma, or a word that opens what comes next
_NAME_STOP = re.compile(r"[.:;؟?\"]|[،,](?!\s*[A-Za-z\u0621-\u064a]+(\s+[A-Za-z.\u0621-\u064a]+){0,3}[،,])"
                        r"| (ان|إن|أن|بان|في|على|that|said|says|for|of|at|in|from|with|who)\b")
# up to four words right before an Arabic office, with or without a comma between ("أفيخاي أدرعي، المتحدث")
_AR_BEFORE_OFFICE = re.compile(r"((?:[^\s،,.:;؛\"«»()]+ +){0,3}[^\s،,.:;؛\"«»()]+) *[،,]? *$")
_MODIFIER_NAME = re.compile(r"([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?) (?:[a-z][\w-]* ){1,3}([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)+)$")
_PARTY_TAG = re.compile(r"\s*\((?:[RDI](?:-[A-Z][\w.]*)*|[A-Z][\w.]*\.)\)")  # "(R)", "(D-Calif.)", "(R-S.C.)"
_POSSESSIVE_END = re.compile(r"'s\b|(?<=s)'(?!\w)")  # after a token: "Carson's", "Sanders'"
_POSSESSOR = re.compile(r"'s?\s+\w")  # after a name: "Clinton's current lead", "Sanders' campaign"
_NAME_BEFORE_ROLE = re.compile(r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}),\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[\w'’-]+\s+){0,2}$")


_EN_APPROXIMATE = re.compile(r"^(?:(?:about|nearly|almost|roughly|only|just|just over|just under|over|under|more than|"
                             r"fewer than|less than|some) )+")
# "two in three", "4 in 10": a share of those asked
_EN_SHARE = re.compile(r"\S+ (?:in|out of) (?:\d+|two|three|four|five|six|seven|eight|nine|ten)")
_EN_COMPLEMENT = re.compile(r" (?:by|of|from|into|on|for|about|in|at|with|released|published|conducted|issued|"
                            r"obtained|written|prepared|commissioned|filed|compiled|produced|signed|sent)(?: |$)")
_EN_COUNT = re.compile(r"(?:at least |at most )?\d[\d,]*")


@dataclass
class Typed:
    type: Optional[str]  # None: a pronoun or nothing, the previous speaker continues
    name: Optional[str] = None
    role: Optional[str] = None
    rules: list[str] = field(default_factory=list)


@dataclass
class Memory:
    """Names met so far in the article with the type they were first typed as (for bare surnames)."""

    names: dict[str, tuple[str, str]] = field(default_factory=dict)
    offices: dict[str, str] = field(default_factory=dict)  # "الناطقة باسم وزارة الخارجية" -> its holder's name
    heads: dict[str, "Typed"] = field(default_factory=dict)  # "the agency" / "الصحيفة" refers back

    def remember(self, name: str, type_: str, spelling: Optional[str] = None) -> None:
        """Remember a name by the words of its spelling in the text (the name itself by default)."""
        for token in norm(spelling or name).split():
            if len(token) > 2:
                self.names.setdefault(token, (type_, name))

    def recall(self, span: str) -> Optional[tuple[str, str]]:
        for token in norm(span).split():
            if token in self.names:
                return self.names[token]
        return None


def _first_name_only(words: list[str], remembered: list[str]) -> bool:
    """Whether a name opens with the first name of someone met before and goes on with a word of its own
    ("محمد خضر" after "محمد عزوز"): two people; a family name alone or with words after it is the same one."""
    return len(words) > 1 and len(remembered) > 1 and words[0] == remembered[0] and words[1] not in remembered


def _office_holder(office: str, memory: Memory) -> Optional[str]:
    """The holder of an office the article named before, by its words as written, or shortened when it
    names its body ("المتحدث باسم المقاومة" after "المتحدث باسم المقاومة الوطنية في اليمن") and one holder
    with a first and a family name fits."""
    if office in memory.offices:
        return memory.offices[office]
    if len(office.split()) < 3 or not DEFINITE.match(office):
        return None
    holders = {h for o, h in memory.offices.items() if o.startswith(office + " ") and len(h.split()) > 1}
    return holders.pop() if len(holders) == 1 else None


def _indefinite(n: str, start: int, end: int, adjectives: frozenset[str]) -> bool:
    """An Arabic office without the article and without a definite complement: "وزير إسرائيلي",
    "مستشار سابق", "عضو في البرلمان"; not "رئيس الحكومة", "سفير أوكرانيا" (a country's ambassador)."""
    if any(DEFINITE.match(w) for w in n[start:end].split()):
        return False
    following = n[end:].split()[:1]
    return not following or following[0] in adjectives


def _heads_span(n: str, head: str) -> bool:
    """Whether a head noun is in a span and not only as a second noun joined by و: "وسائل إعلام روسية
    ومصدر في موسكو" is typed as the media, so a later "المصدر" must not take their type."""
    return any(not (n[i - 1:i] == "و" and n[i - 2:i - 1] in ("", " "))
               for i in (m.start() for m in re.finditer(re.escape(head), n)))


class SourceTyper:
    def __init__(self, rules: RuleSet, words: WordClasses):
        self.rules = rules
        self.words = words
        self.lex = {f: rules.lexicon(f) for f in (
            "pronoun", "role", "spokesperson", "official_noun", "anonymous_noun", "authority",
            "document_noun", "org_noun", "media_generic", "state_media_generic", "known_official",
            "indefinite", "anaphor", "nobody", "person_role")}
        # a span is typed against all of these: scanned once for all of them (cached: spans come back)
        self._span_hits = lru_cache(maxsize=256)(LexiconSet({
            **self.lex, "outlet": rules.outlet_names, "intelligence": rules.intel_lexicon,
            "country": rules.country_lexicon}).scan)
        self.function_words = rules.terms("function_word") | rules.terms("boundary")
        # (name, head nouns) of each anaphor entry: "the agency" refers back to the last source with that head
        self.anaphor_heads = [(e.name, e.name.split("|")) for e in rules.entries if e.family == "anaphor" and e.name]
        self.time_words = rules.terms("time_word")
        self.place_prepositions = rules.terms("place_preposition")
        self.lexicon_words = set()
        for fam in ("role", "official_noun", "anonymous_noun", "authority", "document_noun", "org_noun",
                    "media_generic", "state_media_generic", "indefinite", "spokesperson", "person_role"):
            for t in rules.terms(fam):
                self.lexicon_words.update(t.split())
        for c in rules.countries.countries:
            for t in [*c.names, *c.adjectives, *c.capitals]:
                self.lexicon_words.update(norm(t).split())
        self._excluded = lru_cache(maxsize=16384)(self._read_word)
        # every Arabic closed class says a word is no name, but the steps' word lists (مصدر، أبو)
        arabic_closed = frozenset(norm(t) for e in rules.entries if e.family == "closed_class" and e.lang == "ar"
                                  and e.id not in words.ids for t in e.all_terms())
        # what may follow an office that stays unnamed: a country adjective without the article, a
        # preposition ("عضو في"), an adjective of rank ("كبير", "سابق": closed.ar.rank)
        self.indefinite_words = frozenset(
            {norm(a) for c in rules.countries.countries for a in c.adjectives if not norm(a).startswith("ال")}
            | arabic_closed | rules.terms("indefinite"))
        # Arabic names are what no closed class, lexicon or speech verb explains (chunker.py)
        verbs = set().union(*(rules.terms(f) for f in (*SPEECH_FAMILIES, "opinion", "participle", "relay", "according")))
        verbal_noun = "|".join(norm_pattern(p) for e in rules.entries if e.id == "closed.ar.verbal_noun" for p in e.patterns)
        self.arabic_names = ArabicNames(frozenset(self.lexicon_words | self.function_words | verbs | arabic_closed),
                                        frozenset(self.lexicon_words), closed_class(rules, "closed.ar.honorific"),
                                        words.name_links, words.preposition_clitics,
                                        re.compile(verbal_noun) if verbal_noun else None, arabic_closed)
        self.people = {c: closed_class(rules, f"en.class.{c}") for c in ("person_noun", "group_noun", "quantifier")}

    def is_time_word(self, token: str) -> bool:
        return _LEADING_WAW.sub("", norm(token).strip("،,")) in self.time_words

    def name_tokens(self, original: str, leading: bool = False, last: bool = False) -> list[str]:
        """Tokens of a span that look like a person's name (not lexicon or function words); with
        `leading`, an Arabic name must open the span (no title before it); with `last`, it is the
        last name of the span (after a title and its institution)."""
        if is_arabic(original):
            tokens = _TOKEN.findall(original)
            return self.arabic_names.last_run(tokens) if last else self.arabic_names.run(tokens, leading)
        out: list[str] = []
        previous_end = 0
        run = 0  # name tokens just read, one after another
        addressed = False  # the token before was "Mr.", "Ms.", "Dr.": a capitalised word after it is a name
        for m in _TOKEN.finditer(original):
            tok, gap, previous_end = m.group(), original[previous_end:m.start()], m.end()
            after_honorific, addressed = addressed, norm(tok).strip(".") in self.words.honorifics
            if after_honorific and tok[:1].isupper() and not _POSSESSIVE_END.match(original, m.end()):
                out.append(tok.strip(".,"))  # "Ms. White", "Mr. House": a family name that is also a word
                run += 1
                continue
            if out and "," in gap:
                break  # "Jeffrey Salkin, a Hollywood, Fla., rabbi": an English name ends at a comma
            if tok[:1].isupper() and (tok.endswith(("’s", "s’")) or _POSSESSIVE_END.match(original, m.end())):
                # a possessor is not the span's head, nor is the rest of its name ("Muhammad Ali's death")
                del out[len(out) - run:]
                run = 0
                continue
            if self._excluded(tok):
                run = 0
                continue
            out.append(tok.strip(".,"))
            run += 1
        return out

    def _read_word(self, tok: str) -> bool:
        """Whether an English token is never part of a name (cached: names and words come back)."""
        n = norm(tok).strip(".")
        return not n or n in self.function_words or n in self.lexicon_words or n in self.words.honorifics \
            or n + "." in self.words.titles or n in self.time_words \
            or any(map(str.isdigit, n)) or not tok[:1].isupper()  # lower case: not a name

    def classify(self, span: str, memory: Memory) -> Typed:
        if "#" in span and is_arabic(span):
            span = _HASHTAG.sub(lambda m: m.group(1).replace("_", " "), span)  # "#محكمة_سيول" reads as its words
        if _QUOTED.fullmatch(span.strip()):
            span = span.strip()[1:-1]  # «أم باسم», "وفا": a name in quotation marks, read as the name
        n = norm(span)
        if not n or self._only("pronoun", n):
            return Typed(None, rules=["src.continuation"])
        if self._only("nobody", n):
            return Typed("unattributed", rules=["src.nobody"])  # "nobody asked": no one is cited
        anaphor = self._search("anaphor", n)
        if anaphor is not None and self._only("anaphor", n):
            earlier = memory.heads.get(anaphor.value.name or "")
            if earlier is not None:
                return Typed(earlier.type, name=earlier.name, rules=[*earlier.rules, anaphor.entry_id])
        typed = self._classify(span, n, memory)
        second = _AR_AND_THE.search(span) if is_arabic(n) else None
        if second is not None and typed.type not in (None, "unattributed"):
            # "المرصد السوري والإعلام الرسمي": coordinated sources are typed by the first one named
            first = self._classify(span[:second.start()], norm(span[:second.start()]), memory)
            if first.type not in (None, "unattributed"):
                typed = Typed(first.type, first.name, first.role, [*first.rules, "src.coordinated"])
        if typed.type not in (None, "unattributed"):
            for name, heads in self.anaphor_heads:
                if any(_heads_span(n, h) for h in heads):
                    memory.heads[name] = typed
        return typed

    def _classify(self, span: str, n: str, memory: Memory) -> Typed:
        if not is_arabic(n):
            # "An inquiry by the inspector general": a short head comes before its complement
            head = _EN_COMPLEMENT.split(n, maxsplit=1)[0]
            last_word = _NOT_WORDISH.sub("", head if len(head.split()) <= 6 else n).split()[-1:]
            doc = self.lex["document_noun"].search(last_word[0]) if last_word else None
            if doc is not None and doc.end >= len(last_word[0]):
                # English heads come last: "The latest Rasmussen Reports poll" is a poll
                return Typed("document", name=span.strip(), rules=[doc.entry_id, "src.head_noun"])
            words = _NOT_WORDISH.sub("", head).split()
            org = self.lex["org_noun"].search(" ".join(words[-2:])) if 1 < len(words) <= 4 else None
            if org is not None and org.end >= len(" ".join(words[-2:])) and self.lex["role"].search(head) is None:
                # "the Obama administration", "the Trump campaign": a name before the head only modifies it
                return Typed("named_organization", name=span.strip(), rules=[org.entry_id, "src.head_noun"])
        unquoted = _PARTY_TAG.sub(" ", _QUOTED.sub(" ", span))  # quoted words name things; "(R-S.C.)" no one
        # past the titles, an Arabic name must open the span: "إيران تهديدات مباشرة" names no one
        lead = self.name_tokens(unquoted, leading=True) if is_arabic(n) else None
        if is_arabic(n):
            role = self._search("role", n)
            if role is not None and role.start == 0 and self._search("spokesperson", n) is None:
                # "وزير الاستخبارات الإسرائيلي، إسرائيل كاتز": the head noun is an office
                name = " ".join(self.name_tokens(unquoted, last=True)) or None
                known = self._search("known_official", n)
                if known is not None and (not name or set(norm(name).split()) <= set(known.text.split())):
                    name = known.value.name  # the whole name is a known one ("كيم" alone is not كيم يونغ هيون)
                name = name or memory.offices.get(n.strip(" ،,"))  # the office named earlier with its holder
                if name:
                    memory.remember(name, "named_official")
                elif _indefinite(n, role.start, role.end, self.indefinite_words):
                    # "وزير إسرائيلي", "مستشار سابق": an office without the article or a name is unnamed
                    return Typed("anonymous_official", role=span.strip(), rules=[role.entry_id, "src.indefinite_role"])
                return Typed("named_official", name=name, role=span.strip(), rules=[role.entry_id, "src.head_noun"])
            person = self._search("person_role", n)
            if person is not None and person.start == 0 and person.value.type is not None:
                # "باحثون في مجال", "والدة المحتجز": a group, or a relative of someone named, typed as such
                return Typed(person.value.type, role=span.strip(), rules=[person.entry_id, "src.head_noun"])
            if person is not None and person.start == 0:
                # "الباحث في مركز كارنيغي يزيد صايغ", "الكاتب البريطاني باتريك سيل": a person without
                # office, whatever institution follows; unnamed ("خبراء", "الباحثون"), an anonymous source
                name = " ".join(self.name_tokens(unquoted, last=True)) or None
                outlet = self._search("outlet", n)
                if name and outlet is not None and set(norm(name).split()) <= set(outlet.text.split()):
                    name = None  # "مراسل وكالة فرانس برس": the outlet's name is no person's
                if name:
                    memory.remember(name, "named_person")
                    return Typed("named_person", name=name, role=span.strip(), rules=[person.entry_id, "src.head_noun"])
                if outlet is not None:  # an unnamed correspondent speaks for the outlet
                    media = "state_media" if outlet.value.kind == "state" else "media"
                    return Typed(media, name=outlet.value.name, rules=[person.entry_id, outlet.entry_id])
                return Typed("anonymous", role=span.strip(), rules=[person.entry_id, "src.head_noun"])
        if lead is not None:
            # the title comes after the name, not inside it ("أبو طالب" is a name, not a student); a
            # group's noun is a title only next to the name ("جيريمي جرامز كبير خبراء الأرصاد", not
            # "ودخلت قوات النظام ... إثر خروج مقاتلين معارضين")
            after_lead = n.find(norm(lead[-1])) + len(norm(lead[-1])) if lead else 0
            titles = [t for t in (self._search(f, n) for f in ("role", "spokesperson", "person_role"))
                      if t is not None and t.start >= after_lead
                      and (t.value.type is None or len(n[after_lead:t.start].split()) <= 1)]
            title = min(titles, key=lambda t: t.start) if titles else None
            if lead and title is not None and not title.text.startswith(("ل", "ب")):
                # "لوتشيانو فونتانا محرر صحيفة كورييري ديلا سيرا": a name, then its title (not a hearer:
                # "كيري لصحافيين")
                kind = "named_person" if title.family == "person_role" else "named_official"
                recalled = memory.recall(" ".join(lead))
                kind = recalled[0] if recalled and recalled[0] == "named_official" else kind
                memory.remember(" ".join(lead), kind)
                return Typed(kind, name=" ".join(lead), role=span.strip(), rules=[title.entry_id, "src.name"])
            first = n.split()[0]
            if lead and first in self.arabic_names.honorifics and self._search("known_official", n) is None:
                # "المهندس عبدالله المبطي باسم غرفة أبها": an honorific opens a person's name, and a body
                # after it is the one the person speaks for (LABELLING: an organisational role is official)
                recalled = memory.recall(" ".join(lead))
                kind = recalled[0] if recalled else "named_official" if self._search("org_noun", n) else "named_person"
                memory.remember(" ".join(lead), kind)
                return Typed(kind, name=recalled[1] if recalled else " ".join(lead), rules=["closed.ar.honorific", "src.name"])
            if first in memory.names and DEFINITE.match(first):
                # "وأكد الربيعي": a family name with the article, met before with its first name
                kind, name = memory.names[first]
                return Typed(kind, name=name, rules=["src.memory"])
            if len(lead) == 1 and memory.recall(lead[0]) is None and self._body_after_lead(n):
                # "وعرضت وزارة الدفاع لقطات", "وسينظر المجلس في مشروع": an Arabic noun phrase opens with its
                # head; one unknown word before a body is a verb's, not a name
                return Typed(None, rules=["src.unresolved", "src.no_head.ar"])
        hit = self._search("state_media_generic", n)
        outlet = self._search("outlet", n)
        if outlet is not None and outlet.value.kind == "state":
            return Typed("state_media", name=outlet.value.name, rules=[outlet.entry_id])
        if hit is not None:
            return Typed("state_media", name=span.strip(), rules=[hit.entry_id])
        intel = self._search("intelligence", n)
        if intel is not None:
            name = intel.value.name if intel.family == "service" else span.strip()
            return Typed("intelligence", name=name, rules=[intel.entry_id])
        if outlet is not None:
            return Typed("media", name=outlet.value.name, rules=[outlet.entry_id])
        known = self._head_hit("known_official", n)
        remembered = memory.recall(span) if known is not None else None
        if remembered is not None and remembered[1] != known.value.name:  # type: ignore[union-attr]
            known = None  # a later "كيم" is the person this article introduced with it, not Kim Jong Un
        names = self.name_tokens(unquoted)
        modifier = _MODIFIER_NAME.match(span.strip()) if known is not None and not is_arabic(n) else None
        if modifier is not None and known.text in norm(modifier.group(1)):  # type: ignore[union-attr]
            # "Trump campaign manager Corey Lewandowski", "Clinton pollster Joel Benenson": the known name
            # modifies the title; the person is the name after it
            known, names = None, self.name_tokens(modifier.group(2))
        head_media = self._search("media_generic", n)
        if head_media is not None and head_media.start == 0 and is_arabic(n):
            return Typed("media", name=span.strip(), rules=[head_media.entry_id, "src.head_noun"])
        head_doc = self._search("document_noun", n)
        if head_doc is not None and head_doc.start == 0 and is_arabic(n):
            issuer = self._issuer(span, memory)
            if issuer is not None:
                return issuer
            return Typed("document", name=span.strip(), rules=[head_doc.entry_id, "src.head_noun"])
        head_org = self._search("org_noun", n)
        if head_org is not None and head_org.start == 0 and is_arabic(n):
            head_role = self._search("role", n)
            if head_role is None or head_role.start > 0:
                return Typed("named_organization", name=span.strip(), rules=[head_org.entry_id, "src.head_noun"])
        spoke = self._search("spokesperson", n)
        if spoke is not None:
            holder = _office_holder(n.strip(" ،,"), memory) if is_arabic(n) and not names else None
            if holder is not None:
                # "الناطقة باسم وزارة الخارجية الأمريكية" after "... هيذر نويرت": the office the article
                # introduced with its holder's name is that person
                return Typed("named_official", name=holder, role=span.strip(), rules=[spoke.entry_id, "src.office_holder"])
            if names and known is not None and not is_arabic(n) \
                    and set(norm(" ".join(names)).split()) <= set(known.text.split()):
                names = []  # "a Clinton campaign spokesman", "a spokesman for Clinton": a spokesperson, unnamed
            if names:
                memory.remember(" ".join(names), "named_official")
                return Typed("named_official", name=" ".join(names), role=span.strip(), rules=[spoke.entry_id, "src.name"])
            return Typed("named_organization", name=span.strip(), role="spokesperson", rules=[spoke.entry_id])
        official = self._search("official_noun", n)
        anonymous = self._search("anonymous_noun", n)
        head = official if official is not None and official.start == 0 else anonymous
        if head is not None and head.start == 0 and is_arabic(n) and (known is None or known.start > 0):
            # Arabic puts the head noun first: "مصادر طبية فلسطينية" is sources, whatever follows.
            return Typed(head.value.type, role=span.strip(), rules=[head.entry_id, "src.head_noun"])
        if official is not None and names and not known:
            name = " ".join(names)
            memory.remember(name, "named_official")
            return Typed("named_official", name=name, role=span.strip(), rules=[official.entry_id, "src.name"])
        if (official or anonymous) and not known and not names:
            hit = official or anonymous
            return Typed(hit.value.type, name=None, role=span.strip(), rules=[hit.entry_id])
        role = self._search("role", n)
        if role is not None:
            indefinite = self.lex["indefinite"].search(n, 0, role.start + 1)
            if indefinite is not None and indefinite.start < role.start and not names and not known:
                return Typed("anonymous_official", role=span.strip(), rules=[role.entry_id, indefinite.entry_id])
            name = known.value.name if known else (" ".join(names) or None)
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
        if recalled and _first_name_only(norm(" ".join(names)).split(), norm(recalled[1]).split()):
            recalled = None  # "محمد خضر" after "محمد عزوز": a first name shared, another person
        if recalled:
            return Typed(recalled[0], name=recalled[1], rules=["src.memory"])
        if names and not is_arabic(n) and "," in span and _COMMA.split(span, maxsplit=1)[0].split() == names:
            # "Steve Grubbs, an Iowa operative currently working for Rand Paul's campaign": a name heads the
            # span, the body after the comma only describes the person
            memory.remember(" ".join(names), "named_person")
            return Typed("named_person", name=" ".join(names), rules=["src.name", "src.appositive.en"])
        authority = self._search("authority", n)
        if authority is not None:  # a country's authorities, named ("السلطات المصرية") or the article's own
            country = self._search("country", n)
            return Typed(authority.value.type, name=span.strip(),
                         rules=[authority.entry_id, *([country.entry_id] if country is not None else [])])
        doc = self._search("document_noun", n)
        if doc is not None and (not names or (not is_arabic(n) and doc.end >= len(n.rstrip(" .,")))):
            # "The latest Rasmussen Reports poll": in English the last noun is the head
            return Typed("document", name=span.strip(), rules=[doc.entry_id])
        org = self._head_hit("org_noun", n)
        if org is not None and names and not is_arabic(n) and _EN_AFFILIATION.search(n, 0, org.start):
            org = None  # "Michael O'Hanlon, a senior fellow at the Brookings Institution": a person, affiliated
        if org is not None:
            return Typed("named_organization", name=span.strip(), rules=[org.entry_id])
        media = self._search("media_generic", n)
        if media is not None:
            return Typed("media", name=span.strip(), rules=[media.entry_id])
        country = self._head_hit("country", n)
        if country is not None and not is_arabic(n) and set(n[:country.start].split()[-1:]) & self.place_prepositions:
            country = None  # "refugees from Iraq", "the fifth most dangerous city in America": a place, not the state
        if country is not None and not names:
            return Typed("named_organization", name=country.value.names[0] if country.value.names else span.strip(),
                         rules=[country.entry_id])
        if names:
            name = " ".join(names)
            memory.remember(name, "named_person")
            return Typed("named_person", name=name, rules=["src.name"])
        if doc is not None:
            return Typed("document", name=span.strip(), rules=[doc.entry_id])
        if is_arabic(n):
            # no word of the span can be a name and no lexicon explains it ("في لقاء", "قائلا", "كلمته"):
            # the verb's subject was dropped or is elsewhere; say so, never invent a name
            return Typed(None, rules=["src.unresolved"])
        return self._people(span, n) or Typed("unattributed", rules=["src.unknown"])

    def _people(self, span: str, n: str) -> Optional[Typed]:
        """An English subject headed by a noun of people or a quantifier (rules/en/people.yaml): "several
        observers", "two in three", "most of them" are unnamed sources; "the witness", "the businessman" (a
        definite person) refer back to the person last cited, as a pronoun does."""
        words = _EN_APPROXIMATE.sub("", _NOT_WORDISH.sub("", n)).split()
        if not words:
            return None
        head = words[-1]
        if head.endswith("-year-old") or head.endswith("-year-olds"):
            head = "person"  # "the 46-year-old": a person named by age
        if _EN_COUNT.fullmatch(" ".join(words)):
            return Typed("anonymous", role=span.strip(), rules=["en.class.quantifier"])  # "43 said", "at least 21,000"
        plural = head.endswith("s") and not head.endswith("ss") or head in self.words.plural_without_s  # not "actress"
        if words[0] in self.words.definite and head in self.people["person_noun"] and not plural:
            return Typed(None, rules=["en.class.person_noun", "src.definite_person"])
        if head in self.people["person_noun"] or head in self.people["group_noun"] and words[0] not in self.words.definite:
            # "the crowd booed" is a scene, not a source
            entry = "en.class.person_noun" if head in self.people["person_noun"] else "en.class.group_noun"
            return Typed("anonymous", role=span.strip(), rules=[entry])
        quantity = " ".join(words[:2]) if words[1:2] != ["of"] and " ".join(words[:2]) in self.people["quantifier"] \
            else words[0]
        rest = words[len(quantity.split()):]
        alone = not rest and quantity not in ("one", "another")  # "one that favors workers" is a thing
        if quantity in self.people["quantifier"] and (alone or rest[:1] == ["of"]) or _EN_SHARE.fullmatch(" ".join(words)):
            return Typed("anonymous", role=span.strip(), rules=["en.class.quantifier"])
        return None

    def _issuer(self, span: str, memory: Memory) -> Optional[Typed]:
        """LABELLING.md: a statement carries its issuer's claim ("بيان لوزارة الخزانة"، "بيان أصدرته رئاسة
        الحكومة"، "بيان الجيش"، "بيان صادر عن الحزب"): the issuer named after a noun of statement is the source."""
        ns = normalize(span)
        head = _STATEMENT.match(ns.text)
        if head is None:
            return None
        a, b = ns.span(head.end(), len(ns.text))
        issuer = span[a:b]
        if not issuer.strip():
            return None
        typed = self._classify(issuer, norm(issuer), memory)
        if typed.type not in ("named_organization", "named_official", "state_media", "media", "anonymous_official"):
            return None
        return Typed(typed.type, typed.name, typed.role, [*typed.rules, "src.issuer.ar"])

    def _after_honorific(self, body: str, nb, end: int) -> list[str]:
        """"مدير إدارة الحج والعمرة بمنطقة مكة المكرمة الدكتور موفق محمد أبو طالب": past the body an office
        heads, an honorific (closed.ar.honorific) opens its holder's name."""
        window = nb.text[end:end + 120]
        stop = _NAME_STOP.search(window)
        words = window[:stop.start() if stop else len(window)].split()
        at = max((i for i, w in enumerate(words) if w in self.arabic_names.honorifics), default=None)
        if at is None:
            return []
        a, b = nb.span(end, end + len(window))
        start = body.find(" ".join(words[at + 1:at + 2]), a) if at + 1 < len(words) else -1
        return self.name_tokens(body[start:b], leading=True)[:4] if start != -1 else []

    def _name_before_office(self, body: str, start: int) -> list[str]:
        """A spokesperson's name before the office, set off by a comma or opened by a rank ("لجأ أفيخاي
        أدرعي، المتحدث باسم الجيش"، "العقيد الركن صادق الدويد المتحدث باسم المقاومة"): a first and a family
        name (longer with بن، أبو، عبد), ending right before the office."""
        words = _AR_BEFORE_OFFICE.search(body, max(0, start - 60), start)
        tokens = words.group(1).split() if words else []
        run = self.arabic_names.last_run(tokens)
        if len(run) < 2 or tokens[-len(run):] != run:
            return []
        title = tokens[-len(run) - 1:-len(run)]  # a rank or honorific right before the name: "العقيد الركن"
        if not _COMMA.search(words.group()) and not (title and norm(title[0]) in self.lexicon_words | self.arabic_names.honorifics):
            return []  # "وفقا لما أعلنه المتحدث": words before an office without a comma or a title are no name
        linked = any(norm(w) in self.arabic_names.links for w in run[-4:-1])
        return run[-4:] if linked else run[-2:]

    def _body_after_lead(self, n: str) -> bool:
        """An organisation, document, medium or authority that is not the head of an Arabic span naming no known official."""
        if self._search("known_official", n) is not None or self._search("intelligence", n) is not None:
            return False
        hits = [self._search(f, n) for f in ("org_noun", "document_noun", "media_generic", "authority")]
        starts = [h.start for h in hits if h is not None]
        return bool(starts) and min(starts) > 0

    def _search(self, family: str, n: str):
        """The first hit of one of the span's lexicons in the normalised span (a search of that lexicon)."""
        hits = self._span_hits(n)[family]
        return hits[0] if hits else None

    def _head_hit(self, family: str, n: str):
        """The first hit that can be the span's head: in English a possessor ("to match Clinton's current
        lead", "America's best") or part of a compound ("anti-Trump activists") only modifies another noun."""
        if is_arabic(n):
            return self._search(family, n)
        return next((h for h in self._span_hits(n)[family]
                     if not _POSSESSOR.match(n, h.end) and n[h.start - 1:h.start] != "-"), None)

    def _only(self, family: str, n: str) -> bool:
        hit = self._search(family, n)
        return hit is not None and hit.start == 0 and hit.end >= len(n.strip())

    def prescan(self, scanned: ScannedBody, memory: Memory) -> None:
        """Remember role-bearing and known names across the body before typing sources."""
        body, nb, hits = scanned.text, scanned.normalized, scanned.hits
        roles = [*hits["role"], *hits["official_noun"], *hits["spokesperson"]]
        for hit in roles:
            # "ROLE NAME" or "ROLE, NAME," ...
            window = nb.text[hit.end:hit.end + 60]
            stop = _NAME_STOP.search(window)
            a, b = nb.span(hit.end, hit.end + (stop.start() if stop else len(window)))
            segment = body[a:b]
            after_comma = _COMMA.split(segment, maxsplit=1)
            # Arabic puts the name after the office and a comma ("أمين المجمع، محسن رضائي"); English
            # keeps it next to the title ("Sen. John McCain, Republican of Arizona")
            parts = after_comma[::-1] if is_arabic(segment) else after_comma
            names = self._after_honorific(body, nb, hit.end) if is_arabic(segment) else []
            names = names or next((found for part in parts if (found := self.name_tokens(part))), [])
            # ... or "NAME, (the) ROLE"
            role_start = nb.span(hit.start, hit.end)[0]
            before = _NAME_BEFORE_ROLE.search(body[max(0, role_start - 60):role_start])
            if before:
                names = names or before.group(1).split()
            if not names and is_arabic(segment) and hit.family == "spokesperson":
                names = self._name_before_office(body, role_start)
                if names:  # the office as written after its holder's name, to know it again unnamed
                    memory.offices.setdefault(norm(body[role_start:b]).strip(" ،,"), " ".join(names))
            if names and is_arabic(segment) and hit.family in ("role", "spokesperson"):
                # the office as written before its holder's name, to know it again unnamed
                at = body.find(names[0], role_start, b)
                office = norm(body[role_start:at]).strip(" ،,") if at != -1 else ""
                if office and not self.name_tokens(body[role_start:at]):
                    memory.offices.setdefault(office, " ".join(names[:4]))
            if names:
                name = " ".join(names[:4] if is_arabic(segment) else names[:3])  # "عادل بن محمد الملحم"
                known = self.lex["known_official"].search(norm(name))
                whole = known is not None and set(norm(name).split()) <= set(known.text.split())
                # a known person's words in the text point at their canonical name
                memory.remember(known.value.name if whole else name, "named_official", name)  # type: ignore[union-attr]
        for hit in hits["known_official"]:  # after the titles: "كيم" is the minister introduced as such
            memory.remember(hit.value.name, "named_official", hit.text)  # by the words the article spells

"""Find, for each sentence, the cue, the source span, its relays, hedges and anonymity reason.

Rule-based over lexicons in rules/cues.yaml, rules/sources.yaml and rules/hedges.yaml:
- Arabic is verb-first ("وقال وزير الخارجية ... إن"): the source follows the verb up to a boundary.
- English puts the source before the verb ("Officials said") or after it ("said Mr. Nevins").
- "according to X" / "بحسب X" names X; "told Reuters" / "لوكالة ..." and "بحسب فرانس برس" after
  another source are relays; media reporting that someone said something is a relay too.
- A verb with no subject, a pronoun, or a bare quote continues the previous speaker.
The words that are a cue's subject in each word order are found by subjects.py (SubjectFinder).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from ..lexicon import Hit, LexiconSet
from ..models import Claim, Source, Via
from ..normalize import Normalized, is_arabic, normalize
from ..rules import RuleSet, ScannedBody
from ..text.sentences import Quotes, Sentence, quote_spans
from .sources import Memory, SourceTyper, Typed, closed_class
from .subjects import (
    AR_CONJ,
    AR_PREPOSITIONS,
    EN_CONTRACTED,
    EN_HEARER_VERBS,
    EN_NOUN_MARKERS,
    NEGATION,
    POSSESSIVES,
    RELATIVES,
    STOP_PUNCT,
    WORD,
    SubjectFinder,
    ends_before,
    in_relative_clause,
    last_place,
    words_before,
)

_COMPLEMENT_AHEAD = re.compile(r"[^.؟\"]{0,60}?(?<!\S)(ان|انه|انها|بان|ب?قوله|قائلا|that)(?!\S)|[^.؟]{0,60}?[:\"]")
# "the plan states clearly that", "states:": the complement opens within two words of the verb
_EN_COMPLEMENT_AHEAD = re.compile(r"(?:\s+[a-z]+){0,2}?\s+that\b|\s*[:\"“]")
_CLAUSE_OPENER = re.compile(r'(?<!\S)(ان|بان|انه|انها|that)(?!\S)|"')
_SUBORDINATORS = {"حيث", "فيما", "بينما", "علما", "بعدما", "عندما", "اذ", "لان", "كون", "whereas", "because", "although"}
_PUBLISHERS = ("media", "state_media", "named_organization", "document", "intelligence")
_BULLET = re.compile(r"^\s*(?:[l•·*\-–—]|\d+[.)])\s+")
_SUBORDINATE = re.compile(r"^(و?فيما|و?بينما|و?رغم|و?بعدما|و?عندما|و?مع ان|while|although|though|as|when|after|before|since|even as)\s")
_AR_VERB_CUES = ("speech", "relay", "participle", "opinion", "stance")  # cue families that are verbs
_AR_WHAT = re.compile(r"\s+(?:ما\s+)?")  # "حسب ما أكدت"
_AR_GOVERNS_LAM = ("وفقا", "طبقا")  # according cues whose source follows ل: "وفقا لمصادر"
_AR_LAM = re.compile(r"\s+(ل)(ل)?(?=\S)")
_AR_LAM_OUTLET = re.compile(r"\s*(ل\S+)")
_HEARER_END = re.compile(r"[،,:;.؟?!()\[\]]")  # where a hearer's name ends; quotation marks stay in (لوكالة «رويترز»)
_AR_ISSUED_BY = re.compile(r"\s+(?:ال)?صادر[هة]?\s+(?:عن|من)\s+")  # "بيان صادر عن الحزب"
_AR_CAME_IN = re.compile(r"(?<!\S)(?:و?جاء(?:ت)?(?:\s+(?:ذلك|هذا))?(?:\s+في)?|كما(?:\s+جاء)?\s+في)\s+$")
_AR_QUOTING = re.compile(r"نقلا\s+عن$")  # the according cue that relays a source
_AR_LAM_ANY = re.compile(r"(?<!\S)ل[\"«“'(]?(?=\S)")  # ل before a word, its quotation mark kept out
_AR_THAT = r"(?<!\S)(?:ان|بان|انه|انها)(?!\S)"
_AR_SAID_WORD = re.compile(_AR_THAT)  # a hearer's name ends before these, not at «
_AR_SAID_OPENS = re.compile(_AR_THAT + r"|[:\"«“]")  # where what the source said starts
_AR_CONJUNCTION = re.compile(r"^[وف](?=..)")
_AR_LEAD = r"\s*(?:(?:و|ف|ثم|كما|وقد|فقد|قد|لقد)\s+)*"  # the conjunctions and particles that open a sentence
_AR_LEADING_CONJ = re.compile("^" + _AR_LEAD)
_AR_LEADING_VERB = re.compile(_AR_LEAD + r"\S+")  # a verb-first sentence's verb
_AR_ARTICLE = re.compile(r"[وف]?[بلك]?ال")  # the definite article after the proclitics a Lexicon allows


@dataclass
class Candidate:
    cue: Hit
    span: tuple[int, int]  # normalised offsets in the sentence; empty span: no subject
    typed: Typed
    hearer: Optional[tuple[Typed, str]] = None  # (typed relay, evidence) for "told X"


@dataclass
class Speaker:
    source: Source
    via: list[Via] = field(default_factory=list)


@dataclass
class Discourse:
    """Who spoke last, which person and which thing spoke last, and the sentences read so far (to find
    the person last mentioned, looked up only when a pronoun needs one: `mentioned` in the first
    `searched` of them, so that each sentence is searched once however many pronouns follow)."""

    last: Optional[Speaker] = None
    last_person: Optional[Speaker] = None
    last_thing: Optional[Speaker] = None
    listing: Optional[Speaker] = None  # "Soerens argued that:" and the points that follow
    read: list[str] = field(default_factory=list)
    mentioned: Optional[Speaker] = None
    searched: int = 0

    def update(self, speaker: Optional[Speaker], text: str) -> None:
        if speaker is not None:
            self.last = speaker
            if speaker.source.type in _PERSON_TYPES:
                self.last_person = speaker
            elif speaker.source.type in ("named_organization", "document", "media", "state_media"):
                self.last_thing = speaker
        self.read.append(text)


_PERSON_TYPES = ("named_official", "named_person")
# where an English source speaks through an outlet: "in an interview with", "on" (a programme), "wrote in"
_EN_OUTLET_OPENER = re.compile(r"(?<!\S)(?:in (?:an|a recent|a telephone|a phone) interview (?:with|on)|in interviews with|on|"
                               r"speaking (?:to|with|on)|wrote in|writing in|appearing on|told)\s+(?:the\s+)?")
_EN_FULL_NAME = re.compile(r"(?<![\w.])[A-Z][a-z'’-]+(?: [A-Z]\.)?(?: [A-Z][a-z'’-]+)+")  # "George Zimmerman"
_EN_BE = {"is", "are", "was", "were", "been", "be", "being", "isn't", "aren't", "wasn't", "weren't"}
_COORDINATED_RELATIVE = re.compile(r"(?<!\S)(who|which)\s[^;:\"]*\s(?:and|or|but)\s+$")
_PASSIVE_BY = re.compile(r"\s+by\s+")
_PERSONAL_PRONOUNS = {"he", "she", "هو", "هي"}
_COUNT_SUBJECT = re.compile(r"\d[\d,]*")
_PERFECT = re.compile(r"\s+(?:have|has|had)\s")
_DEFINITE_ANAPHOR = re.compile(r"the(?: [a-z-]+){1,3}")
_EN_OBJECT_PREPOSITIONS = {"to", "for", "with", "about", "against", "on", "over", "into", "from"}
_LONG_WORD = re.compile(r"[^\W\d_][\w'’]{3,}")  # a word of four letters or more


@lru_cache(maxsize=4)  # asked for every capitalised cue of a sentence
def _title_case(text: str) -> bool:
    """A headline's Title Case ("Trevor Noah Says ..."): most longer words capitalised, so a capital
    says nothing about names there."""
    words = _LONG_WORD.findall(text)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


class Attributor:
    def __init__(self, rules: RuleSet):
        self.rules = rules
        self.typer = SourceTyper(rules)
        self.cues = LexiconSet({
            "speech": rules.lexicon("speech", "speech_complement", "speech_media"),
            "according": rules.lexicon("according"),
            "relay": rules.lexicon("relay"),
            "editorial": rules.lexicon("editorial"),
            "agentless": rules.lexicon("agentless"),
            "opinion": rules.lexicon("opinion"),
            "stance": rules.lexicon("opinion", "stance"),
            "stance_noun": rules.lexicon("stance_noun"),
            "participle": rules.lexicon("participle"),
            "speech_noun": rules.lexicon("speech_noun"),
        })
        self.told = rules.lexicon("told")
        self.relatives = closed_class(rules, "closed.ar.relative")
        self.verb_terms = frozenset().union(*(rules.terms(f) for f in ("speech", "speech_complement", "speech_media",
                                                                       "relay", "participle", "opinion", "stance")))
        self.hedge = rules.lexicon("hedge")
        self.reason = rules.lexicon("anonymity_reason")
        self.subjects = SubjectFinder(rules, self.typer)
        # "Poll: ...", "Gillibrand on Hillary: ...": the rule's terms open the topic after the speaker
        self.topic = rules.lexicon("headline_colon")
        self.colon_rule = next((e.id for e in rules.entries if e.family == "headline_colon"), None)

    # -- public -----------------------------------------------------------------------------
    def remember(self, scanned: ScannedBody) -> Memory:
        """The names and roles the body gives, read before any sentence is typed."""
        memory = Memory()
        self.typer.prescan(scanned, memory)
        return memory

    def attribute(self, scanned: ScannedBody, sentences: list[Sentence], language: str, memory: Memory) -> list[Claim]:
        body = scanned.text
        claims: list[Claim] = []
        ctx = Discourse()
        for i, sent in enumerate(sentences, 1):
            claim, speaker = self._sentence(f"c{i}", sent, language, memory, ctx)
            new_paragraph = i == 1 or "\n" in body[sentences[i - 2].end:sent.start]
            bullet = _BULLET.match(sent.text) is not None
            if ctx.listing is not None and new_paragraph and not bullet:
                ctx.listing = None  # the list ended with its last point
            if claim.cue is not None and not (ctx.listing is not None and bullet):
                ctx.listing = speaker if speaker is not None and sent.text.rstrip().endswith(":") else None
            elif ctx.listing is not None and (bullet or claim.source.type == "unattributed"):
                speaker = Speaker(ctx.listing.source.model_copy(update={"start": None, "end": None}),
                                  list(ctx.listing.via))
                claim.source, claim.via = speaker.source.model_copy(), list(speaker.via)
                claim.reasons.append("attr.continuation.list")
            if claim.source.anonymity_reason and claim.cue is None and claims and ctx.last is not None \
                    and claims[-1].source.type in ("anonymous_official", "anonymous") \
                    and not claims[-1].source.anonymity_reason:
                claims[-1].source.anonymity_reason = claim.source.anonymity_reason
            ctx.update(speaker, sent.text)
            claims.append(claim)
        return claims

    def headline(self, title: Optional[str], language: str, memory: Memory) -> Optional[Claim]:
        """The title's own attribution ("Carson says cut regulations", "Poll: Trump leads", "لافروف: ..."),
        read alone after the body (whose names it may use); its offsets are into the title."""
        if not title or not title.strip():
            return None
        claim, _ = self._sentence("headline", Sentence(0, len(title), title), language, memory, Discourse())
        if claim.cue is None and claim.source.type == "unattributed":
            return self._speaker_colon(claim, memory) or claim
        return claim

    def _speaker_colon(self, claim: Claim, memory: Memory) -> Optional[Claim]:
        """A headline that opens with its speaker and a colon ("Poll: ...", "Gillibrand on Hillary: ...")."""
        title = claim.text
        colon = title.find(":")
        if colon <= 0 or self.colon_rule is None:
            return None
        ns = normalize(title[:colon])
        topic = self.topic.search(ns.text)  # "Gillibrand on Hillary's speeches:": the speaker precedes the topic
        lead = title[:ns.span(topic.start, topic.end)[0]] if topic is not None else title[:colon]
        speaker = lead.strip()
        words = normalize(speaker).text
        if not 1 <= len(words.split()) <= 5 or set(words.split()) & _EN_BE or self._places_only(words):
            return None  # "Bill is back: Hillary's husband on the trail" is a clause, "Syria:" a place label
        typed = self.typer.classify(speaker, memory)
        if typed.type in (None, "unattributed"):
            return None
        start = lead.index(speaker)
        source = Source(text=speaker, name=typed.name, role=typed.role, type=typed.type, start=start,
                        end=start + len(speaker), rules=typed.rules)
        return claim.model_copy(update={"cue": ":", "cue_start": colon, "cue_end": colon + 1, "source": source,
                                        "reasons": [self.colon_rule]})

    def _places_only(self, n: str) -> bool:
        """Countries and capitals alone ("سوريا:", "Iran and Morocco:") label a headline's topic or place."""
        for hit in reversed(list(self.rules.country_lexicon.finditer(n))):
            n = n[:hit.start] + n[hit.end:]
        return not set(n.split()) - {"و", "and", "&"}

    def _also(self, main: Optional[Candidate], cands: list[Candidate], n: str, ns: Normalized,
              sent: Sentence, arabic: bool, quotes, memory: Memory, cues: dict[str, list[Hit]],
              ctx: "Discourse") -> list[Source]:
        """Other attributions in the sentence: further speakers, the outlets relaying the source ("according
        to CNN", "The Times quoted") and holders of a stated stance, belief or intention ("Sanders aides argue",
        "Ali refused to fight", "He knew Meles"); never the claim's source. A pronoun holder is the person
        (he, she) or thing (it, they) last cited."""
        used = {main.cue.start} if main is not None else set()
        others = [c for c in cands if c.cue.start not in used]
        # the first end of a cue after its subject: a stance after a later " that " may be what it reports
        reported = min((o.cue.end for o in others if o.span[1] <= o.cue.start), default=len(n) + 1)
        for hit in cues["stance"]:
            if hit.start in used or quotes.holds(hit.start) or not self._verb_use(n, ns, sent.text, hit, arabic):
                continue
            if self._in_report(main, hit.start, n) and (arabic or not in_relative_clause(n, hit)):
                # inside what the source reports, a stance is content; a relative clause is not ("He has cited an
                # award from the fund, which supports building")
                continue
            if not arabic and hit.text.split()[0].endswith("ing") and ends_before(n, hit.start, ","):
                # "Rubio has railed against Christie, taking aim at ...": a participle after a comma is the
                # clause subject's, as "saying" is
                span = self.subjects.clause_subject(n, ns, sent.text, 0, hit.start)
                cand = self._candidate(hit, span, n, ns, sent.text, memory)
            else:
                cand = self._speaker_candidate(hit, n, ns, sent.text, memory, quotes, arabic, inverted=False)
            if not arabic and reported <= last_place(n, " that ", cand.span[0] + 1):
                continue  # "the survey finding that 45 percent backed Clinton": the stance is the finding's content
            if cand.span[1] > cand.span[0] and not (hit.text.strip() in EN_HEARER_VERBS):
                others.append(cand)
                if cand.span[1] <= cand.cue.start:
                    reported = min(reported, cand.cue.end)
        for hit in cues.get("passive", ()):
            if quotes.holds(hit.start) or not hit.text.strip().endswith("ed"):
                continue
            span = self.subjects.after(n, _PASSIVE_BY.match(n, hit.end).end(), False)  # type: ignore[union-attr]
            if span[1] > span[0]:
                others.append(self._candidate(hit, span, n, ns, sent.text, memory))
        for hit in cues["stance_noun"]:
            span = self.subjects.holder(n, hit, possessor=hit.entry_id != "cue.en.stance_noun_agent")
            if span[1] > span[0] and not quotes.holds(hit.start):
                others.append(self._candidate(hit, span, n, ns, sent.text, memory))
        seen = {main.span} if main is not None else set()
        inner = self._inner(main, cands, n) if main is not None else None
        if inner is not None:
            # "The New York Times quoted one of Carson's advisers as saying": the adviser is the claim's source,
            # the paper its relay and an attribution of its own
            seen = {inner.span}
            others.insert(0, main)
        out = []
        for c in others:
            if c.span[1] <= c.span[0] or c.span in seen or c.typed.type == "unattributed":
                continue
            if c.typed.type is None:
                pronoun = n[c.span[0]:c.span[1]].strip()
                previous = self._referent(pronoun, ctx)
                if previous is None and not arabic and POSSESSIVES.get(pronoun, pronoun) in _PERSONAL_PRONOUNS:
                    previous = self._mentioned(ctx, memory)  # "he" before anyone was cited: the person last named
                if previous is None:
                    continue
                source = self._continued(previous.source, c, ns, sent)
                source.rules = [*source.rules, "attr.also.pronoun"]
            else:
                source = self._source(c, ns, sent)
            source.rules = [*source.rules, c.cue.entry_id]  # the cue that made it an attribution
            seen.add(c.span)
            out.append(source)
        return out

    @staticmethod
    def _in_report(main: Optional[Candidate], pos: int, n: str) -> bool:
        """Whether pos is inside what the sentence's source reports: after "X said" ("Devine said Sanders
        wants changes") or before ", X said" ("Trump plans to cut taxes, Carson said"; not in an opening
        subordinate clause: "While Democrats pushed for talks, Cornyn told reporters ...")."""
        if main is None or main.cue.family == "according":
            return False
        if main.span[1] <= main.cue.start < pos:
            return True
        start = min(main.span[0], main.cue.start)
        return pos < start and ends_before(n, start, (",", ',"')) and not _SUBORDINATE.match(n)

    @staticmethod
    def _english_verb(n: str, ns: Normalized, text: str, hit: Hit) -> bool:
        """False for a cue word that is part of a name ("the United States": capitalised inside the
        sentence, unless the sentence is in Title Case) or of a compound ("self-described",
        "sought-after"), or a passive participle ("the poll was released Wednesday", "comparisons were
        made clear"), whose subject is no source."""
        if hit.start > 0 and text[ns.span(hit.start, hit.end)[0]].isupper() and not _title_case(text):
            return False
        if n[hit.start - 1:hit.start] == "-" or n[hit.end:hit.end + 1] == "-":
            return False
        return not (hit.text.split()[0].endswith(("ed", "made", "told")) and set(words_before(n, hit.start)) & _EN_BE)

    @staticmethod
    def _reports_as_person(n: str, hit: Hit) -> bool:
        """A publishing verb that a person can be the subject of: "reported" ("a local pediatrician
        reported unusually high lead levels"), or any of them before "that" ("the inspector found that")."""
        return hit.text.strip() in ("reported", "reports") or n.startswith(" that ", hit.end)

    @staticmethod
    def _verb_use(n: str, ns: Normalized, text: str, hit: Hit, arabic: bool) -> bool:
        """False where the cue word is a noun: "على حث أوروبا" after a preposition, "Lazar's claims",
        "the reports", "her plans", "He cited reports", "used markers to write notes"."""
        words = list(WORD.finditer(n, max(0, hit.start - 40), hit.start))[-2:]
        previous = words[-1].group() if words else ""
        if arabic:
            return previous not in AR_PREPOSITIONS
        lead = words[0].group() if len(words) == 2 else ""  # the word before previous
        lower = bool(lead) and text[ns.span(*words[1].span())[0]].islower()
        if hit.text.strip().endswith("s") and lead and (
                previous.endswith("ed") and lead not in _EN_BE or lead == "to" and lower):
            # a plural noun after a verb: past ("cited reports"; not a passive: "asked not to be named says")
            # or infinitive ("to write notes"; not a name: "a person close to Trump says")
            return False
        if hit.family == "speech_media" and lead and (
                lead in _EN_OBJECT_PREPOSITIONS and lower or lead.endswith(("'s", "s'")) and not lower):
            # a publishing word heading a noun phrase: "allow for minority reports", "NBC's Today show" (not
            # "the group for veterans says", "the poll's findings show")
            return False
        return previous not in EN_NOUN_MARKERS and (not previous.endswith(("'s", "s'"))
                                                    or EN_CONTRACTED.fullmatch(previous) is not None)  # "she's predicted"

    @staticmethod
    def _referent(pronoun: str, ctx: "Discourse") -> Optional[Speaker]:
        """Who a pronoun holding a stance stands for: he/she the person last cited, it the thing, they
        whoever was cited last; None for I, we and you (the writer or a quoted speaker)."""
        pronoun = POSSESSIVES.get(pronoun, pronoun)
        if pronoun in _PERSONAL_PRONOUNS or pronoun.startswith(("the ", "The ")):
            return ctx.last_person  # "the businessman" refers back to a person, as "he" does
        if pronoun == "it":
            return ctx.last_thing
        return ctx.last if pronoun == "they" else None

    def _mentioned(self, ctx: "Discourse", memory: Memory) -> Optional[Speaker]:
        """The person last named in the sentences read, whatever they did: "she said" may be them. The
        sentences read since the last look-up are searched, each once."""
        for text in ctx.read[ctx.searched:]:
            ctx.mentioned = self._named_in(text, memory) or ctx.mentioned
        ctx.searched = len(ctx.read)
        return ctx.mentioned

    def _named_in(self, text: str, memory: Memory) -> Optional[Speaker]:
        found = None
        for hit in self.typer.lex["known_official"].finditer(normalize(text).text):
            found = Speaker(Source(name=hit.value.name, type="named_official", rules=[hit.entry_id, "attr.mention"]))
        if found is None:
            for token in text.split():
                recalled = memory.recall(token.strip(".,;:\"'“”()"))
                if recalled and recalled[0] in _PERSON_TYPES:
                    found = Speaker(Source(name=recalled[1], type=recalled[0], rules=["src.memory", "attr.mention"]))
        if found is None and not is_arabic(text):
            found = self._english_full_name(text, memory)
        return found

    def _english_full_name(self, text: str, memory: Memory) -> Optional[Speaker]:
        """The first full name (two or more capitalised name words) in an English sentence that cites no one:
        "George Zimmerman is auctioning off the gun. '...,' he told Fox 35" is Zimmerman."""
        for run in _EN_FULL_NAME.findall(text):  # the first, usually the subject
            if len(self.typer.name_tokens(run)) == len(run.split()):
                typed = self.typer.classify(run, memory)
                if typed.type in _PERSON_TYPES:
                    return Speaker(Source(name=typed.name, type=typed.type, rules=[*typed.rules, "attr.mention"]))
        return None

    # -- one sentence -----------------------------------------------------------------------
    def _sentence(self, claim_id: str, sent: Sentence, language: str, memory: Memory,
                  ctx: "Discourse") -> tuple[Claim, Optional[Speaker]]:
        last = ctx.last
        ns = normalize(sent.text)
        n = ns.text
        quotes = quote_spans(n)
        inside = lambda pos: quotes.holds(pos, 1)  # noqa: E731
        hedges = [sent.text[slice(*ns.span(h.start, h.end))] for h in self.hedge.finditer(n)]
        why: list[str] = []  # the claim's reasons
        cue: dict = {}

        def made(source: Source, via: Optional[list[Via]] = None, also: Optional[list[Source]] = None) -> Claim:
            """The claim, built once (pydantic checks every field set afterwards)."""
            intelligence = source.type == "intelligence" or any(v.type == "intelligence" for v in via or ())
            return Claim(id=claim_id, text=sent.text, start=sent.start, end=sent.end, hedges=hedges, reasons=why,
                         source=source, via=via or [], also=also or [], intelligence=intelligence, **cue)
        reasons = list(self.reason.finditer(n))
        reason = reasons[0] if reasons else None
        reason_text = "; ".join(sent.text[slice(*ns.span(r.start, r.end))] for r in reasons) or None
        arabic = language == "ar"

        editorial_end = 0
        cues = self.cues.scan(n)
        if not arabic:
            # "measures added by Republicans", "the bill, opposed by House Republicans,": a passive
            # reporting or stance verb names its holder after "by"
            cues["passive"] = [h for h in cues["speech"] + cues["stance"] if _PASSIVE_BY.match(n, h.end)]
        for family, hits in cues.items():
            if not hits or family == "passive":
                continue
            if not arabic:
                cues[family] = [h for h in hits if self._english_verb(n, ns, sent.text, h)]
            elif family in _AR_VERB_CUES:
                # a verb never takes the article: "الرأي" (the opinion) is no رأى, "آليتهم" (their vehicle) no
                # يتهم; nor the prepositions ب and ك: "كيري" (Kerry) is no يرى
                cues[family] = [h for h in hits if _AR_CONJUNCTION.sub("", h.text) in self.verb_terms  # "بالقول"
                                or not _AR_ARTICLE.match(n, h.start, h.end)
                                and not _AR_CONJUNCTION.sub("", h.text).startswith(("ب", "ك"))]
        ed = cues["editorial"][0] if cues["editorial"] else None
        if ed is not None and ed.start < 3:
            editorial_end = ed.end
        opinion_spans = [(h.start, h.end) for h in cues["opinion"]]
        agentless = [h for h in cues["agentless"] if not inside(h.start)]

        cands: list[Candidate] = []
        quoted_openers: list[Candidate] = []  # «أكد كيم ...»: a quotation that opens with its own speaker
        side: list[Candidate] = []  # attributions in relative and side clauses
        # "حسبما قال مسؤول", "وفق ما أفاد المرصد": the verb belongs to the according cue, which names the source
        according_verbs = {h.start: self._according_verb(n, h, cues["speech"]) for h in cues["according"]} \
            if arabic else {}
        after_according = {v.start for v in according_verbs.values() if v is not None}
        for hit in cues["speech"]:
            if hit.family == "speech_complement" and not (_COMPLEMENT_AHEAD if arabic else _EN_COMPLEMENT_AHEAD).match(
                    n, hit.end, hit.end + 80):
                continue
            if hit.start in after_according:
                continue
            if quotes.opens_at(n, hit.start):
                quoted_openers.append(self._speaker_candidate(hit, n, ns, sent.text, memory, quotes, arabic))
                continue
            if inside(hit.start) or hit.start < editorial_end or any(a <= hit.start < b for a, b in opinion_spans):
                continue
            if any(a.start <= hit.start < a.end for a in agentless):
                continue
            # "The campaign would not say": the campaign is in the sentence, but is not its source
            before = n[max(0, hit.start - 12):hit.start].split()[-2:]
            negated = bool({_AR_CONJUNCTION.sub("", w) if arabic else w for w in before} & NEGATION)  # "ولم تعلن"
            relative = self.relatives if arabic else {"who", "which", "that"}  # "التي يعلن فيها الجيش"
            previous = [_AR_CONJUNCTION.sub("", w) if arabic else w for w in words_before(n, hit.start, 2)]
            side_clause = negated or set(previous) & relative or \
                (hit.start > 0 and set(words_before(n, hit.start, 2)) & _SUBORDINATORS and not _SUBORDINATE.match(n))
            if not self._verb_use(n, ns, sent.text, hit, arabic):
                continue
            cand = self._speaker_candidate(hit, n, ns, sent.text, memory, quotes, arabic)
            if "src.unresolved" in cand.typed.rules:
                cand.span = (hit.start, hit.start)  # no speaking noun phrase: the verb's subject was dropped
            if arabic and cand.span[1] <= cand.span[0] and n[:hit.start].strip():
                cand = (self._clause_subject(hit, n, ns, sent.text, memory) if hit.text.startswith("ف") else None) or cand
            if cand.span[1] <= cand.span[0] and not self._opens_clause(n, hit.start):
                continue  # "... وتعهدا بتعزيز": a later verb shares the sentence's subject, no new speaker
            if hit.family == "speech_media" and cand.typed.type not in _PUBLISHERS and not (
                    not arabic and cand.typed.type is not None and self._reports_as_person(n, hit)):
                continue  # "نشرت قناصة": deployed, not published
            # "the hacker who revealed ...", "... حيث تقول الأمم المتحدة": a side clause does not
            # attribute the sentence, but it is still an attribution in it
            (side if side_clause or not arabic and self._controlled(n, cand) else cands).append(cand)
        if arabic:
            # "ويرى محللون أن", "ويعتقد دبلوماسيون غربيون": an opinion with its holder named is theirs;
            # without one ("يعتقد أن") it is nobody's
            for hit in cues["opinion"]:
                if inside(hit.start) or hit.start < editorial_end or any(a.start <= hit.start < a.end for a in agentless):
                    continue
                cand = self._speaker_candidate(hit, n, ns, sent.text, memory, quotes, arabic)
                if cand.span[1] > cand.span[0] and cand.typed.type not in (None, "unattributed"):
                    cand.typed.rules = [*cand.typed.rules, "attr.opinion_holder"]
                    cands.append(cand)
        for hit in cues["relay"]:
            if inside(hit.start) or hit.start < editorial_end:
                continue
            cands += self._relay(n, hit, arabic, quotes, ns, sent.text, memory)
        for hit in cues["according"]:
            if inside(hit.start):
                continue
            start, governed = self._according_object(n, hit, according_verbs[hit.start]) if arabic else (hit.end, False)
            span = self.subjects.after(n, start, arabic, stop_at_boundary=False, governed=governed)
            if arabic and span[1] > span[0]:
                span = self.subjects.appositive_after(n, span)
            cands.append(self._candidate(hit, span, n, ns, sent.text, memory))
        cands.sort(key=lambda c: c.cue.start)
        cands = [c for c in cands if not (c.typed.type is None and c.cue.family == "according")]

        main = self._main(cands, n)
        if main is None:
            main = self._participle(cues["participle"], n, ns, sent.text, memory, arabic)
        if main is None and arabic:
            main = self._speech_noun(cues["speech_noun"], n, ns, sent.text, memory, inside)
        if reason is not None and last is not None and last.source.type in ("anonymous_official", "anonymous") \
                and (main is None or main.typed.type in (None, "named_person", "anonymous_official", "anonymous")):
            main = None  # the sentence explains why the previous source is anonymous
        speaker: Optional[Speaker] = None
        if main is None:
            opening = [b - a for a, b in quotes if a <= 1]  # the sentence is a quotation (or opens one)
            quoted = n.lstrip()[:1] in ('"', "'") and (not opening or opening[0] >= len(n) / 2)
            if last is not None and (reason is not None or quoted):
                speaker = Speaker(last.source.model_copy(), list(last.via))
                why.append("attr.continuation.no_cue")
            elif agentless:
                why.append(agentless[0].entry_id)
            if speaker is None:
                also = self._also(None, cands + side, n, ns, sent, arabic, quotes, memory, cues, ctx)
                return made(Source(type="unattributed", rules=why[:] or ["attr.no_cue"]), also=also), None
        else:
            a, b = ns.span(main.cue.start, main.cue.end)
            cue = {"cue": sent.text[a:b], "cue_start": a + sent.start, "cue_end": b + sent.start}
            why.append(main.cue.entry_id)
            if main.typed.type is None:
                pronoun = n[main.span[0]:main.span[1]].strip()
                if pronoun in _PERSONAL_PRONOUNS or (not arabic and pronoun.startswith("the ")):
                    # "he"/"she" and "the Republican" refer to a person, not to the last organisation
                    last = ctx.last_person or self._mentioned(ctx, memory) or last
                elif pronoun == "it" and ctx.last_thing is not None:
                    last = ctx.last_thing  # "It also accused ...": the letter, the ministry, the paper
                elif last is None:
                    last = self._mentioned(ctx, memory)
                if last is None:
                    return made(Source(type="unattributed", rules=["attr.continuation.no_previous"])), None
                speaker = Speaker(self._continued(last.source, main, ns, sent), list(last.via))
                why += ["attr.continuation", *(r for r in main.typed.rules if r.startswith("attr."))]
            else:
                speaker = Speaker(self._source(main, ns, sent), [])
                inner = self._inner(main, cands + quoted_openers, n)
                if inner is not None:
                    speaker.via.append(self._via(main, ns, sent.text))
                    speaker.source = self._source(inner, ns, sent)
                    if inner.typed.type is None:
                        speaker.source = last.source.model_copy() if last else speaker.source
                    why.append("attr.relay.reported_speech")
            for c in [main, *cands]:
                if c.hearer is not None and c.hearer[0].type in ("media", "state_media"):
                    typed, evidence = c.hearer
                    if not any(v.evidence == evidence for v in speaker.via):
                        speaker.via.append(Via(name=typed.name, type=typed.type, evidence=evidence, rules=typed.rules))
                    break
            for c in cands:
                if c is main or c.cue.family != "according" or c.typed.type not in ("media", "state_media"):
                    continue
                ev = sent.text[slice(*ns.span(c.cue.start, c.span[1]))]
                if not any(v.name == c.typed.name for v in speaker.via) and speaker.source.name != c.typed.name:
                    speaker.via.append(Via(name=c.typed.name, type=c.typed.type, evidence=ev, rules=c.typed.rules))
            if not arabic and not speaker.via and speaker.source.type not in ("media", "state_media"):
                speaker.via += self._english_outlet(n, ns, sent.text, quotes)
        source, via = speaker.source.model_copy(), list(speaker.via)
        if reason_text and source.type in ("anonymous_official", "anonymous"):
            source.anonymity_reason = reason_text
        return made(source, via, self._also(main, cands + side, n, ns, sent, arabic, quotes, memory, cues, ctx)), \
            speaker

    def _english_outlet(self, n: str, ns: Normalized, text: str, quotes: list[tuple[int, int]]) -> list[Via]:
        """The outlet an English source spoke through, named anywhere in the sentence: "In an interview with The
        Washington Post, Sanders said", "said on CNN's State of the Union", "wrote in The New York Times"."""
        for m in _EN_OUTLET_OPENER.finditer(n):
            if any(a < m.start() < b for a, b in quotes):
                continue
            hit = self.rules.outlet_names.search(n, m.end(), min(len(n), m.end() + 40))
            if hit is not None and hit.start == m.end():
                kind = "state_media" if hit.value.kind == "state" else "media"
                evidence = text[slice(*ns.span(m.start(), hit.end))]
                return [Via(name=hit.value.name, type=kind, evidence=evidence, rules=[hit.entry_id, "attr.relay.outlet"])]
        return []

    def _controlled(self, n: str, cand: Candidate) -> bool:
        """"will force Senator Warren to acknowledge that ...": the object of a control verb is the
        infinitive's subject, but has said nothing yet, so it does not attribute the sentence."""
        before = words_before(n, cand.span[0])
        return bool(before) and before[0] in self.subjects.controllers and words_before(n, cand.cue.start) == ["to"]

    def _main(self, cands: list[Candidate], n: str) -> Optional[Candidate]:
        """The attribution that governs the sentence: the first cue with a source, outside a leading
        subordinate clause ("وفيما أكدت روسيا ...، قال بوتين": Putin governs)."""
        usable = [c for c in cands if c.typed.type != "unattributed"]
        if _SUBORDINATE.match(n):
            comma = min((i for i in (n.find("،"), n.find(",")) if i != -1), default=-1)
            later = [c for c in usable if c.cue.start > comma and c.cue.family != "according"] if comma != -1 else []
            # English: "Although he told the FBI ..., X happened" is the reporter's; Arabic "بينما قال" opens news
            usable = later or (usable if is_arabic(n) else [])
        return usable[0] if usable else None

    def _relay(self, n: str, hit: Hit, arabic: bool, quotes, ns: Normalized, text: str,
               memory: Memory) -> list[Candidate]:
        """'نقلت وكالة X عن مسؤول' / 'X quoted Y as saying': the relay, then the speaker it quotes."""
        outer_span = self.subjects.after(n, hit.end, True) if arabic else self.subjects.english_subject(n, hit, quotes)
        marker = re.compile(r"(?<!\S)عن(?!\S)" if arabic else r"(?<!\S)\S", re.S)
        found = marker.search(n, max(outer_span[1], hit.end), min(len(n), max(outer_span[1], hit.end) + 40))
        if found is None:
            return []
        inner_start = found.end() if arabic else found.start()
        inner_span = self.subjects.after(n, inner_start, arabic)
        if arabic and inner_span[1] > inner_span[0]:
            inner_span = self.subjects.appositive_after(n, inner_span)
        outer = self._candidate(hit, outer_span, n, ns, text, memory)
        inner_cue = Hit(start=found.start(), end=found.end(), text=found.group(), entry_id=hit.entry_id, family="relay")
        inner = self._candidate(inner_cue, inner_span, n, ns, text, memory)
        return [outer, inner] if inner.typed.type not in (None, "unattributed") else [outer]

    def _inner(self, outer: Candidate, cands: list[Candidate], n: str) -> Optional[Candidate]:
        """Reported speech inside media's report: 'state media said Kim told Lavrov ...'. The inner
        speaker must open the reported clause (right after أن/إن/that or a quotation mark)."""
        relayed = outer.cue.family == "relay"
        after = max(outer.span[1], outer.cue.end)
        for c in cands:  # "وذكرت الوكالة نقلا عن المتحدث": whoever names the source after نقلا عن relays it
            if c.cue.family == "according" and _AR_QUOTING.match(c.cue.text) and 0 <= c.cue.start - after <= 3 \
                    and c.typed.type not in (None, "unattributed") and outer.cue.family != "according":
                return c
        if (outer.typed.type not in ("media", "state_media") and not relayed) or outer.cue.family == "according":
            return None
        comp = _CLAUSE_OPENER.search(n, after, min(len(n), after + 60))
        opening = comp.end() if comp is not None else after
        for c in sorted(cands, key=lambda c: c.cue.start):
            if c.cue.start <= after or c.typed.type in (None, "unattributed", "media", "state_media"):
                continue
            first = min(c.span[0], c.cue.start)
            if relayed or len(n[opening:first].split()) <= 1:
                return c
        return None

    @staticmethod
    def _opens_clause(n: str, pos: int) -> bool:
        """A verb at the start of the sentence or of a clause (after a comma or a conjunction)."""
        before = words_before(n, pos, 2)
        return len(before) <= 1 or before[-1].endswith(("،", ",", ":")) or before[-1] in AR_CONJ

    def _participle(self, participles: list[Hit], n: str, ns: Normalized, text: str, memory: Memory,
                    arabic: bool) -> Optional[Candidate]:
        """'التقى X بنظيره، مؤكدا أن ...' / 'Judge X imposed a sentence, saying ...': the participle reports
        the speech of the sentence's own subject (after the opening verb in Arabic, the opening
        capitalised name in English)."""
        if not participles:
            return None
        hit = participles[0]
        opening = not arabic and not n[:hit.start].strip()
        if arabic and not _AR_LEADING_CONJ.sub("", n[:hit.start]).strip():
            # "مؤكداً أن ...", a sentence that opens with the participle: the previous speaker goes on
            return Candidate(hit, (hit.start, hit.start), Typed(None, rules=["attr.continuation.participle"]))
        if arabic:
            verb = re.match(r"\s*(?:(?:" + "|".join(AR_CONJ) + r")\s+)*\S+", n)
            span = self.subjects.appositive_after(n, self.subjects.after(n, verb.end(), True)) if verb else (0, 0)
        elif opening and n.find(",", hit.end) != -1:
            # "Noting that both battled the media, Schlafly put her finger on ...": a participle opening the
            # sentence reports the speech of the subject after its clause
            comma = n.find(",", hit.end) + 1
            span = self.subjects.clause_subject(n, ns, text, comma, min(len(n), comma + 80))
        elif not n[:hit.start].rstrip().endswith((",", ",''", ',"')) and \
                not set([w for w in n[:hit.start].split() if not w.endswith("ly")][-1:]) & _EN_BE:
            return None  # "rivals promising upheaval": a modifier, not a clause ("X, saying") or a verb ("X is saying")
        else:
            span = self.subjects.clause_subject(n, ns, text, 0, hit.start)
        if span[1] <= span[0] or (span[1] > hit.start and not opening):
            return None
        cand = self._candidate(hit, span, n, ns, text, memory)
        return cand if cand.typed.type != "unattributed" and (cand.typed.type or not arabic) else None

    def _clause_subject(self, hit: Hit, n: str, ns: Normalized, text: str, memory: Memory) -> Optional[Candidate]:
        """A verb joined by ف later in an Arabic sentence, without a subject of its own, shares the
        subject of the sentence's first verb: "واستهدف محمد السحيمي في انتقاده الأذان، فقال إن"."""
        lead = _AR_LEADING_VERB.match(n)
        if lead is None or lead.end() >= hit.start:
            return None
        span = self.subjects.after(n, lead.end(), True)
        if span[1] <= span[0] or span[1] > hit.start:
            return None
        cand = self._candidate(hit, self.subjects.appositive_after(n, span), n, ns, text, memory)
        if cand.typed.type in (None, "unattributed"):
            return None
        cand.typed.rules = [*cand.typed.rules, "attr.clause_subject"]
        return cand

    def _speech_noun(self, nouns: list[Hit], n: str, ns: Normalized, text: str, memory: Memory,
                     inside) -> Optional[Candidate]:
        """A noun of speech that carries the claim names its speaker after it: "عقب إعلان الشرطة أنها",
        "بيان صادر عن الحزب", "هكذا جاءت تغريدة الوزير": the speaker is the noun's complement, when
        what was said follows (أن, إن, a colon or a quotation), the noun is issued by it (صادر عن) or
        the formula "جاء ذلك في" points back at what was said."""
        for hit in nouns:
            if inside(hit.start):
                continue
            issued = _AR_ISSUED_BY.match(n, hit.end)
            start = issued.end() if issued is not None else hit.end
            span = self.subjects.after(n, start, True, stop_at_boundary=False, governed=True)
            if span[1] <= span[0]:
                continue
            said = _AR_SAID_OPENS.search(n, span[1], min(len(n), span[1] + 40))
            formula = _AR_CAME_IN.search(n, max(0, hit.start - 20), hit.start)  # "جاء ذلك في بيان للوزارة"
            if issued is None and formula is None and (said is None or n[span[1]:said.start()].strip(" ،,")):
                continue
            cand = self._candidate(hit, span, n, ns, text, memory)
            if n[span[0]] == "ل" and n[span[0] + 1:span[0] + 2] != "ل":
                # "بيان لوزارة الخارجية": the ministry, without the governed ل (not "تصريحات لافروف")
                governed = self._candidate(hit, (span[0] + 1, span[1]), n, ns, text, memory)
                if governed.typed.type not in (None, "unattributed", "named_person"):
                    cand = governed
            if cand.typed.type not in (None, "unattributed"):
                cand.typed.rules = [*cand.typed.rules, "attr.speech_noun"]
                return cand
        return None

    # -- spans ------------------------------------------------------------------------------
    def _candidate(self, hit: Hit, span: tuple[int, int], n: str, ns: Normalized, text: str,
                   memory: Memory) -> Candidate:
        if n[span[0]:span[1]] in RELATIVES:
            antecedent = self.subjects.antecedent(n, span[0])
            coordinated = _COORDINATED_RELATIVE.search(n, max(0, span[0] - 120), span[0])
            if antecedent[1] <= antecedent[0] and coordinated is not None:
                # "hackers who officials say is tied to Russia and who claimed credit": the second relative
                # stands for the first one's noun
                antecedent = self.subjects.antecedent(n, coordinated.start(1))
            if antecedent[1] > antecedent[0]:  # the relative pronoun stands for the noun before it
                ante_a, ante_b = ns.span(*antecedent)
                typed = self.typer.classify(text[ante_a:ante_b], memory)
                typed = Typed(typed.type, typed.name or text[ante_a:ante_b].strip(), typed.role,
                              [*typed.rules, "attr.relative"])
                return Candidate(hit, (antecedent[0], span[1]), typed)
        a, b = ns.span(*span) if span[1] > span[0] else (0, 0)
        typed = self.typer.classify(text[a:b] if b > a else "", memory)
        cand = Candidate(hit, span, typed)
        told_here = hit.text.strip() in EN_HEARER_VERBS  # "X told Reuters": the hearer follows the verb
        cand.hearer = self._hearer(n, hit.start if told_here else max(span[1], hit.end), ns, text, memory)
        return cand

    def _speaker_candidate(self, hit: Hit, n: str, ns: Normalized, text: str, memory: Memory,
                           quotes: Quotes, arabic: bool, inverted: bool = True) -> Candidate:
        """The cue's subject, found by the language's word order, and typed."""
        span = self.subjects.subject(hit, n, ns, text, quotes, arabic, inverted)
        cand = self._candidate(hit, span, n, ns, text, memory)
        if not arabic and cand.typed.type == "unattributed" and _DEFINITE_ANAPHOR.fullmatch(n[span[0]:span[1]]) \
                and ends_before(n, span[0], (',"', ",'")):
            # '"...," the Republican said': a definite description right after a quotation refers back to
            # the speaker, as a pronoun would
            cand.typed = Typed(None, rules=["attr.definite_anaphor"])
        elif not arabic and span[1] > span[0] and words_before(n, span[0]) == ["what"]:
            # "can't do what he promises to do", "what he called 'adversaries'": a free relative names the
            # words or thoughts as a thing; no content of the sentence is attributed to them
            cand.typed = Typed("unattributed", rules=["attr.free_relative"])
        elif not arabic and cand.typed.type == "unattributed" and _COUNT_SUBJECT.fullmatch(n, span[0], span[1]) \
                and _PERFECT.match(n, span[1]):
            # "520 superdelegates have said they support Clinton, 39 have said they support Sanders": a
            # count of people, its noun left out
            cand.typed = Typed("anonymous", name=n[span[0]:span[1]], rules=["attr.count"])
        return cand

    def _hearer(self, n: str, pos: int, ns: Normalized, text: str, memory: Memory) -> Optional[tuple[Typed, str]]:
        """'told Reuters' / 'لوكالة أسوشيتد برس': the outlet the source spoke to."""
        window_end = min(len(n), pos + 60)
        arabic = is_arabic(n[pos:window_end])  # the window, not the sentence: a cue costs the same in any sentence
        told = self.told.search(n, pos, window_end)
        if told is None or told.start - pos > 25:
            lam = _AR_LAM_OUTLET.match(n, pos)  # "لفرانس24", "لرويترز": ل and an outlet's name
            if lam is not None and self.subjects.outlet_at(n[lam.start(1):lam.start(1) + 42]):
                name = _AR_LAM_ANY.match(n, lam.start(1)).end()  # type: ignore[union-attr]  # after ل and a quotation mark
                told = Hit(name, name, "ل", "cue.told.ar", "told")
            else:
                told = self._arabic_hearer(n, pos) if arabic else None
            if told is None:
                return None
        end = _HEARER_END.search(n, told.end, window_end)
        stop = end.start() if end else window_end
        said = _AR_SAID_WORD.search(n, told.end + 1, stop) if arabic else None
        stop = said.start() if said is not None else stop  # "لـCNN إن ...": the hearer ends where the words start
        piece_a, piece_b = ns.span(told.start, stop)
        typed = self.typer.classify(text[piece_a:piece_b], memory)
        if typed.type in ("media", "state_media"):
            return typed, text[piece_a:piece_b].strip()
        return None

    def _arabic_hearer(self, n: str, pos: int) -> Optional[Hit]:
        """Where an Arabic source's hearer opens, anywhere before what it said ("قال مسؤول لم يشأ كشف
        هويته لفرانس برس إن", "قال في تصريحات لـCNN إن"): a told word, or ل (with a tatweel or a quotation
        mark) right before an outlet's name."""
        opener = _AR_SAID_OPENS.search(n, pos, min(len(n), pos + 160))
        stop = opener.start() if opener is not None else min(len(n), pos + 160)
        told = self.told.search(n, pos, stop)
        if told is not None:
            return told
        for lam in _AR_LAM_ANY.finditer(n, pos, stop):
            outlet = self.rules.outlet_names.search(n[lam.end():lam.end() + 40])  # a word of its own: "لـCNN"
            if outlet is not None and outlet.start == 0:
                return Hit(lam.end(), lam.end(), "ل", "cue.told.ar", "told")
        return None

    @staticmethod
    def _according_verb(n: str, hit: Hit, speech: list[Hit]) -> Optional[Hit]:
        """The reporting verb right after an Arabic according cue ("حسبما قال", "حسب ما أكدت"), if any."""
        m = _AR_WHAT.match(n, hit.end)
        pos = m.end() if m is not None else hit.end
        return next((v for v in speech if v.start == pos), None)

    @staticmethod
    def _according_object(n: str, hit: Hit, verb: Optional[Hit]) -> tuple[int, bool]:
        """Where the source named by an Arabic according cue starts, and whether its first word carries
        the ل that the cue governs ("وفقا لمصادر طبية", "وفقا للمرصد"): after a reporting verb
        ("حسبما قال مسؤول"), or after that ل."""
        if verb is not None:
            return verb.end, False
        if n[hit.start:hit.end].endswith(_AR_GOVERNS_LAM):
            lam = _AR_LAM.match(n, hit.end)
            if lam is not None:
                # a bare ل is left out of the span; لل (ل + the article) stays, the lexicons read it
                return (lam.start(1) if lam.group(2) else lam.end()), True
        return hit.end, False

    # -- building the report pieces -------------------------------------------------------------
    def _source(self, c: Candidate, ns: Normalized, sent: Sentence) -> Source:
        a, b = ns.span(*c.span)
        return Source(text=sent.text[a:b], name=c.typed.name, role=c.typed.role, type=c.typed.type or "unattributed",
                      start=sent.start + a, end=sent.start + b, rules=c.typed.rules)

    def _continued(self, previous: Source, c: Candidate, ns: Normalized, sent: Sentence) -> Source:
        """The previous speaker, located at this sentence's pronoun ("He said") when there is one."""
        source = previous.model_copy(update={"rules": [*previous.rules]})
        if c.span[1] > c.span[0]:
            a, b = ns.span(*c.span)
            source.text, source.start, source.end = sent.text[a:b], sent.start + a, sent.start + b
        else:  # pro-drop ("وقالت إن"): the subject is inside the verb
            source.start = source.end = None
        return source

    def _via(self, c: Candidate, ns: Normalized, text: str) -> Via:
        """The relay, its evidence the cue and its subject in either order ("according to CNN", "The Times quoted")."""
        a, b = ns.span(min(c.cue.start, c.span[0]), max(c.cue.end, c.span[1]))
        return Via(name=c.typed.name, type=c.typed.type or "unattributed", evidence=text[a:b], rules=c.typed.rules)

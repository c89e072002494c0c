"""Find, for each sentence, the cue, the source span, its relays, hedges and anonymity reason.

Rule-based over lexicons in rules/cues.yaml, rules/sources.yaml and rules/hedges.yaml:
- Arabic is verb-first ("وقال وزير الخارجية ... إن"): the source follows the verb up to a boundary.
- English puts the source before the verb ("Officials said") or after it ("said Mr. Nevins").
- "according to X" / "بحسب X" names X; "told Reuters" / "لوكالة ..." and "بحسب فرانس برس" after
  another source are relays; media reporting that someone said something is a relay too.
- A verb with no subject, a pronoun, or a bare quote continues the previous speaker.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Optional

from .models import Claim, Source, Via
from .normalize import Normalized, is_arabic, norm, normalize
from .lexicon import Hit, LexiconSet
from .rules import RuleSet, ScannedBody
from .sentences import Sentence, quote_spans
from .sources import Memory, SourceTyper, Typed

_TOK = re.compile(r"\S+")
_STOP_PUNCT = re.compile(r"[،,:;.؟?!\"()\[\]]")
_NEGATION = {"لم", "لن", "لا", "ما", "not", "never", "didn't", "doesn't", "don't", "won't", "wouldn't", "n't", "hasn't", "haven't",
             "hadn't", "isn't", "aren't", "wasn't", "weren't", "can't", "cannot", "couldn't", "shouldn't"}
_EN_SKIP = {"also", "has", "have", "had", "is", "was", "were", "are", "will", "would", "later", "previously",
            "recently", "reportedly", "then", "once", "had", "did", "does", "do", "repeatedly", "publicly",
            "privately", "again", "further", "even", "still", "already", "never", "often", "frequently", "can",
            "could", "may", "might", "must", "should", "not", "yet", "both", "all", "always", "now", "just", "long",
            "first", "ever"} | _NEGATION
_EN_BACK_STOP = {"that", "but", "because", "while", "when", "if", "after", "before", "though", "although",
                 "since", "so", "yet", "where", "whom", "as", "and", "or", "than", "which", "what"}
_AR_KANA = re.compile(r"^(و?كان|و?كانت|و?كانوا)\s")
_COMPLEMENTIZER = re.compile(r"(?<!\S)(ان|بان|لان|فان|انه|انها)(?!\S)")
_AR_CONJ = {"لكن", "ولكن", "ثم", "كما", "بينما", "فيما", "حيث", "و", "ف", "قد", "وقد", "لقد", "فقد", "كان", "وكان", "كانت", "وكانت"}
_COMPLEMENT_AHEAD = re.compile(r"[^.؟\"]{0,60}?(?<!\S)(ان|انه|انها|بان|ب?قوله|قائلا|that)(?!\S)|[^.؟]{0,60}?[:\"]")
# Arabic word sets are compared with normalised text, so they are normalised too ("على" is "علي" there)
_AR_BEFORE_STOP = {norm(w) for w in ("الذي", "التي", "الذين", "ذلك", "هذا", "هذه", "تلك", "لم", "لن", "لا", "قد", "ما", "اذا",
                                     "كان", "يكن", "نفس", "بعد", "قبل", "عندما", "حين", "حيث", "عن", "على", "الى", "من",
                                     "منذ", "خلال")}
_CLAUSE_OPENER = re.compile(r'(?<!\S)(ان|بان|انه|انها|that)(?!\S)|"')
_AR_PREPOSITIONS = {norm(w) for w in ("على", "في", "من", "الى", "عن", "ب", "ل", "حتى", "بعد", "قبل", "دون", "بدون")}
_SUBORDINATORS = {"حيث", "فيما", "بينما", "علما", "بعدما", "عندما", "اذ", "لان", "كون", "whereas", "because", "although"}
_PUBLISHERS = ("media", "state_media", "named_organization", "document", "intelligence")
_AR_HOLDS_PREPOSITION = {"ممثل", "ممثله", "متحدث", "المتحدث", "متحدثه", "ناطق", "الناطق", "مصدر", "مصادر"}
_BULLET = re.compile(r"^\s*(?:[l•·*\-–—]|\d+[.)])\s+")
_MEDIA_HEADS = ("صحيفه", "وكاله", "قناه", "موقع", "مجله", "شبكه", "اذاعه", "تلفزيون", "newspaper", "magazine")
_AR_SKIP = {"فيه", "فيها", "له", "لها", "ايضا", "كذلك", "بدوره", "بدورها"}
_SUBORDINATE = re.compile(r"^(و?فيما|و?بينما|و?رغم|و?بعدما|و?عندما|و?مع ان|while|although|though|as|when|after|before|since|even as)\s")
_AR_PREP_PREFIXES = ("بال", "لل", "بم", "بت", "لت", "لم", "با")
_AR_VERB_CUES = ("speech", "relay", "participle", "opinion", "stance")  # cue families that are verbs
_AR_WHAT = re.compile(r"\s+(?:ما\s+)?")  # "حسب ما أكدت"
_AR_GOVERNS_LAM = ("وفقا", "طبقا")  # according cues whose source follows ل: "وفقا لمصادر"
_AR_LAM = re.compile(r"\s+(ل)(ل)?(?=\S)")
_AR_LAM_OUTLET = re.compile(r"\s*(ل\S+)")
_AR_ARTICLE = re.compile(r"[وف]?[بلك]?ال")  # the definite article after the proclitics a Lexicon allows
MAX_SPAN_TOKENS = 9


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
    the person last mentioned, looked up only when a pronoun needs one)."""

    last: Optional[Speaker] = None
    last_person: Optional[Speaker] = None
    last_thing: Optional[Speaker] = None
    listing: Optional[Speaker] = None  # "Soerens argued that:" and the points that follow
    read: list[str] = field(default_factory=list)

    def update(self, speaker: Optional[Speaker], text: str) -> None:
        if speaker is not None:
            self.last = speaker
            if speaker.source.type in _PERSON_TYPES:
                self.last_person = speaker
            elif speaker.source.type in ("named_organization", "document", "media", "state_media"):
                self.last_thing = speaker
        self.read.append(text)


_PERSON_TYPES = ("named_official", "named_person")
_RELATIVES = ("who", "which", "that")
_EN_BE = {"is", "are", "was", "were", "been", "be", "being", "isn't", "aren't", "wasn't", "weren't"}
_EN_TITLES = {"mr.", "mrs.", "ms.", "dr.", "sen.", "rep.", "gov.", "gen.", "prof.", "mr", "mrs", "ms", "dr"}
_COMMA = re.compile(r"(?<!\d),|,(?!\d)")  # not the comma inside "250,000"
_ASIDE_OPENER = re.compile(r"(?:as well as|along with|together with|in turn|for (?:his|her|their|its) part|"
                           r"for example|of course|like|including|however|meanwhile|too|though|in an? |on |at |"
                           r"after |despite |with |during |[a-z]+ing |[a-z]+ly |"
                           r"[a-z]+ by |(?:later|earlier|then|now|once|again|also|still) [a-z]+ing )")
# ", struck by her story,": a participle with its agent; ", later alleging ...,": an adverb before a participle
_POSSESSIVES = {"his": "he", "her": "she", "their": "they", "its": "it"}
_COORDINATED_RELATIVE = re.compile(r"(?<!\S)(who|which)\s[^;:\"]*\s(?:and|or|but)\s+$")
_PASSIVE_BY = re.compile(r"\s+by\s+")
_FROM_BY = re.compile(r"\s+(?:from|by)\s+")
_EN_PREPOSITIONS = {"of", "over", "on", "in", "at", "by", "with", "for", "from", "to", "into", "about", "against",
                    "among", "like", "including", "than"}
_CLAUSE_INTRO = re.compile(  # conjunctions and an introductory phrase; all optional, so it always matches
    r"\s*(?:(?:but|and|yet|so|still|however|meanwhile|instead|now|then|also),?\s+)*"
    r"(?:(?:on|in|at|last|this|during|after|before|by|for|with|over|since|despite|once|"
    r"earlier|later|lately|today|yesterday)\b[^,;:\"]{0,80},\s+)?")
_EN_SUBJECT_PRONOUN = re.compile(r"(he|she|they|it|we|i)\b")
_RELATIVE_BEFORE = re.compile(r"(?<!\S)(who|which)\s[^,;:.\"]*$")
_PERSONAL_PRONOUNS = {"he", "she", "هو", "هي"}
_COUNT_SUBJECT = re.compile(r"\d[\d,]*")
_PERFECT = re.compile(r"\s+(?:have|has|had)\s")
_DEFINITE_ANAPHOR = re.compile(r"the(?: [a-z-]+){1,3}")
_CAPITALISED_RUN = re.compile(r"^\s*(?:The\s+)?((?:[A-Z][\w.'’-]*|of|de|al|bin)(?:\s+(?:[A-Z][\w.'’-]*|of|de|al|bin))*)")
_EN_VERB_WORDS = {"has", "have", "had", "is", "are", "was", "were", "will", "would", "can", "could", "should",
                  "may", "might", "must", "did", "does", "do", "been"} | _NEGATION
_EN_HEARER_VERBS = {"told", "tells", "tell", "asked", "asks"}
_EN_NOUN_MARKERS = {"the", "a", "an", "his", "her", "their", "its", "our", "these", "those", "such", "whose", "my", "your"}
_APPOSITIVE_HEADS = {"the", "a", "an", "who", "which", "whose", "one", "another", "his", "her", "their", "its", "now",
                     "then", "former", "chairman", "president", "executive", "director", "spokesman", "spokeswoman",
                     "head", "chief", "senior", "co-founder", "founder", "professor", "author"}


def _appositive(words: list[str]) -> bool:
    return words[0] in _APPOSITIVE_HEADS or words[0][:1].isdigit()


def _noun_phrase(n: str, span: tuple[int, int], time_words: frozenset[str]) -> tuple[int, int]:
    """An English subject span without the clause the backward walk crossed: what follows its last
    verb ("the bill did something Republicans", "were undecided, 27 percent of those who named a
    candidate"), or what precedes it before an infinitive ("The New York Times is expected to");
    empty when it ends on a preposition or an article ("gave Clinton a nearly insurmountable lead in").
    Verbs inside a relative clause belong to the subject ("those who named a candidate")."""
    start = _CLAUSE_INTRO.match(n, span[0], span[1]).end()  # type: ignore[union-attr]  # "In early January,"
    toks = list(_TOK.finditer(n, start, span[1]))
    infinitive = bool(toks) and toks[-1].group() == "to"
    if infinitive:
        toks.pop()  # "force Sen. Bernie Sanders to acknowledge"
    relative = next((i for i, m in enumerate(toks) if m.group() in _RELATIVES), len(toks))
    verbs = [i for i, m in enumerate(toks[:relative]) if m.group() in _EN_VERB_WORDS]
    if verbs and infinitive:
        toks = toks[:verbs[0]]
    elif verbs:
        toks = toks[verbs[-1] + 1:]
        comma = [i for i, m in enumerate(toks[:relative - verbs[-1] - 1]) if m.group().endswith(",")]
        toks = toks[comma[-1] + 1:] if comma else toks
    if len(toks) > 1 and toks[0].group() in ("with", "without"):
        toks = toks[1:]  # "with the new survey finding that": an absolute construction
    while len(toks) > 2 and toks[-1].group() in time_words:  # "Trevor Noah on Thursday showed"
        toks = toks[:-2] if toks[-2].group() in ("on", "last", "this") else toks[:-1]
    if not toks or toks[-1].group() in _EN_PREPOSITIONS or toks[-1].group() in _EN_NOUN_MARKERS:
        return (span[0], span[0])
    return (toks[0].start(), toks[-1].end())


def _norm_index(ns: Normalized, original: int) -> int:
    """Index in the normalised text of the first character at or after `original`."""
    return bisect_left(ns.offsets, original)


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
        })
        self.told = rules.lexicon("told")
        self.hedge = rules.lexicon("hedge")
        self.reason = rules.lexicon("anonymity_reason")
        self.boundary = rules.lexicon("boundary")
        self.abbreviations = rules.terms("abbreviation")

    # -- public -----------------------------------------------------------------------------
    def attribute(self, scanned: ScannedBody, sentences: list[Sentence], language: str) -> list[Claim]:
        body = scanned.text
        memory = Memory()
        self.typer.prescan(scanned, memory)
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

    def _also(self, main: Optional[Candidate], cands: list[Candidate], via: list[Via], n: str, ns: Normalized,
              sent: Sentence, arabic: bool, quotes, memory: Memory, cues: dict[str, list[Hit]],
              ctx: "Discourse") -> list[Source]:
        """Other attributions in the sentence: further speakers and holders of a stated stance, belief or
        intention ("Sanders aides argue", "Ali refused to fight", "He knew Meles"); never the claim's
        source. A pronoun holder is the person (he, she) or thing (it, they) last cited."""
        used = {main.cue.start} if main is not None else set()
        used |= {c.cue.start for c in cands if c.typed.type in ("media", "state_media")
                 and any(v.name == c.typed.name for v in via)}
        others = [c for c in cands if c.cue.start not in used]
        for hit in cues["stance"]:
            if hit.start in used or any(a < hit.start < b for a, b in quotes) or not self._verb_use(n, hit, arabic):
                continue
            if main is not None and main.cue.family != "according" and main.span[1] <= main.cue.start < hit.start \
                    and (arabic or not set(n[max(0, hit.start - 20):hit.start].split()[-2:]) & {"who", "which"}):
                # inside what the source reports ("Devine said Sanders wants changes"), a stance is content; a
                # relative clause is not ("He has cited an award from the fund, which supports building")
                continue
            if not arabic and hit.text.split()[0].endswith("ing") and n[:hit.start].rstrip().endswith(","):
                # "Rubio has railed against Christie, taking aim at ...": a participle after a comma is the
                # clause subject's, as "saying" is
                span = self._clause_subject(n, ns, sent.text, 0, hit.start)
                cand = self._candidate(hit, span, n, ns, sent.text, memory)
            else:
                cand = self._speaker_candidate(hit, n, ns, sent.text, memory, quotes, arabic, inverted=False)
            if not arabic and any(o.span[1] <= o.cue.start and o.cue.end <= n.rfind(" that ", 0, cand.span[0] + 1)
                                  for o in others):
                continue  # "the survey finding that 45 percent backed Clinton": the stance is the finding's content
            if cand.span[1] > cand.span[0] and not (hit.text.strip() in _EN_HEARER_VERBS):
                others.append(cand)
        for hit in cues.get("passive", ()):
            if any(a < hit.start < b for a, b in quotes) or not hit.text.strip().endswith("ed"):
                continue
            span = self._after(n, _PASSIVE_BY.match(n, hit.end).end(), False)  # type: ignore[union-attr]
            if span[1] > span[0]:
                others.append(self._candidate(hit, span, n, ns, sent.text, memory))
        for hit in cues["stance_noun"]:
            span = self._holder(n, hit, possessor=hit.entry_id != "cue.en.stance_noun_agent")
            if span[1] > span[0] and not any(a < hit.start < b for a, b in quotes):
                others.append(self._candidate(hit, span, n, ns, sent.text, memory))
        seen = {main.span} if main is not None else set()
        if main is not None and main.cue.family == "relay":
            # "The New York Times quoted one of Carson's advisers as saying": the adviser is the claim's source
            # and the paper its relay; neither is another attribution
            inner = self._inner(main, cands, n)
            seen |= {inner.span} if inner is not None else set()
        out = []
        for c in others:
            if c.span[1] <= c.span[0] or c.span in seen or c.typed.type == "unattributed":
                continue
            if c.typed.type is None:
                previous = self._referent(n[c.span[0]:c.span[1]].strip(), ctx)
                if previous is None:
                    continue
                source = self._continued(previous.source, c, ns, sent)
                source.rules = [*source.rules, "attr.also.pronoun"]
            else:
                source = self._source(c, ns, sent)
            seen.add(c.span)
            out.append(source)
        return out

    @staticmethod
    def _english_verb(n: str, ns: Normalized, text: str, hit: Hit) -> bool:
        """False for a cue word that is part of a name ("the United States": capitalised inside the
        sentence) or of a compound ("self-described", "sought-after"), or a passive participle ("the
        poll was released Wednesday", "comparisons were made clear"), whose subject is no source."""
        if hit.start > 0 and text[ns.span(hit.start, hit.end)[0]].isupper():
            return False
        if n[hit.start - 1:hit.start] == "-" or n[hit.end:hit.end + 1] == "-":
            return False
        return not (hit.text.split()[0].endswith(("ed", "made", "told")) and set(n[:hit.start].split()[-1:]) & _EN_BE)

    @staticmethod
    def _reports_as_person(n: str, hit: Hit) -> bool:
        """A publishing verb that a person can be the subject of: "reported" ("a local pediatrician
        reported unusually high lead levels"), or any of them before "that" ("the inspector found that")."""
        return hit.text.strip() in ("reported", "reports") or n.startswith(" that ", hit.end)

    @staticmethod
    def _verb_use(n: str, hit: Hit, arabic: bool) -> bool:
        """False where the cue word is a noun: "على حث أوروبا" after a preposition, "Lazar's claims",
        "the reports", "her plans"."""
        previous = n[:hit.start].split()[-1:] or [""]
        if arabic:
            return previous[0] not in _AR_PREPOSITIONS
        return previous[0] not in _EN_NOUN_MARKERS and not previous[0].endswith(("'s", "s'"))

    def _holder(self, n: str, hit: Hit, possessor: bool = True) -> tuple[int, int]:
        """Who holds a stance named as a noun: the possessor ("Turkey's refusal", "their concerns",
        "Mr. Comey's most surprising suggestion") or what follows from/by ("criticism from X")."""
        after = _FROM_BY.match(n, hit.end)
        if after is not None:
            return self._after(n, after.end(), False)
        if not possessor:
            return (hit.start, hit.start)
        toks = list(_TOK.finditer(n, max(0, hit.start - 60), hit.start))[-3:]
        for i, m in enumerate(reversed(toks)):
            word = m.group()
            if word in _POSSESSIVES:
                return (m.start(), m.end())
            if word.endswith(("'s", "s'")) and len(word) > 2:
                end = m.end() - (2 if word.endswith("'s") else 1)
                return (self._antecedent(n, end)[0], end)
            if i == 2 or word in _EN_NOUN_MARKERS or not word.isalpha():
                break
        return (hit.start, hit.start)

    @staticmethod
    def _referent(pronoun: str, ctx: "Discourse") -> Optional[Speaker]:
        """Who a pronoun holding a stance stands for: he/she the person last cited, it the thing, they
        whoever was cited last; None for I, we and you (the writer or a quoted speaker)."""
        pronoun = _POSSESSIVES.get(pronoun, pronoun)
        if pronoun in _PERSONAL_PRONOUNS:
            return ctx.last_person
        if pronoun == "it":
            return ctx.last_thing
        return ctx.last if pronoun == "they" else None

    def _mentioned(self, ctx: "Discourse", memory: Memory) -> Optional[Speaker]:
        """The person last named in the sentences read, whatever they did: "she said" may be them."""
        for text in reversed(ctx.read):
            found = self._named_in(text, memory)
            if found is not None:
                return found
        return None

    def _named_in(self, text: str, memory: Memory) -> Optional[Speaker]:
        found = None
        for hit in self.typer.lex["known_official"].finditer(normalize(text).text):
            found = Speaker(Source(name=hit.value.name, type="named_official", rules=[hit.entry_id, "attr.mention"]))
        if found is None:
            for token in text.split():
                recalled = memory.recall(token.strip(".,;:\"'“”()"))
                if recalled and recalled[0] in _PERSON_TYPES:
                    found = Speaker(Source(name=recalled[1], type=recalled[0], rules=["src.memory", "attr.mention"]))
        return found

    # -- one sentence -----------------------------------------------------------------------
    def _sentence(self, claim_id: str, sent: Sentence, language: str, memory: Memory,
                  ctx: "Discourse") -> tuple[Claim, Optional[Speaker]]:
        last = ctx.last
        ns = normalize(sent.text)
        n = ns.text
        quotes = quote_spans(n)
        inside = lambda pos: any(a < pos < b - 1 for a, b in quotes)  # noqa: E731
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
                # a verb never takes the article: "الرأي" (the opinion) is no رأى, "آليتهم" (their vehicle) no يتهم
                cues[family] = [h for h in hits if not _AR_ARTICLE.match(n, h.start, h.end)]
        ed = cues["editorial"][0] if cues["editorial"] else None
        if ed is not None and ed.start < 3:
            editorial_end = ed.end
        opinion_spans = [(h.start, h.end) for h in cues["opinion"]]
        agentless = [h for h in cues["agentless"] if not inside(h.start)]

        cands: list[Candidate] = []
        quoted_openers: list[Candidate] = []  # «أكد كيم ...»: a quotation that opens with its own speaker
        side: list[Candidate] = []  # attributions in relative and side clauses
        # "حسبما قال مسؤول", "وفق ما أفاد المرصد": the verb belongs to the according cue, which names the source
        after_according = {v.start for h in cues["according"] if arabic
                           for v in [self._according_verb(n, h, cues["speech"])] if v is not None}
        for hit in cues["speech"]:
            if hit.family == "speech_complement" and not _COMPLEMENT_AHEAD.match(n, hit.end, hit.end + 80):
                continue
            if hit.start in after_according:
                continue
            if any(a + 1 == hit.start or n[a + 1:hit.start].strip() == "" for a, b in quotes if a < hit.start < b):
                quoted_openers.append(self._speaker_candidate(hit, n, ns, sent.text, memory, quotes, arabic))
                continue
            if inside(hit.start) or hit.start < editorial_end or any(a <= hit.start < b for a, b in opinion_spans):
                continue
            if any(a.start <= hit.start < a.end for a in agentless):
                continue
            # "The campaign would not say": the campaign is in the sentence, but is not its source
            negated = bool(set(n[max(0, hit.start - 12):hit.start].split()[-2:]) & _NEGATION)
            side_clause = negated or (not arabic and set(n[:hit.start].split()[-2:]) & {"who", "which", "that"}) or \
                (hit.start > 0 and set(n[:hit.start].split()[-2:]) & _SUBORDINATORS and not _SUBORDINATE.match(n))
            if not self._verb_use(n, hit, arabic):
                continue
            cand = self._speaker_candidate(hit, n, ns, sent.text, memory, quotes, arabic)
            if cand.span[1] <= cand.span[0] and not self._opens_clause(n, hit.start):
                continue  # "... وتعهدا بتعزيز": a later verb shares the sentence's subject, no new speaker
            if hit.family == "speech_media" and cand.typed.type not in _PUBLISHERS and not (
                    not arabic and cand.typed.type is not None and self._reports_as_person(n, hit)):
                continue  # "نشرت قناصة": deployed, not published
            # "the hacker who revealed ...", "... حيث تقول الأمم المتحدة": a side clause does not
            # attribute the sentence, but it is still an attribution in it
            (side if side_clause else cands).append(cand)
        for hit in cues["relay"]:
            if inside(hit.start) or hit.start < editorial_end:
                continue
            cands += self._relay(n, hit, arabic, quotes, ns, sent.text, memory)
        for hit in cues["according"]:
            if inside(hit.start):
                continue
            start, governed = (self._according_object(n, hit, cues["speech"]) if arabic else (hit.end, False))
            span = self._after(n, start, arabic, stop_at_boundary=False, governed=governed)
            if arabic and span[1] > span[0]:
                span = self._appositive_after(n, span)
            cands.append(self._candidate(hit, span, n, ns, sent.text, memory))
        cands.sort(key=lambda c: c.cue.start)
        cands = [c for c in cands if not (c.typed.type is None and c.cue.family == "according")]

        main = self._main(cands, n)
        if main is None:
            main = self._participle(cues["participle"], n, ns, sent.text, memory, arabic)
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
                also = self._also(None, cands + side, [], n, ns, sent, arabic, quotes, memory, cues, ctx)
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
                why.append("attr.continuation")
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
        source, via = speaker.source.model_copy(), list(speaker.via)
        if reason_text and source.type in ("anonymous_official", "anonymous"):
            source.anonymity_reason = reason_text
        return made(source, via, self._also(main, cands + side, via, n, ns, sent, arabic, quotes, memory, cues, ctx)), \
            speaker

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
        outer_span = self._after(n, hit.end, True) if arabic else self._english_subject(n, hit, quotes)
        marker = re.compile(r"(?<!\S)عن(?!\S)" if arabic else r"(?<!\S)\S", re.S)
        found = marker.search(n, max(outer_span[1], hit.end), min(len(n), max(outer_span[1], hit.end) + 40))
        if found is None:
            return []
        inner_start = found.end() if arabic else found.start()
        inner_span = self._after(n, inner_start, arabic)
        if arabic and inner_span[1] > inner_span[0]:
            inner_span = self._appositive_after(n, inner_span)
        outer = self._candidate(hit, outer_span, n, ns, text, memory)
        inner_cue = Hit(start=found.start(), end=found.end(), text=found.group(), entry_id=hit.entry_id, family="relay")
        inner = self._candidate(inner_cue, inner_span, n, ns, text, memory)
        return [outer, inner] if inner.typed.type not in (None, "unattributed") else [outer]

    def _inner(self, outer: Candidate, cands: list[Candidate], n: str) -> Optional[Candidate]:
        """Reported speech inside media's report: 'state media said Kim told Lavrov ...'. The inner
        speaker must open the reported clause (right after أن/إن/that or a quotation mark)."""
        relayed = outer.cue.family == "relay"
        if (outer.typed.type not in ("media", "state_media") and not relayed) or outer.cue.family == "according":
            return None
        after = max(outer.span[1], outer.cue.end)
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
        before = n[:pos].split()
        return len(before) <= 1 or n[:pos].rstrip().endswith(("،", ",", ":")) or before[-1] in _AR_CONJ

    def _participle(self, participles: list[Hit], n: str, ns: Normalized, text: str, memory: Memory,
                    arabic: bool) -> Optional[Candidate]:
        """'التقى X بنظيره، مؤكدا أن ...' / 'Judge X imposed a sentence, saying ...': the participle reports
        the speech of the sentence's own subject (after the opening verb in Arabic, the opening
        capitalised name in English)."""
        if not participles:
            return None
        hit = participles[0]
        opening = not arabic and not n[:hit.start].strip()
        if arabic:
            verb = re.match(r"\s*(?:(?:" + "|".join(_AR_CONJ) + r")\s+)*\S+", n)
            span = self._appositive_after(n, self._after(n, verb.end(), True)) if verb else (0, 0)
        elif opening and n.find(",", hit.end) != -1:
            # "Noting that both battled the media, Schlafly put her finger on ...": a participle opening the
            # sentence reports the speech of the subject after its clause
            comma = n.find(",", hit.end) + 1
            span = self._clause_subject(n, ns, text, comma, min(len(n), comma + 80))
        elif not n[:hit.start].rstrip().endswith(",") and \
                not set([w for w in n[:hit.start].split() if not w.endswith("ly")][-1:]) & _EN_BE:
            return None  # "rivals promising upheaval": a modifier, not a clause ("X, saying") or a verb ("X is saying")
        else:
            span = self._clause_subject(n, ns, text, 0, hit.start)
        if span[1] <= span[0] or (span[1] > hit.start and not opening):
            return None
        cand = self._candidate(hit, span, n, ns, text, memory)
        return cand if cand.typed.type != "unattributed" and (cand.typed.type or not arabic) else None

    # -- spans ------------------------------------------------------------------------------
    def _candidate(self, hit: Hit, span: tuple[int, int], n: str, ns: Normalized, text: str,
                   memory: Memory) -> Candidate:
        if n[span[0]:span[1]] in _RELATIVES:
            antecedent = self._antecedent(n, span[0])
            coordinated = _COORDINATED_RELATIVE.search(n, max(0, span[0] - 120), span[0])
            if antecedent[1] <= antecedent[0] and coordinated is not None:
                # "hackers who officials say is tied to Russia and who claimed credit": the second relative
                # stands for the first one's noun
                antecedent = self._antecedent(n, coordinated.start(1))
            if antecedent[1] > antecedent[0]:  # the relative pronoun stands for the noun before it
                ante_a, ante_b = ns.span(*antecedent)
                typed = self.typer.classify(text[ante_a:ante_b], memory)
                typed = Typed(typed.type, typed.name or text[ante_a:ante_b].strip(), typed.role,
                              [*typed.rules, "attr.relative"])
                return Candidate(hit, (antecedent[0], span[1]), typed)
        a, b = ns.span(*span) if span[1] > span[0] else (0, 0)
        typed = self.typer.classify(text[a:b] if b > a else "", memory)
        cand = Candidate(hit, span, typed)
        told_here = hit.text.strip() in _EN_HEARER_VERBS  # "X told Reuters": the hearer follows the verb
        cand.hearer = self._hearer(n, hit.start if told_here else max(span[1], hit.end), ns, text, memory)
        return cand

    def _speaker_candidate(self, hit: Hit, n: str, ns: Normalized, text: str, memory: Memory,
                           quotes: list[tuple[int, int]], arabic: bool, inverted: bool = True) -> Candidate:
        """The cue's subject, found by the language's word order, and typed."""
        span = self._arabic_subject(n, hit) if arabic else self._english_subject(n, hit, quotes, inverted)
        if not arabic:
            span = _noun_phrase(n, span, self.typer.time_words)
            if span[1] <= span[0]:
                span = self._coordinated_subject(n, ns, text, hit.start)
            elif n[span[0]:span[1]].split()[0] in _EN_PREPOSITIONS and n[:span[0]].split()[-1:] in (["and"], ["but"]):
                # "is supporting Sanders and in a statement credited him": the walk stopped at "and" inside
                # an adverbial; the subject is the clause's
                span = self._coordinated_subject(n, ns, text, span[0])
        cand = self._candidate(hit, span, n, ns, text, memory)
        if not arabic and cand.typed.type == "unattributed" and _DEFINITE_ANAPHOR.fullmatch(n[span[0]:span[1]]) \
                and n[:span[0]].rstrip().endswith((',"', ",'")):
            # '"...," the Republican said': a definite description right after a quotation refers back to
            # the speaker, as a pronoun would
            cand.typed = Typed(None, rules=["attr.definite_anaphor"])
        elif not arabic and cand.typed.type == "unattributed" and _COUNT_SUBJECT.fullmatch(n, span[0], span[1]) \
                and _PERFECT.match(n, span[1]):
            # "520 superdelegates have said they support Clinton, 39 have said they support Sanders": a
            # count of people, its noun left out
            cand.typed = Typed("anonymous", name=n[span[0]:span[1]], rules=["attr.count"])
        return cand

    @staticmethod
    def _coordinated_subject(n: str, ns: Normalized, text: str, pos: int) -> tuple[int, int]:
        """The subject of a verb coordinated with its clause's first ("However, Adelson met with Trump
        and declared", "But on Tuesday, he stood with other leaders and urged"): the pronoun or the
        capitalised name opening the clause, after its conjunctions and an introductory phrase."""
        words = [w for w in n[:pos].split() if w not in _EN_SKIP][-1:]
        if words not in (["and"], ["but"]):
            return (pos, pos)
        return Attributor._clause_subject(n, ns, text, n.rfind(";", 0, pos) + 1, pos)

    @staticmethod
    def _clause_subject(n: str, ns: Normalized, text: str, clause: int, pos: int) -> tuple[int, int]:
        """The pronoun or capitalised name opening the English clause at `clause`, after its
        conjunctions and an introductory phrase ("On Friday, he", "However, Adelson")."""
        start = _CLAUSE_INTRO.match(n, clause).end()  # type: ignore[union-attr]  # it matches empty text too
        pronoun = _EN_SUBJECT_PRONOUN.match(n, start)
        if pronoun is not None:
            return pronoun.span()
        origin = ns.span(start, start + 1)[0]
        run = _CAPITALISED_RUN.match(text[origin:ns.span(pos - 1, pos)[1]])
        if run is None or not run.group(1)[-1:].isalpha():
            return (pos, pos)
        return (_norm_index(ns, origin + run.start(1)), _norm_index(ns, origin + run.end(1)))

    @staticmethod
    def _antecedent(n: str, pos: int) -> tuple[int, int]:
        """The noun phrase a relative pronoun at `pos` stands for: back to its determiner, or to the
        preposition or verb before it ("won over Weaver, who"; "a downtown museum that")."""
        toks = list(_TOK.finditer(n, max(0, pos - 80), pos))
        if toks and toks[-1].group().endswith(","):
            toks[-1] = _TOK.match(n, toks[-1].start(), toks[-1].end() - 1)  # type: ignore[assignment]
        start = end = toks[-1].end() if toks else pos
        for m in reversed(toks[-6:]):
            word = m.group()
            if word in _EN_BACK_STOP or word in _EN_PREPOSITIONS or word.endswith((",", ";", ":", '"')) \
                    or word in _EN_SKIP:
                break
            start = m.start()
            if word in _EN_NOUN_MARKERS or word in ("any", "some", "every", "one"):
                break
        return (start, end)

    def _hearer(self, n: str, pos: int, ns: Normalized, text: str, memory: Memory) -> Optional[tuple[Typed, str]]:
        """'told Reuters' / 'لوكالة أسوشيتد برس': the outlet the source spoke to."""
        window_end = min(len(n), pos + 60)
        told = self.told.search(n, pos, window_end)
        if told is None or told.start - pos > 25:
            lam = _AR_LAM_OUTLET.match(n, pos)  # "لفرانس24", "لرويترز": ل and an outlet's name
            if lam is None or not self._outlet_at(lam.group(1)):
                return None
            told = Hit(lam.start(1), lam.start(1) + 1, "ل", "cue.told.ar", "told")
        end = _STOP_PUNCT.search(n, told.end)
        stop = end.start() if end and end.start() < window_end else window_end
        piece_a, piece_b = ns.span(told.start, stop)
        typed = self.typer.classify(text[piece_a:piece_b], memory)
        if typed.type in ("media", "state_media"):
            return typed, text[piece_a:piece_b].strip()
        return None

    @staticmethod
    def _according_verb(n: str, hit: Hit, speech: list[Hit]) -> Optional[Hit]:
        """The reporting verb right after an Arabic according cue ("حسبما قال", "حسب ما أكدت"), if any."""
        m = _AR_WHAT.match(n, hit.end)
        pos = m.end() if m is not None else hit.end
        return next((v for v in speech if v.start == pos), None)

    def _according_object(self, n: str, hit: Hit, speech: list[Hit]) -> tuple[int, bool]:
        """Where the source named by an Arabic according cue starts, and whether its first word carries
        the ل that the cue governs ("وفقا لمصادر طبية", "وفقا للمرصد"): after a reporting verb
        ("حسبما قال مسؤول"), or after that ل."""
        verb = self._according_verb(n, hit, speech)
        if verb is not None:
            return verb.end, False
        if n[hit.start:hit.end].endswith(_AR_GOVERNS_LAM):
            lam = _AR_LAM.match(n, hit.end)
            if lam is not None:
                # a bare ل is left out of the span; لل (ل + the article) stays, the lexicons read it
                return (lam.start(1) if lam.group(2) else lam.end()), True
        return hit.end, False

    def _outlet_at(self, tok: str) -> bool:
        """Whether an Arabic token is ل and an outlet's name ("لفرانس24", "لرويترز")."""
        hit = self.rules.outlet_names.search(tok)
        return hit is not None and hit.start == 0 and tok.startswith("ل")

    def _after(self, n: str, pos: int, arabic: bool, stop_at_boundary: bool = True,
               governed: bool = False) -> tuple[int, int]:
        """Tokens after `pos` up to punctuation, a boundary word, a hearer or MAX_SPAN_TOKENS. With
        `governed`, the first token's prepositional prefix is the cue's own (وفقا لمصادر), no stop."""
        start = end = None
        count = 0
        for m in _TOK.finditer(n, pos):
            tok = m.group()
            if tok.startswith(('"', "'")) and start is not None and n[start:m.start()].rstrip().endswith(_MEDIA_HEADS):
                close = n.find(tok[0], m.start() + 1)
                if close != -1 and close - m.start() < 40:  # صحيفة "بيونج يانج تايمز"
                    end = close + 1
                    break
            if tok.startswith(('"', "'", "-")):
                break
            if start is None and tok in _AR_SKIP:
                continue
            if (stop_at_boundary or start is not None) and self.boundary.starts_at(n, m.start()):
                held = start is not None and n[start:m.start()].split()[-1:] and \
                    n[start:m.start()].split()[-1] in _AR_HOLDS_PREPOSITION
                if not held:
                    break
            if start is not None and self.told.starts_at(n, m.start()):
                break
            if tok.startswith(_AR_PREP_PREFIXES) and len(tok) > 4 and not (governed and start is None) \
                    and (start is not None or self.typer.lex["known_official"].search(tok) is None):
                break
            if arabic and start is not None and tok.startswith("ل") and self._outlet_at(tok):
                break  # "أكدت وزارة الاقتصاد لفرانس24": the outlet after ل is the hearer
            if start is None:
                start = m.start()
            punct = _STOP_PUNCT.search(tok)
            if punct is not None and tok.endswith(".") and tok[:-1] in self.abbreviations:
                punct = _STOP_PUNCT.search(tok[:-1])  # "Mr." does not end the span
            if punct is not None:
                if punct.start() > 0:
                    end = m.start() + punct.start()
                break
            end = m.end()
            count += 1
            if count >= MAX_SPAN_TOKENS:
                break
        if start is None or end is None or end <= start:
            return (pos, pos)
        return (start, end)

    def _before(self, n: str, verb_start: int) -> tuple[int, int]:
        """Arabic subject-first clause: the words between a clause start and the verb."""
        clause = max(n.rfind(ch, 0, verb_start) for ch in "،,:;")
        between = [t for t in n[clause + 1:verb_start].split() if not self.typer.is_time_word(t)]
        if clause != -1 and n[clause] in "،," and not between and re.search("[،,]", n[:clause]):
            # "لكن الوزير بالحكومة الإسرائيلية، نفتالي بينيت، قال": subject and appositive before the verb
            lead = re.match(r"\s*(?:(?:و?لكن|كما ان|كما|ثم|و?كان|و?كانت|و?كانوا)\s+)?", n)
            stretch = n[lead.end():clause]
            if 0 < len(stretch.split()) <= 12 and not _STOP_PUNCT.sub("", stretch).strip() == "" \
                    and not set(stretch.split()) & _AR_BEFORE_STOP and not _COMPLEMENTIZER.search(stretch):
                return (lead.end(), clause)
        comp = None
        for m in _COMPLEMENTIZER.finditer(n, 0, verb_start):
            comp = m
        start = max(clause + 1, comp.end() if comp else 0)
        toks = list(_TOK.finditer(n, start, verb_start))
        while toks and toks[0].group() in _AR_CONJ:
            toks.pop(0)
        if toks and re.sub(r"^[وف]", "", toks[0].group()) in _AR_PREPOSITIONS:
            return (verb_start, verb_start)  # "وفي منتصف الثمانينات قدرت ...": an adverbial, the subject follows
        if not toks or len(toks) > 9 or any(_STOP_PUNCT.search(t.group()) for t in toks) \
                or any(t.group() in _AR_BEFORE_STOP for t in toks):
            return (verb_start, verb_start)
        return (toks[0].start(), toks[-1].end())

    def _arabic_subject(self, n: str, hit: Hit) -> tuple[int, int]:
        kana = _AR_KANA.match(n)
        if kana and kana.end() < hit.start and n.rfind(" قد ", 0, hit.start + 1) > kana.end():
            # "وكان المتحدث ...، جون كيربي، قد صرح": the subject sits between كان and قد
            return (kana.end(), n.rfind(" قد ", 0, hit.start + 1))
        before = self._before(n, hit.start)
        if before[1] > before[0]:
            return before
        span = self._after(n, hit.end, True)
        if span[1] > span[0]:
            return self._appositive_after(n, span)
        if kana and kana.end() < hit.start and len(n[kana.end():hit.start].split()) <= 6:
            return (kana.end(), hit.start - 1)
        comma = n[:hit.start].rstrip()
        if kana and kana.end() < len(comma) - 1 and comma.endswith(("،", ",")) \
                and len(n[kana.end():len(comma) - 1].split()) <= 12 and not _STOP_PUNCT.search(n, kana.end(), len(comma) - 1):
            # "وكان مصدر مطلع على التحقيقات الجارية، قال في تصريحات": a longer subject between كان and
            # the comma before a verb with none after it
            return (kana.end(), len(comma) - 1)
        return span

    def _appositive_after(self, n: str, span: tuple[int, int]) -> tuple[int, int]:
        """'خليل الحية، عضو المكتب السياسي لحركة حماس،': a role after the comma belongs to the subject."""
        m = re.match(r"\s*[،,]\s*", n[span[1]:])
        if m is None:
            return span
        start = span[1] + m.end()
        role = self.typer.lex["role"].search(n, start, min(len(n), start + 30))
        spoke = self.typer.lex["spokesperson"].search(n, start, min(len(n), start + 30))
        hit = role if role is not None and role.start == start else spoke
        if hit is None or hit.start != start:
            return self._name_after(n, span, start)
        stop = _STOP_PUNCT.search(n, hit.end)
        end = stop.start() if stop is not None else len(n)
        return (span[0], min(end, start + 80))

    def _name_after(self, n: str, span: tuple[int, int], start: int) -> tuple[int, int]:
        """'المتحدثة باسم البيت الأبيض، سارة ساندرز،': the name after the comma belongs to an office or a
        spokesperson (up to four words, all name-like, then punctuation)."""
        stop = _STOP_PUNCT.search(n, start)
        end = stop.start() if stop is not None else len(n)
        words = n[start:end].split()
        if not 1 <= len(words) <= 4 or len(self.typer.name_tokens(n[start:end])) != len(words):
            return span
        held = self.typer.lex["spokesperson"].search(n, span[0], span[1]) or self.typer.lex["role"].search(n, span[0], span[1])
        return (span[0], start + len(n[start:end].rstrip())) if held is not None else span

    @staticmethod
    def _aside(n: str, end: int) -> Optional[int]:
        """Where an aside between a subject and its verb opens: the nearest comma (of up to three before
        the one closing at `end`) followed by an appositive, a relative clause, a participle or a
        prepositional phrase (", a Hollywood, Fla., rabbi helping to organize the boycott,")."""
        commas = [m.start() for m in _COMMA.finditer(n, max(0, end - 220), end - 1)][-3:]
        stop = max(n.rfind(ch, 0, end - 1) for ch in ';:"')
        for comma in reversed(commas):
            words = n[comma + 1:end - 1].split()
            if comma < stop or not words:
                break
            if _appositive(words) or _ASIDE_OPENER.match(" ".join(words[:3]) + " "):
                return comma
        return None

    def _english_subject(self, n: str, hit: Hit, quotes: list[tuple[int, int]],
                         inverted: bool = True) -> tuple[int, int]:
        """The subject before the verb, or with `inverted` after it ('"...," said David Nevins')."""
        toks = list(_TOK.finditer(n, 0, hit.start))
        while toks and (toks[-1].group() in _EN_SKIP or toks[-1].group().endswith("ly")):
            if toks[-1].group() not in _EN_SKIP and (len(toks) == 1 or toks[-2].group() in _EN_TITLES):
                break  # "Schlafly also noted", "Mr. Kelly said": a name, not an adverb
            toks.pop()
        if toks and toks[-1].group() in _RELATIVES:
            return (toks[-1].start(), toks[-1].end())  # "Weaver, who endorsed": typed by its antecedent
        if toks and toks[-1].group() in ("-", "--"):
            # "Many speakers at the service - including Muslims, Jews - said": step over the aside
            opening = [m for m in toks[-25:-1] if m.group() in ("-", "--")]
            if opening:
                return self._english_subject(n, Hit(opening[-1].start(), opening[-1].end(), "", "", ""), quotes,
                                             inverted)
        end = toks[-1].end() if toks else hit.start
        aside = self._aside(n, end) if toks and toks[-1].group().endswith(",") else None
        if aside is not None:
            # "Mr. Kaplan, a screenwriter and former studio executive, said", "Snyder, for his part, has
            # denied", "officials, speaking on condition of anonymity, said": the subject is before the aside
            head = self._english_subject(n, Hit(aside, aside + 1, ",", "", ""), quotes, inverted=False)
            if head[1] > head[0]:
                words = n[aside + 1:end].split()
                nominal = _appositive(words) and words[0] not in ("who", "which", "whose")
                return (head[0], end - 1) if nominal else head
        if toks and toks[-1].group().endswith(",") and not toks[-1].group().endswith(('",', "',")):
            end = toks[-1].end() - 1  # "Steve Coll, the dean of the school, said": keep the appositive
            word = _TOK.match(n, toks[-1].start(), end)
            if word is None:
                toks.pop()  # the comma stood alone ("Officials , said")
            else:
                toks[-1] = word
        start = None
        commas = 0
        for m in reversed(toks):
            tok = m.group()
            if any(a < m.start() < b for a, b in quotes) or tok in _EN_BACK_STOP and start is None:
                break
            # ",'" closes a quotation whatever opened it ("to build 'an impenetrable wall" on our border,' she
            # wrote"): an apostrophe never follows a comma
            if tok.endswith((";", ":", '"', "''", ",'")) or tok.startswith(('"', "''")) or tok in _EN_BACK_STOP \
                    or tok in ("-", "--"):
                break
            if tok.endswith(","):
                # one appositive: "NAME, ROLE," -- continue only when what follows looks like one
                following = n[m.end():end].split()
                if commas or start is None or not following or not _appositive(following):
                    break
                commas += 1
            start = m.start()
            if end - start > 160:
                break
        if start is not None and start < end:
            return (start, end)
        if toks and toks[-1].group() in ("and", "but"):
            # "He endorsed Clinton, but told ...", "Weaver, who came out and endorsed": the coordinated
            # verb shares the subject of its clause
            relative = _RELATIVE_BEFORE.search(n, max(0, toks[-1].start() - 60), toks[-1].start())
            return (relative.start(1), relative.end(1)) if relative else (hit.start, hit.start)
        if hit.text.strip() in _EN_HEARER_VERBS or not inverted:
            return (hit.start, hit.start)  # what follows "told" is the hearer, not the speaker
        # inverted: '"...," said David Nevins, the chief executive of Showtime.'
        span = self._after(n, hit.end, False)
        if span[1] > span[0] and n[span[1]:span[1] + 1] == ",":
            rest = re.match(r",\s*(the|a|an|who is|who was|[a-z.'-]+ (?:for|of|at))\s[^,.;]{0,80}", n[span[1]:])
            if rest:
                span = (span[0], span[1] + rest.end())
        return span

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
        a, b = ns.span(c.cue.start, c.span[1])
        return Via(name=c.typed.name, type=c.typed.type or "unattributed", evidence=text[a:b], rules=c.typed.rules)

"""What attribution in every language shares, and the steps a language fills in.

The engine runs the same steps over every sentence (find the cues, find each cue's subject, choose the
cue that governs, carry speakers across sentences); where a step depends on the language's grammar it
asks the sentence's `Language`: the Arabic one (ar.py) or the English one (en.py). A step a language does
not have keeps the default written here (no candidate, nothing to add).
"""
from __future__ import annotations

import re
from typing import Optional

from ...lexicon import Hit
from ...normalize import norm
from ...models import Source, Via
from ...rules import RuleSet
from ..gender import GenderReader
from ..reading import OUTLETS, Candidate, Reading, Speaker
from ..sources import Memory, SourceTyper, Typed
from ..subjects import CLOSING, SubjectFinder, words_before

# where a hearer's name ends; quotation marks stay in (لوكالة «رويترز»), and a dot inside a word ("العربية.نت")
_HEARER_END = re.compile(r"[،,:;؟?!()\[\]]|\.(?!\S)")
_QUOTE_AFTER = re.compile(r'\s*(["«“])')  # a quotation mark next, as a hearer's name opens (لمحطة "آر بي بي إنفوراديو")
_OPENING_MARK = re.compile(r'["«“]')
_COORDINATED_RELATIVE = re.compile(r"(?<!\S)(who|which)\s[^;:\"]*\s(?:and|or|but)\s+$")


def _unpaired_quotes_off(text: str) -> str:
    """'فرانس برس"' (the opening mark was the hearer's ل's) without its unpaired mark; «رويترز» as it is."""
    for opening, closing in (('"', '"'), ("«", "»"), ("“", "”")):
        pairs = text.count(opening) == text.count(closing) if opening != closing else text.count(opening) % 2 == 0
        if not pairs:
            text = text.strip(opening + closing).strip()
    return text


def _said_after_quoted_name(n: str, pos: int, stop: int) -> int:
    """Where a quotation after a hearer's name in quotation marks opens what was said: 'لمحطة "آر بي بي
    إنفوراديو" العامة "كانت هناك ..."' ends the hearer before its second quotation."""
    name = _QUOTE_AFTER.match(n, pos, stop)
    if name is None:
        return stop
    closing = n.find(CLOSING.get(name.group(1), name.group(1)), name.end(), stop)
    said = _OPENING_MARK.search(n, closing + 1, stop) if closing != -1 else None
    return said.start() if said is not None else stop


_SPEAKERS_BACK = 200  # speakers a name is looked for among: an article's cost stays linear in its sentences


class Language:
    """A language's attribution steps over a `Reading`, with the candidate building they share."""

    code = ""
    complement_ahead: re.Pattern  # what a verb that needs a complement ("أوضح"، "states") is followed by
    relatives: frozenset[str] = frozenset()  # words that open a relative clause: its verb is a side clause
    complementizers: frozenset[str] = frozenset()  # words that open a reported clause (أن: closed.ar.complementizer)
    said_openers: frozenset[str] = frozenset()  # words after which what was said opens: no speaker before them
    quoting_cues: frozenset[str] = frozenset()  # according cues that relay the source they name ("نقلا عن")
    coordinators: frozenset[str] = frozenset()  # conjunctions written apart, which join the places a headline names
    pronoun_recalls_mention = False  # "he" before anyone was cited is the person last named
    continuation_keeps_relay = True  # "وأضاف" after "قال لرويترز" is still relayed by Reuters
    quotes_block = False  # the lines after "Hewitt writes:" ending its paragraph are what was written
    # a quotation a speaker opened inside a paragraph and left open goes on in the sentences after it
    # (attr.continuation.speaker_quote); Arabic opinion pieces leave stray marks open over long paragraphs
    quotes_run_on = False
    # cue ids of stances whose "he"/"she" holder opening a sentence goes on with the speaker just before
    # (attr.continuation.stance)
    stance_goes_on: frozenset[str] = frozenset()
    posting_verbs: frozenset[str] = frozenset()  # "Trump tweeted:": an embed the crawl may have dropped, no block
    finder: type[SubjectFinder] = SubjectFinder  # the walks to a cue's subject in the language's word order
    gender: Optional[GenderReader] = None  # what the text shows of a speaker's gender; None: "he"/"she" never skip
    according_verb_first = False  # "وبحسب البيان، طالب السيسي": a verb may open the clause after an according phrase
    # the types of the phrases after which an unnamed speaker opening the clause is the source ("according to a
    # survey, 51 percent of respondents said" keeps the survey)
    according_unnamed_through: frozenset[str] = frozenset()
    agreement_binds = False  # a disagreeing last speaker with no earlier one to go back to is no speaker (Arabic)

    def __init__(self, rules: RuleSet, typer: SourceTyper):
        self.rules = rules
        self.typer = typer
        self.subjects = self.finder(rules, typer)
        self.words = typer.words  # the function words of rules/<language>/function_words.yaml
        self.told = rules.lexicon("told")
        # a poll's figures in a sentence with no cue go on with the poll, in the languages whose rules say so
        self.figures = rules.lexicon("poll_figures", lang=self.code)
        self.shares = rules.lexicon("poll_shares", lang=self.code)  # "4 in 10 voters": past a voter quoted
        self.poll_method = rules.lexicon("poll_method", lang=self.code)  # "The margin of error is 3 points": no finding

    # -- the steps a language fills in ------------------------------------------------------------
    def subject_span(self, r: Reading, hit: Hit, inverted: bool = True) -> tuple[int, int]:
        """The cue's subject in the language's word order."""
        raise NotImplementedError

    def filter_cues(self, r: Reading) -> None:
        """Drop the cue hits that are no verbs of this sentence; add cue families of the language's own."""

    def bare(self, word: str) -> str:
        """A word without the conjunction written onto it."""
        return word

    def leading_sources(self, n: str, cands: list[Candidate], comma: int) -> list[Candidate]:
        """The attributions of a leading subordinate clause that are the sentence's own, when no later one
        is ("Although he told the FBI ..., X happened" is the writer's)."""
        return []

    def relative_subject(self, clause: list[str]) -> bool:
        """Whether the words of a cue's clause before it end with a relative pronoun and the auxiliaries and adverbs
        that may follow it: a relative clause, a side clause of the noun before it."""
        return False

    def subordinated(self, r: Reading, previous: list[str], pos: int) -> tuple[bool, bool]:
        """Whether the words right before `pos`, `previous`, end with a subordinator (closed.ar.subordinator,
        closed.en.subordinator; "بعد أن"، "because") that makes what stands at `pos` a side clause, and whether
        that clause only dates the sentence's news (dates_news: "جاء ذلك بعد أن أعلنت"). Not where the sentence
        opens with one (closed.ar.subordinate): the main clause is then another's reading. Read by the cue loop
        for the verb and by `fronted_side_clause` for a subject before it, one test for both."""
        subordinate = pos > 0 and bool({*previous, " ".join(previous)} & self.words.subordinators) \
            and not self.words.subordinate.match(r.n)
        return subordinate, subordinate and self.dates_news(r, pos)

    def fronted_side_clause(self, r: Reading, start: int) -> Optional[str]:
        """The rule id when a subordinator opens the clause of a subject that stands before its verb, from `start`:
        the clause is a side clause, as it is with the subordinator right before the verb, which is all the cue
        loop reads; None otherwise."""
        return None

    def narrated_speech(self, r: Reading, cand: Candidate, hit: Hit) -> bool:
        """Whether a verb of saying in the middle of a sentence, `hit`, whose speaker is `cand`, is a side clause
        that times the speaking and reports nothing of it (attr.continuation.side_clause)."""
        return False

    def narrated_act(self, r: Reading, cand: Candidate, hit: Hit) -> bool:
        """Whether a verb of saying whose speaker is `cand` tells of an act, not of speech ("agreed to meet"),
        wherever its clause stands: a side attribution, the sentence the writer's."""
        return False

    def frames_sentence(self, cand: Candidate) -> bool:
        """Whether a narrated speaker (narrated_speech) stands on the sentence's main verb, whose object is then
        read as a main reading's report would be."""
        return False

    def talker(self, cand: Candidate) -> Optional[str]:
        """The rule by which the subject of a narrated main verb (frames_sentence) is the one a later sentence with
        no subject goes on with, though the sentence itself is the writer's ("وقد تحدث الملك هاتفيا مع ... وأكد");
        None where it is not."""
        return None

    def cites_poll(self, source: Source) -> bool:
        """Whether a document cited earlier is a poll, whose respondents a share counted later can be: an
        indictment or a report gives no employees' opinions. Any document in a language that does not tell."""
        return True

    def new_description(self, r: Reading, cand: Candidate) -> Optional[str]:
        """The rule by which a speaker's span brings someone new in by a description of their own ("said an aide to
        Mr. Trump, who requested anonymity"), so that a reason for anonymity in the sentence is theirs and not the
        last source's; None where the language reads none (the span may refer back)."""
        return None

    def names_speaker(self, n: str, source: Source) -> bool:
        """Whether a sentence names the speaker of the last in the third person, so cannot go on with their words."""
        return False

    def definite(self, n: str, span: tuple[int, int]) -> bool:
        """Whether a noun phrase is definite (its own article, or a construct with a definite noun)."""
        return True

    def verb_use(self, r: Reading, hit: Hit) -> bool:
        """False where the cue word is used as a noun."""
        return True

    def according_verbs(self, r: Reading) -> dict[int, Optional[Hit]]:
        """For each according cue, the reporting verb that belongs to it ("حسبما قال")."""
        return {}

    def according(self, r: Reading, hit: Hit, verb: Optional[Hit]) -> Candidate:
        """The source an according cue names."""
        raise NotImplementedError

    def reports_inside(self, r: Reading, hit: Hit) -> bool:
        """Whether a verb of speech with its subject dropped that does not open its clause still reports speech."""
        return False

    def dropped_subject(self, r: Reading, hit: Hit) -> Optional[Candidate]:
        """The subject a later verb without one shares with the sentence's first verb."""
        return None

    def negation_reports(self, r: Reading, cand: Candidate) -> bool:
        """Whether a negated verb of speech still attributes the sentence to its subject."""
        return False

    def covers(self, r: Reading, cand: Candidate) -> bool:
        """Whether a verb of coverage's subject (family speech_press) is the press: linking and focusing are any
        subject's plain acts ("ربطت رأسها بكوفية")."""
        return cand.typed.type in OUTLETS

    def publishes(self, r: Reading, hit: Hit, cand: Candidate) -> bool:
        """Whether a publishing verb's subject publishes though the lexicons do not type it a publisher."""
        return False

    def dates_news(self, r: Reading, pos: int) -> bool:
        """Whether the sentence opens only to date its news by what is said from pos on ("جاء ذلك بعد أن أعلنت")."""
        return False

    def relative_object(self, r: Reading, cand: Candidate, hit: Hit) -> bool:
        """Whether the speaker found opens a relative clause whose relative pronoun is the verb's object (English:
        "which he has denied"), a side clause of the noun before it."""
        return False

    def controlled(self, r: Reading, cand: Candidate) -> bool:
        """Whether the candidate is the object of a control verb, which has said nothing yet."""
        return False

    def in_print(self, r: Reading, cand: Candidate) -> Optional[str]:
        """The rule id by which the verb's speaker is narrated, an attribution in the sentence but not its source
        (Arabic: what leaflets put out say; English: writing a work that says nothing); None otherwise."""
        return None

    def opinion_holders(self, r: Reading, editorial_end: int, agentless: list[Hit]) -> list[Candidate]:
        """Opinions whose holder is named ("ويرى محللون أن")."""
        return []

    def relay(self, r: Reading, hit: Hit) -> list[Candidate]:
        """The relay ('نقلت وكالة X عن مسؤول', 'X quoted Y as saying'), then the speaker it quotes."""
        return []

    def participle(self, r: Reading, hits: list[Hit]) -> Optional[Candidate]:
        """A participle that reports the speech of the sentence's own subject ("..., saying")."""
        return None

    def noun_cue(self, r: Reading) -> Optional[Candidate]:
        """A noun of speech that carries the claim and names its speaker ("بيان صادر عن الحزب")."""
        return None

    def passive_agent(self, r: Reading) -> Optional[Candidate]:
        """The agent of a verb of saying in the passive that is the main clause's own verb ("Trump was attacked by
        Clinton"): the sentence rests on it, as on the subject of the active verb."""
        return None

    def person_anaphor(self, pronoun: str) -> bool:
        """A definite description that refers back to a person, as "he" does ("the Republican")."""
        return False

    def referent(self, pronoun: str) -> Optional[str]:
        """Whom a pronoun or a description standing for a speaker refers back to: "person" (the person last cited:
        "he", "the Republican"), "thing" (the body or document last cited), "last" (whoever was cited last) or
        None (no one cited: the writer, a quoted speaker)."""
        return "person" if pronoun in self.words.personal_pronouns or self.person_anaphor(pronoun) else None

    def outlet_via(self, r: Reading) -> list[Via]:
        """The outlet a source spoke through, named anywhere in the sentence."""
        return []

    def stance_candidate(self, r: Reading, hit: Hit) -> Candidate:
        """The holder of a stance verb."""
        return self.speaker(r, hit, inverted=False)

    def stance_is_report(self, r: Reading, hit: Hit) -> bool:
        """Whether a stance inside what the source reports is part of the report (not a relative clause's)."""
        return True

    def stance_is_content(self, r: Reading, reported: int, cand: Candidate) -> bool:
        """Whether a stance is the content of an earlier finding ("the survey finding that 45 percent backed")."""
        return False

    def in_complement(self, r: Reading, main: Candidate, cand: Candidate) -> bool:
        """Whether another cue's holder opens the clause the main cue reports ("X said that Y told"): that
        speech is part of what the source says, no attribution of the sentence's own."""
        return False

    def stance_noun_holder(self, r: Reading, hit: Hit) -> tuple[int, int]:
        """The holder a noun of stance names ("Sanders' belief that", "a claim by the campaign"); an empty span
        where the language has none."""
        return hit.start, hit.start

    def passive_holders(self, r: Reading) -> list[Candidate]:
        """Holders named after "by" ("measures added by Republicans")."""
        return []

    def full_name(self, text: str, memory: Memory) -> Optional[tuple[int, Speaker]]:
        """Where the first full name of a person stands in a sentence that cites no one, and who it is."""
        return None

    def quoted_fragment(self, text: str, speaker: Source, memory: Memory) -> Optional[str]:
        """Whether a sentence with no cue goes on quoting the speaker of the sentence before in a frame of the
        writer's, and the pronoun opening that frame ("" for none); None where the language reads no such frame."""
        return None

    def opening_subject(self, text: str) -> Optional[str]:
        """A sentence from where its subject opens ("And Trump himself was ...": from "Trump"); None where the
        language reads no subject from a sentence's opening, so that "he" after it goes to the last speaker."""
        return None

    def clause_subject(self, before: str) -> Optional[str]:
        """The words of a sentence before a pronoun that opens a later clause of it, from where the sentence's subject
        opens ("Clinton, though she praised Garland": "Clinton, though"); None where the pronoun opens no later
        clause or the language reads none."""
        return None

    def object_name(self, after_cue: str) -> Optional[str]:
        """The family name of a person a verb of speech takes as its object or hearer right after it ("he told
        Hannity", "he called Rubio"), which its subject pronoun cannot stand for; None where the language reads none."""
        return None

    def plural_mentions(self, text: str) -> list[str]:
        """The phrases of a sentence that "they" may stand for: a plural subject or persons named together."""
        return []

    def subject_name(self, opening: str, start: int) -> Optional[tuple[str, list[str]]]:
        """When the name found at `start` is the subject `opening` opens with: the words naming the person,
        title and all ("Rep. Sean Duffy"), and the name's own words ("Sean", "Duffy"); None when it is not."""
        return None

    def fronted_hearer(self, r: Reading, hit: Hit) -> Optional[tuple[Typed, str]]:
        """The outlet of an interview named before the verb it frames."""
        return None

    occasion: Optional[re.Pattern] = None  # nouns of an occasion of speech of its own (a statement, a tweet)

    def interview_continues(self, r: Reading, source: Source, spoken: list[Speaker]) -> Optional[Speaker]:
        """"Sanders told Rolling Stone ... '...,' Sanders said": a speaker named again goes on in the last
        interview or report that carried them, unless the sentence names an occasion of speech of its own
        outside quotations (a statement, a speech, a tweet) or an earlier one. First heard without a relay,
        the speaker goes on without one when an outlet only carried one statement of theirs."""
        if self.occasion is None or self.earlier_occasion(r.n) or self.names_occasion(r):
            return None
        same = [s for s in spoken[-_SPEAKERS_BACK:] if self.same_speaker(source, s.source)]
        earlier = next((s for s in reversed(same) if s.via), None)
        if earlier is not None and not same[0].via and all(self.carried(v.evidence) for v in earlier.via):
            return None
        return earlier

    def names_occasion(self, r: Reading) -> bool:
        """Whether the sentence names an occasion of speech of its own outside quotations (a statement, a
        tweet, "he wrote"): it is heard there, not through the outlet that carried the speaker before."""
        return self.occasion is not None and any(not r.inside(m.start()) for m in self.occasion.finditer(r.n))

    def earlier_occasion(self, n: str) -> bool:
        """Whether the sentence tells of an earlier occasion ("وكانت هيلي قد أبلغت", "had told")."""
        return False

    def carried(self, evidence: str) -> bool:
        """Whether a relay is an outlet's report of one statement, not an interview it held."""
        return False

    def same_speaker(self, source: Source, previous: Source) -> bool:
        """The same person named again: the same name, or the surname alone."""
        if source.type != previous.type:
            return False
        if source.name and source.name == previous.name:
            return True
        said = norm(source.text or "").split()
        return len(said) == 1 and said[0] in set(norm(f"{previous.text or ''} {previous.name or ''}").split())

    def hearer_opening(self, r: Reading, pos: int) -> Optional[Hit]:
        """Where a hearer opens when no told word stands right after the source."""
        return None

    def said_opens(self, n: str, start: int, stop: int) -> Optional[int]:
        """Where what was said opens, which ends the hearer's name ("لـCNN إن")."""
        return None

    def according_close(self, n: str, end: int) -> Optional[int]:
        """Where the clause after an opening according phrase ending at `end` opens: after its comma
        ("According to GMA News, Salceda said"), or None when the phrase is not closed there."""
        comma = n.find(",", end, end + 2)
        return comma + 1 if comma != -1 else None

    def published_speaker(self, r: Reading, outer: Candidate) -> Optional[Candidate]:
        """The speaker whose statement an outlet puts out (attr.relay.published), or None."""
        return None

    # -- shared ----------------------------------------------------------------------------------
    def opens_clause(self, n: str, pos: int) -> bool:
        """A verb at the start of the sentence or of a clause (after a comma or a conjunction)."""
        before = words_before(n, pos, 2)
        return len(before) <= 1 or before[-1].endswith(("،", ",", ":")) or before[-1] in self.words.clause_openers

    def speaker(self, r: Reading, hit: Hit, inverted: bool = True) -> Candidate:
        """The cue's subject, found by the language's word order, and typed."""
        return self.candidate(r, hit, self.subject_span(r, hit, inverted))

    def candidate(self, r: Reading, hit: Hit, span: tuple[int, int]) -> Candidate:
        n = r.n
        if n[span[0]:span[1]] in self.words.relatives:
            antecedent = self.subjects.antecedent(n, span[0])
            coordinated = _COORDINATED_RELATIVE.search(n, max(0, span[0] - 120), span[0])
            if antecedent[1] <= antecedent[0] and coordinated is not None:
                # "hackers who officials say is tied to Russia and who claimed credit": the second relative
                # stands for the first one's noun
                antecedent = self.subjects.antecedent(n, coordinated.start(1))
            if antecedent[1] > antecedent[0]:  # the relative pronoun stands for the noun before it
                words = r.original(*antecedent)
                typed = self.typer.classify(words, r.memory)
                typed = Typed(typed.type, typed.name or words.strip(), typed.role, [*typed.rules, "attr.relative"])
                return Candidate(hit, (antecedent[0], span[1]), typed)
        typed = self.typer.classify(r.original(*span) if span[1] > span[0] else "", r.memory)
        cand = Candidate(hit, span, typed)
        told_here = hit.text.strip() in self.words.hearer_verbs  # "X told Reuters": the hearer follows the verb
        cand.hearer = self.hearer(r, hit.start if told_here else max(span[1], hit.end)) or self.fronted_hearer(r, hit)
        return cand

    def hearer(self, r: Reading, pos: int, limit: Optional[int] = None) -> Optional[tuple[Typed, str]]:
        """'told Reuters' / 'لوكالة أسوشيتد برس': the outlet the source spoke to (before `limit`, if given)."""
        n = r.n
        limit = len(n) if limit is None else limit
        window_end = min(limit, pos + 60)
        told = self.told.search(n, pos, window_end)
        if told is None or told.start - pos > 25:
            told = self.hearer_opening(r, pos)
            if told is None or told.start >= limit:
                return None
            window_end = min(limit, max(window_end, told.end + 60))  # found past an aside on the source
        end = _HEARER_END.search(n, told.end, window_end)
        stop = end.start() if end else window_end
        said = self.said_opens(n, told.end + 1, stop)
        stop = said if said is not None else stop
        stop = _said_after_quoted_name(n, told.end, stop)
        named = self.rules.outlet_names.search(n, n.rfind(" ", 0, told.start) + 1, window_end)  # from ل's word
        if named is not None and named.start < stop < named.end:
            stop = named.end + (n[named.end:named.end + 1] in '"»”')  # لشبكة "سي إن إن": its إن opens nothing
        elif named is not None and named.start <= told.start + 1 and _QUOTE_AFTER.match(n, named.end, stop):
            stop = named.end  # 'لبي بي سي "لم أكن': the quotation after the outlet's whole name is what was said
        joined = told.text[:1] in self.words.conjunction_proclitics  # "وفي مقابلة مع": و (closed.ar.conjunction_proclitic)
        if joined and told.text[1:].split()[0] in self.words.opening_prepositions:
            told = Hit(told.start + 1, told.end, told.text[1:], told.entry_id, told.family)
        evidence = r.original(told.start, stop)
        typed = self.typer.classify(evidence, r.memory)
        if typed.type in ("media", "state_media"):
            return typed, _unpaired_quotes_off(evidence.strip())
        described = self.described_hearer(evidence, len(told.text.split()))
        if described is not None and self.outlet_via(r):
            return None  # 'on CNN's "New Day," ... told host Chris Cuomo': the host is the outlet the sentence names
        return described

    def described_hearer(self, evidence: str, told_words: int) -> Optional[tuple[Typed, str]]:
        """A hearer no outlet's name types, described as an outlet or one of its journalists ("told Britain's
        ITV television station"); `evidence` is the verb of telling, of `told_words` words, and what follows."""
        return None

    def relay_pair(self, r: Reading, hit: Hit, outer_span: tuple[int, int], marker: re.Match,
                   inner_span: tuple[int, int]) -> list[Candidate]:
        """The relay and, when its quoted speaker can be typed, that speaker."""
        outer = self.candidate(r, hit, outer_span)
        inner_cue = Hit(start=marker.start(), end=marker.end(), text=marker.group(), entry_id=hit.entry_id,
                        family="relay")
        inner = self.candidate(r, inner_cue, inner_span)
        return [outer, inner] if inner.typed.type not in (None, "unattributed") else [outer]

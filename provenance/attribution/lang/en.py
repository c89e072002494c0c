"""English attribution: subjects before the verb or inverted after it, passives with "by", outlets.

English puts the source before the verb ("Officials said") or after it ('"...," said Mr. Nevins');
en_subjects.py walks both and cuts the span to its noun phrase. A capitalised cue word inside a sentence is
part of a name ("the United States"), a passive participle has no source for a subject, and a plural
after a verb is a noun ("He cited reports").
"""
from __future__ import annotations

import re
from bisect import bisect_left, insort
from dataclasses import replace
from functools import lru_cache
from itertools import chain, islice, tee
from typing import Iterable, Optional

from ...lexicon import Hit
from ...models import Source, Via
from ...normalize import norm
from ...origin.outlets import lookup_domain
from ..reading import OUTLETS, PERSON_TYPES, UNNAMED_GROUPS, Candidate, Reading, Speaker
from ..sources import COMMA, Memory, Typed
from ..subjects import MAX_SPAN_TOKENS, WORD, ends_before, last_place, window, words_before
from ..words import as_written, closed_class, entry_patterns, opening
from .base import Language
from .en_gender import EnglishGender
from .en_hearer import DescribedHearer
from .en_subjects import ADVERB_ENDING as _ADVERB_ENDING, EN_CONTRACTED, PARTICIPLE_ENDING as _PARTICIPLE_ENDING, \
    PAST_ENDING as _PAST_ENDING, EnglishSubjects

# where the words after a verb in a side clause stop (a comma between digits is no stop, nor a point before the
# sentence's end: "$3.7 million", "Gen. John Pershing"), and what may end a sentence after them:
# attr.continuation.side_clause
_CLAUSE_STOP = re.compile(r"[;:!?—–―()]|,(?!\d)|\.(?=[\"”’')\s]*$)")
_SENTENCE_END = re.compile(r"[.!?]?[\"”’')\s]*")
_QUOTE_OPENING = ('"', "“", "‘", "'")
_OBJECT_PRONOUN = re.compile(r"(?<![\w'’-])(?:him|her|himself|herself)(?![\w'’-])", re.I)
_DASH_BEFORE = re.compile(r"\s(?:-{1,2}|[\u2013\u2014\u2015])\s*$")  # "on the spot - saying": a dash before a participle
# ", trashing Trump as unqualified and" / "by crediting Trump for his instincts and": the participle a coordinated one
# joins, after a comma or a preposition (its word in group 1), no clause's mark between
_COORDINATED_ING = re.compile(r"(?:,|(?<![\w'’-])([a-z]+))\s+([a-z]+ing)(?![\w'’-])[^,;:\"“”()]*$")
_COORDINATED_REACH = 100  # characters back from the coordinator to the participle it joins
_ING_WORD = re.compile(r"(?<![\w'’-])[a-z]+ing(?![\w'’-])")  # "urging", "acting": a participle or an adjective
# a name right after a verb of speech, its object or hearer ("told Hannity,", "called Rubio “Little Marco”",
# "accused Mr. Clinton of"), not a possessor ("told Clinton's aides"); its last word, to compare with a family name;
# at most three words, after "to" and a form of address; the lower-case word after it, if any, is read against
# closed.en.object_name_follower ("told Clinton supporters": the name modifies a noun)
_OBJECT_NAME = re.compile(r"\s*(?:to\s+)?(?:[A-Z][a-z]{1,3}\.\s+)?"
                          r"((?:[A-Z][\w'’\-]*\.?\s+){0,2}[A-Z][\w\-]+)(?![\w'’\-])(?!['’]s)(?:\s+([a-z]+)(?![\w'’\-]))?")
_CONTRACTION = re.compile(r"['’]\w+$")  # "he's": the pronoun before its contracted auxiliary
_CONTRACTED_FINITE = re.compile(r"[\w]+['’](?:d|ll|re|ve|m)$|n['’]t$")  # "he'd", "they'll", "won't"
_COMPLEMENT_AHEAD = re.compile(r"(?:\s+[a-z]+){0,2}?\s+that\b|\s*[:\"“]")  # "the plan states clearly that", "states:"
# a progressive of a document's or an outlet's verb (cue.en.showing_progressive, cue.en.reporting_progressive)
# reports only before what is said: a "that" clause, a colon or a quotation, or a clause without "that" whose
# subject (one to four words) has a finite "be", "have", modal or verb of standing ("is showing Trump has a lead")
_PROGRESSIVE_REPORTS = frozenset({"cue.en.showing_progressive", "cue.en.reporting_progressive"})
_CLAUSE_AHEAD = re.compile(_COMPLEMENT_AHEAD.pattern + r"|(?:\s+[\w'’.-]+){1,4}?\s+(?:is|are|was|were|has|have|had|will|"
                           r"would|could|can|may|might|leads?|led|trails?|trailed|wins?|won|captured|holds?|held)\b")
# "includes 800 registered voters", "includes more than 1,000 adults": a count after "includes" (cue.en.setting_out)
_COUNT_AHEAD = re.compile(r"\s+(?:(?:about|nearly|almost|roughly|around|some|over|more than|fewer than|less than|at least|just over|"
                          r"just under|only)\s+)?\d")
_WORD_AHEAD = re.compile(r"\s+([a-z][\w'’-]*)")  # the next word
# where an English source speaks through an outlet: "in an interview with", "on" (a programme), "wrote in"
_OUTLET_OPENER = re.compile(r"(?<!\S)(?:(?:in|during) (?:a|an|the|his|her|their)(?: [\w'’-]+){0,2}? interviews? "
                            r"(?:(?:aired|airing|broadcast|published|posted)(?: \S+){0,2}? )?(?:with|on|to)|"  # "in a Friday interview with"
                            r"in interviews with|on|"
                            r"(?:in|for|wrote|writes|penned|published) (?:a|an|the|his|her|their)(?: [\w'’-]+){0,3}? "  # "wrote a
                            r"(?:op-eds?|columns?|commentar(?:y|ies)|essays?|editorials?|pieces?|articles?|letters?|blog posts?)"
                            r"(?: published| posted| written)? (?:in|for|on)|"  # commentary for the Clarion-Ledger"
                            r"speaking (?:to|with|on)|wrote in|writing in|appearing on|told|"
                            r"(?P<named_first>(?:in|during|at) (?:a|an|the|his|her|their)(?: recent| new| exclusive| televised|"
                            r" radio| phone| separate| first| brief| live)?(?= \S+(?: \S+){0,2}?(?:'s)? (?:interview|panel|forum|"
                            r"town hall))))"
                            r"\s+(?:the\s+)?")  # "in the CNN interview", "during a CNN panel", "at a Fox News town hall"
_ON_AIR_REACH = 4  # words between a verb of saying, or the sentence's opening, and "on" an outlet ("said just after
# midnight on CNN", "On Dec. 7 on MSNBC")
_SAID_OPENS = re.compile(r"\s+(?:that(?!\S)|\")")  # "told USA TODAY that ...": what was said opens the hearer's name ends
_INTERVIEW_AFTER = re.compile(r"(?:'s)?(?: [\w-]+)? (?:interview|panel|forum|town hall)")  # "Fox News Business interview"
_DASH_AFTER = re.compile(r"\s*(?:-|—|–|--)\s")  # "Pollsters agree - Carl Bialik:": a heading over another's words
_FULL_NAME = re.compile(r"(?<![\w.])[A-Z][a-z'’-]+(?: [A-Z]\.)?(?: [A-Z][a-z'’-]+)+")  # "George Zimmerman"
_INITIAL = re.compile(r"[A-Z]\.")
_PASSIVE_BY = re.compile(r"\s+by\s+")
_OCCASION_CUES = ("speech", "speech_complement", "participle", "according")  # a cue that reads the clause
_OCCASION_REACH = 5  # words between a verb and the interview after it ("parroted these views during an interview")
_COMPLEMENT_REACH = 20  # characters after a passive's agent read for its complement of speech (" for suggesting")
_CLAUSE_VERB_REACH = 7  # words into a clause its past verb may stand, after its subject (_clause_past)
_QUOTE_AFTER = re.compile(r"\s*[,:]?\s*\"")  # a quotation right after the verb: 'He concluded, "There'
# ", with 22 percent saying", "- with Gorka noting": an absolute clause after a comma or a dash, its subject
# the noun phrase between "with" and the participle
_ABSOLUTE_WITH = re.compile(r"(?:,|\s[-–—―])\s+with\s+(?!(?:that|what)\b)([^,;:\"“”()–—―]+?)\s+$")
_ASIDE = re.compile(r"\s*,[^,;:\"“”()]+,")  # ", who led a filibuster in June," between a holder and its belief
_CLOSING_COMMA = re.compile(r"\s*,")  # the comma after an appositive the holder's span holds
_ASIDE_CLOSE = re.compile(r"\s*(?:[.;!?]\s*$|(?:-|—|–|--)\s)")  # "..., they believe." or "..., they believe - but": an aside closing its clause
_COUNT = re.compile(r"\d(?:[\d,]*\d)?")  # "271", "4,051"; not "2008," before a clause
_NO_PLURAL_COUNT = re.compile(r"0*1|1[89]\d\d|20\d\d")  # one, or a year: "in 2014 says" may be a clause's end
_PLURAL_NOUN = re.compile(r"[a-z][a-z-]+s(?![\w'’])")  # "delegates": a plural noun after a count
_PERFECT = re.compile(r"\s+(?:have|has|had)\s")
_DEFINITE_ANAPHOR = re.compile(r"the(?: [a-z-]+){1,3}")
_NEXT_WORD = re.compile(r"(?<!\S)\S", re.S)
# what a refusal to comment leaves unsaid, or nothing: "wouldn't say when", "did not comment on", "did not elaborate."
# the words a refusal may lead with before what was not said ("did not say publicly whether"): before a "that" clause
# within a few words they lead what was said, no refusal ("did not say on Monday that he would", `_withholds`)
_REFUSED = re.compile(r"\s*(?:[,.;:!?]|$|(?:when|what|why|who|whom|whose|which|how|where|whether|if|further)\b|"
                      r"(publicly|directly|specifically|immediately|on|about)\b)")
_THAT_AHEAD = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+that\s+[\w'’-]")  # "on Monday that he": a "that" clause ahead
_CLOSING_WORDS, _CLOSING_REACH = 5, 60  # ", the Pentagon said": a report's subject after the comma, words, chars
_OBJECT_THEN = re.compile(r"(?: [\w'’-]+){1,3}? (to|for)\b")  # "pressing Schumer to": an object, then the particle
_WORD_NEXT = re.compile(r" ([a-z][a-z'’-]*)")  # the word right after a participle, no mark between (`_progressive_act`)
_SHARE_RULES = "src.anonymous_share."  # a share of a poll's respondents, typed as the poll
_CHARTER_NOUN = "en.class.charter_noun"  # a text that binds or proposes, a document by what it calls for or holds
_POLL_HEAD = re.compile(r"\b(?:polls?|surveys?)\b")  # the head noun of cue.en.in_poll ("In the CBS poll,")
_DOMAIN = re.compile(r"(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6})")  # "according to ouest-france.fr"
_FIRST_WORD = re.compile(r"\w+")  # a sentence's first word, past any marks opening it
_LONG_WORD = re.compile(r"[^\W\d_][\w'’]{3,}")  # a word of four letters or more
# the most words after the verb of a leading "as" clause ("said last week in Tel Aviv", "told the New York Daily
# News"): when, where and to whom it was said are short, and a longer tail says more than that
_AS_ADJUNCT = 6
_MAIN_CLAUSE_WORDS = 4  # "Trump was jeered last week after", not "Even when", "Just as", "The crowd booed when"
_MAIN_CLAUSE_REACH = 12  # words read back from a subordinator: enough to count a main clause, whatever the sentence
_HEARER_WORDS = 4  # "as he told The New York Times on Monday": a hearer's words before a preposition
_SIDE_CLAUSE_REACH = 200  # characters back from a coordinated verb to the clause of time it closes
_QUOTE_LEAD = 4  # words before a quotation of what was said: "told them Clinton “has", "that he was ''becoming"
_QUOTE_REACH = 200  # characters after a verb of saying where a quotation of what was said may open
_QUOTE_MARK = re.compile(r"(?:[\"“‘]|'')(?=\w)|(?<![\w'’])'(?=[^\W\d_])")  # opening, not an apostrophe: "the '70s"
_LEAD_STOP = (",", ":", ";", "—", "–")  # a word ending a clause's words: a quotation may open after it
_STOP_AND_WORD = re.compile(r"\S?\s*\S+")  # the stop that ends a clause and the word after it
_REPORTING_TYPES = ("document", *OUTLETS)  # "as a new poll showed ...": a finding, no narration
_BETWEEN_SUBJECT_AND_VERB = 2  # "after she had recently posted": auxiliaries and adverbs
_OPENING_WORDS = 4  # words of a phrase before a comma opening the sentence ("Most important, it")
# a speaker brought in by a description of their own, a reason for anonymity theirs (English.new_description)
_NEW_SPEAKER = "attr.anonymity_reason.new_speaker"
_CONSENT = "closed.en.consent_verb"  # a consent to an act, narrated: the rule named in its subject's attribution
_POSSIBLE = "closed.en.possibility_modal"  # "Israel must also acknowledge": what may or must be said, narrated
_CLAUSE_REST = re.compile(r"[^;:.!?]*")  # the rest of a clause, up to a stop
# a verb coordinated after a comma (and a closing quotation mark) or "and", "or": '"Celebrity Apprentice," note that'
_COORDINATED_VERB = re.compile(r"(?:,['\"]*|\band|\bor)\s+([a-z]+)\b")
_MARKER_REACH = 20  # characters searched either side of a verb for a saying marker around it: more than the longest
# ("all told", whose verb is its fifth character); the markers' look-behinds see past the window
_CONCLUDERS = (*PERSON_TYPES, *UNNAMED_GROUPS, "named_organization", "document")  # types that reason; the
# pronoun of a speaker going on (type None) too, a description only if it heads people or a body (`_can_conclude`)
_SPEAKING = ("cue.en.talk_about", "cue.en.point_to", "cue.en.downplay", "cue.en.posit", "cue.en.enumerate")  # a speaker's verbs; a thing points to
_REFERENTS = {"it": "thing", "they": "last"}  # "It also accused": the letter, the ministry; "they": whoever spoke last
_NAME_WORD = r"[A-Z][\w.-]*(?:['’][A-Z][\w.-]*)?"  # "Todd", "D.", "O'Brien"; not "Obama's"
_NAME_RUN = re.compile(rf"{_NAME_WORD}(?:\s+{_NAME_WORD})*")  # "Chuck Todd", "Paul D. Ryan"
# persons named together ("Cruz and Rubio", "Autor, Dorn and Hanson", "Hillary Clinton and Bernie Sanders")
_NAMES = rf"{_NAME_WORD}(?:\s+{_NAME_WORD})*"
_COORDINATED = re.compile(rf"{_NAMES}(?:,\s+{_NAMES})*,?\s+and\s+{_NAMES}(?![\w'’])")
_NUMBERED = re.compile(r"^(?:the (?:two|three|four)|both)\b", re.I)  # "The two squabbled": persons named before
_PLURAL_WORD = re.compile(r"[A-Za-z]+[^su'’s]s")  # "officials", "Democrats"; not "press", "status", "Sanders's"
_SEGMENT_END = re.compile(r"\s--\s|\s[—–-]\s|[,;:()]")
_CLAUSE_END = re.compile(r"[,;:.!?()\"“”]|\s[—–-]")  # where a clause after a verb of agreeing ends
# who a fronted phrase names to hold the view that follows: "To Sharp," "To many,"; after "For" only a group or
# unnamed people ("For most Democrats today,"): "For Trump," is mostly what is at stake for him, which PolNeAR's
# annotators left out (2 of about 25 named persons on its train split)
_FRONTED_HOLDER_TYPES = {"cue.en.to_holder": (*PERSON_TYPES, *UNNAMED_GROUPS, "named_organization"),
                         "cue.en.perspective_for": UNNAMED_GROUPS}
_TITLE_CHARS = re.compile(r"[\w\s.'’-]*")  # a title before a name: no quotation, comma or parenthesis
_POSSESSIVE = re.compile(r"['’]s?\b|['’](?!\w)")  # "Obama's aides", "Sanders' plan"
# a quotation that ends the sentence ('... a defeated man."', "... O.K.''"), and each quotation's words
_FRAGMENT_END = re.compile(r"(?:[”\"]|'')\W{0,3}$")
_QUOTED = re.compile(r"(?:[“\"]|'')([^“”\"]*?)(?:[”\"]|'')")
_FRAGMENT_WORDS = 4  # the fewest words quoted for a fragment of what was said (not "Remain", not "moaning")
_WORD_ONLY = re.compile(r"[\w'’-]+")
_OBJECT_WORD = re.compile(r"\s+([\w'’-]+)")  # the word right after a verb: its object's first
_RIP_PERSON = "cue.en.rip_person"  # a verb of attack only with a person for object (`_person_object`)
_ENACT = "cue.en.enact"  # a verb of enacting a measure: no stretch of time for subject, no noun (`_measure_acts`)
# cues read only before a clause opened by "that" (`_that_determiner`): "calculated that risk" is none
_THAT_CUES = frozenset({"cue.en.calculate_that", "cue.en.coming_to_believe", "cue.en.belief_state",
                        "cue.en.emotion_state"})  # "was happy that week": no feeling held about a fact
# "that" and the word after it, then what follows that word: a mark or the sentence's end, or the next word
_MARK = re.compile(r"[.,;:!?]")  # where a phrase read word by word ends
_THAT_AND_WORD = re.compile(r"\s+that\s+([\w'’-]+)(?:\s*(?:[.,;:!?]|$)|\s+([\w'’-]+))")
_TEXT_READS = "cue.en.text_reads"  # '"...," read the email.': the text named after "read" (`_text_reads`)
_BELIEF_STATE = "cue.en.belief_state"  # "were optimistic that": "be" and the adjective, a belief (`opinion_holders`)
_SEE_PROSPECT = "cue.en.see_prospect"  # "sees similar benefits": its pattern names the object ("about a chance")
# beliefs by their cue, not en.class.belief_verb's words ("considers" alone is a group's stance, en.class.group_stance_verb;
# with an object and a predicate noun it is a judgment, cue.en.judge_complement)
_BELIEF_CUES = (_BELIEF_STATE, "cue.en.coming_to_believe", _SEE_PROSPECT, "cue.en.judge_complement")
_EDGE = ".,;:!?-–—()[]'’\"“”"


def _stems(term: str) -> set[str]:
    """The stems a verb form may have lost its ending from: "defends" defend, "criticized" criticiz(e),
    "planned" plan, "denies" deny."""
    stems = {term}
    for ending, back in (("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("d", "")):
        if term.endswith(ending) and len(term) > len(ending) + 2:
            stem = term[:-len(ending)] + back
            stems |= {stem, stem[:-1]} if stem[-1:] == stem[-2:-1] else {stem}
    return stems


def _ing_stems(participle: str) -> set[str]:
    """The stems a participle in -ing may have lost its ending from: "defending" defend, "easing" eas(e),
    "blocking" block, "settling" settl(e), "planning" plan."""
    base = participle[:-3]
    return {base, base + "e", base[:-1] if base[-1:] == base[-2:-1] else base}


def _description(r: Reading, span: tuple[int, int]) -> Typed:
    """A description no lexicon types, as the subject of a verb of saying: an unnamed source."""
    return Typed("anonymous", name=r.original(*span), rules=["attr.description_subject"])


def _frame_phrase(n: str, hit: Hit) -> tuple[int, int]:
    """The noun phrase of a closing frame ('"...," the crowd at the rally chanted'): all between the quotation's
    closing mark and the verb (cue.en.closing_verb), whatever a walk back from the verb would stop at."""
    start = max(n.rfind('" ', 0, hit.start), n.rfind("'' ", 0, hit.start))
    return n.index(" ", start) + 1, hit.start - 1


@lru_cache(maxsize=4)  # asked for every verb of saying in a clause of time: a long sentence is read once
def _clause_stops(n: str) -> list[int]:
    """Where the clauses of a sentence stop (_CLAUSE_STOP)."""
    return [m.start() for m in _CLAUSE_STOP.finditer(n)]


@lru_cache(maxsize=4)  # asked for every capitalised cue of a sentence
def _title_case(text: str) -> bool:
    """A headline's Title Case ("Trevor Noah Says ..."): most longer words capitalised, so a capital
    says nothing about names there."""
    words = _LONG_WORD.findall(text)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _words_between(n: str, end: int, verb: int) -> Optional[list[str]]:
    """The words between a subject's end and its verb, or None when the subject ends beyond the reach of a walk
    back from the verb (WINDOW words): what lies between is then no auxiliary nor relative clause, and reading it
    for every verb of a long sentence would cost its length each time."""
    reach = window(n, verb)
    return n[end:verb].split() if end >= reach else None


class English(Language):
    code = "en"
    complement_ahead = _COMPLEMENT_AHEAD
    finder = EnglishSubjects
    subjects: EnglishSubjects
    pronoun_recalls_mention = True
    continuation_keeps_relay = False  # "He said" after "Ryan told CNN": a new statement, no relay (the labels)
    quotes_block = True  # a block quotation whose marks the crawl lost (attr.continuation.block)
    quotes_run_on = True  # 'Obama said: "There's no magic ... It's a political talking point.' (speaker_quote)
    stance_goes_on = frozenset({"cue.en.stance"})  # "She highlighted ..." after she spoke (attr.continuation.stance)

    def __init__(self, *args) -> None:
        super().__init__(*args)
        self.gender = EnglishGender(self.rules)  # "she" skips a last speaker shown to be a man
        self.hearer_kinds = DescribedHearer(self.rules, self.words)  # "told Britain's ITV television station"
        self.relatives = self.words.relative_openers  # "the hacker who revealed"
        self.complementizers = self.words.en_complementizers  # "said that" (closed.en.complementizer)
        # a reported clause with its "that" left out after indicating or suggesting: a subject pronoun ("it" too:
        # "Coca-Cola indicated it would") and an auxiliary ("has indicated he has no plans"); attr.published.zero_that
        self.zero_that_verbs = closed_class(self.rules, "closed.en.zero_that_verb")
        zero_that_subjects = self.words.nominative | closed_class(self.rules, "closed.en.zero_that_subject")
        self.zero_that = re.compile(rf"\s+{opening(zero_that_subjects)}\s+{opening(self.words.finite)}(?![\w'’])")
        self.infinitive = closed_class(self.rules, "closed.en.infinitive_marker")  # "pressure to show she can"
        # "As the president told the crowd in Ohio, a protester rushed": a speaking event timed (attr.as_clause.adjunct)
        self.timed_speech = closed_class(self.rules, "closed.en.timed_speech_verb")
        self.present_finite = closed_class(self.rules, "closed.en.present_finite")
        self.saying_idioms = closed_class(self.rules, "closed.en.saying_idiom")  # "As they say,"
        self.time_subordinators = closed_class(self.rules, "closed.en.time_subordinator")  # "as she praises"
        self.object_relatives = self.subjects.object_relatives  # "which he has denied" (closed.en.object_relative)
        self.manner_subordinators = closed_class(self.rules, "closed.en.manner_subordinator")  # "as he said."
        self.side_opener = re.compile(rf"(?<![\w'’-])(?:{opening(self.time_subordinators)})\s")  # "after some voters"
        self.composing_verbs = closed_class(self.rules, "closed.en.composing_verb")  # "wrote a children's book"
        self.name_suffixes = closed_class(self.rules, "closed.en.name_suffix")  # "Jr." ends no family name
        self.object_followers = closed_class(self.rules, "closed.en.object_name_follower")  # "told Hannity how"
        self.coordinators = self.words.en_coordinators  # "Iran and Morocco:" (closed.en.coordinator)
        self.object_predicate_verbs = closed_class(self.rules, "closed.en.object_predicate_verb")  # "heard Trump ..., ranting"
        # "Obama is defending", "leaders are increasingly admitting": a verb of saying or stance in the progressive
        self.between = closed_class(self.rules, "cue.en.progressive")  # adverbs between "be" and a participle
        self.perfect_auxiliaries = closed_class(self.rules, "en.class.perfect_auxiliary")  # "has deemed" (`_believes`)
        self.progressive = re.compile(rf"(?:(?<![\w'])({opening(self.words.be)})|(?<=\w)('s|'re))\s+"
                                      rf"(?:{opening(self.between)}\s+)?([a-z]+ing)(?![\w'-])")
        # "is predicting that", "He's suggesting that": a verb of saying in the progressive before what is said
        self.contracting = closed_class(self.rules, "cue.en.progressive_speech")  # "he's", "they're"
        # "is discrediting an earlier report", "are calling on Emanuel to": verbal judgement, appeal, commitment
        self.progressive_acts = closed_class(self.rules, "cue.en.progressive_act")
        # "Rep. Alan Grayson would support", "Rubio did not blame": the base form after a modal or "do"
        self.modals = closed_class(self.rules, "cue.en.modal")  # also "would be allowed to deny ... by asserting"
        self.withheld = closed_class(self.rules, "cue.en.withheld")  # "wouldn't say when": refusing to comment
        self.modal = re.compile(rf"(?<![\w'])({opening(self.modals)})\s+"
                                rf"(?:(?:not|{opening(self.between)})\s+){{0,2}}(?!not\b)([a-z]+)(?![\w'-])")
        self.aspectual = closed_class(self.rules, "closed.en.aspectual")  # "will continue screening"
        self.conclusion_verbs = closed_class(self.rules, "en.class.conclusion_verb")  # "Groberg concluded that"
        self.consenting = closed_class(self.rules, "closed.en.consent_verb")  # "agreed to meet", "refused to join"
        self.possibility = closed_class(self.rules, _POSSIBLE)  # "can say", "must acknowledge", "has to respond"
        # adverbs between a modal and its verb of saying, no auxiliary ("may have said" is said): _possible_speech
        self.before_modal = self.words.skip - self.words.finite - self.possibility
        self.pronoun_sources = closed_class(self.rules, "src.pronoun.en")  # "you could say": not _possible_speech
        self.concluded = re.compile(rf"\s*{opening(closed_class(self.rules, 'closed.en.conclusion_opener'))}(?![\w'])")
        # adverbs before an event's verb, one or several, "and" between two: "to also say", "to very strongly
        # criticize", "to publicly and repeatedly criticize" (cue.en.progressive, closed.en.degree_adverb,
        # closed.en.intensifier or any word in -ly)
        adverb = rf"(?:{opening(self.between | closed_class(self.rules, 'closed.en.degree_adverb') | closed_class(self.rules, 'closed.en.intensifier'))}|[a-z]+{_ADVERB_ENDING})"
        adverbs = rf"(?:{adverb}(?:\s+and)?\s+)*"
        # "continued to raise money", "went on to win Ohio": an aspectual verb before the infinitive of its event
        self.aspect_infinitive = re.compile(rf"\s+{opening(self.infinitive)}\s+{adverbs}([a-z]+)(?![\w'’-])")
        # "responded by abruptly blocking Sanders' access": a response made by an act (closed.en.response_verb)
        self.responses = closed_class(self.rules, "closed.en.response_verb")
        self.response_act = re.compile(rf"(?:\s+{adverb})*\s+{opening(closed_class(self.rules, 'closed.en.gerund_preposition'))}\s+"
                                       rf"{adverbs}([a-z]+ing)(?![\w'’-])")
        # the cue lexicons of saying and stance, asked whether an event's verb, put in the past, opens a cue
        self.event_cues = self.rules.lexicon("speech", "stance")
        # "The bank has found itself at the center of the jam": a verb with a reflexive object that places its subject
        self.situating = closed_class(self.rules, "closed.en.situating_verb")
        # "The email, released by Judicial Watch, was sent": a document is what is published, not its publisher
        self.publishing = closed_class(self.rules, "closed.en.publishing_act")
        self.reflexive = re.compile(rf"\s+{opening(closed_class(self.rules, 'closed.en.reflexive_pronoun'))}(?![\w'’-])")
        # "The man accused of purchasing two of the guns": a passive participle of accusing, no one speaking
        self.charged_with = re.compile(rf"{opening(closed_class(self.rules, 'closed.en.charged_with'))}\s")
        self.perfect = self.words.finite - self.words.be  # "has accused of": an auxiliary of an active past
        self.irregular_forms = self.subjects.irregular  # "speak": spoke, spoken
        self.irregular_bases = {past: base for base, forms in self.irregular_forms.items() for past in forms}  # "went": go
        # "the voters will decide", though "Ryan did decide" is his stance as "Ryan decided" is
        self.modal_events = closed_class(self.rules, "closed.en.modal_event")
        self.do_support = closed_class(self.rules, "closed.en.do_support")
        # "asked if he would support Trump": a modal in a clause of condition or question is no stance taken
        self.hypothetical = re.compile(rf"(?<![\w'])(?:{opening(closed_class(self.rules, 'closed.en.hypothetical'))})"
                                       r"\s[^,;:\"]{0,60}$")
        # "Cruz said that he had since apologized": a holder after the main cue's complementizer is what it reports
        self.complement_opens = re.compile(rf"[^,;:\"“”'’()\-–—―]{{0,60}}(?<![\w'])"
                                           rf"(?P<that>{opening(self.complementizers)})\s*")
        self.not_opening = closed_class(self.rules, "closed.en.not_subject_opener")
        self.gerund = closed_class(self.rules, "closed.en.gerund_preposition")  # "by saying"
        self.side_gerund = closed_class(self.rules, "closed.en.side_gerund_preposition")  # "while saying"
        self.questioned = closed_class(self.rules, "en.class.questioned")  # "Asked about ..., X said"
        # "the retired neurosurgeon", "a former speechwriter", "several nations": up to three words, no relative
        # heads of a phrase after "according to" that no lexicon types: records and counts, outlets, people
        single = lambda family: {t for t in self.rules.terms(family) if " " not in t}  # noqa: E731
        self.according_heads = (
            ("document", "en.class.according_document",
             closed_class(self.rules, "en.class.according_document") | single("document_noun")),
            ("media", "en.class.according_media", closed_class(self.rules, "en.class.according_media")),
            *(("anonymous", f"en.class.{c}", closed_class(self.rules, f"en.class.{c}"))
              for c in ("person_noun", "group_noun", "crowd_noun")))
        self.object_pronouns = closed_class(self.rules, "closed.en.object_pronoun")
        self.thing_pronouns = closed_class(self.rules, "closed.en.thing_pronoun")  # "it points to" (attr.speaking_subject)
        # "as it commented", "when we said": no subject of a clause of time that narrates (_subordinator_of)
        self.no_narrated_subject = self.thing_pronouns | self.words.first_person
        # "said to CNN that", "said he expected that", "said that": what opens the words before a complementizer
        self.complement_lead = self.words.prepositions | self.words.nominative | self.complementizers
        self.degree = closed_class(self.rules, "closed.en.degree_adverb")  # "the jobs Perez talks about most is"
        self.name_inner = closed_class(self.rules, "closed.en.name_link") | closed_class(self.rules, "closed.en.name_particle")
        self.alone = closed_class(self.rules, "closed.en.description_alone")  # "Yet another said"
        self.crowds = closed_class(self.rules, "en.class.crowd_noun")  # '"Out!" the crowd yelled.'
        self.openers = closed_class(self.rules, "closed.en.description_opener")
        self.denying_subject = closed_class(self.rules, "closed.en.denying_subject")  # "Few were quick to"
        self.quantifiers = closed_class(self.rules, "en.class.quantifier")  # "For most Democrats today,"
        # "Gov. McCrory filed a complaint": stances read only with a strict holder (`_strict_holder`)
        self.strict_holder_stances = closed_class(self.rules, "en.class.strict_holder_stance")
        # their terms, which a longer term of another lexicon may open ("weighed in on", cue.en.learned, opens with
        # "weighed in"): such a hit is read strictly too
        self.strict_holder_terms = tuple(t + " " for e in self.strict_holder_stances for t in closed_class(self.rules, e))
        # the auxiliaries and adverbs a strict holder may have before its predicate: its own and the progressive's
        self.holder_between = closed_class(self.rules, "en.class.holder_between") | self.between
        # a strict holder's clause opens after a subordinator or a main clause's opener, not after "and" or "&",
        # which join a subject's conjuncts ("Supporters of Trump and Cruz took a stand")
        self.holder_openers = closed_class(self.rules, "en.class.holder_opener") | (self.subjects.main_openers
                                                                                    - self.coordinators)
        self.head_ends = self.words.prepositions | self.words.relatives  # "For most of the Cold War,": "most"
        # "For many months,", "For the first time,", "For example,": an opening "for" phrase that holds no view
        self.for_not_holder = re.compile(rf"(?<![\w'’]){opening(closed_class(self.rules, 'en.class.for_not_holder'))}"
                                         rf"(?![\w'’])")
        # "His representatives", "Romney's associates": a possessive determiner or a possessor's name of up to two
        # words, neither a determiner ("the court's conservatives seemed") nor a contraction ("it's fair to")
        not_possessor = opening(self.openers, self.words.noun_markers, closed_class(self.rules, "closed.en.contracted_s"))
        possessor = (rf"(?:{opening(closed_class(self.rules, 'closed.en.description_possessor'))}"
                     rf"|(?!{not_possessor}\b)[a-z][\w.-]*(?: [a-z][\w.-]*)?(?:'s|s'))")
        # a determiner or a possessor and up to four lower-case words ("The billionaire real estate magnate says");
        # four only for people (`_people_description`): not "The look on his face said it all"
        described = rf"(?:{opening(self.openers)}|{possessor})(?: (?!(?:{opening(self.words.relatives)})\b)[a-z-]+)"
        self.description = re.compile(rf"{described}{{1,4}}")
        self.short_description = re.compile(rf"{described}{{1,3}}")
        # what a possessor has is people only if its head names people ("Romney's associates"; not "Trump's tweets")
        self.possessed = re.compile(rf"{possessor} ")
        self.ing_no_participle = closed_class(self.rules, "en.class.ing_no_participle")  # "During", "According"
        self.possessive_end = re.compile(r"(?:'s|s')$")  # "Trump's" opening a subject it is not (’ is ' in r.n)
        self.possessed_people = frozenset().union(*(closed_class(self.rules, f"en.class.{c}")
                                                    for c in ("person_noun", "group_noun", "crowd_noun",
                                                              "possessed_person")))
        self.naming = closed_class(self.rules, "closed.en.naming_participle")  # "a group called X"
        self.plural_counts = closed_class(self.rules, "closed.en.plural_count")  # "the four states"
        self.plural_relative = re.compile(rf"\s+{opening(self.words.relatives)}\s+"
                                          rf"{opening(closed_class(self.rules, 'closed.en.plural_agreement'))}(?![\w'’])")
        self.indefinite = closed_class(self.rules, "closed.en.indefinite_article")
        self.reported_things = closed_class(self.rules, "en.class.reported_thing")  # "a plan announced"
        self.speaker_nouns = frozenset().union(  # "a spokesman called Trump a liar": people speak; a group is named
            *(closed_class(self.rules, f"en.class.{c}") for c in ("person_noun", "possessed_person")),
            *({t.split(" ", 1)[-1] for t in self.rules.terms(f) if " " not in t or t.split(" ", 1)[0] in self.indefinite
               and " " not in t.split(" ", 1)[1]}  # "senator", "an analyst": a former senator, an analyst
              for f in ("official_noun", "spokesperson", "role", "anonymous_noun")))
        self.said_after_hearer = re.compile(  # "warned lawmakers that", "warned reporters: \"..."
            rf"\s*[:\"“]|\s+{opening(self.complementizers)}(?![\w'’])")
        self.name_given = re.compile(  # "called Black Votes Matter", "called the Ethiopian ...", 'called "The Local"'
            rf"\s+(?:{as_written(closed_class(self.rules, 'closed.en.definite_article'))}\s+)?"
            r"(?:[\"“‘'][^\"“”‘’]*[\"”’']|(?:#\w|[A-Z])[^\s,;:!?\"“”]*(?:\s+[A-Z][^\s,;:!?\"“”]*)*)")
        self.said_of_name = re.compile(  # "called Trump a liar", 'called Exxon "the worst"': something said of it
            rf"\s+(?:{opening(self.words.noun_markers)}(?![\w'’])|[\"“‘])")
        self.bodies = closed_class(self.rules, "src.org.en")  # "Canada's biggest banks said": a body's nouns too
        self.on_air = closed_class(self.rules, "cue.en.on_air")
        # '"...," Viguerie concludes.': a closed quotation, a noun phrase and one verb (cue.en.closing_verb)
        self.closing = entry_patterns(self.rules, "cue.en.closing_verb")
        self.interview = entry_patterns(self.rules, "cue.en.interview_occasion")  # "In an interview with X, Y laughed off"
        self.question = entry_patterns(self.rules, "cue.en.question_answered")  # "Asked whether ..., Ban demurred"
        self.nonverbal = closed_class(self.rules, "en.class.nonverbal_response")  # "..., the admiral chuckled"
        # "laughed off", "parroted": a verb of expression as a whole word (closed.en.expression_verb)
        self.expression_verb = re.compile(opening(closed_class(self.rules, "closed.en.expression_verb")) + r"(?![^\W_])")
        # "demurred", "pointed to": a verb of reply answers a question put (closed.en.answer_verb)
        self.answer_verb = re.compile(opening(closed_class(self.rules, "closed.en.answer_verb")) + r"(?![^\W_])")
        self.absolute_finding = entry_patterns(self.rules, "cue.en.absolute_finding")  # "with polls showing"
        # a figure a poll gives ("5%", "seven percent", "4 in 10", "a 4-point lead"): cue.en.in_poll_figure
        self.respondents = closed_class(self.rules, "en.class.respondent_noun")  # "of voters in the poll"
        self.poll_measures = closed_class(self.rules, "en.class.poll_measure_noun")  # "38 percent support in a poll"
        self.poll_nouns = closed_class(self.rules, "en.class.poll_noun")  # "The CBS poll gave Clinton a lead"
        self.poll_words = closed_class(self.rules, "src.anonymous_share.en.polls")  # "The indictment" is none
        # "The rare accord calls on", "his plan calls for": a text that binds or proposes, by what it calls for or holds
        self.charter_nouns = closed_class(self.rules, _CHARTER_NOUN)
        # "according to a new article in (the) Politico": the outlet after a news work the span left out, past the
        # words the span's typing reads between them (EnglishSpans.work_preposition, .news_works)
        self.span_grammar = self.typer.english
        self.introducing = closed_class(self.rules, "closed.en.introducing_determiner")  # "said an aide to ..., who"
        self.in_outlet = re.compile(self.span_grammar.work_preposition
                                    + rf"((?:{opening(closed_class(self.rules, 'closed.en.definite_article'))})\s+)?")
        self.charter_verbs = closed_class(self.rules, "en.class.charter_verb")
        self.personal_charters = closed_class(self.rules, "en.class.charter_noun_personal")
        self.charter_clauses = closed_class(self.rules, "en.class.charter_clause")
        self.figure_patterns = [p for p in (entry_patterns(self.rules, "attr.continuation.poll_figures"),
                                            entry_patterns(self.rules, "attr.continuation.findings")) if p is not None]
        self.closing_openers = closed_class(self.rules, "cue.en.closing_verb")
        self.phrase_closers = closed_class(self.rules, "closed.en.phrase_closing_adverb")  # "read the email again"
        self.pasts = frozenset(forms[0] for forms in self.irregular_forms.values())
        self.question_verbs = closed_class(self.rules, "en.class.question_verb")  # "was asked by a caller"
        self.physical_verbs = closed_class(self.rules, "en.class.physical_speech_verb")  # "was hit by airstrikes"
        self.speech_complement = entry_patterns(self.rules, "en.class.passive_speech_complement")  # "for saying"
        self.tally = entry_patterns(self.rules, "en.class.tally")  # "by a majority of voters"
        self.vote_verbs = closed_class(self.rules, "en.class.vote_verb")  # "was confirmed by the Senate"
        self.voting_body = entry_patterns(self.rules, "en.class.voting_body")
        # "Trump's campaign immediately backtracked, saying", "Trump's campaign manager said": what a possessor's name
        # has, up to its verb (a finite, a past in -ed or irregular, a present in -s)
        self.possessed_after = re.compile(rf"(?<='s|s') ((?:(?!{opening(self.head_ends)}\b)[a-z-]+ ){{0,2}}?[a-z-]+)"
                                          rf"(?= (?:[a-z]+ly )?(?:{opening(self.words.finite, self.pasts)}|[a-z]+ed|[a-z]+s)\b)")
        self.outlet_verbs = closed_class(self.rules, "en.class.outlet_verb")  # "The Hill reported"
        self.beliefs = closed_class(self.rules, "en.class.belief_verb")  # "believe", not "want" (attr.opinion_holder)
        self.group_stances = closed_class(self.rules, "en.class.group_stance_verb")  # "experts agree" (anonymous only)
        self.main_openers = self.subjects.main_openers  # "But", "However,", "Therefore," (en.class.main_clause_opener)
        self.companions = closed_class(self.rules, "closed.en.companion_conjunct")  # "Edwards and others said"
        self.fronted = closed_class(self.rules, "en.class.fronted_clause_opener")  # "Despite the math, some Democrats"
        self.plural_heads = closed_class(self.rules, "en.class.plural_head")
        self.belief_objects = closed_class(self.rules, "en.class.belief_object")
        self.stance_questions = closed_class(self.rules, "en.class.stance_question")  # "disagree on what"
        self.act_object_verbs = closed_class(self.rules, "en.class.act_object_verb")  # "agree new sanctions"
        self.agreement_openers = self.words.en_complementizers | self.words.nominative \
            | closed_class(self.rules, "en.class.agreement_opener")  # "agree that", "agree they", "agree with"
        # "the" and capitalised words, the last not a plural: a paper's name ("The Hill", "the Tennessean"; not "the
        # Clintons"), a publication's title when "The" keeps its capital inside a sentence (src.title_the.en)
        self.paper_name = re.compile(rf"({as_written(closed_class(self.rules, 'closed.en.definite_article'))})"
                                     r"(?: [A-Z][\w’'-]*){0,3} [A-Z][\w’'-]*[^\Ws]")
        self.speech_stems = {stem for term in self.rules.terms("speech") if " " not in term for stem in _stems(term)}
        self.verb_stems = self.speech_stems | {stem for term in self.rules.terms("stance") if " " not in term
                                               for stem in _stems(term)}
        self.subject_lead = self.main_openers | closed_class(self.rules, "closed.en.pronoun.subject_lead")
        self.clause_joiners = closed_class(self.rules, "closed.en.clause_joiner")  # ", though she praised"
        self.topic_lead = re.compile(opening(closed_class(self.rules, "closed.en.topic_lead")) + r"\s")  # "As for Trump, he"
        self.frame_subjects = closed_class(self.rules, "closed.en.frame_subject")  # "The crowd chanted '...'"
        self.contracted = closed_class(self.rules, "closed.en.contracted_s")  # "It's": no possessor
        self.posting_verbs = closed_class(self.rules, "closed.en.posting_verb")  # "Trump tweeted:" opens no block
        self.third_persons = self.words.personal_pronouns | self.words.plural_pronouns  # "he", "she", "they"
        # words of a clause, never of a subject's title before a name ("pressure on Clinton", "look at Ryan")
        w = self.words
        self.clause_words = w.prepositions | w.be | w.verb_words | w.back_stop | w.nominative | w.subordinators
        # words in -s that are no plural noun: "has", "his", "its", "this" ("The White House has", "His aides"), the
        # adverbs and auxiliaries before a verb ("always", "keeps": "Congress always passes")
        self.not_plural = self.clause_words | w.noun_markers | self.thing_pronouns | w.skip
        # a word after which a determiner or "to" shows a verb ("The White House pushes the plan", "plans to")
        self.object_openers = w.noun_markers | self.infinitive
        # a subject that is no plural noun phrase, its object none of its own ("This worried officials in Ohio")
        self.singular_things = closed_class(self.rules, "closed.en.singular_thing_pronoun")
        # the unions the plural test and the subject walks ask per word, made once
        self.no_plural_head = self.clause_words | w.skip  # words before a plural that make it no subject's head
        self.non_subjects = w.nominative | self.singular_things  # "he", "this": a segment with no plural subject
        # the words of a clause but prepositions: one before a passive's subject after a comma makes it no main
        # clause's ("When he was criticized by Democrats, ..."; not "Earlier in the day, Trump was")
        self.phrase_clause_words = (self.clause_words - w.prepositions) | self.fronted | w.relatives
        self.gerund_objects = w.noun_markers | self.thing_pronouns  # "blocking his access", "blocking it"
        self.people_nouns = self.speaker_nouns | self.possessed_people  # "State Department officials"

    def subject_span(self, r: Reading, hit: Hit, inverted: bool = True) -> tuple[int, int]:
        """The cue's subject; an answer's (cue.en.question_answered) starts after the question put, its value
        ("Asked about the deal, Acme's chief executive, Jane Doe, demurred": not "Asked about the deal, ...")."""
        span = self.subjects.phrase(hit, r.n, r.ns, r.text, r.quotes, inverted)
        if hit.entry_id == "cue.en.question_answered" and hit.value is not None and span[0] < hit.value < span[1]:
            return hit.value + len(r.n[hit.value:span[1]]) - len(r.n[hit.value:span[1]].lstrip()), span[1]
        if hit.entry_id == _TEXT_READS:
            return self._text_phrase(r.n, span)
        return span

    def _first_conjunct(self, r: Reading, hit: Hit, cand: Candidate) -> Optional[Candidate]:
        """The first of two coordinated subjects when the second names only those who join it ("Edwards and others
        said", "Mr. Xi and other leaders have said", "Mr. Autor and his colleagues found", "The Clinton campaign
        and some cybersecurity experts have alleged": closed.en.companion_conjunct opens the second): the walk back
        stops at "and", and the guide's labels type the subject, both conjuncts, by the first, which governs
        (LABELLING.md). Only when the first opens the main clause, so that the "and" joins two subjects ("He met
        Obama and other leaders said" joins no subject)."""
        n, (start, end) = r.n, cand.span
        opening = WORD.match(n, start, end) if end > start else None
        if opening is None or opening.group() not in self.companions or words_before(n, start) != ["and"]:
            return None
        conjunction = n.rindex("and", 0, start)
        span = self.subjects.phrase(Hit(conjunction, conjunction + 3, "and", "", ""), n, r.ns, r.text, r.quotes, False)
        if span[1] <= span[0] or n[span[1]:conjunction].strip() or not self._opens_main_clause(n, span[0]) \
                or self._has_verb(n, span[0], conjunction):
            return None
        first = self.candidate(r, hit, span)
        if first.typed.type in (None, "unattributed"):
            return None  # a pronoun ("She and her aides") is left to the second: see docs/attribution.md, session 40
        first.span = (span[0], end)  # the whole subject ("Edwards and others"), typed as its first
        first.typed.rules = [*first.typed.rules, "attr.first_conjunct.en"]
        return first

    def _has_verb(self, n: str, start: int, stop: int) -> bool:
        """Whether the words before "and" are a clause, not a noun phrase: an auxiliary (closed.en.auxiliary), an
        irregular form (en.verb.irregular: "Trump won and some analysts said") or a past in -ed not right after a
        determiner ("The Senate adjourned and many lawmakers said"; "The retired neurosurgeon and other doctors"
        stays a subject); the "and" then joins two clauses and the second subject speaks alone."""
        words = _WORD_ONLY.findall(n, start, stop)
        return any(w in self.words.verb_words or w in self.irregular_bases
                   or i and w.endswith(_PAST_ENDING) and words[i - 1] not in self.words.noun_markers
                   for i, w in enumerate(words))

    def _text_phrase(self, n: str, span: tuple[int, int]) -> tuple[int, int]:
        """The noun phrase of the text a quotation is read from, up to a word that ends it after its first
        (closed.en.phrase_closing_adverb, or one in -ly): '"...," read the email again and pressed send.' is
        the email's, not "the email again and pressed send"'s."""
        words = list(WORD.finditer(n, *span))
        end = next((m for m in words[1:] if m.group() in self.phrase_closers or m.group().endswith(_ADVERB_ENDING)), None)
        return (span[0], words[words.index(end) - 1].end()) if end is not None else span

    def candidate(self, r: Reading, hit: Hit, span: tuple[int, int]) -> Candidate:
        cand = super().candidate(r, hit, span)
        # no lexicon knew it ("The rare accord"), or only a capital made it a name ("The Constitution calls for")
        # a capital only with a determiner or a possessive ("The Constitution", "Obama's plan"): capitals alone
        # are a person's name ("Steven Law called for", "Law called for", session-42 review)
        if (cand.typed.type in (None, "unattributed") or cand.typed.bare_name) and self._marked(r, span) \
                and self._charter_subject(r, hit, span):
            cand.typed = Typed("document", name=r.original(*span).strip(), rules=[_CHARTER_NOUN, "src.head_noun"])
        if cand.typed.bare_name and self._title_the(r, span):
            self._as_publication(r, cand, "src.title_the.en")
        return cand

    def _title_the(self, r: Reading, span: tuple[int, int]) -> bool:
        """Whether a name no lexicon knows is a publication's title: "The" and capitalised words past the opening of
        a sentence that is no headline in Title Case ("according to The Federalist", "as The Hill pointed out";
        src.title_the.en): inside a sentence only a title keeps its "The" capitalised (a body is "the American
        Legion", a family "the Ebelings")."""
        start = r.ns.span(*span)[0] if span[1] > span[0] else 0
        if start == 0 or re.search(r"\w", r.text[:start]) is None or _title_case(r.text):
            return False
        name = self.paper_name.fullmatch(r.original(*span).strip())
        return name is not None and name.group(1)[0].isupper()

    @staticmethod
    def _as_publication(r: Reading, cand: Candidate, rule: str) -> None:
        """Type a bare name found to be a publication's as media (by `rule`), and what the article remembered of
        it as a person ("Hill" typed a person before): the publication it is."""
        person = ("named_person", cand.typed.name)
        cand.typed = Typed("media", name=r.original(*cand.span).strip(), rules=["src.name", rule])
        for word, remembered in r.memory.names.items():
            if remembered == person:
                r.memory.names[word] = ("media", cand.typed.name)

    def speaker(self, r: Reading, hit: Hit, inverted: bool = True) -> Candidate:
        # a verb of talking about, pointing to, listing ... governs what follows it: its subject is never after it
        # ('the reality show “The Apprentice,” listed an NBC show as his guilty pleasure')
        restricted = self.subjects.restricted(r.n, r.ns, r.text, hit, r.quotes)
        cand = self._restricted(r, hit, *restricted) if restricted is not None \
            else super().speaker(r, hit, inverted and hit.entry_id not in _SPEAKING)
        opened = self._participle_holder(r, hit, cand) or self._first_conjunct(r, hit, cand)
        if opened is not None:
            return opened
        n, span = r.n, cand.span
        first = WORD.match(n, span[0], span[1])
        if first is not None and first.group() in self.not_opening:
            cand.typed = Typed("unattributed", rules=["closed.en.not_subject_opener"])  # "In a memo", "There"
        elif cand.typed.type == "unattributed" and _DEFINITE_ANAPHOR.fullmatch(n[span[0]:span[1]]) \
                and ends_before(n, span[0], (',"', ",'")) and hit.entry_id != "cue.en.closing_verb":
            # '"...," the Republican said': a definite description right after a quotation refers back to
            # the speaker, as a pronoun would; not before any verb ('"Lock her up," the crowd chanted', '"Titanic,"
            # the ship sinks': only a subject typed as a source makes the frame speech, cue.en.closing_verb)
            cand.typed = Typed(None, rules=["attr.definite_anaphor"])
        elif hit.entry_id == "cue.en.closing_verb" and self._crowd(WORD.findall(n, *_frame_phrase(n, hit))):
            # '"Out!" the crowd yelled.', '"Lock her up!" the crowd at the rally chanted.': the people gathered
            # voice the quotation (en.class.crowd_noun), the whole phrase between it and the verb
            cand.span = _frame_phrase(n, hit)
            cand.typed = Typed("anonymous", name=r.original(*cand.span).strip(), rules=["en.class.crowd_noun"])
        elif cand.typed.type == "unattributed" and "src.unknown" in cand.typed.rules \
                and (self._described(r, span) or n[span[0]:span[1]] in self.alone) \
                and self._says(n, hit, span):
            # "the retired neurosurgeon acknowledged that", "a former speechwriter said": a description no lexicon
            # types, right before a verb of saying, is an unnamed source (not across an aside: "The sound system,
            # cycling through ..., added Latin hits"; not in a relative clause: "a get-together that the
            # candidates agreed to hold")
            cand.typed = self._described(r, span) or _description(r, span)
        elif span[1] > span[0] and words_before(n, span[0]) == ["what"]:
            # "can't do what he promises to do", "what he called 'adversaries'": a free relative names the
            # words or thoughts as a thing; no content of the sentence is attributed to them
            cand.typed = Typed("unattributed", rules=["attr.free_relative"])
        elif cand.typed.type == "unattributed" and _COUNT.fullmatch(n, span[0], span[1]) \
                and _PERFECT.match(n, span[1]):
            # "520 superdelegates have said they support Clinton, 39 have said they support Sanders": a
            # count of people, its noun left out
            cand.typed = Typed("anonymous", name=n[span[0]:span[1]], rules=["attr.count"])
        if hit.entry_id in _SPEAKING and not self._speaks(r, hit, cand):
            cand.typed = Typed("unattributed", rules=[hit.entry_id, "attr.speaking_subject"])
        return cand

    def _restricted(self, r: Reading, hit: Hit, start: int, pronoun: int, end: int) -> Candidate:
        """"The groups who wrote to her on Thursday say": the noun phrase before the relative pronoun is typed (a
        description no lexicon types as the unnamed people it describes, as `speaker` does), the clause restricting
        it is kept in the span (closed.en.restrictive_relative). The clause brings a new person in: "The official
        who spoke to Reuters", "The woman who was attacked" are no one met before, and are typed as an official or
        a woman would be, their definite article left out."""
        head = (start, start + len(r.n[start:pronoun].rstrip()))
        cand = self.candidate(r, hit, head)
        if cand.typed.type is None:
            cand.typed = self._introduced(r, head) or cand.typed
        if cand.typed.type == "unattributed" and "src.unknown" in cand.typed.rules:
            cand.typed = self._described(r, head) or cand.typed
        cand.span = (start, end)
        cand.typed.rules = [*cand.typed.rules, "closed.en.restrictive_relative"]
        return cand

    def _introduced(self, r: Reading, head: tuple[int, int]) -> Optional[Typed]:
        """The type of a definite head that a restrictive clause makes a new person's, as it would be with no
        article ("the official" an unnamed official, "the doctor" an unnamed person); None for a head that is no
        definite description (a pronoun: "he who")."""
        words = WORD.match(r.n, *head)
        if words is None or words.group() not in self.words.definite or words.end() >= head[1]:
            return None
        typed = self.typer.classify(r.original(words.end(), head[1]), r.memory)
        return typed if typed.type not in (None, "unattributed") else None

    def _participle_holder(self, r: Reading, hit: Hit, walked: Candidate) -> Optional[Candidate]:
        """"Having announced that he would not send me to prison, Judge Berman proceeded", "Continuing to explain his
        perspective, Carson rejected": a verb inside a participle clause that opens the sentence has no subject of
        its own, and the walk back stops at the participle ("Having", "Continuing"), which names no one; the
        clause's holder is the main clause's subject after it, a name or a pronoun.
        The clause does not govern the main clause (LABELLING.md): its attribution is a side one, in `also`
        (attr.opening_participle), and a plain action after it ("Sanders toured Iowa") leaves the sentence the
        writer's. When no subject is read there ("Rattling off promises to lower student debt, reform the
        immigration system, ...") the walk's reading is kept as that side attribution: dropping it lost a source
        on PolNeAR's dev split."""
        n, subjects, span = r.n, self.subjects, walked.span
        clause = subjects.participle_clause.match(n, span[0]) if not n[:span[0]].strip() else None
        if clause is None or clause.end() < hit.end or not subjects.participle_written(n, r.ns, r.text, span[0], clause.end()):
            return None
        if n[span[0]:].split(None, 1)[0] in self.ing_no_participle:
            return None  # "During an interview broadcast by Fox News, Trump's campaign manager": no participle
        holder = self._main_subject(r, subjects.clause_subject(n, r.ns, r.text, span[0], len(n)))
        cand = self.candidate(r, hit, holder) if holder[1] > holder[0] and holder[0] >= clause.end() else walked
        described = self._described(r, cand.span) if "src.unknown" in cand.typed.rules else None
        cand.typed = described or cand.typed
        cand.typed = replace(cand.typed, rules=[*cand.typed.rules, "attr.opening_participle"])
        return cand

    def _main_subject(self, r: Reading, span: tuple[int, int]) -> tuple[int, int]:
        """The main clause's whole subject from the name opening it: a name with "'s" opens the subject and is not
        it ("Trump's campaign manager said", "Trump's supporters marched": not Trump), which runs on over up to three
        words to its verb (possessed_after); a name before a noun of
        people is that noun's ("State Department officials concurred": officials, not the department)."""
        n = r.n
        words = list(WORD.finditer(n, span[1]))[:4]
        if not self.possessive_end.search(n, span[0], span[1]):
            people = words[:1] and words[0].group().strip(",") in self.people_nouns
            return (span[0], words[0].end() - words[0].group().endswith(",")) if people else span
        owned = self.possessed_after.match(n, span[1])  # what the name has, up to its verb, as _possessor_phrase
        return (span[0], owned.end(1)) if owned is not None else span

    def _crowd(self, words: list[str]) -> bool:
        """Whether a phrase is the people gathered at an event ("the crowd", "the angry audience", "crowds", "the
        crowd at the rally"): its head, the last word before any preposition, is a crowd noun (en.class.crowd_noun)."""
        head = next((i for i, w in enumerate(words) if w in self.words.prepositions), len(words))
        return head > 0 and words[head - 1] in self.crowds

    def _speaks(self, r: Reading, hit: Hit, cand: Candidate) -> bool:
        """Whether the subject of a verb of talking about, pointing to or downplaying can speak (attr.speaking_subject):
        not a thing's pronoun opening the sentence ("Most important, it points to"; one after a body named before it in
        the sentence stands for the body: "the trade group ... spelled out its concerns as it commented"), nor capitalised words that are no name ("Growing unease
        in Europe points to", typed a person by its capitals alone), nor a clause whose preposition's object is the noun
        it stands for, a finite verb or the sentence's end right after it ("One of the jobs Perez talks about most is")."""
        n, (start, end) = r.n, cand.span
        before = n[:start].split()
        opens = not before or before[-1].endswith(",") and len(before) <= _OPENING_WORDS \
            and not any(w.endswith(",") for w in before[:-1])
        if n[start:end] in self.thing_pronouns and opens:
            return False
        if cand.typed.bare_name and any(w[:1].islower() and w not in self.name_inner for w in r.original(start, end).split()):
            return False
        after = WORD.search(n, hit.end)
        while after is not None and (after.group() in self.degree or after.group().endswith(_ADVERB_ENDING)):
            after = WORD.search(n, after.end())
        return after is not None and after.group() not in self.words.finite and not after.group()[:1] in ".?!"

    def _concludes(self, n: str, hit: Hit, cand: Candidate) -> bool:
        """Whether a verb of concluding (en.class.conclusion_verb) is its subject's speech act: the subject can speak
        (`_can_conclude`) and what is concluded opens right after the verb (closed.en.conclusion_opener: "Williamson
        concludes: “...”", "the advisory panel concluded, the tax must"); a subject read (no empty span left by a
        walk stopped at a quotation: 'The ad, titled "Unifier?", concludes'), not in a clause of time ("after the
        Sanders interview concluded, Maher stated")."""
        return hit.text.strip() in self.conclusion_verbs and self._can_conclude(n, cand) \
            and cand.span[1] > cand.span[0] and self.concluded.match(n, hit.end) is not None \
            and not set(words_before(n, cand.span[0])) & self.time_subordinators

    def _can_conclude(self, n: str, cand: Candidate) -> bool:
        """Whether a subject reasons to a conclusion: a person, unnamed people or officials, a body, a document, a
        pronoun going on with a speaker ("He concludes that", "The presumed adjustment, they concluded, never
        happened"; not a thing's "it"). A description no lexicon typed must head people or a body ("the advisory
        panel"): an event ends ("The meeting concluded, and the ministers left", "The trial concluded: Smith was
        guilty") and puts nothing forward."""
        typed, phrase = cand.typed, n[cand.span[0]:cand.span[1]]
        if typed.type is None:
            return phrase not in self.thing_pronouns
        if "attr.description_subject" in typed.rules:
            return self._people_head(phrase.rsplit(" ", 1)[-1])
        return typed.type in _CONCLUDERS

    def _says(self, n: str, hit: Hit, span: tuple[int, int]) -> bool:
        """Whether the cue right after a subject is a verb of saying (en.class.quotative), in the perfect too ("have
        said"), not one of going on ("the borrowing continued"), with no aside between them and no relative
        pronoun before the subject."""
        aux, _, verb = hit.text.strip().rpartition(" ")
        return verb in self.subjects.quotative and (not aux or _PERFECT.fullmatch(f" {aux} ") is not None) \
            and not _stems(verb) & self.aspectual and span[1] <= hit.start and "," not in n[span[1]:hit.start] \
            and words_before(n, span[0])[-1:] not in (["that"], ["which"]) \
            and not self._modified_by_participle(n, hit, span)

    def _modified_by_participle(self, n: str, hit: Hit, span: tuple[int, int]) -> bool:
        """"a plan announced earlier this year": a thing announced or estimated (en.class.reported_thing) before a
        lone past form is what the participle tells of, no speaker; a person before it is the verb's subject."""
        words = n[span[0]:span[1]].split()
        verb = hit.text.strip()
        return len(words) > 1 and words[0] in self.indefinite and words[-1] in self.reported_things \
            and " " not in verb and self._past(verb)

    def _past(self, word: str) -> bool:
        """Whether a word is a past form: in -ed or an irregular past (en.verb.irregular)."""
        return word.endswith(_PAST_ENDING) or word in self.pasts

    def new_description(self, r: Reading, cand: Candidate) -> Optional[str]:
        """A span opened by a determiner that brings a speaker in (closed.en.introducing_determiner: "a", "an",
        "one") brings someone new in: '"We have work to do," said a longtime adviser to both Clintons, who ...
        requested anonymity' is the adviser's, not the last unnamed source's (attr.anonymity_reason.new_speaker)."""
        words = r.original(*cand.span).split()[:1] if cand.span[1] > cand.span[0] else []
        return _NEW_SPEAKER if words and words[0].lower() in self.introducing else None

    def names_speaker(self, n: str, source: Source) -> bool:
        """A possessive of the last speaker's family name ('"One of the shortcomings of Byler's otherwise excellent
        piece"' after RealClearPolitics' David Byler): a quotation about them, which is not theirs
        (attr.continuation.about_speaker); a suffix ("Jr.", closed.en.name_suffix) is no family name."""
        if source.type not in PERSON_TYPES:
            return False
        words = [w for w in _WORD_ONLY.findall(norm(source.name or source.text or "")) if w not in self.name_suffixes]
        family = _POSSESSIVE.sub("", words[-1]) if words else ""
        return len(family) > 1 and re.search(rf"(?<![\w'’]){re.escape(family)}['’]s?(?![\w'’])", n) is not None

    def relative_subject(self, clause: list[str]) -> bool:
        """"Obama, who has often complained about", "the Wisconsin Republican, who had previously pledged to": a
        relative pronoun (closed.en.relative_opener) as the subject, auxiliaries and adverbs (closed.en.auxiliary,
        closed.en.verb_premodifier, -ly) between it and the verb, opens a side clause, as "who said" right before the
        verb does."""
        words = list(clause)
        while words and (words[-1] in self.words.finite | self.words.skip or words[-1].endswith(_ADVERB_ENDING)):
            words.pop()
        return len(words) < len(clause) and bool(words) and words[-1] in self.relatives

    def relative_object(self, r: Reading, cand: Candidate, hit: Hit) -> bool:
        """"the allegations, which Mr. Ailes denies,": a relative object (closed.en.object_relative) before the
        speaker, or a verb coordinated in its clause, makes a side clause of the noun before it."""
        start, end = cand.span
        between = _words_between(r.n, end, hit.start)
        if between is None:
            return False
        if self._coordinated_in_relative(between):
            return True
        return start < end and len(between) <= _BETWEEN_SUBJECT_AND_VERB \
            and all(w in self.words.finite or w.endswith(_ADVERB_ENDING) for w in between) \
            and set(words_before(r.n, start, 1)) & self.object_relatives != set()

    def _coordinated_in_relative(self, between: list[str]) -> bool:
        """Whether the words between a verb and the subject read for it are a relative clause of
        closed.en.object_relative (no comma inside) closed by a coordinator (closed.en.coordinator) right before the
        verb: ", which Trump had called a "disaster" and"."""
        words = between[1:] if between[:1] == [","] else between
        return len(words) > 2 and words[0].lstrip(",") in self.object_relatives \
            and words[-1] in self.coordinators and not any("," in w for w in words[1:])

    def narrated_speech(self, r: Reading, cand: Candidate, hit: Hit) -> bool:
        """"... as she praises his economic record", "He was suspended ... after he posted a comment on Twitter", "The
        notion started when Thor expressed an interest in debating Trump": a clause of time or manner whose subject,
        a pronoun or a name (an auxiliary or an adverb may follow it: "after she had posted", "while Mr. Sanders has
        dwelled on"), opens after its subordinator narrates when the speaker spoke, and the main clause is not theirs
        (attr.continuation.side_clause). Only when what follows the verb is plainly no report: an object (a noun
        phrase, an infinitive) and its adjuncts running to the sentence's end. When unsure, the clause is read as
        before (an attribution): after it, the sentence may go on with the speaker ("as he denied any wrongdoing,
        saying ..."), and the object may be a reported clause (Language.reports_clause). A document or an outlet
        tells what it found or reported even in such a clause ("as a new poll showed Trump moving ahead", "as Breitbart
        reported a few days later"): never narration. A clause that reports is narration too when a main clause of
        its own stands before its subordinator (_after_main_clause)."""
        if cand.typed.type in _REPORTING_TYPES:
            return False
        found = self._subordinator_of(r, cand.span, hit.start)
        if found is None:
            return self._coordinated_in_side_clause(r, cand, hit)
        subordinator, at = found
        end = hit.end
        n = r.n
        stops = _clause_stops(n)
        at_stop = bisect_left(stops, end)
        edge = stops[at_stop] if at_stop < len(stops) else len(n)
        if self._reports_main(r, subordinator, hit, edge):
            return False
        closes = _SENTENCE_END.fullmatch(n, edge) or n.startswith(",", edge) and self._goes_on_apart(n, end, edge)
        if closes and not self.reports_clause(m.group() for m in WORD.finditer(r.original(end, edge))):
            return True
        return self._after_main_clause(r, at, end, edge)

    def narrated_act(self, r: Reading, cand: Candidate, hit: Hit) -> bool:
        """A consent to an act (_consents_to_act) narrates the act, and a verb of saying after a modal of possibility
        or obligation (_possible_speech) says nothing yet; the subject is named in the rule. Not after a pronoun
        (src.pronoun.en: "I can now say, with the benefit of hindsight, that", "you could say"): a speaker's own way of
        saying it, and a side attribution would leave the pronoun unresolved (PolNeAR train lost three spans)."""
        if self._consents_to_act(r, hit):
            cand.typed.rules = [*cand.typed.rules, _CONSENT]
            return True
        if self._possible_speech(r, hit) and norm(r.n[cand.span[0]:cand.span[1]]) not in self.pronoun_sources:
            cand.typed.rules = [*cand.typed.rules, _POSSIBLE]
            return True
        return False

    def _possible_speech(self, r: Reading, hit: Hit) -> bool:
        """"Israel must also acknowledge the history", "Beijing could also declare an air defense zone": a verb of
        saying in its base form right after a modal of closed.en.possibility_modal (adverbs between, no auxiliary: "may
        have said it best when he blogged" is said) is what may or must be said, no report. A negated modal never
        comes here: the engine reads it first as a negation (a refusal to comment)."""
        if hit.family != "speech" or hit.text.split()[0] in self.words.finite:  # the cue "have said"
            return False
        before = words_before(r.n, hit.start, 4)
        while before and before[-1] in self.before_modal:
            before.pop()
        return bool(before) and (before[-1] in self.possibility or " ".join(before[-2:]) in self.possibility)

    def frames_sentence(self, cand: Candidate) -> bool:
        """A consent to an act (closed.en.consent_verb) is the main verb, narrated."""
        return _CONSENT in cand.typed.rules

    def _coordinated_in_side_clause(self, r: Reading, cand: Candidate, hit: Hit) -> bool:
        """"Jane Doe lost the election after some voters attacked her record and questioned her honesty": a verb
        after "and" (closed.en.coordinator; an adverb may stand between: "and even questioned") shares the subject of
        the clause of time it closes, which opens between its subject as read and the verb with no stop
        (_CLAUSE_STOP) after its subordinator: it is that clause's, a side attribution, never the main clause's
        subject's. Read at most _SIDE_CLAUSE_REACH characters back."""
        n = r.n
        before = words_before(n, hit.start, 2)
        if not before or before[-1] not in self.coordinators and not (
                len(before) == 2 and before[0] in self.coordinators and before[1] in self.words.skip):
            return False
        opener = None
        for opener in self.side_opener.finditer(n, max(cand.span[1], hit.start - _SIDE_CLAUSE_REACH), hit.start):
            pass
        if opener is None or _CLAUSE_STOP.search(n, opener.end(), hit.start):
            return False
        clause = n[opener.end():hit.start].split()
        return len(clause) > len(before) + 1 and self._clause_between(clause)

    def _clause_between(self, words: list[str]) -> bool:
        """Whether words after a subordinator hold a clause, not a phrase ("as secretary of state and said", "after
        the debate and said"): a subject pronoun first (closed.en.subject_pronoun), or a finite verb
        (closed.en.finite) or a word in the past after the first ("after some voters attacked her record and")."""
        return bool(words) and (words[0] in self.words.nominative or any(
            w in self.words.finite or w.endswith(_PAST_ENDING) for w in words[1:]))

    def _after_main_clause(self, r: Reading, at: int, end: int, edge: int) -> bool:
        """A clause of time that reports, after a main clause of its own (at least _MAIN_CLAUSE_WORDS words before
        its subordinator at `at`), is a side attribution: LABELLING.md labels the attribution governing the main
        clause, which is the writer's. Not when a quotation opens the reported words: the sentence carries the
        speaker's own words (`end`, `edge`: the verb's end and its clause's first stop); nor when the main clause
        has a verb of saying of its own ("One says China has the most billionaires, while another says ..."): it is
        a report too, and the sentence is read as before."""
        return self._main_clause_words(r.n, at) >= _MAIN_CLAUSE_WORDS and not self._quotes_report(r.n, end, edge) \
            and not any(self._main_clause_speaks(r, h) for h in r.cues["speech"] if h.end <= at)

    def _main_clause_speaks(self, r: Reading, hit: Hit) -> bool:
        """Whether a cue of the main clause is a verb of saying used as one, not negated ("never cited a source",
        closed.en.negation) nor a noun ("These calls for more troops"), outside a quotation."""
        return not r.inside(hit.start) and self.verb_use(r, hit) \
            and not set(words_before(r.n, hit.start, 2)) & self.words.negation

    def _main_clause_words(self, n: str, at: int) -> int:
        """The words before a subordinator at `at`, read back at most _MAIN_CLAUSE_REACH of them; a phrase that
        opens the sentence with a preposition and ends at a comma is no main clause ("On Monday in Des Moines, as
        he told reporters, ...")."""
        ahead = words_before(n, at, _MAIN_CLAUSE_REACH)
        if len(ahead) < _MAIN_CLAUSE_REACH and ahead and ahead[0].lower() in self.words.prepositions:
            comma = next((i for i, w in enumerate(ahead) if w.endswith(",")), None)
            return len(ahead) if comma is None else len(ahead) - comma - 1
        return len(ahead)

    def _quotes_report(self, n: str, end: int, edge: int) -> bool:
        """Whether a quotation opens the reported words: at most _QUOTE_LEAD words after the verb, its "that" or a
        stop ("when he told them Clinton “has ...”", "when he suggested that Hillary Clinton ''should be ...''",
        "when he told Chris Wallace of Fox News, “So, ..."), up to the word after the clause's first stop and
        _QUOTE_REACH characters on. Not an apostrophe ("the '70s"), a quoted name further on ("challenged it ...
        under the slogan ''Axe the tax''") nor a quotation of a later clause ("..., and the band played 'Hail ...'")."""
        after = _STOP_AND_WORD.match(n, edge)
        for mark in _QUOTE_MARK.finditer(n, end, min(after.end() if after else edge, end + _QUOTE_REACH)):
            lead = n[end:mark.start()].split()
            anchor = max((i + 1 for i, w in enumerate(lead) if w in self.complementizers or w.endswith(_LEAD_STOP)),
                         default=0)
            if len(lead) - anchor <= _QUOTE_LEAD:
                return True
        return False

    def _reports_main(self, r: Reading, subordinator: str, hit: Hit, edge: int) -> bool:
        """A clause of "as" (closed.en.manner_subordinator) whose verb has no object vouches for the main clause:
        "The plan will pass, as he said.", "..., as he said yesterday", "..., as he claimed on Tuesday in Iowa",
        "..., as he told reporters on Monday". Time words (src.time.en, closed.en.time_phrase, -ly) are stepped over,
        and after a verb of telling (closed.en.hearer_verb) a hearer ending in a person (`_hearer_or_time`); what is
        left must be nothing or a phrase of a preposition."""
        if subordinator not in self.manner_subordinators:
            return False
        n = r.n
        dash = _DASH_AFTER.search(n, hit.end, edge)  # "as Clinton's campaign noted this week -- even promoted"
        said = (w for w in WORD.finditer(n, hit.end, dash.start() if dash else edge) if not self._time_word(w.group()))
        words = list(islice(said, _HEARER_WORDS + 1))  # enough to tell a hearer and the word after it
        if words and words[0].group() not in self.words.prepositions and n[hit.start:hit.end].split()[-1] in \
                self.words.hearer_verbs:
            hearer = next((i for i, w in enumerate(words) if w.group() in self.words.prepositions), len(words))
            if hearer > _HEARER_WORDS or not self._hearer_or_time(r, hit.end, words[hearer - 1].end()):
                return False
            words = words[hearer:]
        return not words or words[0].group() in self.words.prepositions

    def _time_word(self, word: str) -> bool:
        """A word of a time adverbial but its preposition: "yesterday", "last week", "repeatedly"."""
        word = word.strip(".,;:")
        return self.typer.time_or_plural(word) or word.endswith(_ADVERB_ENDING) \
            or word in self.words.time_phrase - self.words.prepositions

    def _subordinator_of(self, r: Reading, span: tuple[int, int], verb: int) -> Optional[tuple[str, int]]:
        """The subordinator of time or manner (closed.en.time_subordinator) right before a verb's subject, or as the
        first word of its span ("When Trump"), when no more than two auxiliaries or adverbs stand between the subject
        and the verb ("after she had posted", "while Mr. Sanders has dwelled on"); None when the clause has none. Not
        after "it" (closed.en.thing_pronoun), which may be the body the main clause goes on about ("the trade group
        ... spelled out its concerns as it commented on proposed regulations"), nor after "I" or "we"
        (closed.en.first_person), the writer, read as such (attr.continuation.writer). With the subordinator, where
        it stands."""
        start, end = span
        n = r.n
        between = _words_between(n, end, verb)
        subject = n[start:end].split()
        if end <= start or between is None or len(between) > _BETWEEN_SUBJECT_AND_VERB or not all(
                w in self.words.finite or w.endswith(_ADVERB_ENDING) for w in between):
            return None
        if len(subject) == 1 and subject[0] in self.no_narrated_subject:
            return None
        if len(subject) > 1 and subject[0].lower() in self.time_subordinators:
            return subject[0].lower(), start
        before = [w.lower() for w in words_before(n, start)]
        return (before[0], n.rfind(before[0], 0, start)) if before and before[0] in self.time_subordinators else None

    def _goes_on_apart(self, n: str, end: int, comma: int) -> bool:
        """Whether the sentence goes on after the comma that ends a side clause with words of its own: "From the
        first days of his papacy, when he insisted on paying his hotel bill himself, Francis has understood". Not
        when the verb's object was its hearer (what was said follows: "when he told reporters, the plan would
        pass"), nor after a participle, a conjunction, a quotation or "he"/"she" (closed.en.personal_pronoun), whose
        speaker may be the clause's ("as he denied any wrongdoing, saying the report was false", "Ever since Bernie
        Sanders announced his candidacy last year, he's said the same thing")."""
        verb = words_before(n, end, 1)
        after = n[comma + 1:].split()[:1]
        return comma > end and bool(verb) and verb[0] not in self.words.hearer_verbs and bool(after) \
            and not after[0].endswith(_PARTICIPLE_ENDING) and after[0] not in self.coordinators \
            and not after[0].startswith(_QUOTE_OPENING) \
            and _CONTRACTION.sub("", after[0].lower()) not in self.words.personal_pronouns

    def reports_clause(self, words: Iterable[str]) -> bool:
        """Whether the words after a verb of saying in a clause of time or manner, to its sentence's end, may report
        what was said: "that" ("when he told reporters in Iowa on Tuesday that"; not a relative "that" before its
        verb: "a comment on Twitter in August that compared"), a clause without "that" (a subject pronoun, an
        auxiliary or a verb in the past after a noun: "when he said the bill would pass", "when he told reporters
        the plan would pass", "when he said the bill passed"), a quotation ("when he said the plan “will pass.”";
        not a quoted term after a determiner: "as he laments a ''throwaway culture''"; a relative clause of the
        object is not read: "in which poor people ... are"). A clause of "as" with no object reports the main clause
        (_reports_main), read before."""
        ahead, said, behind = tee(words, 3)  # read lazily: the first word that reports ends the reading
        next(behind, None)
        for before, word, after in zip(chain([""], ahead), said, chain(behind, [""])):  # as written: "Citizens United"
            if word.lower() in self.relatives - self.words.en_complementizers:
                return False  # "a ''throwaway culture'' in which poor people ... are": the object's relative clause
            if word.startswith(_QUOTE_OPENING) and before.lower() not in self.words.noun_markers | self.words.prepositions:
                return True  # "the plan “will pass.”", not a quoted name: "a ''throwaway culture''", "not to "give"
            if word.lower() in self.words.en_complementizers and not after.endswith(_PAST_ENDING):
                return True  # "that the plan", not "that compared"
            if word.lower() in self.words.finite | self.words.nominative or _CONTRACTED_FINITE.search(word):
                return True  # "the bill would pass", "they will", "he'd"
            if word.islower() and word.endswith(_PAST_ENDING) and before and not before.endswith(_ADVERB_ENDING) \
                    and before.lower() not in self.words.noun_markers | self.words.prepositions | self.relatives:
                return True  # "the bill passed", not "an alleged rape", "that compared"
        return False

    def leading_sources(self, n: str, cands: list[Candidate], comma: int) -> list[Candidate]:
        """"As The Washington Post reported, ...", "As Purple PAC's Crane said, ...": a clause of "as" that
        ends with its verb of saying names the source of what follows the comma; "according to" after the comma
        names the whole sentence's ("When Randolph refused to bow out, Grayson began ..., according to numerous
        fellow Democrats"); the clause may end at a colon too ("As Professor Foner put it: ''The United ...")."""
        according = [c for c in cands if c.cue.family == "according" and c.cue.start > comma]
        lead = self.words.subordinate_lead.match(n).end()  # "But as Mr. Sykes said, ..."
        if not n.startswith("as ", lead):
            return according
        kept = []
        for c in cands:
            end = self._clause_end(n, c, comma)
            if self._as_reported_by(n, c, end, lead):
                c.typed = replace(c.typed, rules=[*c.typed.rules, "attr.as_clause.according"])
                kept.append(c)
                continue
            rest = n[c.cue.end:end]
            if c.span[1] > c.cue.start or rest.strip() and not self._adjunct(rest, c, n[end + 1:]) \
                    or n[c.span[0]:c.cue.end] in self.saying_idioms:  # "As they say,": common wisdom
                continue
            if rest.strip():
                c.typed = replace(c.typed, rules=[*c.typed.rules, "attr.as_clause.adjunct"])
            kept.append(c)
        return kept or according

    def _as_reported_by(self, n: str, cand: Candidate, end: int, lead: int) -> bool:
        """"As reported by Western Journalism, last year Seattle became ...": an according cue that opens the leading
        "as" clause, an adverb or two between them ("As first reported by Politico,", closed.en.verb_premodifier or
        "-ly"), names the source of what follows the comma (attr.as_clause.according), as "As Western Journalism
        reported," does; what follows the source is read as after that verb (attr.as_clause.adjunct): when or where
        it was reported ("As reported by Reuters on Monday,"), not more of its own ("As reported by the Times and
        denied by the White House,"). `lead`: where the clause's "as" stands, after "But" or "And" (closed.en.subordinate_lead)."""
        opening = n[lead:cand.cue.start].split()
        return cand.cue.family == "according" and cand.span[0] >= cand.cue.end and end != -1 \
            and (not opening or opening[0] == "as" and all(self._premodifier(w) for w in opening[1:])) \
            and self._adjunct(n[cand.span[1]:end], cand, n[end + 1:])

    def _premodifier(self, word: str) -> bool:
        """Whether a word before a verb is an auxiliary or an adverb stepped over ("first", "previously",
        "exclusively"): closed.en.verb_premodifier or an adverb in "-ly"."""
        return word in self.words.skip or word.endswith(_ADVERB_ENDING)

    def _adjunct(self, rest: str, cand: Candidate, main: str) -> bool:
        """Whether what follows the verb of a leading "as" clause leaves the clause the speaker's whole saying
        (attr.as_clause.adjunct): nothing, when, where or how often it was said ("As RealClearPolitics' David Byler
        pointed out in December,", "As Michael Dell said last week in Tel Aviv,") or to whom ("As Clinton told the
        New York Daily News,"); not a clause of its own ("As Trump said he would,", "As he told reporters it was"),
        nor the time of a speaking event that the main clause narrates ("As the president told the crowd in Ohio, a
        protester rushed the stage"): after such a verb, the main clause is a quotation or in the present."""
        words = [w.strip(",") for w in rest.split()]
        if not words:
            return True
        w = self.words
        if len(words) > _AS_ADJUNCT or set(words) & (w.nominative | w.finite | w.be | w.negation | w.en_complementizers):
            return False
        if cand.cue.text.strip() in self.timed_speech and not main.lstrip().startswith(('"', "'", "“")) \
                and not set(main.split(",")[0].split()) & self.present_finite:
            return False
        first = words[0]
        return first in w.prepositions or first in w.time_phrase or first in w.skip or first.endswith(_ADVERB_ENDING) \
            or self.typer.is_time_word(first) or cand.cue.text.strip() in w.hearer_verbs

    @staticmethod
    def _clause_end(n: str, cand: Candidate, comma: int) -> int:
        """Where a leading "as" clause ends after its cue: the comma or a colon past the cue, whichever comes first
        (not the colon of "the 2:30 deadline" before it)."""
        return min((i for i in (comma, n.find(":", cand.cue.end)) if i != -1), default=-1)

    def filter_cues(self, r: Reading) -> None:
        """A passive reporting or stance verb names its holder after "by" ("measures added by Republicans",
        "the bill, opposed by House Republicans,"); cue words that are no verbs here are dropped."""
        r.cues["passive"] = [h for h in r.cues["speech"] + r.cues["stance"] if _PASSIVE_BY.match(r.n, h.end)
                            and not self._strict(h)]  # a strict holder is a subject
        for family, hits in r.cues.items():
            if hits and family != "passive":
                r.cues[family] = [h for h in hits if self._verb(r, h)]
        self._person_object(r)
        self._measure_acts(r)
        self._that_complement(r)
        self._progressive(r)
        self._reported_acts(r)
        self._closing_verb(r)
        self._text_reads(r)
        self._interview_occasion(r)
        self._question_answered(r)

    def _person_object(self, r: Reading) -> None:
        """"Canova ripped Wasserman Schultz", "ripped him": a verb that attacks only a person (cue.en.rip_person) is
        speech only when its object is one, a name in capitals or an object pronoun (closed.en.object_pronoun); a
        thing ripped is torn ("Smith wore ripped jeans", "ripped the letter to pieces", "ripped a hole")."""
        for family, hits in r.cues.items():
            r.cues[family] = [h for h in hits if h.entry_id != _RIP_PERSON or self._person_after(r, h.end)]

    def _measure_acts(self, r: Reading) -> None:
        """"The Oklahoma legislature passed a measure": a verb of enacting (cue.en.enact) is an act of its subject,
        which a stretch of time is not ("Two weeks passed before the bill was signed", "Years passed": `_time_clause`),
        and no verb at all when a plural noun (`_noun_form`: "Protesters held signs opposing the new law")."""
        for family, hits in r.cues.items():
            r.cues[family] = [h for h in hits if h.entry_id != _ENACT
                              or not (self._time_clause(r, h.start) or self._noun_form(r, h))]

    def _that_complement(self, r: Reading) -> None:
        """"Smith calculated that risk carefully", "The senator finally realized that dream in 2008", "Sanders
        remained hopeful that week as the votes came in": a cue read only before a clause (_THAT_CUES) is dropped
        when its "that" is a determiner (`_that_determiner`)."""
        for family, hits in r.cues.items():
            r.cues[family] = [h for h in hits if h.entry_id not in _THAT_CUES or not self._that_determiner(r, h.end)]

    def _that_determiner(self, r: Reading, pos: int) -> bool:
        """Whether the "that" right after `pos` is a determiner, not a complementizer: the word after it is a noun
        in lowercase, no pronoun, determiner, count or figure (closed.en.subject_pronoun, closed.en.determiner,
        en.class.quantifier, closed.en.thing_pronoun: "that he", "that the tax", "that most", "that it"), and what
        follows that noun ends a noun phrase, not a clause: a mark or the sentence's end, a subordinator of time
        (closed.en.time_subordinator: "that week as"), or a preposition (closed.en.preposition) or an adverb in -ly
        with no verb after it up to the next mark (`_has_verb`: "that risk carefully before the vote", "that dream
        in 2008", "Calculated that way,"). A clause's subject runs into its verb ("that angry voters have", "that
        money in politics was", "that 600,000 jobs currently pay")."""
        m = _THAT_AND_WORD.match(r.n, pos)
        if m is None:
            return False
        noun, after = m.group(1), m.group(2)
        w = self.words
        if noun in w.nominative | w.noun_markers | self.quantifiers | self.thing_pronouns | self.singular_things \
                or noun[0].isdigit() or not r.original(*m.span(1)).islower():
            return False
        if after is None or after in self.time_subordinators:
            return True
        end = _MARK.search(r.n, m.end())
        return (after in w.prepositions or after.endswith(_ADVERB_ENDING)) \
            and not self._has_verb(r.n, m.start(2), end.start() if end else len(r.n))

    def _noun_form(self, r: Reading, hit: Hit) -> bool:
        """Whether a cue word in -s is a plural noun, not a verb's present: after a determiner (closed.en.determiner:
        "his vetoes") or a verb in the past, in -ed or irregular (en.verb.irregular: "held signs", "waved signs"),
        where an object begins; a present verb follows its subject ("the governor signs")."""
        if not hit.text.split()[0].endswith("s"):
            return False
        before = words_before(r.n, hit.start)
        return bool(before) and (before[0] in self.words.noun_markers or self._past(before[0]))

    def _time_clause(self, r: Reading, pos: int) -> bool:
        """Whether the clause before `pos` (from the sentence's start or its last comma, colon or dash) is a stretch
        of time: a time word (src.time.en, or its plural) with nothing but counts (en.class.quantifier, figures) and
        determiners beside it ("Years", "Two weeks", "A few months"); not "The House on Tuesday"."""
        start = max((m.end() for m in _SEGMENT_END.finditer(r.n, 0, pos)), default=0)
        words = r.n[start:pos].split()
        timed = [w for w in words if self.typer.time_or_plural(w)]
        return bool(timed) and all(w in timed or w in self.quantifiers or w in self.words.noun_markers or w.isdigit()
                                   for w in words)

    def _person_after(self, r: Reading, pos: int) -> bool:
        """Whether the word right after `pos` opens a person: written in capitals, or an object pronoun that is no
        thing's (closed.en.object_pronoun, not closed.en.thing_pronoun: "ripped it to shreds")."""
        word = _OBJECT_WORD.match(r.n, pos)
        return word is not None and (r.original(*word.span(1))[:1].isupper() or word.group(1) in self.object_pronouns
                                     and word.group(1) not in self.thing_pronouns)

    def _closing_verb(self, r: Reading) -> None:
        """'"...," Viguerie concludes.', '"Would it be negotiable?" Hannity pressed.': after a closed quotation, a
        noun phrase (opened by a pronoun or a determiner, or a name in capitals) and one verb ending the clause
        report the quotation, whatever the verb (`cue.en.closing_verb`); a verb the lexicons know is read as before."""
        n = r.n
        for m in self.closing.finditer(n) if self.closing is not None and ('"' in n or "''" in n) else ():
            if r.inside(m.start()) or not r.inside(m.start() - 4) or r.inside(m.start(2)):
                continue  # 'He said, "Trump wins."': the quotation opens there
            if self._named_in_opening(r, m.start()):
                continue  # 'When Trump mentioned "Crooked Hillary," the crowd booed.': a title or a phrase named
            verb, words = m.group(2), m.group(1).split()
            if not (verb.endswith(_PAST_ENDING) or verb.endswith("s") and not verb.endswith(("ss", "us", "is"))
                    or verb in self.pasts):
                continue
            written = r.original(m.start(1), m.end(1)).split()
            if words[0] not in self.closing_openers and not self._crowd(words) and not (
                    all(w[:1].isupper() for w in written) and words[0] not in self.not_opening | self.coordinators):
                continue  # '"...?" In recent years', '"...," and then'; '"Four more years!" crowds chanted.'
            if any(h.start < m.end() and m.start() < h.end and h.family != "speech_media"
                   for f in ("speech", "speech_complement", "participle") for h in r.cues.get(f, ())):
                continue  # '"...," he said Sunday': a verb of saying of the lexicons
            hit = Hit(m.start(2), m.end(2), verb, "cue.en.closing_verb", "speech")
            if self._verb(r, hit):  # '"...," Viguerie concludes.' is speech, not a finding ("the poll concludes")
                for family, hits in r.cues.items():
                    r.cues[family] = [h for h in hits if not (h.start < hit.end and hit.start < h.end)]
                r.cues["speech"] = sorted([*r.cues["speech"], hit], key=lambda h: h.start)

    def _text_reads(self, r: Reading) -> None:
        """'"...," read the email.': a text reads out a quotation that is the sentence's reported content, opening
        the sentence or its clause (`_opens_clause`), as the quotation an inverted '"...," said Smith' frames;
        one that is an earlier verb's object ('She typed "Resign now," read the email again', 'The senator quoted
        "Common Sense," read the report aloud') is read by its subject, no text's (cue.en.text_reads)."""
        r.cues["speech"] = [h for h in r.cues["speech"] if h.entry_id != _TEXT_READS or self._opens_clause(r, h.start)]

    def _opens_clause(self, r: Reading, frame: int) -> bool:
        """Whether the quotation closed right before `frame` opens the sentence, past conjunctions alone
        (en.class.main_clause_opener: 'But "...," read the email'), or a clause after a semicolon, a colon or a dash."""
        opened = r.quotes.opened_closing_between(frame - 4, frame)
        before = self._past_openers(WORD.findall(r.n, 0, opened))
        return not before or r.n[:opened].rstrip().endswith((";", ":", "-", "--"))

    def _interview_occasion(self, r: Reading) -> None:
        """"In an interview with ABC News, Clinton laughed off the attack ad", "Trump parroted these views during an
        interview with NBC": with no verb of saying outside quotations (a verb of stance may be), an interview names
        the occasion of speech, so the verb of the clause it opens, or closes a few words after that verb, is its
        subject's speech (cue.en.interview_occasion) when it is a verb of expression or of stance; any other verb is
        an act done in the interview ("collapsed during an interview", "appeared in an interview")."""
        if self.interview is None or "interview" not in r.n or self._said(r):
            return
        m = next((m for m in self.interview.finditer(r.n) if not r.inside(m.start())), None)
        if m is None:
            return
        if m.group("fronted") is not None:
            comma = r.n.find(",", m.end())
            hit = self._clause_past(r, comma + 1, len(r.n)) if comma != -1 else None
        else:
            hit = self._clause_past(r, 0, m.start())
            between = r.n[hit.end:m.start()] if hit is not None else ""
            if len(between.split()) > _OCCASION_REACH or "," in between:
                hit = None  # "Starr ... took over the investigation ... an incident Trump brought up in an interview"
        if hit is not None and self._expresses(r, hit):  # a verb of stance there is said ("sought to clarify")
            r.cues["stance"] = [h for h in r.cues["stance"] if not (h.start <= hit.start < h.end)]
            r.cues["speech"] = sorted([*r.cues["speech"], hit], key=lambda h: h.start)

    @staticmethod
    def _said(r: Reading, start: int = 0) -> bool:
        """Whether a cue that reads the clause (a verb of saying, an according cue) stands outside quotations from
        `start` on, so an occasion of speech has nothing left to name."""
        return any(h.start >= start and not r.inside(h.start) for f in _OCCASION_CUES for h in r.cues.get(f, ()))

    def _question_answered(self, r: Reading) -> None:
        """"Asked whether ..., Ban demurred", "Asked which county was his favorite, he demurred: ...": a question
        put to someone opening the sentence makes the main clause their answer when no cue reads that clause already
        (cue.en.question_answered) and its verb can answer (`_answers`): a gesture or an act answers nothing
        ("..., the admiral chuckled", "..., police arrested two men"). The main clause is the first, after a comma, with a past verb among its first
        words (`_clause_past`): the question's own clauses after a comma have an auxiliary or no past ("Donald
        Trump, the presumptive nominee, who has called ..."). The question's verbs ("asked", "has called") are
        the writer's frame of what was asked, no cue of the sentence, once its answer is read."""
        m = self.question.match(r.n) if self.question is not None else None
        for comma in (c.start() for c in COMMA.finditer(r.n, m.end()) if not r.inside(c.start())) if m else ():
            hit = self._clause_past(r, comma + 1, len(r.n), "cue.en.question_answered")
            if hit is None:
                continue
            if not r.inside(hit.start) and not self._said(r, comma) and self._answers(r, hit):
                hit.value = comma + 1  # where the answer's subject starts (subject_span)
                for family, hits in r.cues.items():
                    r.cues[family] = [h for h in hits if h.start > comma and not h.start <= hit.start < h.end]
                r.cues["speech"] = sorted([*r.cues["speech"], hit], key=lambda h: h.start)
            return

    def _answers(self, r: Reading, hit: Hit) -> bool:
        """Whether a main clause's verb answers the question put: a verb of expression or stance ("laughed off",
        `_expresses`), of reply (closed.en.answer_verb: "demurred", "pointed to"), or any verb but a gesture
        (en.class.nonverbal_response) with a quotation or a colon after it ('he demurred: "..."'). Any other verb is
        an act, no answer ("Asked about the shooting, police arrested two men", "Smith walked out")."""
        if self._expresses(r, hit) or self.answer_verb.match(r.n, hit.start) is not None:
            return True
        return hit.text not in self.nonverbal and (":" in r.n[hit.end:] or any(a >= hit.end for a, _ in r.quotes))

    def _expresses(self, r: Reading, hit: Hit) -> bool:
        """Whether a clause's verb can report what was said: a verb of stance the lexicons found there ("discussed",
        "sought to clarify") or a verb of expression (closed.en.expression_verb), read from the verb on."""
        return any(h.start <= hit.start < h.end for h in r.cues["stance"]) \
            or self.expression_verb.match(r.n, hit.start) is not None

    def _clause_past(self, r: Reading, start: int, stop: int,
                     entry_id: str = "cue.en.interview_occasion") -> Optional[Hit]:
        """The clause's verb when it is in the past, among its first words after its subject: the first word in -ed
        or irregular past (en.verb.irregular) not right after a determiner ("The retired neurosurgeon addressed"),
        and none once an auxiliary or a negation comes ("Trump was asked", "did not rule out")."""
        words = _WORD_ONLY.finditer(r.n, start, stop)
        before = next(words, None)
        for w in islice(words, _CLAUSE_VERB_REACH):
            word = w.group()
            if word in self.words.verb_words:
                return None
            if self._past(word) and before.group() not in self.words.noun_markers:
                hit = Hit(w.start(), w.end(), word, entry_id, "speech")
                if self._verb(r, hit):
                    return hit
            before = w
        return None

    def cites_poll(self, source: Source) -> bool:
        """A document that names a poll, a survey or a study (src.anonymous_share.en.polls) or a share of its
        respondents typed as the poll (src.anonymous_share.en.*: "Twenty-four percent"): "The indictment said ...
        The case has left 62 percent of city employees saying" is no poll's finding (session-42 review)."""
        return any(rule.startswith(_SHARE_RULES) for rule in source.rules) \
            or bool({w.strip(",;:()\"'") for w in norm(source.text or "").lower().split()} & self.poll_words)

    def _charter_subject(self, r: Reading, hit: Hit, span: tuple[int, int]) -> bool:
        """Whether a verb of calling for or holding (en.class.charter_verb) has for its subject a text that binds or
        proposes (en.class.charter_noun: "The rare accord calls on", "his plan calls for"), its head the last word
        before any preposition or participle, the subject opening no clause of measure ("as the plan calls for"),
        no modal between ("the proposal would call for": what it would do if passed): such a text speaks for what it
        calls for or holds, a document."""
        if span[1] <= span[0] or hit.text.strip() not in self.charter_verbs \
                or set(words_before(r.n, span[0])[-1:]) & self.charter_clauses or set(r.n[span[1]:hit.start].split()) & self.modals:
            return False
        comma = r.n.find(",", hit.end)
        if comma != -1 and any(h.start > comma for h in r.cues["speech"]):
            return False  # "The law calls for the death penalty, prosecutors said": the sentence is theirs
        words = [w.strip(",;:()\"'") for w in r.n[span[0]:span[1]].split()]
        head = next((i for i, w in enumerate(words) if w in self.words.prepositions or w.endswith(_PARTICIPLE_ENDING)),
                    len(words))
        if not 0 < head or words[head - 1] not in self.charter_nouns:
            return False
        # a plan is a text only as its owner's or the one in view ("his plan", "Clinton's plan", "the 10-year
        # plan"), not after a noun that makes it a person's own ("His retirement plan", "game plan")
        before = words[head - 2] if head > 1 else ""
        return words[head - 1] not in self.personal_charters or not before or before in self.words.noun_markers \
            or bool(self.possessive_end.search(before)) or any(c.isdigit() for c in before)

    def _marked(self, r: Reading, span: tuple[int, int]) -> bool:
        """Whether a noun phrase opens with no capital, or with a determiner, or holds a possessive: a name of
        capitals alone does not ("Steven Law", "Law")."""
        words = r.n[span[0]:span[1]].split()
        return bool(words) and (not r.original(*span).lstrip()[:1].isupper() or words[0] in self.words.noun_markers
                                or any(self.possessive_end.search(w) for w in words))

    def _document_subject(self, r: Reading, hit: Hit) -> bool:
        """Whether a verb's subject types as a document, typed against a scratch memory: a subject that is not
        one ("The fight in Nevada") must leave no name remembered, as the verb is then no cue at all. A poll's
        reading (cue.en.poll_reading) asks more: a poll noun (en.class.poll_noun) before any preposition of the
        subject, its head or before a participle ("a CNN-ORC survey released Friday had him at 4 percent"), as a
        report, a lawsuit or a filing reads out no standing ("The report has a chance of being released")."""
        span = self.subject_span(r, hit, False)
        if span[1] <= span[0]:
            return False
        if hit.entry_id == "cue.en.setting_out" and (set(words_before(r.n, span[0])[-1:]) & (self.words.verb_words | {"to"})
                                                     or self._noun_form(r, hit) or self._no_setting_out(r, hit, span)):
            return False  # "Gowdy did not release further details": the "subject" is a verb, the cue word its object
        if hit.entry_id == "cue.en.poll_reading":
            words = r.n[span[0]:span[1]].split()
            head = next((i for i, w in enumerate(words) if w in self.words.prepositions), len(words))
            if not set(words[:head]) & self.poll_nouns:
                return False
        return self.typer.classify(r.original(*span), r.memory.scratch()).type == "document" \
            or self._charter_subject(r, hit, span)

    def _no_setting_out(self, r: Reading, hit: Hit, span: tuple[int, int]) -> bool:
        """Shapes of cue.en.setting_out's verbs that set nothing out: "includes" before a count after a poll noun
        (en.class.poll_noun), its sample ("The poll includes 800 registered voters", "The survey includes 1,005
        adults"; "The newest release includes 64 emails" sets them out, tests/devset/english); "proves" and
        "proved" but before what is proved ("that", a colon or a quotation), else a copula, "turned out" ("The report
        proved wrong", "The study proves nothing about the vaccine"); a word in -s before a finite "be", "have" or a
        modal, or before a participle and "by", a plural noun in a compound ("Survey details are available", "The
        report details were never made public", "The lawsuit documents obtained by CNN show")."""
        n, word = r.n, hit.text.split()[0]
        if word == "includes":
            counted = _COUNT_AHEAD.match(n, hit.end) is not None \
                or (nxt := _WORD_AHEAD.match(n, hit.end)) is not None and nxt.group(1) in self.plural_counts
            return counted and bool(set(r.n[span[0]:span[1]].split()) & self.poll_nouns)
        if word in ("proves", "proved"):
            return self.complement_ahead.match(n, hit.end, hit.end + 80) is None
        nxt = _WORD_AHEAD.match(n, hit.end)
        return word.endswith("s") and nxt is not None and (
            nxt.group(1) in self.words.be | self.modals | {"has", "have", "had"}
            or nxt.group(1).endswith(_PAST_ENDING) and _WORD_AHEAD.match(n, nxt.end()) is not None
            and _WORD_AHEAD.match(n, nxt.end()).group(1) == "by")

    def _participle_after_noun(self, r: Reading, hit: Hit) -> bool:
        """Whether a past form of a document's verb describes the noun before it rather than says what the
        document does: a participle is followed by a preposition or a mark ("The emails highlighted in the report
        were sent", "The book, illustrated by Jane Smith, tells"), a finite verb by its object ("Two other emails
        highlighted the extent")."""
        if not hit.text.strip().endswith(_PAST_ENDING):
            return False
        after = WORD.match(r.n[hit.end:].lstrip())
        return after is None or not after.group()[0].isalnum() or after.group() in self.words.prepositions

    def _named_in_opening(self, r: Reading, frame: int) -> bool:
        """Whether the quotation closed before a frame (`frame`: where its noun phrase starts) lies in an opening
        clause or phrase (closed.en.subordinate_opener, closed.en.preposition) that names it: a title or a phrase,
        no utterance the frame reports ('In the film "Jaws," the audience screamed.', 'After the curtain fell on
        "Hamilton," Pence walked out.', 'When Trump mentioned "Crooked Hillary," the crowd booed.'); a quotation
        opening the sentence, or in a main clause, is ('"Out!" the crowd yelled.', 'He would be a better
        president "no matter what," one user commented.': cue.en.closing_verb)."""
        opened = r.quotes.opened_closing_between(frame - 4, frame)
        first = _FIRST_WORD.search(r.n, 0, opened)
        return first is not None and (first.group() in self.words.prepositions
                                      or self.words.subordinate.match(r.n[first.start():]) is not None)

    def _quick_denied(self, r: Reading, hit: Hit) -> bool:
        """Whether "be quick to" (cue.en.quick_to) states no act that happened: negated ("is not quick to",
        "has never been quick to"), after a modal or "to" ("would be quick to", "should be", "to be quick to") or
        after a denying subject (closed.en.denying_subject: "Few were quick to", "None of the aides were")."""
        words = hit.text.split()
        before = words_before(r.n, hit.start, 3)
        if set(words[1:2]) & self.words.negation or set(before[-2:]) & (self.modals | self.words.negation | {"to"}):
            return True
        span = self.subject_span(r, hit, False)
        subject = r.n[span[0]:span[1]].split()[:2] if span[1] > span[0] else before[-2:-1] or before[-1:]
        return bool(subject) and (subject[0] in self.denying_subject or " ".join(subject) in self.denying_subject)

    def _reported_acts(self, r: Reading) -> None:
        """A speech act of cue.en.speech_act after an earlier verb of saying outside quotations is what that verb
        reports ("Trump boasted that he welcomed the former president", "said in a statement Saturday that he
        congratulated Clinton"; so also, wrongly, after a relative clause: "Juanita Broaddrick, who said ...,
        recounted the incident", left as a stance), and one after a modal was not performed ("Clinton should have congratulated me"):
        each is read as a stance, as before the lexicon was one of speech, its holder left to the stance rules."""
        acts = [h for h in r.cues["speech"] if h.entry_id == "cue.en.speech_act"]
        reported = [h for h in r.cues["speech"] if h.entry_id == "cue.en.quick_to" and self._quick_denied(r, h)]
        if acts:
            saying = [h.end for h in r.cues["speech"] + r.cues["participle"] if not r.inside(h.start)]
            reported += [h for h in acts if any(end <= h.start for end in saying)
                         or set(words_before(r.n, h.start, 2)) & self.modals]
        if not reported:
            return
        for h in reported:
            r.cues["speech"].remove(h)
            r.cues["stance"] = sorted([*r.cues["stance"], Hit(h.start, h.end, h.text, h.entry_id, "stance")],
                                      key=lambda x: x.start)

    def _progressive(self, r: Reading) -> None:
        """"Obama is defending his actions", "Grayson would support later start times": the subject of a verb
        of saying or stance in the progressive (`cue.en.progressive`) or in its base form after a modal or
        "do" (`cue.en.modal`) holds a stance, whichever form of the verb the lexicons list ("defends"); a verb
        of saying in the progressive before what is said ("is predicting that", "He's suggesting that") is one of
        speech (`cue.en.progressive_speech`), its subject the source."""
        n, found, last = r.n, [], self._last_report(r)  # the last speaker, who may report a verb before it
        for m in self.progressive.finditer(n) if "ing" in n else ():
            if m.group(2) and not set(words_before(n, m.start(), 1)) & self.contracting:
                continue  # "Trump's warning": a possessive, not "he's"
            stems = _ing_stems(m.group(3))
            if stems & self.speech_stems and self.complement_ahead.match(n, m.end(), m.end() + 80):
                found.append((m, 3, "cue.en.progressive_speech", "speech"))
            elif self._progressive_act(r, m, stems, last):
                found.append((m, 3, "cue.en.progressive_act", "speech"))
            elif stems & self.verb_stems and not m.group(2):
                found.append((m, 3, "cue.en.progressive", "stance"))
        for m in self.modal.finditer(n):
            if self._withholds(n, m.start(2), m.end()) and not last >= m.end():
                # "wouldn't say when", "did not elaborate."; not "..., the Pentagon said": the Pentagon's sentence
                found.append((m, 2, "cue.en.withheld", "speech"))
            elif m.group(2) in self.verb_stems and m.group(2) not in self.aspectual \
                    and not (m.group(2) in self.modal_events and m.group(1) not in self.do_support) \
                    and self.hypothetical.search(n, max(0, m.start() - 70), m.start()) is None:
                found.append((m, 2, "cue.en.modal", "stance"))
        if not found:
            return
        # the cues a found verb may stand in: a stance in any but a participle's, a speech cue in no stance's either;
        # kept sorted, each looked up by where it starts (a cue is a few words long), linear in the hits found
        spans = {kind: sorted((h.start, h.end) for f, hits in r.cues.items() if f != "participle"
                              and (kind == "stance" or f != "stance") for h in hits) for kind in ("stance", "speech")}
        longest = max((e - s for kind in spans.values() for s, e in kind), default=0)
        added: dict[str, list[Hit]] = {}
        for m, verb, rule, family in found:
            kind = spans["stance" if family == "stance" else "speech"]
            at = m.start(verb)
            near = kind[bisect_left(kind, (at - longest, -1)):bisect_left(kind, (at + 1, -1))]  # starting before it
            if any(e > at for _, e in near):
                continue  # already a cue ("is telling", "would say"); "is saying that" is speech, and "is already
                # claiming victory" a stance, not a participle after a clause
            hit = Hit(m.start(), m.end(), m.group(), rule, family)
            if self._verb(r, hit):
                added.setdefault(family, []).append(hit)
                for key in ("stance",) if family == "stance" else ("stance", "speech"):
                    insort(spans[key], (hit.start, hit.end))
                longest = max(longest, hit.end - hit.start)
        for family, hits in added.items():
            r.cues[family] = sorted([*r.cues[family], *hits], key=lambda h: h.start)

    def _withholds(self, n: str, start: int, end: int) -> bool:
        """Whether the verb at start..end refuses to comment (cue.en.withheld): negated ("wouldn't say", "did not
        elaborate"), and before what was not said or nothing ("say when", "comment on", "elaborate.")."""
        if n[start:end] not in self.withheld or not set(words_before(n, start, 2)) & self.words.negation:
            return False
        refused = _REFUSED.match(n, end)
        return refused is not None and not (refused.group(1) and _THAT_AHEAD.match(n, refused.end()))

    @staticmethod
    def _last_report(r: Reading) -> int:
        """Where the comma before the sentence's last closing report stands (-1: none): a verb of saying or "according
        to" outside quotations, at most _CLOSING_WORDS words after a comma (", CNN reported", ", Clinton's campaign
        said", ", according to CNN"); not a verb deeper in a clause after it (", which would allow lawmakers to
        compare what she told the FBI"). A report whose comma stands after a verb governs the sentence (LABELLING.md):
        a verb read from a stance before it (cue.en.progressive_act, cue.en.withheld) stays a stance."""
        last = -1
        for start in (h.start for family in ("speech", "according", "relay") for h in r.cues[family]):
            comma = r.n.rfind(",", max(0, start - _CLOSING_REACH), start)
            if comma > last and len(r.n[comma + 1:start].split()) <= _CLOSING_WORDS and not r.inside(start):
                last = comma
        return last

    def negation_reports(self, r: Reading, cand: Candidate) -> bool:
        """"McConnell spokesman Don Stewart wouldn't say when, or if, the Senate will vote", "The campaign did not
        elaborate.": a negated verb of saying that refuses to comment (`_withholds`) is a speech act of its subject
        (LABELLING.md: "refuse to comment"); "Trump did not say that he would" stays a side clause, and so does a
        refusal a later speaker reports ("..., the Pentagon said"). Data and documents refuse nothing: "The data do
        not explain why turnout fell" is the writer's analysis."""
        hit = cand.cue
        if cand.typed.type in (None, "document") or not self._withholds(r.n, hit.start, hit.end) \
                or self._last_report(r) >= hit.end:
            return False
        cand.typed.rules = [*cand.typed.rules, "cue.en.withheld"]
        return True

    def _progressive_act(self, r: Reading, m: re.Match, stems: set[str], last: int) -> bool:
        """Whether a participle (its stems; `m` the progressive) is a verb of judgement, appeal or commitment
        (cue.en.progressive_act) with a word after it that is no preposition, unless the term names that particle:
        "is discrediting an earlier report", "is calling for", "is promising them"; a term with "someone" wants an
        object and its particle ("is pressing Schumer to", not "are pressing charges"). Not "The results are
        promising." nor "is pushing into new markets"; not negated ("is not calling for": what Trump is not doing
        is the writer's claim), nor before a speaker who reports it ("..., CNN reported": `_last_report`)."""
        n, end = r.n, m.end()
        after = _WORD_NEXT.match(n, end)
        if after is None or set(n[m.start():m.start(3)].replace("n't", " not").split()) & self.words.negation:
            return False  # nothing after it, or a mark: "are promising." is an adjective; "isn't calling"
        word = after.group(1)
        if any(f"{stem} {word}" in self.progressive_acts for stem in stems):
            return last < end
        held = _OBJECT_THEN.match(n, end)
        if held is not None and any(f"{stem} someone {held.group(1)}" in self.progressive_acts for stem in stems):
            return last < end
        return bool(stems & self.progressive_acts) and word not in self.words.prepositions \
            and last < end

    def _verb(self, r: Reading, hit: Hit) -> bool:
        """False for a cue word that is part of a name ("the United States": capitalised inside the
        sentence, unless the sentence is in Title Case), of a compound ("self-described",
        "sought-after") or of a discourse marker ("All told,", closed.en.saying_marker), or a passive participle ("the poll was released Wednesday", "comparisons were
        made clear"), whose subject is no source. It is False as well for a verb that only a document as its
        subject makes a cue (family speech_document: cue.en.poll_reading, cue.en.evidencing, cue.en.setting_out) when that verb has
        another subject or is a participle after a noun, so that it bars no stance nor frame."""
        n = r.n
        if hit.start > 0 and r.text[r.ns.span(hit.start, hit.end)[0]].isupper() and not _title_case(r.text) \
                and hit.family != "according":  # "(According to the police," ": According to recent polls,"
            return False
        if n[hit.start - 1:hit.start] == "-" or n[hit.end:hit.end + 1] == "-":
            return False
        reach = max(0, hit.start - _MARKER_REACH)
        if any(m.start() <= hit.start < m.end() for m in self.subjects.saying_marker.finditer(n, reach, hit.end + _MARKER_REACH)):
            return False  # "All told, ...", "than, say, Mr. Cruz's plan": the writer's discourse marker (closed.en.saying_marker)
        if not n[:hit.start].strip() and hit.text.strip() in self.questioned and r.text[:1].isupper() \
                and self.subjects.participle_clause.match(n, hit.start) is not None \
                and any(h.start > hit.end for h in r.cues["speech"] + r.cues["stance"]):
            # "Asked about Trump reshaping the map, Reid said": a passive opening the sentence, before the main
            # clause's own verb (not '"...?" asked Bennett, now a conservative radio host', a verb after its
            # quotation; and "Asked which county was his favorite, he demurred" still reports the one asked)
            return False
        if hit.entry_id in _PROGRESSIVE_REPORTS and not _CLAUSE_AHEAD.match(n, hit.end, hit.end + 80):
            return False  # "Apple is reporting earnings", "The ad is showing on three networks": no clause said
        if hit.family == "speech_document" and (self._participle_after_noun(r, hit)
                                                or not self._document_subject(r, hit)):
            return False  # "Clinton's deep support gives her an advantage", "The attack highlights the danger":
            # a document's verb with no document as its subject, or a participle after its noun, is narration
        if self._aspect_of_act(r, hit) or self._response_by_act(r, hit) or self._situates(r, hit) \
                or self._charged(r, hit):
            return False
        if self._put_out(r, hit):
            return False
        before = words_before(n, hit.start, 2)
        if len(before) == 2 and (before[1].endswith(_ADVERB_ENDING) or before[1] in self.between):
            before = before[:1]  # "when he was first asked", "were widely reported"
        return not (hit.text.split()[0].endswith((_PAST_ENDING, "made", "told")) and set(before[-1:]) & self.words.be)

    def _aspect_of_act(self, r: Reading, hit: Hit) -> bool:
        """"Internet gambling continued to be a small saving grace", "Cruz went on to easily defeat his opponent":
        a verb of going on (closed.en.aspectual) before an infinitive tells of the infinitive's event, so it is a
        cue only when that event, or one coordinated with it, is one of saying or stance ("continued to question",
        "went on to say", "went on to promote the show, note that he had bought ...")."""
        return bool(self._bases(hit) & self.aspectual) and self._infinitive_act(r.n, hit.end)

    def _consents_to_act(self, r: Reading, hit: Hit) -> bool:
        """"Ryan and Trump agreed to meet again", "his mother refused to teach him Japanese": a verb of consenting or
        refusing (closed.en.consent_verb) before the infinitive of an act narrates the act; "refused to say" stays
        speech. Its subject is kept as a side attribution, PolNeAR annotating the consent as one."""
        return bool(self._bases(hit) & self.consenting) \
            and self._infinitive_act(r.n, WORD.match(r.n, hit.start).end())  # "refused to" is one cue term

    def _infinitive_act(self, n: str, at: int) -> bool:
        """Whether an infinitive at `at` ("to raise money") names an act: neither it nor a verb coordinated with
        it, or a participle after a comma ("refused to entertain the possibility ..., responding that"), opens a
        cue of saying or stance."""
        event = self.aspect_infinitive.match(n, at)
        if event is None or self._opens_cue(n, event.start(1), {event.group(1)}):
            return False
        rest = _CLAUSE_REST.match(n, event.end()).group()
        verbs = (m.group(1) for m in _COORDINATED_VERB.finditer(rest))
        return not any((_stems(v) | (_ing_stems(v) if v.endswith("ing") else set())) & self.speech_stems for v in verbs)

    def _put_out(self, r: Reading, hit: Hit) -> bool:
        """"The emails released Tuesday included Huma Abedin", "The email, released by Judicial Watch, was sent": a
        verb of putting a text out (closed.en.publishing_act) after a document tells what was done to the document,
        which does not publish. Where a cue follows ("A national poll released Sunday by The Washington Post and ABC
        News shows"), the participle is left to carry the document as that cue's subject would, its whole phrase
        read as one subject."""
        return bool(self._bases(hit) & self.publishing) and self._document_subject(r, hit) \
            and not any(h.start > hit.end for hs in r.cues.values() for h in hs)

    def _bases(self, hit: Hit) -> set[str]:
        """The base forms a cue's first word may be of, regular ("continued") or irregular ("went", "found")."""
        verb = hit.text.split()[0]
        return _stems(verb) | {self.irregular_bases.get(verb)}

    def _situates(self, r: Reading, hit: Hit) -> bool:
        """"The Government Development Bank has found itself at the center of Puerto Rico's financial jam": a verb of
        closed.en.situating_verb before a reflexive pronoun tells where its subject stands, nothing found or said."""
        return bool(self._bases(hit) & self.situating) and self.reflexive.match(r.n, hit.end) is not None

    def _charged(self, r: Reading, hit: Hit) -> bool:
        """"The man accused of purchasing two of the guns", "a prisoner of war now charged with desertion": a verb of
        accusing right before its charge (closed.en.charged_with) has no object, a passive participle; not after
        "has" or a subject pronoun, its object fronted ("whom she has accused of selling pipe dreams", "the GOP
        field who he accused of preying on": an auxiliary not of "be", closed.en.auxiliary less closed.en.be, or
        closed.en.subject_pronoun)."""
        return self.charged_with.match(r.n, hit.start) is not None \
            and not set(words_before(r.n, hit.start, 1)) & (self.perfect | self.words.nominative)

    def _response_by_act(self, r: Reading, hit: Hit) -> bool:
        """"Germany has responded by helping to build a NATO rapid response force", "The DNC responded by abruptly
        blocking Sanders' access": a verb of responding (closed.en.response_verb) whose manner is an act after "by"
        tells what was done, not said; "responded by saying", "by explaining" stay speech."""
        if not self._bases(hit) & self.responses:
            return False
        act = self.response_act.match(r.n, hit.end)
        return act is not None and not self._opens_cue(r.n, act.start(1), _ing_stems(act.group(1)) | {act.group(1)})

    def _opens_cue(self, n: str, start: int, bases: set[str]) -> bool:
        """Whether an event's verb at `start`, of one of these base forms, opens a cue of saying or stance in any
        of its forms, with what follows it: "point out that" (pointed out), "lash out at", "speak of" (spoke of),
        "hammer Clinton over" (hammered), "label the plan a disaster" (labeled), "push for" (cue.en.learned).
        The lexicons' own terms and patterns decide, not a list of verbs kept here."""
        verb = WORD.match(n, start)
        rest = _CLAUSE_REST.match(n, verb.end()).group()
        return any(self.event_cues.starts_at(form + rest, 0) for form in self._forms(bases))

    def _forms(self, bases: set[str]) -> set[str]:
        """The forms a verb of these base forms may take: itself, its pasts and presents, regular ("hammered",
        "labeled", "criticized", "denied") or irregular ("spoke", en.verb.irregular); forms no verb has are
        harmless, no cue spells them."""
        forms = set()
        for base in bases:
            regular = {base, base + "s", base + "es", base + "ed", base + "d", base + base[-1:] + "ed"}
            if base.endswith("y"):
                regular |= {base[:-1] + "ied", base[:-1] + "ies"}
            forms |= regular | set(self.irregular_forms.get(base, ()))
        return forms

    @staticmethod
    def _media_starts(r: Reading) -> frozenset[int]:
        """Where the sentence's cues of family speech_media start, gathered once per state of its cue lists (keyed by
        the lists and their lengths), so that a check per hit costs no pass over all the hits."""
        key = tuple((id(hs), len(hs)) for hs in r.cues.values())
        cached = r.__dict__.get("_media_starts")
        if cached is None or cached[0] != key:
            cached = (key, frozenset(h.start for hs in r.cues.values() for h in hs if h.family == "speech_media"))
            r.__dict__["_media_starts"] = cached
        return cached[1]

    def verb_use(self, r: Reading, hit: Hit) -> bool:
        """False where the cue word is a noun: "Lazar's claims", "the reports", "her plans", "He cited
        reports", "used markers to write notes"."""
        n = r.n
        words = list(WORD.finditer(n, max(0, hit.start - 40), hit.start))[-2:]
        previous = words[-1].group() if words else ""
        lead = words[0].group() if len(words) == 2 else ""  # the word before previous
        lower = bool(lead) and r.text[r.ns.span(*words[1].span())[0]].islower()
        if hit.text.strip().endswith("s") and lead and (
                previous.endswith(_PAST_ENDING) and lead not in self.words.be or lead == "to" and lower):
            # a plural noun after a verb: past ("cited reports"; not a passive: "asked not to be named says")
            # or infinitive ("to write notes"; not a name: "a person close to Trump says")
            return False
        after = _NEXT_WORD.search(n, hit.end)
        if hit.text.strip().endswith(_PAST_ENDING) and _COUNT.fullmatch(previous) and after is not None \
                and not n[hit.end:after.start()].strip() and (noun := _PLURAL_NOUN.match(n, after.start())) \
                and WORD.match(n, after.start()).group() not in self.clause_words | self.words.noun_markers \
                and not self._count_tells(r, hit, noun.end()):
            return False  # "by 271 pledged delegates": a participle between a count and its plural noun modifies it
        if hit.text.strip().endswith("s") and after is not None and not n[hit.end:after.start()].strip() \
                and after.start() in self._media_starts(r):
            # "FEC reports show", "G-III reports show", "Entrance poll estimates show": two finite verbs do not
            # follow each other unjoined, so the first is a plural noun, the document that shows
            return False
        if self._after_plural_count(r, hit, words[-1] if words else None):
            return False  # "in the four states that cast votes"
        if hit.text.strip().endswith("s") and self.plural_relative.match(n, hit.end):
            return False  # "Rust Belt states that have suffered": a plural noun before its relative clause
        if hit.text.strip() in self.naming and self._names_a_thing(r, hit):
            return False  # "a group called Black Votes Matter": a name given, not a verb of saying
        if hit.family == "speech_media" and lead and (
                lead in self.words.object_prepositions and lower or lead.endswith(("'s", "s'")) and not lower):
            # a publishing word heading a noun phrase: "allow for minority reports", "NBC's Today show" (not
            # "the group for veterans says", "the poll's findings show")
            return False
        if previous.endswith(_ADVERB_ENDING) and lead.endswith(("'s", "s'")) and EN_CONTRACTED.fullmatch(lead) is None:
            # "Obama's highly criticized press conference", "the candidate's currently stated policy": a possessor
            # and an adverb before a participle make it an adjective ("Trump's newly installed campaign")
            return False
        return previous not in self.words.noun_markers and (not previous.endswith(("'s", "s'"))
                                                    or EN_CONTRACTED.fullmatch(previous) is not None)  # "she's predicted"

    def _after_plural_count(self, r: Reading, hit: Hit, previous: Optional[re.Match]) -> bool:
        """A cue word in -s right after a plural count (closed.en.plural_count, or a count in figures of two or more
        that is no year) is a plural noun, no verb: a verb in -s agrees with no plural ("in the four states that
        cast votes", "Rubio has broken many promises", "Police receive 911 calls"). Nothing may stand between them
        ("Ramos, 58, says")."""
        if previous is None or r.n[previous.end():hit.start].strip() or not hit.text.split()[0].endswith("s"):
            return False
        word = previous.group()
        return word in self.plural_counts or bool(_COUNT.fullmatch(word)) and not _NO_PLURAL_COUNT.fullmatch(word)

    def _count_tells(self, r: Reading, hit: Hit, noun_end: int) -> bool:
        """"Of the 40 officials surveyed, 12 warned lawmakers that ...": a count opening a clause is its subject
        when what was said follows the plural noun (a complementizer, a colon or a quotation): the noun is the
        hearer, not the thing the participle modifies ("There are 384 pledged delegates at stake")."""
        before = words_before(r.n, r.n.rfind(" ", 0, hit.start - 1) + 1, 1)  # the word before the count
        opens = not before or before[-1].endswith((",", ";", ":")) or before[-1] in self.coordinators
        return opens and self.said_after_hearer.match(r.n, noun_end) is not None

    def _names_a_thing(self, r: Reading, hit: Hit) -> bool:
        """"a website called Real News Right Now": a naming participle after an indefinite noun phrase of one to four
        lower-case words whose head names no person, before a capitalised name or a quotation that nothing is said
        of: after "called Trump" a determiner, a quotation or the name's possessive ("called Trump a liar",
        "called Trump's remarks racist") make the participle a verb of saying again."""
        after = r.ns.span(hit.end, hit.end)[0]
        name = self.name_given.match(r.text, after)
        if name is None or name.group().endswith(("'s", "’s")) or self.said_of_name.match(r.text, name.end()):
            return False
        words = words_before(r.n, hit.start, 5)
        opener = next((i for i in range(len(words) - 2, -1, -1) if words[i] in self.indefinite), None)
        if opener is None:
            return False
        head, inside = words[-1], words[opener + 1:]
        head_end = len(r.n[:hit.start].rstrip())  # however many spaces stand before the participle
        lower = r.text[r.ns.span(head_end - len(head), head_end)[0]].islower()
        return lower and not set(inside) & self.clause_words and head not in self.speaker_nouns \
            and head[-1:].isalpha()  # "Beruff, a Scott ally, called": an aside closed, the verb is the clause's

    def according(self, r: Reading, hit: Hit, verb: Optional[Hit]) -> Candidate:
        if hit.entry_id == "cue.en.in_poll_figure" and not self._poll_figure(r, hit):
            return Candidate(hit, (hit.end, hit.end), Typed(None, rules=[hit.entry_id]))
        span = self.subjects.after(r.n, hit.end, stop_at_boundary=False)
        head = _POLL_HEAD.search(r.n, span[0], span[1]) if hit.entry_id.startswith("cue.en.in_poll") else None
        if head is not None:  # "In a Des Moines Register poll last month,": the poll, not its date
            span = (span[0], head.end())
        span = self._work_in_outlet(r, span)
        cand = self.candidate(r, hit, span)
        untyped = span[1] <= span[0] or cand.typed.type == "unattributed" and "src.unknown" in cand.typed.rules \
            or _DOMAIN.match(r.n, span[0]) is not None  # "Factcheck.org" is no person named Factcheck
        if untyped and r.n[hit.start:hit.end] == "according to" and r.n[span[0]:span[1]] not in self.object_pronouns:
            return self._according_head(r, hit, cand)
        return cand

    def _work_in_outlet(self, r: Reading, span: tuple[int, int]) -> tuple[int, int]:
        """"according to a new article in Politico", "according to a report in the Des Moines Register": a news work
        (en.class.news_work_noun) whose span the walk ended before "in", "by" or "from" takes in the outlet named
        right after it, so that the work speaks as that outlet (EnglishSpans._news_work); any other phrase after it
        stays out ("a report in March", "a report by the State Department"), and so does an outlet's name that
        more capitalised words go on ("a report from Bloomberg New Energy Finance")."""
        words = r.n[span[0]:span[1]].split()
        after = self.in_outlet.match(r.n, span[1]) if words and words[-1] in self.span_grammar.news_works else None
        if after is None:
            return span
        opens = after.start(1) if after.group(1) else after.end()  # the outlet's name may hold its article ("The Hill")
        outlet = next((h for h in self.typer.hits(r.n[opens:])["outlet"] if opens + h.start in (opens, after.end())), None)
        if outlet is None or self.span_grammar.name_goes_on(r.text, r.ns.span(opens + outlet.end,
                                                                              opens + outlet.end)[0]):
            return span  # "in Bloomberg New Energy Finance", "by Fortune 500 companies": another body's name
        return (span[0], opens + outlet.end)

    def _poll_figure(self, r: Reading, hit: Hit) -> bool:
        """A poll after "in" inside a sentence is its source when its respondents or what it measures come right
        before it and the sentence gives a figure ("Fifteen percent of voters in the poll were undecided", "38
        percent support in a Fox poll"); one after a figure alone ("tied for fifth at 5% in the poll") PolNeAR's
        annotators left unmarked about half the time."""
        before = words_before(r.n, hit.start)[-1:]
        return bool(before) and (before[0] in self.respondents or before[0] in self.poll_measures) \
            and any(p.search(r.n) for p in self.figure_patterns)

    def _according_head(self, r: Reading, hit: Hit, cand: Candidate) -> Candidate:
        """"according to" names a source even where no lexicon types the phrase after it: a work by its quoted
        title, a web site by its domain, a phrase by its head noun (records and counts are documents, outlets
        by their kind media, people an unnamed source), a capitalised name a body (media if an outlet), and
        anything else an unnamed source marked unresolved, its span still placed (attr.according.head)."""
        n = r.n
        words, title = self.subjects.according_phrase(n, hit.end, r.quotes)
        if title is not None:
            return Candidate(hit, title, Typed("document", name=r.original(*title), rules=["attr.according.title"]))
        if not words:
            return cand
        first = r.original(*words[0])
        domain = _DOMAIN.fullmatch(n, *words[0]) if len(words) == 1 else None
        if domain is not None:
            outlet = lookup_domain(domain.group(1), self.rules)  # "edition.cnn.com" is CNN
            typed = Typed("media", name=outlet.name, rules=[outlet.id, "attr.according.domain"]) if outlet else \
                Typed("named_organization", name=first, rules=["attr.according.domain"])
            return Candidate(hit, words[0], typed)
        for i in range(len(words) - 1, -1, -1):
            word = n[words[i][0]:words[i][1]].removesuffix("'s")
            kind = next(((t, entry) for t, entry, terms in self.according_heads if word in terms), None)
            if kind is not None:
                span = (words[0][0], words[i][1])
                return Candidate(hit, span, Typed(kind[0], name=r.original(*span) if kind[0] != "anonymous" else None,
                                                  role=r.original(*span) if kind[0] == "anonymous" else None,
                                                  rules=[kind[1], "attr.according.head"]))
        span = (words[0][0], words[-1][1])
        named = [r.original(a, b) for a, b in words if n[a:b] not in self.words.noun_markers]
        if named and all(w[:1].isupper() for w in named):  # "the Independent Journal"
            outlet = self.typer.search("outlet", n[span[0]:span[1]])
            typed = Typed("media", name=outlet.value.name, rules=[outlet.entry_id, "attr.according.name"]) if outlet \
                else Typed("named_organization", name=r.original(*span), rules=["attr.according.name"])
            return Candidate(hit, span, typed)
        return Candidate(hit, span, Typed("anonymous", role=r.original(*span), rules=["src.unresolved", "attr.according.head"]))

    def publishes(self, r: Reading, hit: Hit, cand: Candidate) -> bool:
        """A publishing verb that a person can be the subject of: "reported" ("a local pediatrician
        reported unusually high lead levels"), any of them before "that" ("the inspector found that") or a clause
        whose "that" is left out ("Ryan has indicated he has no plans", attr.published.zero_that), and a
        verb of saying among them framing a quotation ('"...," Blackwell concluded', 'He concluded, "There'), a verb of
        concluding before a colon or a comma with a subject that can speak (en.class.conclusion_verb). A name
        after "the" that reported is a paper, and is typed so here."""
        n, verb = r.n, hit.text.strip()
        if verb in self.outlet_verbs and cand.typed.bare_name \
                and self.paper_name.fullmatch(r.original(*cand.span)):  # "The Tennessean first reported": a paper
            self._as_publication(r, cand, "en.class.outlet_verb")
        framed = verb in self.subjects.quotative and (
            n[:cand.span[0]].rstrip().endswith('"') or _QUOTE_AFTER.match(n, hit.end) is not None)
        if self._concludes(n, hit, cand):
            cand.typed.rules = [*cand.typed.rules, "en.class.conclusion_verb"]
            return True
        if cand.typed.type is None:
            return False
        if verb in ("reported", "reports") or n.startswith(" that ", hit.end) or framed:
            return True
        subject = n[cand.span[0]:cand.span[1]]
        if verb.split()[-1] not in self.zero_that_verbs or self.zero_that.match(n, hit.end) is None \
                or set(words_before(n, hit.start)[-1:]) & self.infinitive \
                or _POSSESSIVE.search(subject) or cand.typed.bare_name and len(subject.split()) == 1 \
                or set(n[:cand.span[0]].split()) & self.complementizers:
            # not an infinitive ("pressure to show she can"), a thing a person has ("Clinton's aggressive attack on
            # Trump indicates she is"), one word typed a name by its capitals alone ("Projections suggest it would"),
            # nor inside a reported clause ("Schlafly also noted that Reagan and Trump have shown they are willing")
            return False
        cand.typed = replace(cand.typed, rules=[*cand.typed.rules, "attr.published.zero_that"])
        return True

    def in_print(self, r: Reading, cand: Candidate) -> Optional[str]:
        """"She also recently wrote a New York Times opinion piece on pay inequity and sexism.", "Baker wrote the
        letter Feb. 2 to the State Department's acting legal adviser.": a verb of composing (closed.en.composing_verb)
        before a work it made, a noun phrase after a determiner, is the writer's narration of an act when nothing
        after it to the sentence's end may report what the work says; the writer stays an attribution in the
        sentence (PolNeAR annotates about half of them). Unsure, and so a cue as before: "that", a quotation, a
        colon, a relative or a participle of saying or stance after the work ("wrote an op-ed urging Congress to", "wrote a letter to
        Zucker asking that", "wrote a book in which he exposes"). The rule id that reads it so, or None."""
        hit = cand.cue
        if hit.text.split()[-1] not in self.composing_verbs:
            return None  # asked first: the rest of the sentence is read for a verb of composing only, not per cue
        after = r.original(hit.end, len(r.n)).split()
        if not after or after[0].lower() not in self.words.noun_markers:
            return None
        if ":" in r.n[hit.end:] or self.reports_clause(after) \
                or any(w.lower() in self.relatives or w.startswith(_QUOTE_OPENING) for w in after):
            return None
        if any(self._opens_cue(r.n, m.start(), _ing_stems(m.group()) | {m.group()})
               for m in _ING_WORD.finditer(r.n, hit.end)):
            return None  # "urging", "asking", "mocking": what the work says; not "acting legal adviser". Not r.cues:
            # cue.en.participle lists few -ing forms ("mocking GOP state leaders" opens cue.en.say's "mocked" alone)
        return "closed.en.composing_verb"

    def controlled(self, r: Reading, cand: Candidate) -> bool:
        """"will force Senator Warren to acknowledge that ...": the object of a control verb is the
        infinitive's subject, but has said nothing yet, so it does not attribute the sentence."""
        before = words_before(r.n, cand.span[0])
        return bool(before) and before[0] in self.subjects.controllers and words_before(r.n, cand.cue.start) == ["to"]

    def opinion_holders(self, r: Reading, editorial_end: int, agentless: list[Hit]) -> list[Candidate]:
        """"Some Democratic strategists fear that", "In fact, Ted Cruz thinks Rubio's status ...": a belief
        (en.class.belief_verb) whose holder opens the main clause is theirs, as LABELLING.md's opinion verbs
        with an explicit subject; not one in a clause of "that", "if" or a relative ("the kind of jurist many
        Republicans fear"), nor a wish or intention ("Palestinians want East Jerusalem"). A holder "he", "she" or
        "they" is whom it stands for ("But he fears it has lost its swagger" after Singh said; the engine reads the
        pronoun as any continuation's); "I" and "we" are a quoted speaker's own words, no holder. Agreeing,
        estimating, judging and worrying (en.class.group_stance_verb: "Most Democrats agree that", "advocates
        estimate") are held only by an unnamed group of people, the anonymous source LABELLING.md names, or of
        officials ("Some RNC leaders agree", typed anonymous_official as its "diplomats" are). A state of mind
        before "that" (cue.en.belief_state: "The senator's advisers were optimistic that") is a belief, and so is
        recognizing or realizing that (cue.en.coming_to_believe: "Local leaders now recognize that")."""
        out = []
        for hit in r.cues["opinion"]:
            verb = hit.text.strip()
            belief = verb in self.beliefs or hit.entry_id in _BELIEF_CUES
            if not belief and verb not in self.group_stances or r.inside(hit.start) or hit.start < editorial_end \
                    or any(a.start <= hit.start < a.end for a in agentless) or not self.verb_use(r, hit):
                continue
            cand = self.speaker(r, hit, inverted=False)
            pronoun = cand.typed.type is None and r.n[cand.span[0]:cand.span[1]].strip().lower() in self.third_persons
            if not belief and cand.typed.type not in UNNAMED_GROUPS:
                continue  # "Clinton agreed", "he estimates": only an unnamed group holds a stance by these alone
            if cand.span[1] > cand.span[0] and (cand.typed.type not in (None, "unattributed") or pronoun) \
                    and (self._opens_main_clause(r.n, cand.span[0]) or self._aside(r.n, cand.span[0], hit.end)) \
                    and (held := self._believes(r, hit, cand.span)) is not None:
                cand.typed.rules = [*cand.typed.rules, *held, "attr.opinion_holder"]
                out.append(cand)
        return out

    def _believes(self, r: Reading, hit: Hit, span: tuple[int, int]) -> Optional[list[str]]:
        """Whether the verb is a belief held by the phrase right before it: nothing between them but adverbs
        ("Republicans still believe"; not "Audiences can expect", "did hope"), no verb of speech inside the
        phrase ("Weaver, said Sanders believes") nor after a comma ("Hillary Clinton thinks ..., former
        President Bill Clinton said": what he reports), no relative ("Candidates who think ... are dangerously
        wrong"), no possessor ("The government's only hope") and no object but a clause (en.class.belief_object:
        "hope to", "fear for their safety", "a liberal think tank"), nor a dash, a heading over another's words
        ("Pollsters agree - Carl Bialik: ..."). A perfect auxiliary may stand before a past participle ("President
        Obama has deemed", "Clinton's team had hoped that"; not after a modal: "may have thought"). An aside
        between commas is stepped over, as
        a speaker's is ("Jeb Bush, who has been more successful raising money, hopes", "Sanders, meanwhile,
        believes"), unless it reports speech ("Sanders, Weaver said, believes"). Not a holder after an inverted
        auxiliary ("Had Clinton considered the server a risk, she would have": a condition). None if not held, else
        the rule ids of the reading (en.class.perfect_auxiliary, attr.opinion_holder.aside_head)."""
        n = r.n
        if self._inverted_auxiliary(n, span[0]):
            return None  # "Had Clinton considered": an inverted condition or question, nothing held
        aside = _ASIDE.match(n, span[1], hit.start)
        stepped = aside is not None and not any(aside.start() <= h.start < aside.end() for h in r.cues["speech"])
        between = WORD.findall(n, aside.end() if stepped else self._past_appositive(n, span), hit.start)
        after = WORD.search(n, hit.end)
        verb, rules = hit.text.strip(), []
        if not verb.endswith(("s", "d")) and verb != "thought" and hit.entry_id != _BELIEF_STATE:
            # "Constitutionalists, like Texas Sen. Ted Cruz, consider": the plural verb agrees with the head before
            # an aside the span holds (its last comma closes no name: "Rubio and Cruz, the two senators")
            if not self._plural_word((words_before(n, span[1]) or [""])[0]):
                head_end = n.find(",", span[0], span[1])
                if head_end < 0 or not self._plural_word((words_before(n, head_end) or [""])[0]):
                    return None  # the plural verb after no plural ("Monte Haines holds little hope"): a noun
                rules.append("attr.opinion_holder.aside_head")
        perfect = verb.endswith("ed") or verb == "thought"  # "has deemed", "had hoped": held, as "deemed" is
        if perfect and any(w in self.perfect_auxiliaries for w in between):
            rules.append("en.class.perfect_auxiliary")
        return rules if all(w.endswith(_ADVERB_ENDING) or w in self.between or perfect and w in self.perfect_auxiliaries
                   for w in between) \
            and not n[span[0]:span[1]].endswith(("'s", "s'")) \
            and (hit.entry_id == _SEE_PROSPECT or not self._object(n, verb, after)) \
            and not (_DASH_AFTER.match(n, hit.end) and not ends_before(n, span[0], ",")) \
            and not any(span[0] <= h.start < span[1] or h.start > hit.end and "," in n[hit.end:h.start]
                        for h in r.cues["speech"]) \
            and (words_before(n, hit.start) or [""])[0] not in self.words.relatives else None

    def _plural_word(self, word: str) -> bool:
        return word.endswith("s") or word in self.plural_heads

    @staticmethod
    def _past_appositive(n: str, span: tuple[int, int]) -> int:
        """Where the words between a holder and its belief start: past the comma closing an appositive that the
        holder's span keeps ("Bobby Franklin, the president of the National Venture Capital Association, thinks",
        "Mr. Rubio, a career politician who is running as a next-generation leader, hopes"), as past an aside."""
        closing = _CLOSING_COMMA.match(n, span[1])
        return closing.end() if closing is not None and "," in n[span[0]:span[1]] else span[1]

    def _object(self, n: str, verb: str, after: Optional[re.Match]) -> bool:
        """Whether what follows a belief or stance verb is its object, not a clause it holds: a preposition or an
        infinitive (en.class.belief_object: "fear for their safety", "hope to"), the question a group agrees on
        (en.class.stance_question: "disagree on what", not "disagreed over the weekend that") or the noun a group
        agrees as an act (en.class.act_object_verb: "EU leaders agree new sanctions")."""
        if after is None:
            return False
        word = after.group()
        if word in self.belief_objects:
            return True
        if f"{verb} {word}" in self.stance_questions:
            return not self._time_phrase(n, after.end())
        return verb in self.act_object_verbs and not self._clause_follows(n, after)

    def _time_phrase(self, n: str, start: int) -> bool:
        """Whether a time phrase opens at `start` ("the weekend", "Tuesday", "the past week"): its words
        (closed.en.time_phrase) up to a time word (src.time.en)."""
        for m in WORD.finditer(n, start):
            word = m.group().strip(".,;:")
            if self.typer.time_or_plural(word):
                return True
            if word not in self.words.time_phrase:
                return False
        return False

    def _clause_follows(self, n: str, first: re.Match) -> bool:
        """Whether a clause follows a verb of agreeing, not a noun it takes as its object: "that", "with"
        (en.class.agreement_opener) or a subject pronoun first, nothing, or a finite verb or a negation before the
        next punctuation ("agree it will be", "agree Sanders' math doesn't add up"; not "agree new sanctions against
        Russia")."""
        if first.group().strip(".,;:") in self.agreement_openers:
            return True
        end = _CLAUSE_END.search(n, first.start())
        words = n[first.start():end.start() if end else len(n)].split()
        return not words or any(w in self.words.verb_words for w in words)

    @staticmethod
    def _aside(n: str, start: int, end: int) -> bool:
        """Whether holder and verb stand between commas inside the sentence, an aside about the whole of it, as a
        speaker's "X said" may ("at that point, many strategists think, Trump would be", "an indication, some
        people in Trump world believe, that Cruz"), or closing it ("the recovery might have been far less
        sluggish, they argue.", "it's a two-way street, they insist.") or the clause before a dash ("that won't
        happen, they believe - but how"; politico_2016-06-14, politico_2016-03-10, breitbart_2016-01-10)."""
        return ends_before(n, start, ",") and (n.startswith(",", end) or _ASIDE_CLOSE.match(n, end) is not None)

    def _opens_main_clause(self, n: str, start: int) -> bool:
        """Whether a subject opens the sentence's main clause: nothing before it but conjunctions ("But some
        Democratic strategists"), or a phrase of a preposition or an adverb up to a comma ("In fact, Ted Cruz",
        "In England, France, Sweden and Norway, Jews") or a fronted clause (en.class.fronted_clause_opener:
        "Despite the math, some Democrats", "Unless there is ..., strategists"); not "If Republicans ...," nor a
        clause, "The sitting
        justice ... is Sonia Sotomayor, exactly the kind of jurist many Republicans fear"). A word alone before
        the comma is read without it ("Now, Republicans believe", "Privately, some Democratic officials think")."""
        first = self._first_past_openers(n, start)
        return first is None or ends_before(n, start, ",") and (first in self.words.prepositions
                                                                or first in self.fronted
                                                                or first.endswith(_ADVERB_ENDING))

    def _first_past_openers(self, n: str, start: int) -> Optional[str]:
        """The first word before `start` past the openers `_past_openers` steps over, without its comma, or None:
        read word by word up to it, so a long sentence's many subjects are not each read from its beginning."""
        words = (m.group().rstrip(",") for m in WORD.finditer(n, 0, start))
        return next((w for w in words if w not in self.main_openers), None)

    def _past_openers(self, before: list[str]) -> list[str]:
        """The words before a subject past the conjunctions and conjunctive adverbs opening the sentence
        (en.class.main_clause_opener), with or without their comma: "But", "Still,", "However," ("However,
        analysts believe": the adverb links the sentence to the one before and opens no clause of its own)."""
        while before and before[0].rstrip(",") in self.main_openers:
            before = before[1:]
        return before

    def relay(self, r: Reading, hit: Hit) -> list[Candidate]:
        """'X quoted Y as saying': the relay before the verb, the speaker right after it."""
        n = r.n
        outer_span = self.subjects.subject(n, hit, r.quotes)
        start = max(outer_span[1], hit.end)
        marker = _NEXT_WORD.search(n, start, min(len(n), start + 40))
        if marker is None:
            return []
        return self.relay_pair(r, hit, outer_span, marker, self.subjects.after(n, marker.start()))

    def participle(self, r: Reading, hits: list[Hit]) -> Optional[Candidate]:
        """'Judge X imposed a sentence, saying ...' (or "- saying", a dash: attr.participle_adjunct): the participle
        reports the speech of the clause's subject; "Noting that both battled the media, Schlafly put her finger on ...": a participle
        opening the sentence reports the speech of the subject after its clause. The first participle that is
        one of these is read ("Priebus is even calling fundraisers himself, asking them": not "calling")."""
        return next((c for c in (self._participle(r, h) for h in hits) if c is not None), None)

    def _participle(self, r: Reading, hit: Hit) -> Optional[Candidate]:
        n = r.n
        opening = not n[:hit.start].strip()
        dashed = False
        if opening and n.find(",", hit.end) != -1:
            comma = n.find(",", hit.end) + 1
            span = self.subjects.clause_subject(n, r.ns, r.text, comma, min(len(n), comma + 80))
        elif not n[:hit.start].rstrip().endswith((",", ",''", ',"')) and \
                not set([w for w in n[:hit.start].split() if not w.endswith(_ADVERB_ENDING)][-1:]) & (self.words.be | self.gerund) \
                and not (dashed := _DASH_BEFORE.search(n, max(0, hit.start - 4), hit.start) is not None):
            return None  # "rivals promising upheaval": a modifier, not a clause ("X, saying", "X ... by saying") or a verb ("X is saying")
        elif dashed and (_DASH_AFTER.search(n, hit.end) is not None or n.rstrip(" \"'”’)").endswith("?")):
            # "Trump's tweet — claiming millions voted illegally — drew criticism": an aside inside the subject, set
            # off by a pair of dashes; "Is Trump serious — suggesting ...?": a question (session-43 review)
            return None
        else:
            span = self.subjects.clause_holder(n, r.ns, r.text, 0, hit.start)
        if span[1] <= span[0] or (span[1] > hit.start and not opening):
            return None
        span = self._possessor_phrase(r, span)
        cand = self.candidate(r, hit, span)
        if words_before(n, hit.start)[-1:] and words_before(n, hit.start)[-1] in self.gerund and (
                set(n[span[1]:hit.start].split()) & self.modals or cand.typed.type not in (*PERSON_TYPES, "named_organization")):
            # "Court clerks would be allowed to deny licenses by asserting": what may be said, not what was; and a
            # clause's subject read as its opening capitals is a name only ("While Republican", "Two weeks after")
            return None
        described = self._described(r, span) if "src.unknown" in cand.typed.rules else None
        if dashed:  # "Marco Rubio flipped his choice on the spot - saying": set off by a dash as by a comma
            cand.typed = replace(cand.typed, rules=[*cand.typed.rules, "attr.participle_adjunct"])
        if described is not None and ends_before(n, hit.start, ","):
            # "The departments declined to provide any documentation ..., saying": a description no lexicon types
            # holds the participle as it would a verb of saying (attr.description_subject)
            cand.typed = described
        return cand if cand.typed.type != "unattributed" else None

    def _coordinated_participle(self, n: str, pos: int) -> bool:
        """Whether the participle at `pos` is coordinated (closed.en.coordinator) with one after a comma or a gerund's
        preposition ("Biden hit the campaign trail, trashing Trump as unqualified and accusing him of", "Limbaugh
        began by crediting Trump for his instincts and urging him"): its clause's subject holds it (`_side_participles`)."""
        before = words_before(n, pos, 1)
        if not before or before[0] not in self.coordinators:
            return False
        joined = n.rfind(" " + before[0], 0, pos)
        first = _COORDINATED_ING.search(n, max(0, joined - _COORDINATED_REACH), joined)
        if first is None or first.group(2) in self.ing_no_participle or first.group(1) is not None and first.group(1) not in self.gerund:
            return False
        clause = n[max(0, n.rfind(";", 0, first.start()) + 1):first.start()].split()
        # "Voters heard Trump on the radio, ranting ... and claiming": the participles describe the verb's object
        return not set(clause) & self.object_predicate_verbs

    def _possessor_phrase(self, r: Reading, span: tuple[int, int]) -> tuple[int, int]:
        """A participle's subject read as a possessor's capitalised name, with the people or body it has after it
        ("Trump's campaign immediately backtracked, saying": the campaign, not Trump); a possessor's other things
        stay out ("Trump's tweets"), as in _described."""
        m = self.possessed_after.match(r.n, span[1])
        if m is None:
            return span
        return (span[0], m.end(1)) if self._people_head(m.group(1).rsplit(" ", 1)[-1]) else span

    def _people_head(self, head: str) -> bool:
        """Whether a possessor's thing is people or a body ("campaign", "associates", "banks"), which speak, and
        not its other things ("tweets"), which do not."""
        return head in self.possessed_people or bool({head, head.removesuffix("s")} & self.bodies)

    def _described(self, r: Reading, span: tuple[int, int]) -> Optional[Typed]:
        """The type of a phrase no lexicon types as a description (attr.description_subject): a document if it ends
        with a record's noun, whatever opens it ("Trump's statement said", "the note says", "a screen image captured
        by Outsports.com showed"); else people with no name; one opened by a possessor is people only if it ends with
        a noun of people or of a body ("Romney's associates", "His representatives", "Canada's biggest banks"); a
        possessor's other things are no one's voice ("Trump's tweets said", "their smiles said a lot")."""
        phrase = r.n[span[0]:span[1]]
        if self.description.fullmatch(phrase) is None or not self._people_description(phrase):
            return None
        head = phrase.rsplit(" ", 1)[-1]
        kind, rule, nouns = self.according_heads[0]
        if head in nouns:  # "Trump's statement said", "the note says", "a screen image ... showed": a record's words
            return Typed(kind, name=r.original(*span), rules=["attr.description_subject", rule])
        if self.possessed.match(phrase) is None or self._people_head(head):
            return _description(r, span)
        return None

    def _people_description(self, phrase: str) -> bool:
        """Whether a description is short (up to three words after its determiner) or, at four, names people by its
        head: its last word or the noun before a preposition ("The billionaire real estate magnate", "the top aide
        to the governor"); a longer phrase of things is no one's voice ("The look on his face said it all", "The
        tone of the speech suggests")."""
        if self.short_description.fullmatch(phrase):
            return True
        words = phrase.split()
        cut = next((i for i, word in enumerate(words) if i > 1 and word in self.words.prepositions), len(words))
        return self._people_head(words[cut - 1])

    def person_anaphor(self, pronoun: str) -> bool:
        return pronoun.startswith("the ")  # "the Republican"

    def referent(self, pronoun: str) -> Optional[str]:
        return _REFERENTS.get(pronoun) or super().referent(pronoun)

    def stance_noun_holder(self, r: Reading, hit: Hit) -> tuple[int, int]:
        """Its possessor ("Sanders' belief"), or for an agent noun (cue.en.stance_noun_agent) the noun's own phrase."""
        return self.subjects.holder(r.n, hit, possessor=hit.entry_id != "cue.en.stance_noun_agent")

    def noun_cue(self, r: Reading) -> Optional[Candidate]:
        """"Rubio's response was that ...": a speech act's noun whose content follows carries the claim, and its
        possessor said it (family speech_noun, cue.en.possessed_answer); read when no verb names a speaker."""
        for hit in r.cues["speech_noun"]:
            span = self.subjects.holder(r.n, hit)
            if span[1] > span[0] and not r.inside(hit.start):
                cand = self.candidate(r, hit, span)
                if cand.typed.type not in (None, "unattributed"):
                    cand.typed.rules = [*cand.typed.rules, "attr.speech_noun"]
                    return cand
        return None

    def outlet_via(self, r: Reading) -> list[Via]:
        """"In an interview with The Washington Post, Sanders said", "said on CNN's State of the Union",
        "wrote in The New York Times"."""
        n = r.n
        for m in _OUTLET_OPENER.finditer(n):
            if any(a < m.start() < b for a, b in r.quotes) or (m.group().strip() == "on" and not self._on_air(r, m.start())):
                continue
            hit = self.rules.outlet_names.search(n, m.end(), min(len(n), m.end() + 40))
            if hit is not None and not n[m.end():hit.start].strip("\"'"):  # 'on "Meet the Press"': a show in quotes
                end = hit.end + (n[m.end():hit.start].strip() != "" and n[hit.end:hit.end + 1] in "\"'")
                if m.group("named_first"):  # "in the CNN interview": the outlet before the interview
                    after = _INTERVIEW_AFTER.match(n, hit.end)
                    if after is None:
                        continue
                    end = after.end()
                kind = "state_media" if hit.value.kind == "state" else "media"
                return [Via(name=hit.value.name, type=kind, evidence=r.original(m.start(), end),
                            rules=[hit.entry_id, "attr.relay.outlet"])]
        return []

    def _on_air(self, r: Reading, pos: int) -> bool:
        """"on" an outlet is where a source spoke when it follows a verb of saying or appearing, closely
        ("said on CNN", "said just after midnight on CNN", "appearing on") or opens the sentence ("Sunday on
        Fox News", "On CNN Tuesday"); not "a film broadcast on Univision", "debate on ABC's show" (cue.en.on_air)."""
        before = words_before(r.n, pos, _ON_AIR_REACH)
        if len(before) < _ON_AIR_REACH and not any(w.endswith(",") for w in before):
            return True
        near = r.n.rfind(" ", 0, pos - 1 - len(" ".join(before)))
        spoken = any(near <= h.end <= pos and '"' not in r.n[h.end:pos]  # 'a film called "X" on Univision'
                     for family in ("speech", "participle") for h in r.cues[family])
        return spoken or bool(set(before) & self.on_air)

    def described_hearer(self, evidence: str, told_words: int) -> Optional[tuple[Typed, str]]:
        """"told Britain's ITV television station", "told radio host Hugh Hewitt": the kinds of outlet and of
        journalist of rules/en/media.yaml (lang/en_hearer.py)."""
        return self.hearer_kinds.relay(evidence, told_words)

    def said_opens(self, n: str, start: int, stop: int) -> Optional[int]:
        said = _SAID_OPENS.search(n, start, stop)
        return said.start() if said is not None else None

    def stance_candidate(self, r: Reading, hit: Hit) -> Candidate:
        """"Rubio has railed against Christie, taking aim at ...": a participle after a comma is the
        clause subject's, as "saying" is. No holder after an inverted perfect auxiliary (en.class.perfect_auxiliary:
        "Had Clinton considered the server a risk, she would have shut it down", a condition)."""
        if hit.entry_id in ("cue.en.to_holder", "cue.en.perspective_for"):
            return self._to_holder(r, hit)
        if self._strict(hit):
            cand = self.speaker(r, hit, inverted=False)
            if not self._strict_holder(r, hit, cand, hit.entry_id in self.strict_holder_stances):
                cand.span = (hit.start, hit.start)
            return cand
        if hit.text.split()[0].endswith("ing") and ends_before(r.n, hit.start, ","):
            return self.candidate(r, hit, self.subjects.clause_subject(r.n, r.ns, r.text, 0, hit.start))
        cand = self.speaker(r, hit, inverted=False)
        if self._inverted_auxiliary(r.n, cand.span[0]):
            cand.span = (hit.start, hit.start)  # "Had Clinton considered the server a risk, she": inverted, a condition
        return cand

    def _inverted_auxiliary(self, n: str, start: int) -> bool:
        """Whether a perfect auxiliary (en.class.perfect_auxiliary) stands right before the subject opening at
        `start`, inverted: "Had Clinton considered the server a risk, she would have": a condition or a question,
        which holds nothing (`_believes`, `stance_candidate`)."""
        return (words_before(n, start) or [""])[0] in self.perfect_auxiliaries

    def _strict(self, hit: Hit) -> bool:
        """Whether a stance's holder is read strictly (en.class.strict_holder_stance): a hit of those lexicons, or
        one whose words open with one of their terms ("weighed in on", cue.en.learned: "Has Clinton weighed in on
        the bill yet?" is as much a question as "Has Clinton weighed in with her support?")."""
        return hit.entry_id in self.strict_holder_stances or (hit.text.strip() + " ").startswith(self.strict_holder_terms)

    def _strict_holder(self, r: Reading, hit: Hit, cand: Candidate, full: bool = True) -> bool:
        """Whether a stance of en.class.strict_holder_stance has a holder read strictly: a person, a he/she/they or
        a named organisation opening its clause right before the predicate ("Gov. McCrory filed a complaint",
        "Clinton weighed in with her support"); not after a modal, "to" or "be", not in a question or a relative
        clause, not a phrase of more than six words or with a comma (the walk having crossed a clause)."""
        n = r.n
        span = cand.span
        if span[1] <= span[0] or span[1] > hit.start:
            return False
        between = n[span[1]:hit.start].split()
        if not full:  # a longer term of another lexicon ("weighed in on"): its own holder, but no modal, question
            # nor relative clause ("Clinton would have weighed in on", "Has Clinton weighed in on ... ?")
            return not (set(between) & (self.modals | self.words.be | {"to"}) or n.find("?", hit.end) >= 0
                        or self.subjects.in_relative_clause(n, hit))
        if any(w not in self.holder_between and not w.endswith(_ADVERB_ENDING) for w in between):
            return False
        if n.find("?", hit.end) >= 0:
            return False
        if self.subjects.in_relative_clause(n, hit):
            return False
        text = n[span[0]:span[1]].strip()
        words = text.split()
        if len(words) > 6 or "," in text or set(words) & self.words.relatives:
            return False
        last = words_before(n, span[0])  # the word before, read without copying the sentence before it
        if last and last[0][-1] not in ",;:—–(\"“'‘" and last[0] not in self.holder_openers:
            return False
        if cand.typed.type is None:
            return text in self.words.personal_pronouns or text in self.words.plural_pronouns
        return cand.typed.type in (*PERSON_TYPES, "named_organization", "anonymous_official")

    def _to_holder(self, r: Reading, hit: Hit) -> Candidate:
        """"To Sharp, Trump is ...", "To many, ...", "For most Democrats today, ...": the noun phrase between an
        opening "to" or "for" and its comma (cue.en.to_holder, cue.en.perspective_for) holds the view that
        follows when it is one: written with a capital (a name, "To Sharp," not "To win"; not in a headline's
        Title Case), opened by a determiner or quantifier ("To a lot of readers,"), or a single word typed as a
        source ("To others,"); after "for", not when it names a time, quantity or aside ("For years,")."""
        n = r.n
        end = n.find(",", hit.end)
        first = WORD.search(n, hit.end, end)
        none = Candidate(hit, (hit.start, hit.start), Typed("unattributed", rules=[hit.entry_id]))
        if first is None or hit.entry_id == "cue.en.perspective_for" and self._no_holder_for(r, first, end):
            return none
        span = (first.start(), end)
        capital = r.text[r.ns.span(*first.span())[0]].isupper() and not _title_case(r.text)
        if not (capital or first.group() in self.openers | self.words.noun_markers or first.end() == span[1]):
            return none  # "To win"
        cand = self.candidate(r, hit, span)  # typed only now: typing remembers names
        if cand.typed.type not in _FRONTED_HOLDER_TYPES[hit.entry_id]:
            cand.span = (hit.start, hit.start)
        return cand

    def _no_holder_for(self, r: Reading, first: re.Match, end: int) -> bool:
        """Whether the phrase after "For" holds no view: PolNeAR's annotators mark a quantified group of people
        ("For most Democrats today,", "For many activists,": en.class.quantifier and a noun), seldom a bare
        quantifier ("For many,"), a name ("For Trump," is mostly what is at stake for him) or a party; not when the head, its words before a
        preposition or relative, names a time, quantity or aside (en.class.for_not_holder: "For most of the
        Cold War,", "For one,"), what follows the head may ("For many who lived through the Cold War era,");
        nor a group a poll's figures are given for ("For Cruz backers, support is roughly as strong, at 73
        percent": attr.continuation.poll_figures, attr.continuation.findings)."""
        n = r.n
        if first.group() not in self.quantifiers or first.end() == end \
                or any(p.search(n, end) for p in self.figure_patterns):
            return True
        head = []
        for word in WORD.finditer(n, first.start(), end):
            if word.group() in self.head_ends:
                break
            head.append(word)
        return self.for_not_holder.search(n, first.start(), head[-1].end()) is not None

    def stance_is_report(self, r: Reading, hit: Hit) -> bool:
        """A relative clause inside what the source reports is not part of it ("He has cited an award from
        the fund, which supports building"); nor is a fronted "for X," (cue.en.perspective_for), which opens a
        clause of its own ("Clinton says the mails were personal, but for Republicans, it is a smoking gun")."""
        return hit.entry_id != "cue.en.perspective_for" and not self.subjects.in_relative_clause(r.n, hit)

    def stance_is_content(self, r: Reading, reported: int, cand: Candidate) -> bool:
        return reported <= last_place(r.n, " that ", cand.span[0] + 1)

    def in_complement(self, r: Reading, main: Candidate, cand: Candidate) -> bool:
        """A holder right after the complementizer of the main cue, its subject before it ("Cruz said that he had
        since apologized", "Randolph told others that he called her", "Clinton said Wednesday that she called
        Sanders"): the holder's speech is what the source reports, which PolNeAR leaves unmarked (48 of 49 such
        holders on its train split). Only words with no mark of another clause and no thing the cue takes
        (`_hearer_or_time`) may stand between the cue and the complementizer (closed.en.complementizer): "praised
        Pence - moves that he said improved" and "criticized the report that officials said" keep their holders; a relative "that" after a hearer-like noun is not told apart ("told a crowd that the
        campaign estimated", the one annotated holder lost on train)."""
        if main.span[1] > main.cue.start or cand.span[0] < main.cue.end:
            return False
        m = self.complement_opens.fullmatch(r.n, main.cue.end, cand.span[0])
        return m is not None and self._hearer_or_time(r, main.cue.end, m.start("that"))

    def _hearer_or_time(self, r: Reading, start: int, end: int) -> bool:
        """Whether the words between a cue and its complementizer are no thing the cue takes: time words aside
        (src.time.en, closed.en.time_phrase: "said Wednesday"), nothing, a phrase of a preposition ("said to CNN",
        "said in her opening remarks"), a hearer ending in a person ("told others", "told reporters on Monday": an
        object pronoun, a name in capitals, a noun of people), a clause of its own ("said he expected that") or the
        cue's own complement, already open ("continued that an FBI official ... said that").
        A thing there makes the "that" a relative one: "criticized the report that officials said was leaked",
        "welcomed the news that Jones said" (the holders inside are their own attributions)."""
        said = [w for w in WORD.finditer(r.n, start, end) if not self.typer.time_or_plural(w.group())]
        words = [w for w in said if w.group() not in self.words.time_phrase]
        if not words or said[0].group() in self.complement_lead:
            return True
        last = words[-1].group()
        return r.original(*words[-1].span())[:1].isupper() or last in self.object_pronouns \
            or last in self.speaker_nouns

    def passive_holders(self, r: Reading) -> list[Candidate]:
        """Holders named after "by" ("measures added by Republicans") or after "with" in an absolute clause
        (", with 22 percent saying they would not support him": `attr.absolute_with`), and the clause's subject
        of a participle of saying after a preposition of time ("Bolton had ..., while saying that"), and the
        document of a clause of showing ("with recent polls showing": cue.en.absolute_finding)."""
        out = self._side_participles(r) + self._absolute_findings(r)
        for hit in r.cues["passive"]:
            if r.quotes.holds(hit.start) or not hit.text.strip().endswith(_PAST_ENDING):
                continue
            span = self._by_agent(r, hit)  # as passive_agent reads it: "by Bush over his record" is Bush
            if span[1] > span[0] and not self._gerund(r.original(span[0], span[1])):
                out.append(self.candidate(r, hit, span))
        for hit in r.cues["participle"]:
            m = _ABSOLUTE_WITH.search(r.n, max(0, hit.start - 100), hit.start)
            if m is None or r.quotes.holds(hit.start):
                continue
            words = list(WORD.finditer(r.n, m.start(1), m.end(1)))
            while words and (words[-1].group().endswith(_ADVERB_ENDING) or words[-1].group() in self.between):
                words.pop()  # "with Cruz repeatedly calling"
            if 0 < len(words) <= 8:
                cand = self.candidate(r, hit, (words[0].start(), words[-1].end()))
                cand.typed = replace(cand.typed, rules=[*cand.typed.rules, "attr.absolute_with"])
                out.append(cand)
        return out

    def passive_agent(self, r: Reading) -> Optional[Candidate]:
        """"Trump was attacked by Hillary Clinton for suggesting ...", "Janet Yellen ... has been repeatedly
        criticized by many Wall Street players": a verb of saying (the speech lexicons, not a stance: "is backed
        by the military", "was supported by 42 percent") in the passive, the main clause's own verb, rests the
        sentence on its agent after "by" as the active verb rests it on its subject (attr.passive_agent). Its
        "be" stands right before it (adverbs between) after a subject that opens the main clause (not "a party
        which is backed by", "when he was attacked by"), and the agent is one a lexicon types, no tally of votes.
        Not the verbs of going on and of asking, whose passive subject is no content ("was asked by a caller"); nor an
        act: a verb of physical force with no complement of speech ("was hit by airstrikes"), a vote ("was confirmed
        by the Senate", "was rejected by a majority of voters": `_passive_act`)."""
        clause_at = self._first_clause_word(r.n) if r.cues["passive"] else 0
        for hit in r.cues["passive"]:
            verb = hit.text.strip()
            if hit.family != "speech" or r.quotes.holds(hit.start) \
                    or not self.subjects.past_participle(verb) \
                    or _stems(verb) & self.aspectual or verb in self.question_verbs:
                continue  # "will be continued by": going on with an act (closed.en.aspectual); "was asked by a
                # caller": the subject is the one asked, the sentence what was asked (en.class.question_verb)
            be = self.subjects.passive_be(r.n, hit.start)
            if be is None or be.group() == "being":
                continue  # "The concerns being expressed by many Jewish leaders go beyond": a participle's phrase
            subject = self.subjects.subject(r.n, Hit(be.start(), be.end(), be.group(), "", ""), r.quotes, False)
            if subject[1] <= subject[0] or r.n[subject[0]:subject[1]] in self.words.relatives \
                    or not self._opens_main_phrase(r.n, subject[0], clause_at):
                continue
            span = self._by_agent(r, hit)
            if span[1] <= span[0] or self._gerund(r.original(*span)) or self._passive_act(r.n, verb, span):
                continue
            cand = self.candidate(r, hit, span)
            if cand.typed.type not in (None, "unattributed"):
                cand.typed = replace(cand.typed, rules=[*cand.typed.rules, "attr.passive_agent"])
                return cand
        return None

    def _opens_main_phrase(self, n: str, start: int, clause_at: int) -> bool:
        """Whether a subject opens the main clause (`_opens_main_clause`), or stands right after a comma with no
        word of a clause before it but prepositions: after a phrase of time ("Earlier in the day, Trump was"), or
        as the appositive of a noun phrase opening the sentence ("The Federal Reserve chairwoman, Janet Yellen,
        has been": the walk reads the name); not "When he was", "If Trump is", "Mr. Smith, who was". `clause_at` is
        where the sentence's first word of a clause stands (`_first_clause_word`)."""
        return self._opens_main_clause(n, start) or ends_before(n, start, ",") and clause_at >= start

    def _first_clause_word(self, n: str) -> int:
        """Where the sentence's first word of a clause but a preposition stands (`phrase_clause_words`), or its
        length: one pass per sentence, which every passive subject's look-back then reads in constant time."""
        first = next((m for m in WORD.finditer(n) if m.group().rstrip(",") in self.phrase_clause_words), None)
        return first.start() if first is not None else len(n)

    def _passive_act(self, n: str, verb: str, span: tuple[int, int]) -> bool:
        """Whether the passive tells of an act, not of speech, so its agent is no source: a verb of physical force
        (en.class.physical_speech_verb) with no complement of speech after its agent
        (en.class.passive_speech_complement: "The coast was slammed by Hurricane Sandy", not "was attacked by
        Clinton for suggesting"), a tally of votes as agent (en.class.tally: "by a majority of voters", "by 64
        percent of the electorate"), or a vote of a voting body (en.class.vote_verb, en.class.voting_body: "was
        confirmed by the Senate")."""
        stems = _stems(verb)
        agent = n[span[0]:span[1]]
        return bool(stems & self.physical_verbs) and not self.speech_complement.match(n[span[1]:span[1] + _COMPLEMENT_REACH]) \
            or self.tally.search(agent) is not None \
            or bool(stems & self.vote_verbs) and self.voting_body.search(agent) is not None

    def _by_agent(self, r: Reading, hit: Hit) -> tuple[int, int]:
        """The agent after the "by" that follows a passive participle (`_agent`)."""
        return self._agent(r, self.subjects.after(r.n, _PASSIVE_BY.match(r.n, hit.end).end()))  # type: ignore[union-attr]

    def _agent(self, r: Reading, span: tuple[int, int]) -> tuple[int, int]:
        """The agent's phrase up to the first preposition but "of", which opens the reason or the place ("by Hillary
        Clinton for suggesting", "by opponents for his proposal", "by the group in Washington"; "by some of his
        rivals" whole), or a coordinator before a verb of the passive's own ("by Democrats and passed anyway", "by
        the government and took effect"); a name the span's length limit cut runs to its end (`_whole_name`)."""
        n = r.n
        span = self._whole_name(r, span)
        words = list(WORD.finditer(n, span[0], span[1]))
        cut = next((m.start() for i, m in enumerate(words[1:], 1) if m.group() != "of" and m.group() in
                    self.words.prepositions or self._coordinated_verb(words, i)), None)
        return (span[0], len(n[:cut].rstrip())) if cut is not None else span

    def _coordinated_verb(self, words: list[re.Match], i: int) -> bool:
        """Whether the i-th word is a coordinator (closed.en.coordinator) before a finite verb or a past (closed.en
        auxiliary, en.verb.irregular, a word in -ed not before a plural, which it qualifies): a second verb of the
        sentence's subject, not a second agent ("by Democrats and passed anyway", "by the government and took
        effect"; "by Democrats and Republicans", "by Democrats and concerned citizens" whole)."""
        after = [m.group() for m in words[i + 1:i + 3]]
        if words[i].group() not in self.coordinators or not after:
            return False
        plural_next = len(after) > 1 and after[1].endswith("s")
        return after[0] in self.words.finite or after[0] in self.pasts \
            or after[0].endswith(_PAST_ENDING) and not plural_next

    def _whole_name(self, r: Reading, span: tuple[int, int]) -> tuple[int, int]:
        """The span run to the end of a capitalised name it ends inside when it stopped at its length limit
        (MAX_SPAN_TOKENS: "by Democratic presidential front-runner and former secretary of state Hillary" ->
        "... Hillary Clinton")."""
        if len(r.n[span[0]:span[1]].split()) < MAX_SPAN_TOKENS or not r.original(*span).split()[-1][:1].isupper():
            return span
        end = span[1]
        for m in WORD.finditer(r.n, span[1]):
            word = r.original(m.start(), m.end())
            name = word.rstrip(",.;:")
            if not name[:1].isupper() or not name.isalpha():
                break
            end = m.start() + len(name)
            if name != word:
                break  # "Hillary Clinton, who": the name ends at its comma
        return (span[0], end)

    def _gerund(self, words_after_by: str) -> bool:
        """Whether the words after "by" open with a gerund taking its object, the manner of an active verb and no
        agent ("The DNC ... responded by abruptly blocking Sanders' access", "by making it clear to the judge"). A
        word in -ing before a noun may be its adjective ("supported by overwhelming majorities"), and in capitals a
        name ("by King"): only a determiner, a thing pronoun or a possessive after it makes it a verb."""
        words = words_after_by.split()
        while words and words[0].endswith(_ADVERB_ENDING):
            words.pop(0)
        if len(words) < 2 or not (words[0].islower() and words[0].endswith("ing")):
            return False
        return words[1].lower() in self.gerund_objects or _POSSESSIVE.search(words[1]) is not None

    def _absolute_findings(self, r: Reading) -> list[Candidate]:
        """"with recent polls showing", "Despite polls showing her well behind": the document of an absolute or
        prepositional clause of showing (cue.en.absolute_finding) is an attribution of the sentence's own."""
        out = []
        for m in self.absolute_finding.finditer(r.n):
            if r.quotes.holds(m.start()):
                continue
            hit = Hit(m.end(1) + 1, m.end(), r.n[m.end(1) + 1:m.end()], "cue.en.absolute_finding", "closed_class")
            cand = self.candidate(r, hit, m.span(1))
            if cand.typed.type == "document":
                cand.typed = replace(cand.typed, rules=[*cand.typed.rules, "attr.absolute_with"])
                out.append(cand)
        return out

    def _side_participles(self, r: Reading) -> list[Candidate]:
        """"Rubio responded before adding that", "Mr. Sanders, after initially saying he would not advertise,
        took to the airwaves": a participle of saying after while, after, before or upon (adverbs between) is
        the speech of its clause's subject (closed.en.side_gerund_preposition); so is one coordinated with a participle
        after a comma or "by" ("Biden hit the campaign trail, trashing Trump as unqualified and accusing him of",
        attr.participle_adjunct), the narrated act still the sentence's main clause (the tuned labels read "Donald
        Trump has sought to bolster his credibility ..., painting others as weak and suggesting that" as narration)."""
        out = []
        for hit in r.cues["participle"]:
            before = [w for w in words_before(r.n, hit.start, 3) if not w.endswith(_ADVERB_ENDING)][-1:]
            coordinated = self._coordinated_participle(r.n, hit.start)
            if not (before and before[0] in self.side_gerund or coordinated) or r.quotes.holds(hit.start):
                continue
            span = self.subjects.clause_holder(r.n, r.ns, r.text, last_place(r.n, ";", hit.start) + 1, hit.start)
            if span[0] < span[1] < hit.start:
                cand = self.candidate(r, hit, span)
                if coordinated:
                    cand.typed = replace(cand.typed, rules=[*cand.typed.rules, "attr.participle_adjunct"])
                if cand.typed.type != "unattributed":
                    out.append(cand)
        return out

    def quoted_fragment(self, text: str, speaker: Source, memory: Memory) -> Optional[str]:
        """Whether a sentence with no cue of its own goes on quoting the speaker of the sentence before, a fragment
        of their words set in a frame of the writer's that names no one else ("That makes her 'by definition a
        trustworthy, reliable good person ...'" after Bill Clinton said; "Instead, 'he just acts like a defeated
        man'"; attr.continuation.quoted_fragment): it ends with a quotation and does not open with one, one of its
        quotations holds a clause (at least _FRAGMENT_WORDS words, one in lower case: no title, no scare-quoted
        term), the last is no question (an interviewer's), and the frame names no one but the speaker: no
        capitalised word but "I" and the speaker's own name (the first word only if the article remembers no name
        by it: "Obama did visit the state ... his 'playground for the posh'"), no "they", and no subject of its own
        ("The crowd chanted", "Another featured", "the actress has sounded off", a bare noun of people:
        "Republicans have branded") unless "he" or "she" is in it ("The major danger he sees ... is '...'"), and no
        possessive opening it ("Her campaign slogan was", "Smith's critics have long labelled him"). With the
        frame's opening pronoun ("he", "she"; "" for none), whose gender the engine checks; else None."""
        stripped = text.strip()
        if _FRAGMENT_END.search(stripped) is None or _QUOTED.match(stripped) is not None:
            return None
        quoted = _QUOTED.findall(stripped)
        words = max((q.split() for q in quoted), key=len, default=[])
        if len(words) < _FRAGMENT_WORDS or not any(w[:1].islower() for w in words) or quoted[-1].rstrip().endswith("?"):
            return None  # a list of quoted terms ('words such as "ambassador," "attack," ... and "talking points"') neither
        frame = _QUOTED.sub(" ", stripped)  # the writer's words, the quotations taken out
        outside = [w.strip(_EDGE) for w in frame.split()]
        outside = [w for w in outside if w]
        own = {w for w in _WORD_ONLY.findall(" ".join(filter(None, (speaker.name, speaker.text))))
               if w.lower() not in self.frame_subjects}  # "Another" spoke: "Another featured" is yet another
        if not outside or any(w[:1].isupper() and w not in own and w != "I" for w in outside[1:]) \
                or (outside[0] not in own and memory.recall(outside[0]) is not None):
            return None
        lower = [w.lower() for w in outside]
        possessor = lower[0][-2:] in ("'s", "’s") and lower[0][:-2] not in self.contracted  # not "It's"
        if lower[0] in self.words.possessives or possessor:
            return None  # "Her campaign slogan was", "Smith's critics have long labelled him": another's frame
        after_comma = frame.split(",", 1)[1:]  # "Since then, the actress has sounded off"
        openers = {lower[0], *(w.strip(_EDGE).lower() for w in after_comma[0].split()[:1])} if after_comma else {lower[0]}
        subject = openers & self.frame_subjects or lower[0] in self.possessed_people  # "Republicans have branded"
        if "they" in lower[:3] or (subject and not set(lower) & self.words.personal_pronouns
                                   and not set(outside[:3]) & own):
            return None
        return next((w for w in lower[:3] if w in self.words.personal_pronouns), "")

    def object_name(self, after_cue: str) -> Optional[str]:
        """"he told Hannity, to cheers": the family name a verb of speech takes as its object right after it."""
        m = _OBJECT_NAME.match(after_cue)
        if m is None or m.group(2) is not None and m.group(2) not in self.object_followers \
                and not _ING_WORD.fullmatch(m.group(2)):  # "a letter to Zucker asking that": a participle follows
            return None  # "he told Clinton supporters": the name modifies a noun, and is no one's object
        return m.group(1).split()[-1]

    def opening_subject(self, text: str) -> Optional[str]:
        """The sentence from its first word that is no conjunction or adverb opening it ("And Obama ...")."""
        words = text.split()
        lead = next((i for i, w in enumerate(words) if w.lower().rstrip(",") not in self.subject_lead), 0)
        return " ".join(words[lead:])

    def clause_subject(self, before: str) -> Optional[str]:
        """The sentence's opening before a "he"/"she" that opens a later clause of it, after a word that joins
        clauses (closed.en.clause_joiner: "Clinton, though she praised Garland ...", "Tester credits ... -- but he
        said"), a leading clause ("While Comey said there was clear evidence ..., he said") or a topic the sentence
        opens with ("As for Trump, he said", closed.en.topic_lead). Not after a bare comma that closes a main clause:
        "Clinton met voters in Iowa, he said" is the writer's source saying what Clinton did, not Clinton. Not after a
        leading clause that holds "him" or "her" ("When Trump called him a liar, he said": someone else). A
        quotation before the pronoun ('"...," he said', "‘...,’ he said") never reaches here: its speaker is read
        first; one closing a leading clause is read as its words ("While Trump called the deal ‘a disaster’, he
        said" is Trump). An adverb opening the sentence before a comma
        is read past ("Similarly, Rubio gave an interview ..., and he condemned"). Read alike after a speaker or
        narration."""
        text = before.rstrip()
        words = text.split()
        if not words:
            return None
        joined = words[-1].lower() in self.clause_joiners
        if not joined and not text.rstrip("\"”’'").endswith(","):  # 'called the deal “a disaster,” he said'
            return None
        if len(words) > 1 and words[0].endswith(",") and words[0][:-1].isalpha() and words[0][:-1].endswith(_ADVERB_ENDING):
            text = text.split(None, 1)[1]  # "Similarly, Rubio gave an interview ..., and he condemned"
        opening = self.opening_subject(text) or ""
        led = self.topic_lead.match(opening.lower()) or self.words.subordinate.match(opening.lower())
        if not joined and led is None:
            return None  # "Clinton met voters in Iowa, he said": a trailing "he said" is not the sentence's subject
        if led is not None and not joined and _OBJECT_PRONOUN.search(opening):
            return None  # "When Trump called him a liar, he said": the one called is the "he"
        return opening[led.end():] if led is not None else opening

    def plural_mentions(self, text: str) -> list[str]:
        """What "they" may stand for in a sentence, first the plural noun phrase its subject opens with ("Mexican
        officials conducted ...", also after a leading clause "As ..., "; "The two" for the persons named together
        before), then the persons it names together, the last first ("Cruz and Rubio", "Democratic candidates
        Hillary Clinton and Bernie Sanders did respond"); not persons after a preposition ("stars like Brandy,
        Monica and Lauryn Hill", "the chairs from Jefferson and Arapahoe") nor a name ending in s ("The United
        States")."""
        found = []
        opening = self.opening_subject(text) or ""
        segments = _SEGMENT_END.split(opening)
        leading = self.words.subordinate.match(opening.lower())
        if leading is not None:  # "As Republicans scrambled ..., they proposed": the clause's subject, then the main one
            segments = [segments[0][leading.end():], *segments[1:2]]
        for segment in segments[:2] if leading is not None else segments[:1]:
            words = segment.split()
            if not words or words[0].lower() in self.non_subjects:
                continue
            numbered = _NUMBERED.match(segment)
            if numbered is not None:
                found.append(numbered.group())
                break
            plural = next((i for i, w in enumerate(words[:4]) if self._plural_noun(words, i)), None)
            if len(words) > 2 and words[0][:1].isupper() and words[1].lower() in self.coordinators:
                # "Sanders and his top aides": a person and the people around them, the whole phrase (typed by its
                # person, Engine._together)
                aides = next((i for i in range(2, min(len(words), 7)) if self._plural_noun(words, i)), None)
                if aides is not None:
                    found.append(" ".join(words[:aides + 1]))
                    break
            # "Democratic candidates Hillary Clinton and Bernie Sanders": the names that follow say who
            if plural is not None and not {w.lower() for w in words[:plural]} & self.no_plural_head \
                    and not (words[plural + 1:] and words[plural + 1][0].isupper()):
                found.append(" ".join(words[:plural + 1]))
                break
        for m in reversed(list(_COORDINATED.finditer(text))):
            words = m.group().split()
            lead = next((i for i, w in enumerate(words) if w.lower() not in self.clause_words | self.subject_lead), 0)
            before = text[:m.start()].split()[-1:]
            if not {w.lower() for w in before} & (self.words.prepositions | {"like"}):
                found.append(" ".join(words[lead:]))
        return found

    def _plural_noun(self, words: list[str], i: int) -> bool:
        """Whether the i-th word of a subject is a plural noun: in -s, no grammar word, not inside a capitalised
        name ("The United States"), and no verb taking its object ("The White House pushes the plan", "The
        committee plans to vote": a determiner or "to" after a word that no determiner follows in a noun phrase,
        closed.en.determiner_lead)."""
        w = words[i]
        if not _PLURAL_WORD.fullmatch(w) or w.lower() in self.not_plural \
                or (w[0].isupper() and i and words[i - 1][0].isupper()):
            return False
        after = words[i + 1].lower() if i + 1 < len(words) else ""
        return not (after in self.object_openers and w.lower() not in self.words.determiner_leads)

    def subject_name(self, opening: str, start: int) -> Optional[tuple[str, list[str]]]:
        """A run of capitalised words at `start` after nothing but its title ("Rep. Sean Duffy", "Republican
        presidential candidate Donald Trump"); not a name inside a clause ("At first, there was pressure on
        Clinton"), a possessive ("Obama's aides") or a modifier ("The Cruz campaign")."""
        run = _NAME_RUN.match(opening, start)
        if run is None or _POSSESSIVE.match(opening, run.end()) or not self._title_only(opening[:start]) \
                or {w.lower() for w in run.group().split()} & self.clause_words:
            return None
        return opening[:run.end()], [w for w in run.group().split() if w.lower() not in self.words.titles]

    def _title_only(self, before: str) -> bool:
        """Whether the words before a name are a title of it ("Rep.", "House Speaker", "Republican presidential
        candidate"): capitalised or words of the role lexicons, no punctuation, no clause word, no determiner right
        before the name ("The Cruz campaign")."""
        words = before.split()
        if not _TITLE_CHARS.fullmatch(before) or (words and words[-1].lower() in self.words.noun_markers):
            return False
        return all(w[:1].isupper() or w.lower() in self.typer.lexicon_words for w in words) \
            and not {w.lower() for w in words} & self.clause_words

    def full_name(self, text: str, memory: Memory) -> Optional[tuple[int, Speaker]]:
        """"George Zimmerman is auctioning off the gun. '...,' he told Fox 35" is Zimmerman: the first full
        name (two or more capitalised name words), usually the subject."""
        for m in _FULL_NAME.finditer(text):
            run = m.group()
            # every word a name's but a middle initial ("Roberta A. Kaplan", "Joseph R. Murray II")
            words = [w for w in run.split() if not _INITIAL.fullmatch(w)]
            if len(self.typer.name_tokens(" ".join(words))) == len(words):
                typed = self.typer.classify(run, memory)
                if typed.type in PERSON_TYPES:
                    return m.start(), Speaker(Source(name=typed.name, type=typed.type,
                                                     rules=[*typed.rules, "attr.mention"]))
        return None

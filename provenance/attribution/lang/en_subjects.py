"""English subjects: before the verb, past an aside, or inverted after it, cut to the noun phrase.

English puts the subject before the verb, past an aside ("Mr. Kaplan, a screenwriter, said"), or after it
("said Mr. Nevins"); a backward walk may cross a clause, so the span is cut to its noun phrase. A stance
noun's holder is its possessor or what follows from or by ("criticism from X").
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Optional

from ...lexicon import Hit
from ...normalize import Normalized, norm
from ...rules import RuleSet
from ...text.sentences import Quotes
from ..sources import SourceTyper
from ..subjects import WORD, SubjectFinder, drop_final_comma, last_place, window, words_before
from ..words import as_written, closed_class, closed_pattern, entry_patterns, irregular_verbs, opening

MAX_ASIDES = 4  # asides a subject may stand before ("X - a, b - said"); a run of dashes is not so many asides
MAX_NAME = 200  # characters of a capitalised name opening a clause: longer runs are no one's name
_COMMA = re.compile(r"(?<!\d),|,(?!\d)")  # not the comma inside "250,000"
_HEADED_WORDS = 10  # words of an appositive read for its title or head (EnglishSubjects._headed)
_BRACKET_WORDS = 30  # words of a parenthesis between a subject and its verb
_STATE_BEFORE_REACH = 20  # characters before a comma where the state of a list before it is read
_RELATIVE_OPENERS = ("who", "which", "whose", "whom")  # a relative clause between commas, whatever it holds
_CLAUSAL_ASIDE = ("who", "which", "whose", "whom", "himself", "herself", "themselves", "itself")  # not the subject's name
_FROM_BY = re.compile(r"\s+(?:from|by)\s+")
_INTRO_PHRASE = (  # an introductory phrase after the clause's conjunctions, optional
    r"(?:(?:(?:on|in|at|last|this|during|after|before|by|for|with|over|since|despite|once|"
    r"earlier|later|lately|today|yesterday|here|amid|among|following|under|within|throughout|across|ahead of|"
    r"while|when|as|although|though|[a-z]+ly (?:after|before))\b[^,;:\"]{0,80}|"
    r"[^,;:\"]{0,40}\b(?:later|earlier|ago)),\s+)?")
# ("a few days later, Trump reversed himself"; "Here in Columbia, Sanders", "Amid responses from some ..., The
# Blaze's Matt Walsh", "While Democrats plot ..., Republicans", "Shortly after the announcement, the families")
ADVERB_ENDING = "ly"  # "said recently", "openly admitting": an adverb of time or manner, no word of its own clause
PAST_ENDING = "ed"  # "the bill passed": a verb in the past after a noun opens a clause of its own
PARTICIPLE_ENDING = "ing"  # ", facing a spirited challenge in Iowa,": an aside's opener; "Fans reacting to": a complement
_BE_REACH = 40  # characters before a participle read for its "be" and the adverbs between
EN_CONTRACTED = re.compile(r"(he|she|it|they|we|i|you|who)'(?:s|re|ve|d|ll|m)")  # "he's" (has, is), "they've"
# what opens a clause after a verb, not an inverted subject ("..., said he would", "..., said that")
_EN_NOT_INVERTED = re.compile(r"\s*(?:(?:he|she|they|it|we|i|you|that|this|there|to|in|on|at|of|for|over|with|by|from|"
                              r"about|after|before|during|as|into|through|while|when|if)\b|[\"'“‘:])")
_EN_SUBJECT_PRONOUN = re.compile(r"(he|she|they|it|we|i)\b")
_QUOTE_CLOSED = re.compile(r"[,?!](?:\"|''|”|’)$")  # '"...," asked Mr. Manafort': a quotation closes before the verb
# an aside closing with a quoted title or term, its comma inside the marks ('Marcel Lazar Lehel, the hacker known as
# "Guccifer," stated'); a title or term is short, what was said is not
_TITLE_CLOSED = re.compile(r",(\"|'')$")
_TITLE_WORDS = 5
_TAIL_WORDS = 8  # words of an appositive or a phrase of place after an inverted subject, to the sentence's end
_RELATIVE_BEFORE = re.compile(r"(?<!\S)(who|which)\s[^,;:.\"]*$")
_PHRASE_END = re.compile(r"[,;:()\[\]]|[.?!](?=[\"'”’)]*$)")  # inside a word of an according phrase: its clause ends
_INITIALS = re.compile(r"(?:[a-z]\.)+")
_RELATIVE_IN = re.compile(r",?\s+(?:who|whose|which)\b")  # where a relative clause opens inside an appositive
ACCORDING_WORDS = 10  # words of a noun phrase after "according to" read for its head
# characters before a subject where a document's complement joining it by "and" is read (EnglishSubjects.document_of)
_COMPLEMENT_REACH = 140


def _capitalised(n: str, ns: Normalized, text: str, hit: Hit) -> frozenset[int]:
    """Starts of the words before the verb written with a capital inside the sentence ("Jolly said",
    "Sen. Kristen Gillibrand (D-NY)"); none before a capitalised verb (a headline in Title Case: "GOP
    Candidates Resoundingly Reject")."""
    if text[ns.span(hit.start, hit.end)[0]].isupper():
        return frozenset()
    return frozenset(m.start() for m in WORD.finditer(n, max(0, hit.start - 240), hit.start)
                     if m.start() > 0 and _holds_upper(text[slice(*ns.span(m.start(), m.end()))]))


def _holds_upper(word: str) -> bool:
    """Whether a character of the word is upper case: a word `islower` holds none (it is False wherever one
    is upper or title case), which one call in C tells of most words; the others are read letter by letter."""
    return not word.islower() and any(c.isupper() for c in word)


def _norm_index(ns: Normalized, original: int) -> int:
    """Index in the normalised text of the first character at or after `original`."""
    return bisect_left(ns.offsets, original)


class EnglishSubjects(SubjectFinder):
    def __init__(self, rules: RuleSet, typer: SourceTyper):
        super().__init__(rules, typer)
        self.controllers = rules.terms("object_control")
        self.irregular = irregular_verbs(rules)  # "speak": spoke, spoken (en.verb.irregular)
        self.participles = frozenset(forms[-1] for forms in self.irregular.values())  # "was told by", "was written by"
        self._passives: tuple[str, list[int]] = ("", [])  # the last sentence read and its passives' participles
        self.quotative = closed_class(rules, "en.class.quotative")
        # "Having said that,": a participle before a verb form; "Boreing said ..., but said": a name before its verb
        self.participle_auxiliaries = closed_class(rules, "closed.en.participle_auxiliary")
        self.clause_asides = closed_class(rules, "closed.en.clause_aside")
        self.edge_before_clause = closed_class(rules, "closed.en.clause_boundary_before_clause")  # "until"
        self.time_after_edge = closed_class(rules, "closed.en.time_after_boundary")  # "until now"
        self.months = closed_class(rules, "closed.en.month")
        # words in -ing that open no participle: "during", "including", "morning" (an aside's opener is one)
        self.ing_no_participle = closed_class(rules, "en.class.ing_no_participle") | self.words.prepositions
        # "the groups who wrote to her on Thursday say": the last relative pronoun with no comma or dash up to the verb
        self.restrictive = re.compile(rf"(?<=[\w.'’] )({opening(closed_class(rules, 'closed.en.restrictive_relative'))})"
                                      r"(?:'[a-z]+)?\s+([a-z'’-]+)(?=\s|$)[^,;:\"“”()\[\]–—]*$")
        # what may open a clause before its subject: "But progressive organizations that ...", "While those who ..."
        self.object_relatives = closed_class(rules, "closed.en.object_relative")  # ", whom he's alienated,"
        self.main_openers = closed_class(rules, "en.class.main_clause_opener")  # "But", "However,", "Therefore,"
        # conjunctions and an introductory phrase, all optional, so it always matches ("Therefore, in early January,")
        self.clause_intro = re.compile(rf"\s*(?:{opening(self.main_openers)},?\s+)*{_INTRO_PHRASE}")
        self.subject_leads = self.clause_asides | self.main_openers \
            | closed_class(rules, "closed.en.pronoun.subject_lead") | closed_class(rules, "closed.en.subordinate_opener")
        # ", John J. Ferriola.", " in Almaty.": an appositive or a phrase of place after an inverted subject
        self.inverted_tail = re.compile(rf",\s+|\s+{opening(closed_class(rules, 'closed.en.inverted_tail'))}\s+")
        self.saying_marker = re.compile(closed_pattern(rules, "closed.en.saying_marker"))  # "residents, all told, said"
        # what opens an aside between a subject and its verb, its first words read: a discourse adverb (", meanwhile,"),
        # a preposition or subordinator (", while in Iowa,"), a participle in -ing or an adverb in -ly, a participle
        # with its agent (", struck by her story,"), a past participle and its complement (", clad in a red cape,",
        # ", conducted for the group X,"), an adverb of time before a participle (", later alleging ...,")
        # the conjunctive adverbs of en.class.main_clause_opener (not its conjunctions, closed.en.clause_boundary) are
        # discourse adverbs of an aside too (", however,", ", meanwhile,"); closed.en.aside_adverb adds the phrases and
        # adverbs that open no main clause; the leads are the subordinators of time (closed.en.time_subordinator) and
        # the prepositions and phrases of closed.en.aside_lead (", along with ...,")
        self.aside_adverbs = closed_class(rules, "closed.en.aside_adverb") | (self.main_openers - self.words.back_stop)
        self.aside_leads = closed_class(rules, "closed.en.aside_lead") | closed_class(rules, "closed.en.time_subordinator")
        self.people_heads = closed_class(rules, "en.class.person_noun")  # "Michael Demastus, pastor of ..., said"
        # "Unlike Clinton, ...": a phrase fronted before the subject, no name of it
        self.fronted_prepositions = closed_class(rules, "closed.en.fronted_preposition") | self.words.prepositions
        self.former_office = closed_class(rules, "closed.en.former_office")  # "(former President Bill Clinton)"
        self.kin = closed_class(rules, "closed.en.kin_or_associate")  # "Eric Trump, son of ...": no title of his
        # the irregular past participles: those of closed.en.aside_participle and of en.verb.irregular ("found", "hit")
        participle = opening(closed_class(rules, "closed.en.aside_participle") | self.participles)
        self.aside_opener = re.compile(
            rf"(?:{opening(self.aside_adverbs, self.aside_leads)}\b|[a-z]+ing |[a-z]+ly |"
            rf"[a-z]+ by |(?:[a-z]+ed|{participle}) {opening(closed_class(rules, 'closed.en.aside_participle_complement'))} |"
            rf"{opening(closed_class(rules, 'closed.en.aside_participle_adverb'))} [a-z]+ing )")
        # ", released Tuesday,": a past participle dated by a time word (src.time.en), an aside as ", released on Tuesday," is
        self.dated_participle = re.compile(rf"[a-z]+ed {opening(closed_class(rules, 'src.time.en'))}s?\b")
        # "A survey of Democrats and independents found": a document's head, up to four words after the clause's
        # opening, and its complement up to the "and" the walk back stopped at
        self.document_complement = re.compile(
            rf"(?:^|(?<=, )|(?<=[.!?] ))((?:[\w'’/-]+ ){{0,4}}?([\w'’-]+) "
            rf"{opening(closed_class(rules, 'closed.en.document_complement'))} ([^,;:.\"“”]{{1,80}}?) and )$")
        # what no noun phrase holds: a verb (an auxiliary, an irregular form: "was released", "took months"), a
        # pronoun that is a clause's subject ("He read a report by"), a time ("came out on Monday")
        self.clause_marks = self.words.verb_words | self.words.nominative | frozenset(
            form for forms in self.irregular.values() for form in forms)
        self.articles = closed_class(rules, "closed.en.definite_article") | closed_class(rules, "closed.en.indefinite_article")
        # what no headed aside opens with or holds (`_headed`), built once: "and" may join a title's nouns ("pastor of
        # the Fort Des Moines Church of Christ and a Cruz supporter"), the other coordinators open a clause
        self._not_headed_first = self.words.prepositions | self.words.back_stop | self.subject_leads
        self._headed_coordinators = self.words.en_coordinators - {"and"}
        self._headed_breaks = self.clause_marks | {"-", "--"}
        self.party_tag = entry_patterns(rules, "title.en.party_tag")  # "Mitch McConnell, R-Ky., said"
        states = opening(closed_class(rules, "closed.en.us_state"))
        self.state_after = re.compile(rf", {states}(?=,)")  # "Columbus, Ohio,": the comma before a city's state
        self.state_before = re.compile(rf"(?<![\w.]){states}$")  # "Iowa, Ohio,": a list of states, no city
        # "Des Moines, Iowa", "Paris, France": the state or the country (countries.yaml) after a city's comma
        self.city_places = closed_class(rules, "closed.en.us_state") | frozenset(
            norm(name) for c in rules.countries.countries for name in c.names if name.isascii())
        # a capitalised name opening a clause, after "the"; inside it, a word linking two of its words and the
        # particles of family names, whole words before another capitalised one ("Bank of America", "Bill de Blasio",
        # "Osama bin Laden"; not the "al" of "also", the "de" of "denounced")
        inner = opening(closed_class(rules, "closed.en.name_link"), closed_class(rules, "closed.en.name_particle"))
        self.capitalised_run = re.compile(rf"^\s*(?:{as_written(closed_class(rules, 'closed.en.definite_article'))}\s+)?"
                                          rf"([A-Z][\w.'’-]*(?:\s+(?:{inner}\s+)?[A-Z][\w.'’-]*)*)")
        # an opening participle clause before the subject, up to its comma or dash ("Speaking in his real voice
        # again, he", "Hastily politicizing the tragedy ― ... ― Trump cast", "Asked about that vote, Mark-Viverito")
        self.participle_clause = re.compile(rf"(?:[a-z]+ly\s+)?(?:[a-z]{{2,}}ing|{opening(closed_class(rules, 'en.class.questioned'))})"
                                            r"\s+[^,;:\"]{1,160}?(?:,|\s[-–—―]+)\s+")
        # "The retired neurosurgeon has provided ...", "the former president showed ...": a description of up to
        # four words opening a clause, before its finite verb (an auxiliary or a past or present tense)
        # no preposition or clause edge inside ("The event with Obama comes", "Two weeks after Justice Scalia died")
        inside = opening(self.words.prepositions, self.words.back_stop, closed_class(rules, "closed.en.not_subject_opener"))
        self.description = re.compile(rf"{opening(closed_class(rules, 'closed.en.description_opener'))}"
                                      rf"(?: (?!{inside}\b)[a-z'’-]+){{1,4}}?"
                                      rf"(?= (?:{opening(self.words.finite)}|[a-z]+ed|[a-z]+s)\b)")

    def _appositive(self, words: list[str]) -> bool:
        """An aside that opens with a noun phrase ("a screenwriter", "Clinton's director of ...", "70"), a
        relative or reflexive pronoun ("who's running", "himself up for reelection") or is a party and state
        tag ("McConnell, R-Ky., said", "Rubio, Republican of Florida, has talked")."""
        aside = f", {' '.join(words).rstrip(',')}"
        tag = self.party_tag.match(aside, 1) if self.party_tag is not None else None
        return words[0] in self.words.appositive_heads or words[0][:1].isdigit() \
            or tag is not None and tag.end() == len(aside) \
            or words[0].endswith(("'s", "s'")) and EN_CONTRACTED.fullmatch(words[0]) is None

    def _titled(self, words: list[str]) -> bool:
        """An aside closed by a comma before the verb and headed by a title within its first words ("Anne Richards,
        assistant secretary of state for population, refugees, and migration, said", "Josh Earnest, White House
        press secretary, said"; a trade named as a title: "Anne Lee, film director of ..., said"), with no verb in it."""
        head = " ".join(words[:4]).rstrip(",")
        hit = self.typer.search("role", head) or self.typer.search("spokesperson", head) \
            or self.typer.search("person_role", head)
        return hit is not None and not set(words[:4]) & self.words.verb_words

    def _named_headed(self, n: str, comma: int, words: list[str], capitalised: frozenset[int]) -> bool:
        """An aside headed by a title or a noun of people (`_headed`) after a name, its last word written with a capital
        before the comma at `comma` ("Charles Chamberlain, Democracy for America's executive director,"; not "the
        gatherings of world leaders, academics and business people, called": a list)."""
        before = list(WORD.finditer(n, max(0, comma - 40), comma))[-1:]
        return bool(before) and before[0].start() in capitalised and self._headed(words)

    def _kin_aside(self, words: list[str]) -> bool:
        """An aside of a relative's noun and its complement with no article ("Eric Trump, son of the Republican
        presidential front-runner, said", west-journal_2016-04-18; closed.en.kin_or_associate): stepped over, and
        not kept in the span, whose type the complement's office would make the relative's (LABELLING: a relative
        is a named_person)."""
        return len(words) > 1 and words[0] in self.kin and words[1] in self.words.prepositions

    def _headed(self, words: list[str]) -> bool:
        """An aside that is a noun phrase of up to _HEADED_WORDS words to its comma or relative pronoun, with a title
        past its first words or a noun of people as its head, the word before its first preposition ("Charles
        Chamberlain, Democracy for America's executive director, praised", usa-today_2016-06-07 "Rashad Robinson,
        Color of Change's executive director, said", "Michael Demastus, pastor of the Fort Des Moines Church of Christ
        and a Cruz supporter, said"; en.class.person_noun); no preposition, aside opener or participle first
        ("Trump, in a speech to party leaders, said" is no title; nor is a conjunction's clause, ", but the state's
        Democratic senator, Jeanne Shaheen, had", or another aside's opener, closed.en.aside_lead,
        closed.en.aside_adverb, ", led by ...,") and no verb in it. Not a relative's noun (closed.en.kin_or_associate:
        "Eric Trump, son of the Republican presidential front-runner", west-journal_2016-04-18), whose complement's
        office the span's type would read as the relative's."""
        phrase: list[str] = []
        for word in words[:_HEADED_WORDS]:
            if word in _RELATIVE_OPENERS:
                break
            phrase.append(word.rstrip(","))
            if word.endswith(","):
                break
        w = self.words
        aside = [word.strip(",") for word in words]
        if not phrase or phrase[0] in self._not_headed_first \
                or self.aside_opener.match(" ".join(phrase[:3]) + " ") \
                or phrase[0].endswith(PARTICIPLE_ENDING) or set(phrase) & self._headed_coordinators \
                or set(aside) & self._headed_breaks or any('"' in word for word in aside):
            return False  # a verb, a dash or a quotation in the aside: "Bill Clinton - often the easiest person ... -
            # has been "very worked up about it,"" is a clause
        text = " ".join(phrase)
        first = next((i for i, word in enumerate(phrase) if word in w.prepositions), len(phrase))
        if not first or phrase[first - 1] in self.kin:
            return False  # "Eric Trump, son of the Republican presidential front-runner": the office is another's
        return bool(self.typer.search("role", text) or self.typer.search("spokesperson", text)) \
            or phrase[first - 1] in self.people_heads

    def _time_adverbial(self, toks: list[re.Match]) -> int:
        """Where a time adverbial ending `toks` opens ("The State Department less than two weeks ago said",
        "Trevor Noah on Thursday showed"): a run of its words holding a time word, after at least one
        other token; len(toks) when there is none."""
        phrase = self.words.time_phrase
        i, timed = len(toks), False
        while i > 1:
            word = toks[i - 1].group()
            if self.typer.time_or_plural(word):
                timed = True
            elif word not in phrase and not word[:1].isdigit():
                break
            i -= 1
        return i if timed else len(toks)

    def _boundary_time(self, toks: list[re.Match]) -> int:
        """Where a time after a clause's edge that is also a preposition of time (closed.en.clause_boundary_before_
        clause) opens at the end of `toks` ("Officials until recently had said", "Trump until Tuesday had insisted",
        "The company until 2015 claimed"): the subject ends before it; len(toks) when there is none (the adverbs and
        time words right before the verb already dropped, "until" may end `toks`)."""
        edge = next((i for i in range(len(toks) - 1, max(0, len(toks) - 4), -1)
                     if toks[i].group() in self.edge_before_clause), None)
        if edge is None or edge == 0:
            return len(toks)
        return edge if all(self._time_word(m.group()) for m in toks[edge + 1:]) else len(toks)

    def _time_word(self, word: str) -> bool:
        """A word of a time after "until" (closed.en.time_after_boundary, src.time.en, closed.en.month, a year, an -ly
        adverb)."""
        bare = word.rstrip(",.").lower()
        return bare in self.time_after_edge or bare in self.months or self.typer.time_or_plural(bare) \
            or bare.isdigit() or bare.endswith(ADVERB_ENDING)

    def _time_lead(self, toks: list[re.Match]) -> int:
        """Where the subject opens after a time adverbial opening the clause without a comma ("This year Camil spoke
        about", "Last week Trump said"): after a run of its words holding a time word, before at least one other
        token; 0 when there is none."""
        phrase = self.words.time_phrase
        i, timed = 0, False
        while i < len(toks) - 1:
            word = toks[i].group()
            if self.typer.time_or_plural(word):
                timed = True
            elif word not in phrase and not word[:1].isdigit():
                break
            i += 1
        # not a name or a noun opening with a time word or an article ("Monday night's results", "a Morning Consult
        # Poll"): the run opens with another of its words and ends with the time word
        last = toks[i - 1].group() if i else ""
        opener = bool(toks) and toks[0].group() in phrase and toks[0].group() not in self.articles
        return i if timed and i > 1 and opener and self.typer.time_or_plural(last) else 0

    def _noun_phrase(self, n: str, span: tuple[int, int]) -> tuple[int, int]:
        """An English subject span without the clause the backward walk crossed: what follows its last
        verb ("the bill did something Republicans", "were undecided, 27 percent of those who named a
        candidate"), or what precedes it before an infinitive ("The New York Times is expected to"),
        unless a verb's object is the infinitive's subject ("will force Sen. Bernie Sanders to"); empty
        when it ends on a preposition or an article ("gave Clinton a nearly insurmountable lead in").
        Verbs inside a relative clause belong to the subject ("those who named a candidate")."""
        w, time_words = self.words, self.typer.time_words
        start = self.clause_intro.match(n, span[0], span[1]).end()  # type: ignore[union-attr]  # "In early January,"
        toks = list(WORD.finditer(n, start, span[1]))
        toks = toks[self._time_lead(toks):]  # "This year Camil spoke about"
        infinitive = bool(toks) and toks[-1].group() == "to"
        if infinitive:
            toks.pop()
            control = [i for i, m in enumerate(toks[:-1]) if m.group() in self.controllers]
            if control:  # "force Sen. Bernie Sanders to acknowledge"
                toks, infinitive = toks[control[-1] + 1:], False
        relative = next((i for i, m in enumerate(toks) if m.group() in w.relatives), len(toks))
        verbs = [i for i, m in enumerate(toks[:relative]) if m.group() in w.verb_words]
        if verbs and infinitive:
            toks = toks[:verbs[0]]
        elif verbs:
            toks = toks[verbs[-1] + 1:]
            comma = [i for i, m in enumerate(toks[:relative - verbs[-1] - 1]) if m.group().endswith(",")]
            toks = toks[comma[-1] + 1:] if comma else toks
        clause = next((i for i, m in enumerate(toks) if m.group() in w.relatives or m.group().endswith(",")), len(toks))
        for i in range(1, clause):
            verb, before = toks[i - 1].group(), toks[i - 2].group() if i > 1 else ""
            if toks[i].group() in w.noun_markers and verb not in w.determiner_leads and not verb.endswith(ADVERB_ENDING) \
                    and not verb[:1].isdigit() and verb not in time_words and before not in w.prepositions:
                # "Schlafly invoked the title of the book she", "Contrast her accomplishments with": a determiner
                # after a word that is no preposition, adverb or conjunction follows a verb; the subject precedes
                # it, unless an infinitive follows that verb's object ("gave the company time to respond")
                toks, clause = ([], 0) if infinitive else (toks[:i - 1], i - 1)
                break
        pronoun = [i for i, m in enumerate(toks[:clause]) if m.group() in w.nominative]
        if pronoun and len(toks) > 1:
            # a subject pronoun opens a clause the walk crossed: "she complied with agency rules, claims", "the
            # documents she cited" (a clause inside the object); only after a time word is it the subject
            last = pronoun[-1] == len(toks) - 1 and toks[-2].group() in time_words
            toks = toks[-1:] if last else []
        if len(toks) > 1 and toks[0].group() in ("with", "without"):
            toks = toks[1:]  # "with the new survey finding that": an absolute construction
        # a relative clause inside an appositive is the appositive's, its time words and agents its own ("Mark Penn, the
        # Democratic pollster who worked for both Clintons for decades, argued", "Pete Seat, an Indiana GOP consultant
        # whose firm was recently retained by the Kasich campaign, said"): the cuts below read the words before it
        inner = next((i for i, m in enumerate(toks) if m.group() in _RELATIVE_OPENERS), len(toks))
        tail = toks[inner:] if any(m.group().endswith(",") for m in toks[:inner]) else []
        del toks[len(toks) - len(tail):]
        del toks[self._time_adverbial(toks):]  # "said Trevor Noah on Thursday"
        agent = next((i for i in range(1, len(toks) - 1)
                      if toks[i + 1].group() == "by" and toks[i].group().endswith(PAST_ENDING)), None)
        if agent is not None:
            del toks[agent:]  # "An Israeli newspaper owned by Adelson": the newspaper, not its owner, publishes
        if not toks or toks[-1].group() in w.prepositions or toks[-1].group() in w.noun_markers:
            return (span[0], span[0])
        return (toks[0].start(), (tail or toks)[-1].end())

    def restricted(self, n: str, ns: Normalized, text: str, hit: Hit, quotes: Quotes) -> Optional[tuple[int, int, int]]:
        """The subject of a cue whose noun phrase a relative clause restricts, no comma between them ("The groups who
        wrote to her on Thursday say": closed.en.restrictive_relative): the backward walk would stop inside the
        clause, at its time word or preposition. Only a clause of the subject's own is read past, so that the cue
        stays the sentence's main verb (the checks below name the clauses that are not). Where the subject starts,
        where its pronoun opens and where the clause ends."""
        lo = window(n, hit.start)
        m = self.restrictive.search(n, lo, hit.start)
        if m is None or quotes.holds(m.start()):
            return None
        capitalised = _capitalised(n, ns, text, hit)
        words = self._clause_words(n, m.end(1), hit.start)
        if not words or not self._own_clause(m, n[m.end(1):hit.start].split(), words[-1].group(), capitalised):
            return None
        head = self._noun_phrase(n, self.subject(n, Hit(m.start(1), m.end(1), m.group(1), "", ""), quotes, False,
                                                 MAX_ASIDES, capitalised))
        if n[head[0]:head[1]] in self.city_places and n[:head[0]].rstrip().endswith(","):
            # "Voters in Des Moines, Iowa who backed Sanders say": the state closes the city, no subject of its own
            comma = n.rindex(",", 0, head[0])
            city = self._noun_phrase(n, self.subject(n, Hit(comma, comma + 1, ",", "", ""), quotes, False,
                                                     MAX_ASIDES, capitalised))
            head = (city[0], head[1]) if city[1] > city[0] else head
        before = n[:head[0]].split()[-1:]
        if head[1] <= head[0] or n[head[1]:m.start(1)].strip() or before and not (
                before[0].endswith((",", ";", ":")) or before[0] in self.subject_leads):
            return None
        return head[0], m.start(1), words[-1].end()

    def _own_clause(self, m: re.Match, rest: list[str], last: str, capitalised: frozenset[int]) -> bool:
        """Whether the clause `m` opens (its words `rest`, `last` the one before the cue's adverbs) is the subject's
        own, so that the cue after it is the sentence's main verb."""
        w, nxt = self.words, m.group(2)
        return not (
            nxt in w.nominative | w.noun_markers | w.relatives or m.start(2) in capitalised  # "the man who Trump said"
            or m.group(1) == "that" and nxt not in w.finite | w.negation  # "He warned that critics say": a complement
            # "the voters who backed him and said": the sentence subject's verb; "a candidate who would govern ...
            # the camps that Mr. Obama argued": a second relative's
            or set(rest) & (w.en_coordinators | self.clause_asides | w.nominative | w.relatives)
            or last in w.finite  # no verb of its own before the cue
            or last in w.prepositions | w.noun_markers)  # "in the face of recently announced": the cue a participle

    def _clause_words(self, n: str, start: int, end: int) -> list:
        """The words of a restrictive clause, without the adverbs before the cue, which are the cue's ("executives
        who run news organizations almost universally say"); adverbs right after the clause's verb, its first word,
        are that verb's ("Residents of Jupiter, Florida who voted early say")."""
        words = list(WORD.finditer(n, start, end))
        kept = len(words)
        while kept and (words[kept - 1].group() in self.words.skip or words[kept - 1].group().endswith(ADVERB_ENDING)):
            kept -= 1
        return words if kept == 1 else words[:kept]

    def in_relative_clause(self, n: str, hit: Hit) -> bool:
        """Whether an English cue stands in a relative clause: after who or which ("the fund, which supports
        building"), or before a clause that lacks its subject, the relative's noun having been taken out
        of it ("something Sanders aides argue is possible", "a race that it says will reward")."""
        after = n[hit.end:hit.end + 12].split()[:1]
        return bool(set(n[max(0, hit.start - 20):hit.start].split()[-2:]) & {"who", "which"}) \
            or bool(after) and after[0] in self.words.finite

    def phrase(self, hit: Hit, n: str, ns: Normalized, text: str, quotes: Quotes,
                       inverted: bool = True) -> tuple[int, int]:
        """An English cue's subject: the walk of `subject`, cut to its noun phrase; after the verb when a
        verb of saying opens the sentence in lower case, split from the quotation it closes ('"...?" asked
        Bennett, now a conservative radio host', even "asked", whose object is otherwise its hearer)."""
        if inverted and not n[:hit.start].strip() and text[ns.span(hit.start, hit.end)[0]].islower() \
                and hit.text.strip() in self.quotative and not _EN_NOT_INVERTED.match(n, hit.end):
            return self._inverted(n, hit)
        span = self.subject(n, hit, quotes, inverted, capitalised=_capitalised(n, ns, text, hit))
        whose = n.rfind(" whose ", max(0, span[0] - 1), span[1])
        if whose != -1 and "," not in n[whose:max(span[1], hit.start)]:
            # "the League of Conservation Voters, whose political arm has endorsed": the holder is the
            # possessor, the noun the relative stands for; not a relative clause inside an aside closed before the
            # verb ("Pete Seat, an Indiana GOP consultant whose firm was recently retained by the Kasich campaign, said")
            return (whose + 1, whose + 6)
        if span[0] < hit.start or "," not in n[span[0]:span[1]]:
            # the walk back may have crossed another clause; a name and its appositive after the verb ('said Carole
            # Taylor, the minister of finance at the time the tax was introduced') are the phrase `_inverted` read
            span = self._noun_phrase(n, span)
        if span[1] <= span[0]:
            span = self._coordinated_subject(n, ns, text, hit.start, hit.text.strip() in self.quotative)
        elif n[span[0]:span[1]].split()[0] in self.words.prepositions and words_before(n, span[0]) in (["and"], ["but"]):
            # "is supporting Sanders and in a statement credited him": the walk stopped at "and" inside
            # an adverbial; the subject is the clause's
            span = self._coordinated_subject(n, ns, text, span[0])
        return span

    def holder(self, n: str, hit: Hit, possessor: bool = True) -> tuple[int, int]:
        """Who holds a stance named as a noun: the possessor ("Turkey's refusal", "their concerns",
        "Mr. Comey's most surprising suggestion") or what follows from/by ("criticism from X")."""
        after = _FROM_BY.match(n, hit.end)
        if after is not None:
            return self.after(n, after.end())
        if not possessor:
            return (hit.start, hit.start)
        toks = list(WORD.finditer(n, max(0, hit.start - 60), hit.start))[-3:]
        for i, m in enumerate(reversed(toks)):
            word = m.group()
            if word in self.words.possessives:
                return (m.start(), m.end())
            if word.endswith(("'s", "s'")) and len(word) > 2:
                end = m.end() - (2 if word.endswith("'s") else 1)
                return (self.antecedent(n, end)[0], end)
            if i == 2 or word in self.words.noun_markers or not word.isalpha():
                break
        return (hit.start, hit.start)

    def _coordinated_subject(self, n: str, ns: Normalized, text: str, pos: int, saying: bool = False) -> tuple[int, int]:
        """The subject of a verb coordinated with its clause's first ("However, Adelson met with Trump
        and declared", "But on Tuesday, he stood with other leaders and urged", "and officially endorsed"): the pronoun, the
        capitalised name opening the clause, after its conjunctions and an introductory phrase; before a verb of saying
        (`saying`, en.class.quotative) a description opening it too ("The judge rubbed his chin, and then said":
        clause_holder, as a description before such a verb is an unnamed source)."""
        words = [w for w in n[window(n, pos):pos].split() if w not in self.words.skip and not w.endswith(ADVERB_ENDING)][-1:]
        if words not in (["and"], ["but"]):
            return (pos, pos)
        clause = last_place(n, ";", pos) + 1
        # "The bill was passed by the House and announced on Friday": a participle coordinated with a passive is
        # passive too (closed.en.be), its subject no one who spoke
        passive = self.has_passive(n, clause, pos) and WORD.match(n, pos).group().endswith(PAST_ENDING)  # type: ignore[union-attr]
        find = self.clause_holder if saying and not passive else self.clause_subject
        return find(n, ns, text, clause, pos)

    def past_participle(self, word: str) -> bool:
        """Whether a word is a past participle: in -ed or an irregular participle (en.verb.irregular: "written")."""
        return word.endswith(PAST_ENDING) or word in self.participles

    def passive_be(self, n: str, start: int) -> Optional[re.Match]:
        """The form of "be" (closed.en.be) right before the participle at `start`, past its adverbs in -ly and a
        coordinator between two of them ("has been repeatedly criticized", "was quickly and quietly passed"),
        which makes it a passive; None when there is none."""
        words = list(WORD.finditer(n, max(0, start - _BE_REACH), start))
        while words and (words[-1].group().endswith(ADVERB_ENDING) or words[-1].group() in self.words.en_coordinators
                         and len(words) > 1 and words[-2].group().endswith(ADVERB_ENDING)):
            words.pop()
        return words[-1] if words and words[-1].group() in self.words.be else None

    def has_passive(self, n: str, start: int, end: int) -> bool:
        """Whether a participle between `start` and `end` is a passive ("was passed by the House", "were counted
        overnight"; its "be" may stand before `start`). The sentence's passives are found once and looked up, as
        each coordinated verb of a long sentence asks again."""
        if self._passives[0] is not n:
            self._passives = (n, [m.start() for m in WORD.finditer(n)
                                  if self.past_participle(m.group()) and self.passive_be(n, m.start()) is not None])
        starts = self._passives[1]
        i = bisect_left(starts, start)
        return i < len(starts) and starts[i] < end

    def clause_holder(self, n: str, ns: Normalized, text: str, clause: int, pos: int) -> tuple[int, int]:
        """The clause's subject (clause_subject), or else a description opening it before its verb ("The
        retired neurosurgeon has provided no details ..., saying"); not one before a time word, which opens a time
        phrase ("A few minutes later they reversed themselves ... and said")."""
        span = self.clause_subject(n, ns, text, clause, pos)
        start = self.clause_intro.match(n, clause).end()  # type: ignore[union-attr]
        found = self.description.match(n, self.clause_intro.match(n, start).end(), pos)  # type: ignore[union-attr]
        # a time word right after the description or in it opens a time phrase; the subject follows it ("Two hours
        # later they walked out and said": "they")
        after = WORD.match(n, found.end() + 1) if found is not None else None
        if after is not None and self.typer.time_or_plural(after.group()):
            return span
        timed = next((w for w in WORD.finditer(n, found.start(), found.end()) if w.start() > found.start()
                      and self.typer.time_or_plural(w.group())), None) if found is not None else None
        if timed is not None:
            rest = timed.end()
            while (word := WORD.match(n, rest + 1)) is not None and word.group() in self.words.time_phrase:
                rest = word.end()  # "later", "ago" (closed.en.time_phrase)
            return self.clause_subject(n, ns, text, rest + 1, pos)
        # the description holds what the capitals found ("The" alone is no name: "The Wisconsin Republican did")
        return found.span() if found is not None and (span[1] <= span[0] or span[1] <= found.end()) else span

    def _past_intro(self, n: str, start: int) -> int:
        """Where the clause goes on past its conjunctions and an introductory phrase at `start` (it matches empty text
        too), and past the state of a city that phrase closes with ("At a campaign event in Ames, Iowa, on Sunday,
        Mrs. Clinton": closed.en.us_state, no subject)."""
        end = self.clause_intro.match(n, start).end()  # type: ignore[union-attr]
        comma = n.rfind(",", start, end)
        state = self._place_comma(n, comma) if comma >= 0 else None
        return state.end() + 1 if state is not None else end

    def _place_comma(self, n: str, comma: int) -> Optional[re.Match]:
        """The state after the comma at `comma` when it parts a city from its state ("in Ames, Iowa, on Sunday", "in
        Portsmouth, N.H.,"; closed.en.us_state); None for two states of a list ("In Alabama, Arkansas, Georgia ..."),
        which writes them in full (an abbreviation follows a city whatever its name: "Washington, D.C.,")."""
        state = self.state_after.match(n, comma)
        if state is None or state.group().endswith(".") \
                or self.state_before.search(n, max(0, comma - _STATE_BEFORE_REACH), comma) is None:
            return state
        return None

    def clause_subject(self, n: str, ns: Normalized, text: str, clause: int, pos: int) -> tuple[int, int]:
        """The pronoun or capitalised name opening the English clause at `clause`, after its
        conjunctions and an introductory phrase ("On Friday, he", "However, Adelson") or participle clause
        ("Walking to the next address, Ebeling"; the participle is no name)."""
        start = self._past_intro(n, self._past_intro(n, clause))  # "On Thursday, after remaining ...,"
        participle = self.participle_clause.match(n, start, pos)
        if participle is not None and self.participle_written(n, ns, text, start, participle.end()):
            start = participle.end()
        pronoun = _EN_SUBJECT_PRONOUN.match(n, start)
        if pronoun is not None:
            return pronoun.span()
        origin = ns.span(start, start + 1)[0]
        run = self.capitalised_run.match(text[origin:min(ns.span(pos - 1, pos)[1], origin + MAX_NAME)])
        if run is None or not run.group(1)[-1:].isalpha():
            return (pos, pos)
        return (_norm_index(ns, origin + run.start(1)), _norm_index(ns, origin + run.end(1)))

    def participle_written(self, n: str, ns: Normalized, text: str, start: int, end: int) -> bool:
        """Whether the original's capitals let the word at `start` open a participle clause (the match reads the
        lower-cased text): written in lower case, or opening the sentence before a word in lower case or a time
        word ("Walking to the next address,", "Speaking Sunday on ABC's This Week,"); a capitalised word inside
        the sentence or before another capitalised one is a name ("Sterling Brown, a Bucks guard, filed"), and so is
        one before a verb of saying (`_names_a_speaker`)."""
        origin = ns.span(start, start + 1)[0]
        if text[origin].islower():
            return True
        words = [m for _, m in zip(range(3), WORD.finditer(n, start, end))]
        if self._names_a_speaker([m.group() for m in words]):
            return False  # "Boreing said the members will meet, but said": a participle is never a verb's subject
        second = words[1:2]
        return re.search(r"\w", text[:origin]) is None and (
            not second or text[ns.span(*second[0].span())[0]].islower() or self.typer.is_time_word(second[0].group()))

    def _names_a_speaker(self, words: list[str]) -> bool:
        """Whether a capitalised word in -ing opening the sentence is the subject of a verb of saying right after it
        (en.class.quotative), or after an auxiliary ("Boreing said", "Schilling has said"): a name, since no participle
        is a verb's subject; one taking a participle still opens its clause ("Having said that,":
        closed.en.participle_auxiliary), and so does a gerund before another verb ("Polling has shown ..., he said")."""
        if len(words) < 2 or words[0] in self.participle_auxiliaries:
            return False
        verb = words[2] if words[1] in self.words.finite and len(words) > 2 else words[1]
        return verb in self.quotative

    def _clause_aside(self, words: list[str]) -> bool:
        """Whether the words between two commas are a clause of their own opened by a conjunction
        (closed.en.clause_aside): a subject, then a finite verb ("while others aren't meaningful", "but it is
        under intense pressure"); a phrase after the conjunction is an aside of the subject before it ("Hillary
        Clinton, while in Iowa, said", "Donald Trump, while being interviewed on Fox and Friends, called")."""
        rest = [word.strip(",;:") for word in words[1:]]
        if not words or words[0] not in self.clause_asides or len(rest) < 2:
            return False
        w, first = self.words, rest[0]
        if first in w.prepositions or first in w.skip or first.endswith((PARTICIPLE_ENDING, PAST_ENDING, ADVERB_ENDING)):
            return False  # a preposition, a participle, an adverb: no subject opens there
        return any(word in w.finite or word in w.negation or word.endswith(("s", PAST_ENDING)) for word in rest[1:])

    def _aside(self, n: str, end: int, titled: str = "", capitalised: frozenset[int] = frozenset()) -> Optional[int]:
        """Where an aside between a subject and its verb opens: the nearest comma (of up to three before
        the one closing at `end`) followed by an appositive, a relative clause, a participle or a
        prepositional phrase (", a Hollywood, Fla., rabbi helping to organize the boycott,") or the writer's discourse
        marker ("Twelve residents, all told, said": closed.en.saying_marker, no verb of its own); a relative clause may
        hold a title in quotation marks (", who is promoting his 12th book, "Sin Miedo" (Without Fear),"); with
        `titled` (its closing marks), the aside closes with one, its comma inside the marks and the quotation opened
        after the aside's comma (", the hacker known as "Guccifer,"", ", who calls Trump a "sociopath,"":
        _quoted_title; not '" ... in the case of Wyoming, the Cruz train has already left the station," wrote')."""
        commas = [m.start() for m in _COMMA.finditer(n, max(0, end - 220), end - 1)][-3:]
        stop = max(n.rfind(ch, max(0, end - 220), end - 1) for ch in ';:')
        quoted = n.rfind(titled or '"', max(0, end - 220), end - 1)
        for comma in reversed(commas):
            words = n[comma + 1:end - 1].split()
            if comma < stop or not words:
                break
            if titled and not (comma < quoted and self._quoted_title(words, n[quoted:end])):
                continue
            if comma < quoted and not titled:
                if words[0] in _RELATIVE_OPENERS:
                    return comma
                continue
            if self._appositive(words) or self._titled(words) or self._named_headed(n, comma, words, capitalised) \
                    or self._kin_aside(words) or self.aside_opener.match(" ".join(words[:3]) + " ") \
                    or self.dated_participle.fullmatch(" ".join(words[:2])) or self._marker(n, comma, end):
                found = self._outer_aside(n, [c for c in commas if stop < c < comma and c > quoted], end) or comma
                clausal = n[found + 1:end - 1].split()[:1]
                if clausal and (clausal[0] in _RELATIVE_OPENERS or self._participle(clausal[0])):
                    return self._stacked(n, [c for c in commas if stop < c < found], found, capitalised)
                return found
        return None

    def _stacked(self, n: str, commas: list[int], comma: int, capitalised: frozenset[int] = frozenset()) -> int:
        """The opening of a discourse adverb standing alone between commas right before the aside that opens at
        `comma` (closed.en.aside_adverb, or one in -ly not written with a capital), which is a second aside of the
        same subject: "Sanders, meanwhile, who sits at zero such endorsements, said" is Sanders, not "meanwhile";
        "His daughter, Emily, who works for the campaign, said" is a name in -ly, an appositive kept in the span
        (`capitalised`: the starts of the words written with a capital)."""
        for before in reversed(commas):
            between = n[before + 1:comma]
            aside, at = between.strip(), before + 1 + len(between) - len(between.lstrip())  # the aside and its start
            if aside not in self.aside_adverbs and not (aside.isalpha() and aside.endswith(ADVERB_ENDING)
                                                        and at not in capitalised):
                break
            comma = before
        return comma

    def _outer_aside(self, n: str, commas: list[int], end: int) -> Optional[int]:
        """The farthest of the commas before an aside found that opens a relative clause or a participle, which may
        hold commas of its own: "Sandy Phillips, who lost her daughter ... in Aurora, Colorado,
        in July 2012, said" is Sandy Phillips, not Colorado; "Sen. Chuck Grassley, facing a spirited Democratic
        challenge in Iowa, a swing state, said" is the senator. A preposition or a noun in -ing opens no aside of the
        subject's ("Last week, during a visit to Kabul, Gen. John Allen, the commander, said": en.class.ing_no_participle)."""
        for comma in commas:
            words = n[comma + 1:end - 1].split()
            if words and (words[0] in _RELATIVE_OPENERS or self._participle(words[0])):
                return comma
        return None

    def _participle(self, word: str) -> bool:
        return word.endswith(PARTICIPLE_ENDING) and word.isalpha() and word not in self.ing_no_participle

    def _quoted_title(self, words: list[str], quotation: str) -> bool:
        """Whether an aside's closing quotation is a title or a term it names, not words said: the aside is a noun
        phrase, a relative clause or a title (no participle: ', carrying his "Bernie flag," eager to'), has no bracket
        ('(''Francesco Excommunicates Trump,'' declared La Stampa'), and the quotation opens after its first word and
        holds at most _TITLE_WORDS words ('the hacker known as "Guccifer,"'; not ', "We will win,"'); a phrase of a
        preposition is the writer's frame of a quotation, no one's aside (', in the mayor's words, "dead,"')."""
        return (self._appositive(words) or self._titled(words)) and not any("(" in w for w in words) \
            and not words[0].startswith(('"', "''")) and words[0] not in self.words.prepositions \
            and len(quotation.split()) <= _TITLE_WORDS

    def _parenthetical(self, n: str, hit: Hit, inverted: bool) -> bool:
        """Whether a verb of saying and its subject after it stand between commas inside the sentence ('The bill, a
        "disaster," said Smith, will not pass'): the quotation before them is what was said, no aside's title."""
        if not inverted or hit.text.strip() not in self.quotative:
            return False
        span = self._inverted(n, hit, short=True)
        return span[1] > span[0] and n.startswith(",", span[1])

    def _marker(self, n: str, comma: int, end: int) -> bool:
        """Whether all between the comma and the one closing at `end` is a discourse marker (closed.en.saying_marker)."""
        marker = self.saying_marker.match(n, comma + 2)
        return n[comma + 1:comma + 2] == " " and marker is not None and marker.end() == end - 1

    def subject(self, n: str, hit: Hit, quotes: Quotes, inverted: bool = True, asides: int = 0,
                        capitalised: frozenset[int] = frozenset()) -> tuple[int, int]:
        """The subject before the verb, or with `inverted` after it ('"...," said David Nevins'), past
        at most MAX_ASIDES asides (`asides`: those stepped over so far); `capitalised` are the starts of
        the words written with a capital inside the sentence."""
        w = self.words
        toks = list(WORD.finditer(n, window(n, hit.start), hit.start))
        while toks:
            if toks[-1].group() in w.skip or toks[-1].group().endswith(ADVERB_ENDING):
                if toks[-1].group() not in w.skip and (len(toks) == 1 or toks[-2].group() in w.titles
                                                         or toks[-1].start() in capitalised):
                    break  # "Schlafly also noted", "Mr. Kelly said": a name, not an adverb
                toks.pop()
                continue
            time = self._time_adverbial(toks)
            if time == len(toks):
                break
            del toks[time:]  # "The State Department less than two weeks ago said": "than" is no clause here
        del toks[self._boundary_time(toks):]  # "Officials until recently had said": no clause's edge
        contracted = EN_CONTRACTED.fullmatch(toks[-1].group()) if toks else None
        if contracted is not None:
            # "And he's predicted big wins", "she's tacked to the left": the pronoun alone is the subject
            return (toks[-1].start(), toks[-1].start() + contracted.end(1))
        if toks and toks[-1].group() in w.relatives:
            return (toks[-1].start(), toks[-1].end())  # "Weaver, who endorsed": typed by its antecedent
        bracket = self._bracket(toks, capitalised) if asides < MAX_ASIDES else None
        if bracket is not None:
            # "Kasich (who has 25 delegates to date) said", "Sen. Chris Murphy (a Connecticut Democrat so boyish he has
            # been mistaken for a junior staffer) says": the subject is before the parenthesis, none of its words
            head = self.subject(n, Hit(bracket.start(), bracket.start() + 1, "(", "", ""), quotes, False, asides + 1,
                                capitalised)
            if head[1] > head[0]:
                return head
        if toks and toks[-1].group() in ("-", "--"):
            # "Many speakers at the service - including Muslims, Jews - said": step over the aside
            opening = [m for m in toks[-25:-1] if m.group() in ("-", "--")]
            if opening and asides < MAX_ASIDES:
                return self.subject(n, Hit(opening[-1].start(), opening[-1].end(), "", "", ""), quotes,
                                             inverted, asides + 1, capitalised)
        end = toks[-1].end() if toks else hit.start
        titled = _TITLE_CLOSED.search(toks[-1].group()) if toks and not self._parenthetical(n, hit, inverted) else None
        close = end - len(titled.group(1)) if titled is not None else end  # after the comma inside the closing marks
        aside = self._aside(n, close, titled.group(1) if titled is not None else "", capitalised) \
            if toks and (toks[-1].group().endswith(",") or titled) and asides < MAX_ASIDES else None
        no_phrase, found, relative = False, None, False
        if aside is not None:
            # "Mr. Kaplan, a screenwriter and former studio executive, said", "Snyder, for his part, has
            # denied", "officials, speaking on condition of anonymity, said": the subject is before the aside
            # the capitals are the sentence's, read once: "Woodrow Benford, 58, who lives ..., says" is a name
            head = self.subject(n, Hit(aside, aside + 1, ",", "", ""), quotes, False, asides + 1, capitalised)
            phrase = self._noun_phrase(n, head) if inverted and hit.text.strip() in self.quotative else head
            no_phrase = phrase[1] <= phrase[0] or n[phrase[0]:phrase[1]].split()[0] in self.words.prepositions
            if head[1] > head[0]:
                words = n[aside + 1:close].split()
                nominal = (self._appositive(words) or self._titled(words) or self._named_headed(n, aside, words, capitalised)) \
                    and words[0].split("'")[0] not in _CLAUSAL_ASIDE
                found = (head[0], end if titled else close - 1) if nominal else head  # a title with its marks
                # a clause of its own between the commas is no aside ("..., but it is under intense pressure from
                # Asian imports, said the company's chief executive"): the verb may be inverted; so may it after a
                # relative clause with a subject of its own (closed.en.object_relative), before a name and its
                # appositive ending the sentence ("... colleagues in Congress, whom he's alienated ..., said Larry
                # Sabato, director of ..."), the noun before the clause the subject otherwise ("Sanders, whom
                # Clinton had criticized, said the race was rigged")
                relative = not nominal and words[0] in self.object_relatives
                no_phrase = no_phrase or not nominal and self._clause_aside(words) or relative
                if not no_phrase:  # no noun phrase: the verb may be inverted (below)
                    return found
        if inverted and (aside is None or no_phrase) and toks and toks[-1].group().endswith(",") and toks[-1].group() != "," and \
                hit.text.strip() in self.quotative and hit.text.strip() not in w.hearer_verbs \
                and not _EN_NOT_INVERTED.match(n, hit.end):
            # "... walk away from the program, said Steve Grubbs, an Iowa operative": a verb right after the
            # clause it reports, before a noun phrase (not "he", "that" or a quotation), has its subject after it;
            # so also after what looked like an aside but has no subject before it ("..., forcing her to fend off
            # both Trump and Sanders, said Brad Bannon") or is a clause ("..., but it is under intense pressure from
            # Asian imports, said the company's chief executive")
            ends = ("", ".", "!", "?") if no_phrase else ("", ".", ",", ";", "!", "?")  # after a false aside: the sentence's end
            for span in (self._inverted(n, hit), self._inverted(n, hit, short=True)):
                first = n[span[0]:span[1]].split()[:1]
                if span[1] > span[0] and (n[span[1]:].lstrip()[:1] in ends or self._relative_to_end(n, span)
                                          or self._tail_to_end(n, span)) \
                        and first[0] not in w.possessives and not self.typer.is_time_word(first[0]) \
                        and not set(n[span[0]:span[1]].split()) & w.verb_words \
                        and (not relative or "," in n[span[0]:span[1]]):
                    return span  # a noun phrase that ends the clause ("..., praised the efforts of X to" is no subject)
        if found is not None:
            return found
        closed = False  # the subject ends with a comma: an appositive before it closes there
        if toks and toks[-1].group().endswith(",") and not toks[-1].group().endswith(('",', "',")):
            end = toks[-1].end() - 1  # "Steve Coll, the dean of the school, said": keep the appositive
            drop_final_comma(n, toks)
            closed = True
        start = after_comma = None
        commas = 0
        for m in reversed(toks):
            tok = m.group()
            # ",'" closes a quotation whatever opened it ("to build 'an impenetrable wall" on our border,' she
            # wrote"): an apostrophe never follows a comma
            quoted = quotes.holds(m.start()) or tok.endswith((";", ":", '"', "''", ",'")) or tok.startswith(('"', "''"))
            if commas and not closed and m.start() not in capitalised and not quoted \
                    and not (n[:m.start()].strip() == "" and start in capitalised):  # "Woodrow Benford, 58,"
                start = after_comma  # "... sources of intelligence, the Obama administration said": no name
                break  # before the comma, which ends the content; not a quotation's end, which ends the name before
                # an appositive ('...,'' Cecelia Purner, 67, a retired customer service representative in Allentown,
                # Pa., said')
            if quotes.holds(m.start()) or tok in w.back_stop and start is None:
                break
            if quoted or tok in w.back_stop or tok in ("-", "--"):
                break
            if tok.endswith(",") and m.start() >= 2 and self._place_comma(n, m.start() - 2):
                break  # "At an event in St. Clairsville, Ohio, 62-year-old Brenda Johnson railed": the state closes a phrase
            city = tok.endswith(",") and self._place_comma(n, m.end() - 1) is not None and start is not None \
                and n[start:end].split()[0] in self.city_places and m.start() in capitalised \
                and not self.typer.is_time_word(tok.rstrip(",")) and hit.text != ","  # "Michael Brown of Washington, D.C.,": one phrase
            if tok.endswith(",") and not city:
                # one appositive: "NAME, ROLE," -- continue only when what follows looks like one
                following = n[m.end():end].split()
                # an appositive headed by a title only between commas, after a name ("Charles Chamberlain, Democracy for
                # America's executive director,"; not "Mrs. Clinton, analysts said")
                enclosed = closed or hit.text == ","
                if commas or start is None or not following or not (self._appositive(following) or enclosed
                                                                    and m.start() in capitalised and self._headed(following)
                                                                    and not self._fronted(toks, m)):
                    break
                commas, after_comma = commas + 1, start
            start = m.start()
            if end - start > 160:
                break
        if start is not None and start < end:
            return (self.document_of(n, start, capitalised), end)
        if toks and toks[-1].group() in ("and", "but"):
            # "He endorsed Clinton, but told ...", "Weaver, who came out and endorsed": the coordinated
            # verb shares the subject of its clause
            relative = _RELATIVE_BEFORE.search(n, max(0, toks[-1].start() - 60), toks[-1].start())
            return (relative.start(1), relative.end(1)) if relative else (hit.start, hit.start)
        quoted = bool(toks) and _QUOTE_CLOSED.search(toks[-1].group()) is not None
        if hit.text.strip() in w.hearer_verbs and not quoted or not inverted:
            # what follows "told" is the hearer, not the speaker (but '"...," asked Mr. Manafort')
            return (hit.start, hit.start)
        return self._inverted(n, hit)

    def _fronted(self, toks: list[re.Match], comma: re.Match) -> bool:
        """Whether the words before the comma token `comma`, back to the comma before them, are a phrase of a
        preposition fronted before the subject, no name of its own (closed.en.preposition, closed.en.fronted_preposition):
        "Unlike Clinton, many Democratic voters, who backed Sanders, said" is the voters, not "Unlike Clinton, many
        Democratic voters"."""
        i = next(i for i, m in enumerate(toks) if m is comma)
        while i > 0 and not toks[i - 1].group().endswith(","):
            i -= 1
        return toks[i].group() in self.fronted_prepositions

    def _bracket(self, toks: list[re.Match], capitalised: frozenset[int]) -> Optional[re.Match]:
        """The word opening a parenthesis that closes right before the verb and holds more than a party and state tag
        ("Sen. Kristen Gillibrand (D-NY) said" keeps its tag, one word): a relative clause or an appositive of the
        subject before it opened by a word not written with a capital ("(who has 25 delegates to date)", "(a
        Connecticut Democrat ...)"); None when there is none, or when the parenthesis opens with a capital or a
        former office (closed.en.former_office) and so names the subject ("A spokesman for the campaign (Brian Fallon)
        said", "Her husband (former President Bill Clinton) said": the name stays in the span and types it)."""
        if not toks or not toks[-1].group().endswith(")"):
            return None
        for m in reversed(toks[-_BRACKET_WORDS:-1]):
            if ")" in m.group():
                return None
            if m.group().startswith("("):
                if m.start() in capitalised or m.group().lstrip("(") in self.former_office:
                    return None  # "Her husband (former President Bill Clinton) said": the name is the subject's
                return m
        return None

    def document_of(self, n: str, start: int, capitalised: frozenset[int]) -> int:
        """Where a subject opens that the walk back from its verb began after "and" inside a document's complement
        ("A survey of Democrats and independents found": the survey, not "independents"; "A study by Michael
        Greenstone and Thomas Covert ... concluded"): the "and" joins the complement's nouns, so the subject opens
        at the document's phrase (closed.en.document_complement), at the clause's opening or after a comma."""
        m = self.document_complement.search(n, max(0, start - _COMPLEMENT_REACH), start)
        head = self.typer.lex["document_noun"].search(m.group(2)) if m is not None else None
        if head is None or head.start != 0 or head.end != len(m.group(2)):
            return start
        words = [w for w in WORD.finditer(n, m.start(1), m.start(2))] + [w for w in WORD.finditer(n, *m.span(3))]
        return m.start(1) if self._no_clause(words, capitalised) else start

    def _no_clause(self, words: list[re.Match], capitalised: frozenset[int]) -> bool:
        """Whether the words before a document's head and those of its complement make one noun phrase, with no
        clause in it: "He read a report by the CBO and Ryan said", "The report by the inspector general was released
        and Clinton said" join two clauses, the second with its own subject. A clause has a verb (an auxiliary or an
        irregular form: closed.en.auxiliary, en.verb.irregular; a past in -ed not written with a capital, which
        "United" is, nor before its agent, which "exit polls conducted by Edison Research" is), a pronoun as its
        subject (closed.en.subject_pronoun) or a time ("came out on Monday")."""
        following = [w.group() for w in words[1:]] + [""]
        return not any(w.group() in self.clause_marks or self.typer.is_time_word(w.group())
                       or w.group().endswith(PAST_ENDING) and w.start() not in capitalised and after != "by"
                       for w, after in zip(words, following))

    def _inverted(self, n: str, hit: Hit, short: bool = False) -> tuple[int, int]:
        """The subject after the verb, with its appositive: '"...," said David Nevins, the chief executive of
        Showtime.'; with `short`, the appositive only up to a relative clause in it, or none without one."""
        span = self.after(n, hit.end)
        if span[1] > span[0] and n[span[1]:span[1] + 1] == ",":
            rest = re.match(r",\s*(the|a|an|who is|who was|[a-z.'-]+ (?:for|of|at))\s[^,.;]{0,80}", n[span[1]:])
            if rest:
                end = span[1] + rest.end()
                relative = _RELATIVE_IN.search(n, span[1], end) if short else None
                if short:
                    # only up to its relative pronoun ('said DeSantis, who was elected to the U.S. House in 2012',
                    # 'said Wilcox, an Orlando Republican who founded ... after serving in the Army and the CIA')
                    end = relative.start() if relative is not None else span[1]
                toks = list(WORD.finditer(n, span[1] + 1, end))
                while toks and (toks[-1].group() in self.words.prepositions | self.words.noun_markers
                                or toks[-1].group() in ("and", "or")):
                    toks.pop()  # cut short: 'said Richard L. Trumka, president of the A.F.L.-C.I.O.' is the president
                span = (span[0], toks[-1].end() if toks else span[1])
        return span

    def _tail_to_end(self, n: str, span: tuple[int, int]) -> bool:
        """Whether an appositive or a phrase of place or affiliation after the subject runs to the sentence's end with no
        clause of its own (closed.en.inverted_tail): "..., said the company's chief executive|, John J. Ferriola.",
        "..., says political scientist Dossym Satpayev| in Almaty."; not "..., said Smith, who ...", "said the man in the
        car was armed" (a verb in it)."""
        tail = self.inverted_tail.match(n, span[1])
        if tail is None:
            return False
        rest = n[tail.end():].rstrip(".!?\"'”’) ")
        return 0 < len(rest.split()) <= _TAIL_WORDS and not re.search(r"[,;:\"“”()]", rest) \
            and not set(WORD.findall(rest)) & self.clause_marks

    @staticmethod
    def _relative_to_end(n: str, span: tuple[int, int]) -> bool:
        """Whether a relative clause opens after a name or its appositive and runs to the sentence's end ("said
        Wilcox, an Orlando Republican | who founded lucrative defense and transportation companies after serving in
        the Army.", "said DeSantis|, who was elected"; not "said the staff member who succeeded him ... should")."""
        relative = _RELATIVE_IN.match(n, span[1])
        return relative is not None and (relative.group().startswith(",") or "," in n[span[0]:span[1]]) \
            and re.search(r"[;:\"]", n[span[1]:].rstrip(".!?\"' ")) is None

    def according_phrase(self, n: str, pos: int, quotes: Quotes) -> tuple[list[tuple[int, int]], Optional[tuple[int, int]]]:
        """The words of the noun phrase after "according to" (from `pos`), to the end of its clause or to the
        word that opens its complement ("a publishing executive | familiar with the talks", "the "Medicare for
        all" document | he released"), and a quotation that opens it, after determiners or a possessive: the
        title of a work ("''The Trumps: Three Generations ...,'' by Gwenda Blair"). A quotation inside the
        phrase is stepped over ('the "Medicare for all" document')."""
        words: list[tuple[int, int]] = []
        stops = self.words.prepositions | self.words.relatives | self.words.nominative
        at = pos
        while len(words) < ACCORDING_WORDS and (m := WORD.search(n, at)) is not None:
            quoted = next((q for q in quotes if q[0] == m.start()), None)
            if quoted is not None:
                before = [n[a:b] for a, b in words]
                after = WORD.search(n, quoted[1])
                ends = after is None or after.group()[:1] in ",.;:)" or after.group().rstrip(",.;:") in stops | {"and", "or"}
                if ends and (all(w in self.words.noun_markers for w in before) or before[-1].endswith("'s")):
                    return words, quoted
                at = quoted[1]
                continue
            end = _PHRASE_END.search(m.group())
            if end is not None and (_INITIALS.fullmatch(m.group()) or m.group() in self.words.titles):
                end = None  # "according to E. J. Fleming's ''The Fixers''", "according to Mr. Hedge"
            word = m.group()[:end.start()] if end is not None else m.group()
            if word in stops or word.startswith(('"', "'")):
                break
            if word:
                words.append((m.start(), m.start() + len(word)))
            if end is not None:
                break
            at = m.end()
        return words, None

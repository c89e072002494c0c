"""Typing English spans: the head noun comes last, a name is capitalised, a share or a noun of people is
an unnamed source.

English puts the head last ("The latest Rasmussen Reports poll" is a poll, "the Obama administration" an
organisation) and keeps a name next to its title ("Sen. John McCain, Republican of Arizona"); a known name
may only modify a title ("Trump campaign manager Corey Lewandowski"); a possessor or a place ("refugees from
Iraq") is no head.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache, partial
from itertools import islice
from typing import Optional

from ...lexicon import Hit, LexiconSet
from ...normalize import norm
from ..sources import BODY_WORD, COMMA, TOKEN, Memory, SourceTyper, SpanGrammar, Typed
from ..words import as_written, closed_class, closed_pattern, opening
from .en_subjects import PARTICIPLE_ENDING as _PARTICIPLE_ENDING

_NOT_WORDISH = re.compile(r"[^\w\s'-]")
_EN_AFFILIATION = re.compile(r"(?<!\S)(?:at|of|from|with|for)\s+(?:the\s+)?$")  # right before an organisation
# "Trump campaign manager Corey Lewandowski", "former George W. Bush speechwriter Noam Neusner": a known name that
# modifies the title of the name after it (words apart by any space: "Cruz constituent\xa0Dan Golvach")
_MODIFIER_NAME = re.compile(r"(?:[a-z][\w-]*\s){0,2}([A-Z][\w'’-]*(?:\s[A-Z]\.)?(?:\s[A-Z][\w'’-]*)?)\s(?:[a-z][\w-]*\s){1,3}"
                            r"([A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)+)$")
_POSSESSIVE_END = re.compile(r"'s\b|(?<=s)'(?!\w)")  # after a token: "Carson's", "Sanders'"
_POSSESSOR = re.compile(r"'s?\s+\w")  # after a name: "Clinton's current lead", "Sanders' campaign"
_SPAN_WORD = re.compile(r"[^\s,]+|,")  # a span's words and its commas, as head_phrase and the staff reader split it
_EN_APPROXIMATE = re.compile(r"^(?:(?:about|nearly|almost|roughly|only|just|just over|just under|over|under|more than|"
                             r"fewer than|less than|some) )+")
# a share of those asked the patterns of src.anonymous_share.en.respondents do not give ("several in 10"): unnamed people
_EN_SHARE = re.compile(r"\S+ (?:in|out of) (?:\d+|two|three|four|five|six|seven|eight|nine|ten)")
_EN_COMPLEMENT = re.compile(r" (?:by|of|from|into|on|for|about|in|at|with|released|published|conducted|issued|"
                            r"obtained|written|prepared|commissioned|filed|compiled|produced|signed|sent)(?: |$)")
_NAME_BEFORE_TAG = re.compile(r"((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*)\s*$")  # "Duncan Hunter (R-Calif.)"
# "The leader of the Anti-Defamation League, Jonathan Greenblatt,": the holder named past the body the office heads,
# closed by a comma as an appositive is ("the mayor of Terre Haute, Indiana," names a place of one word)
_HOLDER_PAST_BODY = re.compile(r"\s+(?:of|for|at)\s+(?:the\s+)?[A-Z][^,.;:()\"“”]{0,50}?,\s+"
                               r"((?:[A-Z][\w'’-]*|[A-Z]\.)(?:\s+(?:[A-Z][\w'’-]*|[A-Z]\.)){1,3}),")
# "Khan, a Muslim, was elected as mayor of London": the holder named as the subject of the office's election
# (not "if Trump is elected president": only an office taken)
_ELECTED_HOLDER = re.compile(r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})(?:,[^,.;:()]{1,40},)?\s+(?:was|has been|had been)\s+"
                             r"(?:elected|appointed|named|sworn in|chosen)(?:\s+as)?(?:\s+(?:the|a|an))?(?:\s+new)?\s+$")
# a full name after a comma that closes its sentence: "the company's chief executive, John J. Ferriola."
_NAME_CLOSING_SENTENCE = re.compile(r",\s+((?:[A-Z][\w'’-]+\s+|[A-Z]\.\s+){1,3}[A-Z][\w'’-]*[a-z])\.(?=\s|$)")
_COORDINATED = re.compile(r",\s*(?:and\s+)?|\s+and\s+")  # names coordinated after a plural title
_ORGANISATION_OFFICE = "title.en.organisation"  # an office named by its body: "director of the Earth Institute"
_EN_AFFILIATION_AFTER = re.compile(r" (?:of|at|for|with) ")  # right after an office, before its body
_TITLE_FAMILIES = ("role", "spokesperson", "official_noun")  # the nouns a name before them only modifies
# lexicons that type a span by something other than a title in its appositive (_titles_of_others)
_NOT_OTHERS = ("outlet", "media_generic", "state_media_generic", "intelligence", "document_noun", "org_noun", "authority")
# how far back a person brought in unnamed is what "the woman" stands for: about a paragraph
_INTRODUCED_REACH = 600
# where a sentence of the body opens, not inside a quotation (EnglishSpans.unnamed_subjects), and its first words
_SENTENCE_OPENING = re.compile(r"(?:\A|(?<=[.?!] )|(?<=[.?!][\"'\u201d] )|(?<=\n))(?=[A-Z])")
_OPENING_TOKEN = re.compile(r"[\w'\u2019-]+|[^\w\s]")
_EN_COUNT = re.compile(r"(?:at least |at most )?\d[\d,]*")
# a journalist beside their outlet: "NBC's Ali Vitali", "MSNBC reporter Alex Seitz-Wald", "Paul Krugman of the
# New York Times", "Massimo Franco, a columnist for the Italian newspaper Corriere della Sera"
_POSSESSIVE_OUTLET = re.compile(r"(?:'s|’s|'|’)(?:\s|$)")
_WRITES_FOR = re.compile(r"\b(?:of|for|at|with)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$")
_POSSESSED = re.compile(r"(?:'s|’s|s'|s’) ([a-z]+(?: [a-z]+)?)$")  # the noun after a possessor that ends the head
_MIDDLE_INITIAL = re.compile(r"(?<=[a-z]) [a-z]\.(?= [a-z])")  # "lindsey o. graham": the initial and the space before it
# "FBI Director James Comey’s statement", "Sen. Jane Roe's bill": the name right after a title, written as a possessor
_TITLED_POSSESSOR = re.compile(r"\s+((?:[A-Z][\w-]*\.?\s+){0,2}[A-Z][\w-]*[a-z])(?:['’]s|(?<=s)['’])(?!\w)")
_SHARE = "src.anonymous_share."  # the entries of poll respondents named by a share
_NO_POLL = "src.anonymous_share.en.no_poll"
# nouns that are a document only as the head of a span's first noun phrase: "the release", "Rubio's press release"
_DOCUMENT_HEAD = "en.class.document_head"
_NEWS_WORK = "en.class.news_work_noun"
# the prepositions an outlet stands after past the head of a news work: "a new article in Politico", "a report by
# Reuters" (en.class.news_work_preposition)
_WORK_PREPOSITION = "en.class.news_work_preposition"
# a name that goes on after an outlet's: another body's or a person's, not the outlet ("Bloomberg New Energy
# Finance", "Fortune 500 companies", "Fox News host Sean Hannity", "Breitbart News' editor Peter Schweizer"): a word
# in capitals or digits, a possessive, or a word, then one in capitals (session-43 review)
NAME_GOES_ON = re.compile(r"(?:['’]s?)?\s+(?:[A-Z0-9]|([a-z][\w-]*)\s+[A-Z])")


# a possessor before the outlet, its author ("Karl Rove's Wall Street Journal column"), or an author after "by" past
# the head ("A Wall Street Journal op-ed written by two former Treasury secretaries")
_AUTHOR_BEFORE = re.compile(r"[\w.]+(?:['’]s|s['’])\s")
_AUTHOR_AFTER = re.compile(r"\sby\s")
_CANDIDATE_CAMPAIGN = "closed.en.candidate_campaign"  # "Murphy's campaign": a candidate's
_ELECTION_WORD = "closed.en.election_word"  # "election", "candidates": an article about an election
_KIN_OR_ASSOCIATE = "closed.en.kin_or_associate"  # "Mary Smith, his wife": no candidate by a namesake's campaign
_APPOSITIVE_BODY = "src.appositive_body.en"  # "Teck, the Canadian mining company": a body named before its noun
_TYPED_BY_NAME = frozenset({"src.name", "src.memory", "src.appositive.en"})  # a person typed by no word of a trade
_SPOKEN_THROUGH = "closed.en.spoken_through"  # "Schilling, through a spokeswoman": the spokesperson's words  # a share in an article that names no poll: unnamed people
# lexicons that type a span with an outlet in it by something other than a journalist's name
_NOT_JOURNALIST = ("role", "official_noun", "spokesperson", "document_noun", "state_media_generic")
# lexicons that type a span by something other than its noun of people (not a known name: "several Clinton
# supporters" names no one, whichever Clinton the article met first)
_BODY_SOURCE = "src.official_source.en"  # "Trump campaign sources": unnamed officials of a body
_NAMERS = ("role", "spokesperson", "org_noun", "outlet", "intelligence", "state_media_generic")
# a body named by its initials alone ("ESPN", "the ACU"), unless a lexicon knows them as something else
_INITIALISM = re.compile(r"(?:[Tt]he\s+)?([A-Z]{3,5})")
_NOT_INITIALISM = ("outlet", "media_generic", "state_media_generic", "intelligence", "country", "known_official", "role",
                   "spokesperson", "official_noun", "document_noun")
# lexicons that name what a bare plural of people after capitalised words belongs to ("CNN reporters")
_BELONGS = ("role", "spokesperson", "org_noun", "outlet", "intelligence", "state_media_generic", "document_noun")


# the staff of a named person or body, unnamed (rules/en/staff.yaml; EnglishSpans._staff_member): the nouns of a
# spokesperson, of an aide or official, of a trade of politics, of the office a staff serves, of those close to one
_STAFF_SPOKESPERSON = "en.staff.spokesperson"
_STAFF_AIDE = "en.staff.aide"
_STAFF_TRADE = "en.staff.campaign_trade"
_STAFF_OFFICE = "en.staff.office"
_STAFF_CLOSE = "en.staff.close_to"
_STAFF_SERVING = "en.staff.serving_preposition"  # "a spokesman for", "an aide to"
_STAFF_MEMBER = "src.staff_member.en"  # the decision: the span's head is a staff member, the names only whose staff
_STAFF_NOUN = "src.staff_noun.en"  # a staff noun, whose staff not said ("one top staffer"): typed by its family alone


# the lists of officials known only by a common full name whose namesakes an appositive of no office tells apart
# (EnglishSpans._namesake, src.namesake.en): rules/people.yaml's governors and mayors of 2015-2016
_NAMESAKE_LISTS = ("person.governor.", "person.mayor.")

def _span_words(span: str) -> list[str]:
    """A span's words and commas, the curly apostrophe straightened: one split for head_phrase and the staff reader,
    which counts its words against head_phrase's."""
    return _SPAN_WORD.findall(span.replace("’", "'"))


class EnglishSpans(SpanGrammar):
    principal_rule = _SPOKEN_THROUGH

    def __init__(self, typer: SourceTyper):
        super().__init__(typer)
        self.people = {c: closed_class(typer.rules, f"en.class.{c}")
                       for c in ("person_noun", "group_noun", "crowd_noun", "quantifier", "unnamed_opener",
                                 "initialled_person", "party_members", "head_complement", "partitive_head",
                                 "body_plural")}
        # a body of people: a group or the people gathered at an event, a kind of group (en.class.crowd_noun)
        self._groups = self.people["group_noun"] | self.people["crowd_noun"]
        self._partitive = self.people["partitive_head"] | self.people["quantifier"]  # "dozens of members"
        # each plural of bodies after another word, in any case ("Companies" in "The Estee Lauder Companies"), for
        # `_capitalised_after_word`: compiled once here
        self._body_plural_after_word = {w: re.compile(rf"(?<=\S) ({re.escape(w)})\b", re.I)
                                        for w in self.people["body_plural"]}
        # "the super PAC connected to": a participle past a capitalised word, no part of its phrase
        self._participle_after_name = re.compile(closed_pattern(typer.rules, "en.class.head_complement"))
        # "Proponents", "Caucus-goers": a plural of people by its suffix; "Associates": a person's associates
        self._agent_plural = re.compile(closed_pattern(typer.rules, "en.class.agent_plural"))
        self._possessed = closed_class(typer.rules, "en.class.possessed_person")
        self._nouns = self.people["person_noun"] | self._groups  # "the Republican electorate"
        # "a young woman asked", "one man said": a speaker brought in by a noun (src.definite_person.introduced)
        self._introducing = closed_class(typer.rules, "closed.en.introducing_determiner")
        self._articles = closed_class(typer.rules, "closed.en.definite_article") \
            | closed_class(typer.rules, "closed.en.indefinite_article")
        self._naming = closed_class(typer.rules, "closed.en.naming_participle")  # "a woman named Jane Roe"
        self._body_kinds = closed_class(typer.rules, "closed.en.body_kind")  # "Teck, the Canadian mining company"
        self._months = closed_class(typer.rules, "closed.en.month")
        self._document_heads = closed_class(typer.rules, _DOCUMENT_HEAD)  # documents only as the head: "the release"
        # "a Wall Street Journal article": the paper; read by the span's walk too (English._work_in_outlet)
        self.news_works = closed_class(typer.rules, _NEWS_WORK)
        self._news_modifiers = closed_class(typer.rules, "en.class.news_modifier")  # "One news account"
        # "a news account", not "a social media account" (en.class.news_only_work, en.class.news_only_modifier)
        self._news_only_works = closed_class(typer.rules, "en.class.news_only_work")
        self._news_only_modifiers = closed_class(typer.rules, "en.class.news_only_modifier")
        # "a report in|by|from": the words between a news work's head and its outlet, read here closing the span
        # before an outlet (_news_work) and by the span's walk after the head (English.in_outlet)
        self.work_preposition = rf"\s+(?:{opening(closed_class(typer.rules, _WORK_PREPOSITION))})\s+"
        self._outlet_after_work = re.compile(self.work_preposition + "$")
        # what opens a head's complement ("The people behind the websites"): a preposition, or a word a determiner
        # may follow (closed.en.determiner_lead: "behind", "among", "without")
        self._complement_openers = typer.words.prepositions | closed_class(typer.rules, "closed.en.determiner_lead")
        # "Campaign sources close to Sanders", "sources in the campaign": what a body's sources open before a complement
        self._body_source_complement = typer.words.prepositions | closed_class(typer.rules, "closed.en.closeness")
        self._plural_titles = closed_class(typer.rules, "closed.en.plural_title")  # "Reps. Jane Roe and John Doe"
        self._polls = [t.split() for t in closed_class(typer.rules, "src.anonymous_share.en.polls")]  # "survey", "polled"
        self._possessors = closed_class(typer.rules, "closed.en.description_possessor")  # "His enemies within ..."
        # the heads of a staff member's span (rules/en/staff.yaml), widest first: "press secretary" before "secretary"
        self._staff = {i: closed_class(typer.rules, i) for i in (_STAFF_SPOKESPERSON, _STAFF_AIDE, _STAFF_TRADE,
                                                                _STAFF_CLOSE)}
        self._staff_offices = closed_class(typer.rules, _STAFF_OFFICE)  # "a Clinton campaign strategist"
        self._staff_serving = closed_class(typer.rules, _STAFF_SERVING)  # "a pollster for Mr. Trump"
        # what opens a staff member's description ("a", "one", "several", "his"); "the" opens an anaphor, read apart
        self._staff_openers = (self.people["unnamed_opener"] | self.people["quantifier"] | self._possessors) \
            - closed_class(typer.rules, "closed.en.definite_article")
        # "a farmer in Iowa", "42, a retired teacher": an appositive that opens with a trade (its words, as a group)
        self._trade_opening = re.compile(r" ?(?:\d+, )?" + opening(closed_class(typer.rules, "closed.en.indefinite_article"))
                                         + r" (?:[\w'’-]+ ){0,3}")
        # an appositive that opens with an age ("Kate Brown, 34,")
        self._namesake_opening = re.compile(r" ?(?:\d{1,3}$|\d{1,3}, )")
        self._political_side = re.compile(r"(?:^| )" + opening(closed_class(typer.rules, "closed.en.political_side"))
                                          + r"\b")
        self._private_trade = re.compile(opening(closed_class(typer.rules, "closed.en.private_trade")) + r"\b(?!['’])")
        self._business_trade = re.compile(opening(closed_class(typer.rules, "closed.en.business_trade")) + r"\b(?!['’])")
        # "a critic of the president", "close to the governor": an office after one of these (and up to two words)
        # is another's (closed.en.office_of_another)
        self._of_another = re.compile(r"(?:^| )" + opening(closed_class(typer.rules, "closed.en.office_of_another"))
                                      + r"(?: [\w.'’-]+){0,2} $")
        # "a former Trump aide", "an ex-aide": an office held no more, and of those that leave their holder no role
        self._no_more = closed_class(typer.rules, "closed.en.held_no_more")
        # the words between are the office's own: no "and", no comma, no full stop ("a former Marine and Trump aide",
        # "a former ambassador. Trump adviser"), an initialism's stops only ("a former U.S. envoy")
        self._former = re.compile(r"\b" + opening(closed_class(typer.rules, "closed.en.former_office"))
                                  + r"(?:[ -](?!(?:and|or)\b)(?:(?:\w\.)+|[\w'’-]+)){0,3}[ -]$")
        # "a former vice chairman of the Federal Reserve": a company's officer at a public body holds a public office
        self._company_officer = closed_class(typer.rules, "closed.en.company_officer")
        self._public_body = re.compile(r" (?:of|at|for) (?:(?:[^,.;:()]|\.(?! ))*?\b)?"
                                       + opening(closed_class(typer.rules, "closed.en.public_body")) + r"\b")
        # "Schilling, through a spokeswoman": the one who speaks through a spokesperson is no official by it
        self._spoken_through = re.compile(closed_pattern(typer.rules, _SPOKEN_THROUGH), re.I)
        # "Murphy's campaign", "Dena Grayson's Senate campaign": the possessor runs for office (closed.en.candidate_campaign)
        self._campaign = re.compile(closed_pattern(typer.rules, _CANDIDATE_CAMPAIGN))
        # "election", "primaries", "candidates": two in the body make it an article about an election
        self._election = re.compile(r"(?<![\w-])(?i:" + opening(closed_class(typer.rules, _ELECTION_WORD)) + r")(?![\w-])")
        # "Mary Smith, his wife", "His brother, Tom Smith": a relative or associate named beside their own name
        kin = r"(?i:" + opening(closed_class(typer.rules, _KIN_OR_ASSOCIATE)) + r")s?\b"
        name = r"((?:[A-Z][\w'’-]*\s+|[A-Z]\.\s+){0,2}[A-Z][\w'’-]*[a-z])"
        owner = r"(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Aa]n?|[A-Z][\w'’-]*['’]s?)\s+(?:[\w'’-]+\s+){0,2}?"
        self._associate = re.compile(rf"(?<![\w-]){name},\s+{owner}{kin}|\b{owner}{kin},?\s+{name}(?![\w'’-])")
        self._tense = {w: False for w in closed_class(typer.rules, "closed.en.past_office")} \
            | {w: True for w in closed_class(typer.rules, "closed.en.present_office")}  # an office's time: now?
        # what is never a given or a family name beside another one: "Mr." or "de" before a family name, "Jr." after it
        self._no_names = frozenset(typer.function_words | closed_class(typer.rules, "closed.en.name_particle")
                                   | {t.strip(".") for t in closed_class(typer.rules, "closed.en.name_suffix")}
                                   | {t.strip(".") for t in typer.words.titles})
        # "the Florida senator", "the former Alaska governor": "the", a lower-case modifier or two, capitalised
        # modifiers, a lower-case office
        # (or "a", "one": "One California delegate", src.indefinite.en, an unnamed office holder)
        self._office_after_determiner = re.compile(rf"(?:({as_written(closed_class(typer.rules, 'src.indefinite.en'))})|"
                                             rf"{as_written(closed_class(typer.rules, 'closed.en.definite_article'))}) "
                                             r"(?:[a-z-]+ ){0,2}((?:[A-Z][\w.'’-]* ){1,3})[a-z][a-z. -]*")
        self._excluded = lru_cache(maxsize=16384)(self._read_word)
        # "Ohio RNC member Jane Roe": a state, the words of a title (capitalised or not), a name
        self._state_before_title = re.compile(rf"(?i:({opening(closed_class(typer.rules, 'closed.en.us_state'))})) "
                                              r"(\S+) ")
        # the words before each known name of a body are asked for a title (lead_kin: 2,507 asks of 2,498 texts on every
        # fourth PolNeAR train article): the title lexicons alone, not the typer's cached scan of every span lexicon,
        # whose cache of spans these texts would only push out
        self._titles = LexiconSet({f: typer.lex[f] for f in _TITLE_FAMILIES})
        # "Former first lady Laura Bush", "the first lady, Michelle Obama": the given and the family name after the title
        self._relative_title = re.compile(r"\b(?i:" + opening(closed_class(typer.rules, "closed.en.spouse_of_office"))
                                          + r"),?\s+((?:[A-Z][\w'’.-]*\s+){1,2})([A-Z][\w'’-]*)")
        # "NAME, the ROLE", "NAME, Donald Trump's fired ROLE" (closed.en.role_determiner); a possessor's form of
        # address or abbreviated title may open the words, not counted among them ("Jennifer Palmieri, Mrs.
        # Clinton's communications director", "Warren Gunnels, Mr. Sanders's longtime policy adviser":
        # closed.en.honorific, closed.en.title_abbreviation); no other word with a full stop
        addressed = as_written(frozenset(t for t in typer.words.titles if t.endswith(".")))
        self._name_before_role = re.compile(r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}),\s+(?:"
                                            + opening(typer.words.role_determiners) + r"\s+)?(?:(" + addressed
                                            + r")\s+(?=[A-Z]))?((?:[\w'’-]+\s+){0,3})$")
        self._honorifics = typer.words.honorifics
        # "Robert Reich, who served as labor secretary during Mr. Clinton's first term": the title after "who serves
        # as" is the name's before "who", not one after it (closed.en.serving_verb, closed.en.office_time); only the
        # office's own words between, no possessor ("who served as Hillary Clinton's chief of staff" is her staff)
        self._serving_holder = re.compile(
            r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}),\s+who\s+(?:(?:"
            + opening(closed_class(typer.rules, "closed.en.office_time")) + r")\s+){0,2}(?:"
            + opening(closed_class(typer.rules, "closed.en.serving_verb")) + r")\s+(?:(?:"
            + opening(closed_class(typer.rules, "closed.en.definite_article")
                      | closed_class(typer.rules, "closed.en.indefinite_article")) + r")\s+)?"
            r"(?:(?:\w\.)+\s+|[\w-]+\s+){0,3}$")

    def name_before_role(self, before: str) -> list[str]:
        """"NAME, (the) ROLE", "NAME, Mrs. Clinton's communications director"; a possessor addressed by a form of
        address (closed.en.honorific) gives an office only when a known official ("Jane Roe, Dr. Smith's secretary"
        is a private person's secretary: session-43 review)."""
        found = self._name_before_role.search(before)
        if found is None:
            return []
        if found.group(2) and found.group(2).lower() in self._honorifics:
            possessor = _POSSESSIVE_OUTLET.split(found.group(3), maxsplit=1)[0]
            if not self.typer.hits(norm(possessor))["known_official"]:
                return []
        return found.group(1).split()

    def name_closing_sentence(self, body: str, at: int) -> list[str]:
        """A role's holder named after a comma at the end of the sentence ("said the company's chief executive,
        John J. Ferriola.", "the endorsed Republican candidate for governor, Wayne Stenehjem."): the prescan's
        name after a comma must be closed by another comma ("The director of the centre, Ina Kirsch, said"), which
        a sentence's full stop does instead. A full name only, of two words or more, so that "..., Smith said."
        names no holder."""
        found = _NAME_CLOSING_SENTENCE.match(body, at)
        names = self.name_tokens(found.group(1), False, False) if found else []
        return names if len(names) > 1 else []

    def another_person(self, words: list[str], remembered: list[str], n: str) -> bool:
        """Besides a first name shared, a name that ends with the family name of someone met before after a given
        name of its own ("Eric Trump" after "Donald Trump"; not "Mr. Trump", "de"), or opens with it as its own
        given name ("Ryan Leenders" after "Paul Ryan"), is another person (Arabic spans keep words of their own
        before a name: not there)."""
        if super().another_person(words, remembered, n):
            return True
        return self._other_given_name(words, remembered) \
            or len(words) > 1 and len(remembered) > 1 and self._family_as_given(words[0], words[1], remembered, n)

    def _other_given_name(self, words: list[str], other: list[str]) -> bool:
        """Whether two names (normalised words) of one family name open with given names of their own, neither of
        which the other has: "Eric Trump" and "Donald Trump", "Dena Grayson" and "Lolita Grayson"; not "Democrat
        Patrick Murphy" and "Patrick Murphy", "Dena Minning Grayson" and "Dena Grayson", nor "Mr. Trump"."""
        return len(words) > 1 and len(other) > 1 and words[-1] == other[-1] and words[0] not in other \
            and other[0] not in words and not {words[0].strip("."), other[0].strip(".")} & self._no_names

    def named_relatives(self, body: str, nb, people, memory: Memory) -> None:
        """"Former first lady Laura Bush", "the first lady, Michelle Obama": the spouse of a head of state or
        government (closed.en.spouse_of_office) holds no office (LABELLING: a relative is a named person) and is not
        the office holder whose family name they share, whom the article may title anywhere ("and so has President
        Bush"): remembered before any title by the given name alone, which the whole name recalls, leaving the bare
        family name to the office holder."""
        for found in self._relative_title.finditer(body):
            given = " ".join(found.group(1).split())
            memory.remember(f"{given} {found.group(2)}", "named_person", spelling=given, rule="closed.en.spouse_of_office")

    def introductions(self, introduced: list[tuple[int, str, str]], known: list[tuple[int, str, str]]):
        """A full name of the gazetteer introduces its person where it stands, in the text's order with the titled
        names: "Hillary Clinton" opening the body, then "former President Bill Clinton": a bare "Clinton" is the one
        met first (LABELLING: a later surname is the person first introduced with it); its bare family names after."""
        full = sorted([*introduced, *(h for h in known if " " in h[2])], key=lambda h: h[0])
        return [*full, *(h for h in known if " " not in h[2])]

    def lead_kin(self, body: str, nb, known: list) -> list[tuple[int, str, str]]:
        """"Last week, Eric Trump said ...", "Chelsea Clinton announced ...": a known person's family name in the
        body's first paragraph after a capitalised given name of another (not theirs, no title, no particle, no noun
        of people: "Billionaire Trump"), before that person's first mention of their own (their full name, or their
        family name after a title: "President Trump and his wife, Melania Trump") and not modifying a noun of
        people, introduces the article's subject (LABELLING: a later surname is the person first introduced with
        it; src.lead_kin.en); a relative met further on ("Melania Trump" beside Donald Trump) is not, nor a known
        given name ("Defeat Crooked Hillary PAC")."""
        lead_end = body.find("\n\n") % (len(body) + 1)  # the first paragraph (the headline is not the body's)
        own = {}  # each known person's first mention of their own
        for hit in known:
            a = nb.span(hit.start, hit.end)[0]
            if " " in hit.text or self._titled(body[max(0, a - 40):a]):
                own.setdefault(hit.value.name, hit.start)
        found = []
        for hit in known:
            a, b = nb.span(hit.start, hit.end)
            given = re.search(r"([A-Z][\w'’-]+) $", body[max(0, a - 30):a])
            if " " in hit.text or b > lead_end or given is None or own.get(hit.value.name, len(nb.text)) < hit.start \
                    or hit.text != norm(hit.value.name).split()[-1]:
                continue
            word, following = norm(given.group(1)), nb.text[hit.end:hit.end + 30].split()[:1]
            if self._excluded(given.group(1)) or word in self._no_names or word in self._nouns \
                    or word in norm(hit.value.name).split() or following and following[0].strip(".,;:") in self._nouns:
                continue  # "Young Sanders supporters": the name only modifies a noun of people
            found.append((a, f"{given.group(1)} {body[a:b]}", f"{given.group(1)} {body[a:b]}"))
        return found

    def _titled(self, before: str) -> bool:
        """Whether the words before a name end with a title or a form of address ("President", "first lady", "Mr.")."""
        n = norm(before).rstrip()
        if not n:
            return False
        if n.split()[-1] in self.typer.words.titles:
            return True
        hits = self._titles.scan(n)
        return any(h.end == len(n) for f in _TITLE_FAMILIES for h in hits[f])

    def _name_tokens(self, original: str, leading: bool, last: bool) -> list[str]:
        out: list[str] = []
        previous_end = 0
        run = 0  # name tokens just read, one after another
        addressed = False  # the token before was "Mr.", "Ms.", "Dr.": a capitalised word after it is a name
        for m in TOKEN.finditer(original):
            tok, gap, previous_end = m.group(), original[previous_end:m.start()], m.end()
            after_honorific, addressed = addressed, norm(tok).strip(".") in self.typer.words.honorifics
            if after_honorific and tok[:1].isupper() and not _POSSESSIVE_END.match(original, m.end()):
                out.append(tok.strip(".,"))  # "Ms. White", "Mr. House": a family name that is also a word
                run += 1
                continue
            if out and ("," in gap or "(" in gap):
                # "Jeffrey Salkin, a Hollywood, Fla., rabbi", "Chris Collins (R-N.Y.)": an English name ends
                # at a comma or a parenthesis
                break
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
        return not n or n in self.typer.function_words or n in self.typer.lexicon_words \
            or n + "." in self.typer.lexicon_words or n in self.typer.words.honorifics \
            or n + "." in self.typer.words.titles or n in self.typer.time_words or n in self._months \
            or norm(tok) in self._months \
            or any(map(str.isdigit, n)) or not tok[:1].isupper() \
            or n in self._groups or n in self.people["quantifier"]
        # lower case, a body of people ("GOP", "Staff"), or a quantifier ("Half said", session-42 review): not a name

    def offices(self, body: str, family: str, start: int, end: int, names: list[str], memory: Memory) -> list[str]:
        """A title in parentheses follows its holder's name ("Harry Reid (D-Nev.) said"), not the words after it;
        an office of a body may name its holder after the body ("The director of the European Centre, Ina Kirsch,"),
        and an office taken names the subject who was elected or appointed to it."""
        if body[start:start + 1] != "(":
            elected = _ELECTED_HOLDER.search(body, max(0, start - 100), start)
            if elected is not None:  # before "NAME, ROLE": "Khan, a Muslim, was elected as mayor" is not "Muslim"
                return self.name_tokens(elected.group(1), False, False)
            serving = self._serving_holder.search(body, max(0, start - 120), start)
            if serving is not None:  # "Robert Reich, who served as labor secretary during Mr. Clinton's": Reich
                return self.name_tokens(serving.group(1), False, False)
            past = _HOLDER_PAST_BODY.match(body, end) if not names else None
            holder = self.name_tokens(past.group(1), False, False) if past else []
            return holder if len(holder) > 1 else names
        before = _NAME_BEFORE_TAG.search(body, max(0, start - 60), start)
        return self.name_tokens(before.group(1), False, False) if before else []

    def head_reading(self, span: str, n: str, unquoted: str, lead: Optional[list[str]], memory: Memory) -> Optional[Typed]:
        """A document or an organisation named by the span's last noun."""
        # "An inquiry by the inspector general": a short head comes before its complement
        head = _EN_COMPLEMENT.split(n, maxsplit=1)[0]
        last_word = _NOT_WORDISH.sub("", head if len(head.split()) <= 6 else n).split()[-1:]
        work = self._news_work(span, n, head, last_word)
        if work is not None:
            return work
        doc = self.typer.lex["document_noun"].search(last_word[0]) if last_word else None
        if doc is not None and doc.end >= len(last_word[0]):
            # English heads come last: "The latest Rasmussen Reports poll" is a poll
            return Typed("document", name=span.strip(), rules=[doc.entry_id, "src.head_noun"])
        words = _NOT_WORDISH.sub("", head).split()
        media = self._media_head(span, n, words) or self._medium_alone(span, n)
        if media is not None:
            return media  # "The editorial page said": the paper speaking, not a page of it
        if self._document_head(words, n):
            return Typed("document", name=span.strip(), rules=[_DOCUMENT_HEAD, "src.head_noun"])
        staff = self._staff_member(span, n, memory)
        if staff is not None:
            return staff  # "A Cuomo spokesman", "An aide to Mr. Trump": the staff member, not whose staff
        org = self.typer.lex["org_noun"].search(" ".join(words[-2:])) if 1 < len(words) <= 4 else None
        if not (org is not None and org.end >= len(" ".join(words[-2:])) and self.typer.lex["role"].search(head) is None):
            org = self._possessed_body(head)
        if org is not None and self.person_head(span, org) is None:
            # "the Obama administration", "the Trump campaign": a name before the head only modifies it
            return Typed("named_organization", name=span.strip(), rules=[org.entry_id, "src.head_noun"])
        return self._body_sources(span, n) or self._share(span, n, memory) or self._journalist(span, n, memory) \
            or self._unnamed_people(span, n) \
            or self._bare_plural(span, n) or self._plural_head(span, n, memory) or self._initialism(span, n) \
            or self._definite_office(span, n) or self._titles_of_others(span, memory) or self._trade(span, memory) \
            or self._namesake(span, memory)

    def _staff_member(self, span: str, n: str, memory: Memory) -> Optional[Typed]:
        """An unnamed member of a named person's or body's staff heading the span (rules/en/staff.yaml,
        src.staff_member.en): the last word or two of its first noun phrase (EnglishSpans.head_phrase) a staff noun,
        no name after it (an appositive's name is the member's own: "the White House spokesman, Josh Earnest"), the
        phrase not coordinated ("their friends and advisers"); a singular one opened by a determiner of unnamed people
        or a possessor ("a", "one", "his", "Cameron's"; "the aide" refers back, src.anaphor.staff.en); whose staff
        said in the span (_staff_principal: "Federal officials", "A spokesman" are left to the official and
        spokesperson nouns; a staff noun neither holds, "one top staffer", is typed by src.staff_noun.en). The names
        in it are whose staff; a body named with capitals is a spokesperson's name ("an Intel spokeswoman": Intel,
        remembered as a body), a person never. A spokesperson speaks for the body or the person's office,
        named_organization ("A spokesman for Platte River", "A Cuomo spokesman", "A spokesman for Mr. Clinton"); an
        aide, adviser, staffer or official is an unnamed official ("An aide to Mr. Trump", "Clinton campaign
        officials", "a Crossroads official"); a trade of politics only with whom it serves named ("Top Sanders
        strategists"); a person close to someone is near the staff, unnamed, anonymous ("a person close to the
        Clintons"). None where the span is no such description, or names an intelligence body (intel.*)."""
        phrase, rest = self.head_phrase(span)
        low = [norm(w).strip(".") for w in phrase]
        head = next(((i, k) for k in (2, 1) if len(low) >= k for i, terms in self._staff.items()
                     if " ".join(low[-k:]) in terms), None)
        if head is None:
            return None
        family, width = head
        words = _span_words(span)
        before = words[:len(words) - len(phrase) - len(rest)]  # a possessor and what precedes it: "Mrs. Clinton's"
        modifiers = [norm(w).strip(".") for w in [*before, *phrase[:-width]]]
        if set(modifiers) & self.typer.words.en_coordinators:
            return None  # "their friends and advisers", "Ukrainian politicians and officials": more than the staff
        if rest[:1] == [","] and len(rest) > 1 and rest[1][:1].isupper() and self.name_tokens(rest[1], False, False):
            return None  # "A spokesman for the campaign, Brian Fallon,": named
        if self.typer.hits(n)["intelligence"]:
            return None  # "Intelligence officials": the service speaking (intel.*)
        possessor = any(_POSSESSIVE_END.search(w) for w in before)
        opened = bool(modifiers) and modifiers[0] in self._staff_openers
        plural = self._plural(low[-1])
        if family == _STAFF_CLOSE and not set(modifiers) - self._staff_openers:
            # "a person close to the Clintons"; not "Campaign sources close to Sanders", a campaign's sources
            # (src.official_source.en)
            return Typed("anonymous", name=None, role=span.strip(), rules=[family, _STAFF_MEMBER])
        if family == _STAFF_CLOSE:
            return None
        if not plural and not (opened or possessor):
            return None  # "the aide", "top aide": one the article named, read by the anaphor or the office
        if family == _STAFF_TRADE and not self._trade_principal(modifiers, rest, possessor):
            return None  # "Democratic strategists", "One strategist": a trade, unnamed people as before
        principal = self._staff_principal([*before, *phrase[:-width]], modifiers, rest, possessor, memory)
        if principal is None:
            # "Federal officials", "A spokesman", "An official at the consulate": whose staff is not said, no staff
            # member; the official or spokesperson noun types them as before. A staff noun no such lexicon holds
            # ("one top staffer") is typed by its family still, the decision naming no one whose staff (src.staff_noun.en)
            hits = self.typer.hits(n)
            if hits["official_noun"] or hits["spokesperson"]:
                return None
            kind = "named_organization" if family == _STAFF_SPOKESPERSON else "anonymous_official"
            return Typed(kind, name=span.strip() if kind == "named_organization" else None, role=span.strip(),
                         rules=[family, _STAFF_NOUN])
        if family == _STAFF_SPOKESPERSON:
            # a body named speaks ("an Intel spokeswoman"): it is the source's name, and a later "Intel said" is the
            # body (remembered); a person's spokesperson is the office speaking, named by the span
            body = principal or None
            recalled = memory.recall(body) if body is not None else None
            if body is not None and recalled is None:
                memory.remember(body, "named_organization", rule=_STAFF_MEMBER)
            elif body is not None:
                # the prescan took the body, or its first words, for an office's holder ("spokesman for the Jupiter
                # Police Department" remembered "Jupiter"): the body
                memory.retype(recalled[1], "named_organization", _STAFF_MEMBER)
            return Typed("named_organization", name=body or span.strip(), role="spokesperson",
                         rules=[family, _STAFF_MEMBER])
        return Typed("anonymous_official", name=None, role=span.strip(), rules=[family, _STAFF_MEMBER])

    def _staff_principal(self, modifiers_written: list[str], modifiers: list[str], rest: list[str], possessor: bool,
                         memory: Memory) -> Optional[str]:
        """Whom a staff noun serves, if the span says it (None if not): a possessor ("Mrs. Clinton's campaign
        strategists", "his aides"), an office of en.staff.office among its modifiers ("campaign officials", "an
        Obama administration official"), a capitalised modifier ("A Warren adviser", "an Intel spokeswoman"; the
        span's first word only if a lexicon knows it, "Clinton aides", not "Federal officials"; not a country's
        adjective, "A Chinese official"), or after a preposition of en.staff.serving_preposition an office or a
        capitalised name past at most two lower-case words ("a spokesman for the Jupiter Police Department", "a
        longtime adviser to both Clintons"). Returns the body's name when a capitalised body no lexicon or memory holds as a person is whose
        staff ("Intel", "Platte River"), else "" (a person, a possessor, an office)."""
        if possessor or modifiers[:1] and modifiers[0] in self._possessors or self._serves_office(modifiers):
            return ""
        runs = [self._capitalised_run(modifiers_written)]
        if rest[:1] and rest[0].lower() in self._staff_serving:
            after = rest[1:]
            lower = next((i for i, w in enumerate(after[:3]) if w[:1].isupper() or w == ","), len(after[:3]))
            if lower < 3 and any(norm(w).strip(".") in self._staff_offices for w in after[:lower + 1]):
                return ""  # "an official of the campaign"
            if lower <= 2:
                runs.append(self._capitalised_run(after[lower:]))
        for titled, run in runs:
            if not run:
                continue
            hits = self.typer.hits(norm(run))
            if hits["country"] and hits["country"][0].end >= len(norm(run)) and hits["country"][0].start == 0:
                continue  # "A Chinese official": a country's officials, no one's staff
            known = hits["known_official"]
            if not (known or hits["org_noun"] or hits["outlet"]) and len(run.split()) == 1 \
                    and run == (modifiers_written[:1] or [""])[0] and not titled:
                continue  # "Federal officials", "Senior aides": the span's first word, capitalised as the sentence's
            # a person: after a title or a form of address, known, opened by a given name, or remembered by a
            # fuller name ("Cuomo" after "Gov. Andrew Cuomo"); the prescan's "spokesman for Platte River" remembers
            # the run or part of it as an office's holder, which tells nothing
            recalled = memory.recall(run)
            person = titled or bool(known) or norm(run.split()[0]) in memory.given_names \
                or recalled is not None and bool(set(recalled[1].split()) - set(run.split())) \
                and recalled[0] in ("named_person", "named_official")
            return "" if person else run
        return None

    def _trade_principal(self, modifiers: list[str], rest: list[str], possessor: bool) -> bool:
        """Whether a trade of politics (en.staff.campaign_trade) names whom it serves: a possessor ("Mrs. Clinton's
        campaign strategists"), an office of en.staff.office among its modifiers ("campaign"), or a known name
        before it or after "for"/"to" ("Top Sanders strategists", "a pollster for Mr. Trump"); not a party's
        ("Democratic strategists")."""
        if possessor or self._serves_office(modifiers):
            return True
        after = rest[1:5] if rest[:1] and rest[0].lower() in self._staff_serving else []
        return any(self.typer.hits(norm(" ".join(ws)))["known_official"] for ws in (modifiers, after) if ws)

    def _serves_office(self, modifiers: list[str]) -> bool:
        """Whether a staff noun's modifiers hold an office of en.staff.office, of one word or two ("campaign
        officials", "a Trump transition aide", "a White House spokesman")."""
        return bool(set(modifiers) & self._staff_offices) or " ".join(modifiers[-2:]) in self._staff_offices

    def _capitalised_run(self, words: list[str]) -> tuple[bool, str]:
        """The first run of capitalised words that is no determiner, opener or form of address in `words` (a
        staff noun's modifiers or the words after its preposition), and whether a title or a form of address opens
        it ("Mr. Trump", "Mayor Frank G. Jackson": a person)."""
        run: list[str] = []
        titled = False
        for w in words:
            low = norm(w).strip(".")
            if w == "," or _POSSESSIVE_END.search(w):
                break
            if not w[:1].isupper() or low in self._staff_openers or low in self.typer.function_words:
                if run:
                    break
                continue
            if not run and (low in self.typer.words.honorifics or self._titled(w)):
                titled = True  # "Mr. Trump", "Mayor Frank G. Jackson"
                continue
            run.append(w.strip(".,'"))
        return titled, " ".join(run)

    def _news_work(self, span: str, n: str, head: str, last_word: list[str]) -> Optional[Typed]:
        """A news outlet's own work (en.class.news_work_noun) heading the span speaks as the outlet, media: the outlet
        modifies the head ("a Wall Street Journal article", "The current Associated Press count") or follows it past
        "in", "by" or "from" ("a new article in Politico"), the whole of its name (not "Bloomberg New Energy
        Finance"); with none named, a noun of the news (en.class.news_modifier) before the head ("One news account",
        "press accounts") or a noun of the media before it ("The Times report", src.media_generic.en) makes it the
        media's, named by the span."""
        words = _NOT_WORDISH.sub("", head).split()
        if len(head.split()) > 6 or not words or words[-1:] != last_word:
            return None
        noun = next((w for w in (" ".join(words[-2:]), words[-1]) if w in self.news_works), None)  # "fact check"
        if noun is None:
            return None
        end = len(head.rstrip())
        before = words[:-len(noun.split())][-1:]
        if noun in self._news_only_works and not (before and before[0] in self._news_only_modifiers) \
                and not any(h.end <= end for h in self.typer.hits(n)["outlet"]):
            return None  # "An Islamic State social media account said": the group's, no news work
        outlet = next((h for h in self.typer.hits(n)["outlet"]
                       if (h.end <= end or self._outlet_after_work.fullmatch(n, end, h.start) is not None)
                       and not self.name_goes_on(span, h.end)), None)
        if outlet is not None and self._authored(n, outlet, end):
            return None  # "Karl Rove's Wall Street Journal column": its author's, no outlet's
        if outlet is not None:
            kind = "state_media" if outlet.value.kind == "state" else "media"
            return Typed(kind, name=outlet.value.name, rules=[outlet.entry_id, _NEWS_WORK, "src.head_noun"])
        state = self.typer.search("state_media_generic", n)
        if state is not None and state.end <= end - len(noun):  # "State media reports", "official media reports"
            return Typed("state_media", name=span.strip(), rules=[state.entry_id, _NEWS_WORK, "src.head_noun"])
        medium = next((h for h in self.typer.hits(n)["media_generic"] if h.end <= end - len(noun)), None)
        if medium is not None or before and before[0] in self._news_modifiers:
            # "The Times report", "the paper's editorial"; "One news account", "media reports"
            rules = [medium.entry_id] if medium is not None else []
            return Typed("media", name=span.strip(), rules=[*rules, _NEWS_WORK, "src.head_noun"])
        return None

    def name_goes_on(self, text: str, pos: int) -> bool:
        """Whether a name goes on after an outlet's name ending at `pos` (NAME_GOES_ON), the word before a capital
        no news work's head (en.class.news_work_noun: "a CNN report Tuesday" is CNN's): shared by the span's walk
        (English._work_in_outlet) and its typing (_news_work)."""
        m = NAME_GOES_ON.match(text, pos)
        return m is not None and (m.group(1) is None or m.group(1).lower() not in self.news_works)

    @staticmethod
    def _authored(n: str, outlet: Hit, end: int) -> bool:
        """Whether a news work names its author, whose it then is, not the outlet's (session-43 review): a possessor
        before the outlet ("Karl Rove's Wall Street Journal column") or "by" after the head and the outlet ("A Wall
        Street Journal op-ed written by two former Treasury secretaries")."""
        return _AUTHOR_BEFORE.search(n, 0, outlet.start) is not None \
            or _AUTHOR_AFTER.search(n, max(end, outlet.end)) is not None

    def _document_head(self, words: list[str], n: str) -> bool:
        """Whether the span's first noun is a document only as a head (en.class.document_head: "the release", not "a
        video producer"): the head is the noun before any preposition or participle, so a document after one is its
        complement ("The people behind the websites", "Fans reacting to the release": people). A paper's page is the
        paper speaking ("The Times' front page said"): an outlet or a medium in the span leaves it to the media."""
        if not words or words[-1] not in self._document_heads \
                or any(w in self._complement_openers or w.endswith(_PARTICIPLE_ENDING) for w in words[:-1]):
            return False
        hits = self.typer.hits(n)
        return not hits["outlet"] and not hits["media_generic"]

    def _body_sources(self, span: str, n: str) -> Optional[Typed]:
        """"Trump campaign sources", "Campaign sources close to Sanders": sources named by the body they speak from
        (src.official_source.en) head the span, last after capitalised modifiers or first before a complement; a
        person's name there only says whose body it is: unnamed officials, as "A Sanders campaign source" is."""
        hit = next((h for h in self.typer.hits(n)["official_noun"] if h.entry_id == _BODY_SOURCE), None)
        if hit is None:
            return None
        modifiers = span.split()[:len(n[:hit.start].split())]
        after = n[hit.end:].split()[:1]
        last = self.ends_with(n, hit) and all(w[:1].isupper() for w in modifiers)
        first = hit.start == 0 and after != [] and after[0] in self._body_source_complement
        return Typed(hit.value.type, role=span.strip(), rules=[hit.entry_id]) if last or first else None

    def _titles_of_others(self, span: str, memory: Memory) -> Optional[Typed]:
        """"Heather Hurlburt, a former speechwriter to Secretary of State Madeline Albright", "Richard Cross, a
        former staff member for Maryland Republicans such as former Gov. Bob Ehrlich": a name heads the span and
        every title in the words after its comma is followed by its own holder's name, someone else's office that
        only describes the named one (a person); a title of the span's own ("a former official in President Bill
        Clinton's administration") or a body, an outlet or a document in it leaves the span to them. A person the
        article introduced before (with an office of their own) stays as remembered."""
        first, _, rest = span.strip().partition(",")
        lead, nr = self.typer.name_tokens(first), norm(rest)
        if not nr or not lead or [w.strip(".") for w in first.split()] != lead \
                or self.typer.hits(norm(first))["known_official"] \
                or nr.split()[0] in self.typer.words.en_coordinators:
            return None  # a known name is an official by name; "Sanders, and Gov. Jay Nixon" are two people
        hits = self.typer.hits(nr)
        titles = [h for f in _TITLE_FAMILIES for h in hits[f]]
        words = rest.split()
        others = [h for f in _NOT_OTHERS for h in hits[f]
                  if not any(t.start <= h.start and h.end <= t.end for t in titles)]  # "State" of "Secretary of State"
        if not titles or others or len(words) != len(nr.split()):
            return None
        for hit in titles:
            after = words[len(nr[:hit.end].split()):][:1]
            if hit.text.split()[-1] in self.typer.words.prepositions or not (
                    after and after[0][:1].isupper() and not self._excluded(after[0].strip(".,;:"))):
                return None  # "a former official in ...", "a spokesman for Ted Cruz": the title is the named one's own
        name = " ".join(lead)
        recalled = memory.recall(name)
        if recalled is not None and not self.another_person(norm(name).split(), norm(recalled[1]).split(), norm(span)):
            # introduced before with an office of their own ("New America director Heather Hurlburt"): still them
            return Typed(recalled[0], name=recalled[1], rules=["src.memory", "src.title_of_another.en"])
        memory.remember(name, "named_person")
        return Typed("named_person", name=name, rules=["src.name", "src.appositive.en", "src.title_of_another.en"])

    def _trade(self, span: str, memory: Memory) -> Optional[Typed]:
        """"Eric Woolson, an Iowa Republican strategist and former adviser to Scott Walker": a name heads the span
        and its appositive opens with a trade of no office (title.en.trade, or of private life:
        closed.en.private_trade) before any office, body or outlet: the named one is a person, whatever the
        appositive goes on to tell. A known name is an official by name, but for one known only in full (no family
        name alone: a senator's, a common name) before an appositive whose head is the trade ("Mike Lee, a
        farmer in Iowa"), unless a title in the text introduces that official."""
        named = self._named_appositive(span)
        if named is None:
            return None
        first, lead, nr = named
        hits = self.typer.hits(nr)
        known = self.typer.hits(norm(first))["known_official"]
        trade = hits["person_role"][0] if hits["person_role"] else self._private_trade_hit(nr)
        if trade is None and known:  # "Mike Rawlings, a Dallas businessman": a known name's namesake in business
            trade = self._private_trade_hit(nr, self._business_trade, "closed.en.business_trade")
        if known and (trade is None or any(" " not in t for k in known for t in k.value.terms)
                      or not self._trade_opening.fullmatch(nr, 0, trade.start)):
            return None  # "Donald Trump, a businessman", "Jeff Sessions, a prominent Trump supporter": the official
        if trade is None or any(h.start < trade.start for f in (*_TITLE_FAMILIES, *_NOT_OTHERS) for h in hits[f]) \
                or hits["intelligence"] or any(self._held_now(nr, trade.end, h, hits["person_role"])
                                               for f in _TITLE_FAMILIES for h in hits[f]):
            return None  # "an analyst at the Central Intelligence Agency", "an economist and chairman of the ...": theirs
        # "Sen. Chuck Grassley said ... Grassley, a farmer from Iowa,": the senator a title introduced before
        recalled = memory.recall(lead[-1])
        titled = memory.titled.get(norm(recalled[1])) if recalled is not None and recalled[0] == "named_official" \
            and norm(recalled[1]).split()[-1:] == norm(lead[-1]).split() else None
        return self._person_by_appositive(span, lead, known, titled, trade.entry_id, memory)

    def _named_appositive(self, span: str) -> Optional[tuple[str, list[str], str]]:
        """A span of a name and an appositive after a comma: the name as written, its name tokens and the
        appositive normalised; None when the part before the comma is no name ("the state's governor, ...")."""
        first, comma, rest = span.strip().partition(",")
        lead = self.typer.name_tokens(first)
        if not comma or not lead or first.split()[-1:] != lead[-1:] \
                or any(w[:1].islower() and norm(w) not in self._no_names for w in first.split()):
            return None
        return first, lead, norm(rest)

    def _namesake(self, span: str, memory: Memory) -> Optional[Typed]:
        """"Kate Brown, 34, said": a name the gazetteer knows only in full as a governor's or a mayor's
        (_NAMESAKE_LISTS: a common name) before an appositive that opens with an age and tells of no office after it
        (no title, body, outlet or side in politics, closed.en.political_side) is a namesake, a named person
        (src.namesake.en); not when a title in the text introduced that official before. The session-44 review
        (finding 3) asked for any appositive of no office: an indefinite noun phrase too ("Tom Wolf, an Iowa voter")
        cost held-out English two sentences even for the governors and mayors alone, and is left."""
        named = self._named_appositive(span)
        if named is None:
            return None
        first, lead, nr = named
        known = self.typer.hits(norm(first))["known_official"]
        if not known or not all(k.entry_id.startswith(_NAMESAKE_LISTS) for k in known) \
                or any(" " not in t for k in known for t in k.value.terms) \
                or not self._namesake_opening.match(nr) or self._political_side.search(nr):
            return None  # "Jerry Brown, a Democrat": a side in politics tells of the official
        hits = self.typer.hits(nr)
        if any(hits[f] for f in (*_TITLE_FAMILIES, *_NOT_OTHERS)) or hits["intelligence"] or hits["person_role"]:
            return None  # "a former governor", "an aide to the mayor": an office told of (_trade reads the trades)
        titled = memory.titled.get(norm(known[0].value.name))
        return self._person_by_appositive(span, lead, known, titled, "src.namesake.en", memory)

    @staticmethod
    def _person_by_appositive(span: str, lead: list[str], known: list[Hit], titled: Optional[int], rule: str,
                              memory: Memory) -> Optional[Typed]:
        """The closing steps of _trade and _namesake, once their appositive has shown a person: none when a title
        in the text introduced the official of that name before the sentence (`titled`: where in the body);
        else the name is a named person's (by `rule`, src.appositive.en), remembered so, and the known official
        of that name (`known`) the prescan remembered by it is typed again as that person."""
        if titled is not None and (memory.at is None or titled < memory.at):
            return None
        name = " ".join(lead)
        memory.remember(name, "named_person")
        if known:
            memory.retype(known[0].value.name, "named_person")  # the prescan remembered the official by the name
        return Typed("named_person", name=name, role=span.strip(), rules=[rule, "src.appositive.en"])

    def _private_trade_hit(self, nr: str, pattern: Optional[re.Pattern] = None,
                           entry_id: str = "closed.en.private_trade") -> Optional[Hit]:
        """The first trade of private life in a normalised appositive (closed.en.private_trade, or the class
        `entry_id` that `pattern` reads), as a hit."""
        found = (pattern or self._private_trade).search(nr)
        return Hit(found.start(), found.end(), found.group(), entry_id, "person_role") if found else None

    def _held_now(self, nr: str, after: int, office, trades: list) -> bool:
        """Whether an office told of after a trade (which ends at `after` in the normalised appositive `nr`) is
        held now: the last word of time between them (closed.en.past_office, closed.en.present_office) is not of
        the past ("a strategist and former adviser", "who was the media director"; "who now serves as defense
        secretary" is), and it does not only qualify another trade ("Mitt Romney's chief strategist") nor belong to
        another ("who is a critic of the president", "close to the governor": closed.en.office_of_another); an office of
        an organisation only with the body after it ("an economist and chairman of the Council of Economic
        Advisers"; "a professor ... at the University of Pennsylvania and the director" is the professor's unit's)."""
        if office.start < after or any(t.start == office.end + 1 for t in trades) \
                or self._of_another.search(nr, max(after, office.start - 40), office.start) \
                or office.entry_id == _ORGANISATION_OFFICE and not _EN_AFFILIATION_AFTER.match(nr, office.end):
            return False
        times = [self._tense[w] for w in re.split(r"[\s-]+", nr[after:office.start]) if w in self._tense]
        return times[-1] if times else True

    def past_office(self, n: str, role, roles: list) -> bool:
        """"Sam Nunberg, a former Trump aide": an office of closed.en.held_no_more with a word of
        closed.en.former_office up to three words before it; each later office is such a one held no more either, or
        another's ("a former adviser to President George W. Bush": closed.en.office_of_another; not "... and a former
        director of the Congressional Budget Office", a public office)."""
        if not self._left(n, role) or role.text in self._company_officer and self._public_body.match(n, role.end):
            return False
        return all(self._left(n, h) or self._of_another.search(n, max(0, h.start - 40), h.start)
                   for h in roles if h.start > role.start)

    def _left(self, n: str, role) -> bool:
        """An office of closed.en.held_no_more with a word of closed.en.former_office before it: "a former aide"."""
        return role.text in self._no_more and self._former.search(n, max(0, role.start - 50), role.start) is not None

    def _definite_office(self, span: str, n: str) -> Optional[Typed]:
        """"The Florida senator", "the former Alaska governor": an office after "the" and capitalised modifiers
        (a state, a party) describes its holder, as "the senator" does, and names no one: not a person named
        Florida. Which senator is left unresolved (the person last cited is often another: a wrong name is worse
        than none). After an indefinite determiner ("One California delegate", "a New Hampshire senator") the
        holder is an unnamed official (src.indefinite.en)."""
        words = self._office_after_determiner.fullmatch(span.strip())
        role = self.typer.search("role", n) if words is not None else None
        if role is None or role.end < len(n.rstrip(" .,")) or not self.typer.name_tokens(words.group(2)) \
                or any(self.typer.hits(n)[f] for f in _NOT_INITIALISM if f != "role"):
            return None
        if words.group(1):
            return Typed("anonymous_official", role=span.strip(), rules=[role.entry_id, "src.indefinite.en"])
        return Typed("named_official", role=span.strip(), rules=[role.entry_id, "src.definite_office.en"])

    def _initialism(self, span: str, n: str) -> Optional[Typed]:
        """"ESPN said", "the ACU said": capitals alone name a body, not a person (but for the people known by
        their initials, en.class.initialled_person); an outlet, a country or an agency among them is theirs."""
        word = _INITIALISM.fullmatch(span.strip())
        hits = self.typer.hits(n)
        if word is None or word.group(1).lower() in self.people["initialled_person"] or any(hits[f] for f in _NOT_INITIALISM):
            return None
        return Typed("named_organization", name=word.group(1), rules=["src.initialism.en"])

    def _possessed_body(self, head: str):
        """"Sen. Kelly Ayotte's campaign", "House Speaker Paul Ryan's office": a body after a possessor is the
        head, whatever title the possessor holds (the org_noun hit, or None)."""
        possessed = _POSSESSED.search(head)
        org = self.typer.lex["org_noun"].search(possessed.group(1)) if possessed else None
        return org if org is not None and org.start == 0 and org.end >= len(possessed.group(1)) else None

    def _media_head(self, span: str, n: str, words: list[str]) -> Optional[Typed]:
        """"the paper's editorial board": a noun of the media of two words heading the span is the medium, named
        by the outlet when the span holds one (the last noun, "board", would make it an organisation)."""
        tail = " ".join(words[-2:])
        media = self.typer.lex["media_generic"].search(tail) if len(words) > 1 else None
        if media is None or media.end < len(tail) or " " not in media.text or self.typer.search("state_media_generic", n):
            return None
        outlet = self.typer.search("outlet", n)
        if outlet is not None and outlet.value.kind == "state":
            return None  # "Xinhua, the official news agency": state media, typed as such after the heads
        name = outlet.value.name if outlet is not None else span.strip()
        return Typed("media", name=name, rules=[*([outlet.entry_id] if outlet else []), media.entry_id, "src.head_noun"])

    def _medium_alone(self, span: str, n: str) -> Optional[Typed]:
        """"KING-TV reported", "the station said": a noun of the media or a station's call letters that make the
        whole span are the medium, whatever word the letters spell ("KING" is no king)."""
        media = self.typer.search("media_generic", n)
        if media is None or media.start > 0 or media.end < len(n.rstrip(" .,")) or self.typer.search("outlet", n):
            return None  # "CBS said": the outlet lexicon names it
        return Typed("media", name=span.strip(), rules=[media.entry_id])

    def _share(self, span: str, n: str, memory: Memory) -> Optional[Typed]:
        """"Sixty-seven percent of Americans", "58 percent of Florida Latino voters": a share of respondents
        opens the span, whatever capitalised words follow it (rules/en/people.yaml); read again past an adverb of
        degree that another lexicon holds as a word of its own ("Some 56 percent of Cuban-Americans polled": "some"
        is an unnamed group's quantifier, src.anonymous_noun.en, and its hit hides the share's)."""
        opening = len(n) - len(_EN_APPROXIMATE.sub("", n))  # "almost half of respondents"
        for text, limit in ((n, opening), (n[opening:], 0)):
            share = next((h for h in self.typer.hits(text)["anonymous_noun"]
                          if h.entry_id.startswith(_SHARE) and h.start <= limit), None)
            if share is not None:
                return self._respondents(span, share, memory)
        return None

    def _respondents(self, span: str, share: Hit, memory: Memory) -> Typed:
        """A share of people speaks for a poll, a document, only in an article that names a poll, a survey or a
        study or those who answered one (src.anonymous_share.en.polls); elsewhere "Three out of four doctors said"
        cites unnamed people, and no poll is guessed (src.anonymous_share.en.no_poll)."""
        if share.value.type != "document" or self._poll_named(memory):
            return Typed(share.value.type, role=span.strip(), rules=[share.entry_id])
        return Typed("anonymous", role=span.strip(), rules=[share.entry_id, _NO_POLL])

    def _poll_named(self, memory: Memory) -> bool:
        """Whether the title or the body up to the end of the sentence being read has a poll's word: a poll named
        after it ("That's according to exit polls") comes too late for a reader of the sentence."""
        return any(all(w in memory.title_words or memory.met(w, through=True) for w in poll) for poll in self._polls)

    def seen_index(self, nb):
        # the words of the body, for a poll named before a share (_respondents)
        return partial(_first_words, nb)

    def introduce(self, n: str, typed: Typed, memory: Memory) -> None:
        """Remember the noun a speaker was brought in by ("a young woman asked", "Jane Roe, a mother of three, said",
        "a woman named Jane Roe asked", "a Carrier executive tells") with the speaker's type and where: a later "the
        woman" is that speaker (src.definite_person.introduced). Only a speaker's own words: "a sign the man was
        tired", "'A man has to feed his family,' Roe said", "one man, one vote" bring no one in."""
        if memory.at is None or typed.type in (None, "unattributed"):
            return
        words = _NOT_WORDISH.sub(" ", n).split()
        noun = next(filter(None, (self._introducing_noun(words, i) for i in range(len(words)))), None)
        if noun is not None:
            memory.unnamed[noun] = (*memory.unnamed.get(noun, ()), (memory.at, typed))

    def unnamed_subjects(self, body: str, memory: Memory) -> None:
        """Remember the sentences that open on a person brought in unnamed, the subject of what they do ("One man in
        Manchester, responding to a question, spoke up."), anonymous, for a later "the man" as `introduce` does;
        not a person named at once ("A woman, Jane Roe, stood up", "A worker named Jim Roe") nor a quotation's
        opening ("\"A man has to feed his family,\" Roe said")."""
        for m in _SENTENCE_OPENING.finditer(body):
            tokens = list(_OPENING_TOKEN.finditer(body, m.end(), m.end() + 80))[:6]
            words = [t.group().lower() for t in tokens]
            noun = self._introducing_noun(words, 0)
            at = words.index(noun) if noun is not None else -1
            if noun is None or self._named_at_once(words[at + 1:], tokens[at + 1:]):
                continue
            role = body[m.end():tokens[at].end()]
            typed = Typed("anonymous", role=role, rules=["en.class.person_noun"])
            memory.unnamed[noun] = (*memory.unnamed.get(noun, ()), (m.end(), typed))

    def campaigns(self, body: str, memory: Memory) -> None:
        """The names whose own campaign for office the body tells of (closed.en.candidate_campaign: "Murphy's
        campaign is tying the House bill to Rubio", "Canova's campaign team", "Phil Jones' Senate campaign"): a
        campaign named electoral (a race's word before it, an office after "for"), or any in an article about an
        election (two words of closed.en.election_word); not a campaign against or for a cause ("Mrs. Schlafly's
        campaign against the Equal Rights Amendment", "Marcus Rashford's campaign forced a U-turn" in an article
        about no election). Their words without forms of address; and the names the body gives as someone's
        relative or associate (closed.en.kin_or_associate: "Mary Smith, his wife"), who take no namesake's campaign."""
        found, election = set(), None
        for m in self._campaign.finditer(body):
            if not (m.group(2) or m.group(3)):
                if election is None:
                    election = len(list(islice(self._election.finditer(body), 2))) == 2
                if not election:
                    continue
            words = self._name_words(m.group(1))
            if words:
                found.add(tuple(words))
        memory.campaigns = frozenset(found)
        if found:
            memory.associates = frozenset(
                tuple(words) for m in self._associate.finditer(body)
                if (words := self._name_words(m.group(1) or m.group(2))))

    def candidacy(self, typed: Typed, memory: Memory) -> Typed:
        """A named person typed by the name alone (no trade, relative or former office read) whose campaign the body
        tells of is a candidate, LABELLING's named_official: "said Murphy" in an article that has "Murphy's campaign"
        (politico_2016-08-23). The name is the span's up to its first comma; its family name must be the campaign
        possessor's last word, and not another person's by their given names (`another_person`: "Dena Grayson's
        campaign" is not Lolita's; "Democrat Patrick Murphy's campaign" is Patrick Murphy's); not a person the body
        gives as someone's relative or associate ("Mary Smith, his wife") unless the campaign is hers by her given
        name ("his new wife, Dena Minning Grayson" and "Dena Grayson's campaign"). The memory of the name is typed again,
        with the rule, for a later bare name."""
        if typed.type != "named_person" or not typed.name or not memory.campaigns or not set(typed.rules) <= _TYPED_BY_NAME:
            return typed
        words = self._name_words(COMMA.split(typed.name, maxsplit=1)[0])
        owners = [owner for owner in memory.campaigns if words and self._same_person(words, owner)]
        # a relative's own campaign, the given name written ("his new wife, Dena Minning Grayson" and "Dena
        # Grayson's campaign", politico_2016-07-29), is hers; a namesake's is not
        associate = any(tuple(words) == other or len(words) > 1 and self._same_person(words, other)
                        for other in memory.associates)
        if owners and (not associate or any(len(owner) > 1 and len(words) > 1 for owner in owners)):
            memory.retype(typed.name, "named_official", _CANDIDATE_CAMPAIGN)
            return replace(typed, type="named_official", rules=[*typed.rules, _CANDIDATE_CAMPAIGN])
        return typed

    def _name_words(self, name: str) -> list[str]:
        """A name's words (normalised) without forms of address, particles or initials: "Mrs. Jane Roe" -> jane roe."""
        return [w for w in norm(name).split() if w.strip(".") not in self._no_names and not w.endswith(".")]

    def _same_person(self, words: list[str], other: list[str]) -> bool:
        """Whether a name's words and another's name one person: the same family name, and no given name of
        another (the test `another_person` makes: "Dena Grayson" is not "Lolita Grayson"; "Democrat Patrick
        Murphy" is "Patrick Murphy")."""
        return words[-1] == other[-1] and not self._other_given_name(words, other)

    def _named_at_once(self, words: list[str], tokens: list) -> bool:
        """Whether the words after a noun of people name the person or set it off as no subject: "A woman, Jane
        Roe,", "A worker named Jim Roe", "One man, one vote"."""
        if words[:1] == [","]:
            return len(words) < 2 or not tokens[1].group().islower() or words[1] in self._introducing
        return words[:1] != [] and words[0] in self._naming

    def _introducing_noun(self, words: list[str], i: int) -> Optional[str]:
        """The noun of one person an introducing determiner at `i` opens in the words, its noun phrase's last word,
        up to two modifiers before it that are neither determiners nor nouns of people ("a woman candidate" is a
        candidate; "a young woman" a woman)."""
        if i >= len(words) or words[i] not in self._introducing:
            return None
        for j in range(i + 1, min(i + 4, len(words))):
            if words[j] in self._nouns or words[j] in self.typer.words.definite or words[j] in self._introducing:
                follows = words[j + 1] if j + 1 < len(words) else ""
                return words[j] if words[j] in self.people["person_noun"] and follows not in self._nouns else None
        return None

    def _introduced(self, head: str, memory: Memory) -> Optional[Typed]:
        """The speaker last brought in by the noun shortly before the sentence being read (within
        _INTRODUCED_REACH characters: "a famous TV journalist" in a lead, named Ramos since, is not "the star
        journalist" twenty paragraphs on), or None."""
        at = memory.at
        before = [(where, typed) for where, typed in memory.unnamed.get(head, ()) if at is not None and where <= at]
        # the last remembered first at a tie: the speaker's span, typed, over the sentence's opening read before
        where, typed = max(reversed(before), key=lambda e: e[0], default=(None, None))
        return typed if where is not None and at - where <= _INTRODUCED_REACH else None

    def _journalist(self, span: str, n: str, memory: Memory) -> Optional[Typed]:
        """"NBC's Ali Vitali", "New York Times columnist David Brooks", "Paul Krugman of the New York Times": a
        person named with the outlet they write for is that person (LABELLING: a journalist is a named_person);
        an office, a document or a known name in the span leaves it to them, but for a document in the
        appositive of a name heading the span: that is the person's work ("Bill McInturff, the Republican half of
        a bipartisan polling team for The Wall Street Journal and NBC News", nyt_2015-11-09)."""
        hits = self.typer.hits(n)
        outlets = [*hits["outlet"], *hits["media_generic"]]
        if not outlets or any(hits[f] and not (f == "document_noun" and self._name_heads(span))
                              for f in _NOT_JOURNALIST):  # the appositive only read when a document is named
            return None
        first = min(outlets, key=lambda h: h.start)
        after = n[first.end:].split()[:1]
        if not (_POSSESSIVE_OUTLET.match(n, first.end) or after and after[0] in self.people["person_noun"]
                or _WRITES_FOR.search(n, 0, first.start)):
            return None  # "a Baton Rouge newspaper", "Portuguese newspaper Correio de Manha": the medium itself
        outlet_words = {w for h in outlets for w in h.text.split()}
        names = [t for t in self.typer.name_tokens(span) if norm(t).strip(".") not in outlet_words]
        known = hits["known_official"]
        if len(names) < 2 or any(set(k.text.split()) & set(norm(" ".join(names)).split()) for k in known):
            return None  # "Michael Bloomberg": an outlet's own name, a known person, or no name beside it
        name = " ".join(names)
        memory.remember(name, "named_person")
        return Typed("named_person", name=name, rules=[outlets[0].entry_id, "src.name"])

    def _name_heads(self, span: str) -> bool:
        """Whether a name alone opens the span before a comma, what follows it an appositive describing the
        person ("Bill McInturff, the Republican half of ...")."""
        head, comma, _ = span.partition(",")
        words = head.split()
        return bool(comma) and len(words) > 1 and self.typer.name_tokens(head) == [w.strip(".") for w in words]

    def _unnamed_people(self, span: str, n: str) -> Optional[Typed]:
        """"a New Hampshire Republican", "a Democrat familiar with his remarks": a determiner, modifiers and a
        noun of people with nothing after it but lower-case words; its capitalised words are places and
        parties, no name. A span with an office, a body or an outlet in it is left to them."""
        tokens = [norm(t).strip(".") for t in span.split()]
        hits = self.typer.hits(n)
        if not tokens or tokens[0] not in self.people["unnamed_opener"] or any(hits[f] for f in _NAMERS):
            return None
        originals = span.split()
        for i in range(1, len(tokens)):  # the head: a noun of people with no other noun of people or name after it
            if tokens[i] in self.typer.function_words:
                return None  # past the head's place: "a member of ...", "one of them"
            following, after = tokens[i + 1:i + 2], originals[i + 1:i + 2]
            if following == ["of"]:
                return None  # "a host of new songs", "a member of Congress": the noun after "of" decides
            if tokens[i] in self.people["person_noun"] and not (following and following[0] in self._nouns) \
                    and not (after and after[0][:1].isupper()) and any(t[:1].isupper() for t in originals[1:i + 1]):
                head = " ".join(tokens[:i + 1])
                official = self.typer.lex["official_noun"].search(head)
                if official is not None and official.end >= len(head):
                    # "several GOP leaders": unnamed office holders
                    return Typed(official.value.type, role=span.strip(), rules=[official.entry_id, "en.class.unnamed_opener"])
                return self._people(span, head)
        return None

    def _bare_plural(self, span: str, n: str) -> Optional[Typed]:
        """"Chicago residents", "Anti-TPP activists", "GOP analysts": a lower-case plural noun of people after
        capitalised modifiers and no determiner names no one; its capitals are a place, a party or a cause.
        A span with a body, an office, an outlet or a document in it is left to them ("CNN reporters")."""
        originals = span.split()
        tokens = [norm(t).strip(".") for t in originals]
        head = tokens[-1] if tokens else ""
        plural = self._plural(head)
        if len(tokens) < 2 or not plural or not self._people_head(head, n) or not originals[-1][:1].islower() \
                or not originals[0][:1].isupper() or tokens[0] in self.people["unnamed_opener"] \
                or _NOT_WORDISH.search(span.replace("’", "'")) or _POSSESSOR.search(span) \
                or any(t in self.typer.function_words for t in tokens) \
                or any(self.typer.hits(n)[f] for f in _BELONGS):
            return None
        official = self.typer.lex["official_noun"].search(head)  # "Verizon executives", "Clinton aides"
        unnamed = self.typer.search("anonymous_noun", n)
        if official is not None and unnamed is not None and unnamed.end >= len(n.rstrip(" .")):
            return None  # "Business leaders": an anonymous noun holds the official one (src.anonymous_noun.en.civil_leaders)
        if official is not None:
            return Typed(official.value.type, role=span.strip(), rules=[official.entry_id, "src.bare_plural.en"])
        return Typed("anonymous", role=span.strip(), rules=["en.class.person_noun", "src.bare_plural.en"])

    def _people_head(self, head: str, n: str) -> bool:
        """Whether the span's last word is a noun of people: en.class.person_noun, or the head of an unnamed official
        or an anonymous noun closing the span ("Top advisers", "Legal observers": the capital opening the sentence is
        no name, src.official_noun.en, src.anonymous_noun.en)."""
        if head in self.people["person_noun"]:
            return True
        end = len(n.rstrip(" ."))
        return any(h.end >= end and h.text.split()[-1:] == [head]
                   for f in ("official_noun", "anonymous_noun") for h in self.typer.hits(n)[f])

    def _plural_head(self, span: str, n: str, memory: Memory) -> Optional[Typed]:
        """"Economists believe", "Friends of Mr. Clinton's say", "Attorneys for Clinton": a plural noun of people
        that opens the span, capitalised as it opens the sentence, with nothing after it or only a phrase of a
        preposition, names no one. A party named by its members alone is the party ("Democrats say", "Democrats
        trying to regain control of the Senate say": en.class.party_members), as the labels have it; a body, an
        office or an outlet in the span is left to them. The head may be a noun of someone's associates
        (en.class.possessed_person: "Associates say") or an agent noun in the plural by its suffix
        (en.class.agent_plural: "Proponents of the new bill, however, say", "Editorialists opined") that the article
        does not remember as a name; its capital opens the sentence and is no evidence of a name."""
        originals = span.split()
        tokens = [norm(t).strip(".,") for t in originals]
        if not tokens or not originals[0][:1].isupper() or not self._plural(tokens[0]):
            return None
        rule = "en.class.person_noun"
        if tokens[0] not in self.people["person_noun"]:
            if tokens[0] in self._possessed:
                rule = "en.class.possessed_person"
            elif self._agent_plural.fullmatch(tokens[0]) is not None and memory.recall(originals[0].strip(".,")) is None:
                rule = "en.class.agent_plural"
            else:
                return None
        following = tokens[1:2]
        if tokens[0] in self.people["party_members"] and (not following or following[0].endswith("ing")
                                                          and following[0] not in self.typer.words.prepositions):
            return Typed("named_organization", name=originals[0].strip(".,"), rules=["en.class.party_members"])
        if following and following[0] not in self.typer.words.prepositions \
                or any(self.typer.hits(n)[f] for f in _BELONGS):
            return None  # "Economists Peter Schott and Justin Pierce": the names after the noun decide
        official = self.typer.lex["official_noun"].search(tokens[0])  # "Aides to Clinton": unnamed officials
        if official is not None and official.end >= len(tokens[0]):
            return Typed(official.value.type, role=span.strip(), rules=[official.entry_id, "src.plural_head.en"])
        return Typed("anonymous", role=span.strip(), rules=[rule, "src.plural_head.en"])

    def title_modifier(self, span: str, known, names: list[str]):
        names = self._past_place(span, names)
        modifier = _MODIFIER_NAME.match(span.strip()) if known is not None else None
        if known is not None and (self._kin(span, known, names) or self._given_name(span, known, names)):
            # "Eric Trump", "Chelsea Clinton": another given name before a known family name is a relative,
            # another person (typed by their own title, or as a person); "Ryan Leenders" is no Paul Ryan
            known = None
        elif modifier is not None and known.text in norm(modifier.group(1)):
            # "Trump campaign manager Corey Lewandowski", "Clinton pollster Joel Benenson": the known name
            # modifies the title; the person is the name after it
            known, names = None, self.typer.name_tokens(modifier.group(2))
        elif known is not None and "," in span:
            # "Bree Maxwell, a 31-year-old Sanders volunteer": the name that closes the words before the comma is the
            # person, whatever opens them ("81-year-old Parker Eaton,", "Dr. Harold Varmus,", "Florida's Rick
            # Wilson,"); a known name after it only describes them
            first = COMMA.split(span, maxsplit=1)[0]
            lead = self.typer.name_tokens(first)
            # ("Chris Cuomo, the brother of Andrew Cuomo": a relative whom the gazetteer names by no word of the
            # lead, a family name shared; the lead a spelling of the known name's own words is that person)
            if lead and first.split()[-1:] == lead[-1:] and known.start >= len(norm(first)) \
                    and not set(norm(" ".join(lead)).split()) <= set(known.text.split()):
                known, names = None, lead
        elif known is not None and self._unnamed_opening(span) \
                and set(norm(" ".join(t for t in names if norm(t) not in self._nouns)).split()) <= set(known.text.split()) \
                and self._modifies(norm(span), known):
            # "a Trump supporter", "a senior Cruz adviser", "one longtime adviser to Bill Clinton", "Supporters of
            # Sanders": unnamed people whom the known name only describes ("A defensive Obama" is Obama)
            known, names = None, []
        return known, names

    def _past_place(self, span: str, names: list[str]) -> list[str]:
        """"Ohio RNC member Jane Roe", "North Carolina Senator Ada Fisher": a state (closed.en.us_state) that opens
        the span before a word that is no name (a title) names where the office is held, no part of the name after
        the title (it gave "Ohio Jane Roe", "Carolina Ada Fisher"); "Virginia Smith" keeps her given name."""
        place = self._state_before_title.match(span.strip())
        if place is None or place.group(2) in names:  # "Virginia Smith": a given name, no state
            return names
        words = set(place.group(1).split())
        return [t for t in names if t not in words]

    def _kin(self, span: str, known, names: list[str]) -> bool:
        """Whether a known person's family name, spelled alone, follows right after a given name of someone else
        among the span's names: a word of two letters or more, no initial, no noun of people ("Republican
        Trump")."""
        words = [norm(t).strip(".") for t in names]
        if " " in known.text or known.text not in words[1:]:
            return False
        given = words[words.index(known.text, 1) - 1]
        return len(given) > 1 and given not in self._nouns and given not in norm(known.value.name).split() \
            and re.search(rf"\b{re.escape(given)}\.? {re.escape(known.text)}\b", norm(span)) is not None

    def _given_name(self, span: str, known, names: list[str]) -> bool:
        """Whether a known person's family name, spelled alone, is followed right after by the family name that ends
        the span's names ("Ryan Leenders", "Republican strategist Ryan Williams"): the given name of another
        person. A suffix ("Joseph R. Biden Jr.": closed.en.name_suffix) or a word of the known name is no other
        family name."""
        words = [norm(t).strip(".") for t in names]
        if " " in known.text or words[-2:-1] != [known.text]:
            return False  # "Obama Education Secretary Arne Duncan": the known name modifies a title before a name
        return self._family_as_given(words[-2], words[-1], norm(known.value.name).split(), norm(span))

    def _family_as_given(self, first: str, second: str, own: list[str], n: str) -> bool:
        """Whether `first`, the family name of the person named `own`, is written right before `second` in the
        span `n`, a family name of its own: the given name of another person ("Ryan Leenders", "Republican
        strategist Ryan Williams" beside Paul Ryan). A suffix, a particle or a title ("Joseph R. Biden Jr.":
        closed.en.name_suffix) or a word of the known name is no other family name."""
        family = second.strip(".")
        return own[-1:] == [first] and len(family) > 1 and second not in own and family not in self._no_names \
            and re.search(rf"(?<!\w){re.escape(first)} {re.escape(second)}(?!\w)", n) is not None

    def _plural(self, noun: str) -> bool:
        """"aides", "people", not "actress" (closed.en.plural_without_s)."""
        return noun.endswith("s") and not noun.endswith("ss") or noun in self.typer.words.plural_without_s

    def _unnamed_opening(self, span: str) -> bool:
        """A span opened by a determiner of unnamed people, by a plural noun of people ("Aides to Clinton") or by a
        possessive determiner before a plural noun in lower case ("His enemies within the Trump circle")."""
        words = span.split()
        first = norm(words[0]).strip(".")
        possessed = first in self._possessors and len(words) > 1 and words[1].islower() and self._plural(words[1])
        return first in self.people["unnamed_opener"] or first in self.people["person_noun"] \
            and self._plural(first) or possessed

    def _modifies(self, n: str, known) -> bool:
        """Whether a known name only modifies the noun after it or follows a preposition ("adviser to Trump")."""
        before = n[:known.start].split()[-1:]
        return known.end < len(n.rstrip(" .,")) or bool(before) and before[0] in self.typer.words.prepositions

    def principal(self, span: str) -> Optional[str]:
        """The side of the spokesperson the named one is on ("Schilling, through a spokeswoman", "Through a
        spokeswoman, Trump"); of two sides, the one holding a name, never the two glued ("Donations flowed through a
        spokesman, Jane Roe": Jane Roe); None where neither or both hold one."""
        through = self._spoken_through.search(span)
        if through is None:
            return None
        sides = [s for s in (span[:through.start()].strip(" ,"), span[through.end():].strip(" ,")) if s]
        if len(sides) > 1:
            sides = [s for s in sides if self.name_tokens(s, False, False)]
        return sides[0] if len(sides) == 1 else None

    def holders(self, title: str, segment: str, names: list[str]) -> list[list[str]]:
        """A plural title (closed.en.plural_title) before names coordinated by commas and "and" is each one's ("Reps.
        Ileana Ros-Lehtinen and Carlos Curbelo"), when those names are all the words after it (not a name that
        g.offices found elsewhere)."""
        if norm(title) not in self._plural_titles:
            return super().holders(title, segment, names)
        holders = [found for part in _COORDINATED.split(segment) if (found := self.name_tokens(part, False, False))]
        return holders if [w for h in holders for w in h] == names else super().holders(title, segment, names)

    def titled_name(self, body: str, nb, end: int) -> list[str]:
        # the holder of a title written as the possessor of what follows ("FBI Director James Comey’s statement"),
        # whom name_tokens leaves out of a span's head; not a known person's (remembered by the gazetteer: "David
        # Axelrod, President Barack Obama’s former top adviser" is read by SourceTyper._relation_office)
        possessor = _TITLED_POSSESSOR.match(body, nb.span(end, end)[0])
        if possessor is None or self.typer.lex["known_official"].search(norm(possessor.group(1))) is not None:
            return []
        return [w.strip(".") for w in possessor.group(1).split()]

    def spoken_through(self, body: str, start: int, end: int) -> bool:
        return any(m.end() > start for m in self._spoken_through.finditer(body, max(0, start - 40), end))

    def unnamed_spokesperson(self, names: list[str], known, spoke) -> bool:
        # "a Clinton campaign spokesman", "a spokesman for Clinton": a spokesperson, unnamed; a known name right
        # after the noun is the spokesperson's own ("White House spokesman Josh Earnest", a press secretary)
        return (bool(names) and known is not None and set(norm(" ".join(names)).split()) <= set(known.text.split())
                and known.start != spoke.end + 1)

    def appositive_name(self, span: str, names: list[str], memory: Memory) -> Optional[Typed]:
        if names and "," in span and [w.strip(".") for w in COMMA.split(span, maxsplit=1)[0].split()] == names:
            body = self._appositive_body(COMMA.split(span, maxsplit=1)[1])
            if body is not None:
                # "Teck, the Canadian mining company", "CloudFlare, a San Francisco company": the name is the body's
                memory.remember(" ".join(names), "named_organization", rule=_APPOSITIVE_BODY)
                return Typed("named_organization", name=span.strip(), rules=[*body, _APPOSITIVE_BODY])
            # "Steve Grubbs, an Iowa operative currently working for Rand Paul's campaign": a name heads the
            # span, the body after the comma only describes the person
            memory.remember(" ".join(names), "named_person")
            return Typed("named_person", name=" ".join(names), rules=["src.name", "src.appositive.en"])
        return None

    def _appositive_body(self, appositive: str) -> Optional[list[str]]:
        """Whether an appositive opening with an article ends its first noun phrase (EnglishSpans.head_phrase) with
        a kind of body (closed.en.body_kind): "the Canadian mining company", "a San Francisco company"; not "a
        company lawyer", "a spokesman for the foundation", "the bank's chief executive", "a retired Postal Service
        letter carrier" (None). Its rule ids: src.org.en's when that lexicon has the noun, none else."""
        phrase = self.head_phrase(appositive)[0]
        if len(phrase) < 2 or norm(phrase[0]) not in self._articles:
            return None
        n = norm(" ".join(phrase)).strip(".")
        if not any(n.endswith(" " + kind) for kind in self._body_kinds):
            return None
        hit = self.typer.head_hit("org_noun", n)
        return [hit.entry_id] if hit is not None else []

    def ends_with(self, n: str, hit) -> bool:
        return hit.end >= len(n.rstrip(" .,"))  # "The latest Rasmussen Reports poll": the last noun is the head

    def person_head(self, span: str, hit) -> Optional[list[str]]:
        """The names of the person heading the span, whom the body (or state) at `hit` only qualifies, [] for a
        person named by a noun, None if no person heads it: the last word of its first noun phrase
        (EnglishSpans.head_phrase) is a noun of people that no body's noun ends ("Chinese military commentators",
        "One employee at a software firm", "a group of rabbis"), or the phrase ends with a full name and an
        appositive after its comma, if any, is headed by no body's noun ("Robert Mason, a University of Washington
        professor", "the Zionist Union Party's Nachman Shai"; not "National Nurses United for Patient Protection,
        the super PAC"). A body in its complement, an appositive or a possessor names no speaker."""
        phrase, rest = self.head_phrase(span)
        if not phrase or hit is None:
            return None
        np, head = norm(" ".join(phrase)), norm(phrase[-1]).strip(".")
        if head in self.people["person_noun"] and not (head in self.people["body_plural"]
                                                       and self._capitalised_after_word(" ".join(phrase), head)):
            # a party's members speak for it (en.class.party_members); a name may follow the noun's comma ("the
            # boy, who ... said his name was Mason"): left to the readings before
            own = head in self.people["party_members"] or rest[:1] == [","]
            return None if own or any(h.end >= len(np) for h in self.typer.hits(np)["org_noun"]) else []
        if self._official_head(np, head):
            return []  # "a group of senators", "a group of officials": unnamed officials head it, not the group
        names = self.typer.name_tokens(" ".join(phrase))
        if len(names) < 2 or names[-1] != phrase[-1].strip(".") or any(self.typer.hits(np)[f] for f in _NOT_OTHERS):
            return None
        appositive = self.head_phrase(" ".join(rest[1:]))[0] if rest[:1] == [","] else []
        return None if appositive and self.typer.hits(norm(appositive[-1]))["org_noun"] else names

    def _official_head(self, np: str, head: str) -> bool:
        """Whether the span's head is a noun of officials (src.official_noun.en) ending its first noun phrase:
        unnamed officials, whatever group a partitive before them names or body their complement names ("a group
        of senators", "a number of Democratic senators", "officials at the Pentagon")."""
        return any(h.end >= len(np) and h.text.split()[-1:] == [head] for h in self.typer.hits(np)["official_noun"])

    def head_phrase(self, span: str) -> tuple[list[str], list[str]]:
        """The words of the span's first noun phrase and the words after it (a comma first if one ends it): the
        phrase ends before a comma, a word of en.class.head_complement (a preposition not between two
        capitalised words, "University of Washington", or a relative pronoun) or a participle in -ed after a
        capitalised word ("the super PAC connected to"); a leading preposition ("like Gary
        Clyde Hufbauer") is no part of it, a possessor before "'s" neither, and a partitive before "of" hands
        its head on ("dozens of members of his party": members)."""
        words = _span_words(span)
        while words and words[0].lower() in self.typer.words.prepositions:
            words = words[1:]
        phrase: list[str] = []
        for i, word in enumerate(words):
            low = word.lower()
            if word == ",":
                return phrase, words[i:]
            if low in self.people["head_complement"] and not self._inside_name(words, i) \
                    or self._participle_after_name.fullmatch(word) and phrase and phrase[-1][:1].isupper():
                if low == "of" and phrase and norm(phrase[-1]) in self._partitive:
                    phrase = []
                    continue
                return phrase, words[i:]
            phrase = [] if _POSSESSIVE_END.search(word) else [*phrase, word]
        return phrase, []

    @staticmethod
    def _inside_name(words: list[str], i: int) -> bool:
        """Whether the word at `i` stands between two capitalised words, part of a name ("Bank of America")."""
        return 0 < i < len(words) - 1 and words[i - 1][:1].isupper() and words[i + 1][:1].isupper()

    def affiliated(self, n: str, hit) -> bool:
        # "Michael O'Hanlon, a senior fellow at the Brookings Institution": a person, affiliated
        return _EN_AFFILIATION.search(n, 0, hit.start) is not None

    def place(self, n: str, hit) -> bool:
        # "refugees from Iraq", "the fifth most dangerous city in America": a place, not the state
        return bool(set(n[:hit.start].split()[-1:]) & self.typer.place_prepositions)

    def head_hit(self, family: str, n: str, before_title: bool = True):
        """A possessor ("to match Clinton's current lead", "America's best"), part of a compound
        ("anti-Trump activists") or, unless `before_title`, a noun before a title ("FBI Director James
        Comey", "an FBI spokesman") only modifies another noun."""
        hits = self.typer.hits(n)
        titles = set() if before_title else {h.start for f in _TITLE_FAMILIES for h in hits[f]}
        hit = next((h for h in hits[family] if not _POSSESSOR.match(n, h.end) and n[h.start - 1:h.start] != "-"
                    and h.end + 1 not in titles), None)
        if hit is None and family == "known_official" and _MIDDLE_INITIAL.search(n):
            return self._without_initials(n, before_title)
        return hit

    def _without_initials(self, n: str, before_title: bool):
        """"Lindsey O. Graham", "Paul D. Ryan": a known name as papers write it, with a middle initial; the hit is
        placed back on the span's own letters."""
        starts, kept, last = [], [], 0
        for m in _MIDDLE_INITIAL.finditer(n):
            kept.append(n[last:m.start()])
            starts.append((len("".join(kept)), m.end() - m.start()))
            last = m.end()
        stripped = "".join(kept) + n[last:]
        hit = self.head_hit("known_official", stripped, before_title)
        if hit is None:
            return None

        def back(i: int) -> int:
            return i + sum(width for at, width in starts if at < i)
        return Hit(back(hit.start), back(hit.end), hit.text, hit.entry_id, hit.family, hit.value)

    def unexplained(self, span: str, n: str, memory: Optional[Memory] = None) -> Typed:
        return self._people(span, n, memory) or self._people_heading(span, n, memory) \
            or Typed("unattributed", rules=["src.unknown"])

    def _people_heading(self, span: str, n: str, memory: Optional[Memory]) -> Optional[Typed]:
        """The span read by its head phrase when the whole is no phrase of people and a person heads it over a body
        or a state in its complement: "One employee at a software firm", "lawyers with the CARA Family Detention
        Pro Bono Project" (en.class.head_complement)."""
        phrase = self.head_phrase(span)[0]
        country = self.typer.head_hit("country", n)
        body = self.typer.head_hit("org_noun", n) or (country if country is not None and not self.place(n, country) else None)
        if not phrase or len(phrase) == len(span.split()) or self.person_head(span, body) is None:
            return None  # only where a body or a state in the complement would have typed the span
        typed = self._people(span, norm(" ".join(phrase)), memory)
        return replace(typed, rules=[*typed.rules, "en.class.head_complement"]) if typed is not None else None

    def _capitalised_after_word(self, span: str, word: str) -> bool:
        """Whether `word`, a plural of bodies (en.class.body_plural), stands capitalised after another word of the
        span, a name's word ("The Estee Lauder Companies"), not the subject's first word ("Companies say")."""
        return any(m.group(1)[:1].isupper() for m in self._body_plural_after_word[word].finditer(span))

    def _people(self, span: str, n: str, memory: Optional[Memory] = None) -> Optional[Typed]:
        """An English subject headed by a noun of people or a quantifier (rules/en/people.yaml): "several
        observers", "two in three", "most of them" are unnamed sources; "the witness", "the businessman" (a
        definite person) refer back to the person last cited, as a pronoun does, unless a speaker was brought in by
        that noun shortly before ("a young woman asked ... the woman said": src.definite_person.introduced)."""
        words = _EN_APPROXIMATE.sub("", _NOT_WORDISH.sub("", n)).split()
        if not words:
            return None
        if _EN_COUNT.fullmatch(" ".join(words)):
            return Typed("anonymous", role=span.strip(), rules=["en.class.quantifier"])  # "43 said", "at least 21,000"
        # a bracket closing in the span ends an aside the walk began inside ("Kasich (who has 25 delegates to date)
        # said"): no noun phrase of its own to read a head in
        at = len(words) - 1 if ")" in n else self._head(words)
        head, cut = words[at], [] if at == len(words) - 1 else ["src.postmodified_head.en"]
        if head.endswith("-year-old") or head.endswith("-year-olds"):
            head = "person"  # "the 46-year-old": a person named by age
        plural = self._plural(head)
        if words[0] in self.typer.words.definite and head in self.people["person_noun"] and not plural:
            introduced = self._introduced(head, memory) if memory is not None else None
            if introduced is not None:
                # "a young woman asked Mrs. Clinton ... '...,' the woman said": the speaker brought in by the noun,
                # of the type they were given (LABELLING: a continuation takes the previous speaker's type)
                rules = ["en.class.person_noun", *cut, "src.definite_person.introduced", *introduced.rules]
                return replace(introduced, rules=list(dict.fromkeys(rules)))
            return Typed(None, rules=["en.class.person_noun", *cut, "src.definite_person"])
        if head in self.people["body_plural"] and (self._capitalised_after_word(span, head)
                                                   or any(w in self.typer.words.prepositions and w != "of" for w in words[:at])):
            # "The National Council of Nonprofits": a body's own name; "The nonprofit paid $2 million to the
            # lobbying firms": the object of a preposition, no subject, unlike a complement's "of" ("The heads of
            # both lobbying firms told AP") (en.class.body_plural)
            return None
        if head in self.people["person_noun"] or head in self._groups and words[0] not in self.typer.words.definite:
            # "the crowd booed" is a scene, not a source
            entry = next(f"en.class.{c}" for c in ("person_noun", "group_noun", "crowd_noun") if head in self.people[c])
            return Typed("anonymous", role=span.strip(), rules=[entry, *cut])
        quantity = " ".join(words[:2]) if words[1:2] != ["of"] and " ".join(words[:2]) in self.people["quantifier"] \
            else words[0]
        rest = words[len(quantity.split()):]
        alone = not rest and quantity not in ("one", "another")  # "one that favors workers" is a thing
        if quantity in self.people["quantifier"] and (alone or rest[:1] == ["of"]) or _EN_SHARE.fullmatch(" ".join(words)):
            return Typed("anonymous", role=span.strip(), rules=["en.class.quantifier"])
        return None


    def _head(self, words: list[str]) -> int:
        """Where a subject's head is: its last word, or a noun of people before the phrase of a preposition that modifies it
        ("his rivals for the Republican presidential nomination", "the last man to mount a third-party race":
        src.postmodified_head.en), with no article after the phrase's first word ("long a vocal advocate of": an
        aside, no subject) and not after "a" before "of" (a quantity: "a host of new songs")."""
        prepositions = self.typer.words.prepositions
        cut = next((i for i, word in enumerate(words) if i and word in prepositions), 0)
        if not cut or words[-1] in self._nouns or words[cut - 1] not in self._nouns \
                or set(words[1:cut]) & self._articles or cut == 2 and words[0] in self._articles and words[2] == "of":
            return len(words) - 1  # "a host of new songs", "a couple of days": a quantity or a kind, no people
        return cut - 1


def _first_words(nb) -> dict[str, int]:
    """Each word of a normalised body (`nb`) with the offset in the original body where it first occurs: one pass,
    so that whether a word was met before a sentence's end is a look-up (Memory.met)."""
    seen: dict[str, int] = {}
    for word in BODY_WORD.finditer(nb.text):
        seen.setdefault(word.group(), nb.offsets[word.start()])
    return seen

"""Find, for each sentence, the cue, the source span, its relays, hedges and anonymity reason.

The same steps in every language, over one `Reading` of each sentence: find the cues (rules/cues.yaml and
the language folders), find each cue's subject and type it, choose the cue that governs the sentence,
add its relays ("according to CNN", "told Reuters", "نقلت الوكالة عن مسؤول") and the other attributions in
it, and carry speakers across sentences (a verb with no subject, a pronoun or a bare quote continues the
previous speaker). Where a step depends on the grammar, the article's `Language` (lang/ar.py, lang/en.py)
does it.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Optional

from ..lexicon import Hit, LexiconSet
from ..models import Claim, Source, Via
from ..normalize import norm, normalize
from ..rules import SPEECH_FAMILIES, RuleSet, ScannedBody
from ..text.sentences import Sentence, quote_spans
from . import gender
from .lang import Arabic, ArabicSpans, English, EnglishSpans, Language
from .reading import PERSON_TYPES, UNNAMED_GROUPS, Candidate, Discourse, Reading, Speaker
from .sources import BODY_WORD, COMMA, Memory, SourceTyper
from .subjects import WORD, ends_before, words_before
from .words import UTTERANCE_CLASS, WordClasses, opening

_NAMED_SPEAKERS = ("named_person", "named_official", "named_organization")
_UNNAMED_SPEAKERS = ("anonymous_official", "anonymous")
_PUBLISHERS = ("media", "state_media", "named_organization", "document", "intelligence")
_PEOPLE = (*PERSON_TYPES, *UNNAMED_GROUPS)
_UTTERANCE = "attr.ar.utterance_subject"  # a subject that is what was said: no speaker (lang/ar.py)
_OPENING_CLAUSE = "attr.opening_participle"  # a verb in a clause opening the sentence: it governs no main clause
_BULLET = re.compile(r"^\s*(?:[l•·*\-–—]|\d+[.)])\s+")
_DASH = re.compile(r"\s[-–—―]\s")
_PARENTHESIS = re.compile(r"\s*\([^()]*\)")
_CLAUSE_EDGE = re.compile(r"[,،;:\"'”’)]$")  # a word that ends a clause or a quotation
_QUOTE_MARK = re.compile(r"[\"“”]|''")  # the doubled apostrophe is The New York Times' quotation mark
_LINE_BREAK = re.compile("\n")
_OPENING_WORDS = 12  # a subject's title and name open a sentence within these (_opening_person)
_BEFORE_BLOCK, _IN_BLOCK = 1, 2  # the paragraph after "Hewitt writes:" (attr.continuation.block)
_OPENS_QUOTATION = re.compile(r'\s*["“](?!>)')  # a paragraph that opens with a quotation
# the most sentences of narration with the same pronoun as subject read past to the person they go on about
_CHAIN = 3
# the most characters between a person's span and the cue for the pronoun after the cue to be that person's
# ("Gov. Phil Bryant, a Republican, said he expects"; farther off, the cue may be someone else's)
_SUBJECT_TO_CUE = 40
# the most sentences read back, besides those going on about "they", for what "they" stands for
_PLURAL_REACH = 3
_THEY = re.compile(r"\bthey\b", re.I)
_PLURAL_NAME = re.compile(r"[A-Z][a-z]+[^su'’s]s")  # "Giants", "Cowboys" (a team, not a person); not "Ross"
_NUMBERED = re.compile(r"(?:the (?:two|three|four)|both)$", re.I)  # "The two squabbled": persons named before


def _bracketed(n: str, pos: int) -> bool:
    """Whether `pos` stands inside an open parenthesis (an aside of the writer's, no relay of the sentence's claim)."""
    return n.rfind("(", 0, pos) > n.rfind(")", 0, pos)


def _family(source: Source) -> list[str]:
    return norm(source.name or source.text or "").split()[-1:]

# an embedded tweet as the crawl keeps it: an opening tag whose author attribute holds the handle, the tweet's text,
# and a closing tag ("</tweet>" or "<tweet/>"); its signature credits the name and handle ("— Ben Jacobs
# (@Bencjacobs) September 1, 2016"). A tag left unclosed ends at the next "<tweet" (or is no tweet): neither the
# tag nor the text is read past it, so thousands of unclosed tags are each read once, not each to the body's end.
# The author is looked for ahead of the tag's end, which is then found once (a tag of many author attributes and
# no ">" is read once too).
_TWEET = re.compile(r'<tweet\b(?=[^<>]*?author="(@?\w+)")[^<>]*>((?:(?!<tweet).)*?)(?:</tweet>|<tweet/>)', re.S)
_SIGNATURE = re.compile(r"[—–―]\s*([^()—–―\n]+?)\s*\(@(\w+)\)\s*\w+ \d{1,2}, \d{4}")
_LETTER = re.compile(r"[^\W\d_]")
_WORD_ONLY = re.compile(r"\w+")


def _name_words(source: Source) -> set[str]:
    return {w for w in norm(source.name or source.text or "").split() if len(w) > 2}


class _Mentions:
    """What the tweets of one article look up, indexed once for them all. The names the article met
    (Memory.names) by their family name squashed ("realdonaldtrump" holds "trump"): a handle is looked up by its
    own pieces no longer than the longest family name, not against every name; the index follows the names
    met later, as typing a tweet's author may remember more. The body's words, each with where it stands, so
    that the mentions of a family name are found by bisection, not by reading the body once per tweet (a family
    name of other characters than a word's is read once per article, then kept)."""

    def __init__(self, body: str, memory: Memory):
        self.body = body
        self.memory = memory
        self.read = 0  # how many of memory.names are indexed (names are only added, in order)
        self.families: dict[str, list[str]] = {}  # family squashed -> the tokens of memory.names with it
        self.longest = 0
        self.words: Optional[dict[str, list[tuple[int, int]]]] = None
        self.others: dict[str, list[tuple[int, int]]] = {}

    def people_in(self, squashed: str) -> list[tuple[str, str]]:
        """(type, name) of each name met whose family name (longer than 3 characters) the handle holds."""
        names = self.memory.names
        if len(names) > self.read:
            for token in list(names)[self.read:]:
                words = norm(names[token][1]).split()
                family = re.sub(r"\W", "", words[-1]) if words else ""
                if len(family) > 3:
                    self.families.setdefault(family, []).append(token)
                    self.longest = max(self.longest, len(family))
            self.read = len(names)
        found = {squashed[i:j] for i in range(len(squashed))
                 for j in range(i + 4, min(len(squashed), i + self.longest) + 1)}
        return [names[token] for family in found for token in self.families.get(family, ())]

    def spans(self, family: str) -> list[tuple[int, int]]:
        if _WORD_ONLY.fullmatch(family):
            if self.words is None:
                self.words = {}
                for m in _WORD_ONLY.finditer(self.body):
                    self.words.setdefault(m.group(), []).append((m.start(), m.end()))
            return self.words.get(family, [])
        if family not in self.others:
            self.others[family] = [m.span() for m in re.finditer(rf"\b{re.escape(family)}\b", self.body)]
        return self.others[family]

    def nearest(self, family: str, start: int, end: int) -> Optional[tuple[int, int, str]]:
        """(start, end, text) of the last mention of `family` before start, else its first at or after end."""
        spans = self.spans(family)
        at = bisect_left(spans, (start, -1))
        if at:
            found = spans[at - 1]
        else:
            after = bisect_left(spans, (end, -1))
            if after == len(spans):
                return None
            found = spans[after]
        return found[0], found[1], self.body[found[0]:found[1]]


class _OpenQuotation:
    """Whether a sentence stands inside a quotation that opened its paragraph and is still open at the sentence's
    start or end ('"The U.S. Department of Justice isn't about ... anymore. It's about ...': both sentences are the
    speaker's, who was named before the paragraph); a quotation of several paragraphs opens each with a quotation
    mark and closes only the last. Marks are counted together, straight and curly, as writers mix them ('“If they
    can't, ...," Clinton wrote'); a mark before ">" ends a markup attribute ('tweet-date="...">'), no quotation.
    The marks and line breaks are found once per body, so a long paragraph is not recounted at each sentence."""

    def __init__(self, body: str):
        self.body = body
        self.marks = [m.start() for m in _QUOTE_MARK.finditer(body)]
        self.breaks = [m.start() for m in _LINE_BREAK.finditer(body)]

    def __call__(self, start: int, end: int) -> bool:
        para = self._paragraph(start)
        if _OPENS_QUOTATION.match(self.body, para, end) is None:
            return False
        first = bisect_left(self.marks, para)
        return any((bisect_left(self.marks, stop) - first) % 2 == 1 for stop in (start, end))

    def opener(self, start: int) -> Optional[int]:
        """Where the quotation still open at `start` opened in the paragraph, wherever in it ('Obama said: "There's
        no magic to the phrase ... It's a political talking point.'), or None when the paragraph's marks are even
        there (attr.continuation.speaker_quote)."""
        first, stop = bisect_left(self.marks, self._paragraph(start)), bisect_left(self.marks, start)
        return self.marks[stop - 1] if (stop - first) % 2 == 1 else None

    def _paragraph(self, at: int) -> int:
        before = bisect_left(self.breaks, at)
        return self.breaks[before - 1] + 1 if before else 0


def _same_clause(words: list[str]) -> list[str]:
    """The words before a cue back to a clause's edge: in '"... with that plan," said Hough' the quotation's
    "that" is no subordinator of "said"."""
    for i in range(len(words) - 1, -1, -1):
        if _CLAUSE_EDGE.search(words[i]):
            return words[i + 1:]
    return words


class Attributor:
    def __init__(self, rules: RuleSet):
        self.rules = rules
        self.words = WordClasses(rules)  # read once: every step's function words
        self.typer = SourceTyper(rules, self.words, ArabicSpans, EnglishSpans)
        self.cues = LexiconSet({
            "speech": rules.lexicon(*SPEECH_FAMILIES),
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
        self.hedge = rules.lexicon("hedge")
        self.reason = rules.lexicon("anonymity_reason")
        self.languages: dict[str, Language] = {"ar": Arabic(rules, self.typer), "en": English(rules, self.typer)}
        # the languages' complementizers: a reported clause opens after one; no speaker's name precedes what was said
        opener = opening(frozenset().union(*(lang.complementizers for lang in self.languages.values())))
        self.clause_opener = re.compile(rf'(?<!\S){opener}(?!\S)|"')
        self.said = re.compile(r"(?<!\S)" + opening(frozenset().union(*(
            lang.said_openers for lang in self.languages.values()))) + r"(?!\S)")
        self.quoting = frozenset().union(*(lang.quoting_cues for lang in self.languages.values()))  # relay a source
        self.coordinators = frozenset().union(*(lang.coordinators for lang in self.languages.values()))
        # "Poll: ...", "Gillibrand on Hillary: ...": the rule's terms open the topic after the speaker
        self.topic = rules.lexicon("headline_colon")
        self.colon_rule = next((e.id for e in rules.entries if e.family == "headline_colon"), None)
        self.quote_colon = rules.lexicon("quote_colon")  # 'Rep. Trey Gowdy: "..."' in the body
        # "From Andrea Peyser writing at The New York Post:": the excerpt after the line is theirs
        self.excerpt_credits = {code: rules.patterns("excerpt_credit", lang=code) for code in self.languages}
        # "From Bloomberg:" credits an excerpt, "From Washington:" heads a place: the types each entry credits
        self.credited = {e.id: frozenset(e.types) for e in rules.entries if e.family == "excerpt_credit"}
        self.publisher_words = rules.lexicon("publisher_relay")
        self.publisher_rule = next((e.id for e in rules.entries if e.family == "publisher_relay"), None)

    def language(self, code: str) -> Language:
        """The attribution steps of an article's language; English's for any language it does not know
        (the pipeline leaves the claims of languages without rules unscored)."""
        return self.languages.get(code, self.languages["en"])

    # -- public -----------------------------------------------------------------------------
    def remember(self, scanned: ScannedBody, title: Optional[str] = None) -> Memory:
        """The names and roles the body gives, read before any sentence is typed, and the title's words, read
        before the body."""
        memory = Memory(title_words=frozenset(BODY_WORD.findall(norm(title or ""))))
        self.typer.prescan(scanned, memory)
        return memory

    def attribute(self, scanned: ScannedBody, sentences: list[Sentence], language: str, memory: Memory) -> list[Claim]:
        body = scanned.text
        lang = self.language(language)
        if lang.gender is not None:
            lang.gender.honorifics(body, memory)  # "Mrs. Clinton", "Mr. Trump"
        claims: list[Claim] = []
        in_open_quotation = _OpenQuotation(body)
        ctx = Discourse(open_quotation=lambda at: in_open_quotation(at, at))
        block = 0  # after "Hewitt writes:" ending its paragraph: _BEFORE_BLOCK, then _IN_BLOCK in the paragraph after
        for i, sent in enumerate(sentences, 1):
            memory.at, memory.end = sent.start, sent.end  # what the body had before this sentence is met (Memory.met)
            guessed = memory.guessed
            claim, speaker, named = self._sentence(f"c{i}", sent, lang, memory, ctx)
            if memory.guessed is guessed:
                memory.guessed = {}  # a gender guessed holds for the sentence after the guess only (gender.guess)
            if named:
                self._note_gender(claim, lang, memory)
            if claim.cue is None and claim.source.type == "unattributed":
                said = self._quoted_speaker(claim, sent, memory) or (
                    self._excerpt_credit(claim, sent, lang, memory, body) if lang.quotes_block else None)
                if said is not None:
                    claim, speaker = said, Speaker(said.source.model_copy())
            quoting = self._still_quoting(sent, claims, ctx, in_open_quotation, lang) \
                if claim.cue is None and claim.source.type == "unattributed" and ctx.last is not None else None
            if quoting is not None:
                claim.source, claim.via = ctx.last.source.model_copy(), list(ctx.last.via)
                claim.reasons.append(quoting)
                speaker = Speaker(claim.source.model_copy(), list(claim.via))
            new_paragraph = i == 1 or "\n" in body[sentences[i - 2].end:sent.start]
            bullet = _BULLET.match(sent.text) is not None
            if block and new_paragraph:
                block = _IN_BLOCK if block == _BEFORE_BLOCK and not bullet else 0  # one paragraph, not a list's points
            if ctx.listing is not None and new_paragraph and not bullet and not block:
                ctx.listing = None  # the list ended with its last point
            if block == _IN_BLOCK and ctx.listing is not None and claim.cue is not None and not bullet \
                    and not sent.text.rstrip().endswith(":"):
                # inside the block quotation the writer keeps the claim, as inside quotation marks ('Wallnau
                # wrote:' then 'I think ..., as at this time, Iowa polls are showing ...'): what the sentence
                # attributes is the writer's content, kept among its other attributions
                own = claim.source
                speaker = Speaker(ctx.listing.source.model_copy(update={"start": None, "end": None}),
                                  list(ctx.listing.via))
                if own.type != "unattributed" and (own.type, own.name) != (speaker.source.type, speaker.source.name):
                    claim.also = [own.model_copy(update={"rules": [*own.rules, "attr.continuation.block"]}), *claim.also]
                claim.source, claim.via = speaker.source.model_copy(), list(speaker.via)
                claim.reasons.append("attr.continuation.block")
            elif claim.cue is not None and not (ctx.listing is not None and bullet):
                ctx.listing = speaker if speaker is not None and sent.text.rstrip().endswith(":") else None
                # "Hewitt writes:" ending its paragraph, the verb right before the colon: the block after it is
                # what was written, its quotation marks lost (attr.continuation.block); not after "Trump tweeted:",
                # whose tweet the crawl may have dropped (closed.en.posting_verb)
                block = _BEFORE_BLOCK if ctx.listing is not None and lang.quotes_block and claim.cue_end is not None \
                    and (body[claim.cue_end:sent.end].strip() == ":" or self._credits_excerpt(claim)) \
                    and body.startswith("\n", sent.end) and (claim.cue or "").lower() not in lang.posting_verbs else 0
            elif ctx.listing is not None and (bullet or claim.source.type == "unattributed"):
                speaker = Speaker(ctx.listing.source.model_copy(update={"start": None, "end": None}),
                                  list(ctx.listing.via))
                claim.source, claim.via = speaker.source.model_copy(), list(speaker.via)
                claim.reasons.append("attr.continuation.block" if block else "attr.continuation.list")
            if claim.source.anonymity_reason and claim.cue is None and claims and ctx.last is not None \
                    and claims[-1].source.type in UNNAMED_GROUPS \
                    and not claims[-1].source.anonymity_reason:
                claims[-1].source.anonymity_reason = claim.source.anonymity_reason
            ctx.update(speaker, sent.text)
            claims.append(claim)
        self._tweets(body, claims, memory)
        memory.at = memory.end = None  # the title is read after the whole body
        return claims

    @staticmethod
    def _still_quoting(sent: Sentence, claims: list[Claim], ctx: Discourse, quotation: _OpenQuotation,
                       lang: Language) -> Optional[str]:
        """The rule by which a sentence with no speaker of its own goes on with the last speaker's quotation: one that
        opened its paragraph and is still open (attr.continuation.open_quote), or one the last speaker opened inside
        the paragraph ('Obama said: "There's no magic to the phrase ... It's a political talking point.';
        attr.continuation.speaker_quote), not a mark the narration opened ('the plan, which he called "a scam.')."""
        if quotation(sent.start, sent.end):
            return "attr.continuation.open_quote"
        opened = quotation.opener(sent.start) if lang.quotes_run_on else None
        at = bisect_right(claims, opened, key=lambda c: c.start) - 1 if opened is not None else -1
        opening = claims[at] if at >= 0 and opened < claims[at].end else None  # the claim that holds the mark
        same = opening is not None and (opening.source.type, opening.source.name) == (ctx.last.source.type,
                                                                                   ctx.last.source.name)
        return "attr.continuation.speaker_quote" if same and opening.source.type != "unattributed" else None

    def _tweets(self, body: str, claims: list[Claim], memory: Memory) -> None:
        """The sentences of an embedded tweet that name no speaker of their own are its author's (attr.tweet): the
        outlet its handle spells, else the name its signature credits, else the person its handle spells
        ("@brianefallon": Brian Fallon), else the handle itself, a person (attr.tweet.handle). A signature alone is
        no claim of the author's, nor a site's prompt before it ("SIGN UP FOR OUR NEWSLETTER — Donald J. Trump
        (@realDonaldTrump) June 29, 2016"); no speaker of the article's own lines goes on into a tweet: its author
        speaks. Each tweet reads only its own sentences (found by bisection in the claims, which follow the body)
        and the article's mentions are indexed once (_Mentions), so many tweets cost each their own length."""
        starts = [claim.start for claim in claims]  # in body order: one claim per sentence, read in turn
        mentions = _Mentions(body, memory)
        for tweet in _TWEET.finditer(body):
            author = None
            inside = range(bisect_left(starts, tweet.start()), bisect_left(starts, tweet.end()))
            for claim in (claims[i] for i in inside):
                if claim.cue is not None:
                    continue
                text = re.sub(r"<[^<>]*>", "", claim.text)
                unsigned = _SIGNATURE.sub("", text)
                if not _LETTER.search(unsigned) or (unsigned != text and self._site_prompt(unsigned)):
                    continue
                author = author or self._tweet_author(body, tweet, memory, mentions)
                claim.source, claim.via = author.model_copy(), []
                claim.reasons = [*(r for r in claim.reasons if not r.startswith("attr.")), "attr.tweet"]  # its speaker

    def _site_prompt(self, text: str) -> bool:
        """Whether what comes before a tweet's signature is a line of the site's own, a prompt the crawl ran into
        the tweet ("SIGN UP FOR OUR NEWSLETTER"): a whole line the English boilerplate rules remove."""
        n = norm(text)
        return bool(n) and self.rules.boilerplate_for("en", len(n.split())).first_whole(n) is not None

    def _outlet(self, squashed: str):
        """The outlet a handle spells (its name squashed, "the" before it or not: "@AP", "@thehill"), else the one
        whose name it spells with "News" after ("@MashableNews": Mashable), the first in the registry's order."""
        by_name = self.rules.outlet_by_squashed
        found = [by_name[k] for k in {squashed, squashed.removeprefix("the")} if k in by_name]
        if not found and squashed.endswith("news"):
            base = squashed.removesuffix("news")
            found = [by_name[k] for k in {base, base.removeprefix("the")} if len(k) > 2 and k in by_name]
        return min(found, key=lambda f: f[0])[1] if found else None

    def _tweet_author(self, body: str, tweet: re.Match, memory: Memory, mentions: _Mentions) -> Source:
        handle = tweet.group(1).lstrip("@")
        squashed = handle.lower()
        outlet = self._outlet(squashed)
        typed = self.typer.classify(outlet.name, memory) if outlet is not None else None
        if typed is not None and typed.type not in (None, "unattributed"):
            return Source(text=tweet.group(1), name=typed.name, role=typed.role, type=typed.type,
                          start=tweet.start(1), end=tweet.end(1), rules=[*typed.rules, "attr.tweet.outlet"])
        sign = next((s for s in _SIGNATURE.finditer(body, tweet.start(2), tweet.end())
                     if s.group(2).lower() == squashed), None)
        if sign is not None:
            typed = self.typer.classify(sign.group(1), memory)
            if typed.type not in (None, "unattributed"):
                return Source(text=sign.group(1), name=typed.name, role=typed.role, type=typed.type,
                              start=sign.start(1), end=sign.end(1), rules=[*typed.rules, "attr.tweet.signature"])
        person = self._handle_person(tweet, memory, squashed, mentions)
        if person is not None:
            return person
        # a person the lexicons know by the handle's words ("@GovMikeHuckabee"); else someone on their own account
        typed = self.typer.classify(re.sub(r"(?<=[a-z])(?=[A-Z])", " ", handle), memory)
        known = typed.type in PERSON_TYPES and not typed.bare_name
        return Source(text=tweet.group(1), name=typed.name if known else None, role=typed.role if known else None,
                      type=typed.type if known else "named_person", start=tweet.start(1), end=tweet.end(1),
                      rules=[*typed.rules, "attr.tweet.person"] if known else ["attr.tweet.handle"])

    def _handle_person(self, tweet: re.Match, memory: Memory, squashed: str,
                       mentions: _Mentions) -> Optional[Source]:
        """The person the article names whose family name the handle holds ("@realDonaldTrump", "@SpeakerRyan"),
        at the article's last mention of that name before the tweet (its first after, if none before)."""
        names = {name for type_, name in mentions.people_in(squashed) if type_ in PERSON_TYPES}
        if not names:
            return None
        name = max(names, key=lambda n: (sum(re.sub(r"\W", "", w) in squashed for w in norm(n).split()), len(n)))
        family = name.split()[-1]
        mention = mentions.nearest(family, tweet.start(), tweet.end())
        if mention is None:
            return None
        typed = self.typer.classify(name, memory)
        if typed.type not in PERSON_TYPES:
            return None
        return Source(text=mention[2], name=typed.name or name, role=typed.role, type=typed.type,
                      start=mention[0], end=mention[1], rules=[*typed.rules, "attr.tweet.person"])

    def drop_publisher_relays(self, claims: list[Claim], publisher: Optional[str]) -> None:
        """A source that spoke to the publisher of this copy reached the reader through no relay: "told
        POLITICO" in Politico is an interview, not a relay (LABELLING)."""
        if self.publisher_rule is None:
            return
        own = norm(publisher) if publisher else None
        for claim in claims:
            kept = [v for v in claim.via if not (own and v.name and norm(v.name) == own)
                    and self.publisher_words.search(normalize(v.evidence).text) is None]
            if len(kept) < len(claim.via):
                claim.via = kept
                claim.reasons.append(self.publisher_rule)

    def headline(self, title: Optional[str], language: str, memory: Memory) -> Optional[Claim]:
        """The title's own attribution ("Carson says cut regulations", "Poll: Trump leads", "لافروف: ..."),
        read alone after the body (whose names it may use); its offsets are into the title."""
        if not title or not title.strip():
            return None
        sent = Sentence(0, len(title), title)
        claim, _, _ = self._sentence("headline", sent, self.language(language), memory, Discourse())
        colon = title.find(":")
        if self.colon_rule is None or colon <= 0:
            return claim
        if claim.cue is None and claim.source.type == "unattributed":
            return self._speaker_colon(claim, memory, self.colon_rule, colon) or claim
        if claim.cue_start is not None and claim.cue_start > colon and (claim.source.start or colon) >= colon:
            # "Obama: I'm Optimistic Americans Will Say No to Trump": a cue after the speaker's colon is part of what
            # the speaker said, its subject there no other source
            return self._speaker_colon(claim, memory, self.colon_rule, colon) or claim
        return claim

    def _quoted_speaker(self, claim: Claim, sent: Sentence, memory: Memory) -> Optional[Claim]:
        """'Rep. Trey Gowdy: "..."': a body sentence with no cue whose colon opens a quotation (cue.quote.colon)."""
        ns = sent.normalized or normalize(sent.text)
        hit = next(self.quote_colon.finditer(ns.text), None)
        if hit is None:
            return None
        start = ns.span(hit.start, hit.end)[0]
        return self._speaker_colon(claim, memory, hit.entry_id, sent.text.find(":", start))

    def _excerpt_credit(self, claim: Claim, sent: Sentence, lang: Language, memory: Memory,
                        body: str) -> Optional[Claim]:
        """A line ending its paragraph that credits the excerpt after it ("From Andrea Peyser writing at The New
        York Post:", "From Bloomberg:"; cue.en.excerpt_credit): the credited name, typed as any source, speaks; the
        block quotation after it is theirs (attr.continuation.block). Without the outlet an author writes at, only
        the types the entry credits are (its `types`: "From Washington:" heads a place)."""
        if not (sent.end == len(body) or body.startswith("\n", sent.end)):
            return None
        ns = sent.normalized or normalize(sent.text)
        found = next(((rule, m) for rule, rx in self.excerpt_credits[lang.code] if (m := rx.match(ns.text.strip()))),
                     None)
        if found is None:
            return None
        rule, m = found
        lead = len(ns.text) - len(ns.text.lstrip())
        a, b = ns.span(m.start("name") + lead, m.end("name") + lead)
        typed = self.typer.classify(sent.text[a:b], memory)
        if typed.type in (None, "unattributed") or m.group("outlet") is None and typed.type not in self.credited[rule]:
            return None
        colon = sent.text.rindex(":")
        source = Source(text=sent.text[a:b], name=typed.name, role=typed.role, type=typed.type,
                        start=sent.start + a, end=sent.start + b, rules=typed.rules)
        return claim.model_copy(update={"cue": ":", "cue_start": sent.start + colon, "cue_end": sent.start + colon + 1,
                                        "source": source, "reasons": [rule]})

    def _credits_excerpt(self, claim: Claim) -> bool:
        return any(rule in claim.reasons for rule in self.credited)

    def _speaker_colon(self, claim: Claim, memory: Memory, rule: str, colon: int) -> Optional[Claim]:
        """A line that opens with its speaker and a colon ("Poll: ...", "Gillibrand on Hillary: ...",
        'Clinton: "..."'); offsets are into the article (into the title for a headline)."""
        title = claim.text
        if colon <= 0:
            return None
        ns = normalize(title[:colon])
        topic = self.topic.search(ns.text)  # "Gillibrand on Hillary's speeches:": the speaker precedes the topic
        lead = title[:ns.span(topic.start, topic.end)[0]] if topic is not None else title[:colon]
        speaker = _DASH.split(lead)[-1].strip()  # "Pollsters agree - Carl Bialik:": the name after the dash
        named = _PARENTHESIS.sub("", speaker)  # "Rep. Trey Gowdy (R-S.C.)": a party and state name no one
        words = normalize(named).text
        if not 1 <= len(words.split()) <= 7 or set(words.split()) & self.words.be or self._places_only(words) \
                or self.said.search(words) or self.words.headline_rubric.fullmatch(words):
            return None  # "Bill is back: Hillary's husband on the trail", "وعرف النظام التحرش بأنه:": clauses; "Syria:"
        typed = self.typer.classify(named, memory)
        if typed.type in (None, "unattributed"):
            return None
        start = claim.start + lead.index(speaker)
        source = Source(text=speaker, name=typed.name, role=typed.role, type=typed.type, start=start,
                        end=start + len(speaker), rules=typed.rules)
        return claim.model_copy(update={"cue": ":", "cue_start": claim.start + colon,
                                        "cue_end": claim.start + colon + 1, "source": source, "reasons": [rule]})

    def _places_only(self, n: str) -> bool:
        """Countries and capitals alone ("سوريا:", "Iran and Morocco:") label a headline's topic or place."""
        for hit in reversed(list(self.rules.country_lexicon.finditer(n))):
            n = n[:hit.start] + n[hit.end:]
        return not set(n.split()) - self.coordinators

    # -- one sentence -----------------------------------------------------------------------
    def _sentence(self, claim_id: str, sent: Sentence, lang: Language, memory: Memory,
                  ctx: Discourse) -> tuple[Claim, Optional[Speaker], bool]:
        """The sentence's claim, its speaker (None when it has none) and whether the sentence names that speaker
        itself: not continued from an earlier sentence nor reached through a relay."""
        last = ctx.last
        ns = sent.normalized or normalize(sent.text)  # the article normalised once: this sentence's view of it
        n = ns.text
        r = Reading(sent, ns, quote_spans(n), memory, self.cues.scan(n))
        lang.filter_cues(r)
        cues = r.cues
        hedges = [r.original(h.start, h.end) for h in self.hedge.finditer(n)]
        why: list[str] = []  # the claim's reasons
        cue: dict = {}

        def made(source: Source, via: Optional[list[Via]] = None, also: Optional[list[Source]] = None) -> Claim:
            """The claim, built once (pydantic checks every field set afterwards)."""
            intelligence = source.type == "intelligence" or any(v.type == "intelligence" for v in via or ()) \
                or any(r.startswith("intel.") for r in source.rules)  # "مصدر مخابراتي": intel.people.ar
            return Claim(id=claim_id, text=sent.text, start=sent.start, end=sent.end, hedges=hedges, reasons=why,
                         source=source, via=via or [], also=also or [], intelligence=intelligence, **cue)
        reasons = list(self.reason.finditer(n))
        reason = reasons[0] if reasons else None
        reason_text = "; ".join(r.original(x.start, x.end) for x in reasons) or None

        ed = cues["editorial"][0] if cues["editorial"] else None
        editorial_end = ed.end if ed is not None and ed.start < 3 else 0
        opinion_spans = [(h.start, h.end) for h in cues["opinion"]]
        agentless = [h for h in cues["agentless"] if not r.inside(h.start)]

        cands: list[Candidate] = []
        quoted_openers: list[Candidate] = []  # «أكد كيم ...»: a quotation that opens with its own speaker
        side: list[Candidate] = []  # attributions in relative and side clauses
        narration: list[Candidate] = []  # of those, "he"/"she" in a clause of time (attr.continuation.side_clause)
        according_verbs = lang.according_verbs(r)
        after_according = {v.start for v in according_verbs.values() if v is not None}
        for hit in cues["speech"]:
            if hit.family == "speech_complement" and not lang.complement_ahead.match(n, hit.end, hit.end + 80):
                continue
            if hit.start in after_according:
                continue
            if r.quotes.opens_at(n, hit.start):
                quoted_openers.append(lang.speaker(r, hit))
                continue
            if r.inside(hit.start) or hit.start < editorial_end or any(a <= hit.start < b for a, b in opinion_spans):
                continue
            if any(a.start <= hit.start < a.end for a in agentless):
                continue
            # "The campaign would not say": the campaign is in the sentence, but is not its source
            lo = max(0, hit.start - 12)
            before = n[lo:hit.start].split()[-2:]
            if before and lo > 0 and not n[lo - 1].isspace() and n.find(before[0], lo) == lo:
                before = before[1:]  # a word the window cut is not read: "مسؤولا" is no لا
            before = _same_clause(before)
            negated = self._negated(before, lang)  # "ولم تعلن"
            clause = _same_clause(words_before(n, hit.start, 3))  # "after she had posted"
            previous = clause[-2:]
            # "بعد أن"; "جاء ذلك بعد أن أعلنت" only dates the news: no side clause
            subordinate, dated = lang.subordinated(r, previous, hit.start)
            # "who has often complained"; kept apart from the negation, which a refusal to comment undoes (below)
            dependent = bool({lang.bare(w) for w in previous} & lang.relatives or subordinate and not dated
                             or lang.relative_subject(clause))
            side_clause = negated or dependent
            if not lang.verb_use(r, hit):
                continue
            cand = lang.speaker(r, hit)
            if "src.unresolved" in cand.typed.rules:
                cand.span = (hit.start, hit.start)  # no speaking noun phrase: the verb's subject was dropped
            fronted = None if dependent or not cand.span[0] < cand.span[1] <= hit.start \
                else lang.fronted_side_clause(r, cand.span[0])
            if fronted is not None:  # "لأن الاتحاد الأوروبي كان يطالب": a subordinator before the subject
                dependent = side_clause = True
                cand.typed.rules = [*cand.typed.rules, fronted]
            if cand.span[1] <= cand.span[0] and n[:hit.start].strip():
                cand = lang.dropped_subject(r, hit) or cand
            if cand.span[1] <= cand.span[0] and not lang.opens_clause(n, hit.start):
                if not lang.reports_inside(r, hit):
                    continue  # "... وتعهدا بتعزيز": a later verb shares the sentence's subject, no new speaker
                cand.typed.rules = [*cand.typed.rules, "attr.continuation.inside"]
            if dated:
                cand.typed.rules = [*cand.typed.rules, "attr.dated_news"]
            narrated = not side_clause and (lang.narrated_act(r, cand, hit) or not self.words.subordinate.match(n)
                                            and lang.narrated_speech(r, cand, hit))
            side_clause = side_clause or narrated  # still an attribution in the sentence: PolNeAR counts it (`also`)
            if hit.family == "speech_media" and cand.typed.type not in _PUBLISHERS and not lang.publishes(r, hit, cand):
                continue  # "نشرت قناصة": deployed, not published
            if hit.family == "speech_press" and not lang.covers(r, cand):
                continue  # "ربطت رأسها بكوفية": tied, not linked in print
            if hit.family == "speech_document" and (cand.typed.type != "document" or not lang.definite(n, cand.span)):
                # "تضمن الحكومة": guarantees; "معاهدة ... وتتضمن اتفاق دفاع مشترك": an indefinite object
                if not self._document_goes_on(cand, ctx, n, hit, lang):
                    continue
                cand.typed.rules = [*cand.typed.rules, "attr.continuation.document"]
            # "the hacker who revealed ...", "... حيث تقول الأمم المتحدة": a side clause does not
            # attribute the sentence, but it is still an attribution in it
            if negated and not dependent and lang.negation_reports(r, cand):
                # "ولم يذكر المتحدث القمة": what the spokesman left unsaid; "Senators who would not say how they will
                # vote are under pressure" stays a relative clause (session 42 review)
                side_clause = False
            # "Having announced ..., Sanders toured"; "will force Senator Warren to acknowledge"
            side_clause = side_clause or _OPENING_CLAUSE in cand.typed.rules or lang.controlled(r, cand) \
                or lang.relative_object(r, cand, hit)  # "the allegations, which Mr. Ailes denies,"
            # a side clause of narration may still tell what leaflets say ("وكانت إسرائيل قد ألقت منشورات ... تحذر فيها")
            printed = None if side_clause and not narrated else lang.in_print(r, cand)
            if printed is not None:  # "ألقت طائرة منشورات ...، تحذر فيها", "Baker wrote the letter": narrated
                cand.typed.rules = [*cand.typed.rules, printed]
            (side if side_clause or printed is not None else cands).append(cand)
            if narrated:
                narration.append(cand)
        for hit in cues["relay"]:
            if not r.inside(hit.start) and hit.start >= editorial_end:
                cands += lang.relay(r, hit)
        according = [lang.according(r, hit, according_verbs.get(hit.start)) for hit in cues["according"]
                     if not r.inside(hit.start)]
        for holder in lang.opinion_holders(r, editorial_end, agentless):
            # "Most voters view Trump as unfit for office, according to a Gallup poll": the poll
            (side if self._according_after(holder, according, n) else cands).append(holder)
        cands += according
        cands.sort(key=lambda c: c.cue.start)
        cands = [c for c in cands if not (c.typed.type is None and c.cue.family == "according")]

        would_be = self._main(sorted(cands + narration, key=lambda c: c.cue.start), n, lang) if narration else None
        if would_be in narration:
            why.append("attr.continuation.side_clause")  # the clause would have made the sentence the speaker's
        # "Grassley has refused to hold hearings ...": the narrated main verb still frames the sentence
        frame = would_be if would_be in narration and lang.frames_sentence(would_be) else None
        main = self._main(cands, n, lang)
        if main is not None and frame is not None and lang.in_complement(r, frame, main):
            main = None  # "Mr. Deripaska agreed to pay ..., before ... Mr. Deripaska sued": inside the narrated act
        main = main or lang.participle(r, cues["participle"]) or lang.noun_cue(r) or lang.passive_agent(r)
        # "وقد تحدث الملك هاتفيا مع ...": who talked, no source of this sentence, is who a dropped subject goes on with
        talked = lang.talker(frame) if frame is not None else None  # the rule that read it (closed.ar.talk_verb)
        talker = self._talker(frame, talked, r, lang, memory) if talked is not None else None
        if talker is not None and main is not None and main.typed.type is None and main.span[1] <= main.span[0] \
                and main.cue.start > frame.cue.start:
            last = talker  # "وتحدث الجبير في مؤتمر صحفي، ودعا إلى": the call is the talker's, not the last speaker's
            why.append(talked)
        introduced = lang.new_description(r, main) if reason is not None and main is not None else None
        if introduced is not None and last is not None and last.source.type in UNNAMED_GROUPS:
            why.append(introduced)  # "said an aide to Mr. Trump, who requested anonymity": the reason is the aide's
        elif reason is not None and last is not None and last.source.type in UNNAMED_GROUPS \
                and (main is None or main.typed.type in (None, "named_person", *UNNAMED_GROUPS)
                     and main.typed.type != last.source.type):
            main = None  # the sentence explains why the previous source is anonymous; named again, it is its own
        speaker: Optional[Speaker] = None
        named = False
        if main is None:
            opening = [b - a for a, b in r.quotes if a <= 1]  # the sentence is a quotation (or opens one)
            quoted = n.lstrip()[:1] in ('"', "'") and (not opening or opening[0] >= len(n) / 2)
            if quoted and ctx.group is not None and ctx.group[1] == len(ctx.read) - 1:
                last = ctx.group[0]  # "''...,'' they argued. ''Having failed ...''": the unnamed group goes on quoting
            figures, last = self._findings(n, last, ctx, lang)
            method = next(lang.poll_method.finditer(n), None) if figures is not None else None
            if method is not None:  # "The margin of error is plus or minus 3.4 percentage points": how the poll was
                figures = None      # taken is the writer's, its figures no finding
                why.append(method.entry_id)
            fragment = not quoted and figures is None and reason is None and self._quoted_fragment(sent, n, lang, ctx, memory)
            if quoted and last is not None and lang.names_speaker(n, last.source):
                quoted = False  # '"One of the shortcomings of Byler's piece ..."' after Byler: about them, not theirs
                why.append("attr.continuation.about_speaker")
            if last is not None and (reason is not None or quoted or figures is not None or fragment):
                # a fragment in the writer's frame carries the relay as "he said" does in the language
                speaker = Speaker(last.source.model_copy(),
                                  list(last.via) if not fragment or lang.continuation_keeps_relay else [])
                why.append(figures.entry_id if figures is not None and not quoted
                           else "attr.continuation.quoted_fragment" if fragment else "attr.continuation.no_cue")
            elif agentless:
                why.append(agentless[0].entry_id)
            if speaker is None:
                also = self._also(frame, cands + side, r, lang, ctx, framed=frame is not None)
                # a cue set aside on purpose says why ("وفق قانون": in accordance with, attr.according.rule; "تجددت
                # الاتهامات": what was said is the subject, attr.ar.utterance_subject, with the word list that knew
                # it, closed.ar.utterance)
                why += dict.fromkeys(x for c in cands if c.typed.type == "unattributed"
                                     and (c.cue.family == "according" or _UTTERANCE in c.typed.rules)
                                     for x in c.typed.rules if x.startswith("attr.") or x == UTTERANCE_CLASS)
                # the talker, no source of this sentence, is who the next goes on with; the rule that read the talk
                # names it even where its subject was dropped ("وتحدث هاتفيا مع الرئيس")
                why += [talked] if talked is not None else []
                held = self._stance_goes_on(also, sent, n, ctx, lang)
                if held is not None:  # "He mentioned a long list of candidates" right after he spoke: still him
                    why[:] = [*dict.fromkeys(x for x in held.rules if x.startswith("cue.")), "attr.continuation.stance"]
                    return made(held, also=also[1:]), Speaker(held.model_copy()), False
                return made(Source(type="unattributed", rules=why[:] or ["attr.no_cue"]), also=also), talker, False
        else:
            a, b = ns.span(main.cue.start, main.cue.end)
            cue = {"cue": sent.text[a:b], "cue_start": a + sent.start, "cue_end": b + sent.start}
            why.append(main.cue.entry_id)
            inherited: list[Via] = []
            quoted = self._quoted_without_relay(main, cands)
            if quoted is not None:  # "كما نُقل عن الأسد قوله": the quoted speaker, through a relay not named
                main = quoted
                why.append("attr.relay.unnamed")
            if main.typed.type is None:
                pronoun = n[main.span[0]:main.span[1]].strip()
                quoting = r.inside(main.span[0]) or self._quoting(n[:main.span[0]]) \
                    or ctx.open_quotation(sent.start + r.ns.span(*main.span)[0])
                if pronoun.lower() in self.words.first_person and not quoting:
                    # the writer's own voice: the sentence is theirs, no one cited (the labels), but "I said" is still
                    # an attribution in it, to the person writing (PolNeAR counts it)
                    writer = self._source(main, r).model_copy(update={"type": "named_person",
                                                                       "rules": ["attr.continuation.writer"]})
                    also = [writer, *self._also(main, cands + side, r, lang, ctx)]
                    # and the quotation that goes on after '"...," I said' is theirs too, not the speaker before
                    source = Source(type="unattributed", rules=["attr.continuation.writer"])
                    return made(source, also=also), Speaker(source.model_copy()), False
                referent = lang.referent(pronoun)
                wanted = self._wanted(main, pronoun, r, lang)
                subject = None
                if pronoun in self.words.personal_pronouns and main.span[0] > 0:
                    subject = self._clause_subject(r.original(0, main.span[0]), ctx, memory, lang, wanted)
                if subject is None and pronoun in self.words.personal_pronouns:
                    subject = self._subject_before(ctx, memory, lang, wanted, pronoun)
                if subject is not None:
                    last = subject[0]  # "Kaine did not see the media's point. '...,' he said"
                    why += subject[1]
                elif referent == "person":
                    # "he"/"she" and "the Republican" refer to a person, not to the last organisation
                    last = ctx.last_person or self._mentioned(ctx, memory, lang) or last
                    if last is None and pronoun in self.words.personal_pronouns and main.span[0] > 0:
                        last = self._named_in(r.original(0, main.span[0]), memory, lang)
                        why += ["attr.continuation.own_sentence"] if last is not None else []
                elif referent == "thing" and ctx.last_thing is not None:
                    last = ctx.last_thing  # "It also accused ...": the letter, the ministry, the paper
                elif last is None and not (lang.gender is not None and main.span[1] <= main.span[0]
                                           and lang.gender.plural_verb(r.original(main.cue.start, main.cue.end))):
                    last = self._mentioned(ctx, memory, lang)  # one person named; not for "وتحدثوا", a group's verb
                if last is not None and wanted is not None and gender.disagrees(memory, last.source, wanted):
                    agreeing = self._agreeing(ctx, memory, lang, wanted, last, pronoun in self.words.personal_pronouns)
                    if agreeing is not None:
                        why.append("attr.continuation.agreement")
                        shown = gender.known(memory, agreeing.source)
                        if shown is None and gender.given(memory, agreeing.source) == wanted:
                            why.append("attr.continuation.given_name")  # "she said": Mary Jones, by her first name
                        elif shown is None:
                            gender.guess(memory, agreeing.source, wanted)  # "she said": Ebeling, for now a woman
                            why.append("attr.continuation.agreement_named")
                        last = agreeing
                    elif lang.agreement_binds:
                        return made(Source(type="unattributed", rules=["attr.continuation.disagreement"])), None, False
                elif last is not None and wanted is not None and gender.named_otherwise(memory, last.source, wanted):
                    # "David Axelrod ... She replied to him": a man's first name, and an earlier candidate a woman the
                    # text, the gazetteer or a first name shows; none found, the first name alone decides nothing
                    agreeing = self._agreeing(ctx, memory, lang, wanted, last, pronoun in self.words.personal_pronouns,
                                              by_name=True)
                    if agreeing is not None:
                        why.append("attr.continuation.given_name")
                        last = agreeing
                if last is not None and wanted is not None and self._own_object(main, r, lang, memory, last):
                    # "Hannity asked Trump how high ... . '...,' he told Hannity": the subject pronoun is not the person
                    # its verb names as object; another candidate of the gender asked, else no one (unresolved)
                    why.append("attr.continuation.own_object")
                    last = self._agreeing(ctx, memory, lang, wanted, last, True, by_name=True)
                    if last is None:
                        return made(Source(type="unattributed", rules=why[-1:])), None, False
                if last is None:
                    # "They think ..." before anyone was cited: no source, and the group left unnamed still holds the
                    # belief among the sentence's attributions, as a stance's "they" does (attr.also.unnamed_group)
                    also = self._also(None, cands + side, r, lang, ctx) if pronoun in self.words.plural_pronouns else []
                    return made(Source(type="unattributed", rules=["attr.continuation.no_previous"]), also=also), \
                        None, False
                quoting = quoting and pronoun in self.words.plural_pronouns
                if quoting and ctx.last is None:
                    return made(Source(type="unattributed", rules=["attr.continuation.no_previous"])), None, False
                if quoting:
                    # inside a quotation still open, in the sentence ('"They would come to me, and they'll say ...')
                    # or since the paragraph opened (Kasich's speech: "they told me"), "they" is the speaker's own
                    # words, no speaker: the quotation's speaker is the source ('"VIDEO: Hillary and Obama ... all
                    # told me ... They said they would call me'), never a person "they" stands for
                    why.append("attr.continuation.open_quote")
                    kept = list(ctx.last.via) if lang.continuation_keeps_relay else []  # as "he said" keeps
                    return made(ctx.last.source.model_copy(), kept, also=self._also(main, cands + side, r, lang, ctx)), \
                        Speaker(ctx.last.source.model_copy(), kept), False
                if pronoun in self.words.plural_pronouns and last.source.type in PERSON_TYPES and not quoting:
                    # "They pushed him" is not Trump, cited last, but Cruz and Rubio named together before
                    why.append("attr.continuation.plural")
                    group = self._plural(r.original(0, main.span[0]), ctx, memory, lang)
                    if group is None:
                        # a group left unnamed ("They said she could"): no speaker to go on with, the person cited
                        # last still is (a bare quotation after narration is not "They")
                        group = Source(type="anonymous", rules=["attr.continuation.plural"])
                        ctx.group = (Speaker(self._continued(group, main, r)), len(ctx.read))
                        return made(self._continued(group, main, r), also=self._also(main, cands + side, r, lang, ctx)), \
                            None, False
                    last = group
                speaker = Speaker(self._continued(last.source, main, r), [])
                # kept unless the sentence names its own relay ("مضيفًا، وفق رويترز"); English "he said" carries none
                inherited = list(last.via) if lang.continuation_keeps_relay else []
                why += ["attr.continuation", *(x for x in main.typed.rules if x.startswith("attr."))]
            elif (group := self._counted_group(r.original(*main.span), ctx, memory, lang)) is not None:
                # "The two presidents said" after Trump and Putin spoke: both of them, not unnamed presidents
                speaker = Speaker(self._continued(group, main, r), [])
                why += group.rules
            else:
                speaker = Speaker(self._source(main, r), [])
                inner = self._inner(main, cands + quoted_openers, n, lang) if quoted is None else None
                published = lang.published_speaker(r, main) if inner is None and quoted is None else None
                inner = inner or published
                if inner is not None:
                    speaker.via.append(self._via(main, r))
                    speaker.source = self._source(inner, r)
                    if inner.typed.type is None:
                        speaker.source = last.source.model_copy() if last else speaker.source
                    why.append("attr.relay.published" if published is not None
                               else "attr.relay.according_said" if main.cue.family == "according"
                               else "attr.relay.reported_speech")
                named = quoted is None and inner is None
            for c in [main, *cands]:
                if c is not main and c.cue.family != "according" and c.typed.type is not None and c.span != main.span:
                    continue  # "علما أن دينو أكد هذه الأخبار لوكالة الأنباء": another speaker's hearer
                if c.hearer is not None and c.hearer[0].type in ("media", "state_media"):
                    typed, evidence = c.hearer
                    if not any(v.evidence == evidence for v in speaker.via):
                        speaker.via.append(Via(name=typed.name, type=typed.type, evidence=evidence, rules=typed.rules))
                    break
            for c in cands:
                if c is main or c.cue.family != "according" or c.typed.type not in ("media", "state_media"):
                    continue
                ev = r.original(c.cue.start, c.span[1])
                if _bracketed(r.n, c.cue.start) and not _bracketed(r.n, main.cue.start):
                    continue  # "(the actual number is closer to 15 percent, according to Factcheck.org)": the writer's aside
                if speaker.via and not any(i.startswith("outlet.") for i in c.typed.rules):
                    continue  # "told the Times, according to the paper's report": the outlet relaying already (review)
                if not any(v.name == c.typed.name for v in speaker.via) and speaker.source.name != c.typed.name:
                    speaker.via.append(Via(name=c.typed.name, type=c.typed.type, evidence=ev, rules=c.typed.rules))
            if not speaker.via and speaker.source.type not in ("media", "state_media"):
                speaker.via += lang.outlet_via(r)
            if inherited and lang.names_occasion(r):
                inherited = []  # "he tweeted": heard on an occasion of its own, not through the last interview
                why.append("attr.relay.own_occasion")
            speaker.via = speaker.via or inherited
            if not speaker.via and main.typed.type is not None and quoted is None:
                earlier = lang.interview_continues(r, speaker.source, ctx.spoken)
                if earlier is not None:
                    speaker.via = list(earlier.via)  # "وقال إيميليانو" after his interview with a paper
                    why.append("attr.relay.same_speaker")
                    named = False
        source, via = speaker.source.model_copy(), list(speaker.via)
        if reason_text and source.type in UNNAMED_GROUPS:
            source.anonymity_reason = reason_text
        # "Mr. Deripaska agreed to pay ...": a narrated act in a sentence the source before goes on in (a court filing)
        framed = main is None and frame is not None
        also = self._also(main or frame, cands + side, r, lang, ctx, framed)
        if last is not None and last is talker:  # the talker gone on with is the source, no other attribution
            also = [a for a in also if a.text != source.text]
        return made(source, via, also), speaker, named

    def _negated(self, words: list[str], lang: Language) -> bool:
        """Whether a negation (closed.*.negation) is among `words`, a conjunction written onto it aside: "ولم
        تعلن", "He did not discuss", "He didn't mention"."""
        return bool({lang.bare(w) for w in words} & self.words.negation)

    def _stance_goes_on(self, also: list[Source], sent: Sentence, n: str, ctx: Discourse,
                        lang: Language) -> Optional[Source]:
        """The sentence's first holder as its source: a "he" or "she" opening it (closed.en.personal_pronoun),
        holder of a verb of stance or communication (Language.stance_goes_on: "She highlighted Trump's proposed tax
        cuts", "He mentioned a long list of candidates") that refers back to the speaker of the sentence just
        before. The labels give such a sentence to that speaker, as they give "He added"; after narration or to
        another person it stays a side attribution, and so does a negated verb ("He did not discuss any ways ...":
        what was not said is the writer's observation, closed.en.negation)."""
        if not also or ctx.last is None or not ctx.silent or ctx.silent[-1]:
            return None
        first = also[0]
        if self._negated(n.split()[1:4], lang):
            return None
        if first.start != sent.start or "attr.also.pronoun" not in first.rules \
                or (first.text or "").lower() not in self.words.personal_pronouns \
                or not any(x in lang.stance_goes_on for x in first.rules) \
                or first.name is None or first.name != ctx.last.source.name:
            return None
        rules = dict.fromkeys(x for x in first.rules if x not in ("attr.also.pronoun", "attr.continuation.stance"))
        return first.model_copy(update={"rules": [*rules, "attr.continuation.stance"]})

    def _also(self, main: Optional[Candidate], cands: list[Candidate], r: Reading, lang: Language,
              ctx: Discourse, framed: bool = False) -> list[Source]:
        """Other attributions in the sentence: further speakers, the outlets relaying the source ("according
        to CNN", "The Times quoted") and holders of a stated stance, belief or intention ("Sanders aides argue",
        "Ali refused to fight", "He knew Meles"); never the claim's source. A pronoun holder is the person
        (he, she) or thing (it, they) last cited. `framed`: main is a narrated main verb, no source, so it is
        the first attribution (Language.frames_sentence): "Grassley has refused to hold hearings ..., because
        Republicans are hoping Trump will win" reads what its object holds as it would for a source."""
        n = r.n
        others = [c for c in cands if not self._on_main_cue(main, c.cue.start)
                  and not (main is not None and lang.in_complement(r, main, c))]
        # the first end of a cue after its subject: a stance after a later " that " may be what it reports
        reported = min((o.cue.end for o in others if o.span[1] <= o.cue.start), default=len(n) + 1)
        for hit in r.cues["stance"]:
            if self._on_main_cue(main, hit.start) or r.quotes.holds(hit.start) or not lang.verb_use(r, hit):
                continue
            if self._in_report(main, hit.start, n) and lang.stance_is_report(r, hit):
                continue  # inside what the source reports, a stance is content
            cand = lang.stance_candidate(r, hit)
            if lang.stance_is_content(r, reported, cand):
                continue  # "the survey finding that 45 percent backed Clinton": the stance is the finding's content
            if cand.span[1] > cand.span[0] and not (hit.text.strip() in self.words.hearer_verbs):
                others.append(cand)
                if cand.span[1] <= cand.cue.start:
                    reported = min(reported, cand.cue.end)
        others += [c for c in lang.passive_holders(r)
                   if not self._on_main_cue(main, c.cue.start) or self._agent_of_main_head(main, c)]
        for hit in r.cues["stance_noun"]:
            span = lang.stance_noun_holder(r, hit)
            if span[1] > span[0] and not r.quotes.holds(hit.start):
                others.append(lang.candidate(r, hit, span))
        read = main.span if main is not None and not framed else None
        inner = self._inner(main, cands, n, lang) or lang.published_speaker(r, main) if main is not None else None
        if framed:
            others.insert(0, main)
        elif inner is not None:
            # "The New York Times quoted one of Carson's advisers as saying": the adviser is the claim's source,
            # the paper its relay and an attribution of its own
            read = inner.span
            others.insert(0, main)
        # the span read that ends at each place, one holder once (a look-up, not a reading of every span so far)
        seen: dict[int, tuple[int, int]] = {read[1]: read} if read is not None and read[0] < read[1] else {}
        out: list[Source] = []
        at: dict[tuple[int, int], int] = {}  # the place in `out` of each span read
        for c in others:
            if c.span[1] <= c.span[0] or c.typed.type == "unattributed":
                continue
            same = seen.get(c.span[1])
            if same is not None and not (same in at and c.span[0] > same[0]):
                continue  # one holder once: "by BuzzFeed News" (cue.en.published) is "BuzzFeed News" (cue.en.according)
            if c.typed.type is None:
                pronoun = n[c.span[0]:c.span[1]].strip()
                previous = self._referent(pronoun, ctx, lang)
                if previous is None and lang.pronoun_recalls_mention:
                    previous = self._uncited_holder(self.words.possessives.get(pronoun, pronoun),
                                                    r.original(0, c.span[0]), ctx, r.memory, lang)
                if previous is None:
                    continue
                source = self._continued(previous.source, c, r)
                source.rules = [*source.rules, "attr.also.pronoun"]
            else:
                source = self._source(c, r)
            source.rules = [*source.rules, c.cue.entry_id]  # the cue that made it an attribution
            seen[c.span[1]] = c.span
            if same is not None:  # of one holder's spans the shorter: "the White House", not "excerpts of his
                at[c.span] = at.pop(same)  # speech released by the White House"
                out[at[c.span]] = source
            else:
                at[c.span] = len(out)
                out.append(source)
        return out

    @staticmethod
    def _on_main_cue(main: Optional[Candidate], start: int) -> bool:
        """Whether a cue stands on the main cue's own words, which cue nothing more: "as reported by X" holds
        "reported" (cue.en.published) and its passive "by X", which would name X again or the main clause's
        subject."""
        return main is not None and main.cue.start <= start < main.cue.end

    @staticmethod
    def _agent_of_main_head(main: Optional[Candidate], c: Candidate) -> bool:
        """Whether a passive holder after "by" is the agent of a participle whose head before it the main reading
        took ("a fact first reported by Christopher Heath", "The email, released by Judicial Watch"): an
        attribution of its own."""
        return main is not None and main.span[1] <= main.cue.start and main.cue.end <= c.span[0]

    def _uncited_holder(self, pronoun: str, before: str, ctx: Discourse, memory: Memory,
                        lang: Language) -> Optional[Speaker]:
        """Whom a holder's pronoun stands for when no one was cited before it (an article's first sentences): "he"
        or "she" is the person last named in the sentences read; "they" is the persons named together before it,
        in its sentence or the ones before (`_plural`: "Mike Pence and Paul Ryan met on Tuesday. They believe":
        named officials), else a group left unnamed, as a claim's own "they" is (attr.continuation.plural): "Some
        Republicans are so opposed to electing Donald Trump that they're endorsing Hillary Clinton". A plural
        phrase found instead was tried and named wrong groups on PolNeAR train ("That frustrates many analysts
        because they believe" read as the sentence before's "The White House has"). A "he" named only in its own
        sentence was tried and lowered PolNeAR's dev precision (docs/english-polnear.md)."""
        if pronoun in self.words.plural_pronouns:
            named = self._plural(before, ctx, memory, lang, own=True)
            if named is not None and named.source.type in PERSON_TYPES:
                return named
            return Speaker(Source(type="anonymous", rules=["attr.also.unnamed_group"]))
        if pronoun in self.words.personal_pronouns:
            return self._mentioned(ctx, memory, lang)
        return None

    def _in_report(self, main: Optional[Candidate], pos: int, n: str) -> bool:
        """Whether pos is inside what the sentence's source reports: after "X said" ("Devine said Sanders
        wants changes") or before ", X said" ("Trump plans to cut taxes, Carson said"; not in an opening
        subordinate clause: "While Democrats pushed for talks, Cornyn told reporters ...")."""
        if main is None or main.cue.family == "according":
            return False
        if main.span[1] <= main.cue.start < pos:
            return True
        start = min(main.span[0], main.cue.start)
        return pos < start and ends_before(n, start, (",", ',"')) and not self.words.subordinate.match(n)

    def _referent(self, pronoun: str, ctx: Discourse, lang: Language) -> Optional[Speaker]:
        """Who a pronoun holding a stance stands for, as the language reads it (`Language.referent`): the person
        last cited, the thing last cited, or whoever was cited last; None for the writer or a quoted speaker."""
        referent = lang.referent(self.words.possessives.get(pronoun, pronoun))
        return {"person": ctx.last_person, "thing": ctx.last_thing, "last": ctx.last}.get(referent or "")

    def _counted_group(self, phrase: str, ctx: Discourse, memory: Memory, lang: Language) -> Optional[Source]:
        """The persons a counted group of people stands for ("both men", "all three candidates", "both of them":
        closed.en.group_count.*, closed.en.group_noun.*): as many persons as counted and of the group's kind
        (officials for "candidates", anyone for "men"), the latest named in the two sentences before ("Trump sat
        face to face with Paul Ryan. ... both men issued a statement") or cited as sources, named together; one
        person by family name once. None when fewer were ("Police arrested two men. The two men said": new
        people; "Senator Smith said ... Both candidates said": one), and the phrase is read as its nouns read
        (unnamed men, unnamed officials)."""
        m = self.words.counted_group.fullmatch(phrase.strip().lower())
        if m is None:
            return None
        count = next(c for c in self.words.group_counts if m.group(f"n{c}"))
        kind = next(k for k in self.words.group_nouns if m.group(k))
        wanted = ("named_official",) if kind == "official" else PERSON_TYPES
        persons: dict[str, Source] = {}
        for cited in self._group_members(ctx, memory, lang):
            if cited.type in wanted and cited.name and "attr.continuation.plural" not in cited.rules:
                persons.setdefault(norm(cited.name).split()[-1], cited)
            if len(persons) == count:
                break
        if len(persons) < count:
            return None
        cited = list(reversed(persons.values()))  # named in the order they came
        typed = "named_official" if any(p.type == "named_official" for p in cited) else "named_person"
        return Source(type=typed, name=" and ".join(p.name or "" for p in cited),
                      rules=[self.words.group_counts[count], self.words.group_nouns[kind], "attr.continuation.plural"])

    def _group_members(self, ctx: Discourse, memory: Memory, lang: Language) -> list[Source]:
        """Who a counted group may be, nearest first: the persons the two sentences before name together ("Goodlatte
        and Gowdy sent a letter"), then those they name, then the persons cited as sources, latest first."""
        scratch = memory.scratch()
        recent = list(reversed(ctx.read[-2:]))
        together = [p for text in recent for phrase in lang.plural_mentions(text)
                    for p in self._together(self._parts(phrase), scratch) or ()]
        named = [s.source for text in recent for _, s in sorted(self._names_in(text, memory, lang), key=lambda f: f[0])]
        return [*together, *named, *(s.source for s in reversed(ctx.spoken))]

    def _mentioned(self, ctx: Discourse, memory: Memory, lang: Language) -> Optional[Speaker]:
        """The person last named in the sentences read, whatever they did: "she said" may be them. The
        sentences read since the last look-up are searched, each once."""
        for text in ctx.read[ctx.searched:]:
            ctx.mentioned = self._named_in(text, memory, lang) or ctx.mentioned
        ctx.searched = len(ctx.read)
        return ctx.mentioned

    @staticmethod
    def _quoting(before: str) -> bool:
        """Whether a quotation is open at the end of `before`: marks straight or curly (normalised alike) or
        the doubled apostrophes of The New York Times ("''Having failed to anticipate ...,'' they argued")."""
        return bool((before.count('"') + before.count("''")) % 2)

    @staticmethod
    def _bare_plural(part: str, typed: Source) -> bool:
        """Whether a name of persons named together is only capitalised words read as a name (src.name: no person
        known, introduced or titled) that open with "the" or end in a plural ("The Cowboys", "Giants")."""
        words = part.split()
        return typed.rules == ["src.name"] and bool(words) \
            and (words[0].lower() == "the" or _PLURAL_NAME.fullmatch(words[-1]) is not None)

    def _plural(self, before: str, ctx: Discourse, memory: Memory, lang: Language,
                own: bool = False) -> Optional[Speaker]:
        """What "they" stands for after one person spoke last: the plural phrase a leading clause before the pronoun
        ("As Johnson and Weld stumped ..., they said") or the sentences before, latest first, open with
        ("Mexican officials conducted ... . The outreach, they said": anonymous officials), or the persons they
        name together ("Cruz and Rubio ... both locked on Trump. They pushed him": named officials; "The two"
        reads on back to them), typed as that phrase types and named by it. Sentences that go on about "they"
        are read past, up to _PLURAL_REACH without it. None when nothing is found or the phrase found is not
        typed as a group ("Six Gannett newspapers" read as a person's name). A holder's "they" inside the sentence
        (`own`) may stand for its subject too ("Senate Democrats blocked the bill because they said")."""
        texts = [before] if own or self.words.subordinate.match(before.lower()) else []
        reach, at = _PLURAL_REACH, len(ctx.read) - 1
        while at >= 0 and reach > 0 and len(texts) <= 2 * _PLURAL_REACH:
            texts.append(ctx.read[at])
            reach -= not _THEY.search(ctx.read[at])
            at -= 1
        scratch = memory.scratch()
        named_only = False  # "The two": only persons named together
        for text in texts:
            for phrase in lang.plural_mentions(text):
                parts = self._parts(phrase)
                if len(parts) > 1:
                    together = self._together(parts, scratch)
                    if together is None:
                        continue  # "The Cowboys and Giants": capitalised words, no persons
                    typed = Source(type="named_official" if any(t.type == "named_official" for t in together)
                                   else "named_person")
                elif named_only:
                    continue
                elif _NUMBERED.match(phrase):
                    named_only = True
                    continue
                else:
                    found = self.typer.classify(phrase, scratch)
                    if found.type in (None, "unattributed", *PERSON_TYPES):
                        return None
                    typed = Source(type=found.type, rules=list(found.rules))
                typed.name = phrase
                typed.rules = [*typed.rules, "attr.continuation.plural", "attr.mention"]
                return Speaker(typed)
        return None

    @staticmethod
    def _parts(phrase: str) -> list[str]:
        """The coordinated parts of a phrase: "Cruz, Rubio and Kasich"."""
        return [p for p in re.split(r",\s+(?:and\s+)?|\s+and\s+", phrase) if p]

    def _together(self, parts: list[str], scratch: Memory) -> Optional[list[Source]]:
        """The persons named together in a phrase's parts ("Cruz and Rubio"), each typed; None unless every part
        is a person ("The Cowboys and Giants": capitalised words, no persons), or a person with the unnamed people
        around them ("Sanders and his top aides": the person's type, as a continuation of the phrase is labelled)."""
        typed = [self.typer.classify(p, scratch) for p in parts]
        persons = [t.type in PERSON_TYPES and not self._bare_plural(p, t) for p, t in zip(parts, typed)]
        if not any(persons) or not all(person or t.type in UNNAMED_GROUPS for person, t in zip(persons, typed)):
            return None
        return [Source(type=t.type, name=t.name or p, rules=list(t.rules))
                for p, t, person in zip(parts, typed, persons) if person]

    def _subject_before(self, ctx: Discourse, memory: Memory, lang: Language, wanted: Optional[str],
                        pronoun: str) -> Optional[tuple[Speaker, list[str]]]:
        """The person the sentence before opens with as its subject, when that sentence had no named person as its
        speaker and is not the last person cited: "Chuck Todd was shocked. '...?' he asked" is Todd, though Trump
        spoke last, as "Mr. Obama himself tried to draw a distinction ..., when a reporter asked" is Obama
        (attr.continuation.subject). Narration that goes on with the same pronoun as its subject is read past, up
        to _CHAIN sentences: "Joseph R. Murray II, a onetime lawyer ..., later came out as gay. He married in
        Mississippi last year ... He recently wrote a commentary" is Murray (attr.continuation.subject_chain).
        Where the subject opens and whether the name there is it is the language's (`Language.opening_subject`,
        `Language.subject_name`). None when its gender disagrees with the pronoun's, its family name is two
        people's, or the language reads no such subject. With the person, the rule ids that found them."""
        at = len(ctx.read) - 1
        while at > 0 and len(ctx.read) - 1 - at < _CHAIN and ctx.silent[at] and ctx.silent[at - 1] \
                and [w.lower() for w in (lang.opening_subject(ctx.read[at]) or "").split()[:1]] == [pronoun.lower()]:
            at -= 1  # "He married in Mississippi last year": the same "he" goes on
        if at < 0 or not ctx.unnamed[at]:
            return None
        opening = lang.opening_subject(ctx.read[at])
        # the sentence before was read already: what its names teach the memory ("Sandra Paradis" for a later
        # "Paradis") is kept, as it always was
        speaker = self._opening_person(opening, memory, lang, wanted, trial=False) if opening is not None else None
        if speaker is None:
            return None
        if ctx.last_person is not None and _name_words(ctx.last_person.source) & _name_words(speaker.source):
            return None  # the speaker cited last ("Tanzer", "Michelle F. Tanzer"), or one of their family: kept
        chained = ["attr.continuation.subject_chain"] if at < len(ctx.read) - 1 else []
        return speaker, ["attr.continuation.subject", *chained]

    def _clause_subject(self, before: str, ctx: Discourse, memory: Memory, lang: Language,
                        wanted: Optional[str]) -> Optional[tuple[Speaker, list[str]]]:
        """The person a sentence opens with as its subject, for a "he"/"she" opening a later clause of it after a
        word that joins clauses or a leading clause ("Clinton, though she praised Garland ...", "While Comey said
        ..., he said", "As for Trump, he said"), not the person cited last (attr.continuation.clause_subject). Where
        the clause opens is the language's (`Language.clause_subject`); None as for the sentence before
        (_opening_person)."""
        opening = lang.clause_subject(before)
        found = self._opening_person(opening, memory, lang, wanted, trial=True) if opening else None
        return (found, ["attr.continuation.clause_subject"]) if found is not None else None

    def _opening_person(self, opening: str, memory: Memory, lang: Language,
                        wanted: Optional[str], trial: bool) -> Optional[Speaker]:
        """The person a sentence's opening names first when that name, after nothing but its title, is its subject
        and all of it names the person (attr.continuation.subject, attr.continuation.clause_subject); None when its
        gender disagrees with the pronoun's (`wanted`) or its family name is two people's. Only the opening's first
        words are searched (the name must stand at its start). `trial`: the opening is tried in the sentence being
        read, so its names are looked up on a copy of the memory and remember nothing (usa-today_2016-07-25: trying
        "Deja Stewart" here made Sanders's later "he told me" hers); typing the name never remembers."""
        if trial:
            opening = " ".join(opening.split()[:_OPENING_WORDS])  # the subject's name opens it: no need to read on
        tried = memory.scratch() if trial else memory
        named = self._names_in(opening, tried, lang)
        if not named:
            return None
        start, speaker = min(named, key=lambda found: found[0])
        subject = lang.subject_name(opening, start)
        if subject is None:
            return None
        name, written = subject
        typed = self.typer.classify(name, tried.scratch())  # after the names found: what they taught is known
        if typed.type not in PERSON_TYPES or norm(typed.name or "") != norm(speaker.source.name or ""):
            return None
        if len(written) == 1 and gender.shared_family(memory, norm(written[0]).strip(".")):
            return None  # "Mr. Clinton" where Bill and Hillary Clinton are both named: which one is not read here
        if wanted is not None and gender.disagrees(memory, speaker.source, wanted):
            return None
        return speaker

    def _named_in(self, text: str, memory: Memory, lang: Language) -> Optional[Speaker]:
        """The person named first in a sentence, usually its subject: after "استقبل الأمير سعود ... رسالة
        من الملك سلمان", "وقال سموه" is the prince."""
        named = self._names_in(text, memory, lang)
        return min(named, key=lambda found: found[0])[1] if named else None

    def _names_in(self, text: str, memory: Memory, lang: Language) -> list[tuple[int, Speaker]]:
        """The persons a sentence names, each at its position: a known official, the first remembered name, the
        first full name."""
        n = normalize(text).text
        named: list[tuple[int, Speaker]] = []
        hit = next(self.typer.lex["known_official"].finditer(n), None)
        if hit is not None:
            named.append((hit.start, Speaker(Source(name=hit.value.name, type="named_official",
                                                    rules=[hit.entry_id, "attr.mention"]))))
        for token in WORD.finditer(n):
            recalled = memory.recall(token.group().strip(".,;:\"'“”()"))
            if recalled and recalled[0] in PERSON_TYPES:
                named.append((token.start(), Speaker(Source(name=recalled[1], type=recalled[0],
                                                            rules=["src.memory", "attr.mention"]))))
                break
        first = lang.full_name(text, memory)  # positions alike: normalising keeps English lengths
        if first is not None:
            named.append(first)
        return named

    @staticmethod
    def _own_object(main: Candidate, r: Reading, lang: Language, memory: Memory, speaker: Speaker) -> bool:
        """Whether the verb a subject pronoun governs names the speaker found for it as its object or hearer right
        after it ("he told Hannity", "She asked Sanders about"): a pronoun and a name in its own clause are two people
        (attr.continuation.own_object). When two people of the article share the family name, the name alone is the
        one the article introduced first (LABELLING: a later surname is the person first introduced with it): "he told
        Clinton" after Hillary, then Bill, is not Bill's own object."""
        if main.span[1] <= main.span[0] or main.cue.start < main.span[1] or speaker.source.type not in PERSON_TYPES:
            return False
        family = _family(speaker.source)
        named = lang.object_name(r.original(main.cue.end, len(r.n)))
        if named is None or [norm(named).strip(".")] != family:
            return False
        recalled = memory.recall(family[0]) if gender.shared_family(memory, family[0]) else None
        return recalled is None or norm(recalled[1]) == norm(speaker.source.name or "")

    def _wanted(self, main: Candidate, pronoun: str, r: Reading, lang: Language) -> Optional[str]:
        """The gender a continuation asks of the speaker it continues ("she", "his", "the woman", the verb of
        "وقالت" with no subject); None when it asks none or the language reads no gender."""
        reader = lang.gender
        if reader is None:
            return None
        if main.span[1] <= main.span[0]:
            # "وقالت" opening its sentence, the verb's dropped subject; one further in may have a subject unread
            return reader.of_verb(r.original(0, main.cue.end))
        return reader.of_pronoun(pronoun) or (reader.of_span(r.original(*main.span))
                                              if lang.person_anaphor(pronoun) else None)

    def _agreeing(self, ctx: Discourse, memory: Memory, lang: Language, wanted: str, rejected: Speaker,
                  person: bool, by_name: bool = False) -> Optional[Speaker]:
        """The speaker a continuation goes back to when the last one's gender disagrees: the person last
        named, then the earlier speakers, latest first, the first the text or the gazetteer gave the gender asked
        for (a person for "he" and "she"); failing one, the person last named if their gender is unknown ("Yet
        it's also been a personally defining relationship for Ebeling. '...,' she said" after Bill Clinton spoke:
        attr.continuation.agreement_named), a name the body gave a person by a title or role (remembered,
        src.memory: no "Second Amendment", no "New Hampshire") and not of the rejected speaker's family ("He denied
        the charges" is no Lolita Grayson after Alan Grayson); failing that, a person of the gender asked for named
        in the two sentences before. A first name counts for a gender shown (gender.told: "Mary Jones"). An earlier
        speaker of unknown gender is not guessed, nor a person named last where the agreement binds (Arabic:
        `Language.agreement_binds`) or where only the rejected speaker's first name disagreed (`by_name`,
        attr.continuation.given_name: a name alone decides nothing). None when none is found."""
        skipped = set(gender.keys(memory, rejected.source))
        refused = set(skipped)  # the rejected speaker, whom no step takes back ("he told Hannity": not Hannity)
        named = self._mentioned(ctx, memory, lang)
        unknown: Optional[Speaker] = None
        first_named: Optional[Speaker] = None  # the latest whose first name only agrees: after a gender shown
        for speaker in [named, *reversed(ctx.spoken)]:
            if speaker is None or set(gender.keys(memory, speaker.source)) & skipped:
                continue
            if person and speaker.source.type not in PERSON_TYPES:
                continue
            found = gender.known(memory, speaker.source)
            by_first = gender.given(memory, speaker.source) if found is None else None
            if found == wanted or by_first == wanted and speaker is named:
                return speaker  # "One local woman, Karen Robison, ... she told him": named last, her first name agrees
            if by_first == wanted and first_named is None:
                first_named = speaker
            if found is None and by_first is None and speaker is named and "src.memory" in speaker.source.rules \
                    and not (lang.agreement_binds or by_name) and _family(speaker.source) != _family(rejected.source):
                unknown = speaker
            skipped.update(gender.keys(memory, speaker.source))
        if unknown is not None or first_named is not None:
            return unknown or first_named
        # "The challenge for Mrs. Clinton is ... . Instead, she sought ..., contrasting her own respect for the
        # Second Amendment with Mr. Obama's calls ...": a person of the gender asked for named in the two sentences
        # before, in order
        return next((found for text in reversed(ctx.read[-2:])
                     for _, found in sorted(self._names_in(text, memory, lang), key=lambda f: f[0])
                     if found.source.type in PERSON_TYPES and gender.told(memory, found.source) == wanted
                     and not set(gender.keys(memory, found.source)) & refused), None)

    def _talker(self, frame: Candidate, talked: str, r: Reading, lang: Language, memory: Memory) -> Optional[Speaker]:
        """The subject of a narrated verb of talking (Language.talker), whom a dropped subject after it goes on
        with: None where it was dropped itself. Its gender is what the span and a verb right before it show
        ("وتحدثت الوزيرة": a woman; a verb of the other gender after it disagrees, attr.continuation.disagreement),
        and the rule that read the talk is not among its own: a later claim continuing it does not name it."""
        if frame.typed.type in (None, "unattributed"):
            return None
        source = self._source(frame, r)
        source.rules = [x for x in source.rules if x != talked]
        reader = lang.gender
        if reader is not None:
            gender.note(memory, source, reader.of_span(source.text or ""))
            if 0 <= frame.span[0] - frame.cue.end <= 1:  # "وتحدثت الوزيرة"
                gender.note(memory, source, reader.of_verb(r.original(frame.cue.start, frame.cue.end)))
        return Speaker(source)

    def _note_gender(self, claim: Claim, lang: Language, memory: Memory) -> None:
        """Remember what a sentence shows of the gender of the speaker it names: the span's own words
        ("spokeswoman", "Mrs.", "وزيرة"), a pronoun opening what it said ("Bryant said he expects") or the verb
        right before it ("وتقول أشواق")."""
        source, reader = claim.source, lang.gender
        if reader is None or source.start is None:
            return
        gender.note(memory, source, reader.of_span(source.text or ""))
        if claim.cue_start is None or claim.cue_end is None or source.end is None:
            return
        if source.type in PERSON_TYPES and 0 <= claim.cue_start - source.end <= _SUBJECT_TO_CUE:
            gender.note(memory, source, reader.of_reported(claim.text[claim.cue_end - claim.start:]))
        if source.type in PERSON_TYPES and 0 <= source.start - claim.cue_end <= 1:  # "وتقول أشواق"
            gender.note(memory, source, reader.of_verb(claim.text[claim.cue_start - claim.start:claim.cue_end - claim.start]))

    @staticmethod
    def _according_after(holder: Candidate, according: list[Candidate], n: str) -> bool:
        """Whether an opinion's holder yields to an "according to" phrase after its verb, set off by a comma ("Most
        voters believe Trump is unfit for office, according to a Gallup poll"): LABELLING.md's "according to X
        attributes to X", the holder staying an attribution in the sentence (attr.according.over_holder)."""
        found = next((c for c in according if c.cue.start > holder.cue.end and c.typed.type not in (None, "unattributed")
                      and n[:c.cue.start].rstrip().endswith((",", "،"))), None)
        if found is not None and "attr.according.over_holder" not in found.typed.rules:
            found.typed.rules = [*found.typed.rules, "attr.according.over_holder"]
        return found is not None

    def _main(self, cands: list[Candidate], n: str, lang: Language) -> Optional[Candidate]:
        """The attribution that governs the sentence: the first cue with a source, outside a leading
        subordinate clause ("وفيما أكدت روسيا ...، قال بوتين": Putin governs)."""
        usable = [c for c in cands if c.typed.type != "unattributed"]
        opener = self.words.subordinate.match(n)
        if opener is not None:  # the comma after the opener's own ("Indeed, while ...")
            comma = min((i for i in (n.find("،", opener.end()), n.find(",", opener.end())) if i != -1), default=-1)
            later = [c for c in usable if c.cue.start > comma and c.cue.family != "according"] if comma != -1 else []
            usable = later or lang.leading_sources(n, usable, comma)
        return usable[0] if usable else None

    def _document_goes_on(self, cand: Candidate, ctx: Discourse, n: str, hit: Hit, lang: Language) -> bool:
        """A verb of a text's content with its subject dropped, opening its sentence (only a sentence opener before
        it: و، ف، كما), right before what it governs (a preposition or أن), when a document spoke the sentence right
        before: the document goes on ("ونص التقرير على ... كما نص على"، "ونص على أنه يعاقب";
        attr.continuation.document). After anyone else the verb is a plain act ("كما فرضت على أصحاب العمل" after
        unions), and so after a sentence with no speaker, or a heading: the law cited before "واعتقل الرجل" is not
        what the next "ومنع من السفر" reads. A noun after the verb may be its subject ("وعرف الوسم انتشارا")."""
        last = ctx.last
        if cand.span[1] > cand.span[0] or last is None or last.source.type != "document" or ctx.silent[-1]:
            return False
        openers = self.words.sentence_openers
        if any(w not in openers and not (w[:1] in self.words.conjunction_proclitics and w[1:] in openers)
               for w in n[:hit.start].split()):
            return False
        after = WORD.search(n, hit.end)
        return after is not None and lang.bare(after.group()) in self.words.opening_prepositions | self.words.complementizers

    @staticmethod
    def _quoted_without_relay(main: Candidate, cands: list[Candidate]) -> Optional[Candidate]:
        """A relay verb with no subject of its own, passive or with the relay dropped ("كما نُقل عن الأسد
        قوله"، "ونقل عن الأسد قوله"): the speaker it quotes is the source, and no relay is named (LABELLING)."""
        if main.cue.family != "relay" or main.span[1] > main.span[0]:
            return None
        return next((c for c in cands if c.cue.family == "relay" and c.cue.start > main.cue.start
                     and c.typed.type not in (None, "unattributed")), None)

    def _inner(self, outer: Candidate, cands: list[Candidate], n: str, lang: Language) -> Optional[Candidate]:
        """Reported speech inside media's report: 'state media said Kim told Lavrov ...'. The inner
        speaker must open the reported clause (right after أن/إن/that or a quotation mark)."""
        relayed = outer.cue.family == "relay"
        after = max(outer.span[1], outer.cue.end)
        cited = self._cited_after(outer, after, cands, n)
        if cited is not None:
            return cited
        if outer.cue.family == "according":
            return self._reported_by(outer, cands, n, lang)
        if outer.typed.type not in ("media", "state_media") and not relayed:
            return None
        comp = self.clause_opener.search(n, after, min(len(n), after + 60))
        opening = comp.end() if comp is not None else after
        for c in sorted(cands, key=lambda c: c.cue.start):
            if c.cue.start <= after or c.typed.type in (None, "unattributed", "media", "state_media"):
                continue
            first = min(c.span[0], c.cue.start)
            if relayed or len(n[opening:first].split()) <= 1:
                return c
        return None

    def _cited_after(self, outer: Candidate, after: int, cands: list[Candidate], n: str) -> Optional[Candidate]:
        """A speaker whom the source cites right after its own name is the source, and the one citing relays them
        (LABELLING: relays in via): "وذكرت الوكالة نقلا عن المتحدث"، "بحسب ما ذكرت وكالات عالمية نقلا عن عائلته"
        (closed.ar.quoting_cue), and the speaker of an according phrase's relay verb (`_relayed_through`)."""
        for c in cands:
            if c.cue.family == "according" and " ".join(c.cue.text.split()) in self.quoting \
                    and 0 <= c.cue.start - after <= 3 and c.typed.type not in (None, "unattributed"):
                return c
        return self._relayed_through(outer, cands, n) if outer.cue.family == "according" else None

    @staticmethod
    def _relayed_through(outer: Candidate, cands: list[Candidate], n: str) -> Optional[Candidate]:
        """"حسبما نقلت وكالة رويترز عن مسؤول أمني"، "على ما نقلت الوكالة على لسان بري": the according cue's verb is
        a relay, whose own reading paired the outlet with the speaker after عن or على لسان (closed.ar.relay_marker;
        lang relay): that speaker is the source, as after "نقلت وكالة الأنباء الرسمية عن مصدر مسؤول". The speaker
        is the next relay reading after the verb's, in the verb's clause (no comma between)."""
        relays = [c for c in cands if c.cue.family == "relay"]
        verb = next((i for i, c in enumerate(relays) if outer.cue.start < c.cue.start <= outer.span[0]), None)
        if verb is None or verb + 1 == len(relays):
            return None
        said_by, inner = relays[verb], relays[verb + 1]
        between = n[said_by.span[1]:inner.cue.start]
        if inner.cue.start < said_by.span[1] or len(between) > 40 or COMMA.search(between):
            return None
        return inner if inner.typed.type not in (None, "unattributed") else None

    @staticmethod
    def _reported_by(outer: Candidate, cands: list[Candidate], n: str, lang: Language) -> Optional[Candidate]:
        """"According to GMA News, Salceda said ...", "According to the school's Facebook post, al Ashry said":
        a named speaker whose words open the clause after an opening according phrase is the source, and what
        the phrase names relays them (attr.relay.according_said); "According to a survey, 51 percent of
        respondents said" keeps the survey. Where the phrase closes and in which order the speaker and the verb
        may come are the language's (`Language.according_close`, `according_verb_first`): "وبحسب الصحف الإيطالية
        فإن الرئيس سيرجيو ماتاريلا طلب"، "وبحسب بيان الرئاسة، طالب السيسي"; so is whether an outlet's phrase gives
        way to an unnamed speaker as its verb of reporting does ("وبحسب الصحيفة فإن مسؤولا أمريكيا قال", LABELLING:
        anonymous_official via media; `according_unnamed_through`)."""
        close = lang.according_close(n, outer.span[1])
        if outer.cue.start > 1 or close is None or outer.typed.type in (None, "unattributed"):
            return None
        return next((c for c in cands if c.cue.family in SPEECH_FAMILIES and min(c.span[0], c.cue.start) >= close
                     and not n[close:min(c.span[0], c.cue.start)].strip()
                     and (c.span[1] <= c.cue.start or lang.according_verb_first and c.span[0] >= c.cue.end)
                     and (c.typed.type in _NAMED_SPEAKERS or outer.typed.type in lang.according_unnamed_through
                          and c.typed.type in _UNNAMED_SPEAKERS)), None)

    # -- building the report pieces -------------------------------------------------------------
    @staticmethod
    def _source(c: Candidate, r: Reading) -> Source:
        a, b = r.ns.span(*c.span)
        return Source(text=r.text[a:b], name=c.typed.name, role=c.typed.role, type=c.typed.type or "unattributed",
                      start=r.sent.start + a, end=r.sent.start + b, rules=c.typed.rules)

    @staticmethod
    def _findings(n: str, last: Optional[Speaker], ctx: Discourse,
                  lang: Language) -> tuple[Optional[Hit], Optional[Speaker]]:
        """A poll's figure in a sentence with no cue, and the document it goes on with: the last speaker when it is a
        document ("... poll found ... . Cruz was at seven percent"), or for respondents counted in ten the document
        cited before the people quoted since ("..., said Renee Gold. ... viewed positively by about 4 in 10
        registered voters"); a body or an outlet between them ends the look back. Only in a language whose rules
        give such figures (`Language.figures`: English; an Arabic share after a report is the writer's)."""
        if last is not None and last.source.type == "document":
            return next(lang.figures.finditer(n), None), last
        share = next(lang.shares.finditer(n), None)
        # the speaker cited last before the people quoted since (voters, officials, unnamed ones)
        before = next((s for s in reversed(ctx.spoken) if s.source.type not in _PEOPLE), None) if share else None
        return (share, before) if before is not None and before.source.type == "document" \
            and lang.cites_poll(before.source) else (None, last)

    def _quoted_fragment(self, sent: Sentence, n: str, lang: Language, ctx: Discourse, memory: Memory) -> bool:
        """Whether a sentence with no cue goes on quoting the speaker of the sentence right before it
        (`Language.quoted_fragment`, attr.continuation.quoted_fragment): only right after that speaker spoke, not
        across narration; not a speaker's colon before a quotation ('Bush: "..."', cue.quote.colon, read after);
        not when the frame opens with a pronoun of the other gender."""
        if ctx.last is None or not ctx.silent or ctx.silent[-1] or next(self.quote_colon.finditer(n), None) is not None:
            return False
        pronoun = lang.quoted_fragment(sent.text, ctx.last.source, memory)
        if pronoun is None:
            return False
        wanted = lang.gender.of_pronoun(pronoun) if pronoun and lang.gender is not None else None
        return wanted is None or not gender.disagrees(memory, ctx.last.source, wanted)

    @staticmethod
    def _continued(previous: Source, c: Candidate, r: Reading) -> Source:
        """The previous speaker, located at this sentence's pronoun ("He said") when there is one."""
        source = previous.model_copy(update={"rules": [*previous.rules]})
        if c.span[1] > c.span[0]:
            a, b = r.ns.span(*c.span)
            source.text, source.start, source.end = r.text[a:b], r.sent.start + a, r.sent.start + b
        else:  # pro-drop ("وقالت إن"): the subject is inside the verb
            source.start = source.end = None
        return source

    @staticmethod
    def _via(c: Candidate, r: Reading) -> Via:
        """The relay, its evidence the cue and its subject in either order ("according to CNN", "The Times quoted")."""
        evidence = r.original(min(c.cue.start, c.span[0]), max(c.cue.end, c.span[1]))
        return Via(name=c.typed.name, type=c.typed.type or "unattributed", evidence=evidence, rules=c.typed.rules)

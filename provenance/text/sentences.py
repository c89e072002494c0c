"""Split the cleaned body into sentences, one claim each, with offsets into the body."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from typing import Optional

from ..models import Dateline
from ..normalize import Normalized, norm
from ..rules import RuleSet
from .boilerplate import Paragraph
from .lines import title_case

_END = re.compile(r"[.!?؟]+|…|\.\.")
_CLOSERS = "\"'”’»)]"
_QUOTE_PAIRS = (("“", "”"), ("«", "»"), ("„", "“"))
_QUOTE_CHAR = re.compile("[" + "".join(sorted({q for pair in _QUOTE_PAIRS for q in pair})) + '"]')
# a word's Arabic vowel marks are part of it: "عليكُم." ends in no one-letter abbreviation "م" (text.abbreviation.ar)
_WORD_RUN = re.compile(r"[\w.\u064b-\u0652\u0670]+")
_WORD_CHAR = re.compile(r"\w")
_NON_SPACE = re.compile(r"\S")
_INITIALS = re.compile(r"[A-Z](?:\.[A-Z])*")  # an initial, or a run of them written together ("J.M. Berger")
_FRAME_WORDS = 6  # the verb of a frame comes early: "Mr. Trump asked, repeating ...", "Mrs. Clinton said"
_FRAME_CHARS = 120  # looked for no further: six words are shorter
_DASH = re.compile(r"\s*(?:--|[-–—])\s")


@dataclass(slots=True)
class Sentence:
    """One sentence of the body (a plain slotted class: made for every sentence of every article), with
    its view of the body normalised once (Normalized.view: offsets into the sentence), when split from one."""

    start: int
    end: int
    text: str
    normalized: Optional[Normalized] = None


class Quotes(list):
    """Quotation spans (start, end) that answer "is this position inside one?" by bisection, not by
    reading them all: a paragraph may hold thousands, and every sentence end and cue asks."""

    def __init__(self, spans: list[tuple[int, int]] = ()):
        super().__init__(spans)
        ordered = sorted(self)
        self._starts = [a for a, _ in ordered]
        self._reach = []  # the furthest end of the spans up to each one, in order of start
        for _, b in ordered:
            self._reach.append(max(b, self._reach[-1] if self._reach else b))
        self._ends = {}  # the furthest end of the spans opening at each start
        for a, b in ordered:
            self._ends[a] = b
        self._opened = {}  # the earliest start of the spans closing at each end
        for a, b in reversed(ordered):
            self._opened[b] = a

    def closes_at(self, end: int) -> bool:
        """Whether a quotation ends at `end` (its closing mark, of one character or two, just before it)."""
        return end in self._opened

    def opened_closing_between(self, lo: int, hi: int) -> int:
        """min(a for a, b in spans if lo <= b <= hi), 0 if none: a look-up per end, not a reading of them all."""
        return min((self._opened[b] for b in range(lo, hi + 1) if b in self._opened), default=0)

    def holds(self, pos: int, margin: int = 0) -> bool:
        """any(a < pos < b - margin for a, b in spans)."""
        i = bisect_left(self._starts, pos)
        return i > 0 and self._reach[i - 1] - margin > pos

    def opens_at(self, text: str, pos: int) -> bool:
        """Whether a quotation holding `pos` opens just before it, spaces aside («أكد كيم ...»)."""
        mark = pos - 1
        while mark >= 0 and text[mark].isspace():
            mark -= 1
        return self._ends.get(mark, -1) > pos


def quote_spans(text: str) -> Quotes:
    """Spans between matching quotation marks (curly, guillemets, straight and '' pairs)."""
    if _QUOTE_CHAR.search(text) is None and "''" not in text:  # most sentences: one scan, not one per mark
        return Quotes()
    spans = []
    closing: set[int] = set()  # straight marks that close a curly opening: '“Both men ... together."'
    for open_q, close_q in _QUOTE_PAIRS:
        pos = 0
        while (i := text.find(open_q, pos)) != -1:
            j = text.find(close_q, i + 1)
            if j == -1 and open_q == "“":
                j = text.find('"', i + 1)  # a typed close: the curly one opened, a straight one closes
                closing.add(j)
            if j == -1:
                break
            spans.append((i, j + 1))
            pos = j + 1
    for mark in ("''", '"'):
        idx = [i for i in _positions(text, mark) if i not in closing]
        for a, b in zip(idx[::2], idx[1::2]):
            spans.append((a, b + len(mark)))
    return Quotes(spans)


def _positions(text: str, mark: str) -> list[int]:
    """Where each occurrence of `mark` starts, not overlapping (str.find: no regex for a fixed mark)."""
    out, i = [], text.find(mark)
    while i != -1:
        out.append(i)
        i = text.find(mark, i + len(mark))
    return out


# A heading that reports someone is a claim: a reporting verb or phrase, or a source before a colon
_CUES = ("speech", "speech_complement", "according", "told")
_SPEAKERS = ("anonymous_noun", "official_noun", "authority", "role", "spokesperson", "known_official",
             "org_noun", "media_generic", "state_media_generic", "document_noun")
_COLON = re.compile(r"^([^:\n]{2,60}):\s*\S")


def compile_lexicons(rules: RuleSet) -> None:
    """Build what `reports` reads once, when the rules load, not in the middle of some article. The
    speakers are asked one family at a time, whether any of them occurs: the same answer as one lexicon
    of them all, from the lexicons that typing a source builds anyway."""
    rules.lexicon(*_CUES)
    for family in _SPEAKERS:
        rules.lexicon(family)


def reports(text: str, rules: RuleSet) -> bool:
    """Does a short line report someone ("Sources said the minister took bribes", "مصادر: ...")? Then it is
    a claim, not a heading, even without a final stop."""
    n = norm(text)
    if rules.lexicon(*_CUES).search(n) is not None:
        return True
    m = _COLON.match(n)
    return m is not None and len(m.group(1).split()) <= 5 \
        and any(rules.lexicon(family).search(m.group(1)) is not None for family in _SPEAKERS)


def split_sentences(body: str, paragraphs: list[Paragraph], rules: RuleSet,
                    normalized: Optional[Normalized] = None) -> list[Sentence]:
    """The body's sentences; given the body normalised, each sentence carries its view of it."""
    abbreviations = _Abbreviations(rules.terms("abbreviation"), rules.terms("abbreviation_dotted_place"),
                                   rules.terms("abbreviation_capitalised"), rules.terms("abbreviation_numero"))
    units = _Units(rules.terms("abbreviation_unit"), rules.terms("clock_hour"))
    ranks = rules.terms("abbreviation_rank")
    closing = _Closing(rules.terms("abbreviation_final"), rules.terms("sentence_opener"))
    out: list[Sentence] = []
    for para in paragraphs:
        text = body[para.start:para.end]
        if para.heading and not reports(text, rules):
            continue
        quotes = quote_spans(text)
        start = 0
        for m in _END.finditer(text):
            end = m.end()
            while end < len(text) and text[end] in _CLOSERS:
                end += 1
            if end < len(text) and not text[end].isspace():
                continue
            closed = quotes.closes_at(end)  # the stop ends a quotation: '."', '?”', "!''", NYT's ".''"
            # inside a quotation, unless the stop closes it; dots that trail off inside one ('بنات لاتلتفتوا..."
            # لمثل هذه الفتاوى') leave the carrier going on, which Arabic has no capitals to show
            if quotes.holds(m.start(), 2) and (not closed or ".." in m.group() or m.group() == "…"):
                continue
            if closed and m.group() != "." and _speaker_frame(text, end, rules, abbreviations):
                continue  # '“...?” Mr. Trump asked.': a question or exclamation quoted, then who said it
            if m.group() == "." or closed:  # '"Why?" asked Bob' goes on: a quotation stays in its carrier
                nxt = _NON_SPACE.search(text, end)
                word = _last_word(text[max(start, m.start() - 60):m.start()])  # no abbreviation is longer
                if m.group() == "." and (abbreviations.hold(word, nxt) or _rank(word, nxt, ranks)) \
                        and not closing(word, text, end) and not units.counted(word, text[max(start, m.start() - len(word) - 60):m.start() - len(word)]):
                    continue
                if nxt is not None and nxt.group().islower() and nxt.group().isascii():
                    continue
            _add(out, text, start, end, para.start, normalized)
            start = end
        _add(out, text, start, len(text), para.start, normalized)
    return out


def _speaker_frame(text: str, end: int, rules: RuleSet, abbreviations) -> bool:
    """Whether what follows a closed quotation goes on with it: a dash ("''Hail, Caesar!'' -- a movie set for
    release"), or a verb of speech within its first words ("Mr. Trump wrote on Twitter on Monday.", "McDonough
    wrote in a September 16, 2012 email", "تساءل الوزير."): a quotation ending in "?" or "!" has no comma to hand
    on to its speaker, so the frame opens with a capital, or in Arabic with no case at all."""
    if _DASH.match(text, end):
        return True
    stop = min(len(text), end + _FRAME_CHARS)
    for m in _END.finditer(text, end, stop):
        if m.group() != "." or not _abbreviated(text, end, m.start(), abbreviations):  # "Mr." goes on
            stop = m.start()
            break
    words = text[end:stop].split()[:_FRAME_WORDS]
    if not words or words[0].lower() in _subject_pronouns(rules):
        return False  # '“Is it over?” He said no.': "he asked" after a quotation is written in lowercase
    window = " ".join(words)
    if _QUOTE_CHAR.search(window) or "''" in window:
        return False  # '“Why now? ...?” Mills then writes back, “You look cute.”': the next one's own quotation
    return rules.lexicon("speech").search(norm(window)) is not None


def _subject_pronouns(rules: RuleSet) -> frozenset[str]:
    return frozenset(t for e in rules.entries_named("closed.en.subject_pronoun") for t in e.all_terms())


@dataclass(frozen=True, slots=True)
class _Abbreviations:
    """The words a stop after which ends nothing: abbreviations (text.abbreviation.*) and initials ("F", "H.W"),
    the dotted places written like initials aside ("N.J", text.abbreviation.en_dotted_place), the ones spelled
    like a word only capitalised ("Ill.", not "fell ill.": text.abbreviation.en_capitalised) and "No." only
    before a number ("No. 10", not "he said no.": text.abbreviation.en_numero)."""

    terms: frozenset[str]
    places: frozenset[str]
    capitalised: frozenset[str]
    numeros: frozenset[str]

    def hold(self, word: str, nxt: Optional[re.Match]) -> bool:
        """Whether a stop after `word` ends nothing, `nxt` the first character after the stop."""
        low = word.lower()
        if low in self.numeros:
            return nxt is not None and nxt.group().isdigit()
        if low in self.capitalised and not word[:1].isupper():
            return False
        return low in self.terms or (_INITIALS.fullmatch(word) is not None and low not in self.places)


@dataclass(frozen=True, slots=True)
class _Units:
    """A one-letter abbreviation that also writes a unit, an era or the time of day (text.abbreviation_unit.ar:
    م, متر, ميلادي, مساء) after a number or an hour (text.clock_hour.ar): "في عام 1950 م. وقال" ends there, as no
    honorific follows a number."""

    terms: frozenset[str]
    hours: frozenset[str]

    def counted(self, word: str, before: str) -> bool:
        """Whether `word`, with `before` the text before it, is such a unit after its number or hour."""
        if word not in self.terms:
            return False
        last = before.split()[-1:]
        return bool(last) and (last[0][-1].isdigit() or norm(last[0]) in self.hours)


def _abbreviated(text: str, start: int, stop: int, abbreviations: _Abbreviations) -> bool:
    """Whether text[start:stop] ends in an abbreviation ("Mr", "U.S") or initials ("F", "H.W"): a stop after it ends nothing."""
    word = _last_word(text[max(start, stop - 60):stop])  # no abbreviation is longer
    return bool(word) and abbreviations.hold(word, _NON_SPACE.search(text, stop + 1))


class _Closing:
    """Whether the period after an abbreviation that may close a noun phrase (text.abbreviation.en_final: "the
    U.S.", "7 p.m.", an initial) ends the sentence: it does when the next word, capitalised, is one that only opens
    a sentence (text.sentence_opener.en: "in the U.S. He says"), not a name or a title that goes on ("the U.S.
    Senate"). A paragraph in title case ("A Green Light From The U.S. And Iran.") capitalises those words inside a
    sentence too; a name before the stop ("Exxon Mobil Corp. It said") makes no headline of its paragraph."""

    # "He", '"I think', "It's"; not "A." (an initial), nor a word a hyphen joins on ("At-Large", "For-profit")
    _NEXT = re.compile(r"\s*[\"'“‘(]*([A-Z][a-z]*)(?![\w.-])")

    def __init__(self, finals: frozenset[str], openers: frozenset[str]):
        self.finals, self.openers = finals, openers

    def __call__(self, word: str, text: str, end: int) -> bool:
        """Whether the stop after `word`, ending at `end` of the paragraph `text`, ends the sentence (the paragraph's
        title case read only then: most stops follow no such abbreviation)."""
        if word.lower() not in self.finals and _INITIALS.fullmatch(word) is None:
            return False
        nxt = self._NEXT.match(text, end)
        return nxt is not None and nxt.group(1).lower() in self.openers and not title_case(text)


def _rank(word: str, nxt: Optional[re.Match], ranks) -> bool:
    """Whether `word`, before a stop, is a military rank abbreviated before a name ("Adm. Harry B. Harris"): a
    capitalised rank and a capital after the stop, as "brig" and "adm" are words too ("taken to the brig. He")."""
    return word[:1].isupper() and word.lower() in ranks and nxt is not None and nxt.group().isupper()


def _last_word(piece: str) -> str:
    """The run of word characters and dots that ends `piece` ('' if none). Matched on the reversed
    piece: a search for a run anchored at the end retries from every position of the text before it."""
    run = _WORD_RUN.match(piece[::-1])
    return piece[len(piece) - run.end():] if run else ""


def _add(out: list[Sentence], text: str, start: int, end: int, offset: int, normalized: Optional[Normalized]) -> None:
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip())
    piece = piece.strip()
    if piece and _WORD_CHAR.search(piece):
        s = offset + start + lead
        out.append(Sentence(s, s + len(piece), piece, normalized.view(s, s + len(piece)) if normalized else None))


def after_dateline(body: str, sentences: list[Sentence], dateline: Optional[Dateline],
                   normalized: Optional[Normalized] = None) -> list[Sentence]:
    """The first sentence starts after the dateline that opens it ("دبي (CNN)-- أعلن ..."): the place and
    outlet are the sentence's metadata, never its source. A dateline alone is no sentence."""
    if dateline is None or not sentences or sentences[0].start >= dateline.end:
        return sentences
    first, rest = sentences[0], sentences[1:]
    start = dateline.end + len(body[dateline.end:first.end]) - len(body[dateline.end:first.end].lstrip())
    if start >= first.end or not _WORD_CHAR.search(body[start:first.end]):
        return rest
    view = normalized.view(start, first.end) if normalized else None
    return [Sentence(start, first.end, body[start:first.end], view), *rest]

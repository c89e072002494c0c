"""The walk every language's subject finder shares, and the helpers that read a sentence's words.

Attribution decides which cue governs a sentence; the subject finders find the words that are its
subject, as offsets in the normalised sentence. Each language walks its own word order (lang/ar_subjects.py:
verb-first, lang/en_subjects.py: subject first or inverted); both read the words after a position up to a
boundary with `SubjectFinder.after`, where a language may step over or stop at words of its own.
Every backward read stops WINDOW words back, so that a cue costs the same in a sentence of any length.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from ..rules import RuleSet
from .sources import SourceTyper
from .words import issuer_readings

WORD = re.compile(r"\S+")
STOP_PUNCT = re.compile(r"[،,:;.؟?!\"()\[\]]")
# the mark that closes a name opened by another: a bracket, a guillemet, a curly quotation mark; a straight
# quotation mark closes as itself (CLOSING.get(mark, mark))
CLOSING = {"(": ")", "«": "»", "“": "”"}
_INITIALS = re.compile(r"(?:[a-z]\.){2,}")  # "F.A.A.", "U.S.": dots that end no phrase
_INITIAL = re.compile(r"[a-z]\.")  # a middle initial, inside the sentence ("Paul R. Pillar")
MAX_SPAN_TOKENS = 9
# the lexicons that name a body, an office or an outlet: the issuer a statement's preposition may open
_BODY_FAMILIES = ("org_noun", "authority", "official_noun", "role", "spokesperson", "known_official", "outlet",
                  "intelligence", "country", "media_generic", "state_media_generic")
# Words a backward walk reads before its cue: more than any subject, aside or clause opening it looks
# for (a subject stops at 160 characters), so that a cue costs the same in a sentence of any length.
WINDOW = 128


@lru_cache(maxsize=4)
def _words(n: str) -> tuple[list[int], list[int]]:
    """Where each word of a sentence starts and ends: found once, shared by the walks of all its cues."""
    spans = [m.span() for m in WORD.finditer(n)]
    return [a for a, _ in spans], [b for _, b in spans]


def _back(n: str, pos: int, count: int) -> int:
    """Where the `count` words before `pos` begin; 0 when there are fewer, or when the text before
    `pos` is too short to hold WINDOW words and is read whole (the sentence is then never split)."""
    if pos <= 2 * WINDOW:
        return 0
    starts = _words(n)[0]
    i = bisect_left(starts, pos)
    return starts[i - count] if i > count else 0


def window(n: str, pos: int) -> int:
    """Where the WINDOW words before `pos` begin (0 when there are fewer): as far as a walk reads back."""
    return _back(n, pos, WINDOW)


def words_before(n: str, pos: int, count: int = 1) -> list[str]:
    """n[:pos].split()[-count:], reading only those words."""
    return n[_back(n, pos, count):pos].split()[-count:]


def ends_before(n: str, pos: int, suffixes: str | tuple[str, ...]) -> bool:
    """n[:pos].rstrip().endswith(suffixes), for suffixes without spaces, reading only the last word."""
    last = words_before(n, pos)
    return bool(last) and last[0].endswith(suffixes)


def word_count(n: str, start: int, end: int) -> int:
    """len(n[start:end].split()), without copying or splitting what may be most of a long sentence."""
    if end - start <= 2 * WINDOW:
        return len(n[start:end].split())
    starts, ends = _words(n)
    return max(0, bisect_left(starts, end) - bisect_right(ends, start)) if end > start else 0


@lru_cache(maxsize=4)
def _places(n: str, what: str) -> list[int]:
    """Every place where `what` starts in a sentence (overlapping ones too, as rfind sees them)."""
    out, i = [], n.find(what)
    while i != -1:
        out.append(i)
        i = n.find(what, i + 1)
    return out


def last_place(n: str, what: str, end: int) -> int:
    """n.rfind(what, 0, end), looked up among the places found once for the sentence."""
    places = _places(n, what)
    i = bisect_right(places, end - len(what))
    return places[i - 1] if i else -1


def drop_final_comma(n: str, toks: list[re.Match]) -> None:
    """The last token without its final comma ("Weaver," is Weaver); a comma standing alone goes."""
    word = WORD.match(n, toks[-1].start(), toks[-1].end() - 1)
    if word is None:
        toks.pop()
    else:
        toks[-1] = word


class SubjectFinder:
    """The walks every language shares; a language's finder adds its word order and the words its
    forward walk steps over or stops at (`steps_over`, `stops_at`)."""

    def __init__(self, rules: RuleSet, typer: SourceTyper):
        self.rules = rules
        self.typer = typer
        self.words = typer.words
        self.told = rules.lexicon("told")
        self.boundary = rules.lexicon("boundary")
        self.abbreviations = rules.terms("abbreviation") | rules.terms("abbreviation_rank")

    def steps_over(self, tok: str) -> bool:
        """Whether the forward walk steps over a word between the verb and its subject."""
        return tok in self.words.verb_asides

    def stops_at(self, n: str, m: re.Match, started: bool) -> bool:
        """Whether a word of the language's own ends the forward walk (`started`: the subject has begun)."""
        return False

    def antecedent(self, n: str, pos: int) -> tuple[int, int]:
        """The noun phrase a relative pronoun at `pos` stands for: back to its determiner, or to the
        preposition or verb before it ("won over Weaver, who"; "a downtown museum that")."""
        w = self.words
        toks = list(WORD.finditer(n, max(0, pos - 80), pos))
        if toks and toks[-1].group().endswith(","):
            drop_final_comma(n, toks)
        start = end = toks[-1].end() if toks else pos
        for m in reversed(toks[-6:]):
            word = m.group()
            if word in w.back_stop or word in w.prepositions or word.endswith((",", ";", ":", '"')) \
                    or word in w.skip:
                break
            start = m.start()
            if word in w.noun_markers or word in ("any", "some", "every", "one"):
                break
        return (start, end)

    def _names_issuer(self, n: str, pos: int) -> bool:
        """After a statement, its preposition opens its issuer when a lexicon names a body there, the word read as
        written or with its article's alif back ("بيان للجيش الإسرائيلي"، "بيان للبنان"; not "بيان للمرة الأولى")."""
        return any(hit.start == 0 for reading in issuer_readings(self.words, n[pos:pos + 60])
                   for family, hits in self.typer.hits(reading).items() if family in _BODY_FAMILIES for hit in hits)

    def quoted_end(self, n: str, end: int) -> int:
        """Where a quoted name's span ends, `end` being past its closing mark (صحيفة "بيونج يانج تايمز"): there,
        unless the language reads on past words that qualify the name."""
        return end

    def after(self, n: str, pos: int, stop_at_boundary: bool = True, governed: bool = False) -> tuple[int, int]:
        """Tokens after `pos` up to punctuation, a boundary word, a hearer or MAX_SPAN_TOKENS. With
        `governed`, the first token's prepositional prefix is the cue's own (وفقا لمصادر), no stop."""
        start = end = None
        count = 0
        last = ""  # the span's last word so far
        for m in WORD.finditer(n, pos):
            tok = m.group()
            if tok.startswith(('"', "'", "(")) and start is not None and n[start:m.start()].rstrip().endswith(self.words.media_heads):
                close = n.find(CLOSING.get(tok[0], tok[0]), m.start() + 1, m.start() + 40)
                if close != -1:  # صحيفة "بيونج يانج تايمز"، وكالة (وام)، حزب (أرض الآباء)
                    end = self.quoted_end(n, close + 1)
                    break
            if tok.startswith(('"', "'", "-")):
                break
            if start is None and self.steps_over(tok):
                continue
            if self.stops_at(n, m, start is not None):
                break
            # a preposition the word before holds opens its complement, part of the span ("المتحدث باسم"), and so
            # does the ل of a statement's issuer ("بحسب بيان للجيش الإسرائيلي", closed.ar.issuer_holder) and a count noun
            # opening the span its counted noun ("عدد من السكان"; not "صور المحطات العديد من سيارات", an object)
            issuer = last in self.words.issuer_holders and self._names_issuer(n, m.start())
            held = issuer or last in self.words.preposition_holders and \
                (tok in self.words.opening_prepositions or tok[:1] in self.words.preposition_proclitics) \
                or count == 1 and last in self.words.group_quantifiers and tok == "من"
            if (stop_at_boundary or start is not None) and self.boundary.starts_at(n, m.start()) \
                    and not (start is None and self.typer.lex["role"].starts_at(n, m.start())) and not held:  # إمام, not أمام
                break
            if start is not None and self.told.starts_at(n, m.start()):
                break
            if tok.startswith(self.words.preposition_prefixes) and len(tok) > 4 and not (governed and start is None) \
                    and (start is not None or self.typer.lex["known_official"].search(tok) is None) and not issuer:
                break
            if start is None:
                start = m.start()
            punct = STOP_PUNCT.search(tok)
            if punct is not None and tok.endswith(".") and tok[:-1] in self.abbreviations:
                # "Mr." does not end the span, nor do the inner stops of "U.S." ("according to the U.S. Census Bureau")
                punct = None if _INITIALS.fullmatch(tok) else STOP_PUNCT.search(tok[:-1])
            elif punct is not None and (_INITIALS.fullmatch(tok) or _INITIAL.fullmatch(tok) and n[m.end():].strip()):
                punct = None  # "according to F.A.A. records", "said Paul R. Pillar"
            if punct is not None:
                if punct.start() > 0:
                    end = m.start() + punct.start()
                break
            end, last = m.end(), tok
            count += 1
            if count >= MAX_SPAN_TOKENS:
                break
        if start is None or end is None or end <= start:
            return (pos, pos)
        return (start, end)


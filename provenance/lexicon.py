"""Many terms looked up and patterns compiled into one regular expression; several lexicons scanned at once.

Arabic terms match with their proclitics (و ف ب ل ك, the article, ل+ال → لل); every match is a Hit
naming the rule entry that made it.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from sys import intern
from dataclasses import dataclass
from functools import lru_cache, partial
from itertools import accumulate, compress, islice
from typing import Any, Callable, Iterator, Optional

from .normalize import is_arabic, norm, norm_pattern

try:
    from re import _parser  # type: ignore[attr-defined]  # Python 3.11+
except ImportError:  # pragma: no cover
    import sre_parse as _parser  # type: ignore[no-redef]


@dataclass(slots=True)
class Hit:
    """One lexicon match in normalised text (a plain slotted class: thousands are made per article)."""

    start: int
    end: int
    text: str
    entry_id: str
    family: str
    value: Any = None


_AR_PREFIX = r"(?:[وف]?[بلك]?)"
_AR_PREFIX_DEFINITE = r"(?:[وف]?[بلك]?(?:ال)?)"
_AR_PROCLITIC_PARTS = (("و", "ف"), ("ب", "ل", "ك"), ("ال",))  # the optional parts of the two prefixes above
_PROCLITICS = re.compile(r"[وف]?[بلك]?(ال)?")
_SPACES = re.compile(r"\s+")
_WORD_START = re.compile(r"(?<!\w)\w+")  # the letters of a word, where the word starts
_WORDS = re.compile(r"\w+")  # the same over a whole text, where every run starts a word: no look-behind to try
_WORD_SPLIT = re.compile(r"(\w+)")
_RUN = re.compile(r"\w*")
_NON_SPACE = re.compile(r"\S+")


def term_parts(term: str) -> tuple[str, list[str]]:
    """(proclitic regex, spellings) of one normalised term: Arabic terms take proclitics (و ف ب ل ك, ل+ال → لل)."""
    if is_arabic(term):
        prefix = _AR_PREFIX if term.startswith("ال") or " " in term else _AR_PREFIX_DEFINITE
        return prefix, [term] + (["لل" + term[2:]] if term.startswith("ال") else [])
    return "", [term]


def proclitics(prefix: str) -> list[str]:
    """Every text that a proclitic regex of term_parts matches ('' for none)."""
    texts = [""]
    for part in _AR_PROCLITIC_PARTS if prefix == _AR_PREFIX_DEFINITE else _AR_PROCLITIC_PARTS[:2] if prefix else ():
        texts = [t + p for t in texts for p in ("", *part)]
    return texts


def proclitic_lengths(text: str, pos: int, end: int, prefix: str) -> list[int]:
    """Lengths of the proclitics that `prefix` (a proclitic regex of term_parts) matches at `pos`, in
    the order the regex tries them: each optional part taken before it is left out."""
    if not prefix:
        return [0]
    lengths = [0]
    for part in _AR_PROCLITIC_PARTS if prefix == _AR_PREFIX_DEFINITE else _AR_PROCLITIC_PARTS[:2]:
        lengths = [m for n in lengths
                   for m in ((n + len(part[0]), n) if text.startswith(part, pos + n, end) else (n,))]
    return lengths


def _is_word(ch: str) -> bool:
    """What `\\w` matches (a letter, digit or numeral of any script, or the underscore)."""
    return ch.isalnum() or ch == "_"


class _Node:
    """Spellings that share their first words: the words that end one of them here (longest first,
    each with the rank of its term), and the words that lead on to longer ones."""

    __slots__ = ("last", "next", "runs")

    def __init__(self, last: Optional[list[tuple[str, int]]] = None, next: Optional[dict[str, _Node]] = None) -> None:
        self.last: list[tuple[str, int]] = [] if last is None else last
        self.next: dict[str, _Node] = {} if next is None else next
        self.runs: Optional[frozenset[str]] = None

    def __reduce__(self) -> tuple:
        """Pickled (rulecache.py) as a call with its words, not as a slotted object's state (a dict more per
        node, of tens of thousands), without the openers, found again on first use."""
        return _Node, (self.last, self.next)

    def openers(self) -> frozenset[str]:
        """The letters (first run of word characters) that a word going on here opens with: a text's
        word with other letters there matches none of the spellings (cached on first use)."""
        if self.runs is None:
            words = [*(w for w, _ in self.last), *self.next]
            self.runs = frozenset(_RUN.match(w).group() for w in words)  # type: ignore[union-attr]
        return self.runs

    def longest(self, text: str, pos: int, end: int) -> tuple[int, int]:
        """(rank, end) of the longest spelling that goes on at `pos` and ends at a word boundary, the
        words apart by any run of white space ((-1, -1) if none): what a trie of the spellings, then
        (?!\\w), would match. A word that leads on must be all of the text's word there."""
        if self.next and (word := _NON_SPACE.match(text, pos, end)) is not None \
                and (child := self.next.get(word.group())) is not None \
                and (gap := _SPACES.match(text, word.end(), end)) is not None:
            found = child.longest(text, gap.end(), end)
            if found[1] >= 0:
                return found
        for word, rank in self.last:
            stop = pos + len(word)
            if text.startswith(word, pos, end) and (stop == end or not _is_word(text[stop])):
                return rank, stop
        return -1, -1


class _Spellings:
    """The spellings of the terms that take one proclitic regex, by the letters they open with (their
    first run of word characters), as trees of their words."""

    __slots__ = ("by_run", "prefix")

    def __init__(self, prefix: str, ranks: dict[str, int]):
        self.prefix = prefix
        self.by_run: dict[str, _Node] = {}
        for spelling, rank in ranks.items():
            *lead, last = words = [intern(w) for w in spelling.split(" ")]  # shared by lexicons: see Lexicon._opening
            run = words[0] if words[0].isalnum() else intern(_RUN.match(spelling).group())  # type: ignore[union-attr]
            node = self.by_run.get(run) or self.by_run.setdefault(run, _Node())
            for word in lead:
                node = node.next.get(word) or node.next.setdefault(word, _Node())
            node.last.append((last, rank))
        stack = list(self.by_run.values())
        while stack:
            node = stack.pop()
            if len(node.last) > 1:
                node.last.sort(key=lambda x: -len(x[0]))
            stack.extend(node.next.values())


# Where a lexicon finds the words it may start at: by str.find of each of the letters it shares with the
# text (a read of the text for each) in a text of up to SHORT characters, or for up to FINDS letters (a
# body holds a dozen or two); beyond, through word_index (a step per word costs about 40 such reads).
SHORT = 2000
FINDS = 32


@lru_cache(maxsize=16)
def runs_of(text: str) -> frozenset[str]:
    """The letters (runs of word characters) the words of a text open with: read once per text, however
    many lexicons look their terms up in it (the body and each sentence are asked by many)."""
    return frozenset(_WORDS.findall(text))


def split_words(text: str, split: re.Pattern = _WORD_SPLIT) -> tuple[list[str], list[int]]:
    """The words of a text (what `split`, a regex of one group, finds) and where each starts, in order. The
    text split at its words alternates gaps and words: the running sum of their lengths gives each word's
    start at C speed, with no match object made per word."""
    parts = split.split(text)
    return parts[1::2], list(islice(accumulate(map(len, parts)), 0, None, 2))


@lru_cache(maxsize=4)
def word_index(text: str) -> tuple[list[str], list[int]]:
    """The words of a long text and where each starts, in order (split_words, cached: built once per text)."""
    return split_words(text)


def word_starts(text: str, runs, pos: int, end: int) -> list[tuple[int, str]]:
    """(start, letters) of the words of text[pos:end] whose letters are among `runs` (a word cut by
    `end` as cut there), unordered."""
    out = []
    if end - pos <= SHORT or len(runs) <= FINDS:
        for run in runs:
            size, at = len(run), text.find(run, pos, end)
            while at != -1:
                stop = at + size
                if (stop == end or not _is_word(text[stop])) and (at == 0 or not _is_word(text[at - 1])):
                    out.append((at, run))
                at = text.find(run, at + 1, end)
    else:
        words, starts = word_index(text)
        first, stop = bisect_left(starts, pos), bisect_left(starts, end)
        if first > 0 or stop < len(words):
            words, starts = words[first:stop], starts[first:stop]
        # the words among `runs`, picked at C speed: a Python step per word of a long body cost more
        out = [found for found in compress(zip(starts, words), map(runs.__contains__, words))
               if found[0] + len(found[1]) <= end]
        cut = _cut_word(text, pos, end)
        if cut is not None and cut[1] in runs:
            out.append(cut)
    return out


def _cut_word(text: str, pos: int, end: int) -> Optional[tuple[int, str]]:
    """(start, letters up to `end`) of a word of text[pos:end] that `end` cuts, if any."""
    if not pos < end < len(text) or not (_is_word(text[end - 1]) and _is_word(text[end])):
        return None
    start = end - 1
    while start > pos and _is_word(text[start - 1]):
        start -= 1
    return None if start > 0 and _is_word(text[start - 1]) else (start, text[start:end])


def _holds_word(words: frozenset[str], text: str, pos: int, end: int) -> bool:
    """Whether one of `words` (whole_words) may be a word of text[pos:end]: one of the whole text's words (runs_of,
    read once per text however many windows are asked) or the word that `end` cuts there."""
    if not words.isdisjoint(runs_of(text)):
        return True
    cut = _cut_word(text, pos, end)
    return cut is not None and cut[1] in words


def required_texts(pattern: str) -> list[str]:
    """Runs of plain characters, one of which every match of `pattern` contains ([] if none is
    found): looking for them rules out most text far faster than the regex can. A pattern that is
    an alternation, or holds one ("(?:علق|يعلق) علي"), gives one run per alternative."""
    parsed = _parser.parse(pattern)
    if parsed.state.flags & re.IGNORECASE:
        return []

    def better(best: list[str], other: list[str]) -> list[str]:
        """Of two choices, the one whose shortest text is longer, or as long and with fewer texts (the first if
        as many)."""
        return other if (min(map(len, other)), -len(other)) > (min(map(len, best)), -len(best)) else best

    def needed(sequence: Any) -> list[str]:
        """Texts one of which every match of the sequence contains ([""]: none found)."""
        best, runs = [""], [""]  # runs: the plain texts one of which the sequence has just read
        for op, av in sequence:
            chars = _plain(op, av)
            if chars is not None and len(runs) * len(chars) <= _SPELLED:
                runs = [run + c for run in runs for c in chars]  # "(?:r|d)-": "r-" or "d-"
                continue
            best, runs = better(best, runs), [""]
            if chars is not None and len(chars) <= _SPELLED:
                runs = chars
            elif str(op) == "SUBPATTERN" and not av[1] & re.IGNORECASE:  # a group (not repeated) must match
                best = better(best, needed(av[3]))
            elif str(op) == "BRANCH":  # one of the alternatives must match
                best = better(best, [text for alternative in av[1] for text in needed(alternative)])
        return better(best, runs)

    texts = needed(parsed)
    return texts if all(texts) else []


def alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern ("a|b(c|d)" gives "a" and "b(c|d)"), or the pattern alone
    when a piece would not compile on its own (a bar this reading took for a divider)."""
    pieces, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 1
        elif in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            i += 1 if pattern.startswith("^", i + 1) else 0
            i += 1 if pattern.startswith("]", i + 1) else 0  # a bracket first in a class is one of its characters
        elif c in "()":
            depth += 1 if c == "(" else -1
        elif c == "|" and depth == 0:
            pieces.append(pattern[start:i])
            start = i + 1
        i += 1
    pieces.append(pattern[start:])
    try:
        for piece in pieces:
            re.compile(piece)
    except re.error:
        return [pattern]
    return pieces


_SPELLED = 8  # at most this many texts from the alternatives of plain texts read in a row


def _plain(op: Any, av: Any) -> Optional[list[str]]:
    """The plain texts one of which a parsed item reads: a character, a class of characters ([rd]) or an
    alternation of plain texts (ان|بان); None for anything else."""
    if str(op) == "LITERAL":
        return [chr(av)]
    if str(op) == "IN" and all(str(o) == "LITERAL" for o, _ in av):
        return [chr(a) for _, a in av]
    if str(op) == "BRANCH" and all(all(str(o) == "LITERAL" for o, _ in alt) for alt in av[1]):
        return ["".join(chr(a) for _, a in alt) for alt in av[1]]
    return None


_PROCLITIC_RUNS = ("", "و", "ف", "وو", "وف", "فو", "فف")  # a lexicon's [وف]? before a pattern's own [وف]?
# the most spellings a pattern's words are spelled out to (leading_words): optional parts and alternations in a row
# multiply them ("و(?:نشر|بث)(?:ت|تا)?(?:ه|ها)"), and a pattern past this bound is left to its needles rather than
# to a set that grows by their product
_MAX_SPELLINGS = 256
_WORDLIKE = re.compile(r"\w+")


def whole_words(pattern: str) -> Optional[frozenset[str]]:
    """The words one of which every match of a lexicon's pattern (_patterns_regex: no letter before it, an
    optional و/ف) is, as a run of the text's letters (runs_of): leading_words when none of them is ASCII (the
    English words of a pattern are tested by _candidates); else None. For a closed list of participles, one set
    test instead of one `in` per word."""
    words = leading_words(pattern)
    return None if words is None or any(w.isascii() for w in words) else words


def leading_words(pattern: str) -> Optional[frozenset[str]]:
    """The words one of which every match of a lexicon's pattern opens with, as a run of the text's letters
    (runs_of), in any script: whole_words, or the first word of "\\b(?:made|makes)(?= (?:the|a) point" (None
    where the pattern does not open with plain letters ending where a word ends)."""
    parsed = _parser.parse(pattern)
    if parsed.state.flags & (re.IGNORECASE | re.ASCII):
        return None
    items = list(parsed)
    while items and _zero_width_behind(*items[0]):
        items.pop(0)
    if items and str(items[0][0]) == "MAX_REPEAT" and items[0][1][:2] == (0, 1) and len(items[0][1][2]) == 1 \
            and set(_plain(*items[0][1][2][0]) or "x") <= {"و", "ف"}:
        items.pop(0)
    spelled = [""]
    while items and (chars := _letters(*items[0])) is not None and len(spelled) * len(chars) <= _MAX_SPELLINGS:
        spelled = [run + c for run in spelled for c in chars]
        items.pop(0)
    if not all(spelled) or not _word_ends(items):
        return None
    return frozenset(p + w for p in _PROCLITIC_RUNS for w in spelled)


def _letters(op: Any, av: Any) -> Optional[list[str]]:
    """The runs of letters one of which a parsed item reads, "" for none: a plain text of letters (_plain), an
    optional one ("puts?", "deliver(?:ed|s|ing)?", "(?:goes|go)", which the parser reads as go(?:es|)), a group
    or an alternation of such runs ("(طلب|طلبت)", "(?:portray(?:ed|s)?|depict(?:ed|s)?)"); else None."""
    if str(op) == "MAX_REPEAT" and av[:2] == (0, 1):
        chars = _spelled(list(av[2]))
        return None if chars is None else [*chars, ""]
    if str(op) == "SUBPATTERN" and not av[1] and not av[2]:  # a group that sets or clears no flag
        return _spelled(list(av[3]))
    chars = _plain(op, av)
    if chars is None and str(op) == "BRANCH":
        alternatives = [_spelled(list(alternative)) for alternative in av[1]]
        chars = None if None in alternatives else [run for runs in alternatives for run in runs]  # type: ignore
    return chars if chars is not None and len(chars) <= _MAX_SPELLINGS \
        and all(c == "" or _WORDLIKE.fullmatch(c) for c in chars) else None


def _spelled(items: list) -> Optional[list[str]]:
    """The runs of letters one of which parsed items read, every item a run of letters (_letters); else None."""
    spelled = [""]
    for item in items:
        chars = _letters(*item)
        if chars is None or len(spelled) * len(chars) > _MAX_SPELLINGS:
            return None
        spelled = [run + c for run in spelled for c in chars]
    return spelled


def _zero_width_behind(op: Any, av: Any) -> bool:
    """A look-behind, a position (^, \\b) or a choice of them: matches no character."""
    if str(op) in ("ASSERT", "ASSERT_NOT"):
        return av[0] == -1
    if str(op) == "BRANCH":
        return all(all(_zero_width_behind(*item) for item in alt) for alt in av[1])
    return str(op) == "AT"


def _word_ends(items: list) -> bool:
    """Whether the parsed items after a letter hold only where the word ends: nothing, (?!\\S), (?!\\w), \\b, a
    look-ahead or a sequence whose first character is not a letter ((?=\\s+علي), " علي"), or another negative
    look-ahead followed by one of these ("(?!ة)\\b": it reads nothing, and what follows must end the word)."""
    if not items:
        return True
    op, av = items[0]
    if str(op) == "AT":
        return str(av) == "AT_BOUNDARY"
    if str(op) == "ASSERT_NOT":  # (?!\S), (?!\w); another reads nothing, and what follows it must end the word
        return av[0] == 1 and len(av[1]) == 1 and str(av[1][0][0]) == "IN" \
            and [str(x) for o, x in av[1][0][1]] in (["CATEGORY_NOT_SPACE"], ["CATEGORY_WORD"]) \
            or len(items) > 1 and _word_ends(items[1:])
    if str(op) == "ASSERT":
        return av[0] == 1 and _opens_with_no_letter(list(av[1]))
    return _opens_with_no_letter(items)


_NO_LETTER = ("CATEGORY_SPACE", "CATEGORY_NOT_WORD")


def _opens_with_no_letter(items: list) -> bool:
    """Whether every match of the parsed items reads first a character that is not a letter (False if unsure,
    or if they may match nothing)."""
    if not items:
        return False
    kind, av, rest = str(items[0][0]), items[0][1], items[1:]
    if kind == "LITERAL":
        return not _WORDLIKE.match(chr(av))
    if kind == "IN":
        return all(str(o) == "LITERAL" and not _WORDLIKE.match(chr(x)) or str(o) == "CATEGORY" and str(x) in _NO_LETTER
                   for o, x in av)
    if kind in ("MAX_REPEAT", "MIN_REPEAT"):
        return _opens_with_no_letter(list(av[2])) and (av[0] > 0 or _opens_with_no_letter(rest))
    if kind == "SUBPATTERN":
        return _opens_with_no_letter(list(av[3]) + rest)
    if kind == "BRANCH":
        return all(_opens_with_no_letter(list(alt) + rest) for alt in av[1])
    return False


def shortest_needles(texts) -> tuple[str, ...]:
    """Of texts one of which must occur, those that hold no other one (علق, not يعلقون): where none of
    them occurs, none of all occurs."""
    return tuple(t for t in texts if not any(o != t and o in t for o in texts))


def holds_any(text: str, needles) -> bool:
    """Whether one of the needles occurs in the text: `in` each, several times faster than one regex of
    them all, and a loop, where a generator would cost more than the tests."""
    for needle in needles:
        if needle in text:
            return True
    return False


_GATED = 8  # fewer needles are tested about as fast as their letters


def by_script(needles) -> tuple[Optional[re.Pattern], tuple[str, ...], tuple[str, ...]]:
    """The needles whose first letter (or first character) is ASCII, with a class of those letters when
    they are many, and the others (holds_any_by_script): an Arabic sentence holds none of the English
    needles' letters, so one search in C skips all of them, and a text of ASCII alone holds no other."""
    ascii_ = tuple(n for n in needles if _letter(n).isascii())
    gate = re.compile("[" + "".join(map(re.escape, sorted({_letter(n) for n in ascii_}))) + "]") \
        if len(ascii_) >= _GATED else None
    return gate, ascii_, tuple(n for n in needles if not _letter(n).isascii())


def _letter(needle: str) -> str:
    return next((c for c in needle if c.isalnum()), needle[0])


def holds_any_by_script(text: str, groups) -> bool:
    """holds_any over the needles of by_script, the ASCII ones skipped where none of their letters
    occurs and the others where the text is ASCII (a flag of the string, not a scan)."""
    gate, ascii_, other = groups
    if other and not text.isascii():
        for needle in other:
            if needle in text:
                return True
    if gate is None or gate.search(text) is not None:
        for needle in ascii_:
            if needle in text:
                return True
    return False


class LinePattern:
    """A MULTILINE pattern. One that starts with ^ and never matches empty text is only tried where
    lines start: a search would try it at every character. It is not tried at all on a text that holds
    none of the texts every match of it holds (required_texts). finditer yields what the pattern's own
    finditer yields."""

    def __init__(self, pattern: str):
        self.rx = re.compile(pattern, re.M)
        parsed = _parser.parse(pattern, re.M)
        self._anchored = parsed.getwidth()[0] > 0 and len(parsed) > 0 \
            and str(parsed[0][0]) == "AT" and str(parsed[0][1]) == "AT_BEGINNING"
        self._needles = shortest_needles(required_texts(pattern)) or None

    def finditer(self, text: str) -> Iterator[re.Match]:
        if self._needles is not None and not holds_any(text, self._needles):
            return iter(())  # most articles, for most patterns
        return self._at_line_starts(text) if self._anchored else self.rx.finditer(text)

    def _at_line_starts(self, text: str) -> Iterator[re.Match]:
        pos = 0  # a line start
        while True:
            m = self.rx.match(text, pos)
            if m is not None:
                yield m
                pos = m.end()
                if text[pos - 1] == "\n":
                    continue
            newline = text.find("\n", pos)
            if newline == -1:
                return
            pos = newline + 1


class Lexicon:
    """Many terms and patterns; hits name their entry.

    At a position, the longest term wins (of terms as long, the first given), with the proclitics
    it may take in the order its regex would try them: what one alternation of all terms, longest
    first, would match. Terms are looked up, not compiled: the letters that a text's words open with
    are read once (runs_of), meet the letters that a term may open with (its proclitics included) in
    one set intersection, and only the words found there are checked, a dictionary step per word of
    the term. Compiling the terms into regular expressions cost more than half a second at start-up."""

    def __init__(self, items: list[tuple[str, str, str, Any]], patterns: list[tuple[str, str, str, Any]] = ()):
        # items: (term, entry_id, family, value); patterns: (regex, entry_id, family, value)
        self._by_term: dict[str, tuple[str, str, Any]] = {}
        for term, entry_id, family, value in items:
            key = norm(term)
            if key:
                self._by_term.setdefault(key, (entry_id, family, value))
        self._patterns = list(patterns)
        ranks: dict[str, dict[str, int]] = {}  # proclitic regex -> spelling -> rank of its term
        for rank, t in enumerate(sorted(self._by_term, key=len, reverse=True)):
            prefix, spellings = term_parts(t)
            for spelling in spellings:
                ranks.setdefault(prefix, {}).setdefault(spelling, rank)
        self._groups = [_Spellings(prefix, r) for prefix, r in ranks.items()]
        self._plans: dict[str, list[tuple[int, _Node]]] = {}
        self._fixed: dict[str, Any] = {}  # letters -> the entry of the one term they are, () none, None: walk
        # the letters a word opens with where a term may start there ('' : a term opening with a sign)
        # interned: lexicons share most of these strings, and the rules cache (rulecache.py) then pickles each once
        self._opening = frozenset(intern(p + run) for g in self._groups for p in proclitics(g.prefix) for run in g.by_run)
        signs = "".join(sorted({word[0] for g in self._groups if (node := g.by_run.get("")) is not None
                                for word in [*(w for w, _ in node.last), *node.next]}))
        self._signs = re.compile(r"(?<!\w)[" + re.escape(signs) + "]") if signs else None
        # With terms and patterns, the terms and `_mixed` (the patterns alone) are searched apart: at a
        # position a term wins, then a pattern, as one alternation of the terms, longest first, and the
        # patterns would decide. Patterns only: `regex`. Every pattern requires one of a few texts
        # (required_texts): where none of them occurs (`_needles`), no pattern can match; of patterns
        # only, just those whose required texts occur are tried, one regex for each such set.
        self.regex = None
        self._mixed: Optional[re.Pattern] = None
        self._each: Optional[list[tuple[re.Pattern, tuple[str, ...]]]] = None  # see _pattern_search
        self._other: Optional[frozenset[int]] = None  # see _other_side
        self._led: tuple[frozenset[str], dict[str, frozenset[int]], frozenset[int]]  # see _led_by_words
        self._required: Optional[dict[str, list[int]]] = None  # required text -> patterns needing it
        self._needles: Optional[tuple[str, ...]] = None
        if self._patterns:
            required = [required_texts(p) for p, *_rest in self._patterns]
            if all(required):
                self._required = {}
                for i, texts in enumerate(required):
                    for text in texts:
                        self._required.setdefault(text, []).append(i)
                self._needles = shortest_needles(self._required)
                self._by_script = by_script(self._needles)
                self._may_by = self._may_groups(required)
            if self._by_term:
                self._mixed = re.compile(self._patterns_regex([], range(len(self._patterns))))
                if self._required is not None:
                    self._each = [(re.compile(self._patterns_regex([], [i])), shortest_needles(texts))
                                  for i, texts in enumerate(required)]
                    self._other = self._other_side(required)
                    self._led = self._led_by_words()
            else:
                self.regex = re.compile(self._patterns_regex([], range(len(self._patterns))))
                self._some: dict[tuple[int, ...], re.Pattern] = {}  # see _some_regex

    def _may_groups(self, required: list[list[str]]) -> tuple[tuple, frozenset[str]]:
        """What _may_match tests: the patterns that are a closed list of whole words (whole_words) by the
        text's words, the others by their needles (by_script), with the ASCII needles of all kept (a
        needle can only be looked for more often than needed, never less)."""
        words = [whole_words(p) for p, *_rest in self._patterns]
        rest = shortest_needles([t for i, texts in enumerate(required) if words[i] is None for t in texts])
        ascii_ = tuple(n for n in self._needles if _letter(n).isascii())  # type: ignore[union-attr]
        return by_script(tuple(dict.fromkeys(rest + ascii_))), frozenset().union(*(w for w in words if w))

    def _patterns_regex(self, parts: list[str], which) -> str:
        """The terms' group (if any) and the patterns numbered `which`, in order, as one regex."""
        parts = parts + [f"(?P<p{i}>[وف]?(?:{self._patterns[i][0]}))" for i in which]
        return r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)"

    def _other_side(self, required: list[tuple[str, ...]]) -> Optional[frozenset[int]]:
        """The patterns that may match where none of the gated ASCII needles occurs (one of their required
        texts holds none), when they are fewer than all: an Arabic sentence is not tried against the
        English patterns of a lexicon of both."""
        gate, ascii_, _ = self._by_script if self._needles is not None else (None, (), ())
        if gate is None:
            return None
        which = [i for i, texts in enumerate(required) if any(not holds_any(t, ascii_) for t in texts)]
        return frozenset(which) if 0 < len(which) < len(required) else None

    def _led_by_words(self) -> tuple[frozenset[str], dict[str, frozenset[int]], frozenset[int]]:
        """The index `_candidates` reads: each word that some patterns open with (leading_words) -> those
        patterns, with the words as a set, and the patterns that open with no such word."""
        by_word: dict[str, set[int]] = {}
        rest = set()
        for i, (pattern, *_) in enumerate(self._patterns):
            words = leading_words(pattern)
            for word in words or ():
                by_word.setdefault(word, set()).add(i)
            if words is None:
                rest.add(i)
        return frozenset(by_word), {w: frozenset(which) for w, which in by_word.items()}, frozenset(rest)

    def _candidates(self, text: str, pos: int, end: int, which: Optional[frozenset[int]]) -> list[int]:
        """The patterns (of `which`, if given), in order, that may match in text[pos:end] by their first word:
        those whose first word (leading_words) is one of the text's words (runs_of) or the word `end` cuts, and
        those with no such word. One set intersection and a look-up per word found, instead of a test of
        needles per pattern: most of the speech cue lexicon's English patterns open with a closed list."""
        keys, by_word, found = self._led
        found = found.union(*map(by_word.__getitem__, keys.intersection(runs_of(text))))
        cut = _cut_word(text, pos, end)
        if cut is not None and cut[1] in keys:
            found |= by_word[cut[1]]
        return sorted(found if which is None else found & which)

    def _pattern_search(self, text: str, pos: int, end: int) -> Callable[[int], Optional[re.Match]]:
        """search(at): the leftmost match in text[at:end] of the patterns (at one position, the first of
        them in order), what `_mixed`, their alternation, finds. Only the patterns whose required texts
        occur in text[pos:end] are searched, each on its own and its next match kept until passed: the
        alternation tried every pattern at every word (a speech cue's dozen Arabic patterns in every
        sentence that holds one of their verbs). A match does not depend on where the search started."""
        if self._each is None:
            return partial(_search_from, self._mixed, text, end)
        part = text if pos == 0 and end == len(text) else text[pos:end]
        which = self._other if self._other is not None \
            and self._by_script[0].search(text, pos, end) is None else None  # type: ignore[index]
        active = [rx for rx, needles in map(self._each.__getitem__, self._candidates(text, pos, end, which))
                  if holds_any(part, needles)]
        found = [rx.search(text, pos, end) for rx in active]

        def search(at: int) -> Optional[re.Match]:
            best = None
            for k, m in enumerate(found):
                if m is not None and m.start() < at:
                    m = found[k] = active[k].search(text, at, end)
                if m is not None and (best is None or m.start() < best.start()):
                    best = m
            return best
        return search

    def _some_regex(self, which: tuple[int, ...]) -> re.Pattern:
        """The patterns numbered `which` as one regex (cached in `_some`, a plain dict that pickles: the same
        sets of required texts come back; emptied at 512)."""
        regex = self._some.get(which)
        if regex is None:
            if len(self._some) >= 512:
                self._some.clear()
            regex = self._some[which] = re.compile(self._patterns_regex([], which))
        return regex

    def _regex_for(self, text: str, pos: int, end: int, may: Optional[bool] = None) -> Optional[re.Pattern]:
        """The regex to run on text[pos:end]: all patterns, or only those whose required texts occur
        (None: no pattern can match); `may`: _may_match there, if known."""
        if self._required is None:
            return self.regex
        if not (self._may_match(text, pos, end) if may is None else may):
            return None  # most texts
        part = text if pos == 0 and end == len(text) else text[pos:end]
        which = {i for needed, patterns in self._required.items() if needed in part for i in patterns}
        return self._some_regex(tuple(sorted(which))) if which else None  # `may` by a word of the text, not here

    def _may_match(self, text: str, pos: int, end: int) -> bool:
        """Whether a pattern may match in text[pos:end]: not if none of the texts one of which each
        pattern requires occurs there."""
        if self._needles is None:
            return True
        groups, words = self._may_by
        part = text if pos == 0 and end == len(text) else text[pos:end]
        return bool(words) and not part.isascii() and _holds_word(words, text, pos, end) \
            or holds_any_by_script(part, groups)

    def _openings(self, text: str, pos: int, end: int) -> list[tuple[int, str]]:
        """(start, letters) of the words of text[pos:end] that a term may start at, in order: the words
        whose letters some term opens with (a word cut by `end` as cut there), and the signs a term
        opens with."""
        found = self._opening.intersection(runs_of(text) if end == len(text) else _WORD_START.findall(text, pos, end))
        if not found and self._signs is None:  # most texts a lexicon is asked about
            return []
        return self._with_signs(text, pos, end, word_starts(text, found, pos, end))

    def _with_signs(self, text: str, pos: int, end: int, out: list[tuple[int, str]]) -> list[tuple[int, str]]:
        """The openings of words found, with those of the signs a term opens with, in order."""
        if self._signs is not None:
            out += [(m.start(), "") for m in self._signs.finditer(text, pos, end)]
        out.sort()
        return out

    def _plan(self, run: str) -> list[tuple[int, _Node]]:
        """Where the spellings may start in a word of these letters: (proclitic length, the tree of the
        spellings that open with the letters left), in the order the regexes would try them (cached:
        the letters are those some term opens with, so the cache is as large as the lexicon at most).
        Where each of those trees holds one spelling only, the letters left themselves, the word is
        that term whatever follows it: its entry is kept in `_fixed` (() where no spelling starts)."""
        plan = self._plans.get(run)
        if plan is None:
            plan = self._plans[run] = [
                (length, node) for group in self._groups
                for length in proclitic_lengths(run, 0, len(run), group.prefix)
                if (node := group.by_run.get(run[length:])) is not None]
            fixed = all(not node.next and len(node.last) == 1 and node.last[0][0] == run[length:]
                        for length, node in plan)
            self._fixed[run] = (self._by_term[self._key(run)] if plan else ()) if fixed else None
        return plan

    def _seconds(self, run: str) -> Optional[frozenset[str]]:
        """Where only terms of several words open in a word of these letters: the letters that the word
        after it must open with for one of them to go on (None: a term may end in the word itself, or
        the next word may open with a sign). A text none of whose words opens so has no term there."""
        plan = self._plans.get(run)
        if plan is None:
            plan = self._plan(run)
        if any(node.last for _, node in plan):
            return None
        seconds = frozenset().union(*(child.openers() for _, node in plan for child in node.next.values()))
        return None if "" in seconds else seconds

    def _term_at(self, text: str, start: int, end: int, run: str) -> Optional[Hit]:
        """The hit of the term that wins at `start` (None if none ends at a word boundary there), `run`
        being the letters there (all of the word's, up to `end`): of the longest spelling after each
        proclitic each group allows, the one of the best-ranked term."""
        plan = self._plans.get(run)
        if plan is None:
            plan = self._plan(run)
        fixed = self._fixed[run]
        if fixed is not None:  # a word of one spelling: no walk
            return Hit(start, start + len(run), run, *fixed) if fixed else None
        best_rank, best_end = len(self._by_term), -1
        for length, node in plan:
            if not node.last:  # only terms of several words open here: most often the next word leads nowhere
                word = _NON_SPACE.match(text, start + length, end)
                child = node.next.get(word.group()) if word is not None else None
                gap = _SPACES.match(text, word.end(), end) if child is not None else None  # type: ignore[union-attr]
                if gap is None or _RUN.match(text, gap.end(), end).group() not in child.openers():  # type: ignore
                    continue
            rank, stop = node.longest(text, start + length, end)
            if stop >= 0 and rank < best_rank:
                best_rank, best_end = rank, stop
        if best_end < 0:
            return None
        matched = text[start:best_end]
        entry_id, family, value = self._by_term[self._key(matched)]
        return Hit(start, best_end, matched, entry_id, family, value)

    def _next_term(self, text: str, openings: list[tuple[int, str]], pos: int, end: int) -> Optional[Hit]:
        """The first term hit that starts at or after `pos`."""
        for i in range(bisect_left(openings, (pos, "")), len(openings)):
            hit = self._term_at(text, openings[i][0], end, openings[i][1])
            if hit is not None:
                return hit
        return None

    def _term_hits(self, text: str, pos: int, end: int, openings: list[tuple[int, str]]) -> Iterator[Hit]:
        """The hits of the terms, leftmost first, each search resuming where the last hit ended."""
        for start, run in openings:
            if start >= pos and (hit := self._term_at(text, start, end, run)) is not None:
                yield hit
                pos = hit.end

    def _mixed_hits(self, text: str, pos: int, end: int, openings: list[tuple[int, str]],
                    may: Optional[bool]) -> Iterator[Hit]:
        """The hits of a lexicon of terms and patterns: the leftmost first; at one position, the term.
        The next term and the next pattern are each searched for again only once passed, so the scan
        stays linear."""
        term = self._next_term(text, openings, pos, end)
        search = self._pattern_search(text, pos, end) if (self._may_match(text, pos, end) if may is None else may) \
            else None
        pattern = search(pos) if search is not None else None
        while term is not None or pattern is not None:
            if pattern is not None and (term is None or pattern.start() < term.start):
                hit = self._hit(pattern)
            else:
                hit = term  # type: ignore[assignment]
            yield hit
            pos = max(hit.end, hit.start + 1)
            if term is not None and term.start < pos:
                term = self._next_term(text, openings, pos, end)
            if pattern is not None and pattern.start() < pos:
                pattern = search(pos)  # type: ignore[misc]

    def finditer(self, text: str, pos: int = 0, endpos: Optional[int] = None) -> Iterator[Hit]:
        pos, end = max(pos, 0), len(text) if endpos is None else min(endpos, len(text))
        return self._hits(text, pos, end, self._openings(text, pos, end) if self._groups else [])

    def _hits(self, text: str, pos: int, end: int, openings: list[tuple[int, str]],
              may: Optional[bool] = None) -> Iterator[Hit]:
        """The hits in text[pos:end], the openings of its terms there given (and _may_match there, if known)."""
        if self._mixed is not None:
            yield from self._mixed_hits(text, pos, end, openings, may)
        elif self.regex is not None:
            regex = self._regex_for(text, pos, end, may)
            for m in regex.finditer(text, pos, end) if regex is not None else ():
                yield self._hit(m)
        elif openings:
            yield from self._term_hits(text, pos, end, openings)

    def search(self, text: str, pos: int = 0, endpos: Optional[int] = None) -> Optional[Hit]:
        if self._mixed is not None or self.regex is not None:
            return next(self.finditer(text, pos, endpos), None)
        pos, end = max(pos, 0), len(text) if endpos is None else min(endpos, len(text))
        return self._next_term(text, self._openings(text, pos, end), pos, end) if self._groups else None

    def starts_at(self, text: str, pos: int, endpos: Optional[int] = None) -> bool:
        """Whether a hit starts at `pos`: cheaper than a search, which would look further on."""
        end = len(text) if endpos is None else min(endpos, len(text))
        if self.regex is not None:
            return self.regex.match(text, pos, end) is not None
        if self._mixed is not None and self._mixed.match(text, pos, end) is not None:
            return True
        if not self._groups or pos >= end or (pos > 0 and _is_word(text[pos - 1])):
            return False
        run = _RUN.match(text, pos, end).group()  # type: ignore[union-attr]
        return (run in self._opening if run else self._signs is not None) \
            and self._term_at(text, pos, end, run) is not None

    def _hit(self, m: re.Match) -> Hit:
        # a pattern's match: its group closes after any group inside it, so it is the last group matched
        _, entry_id, family, value = self._patterns[int(m.lastgroup[1:])]  # type: ignore[index]
        return Hit(m.start(), m.end(), m.group(0), entry_id, family, value)

    def _key(self, matched: str) -> str:
        if matched in self._by_term:
            return matched
        s = _SPACES.sub(" ", matched)
        if s in self._by_term:
            return s
        for cut in range(1, 6):  # strip proclitics and the article
            head, rest = s[:cut], s[cut:]
            if rest in self._by_term and _PROCLITICS.fullmatch(head):
                return rest
            if head.endswith("ل") and "ال" + rest[1:] in self._by_term and rest.startswith("ل"):
                return "ال" + rest[1:]
        raise KeyError(matched)


def _search_from(regex: re.Pattern, text: str, end: int, at: int) -> Optional[re.Match]:
    return regex.search(text, at, end)


def pattern_regex(pattern: str, entry_id: str = "", family: str = "") -> re.Pattern:
    """A pattern of a rules file compiled as a lexicon uses it: normalised, matched as whole words."""
    return Lexicon([], [(norm_pattern(pattern), entry_id, family, None)]).regex  # type: ignore[return-value]


class LexiconSet:
    """Several lexicons scanned together: the letters that the text's words open with (runs_of) meet,
    in one set intersection, the letters that any of the lexicons' terms may open with; each word found
    there is found once in the text for all the lexicons whose terms may open with its letters, and a
    lexicon that no word opens a term of (and that has no pattern) is not asked at all. The hits are
    exactly those of scanning each lexicon on its own."""

    def __init__(self, lexicons: dict[str, Lexicon]):
        self.lexicons = lexicons
        self._any = self._union()
        self._owners: dict[str, tuple[tuple[str, Optional[frozenset[str]]], ...]] = {}  # letters -> (lexicon, _seconds)
        # asked whatever the words: a lexicon with patterns or with terms that open with a sign
        self._always = [(name, lx) for name, lx in lexicons.items()
                        if lx._mixed is not None or lx.regex is not None or lx._signs is not None]

    def __getstate__(self) -> dict[str, Any]:
        """Pickled (rulecache.py) without the union of the lexicons' openings: made again from theirs, at C
        speed, faster than read back string by string."""
        return {k: v for k, v in self.__dict__.items() if k != "_any"}

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._any = self._union()

    def _union(self) -> frozenset[str]:
        """The letters that any of the lexicons' terms may open with."""
        return frozenset().union(*(lx._opening for lx in self.lexicons.values()))

    def scan(self, text: str) -> dict[str, list[Hit]]:
        end = len(text)
        # asked whatever the words: a lexicon whose terms open with a sign, or one of patterns unless none
        # of the texts they require occurs (its terms, if any, are asked below if a word opens one)
        may = {name: lx._may_match(text, 0, end) for name, lx in self._always}  # not asked again by _hits
        openings: dict[str, list[tuple[int, str]]] = {name: [] for name, lx in self._always
                                                      if lx._signs is not None or may[name]}
        runs = runs_of(text)
        found = self._any.intersection(runs)
        if found:
            # a lexicon where only terms of several words open with these letters is asked only if some
            # word of the text opens as their second words do (من, ان, علي: most often none does)
            owners = {}
            for run in found:
                names = [name for name, seconds in self._owners.get(run) or self._own(run)
                         if seconds is None or not seconds.isdisjoint(runs)]
                if names:
                    owners[run] = names
            for opening in word_starts(text, owners, 0, end):
                for name in owners[opening[1]]:
                    openings.setdefault(name, []).append(opening)
        hits: dict[str, list[Hit]] = {name: [] for name in self.lexicons}  # most lexicons, in most texts
        for name, mine in openings.items():
            lx = self.lexicons[name]
            hits[name] = list(lx._hits(text, 0, end, lx._with_signs(text, 0, end, mine), may.get(name)))
        return hits

    def _own(self, run: str) -> tuple[tuple[str, Optional[frozenset[str]]], ...]:
        """The lexicons whose terms may open with these letters, each with the letters its second words
        open with if only terms of several words open there (cached: as many as the lexicons' openings)."""
        owners = self._owners[run] = tuple((name, lx._seconds(run)) for name, lx in self.lexicons.items()
                                           if run in lx._opening)
        return owners

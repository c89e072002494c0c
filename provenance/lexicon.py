"""Many terms and patterns compiled into one regular expression, and several lexicons scanned at once.

Arabic terms match with their proclitics (و ف ب ل ك, the article, ل+ال → لل); every match is a Hit
naming the rule entry that made it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterator, Optional

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
_AR_PROCLITIC_LETTERS = "وفبلكا"  # every letter the two prefixes above may start with
_PROCLITICS = re.compile(r"[وف]?[بلك]?(ال)?")
_SPACES = re.compile(r"\s+")


def term_parts(term: str) -> tuple[str, list[str]]:
    """(proclitic regex, spellings) of one normalised term: Arabic terms take proclitics (و ف ب ل ك, ل+ال → لل)."""
    if is_arabic(term):
        prefix = _AR_PREFIX if term.startswith("ال") or " " in term else _AR_PREFIX_DEFINITE
        return prefix, [term] + (["لل" + term[2:]] if term.startswith("ال") else [])
    return "", [term]


def _spelling(s: str) -> str:
    return re.escape(s).replace(r"\ ", r"\s+")


_char = lru_cache(maxsize=None)(_spelling)  # tries escape their letters one at a time


def term_regex(term: str) -> str:
    """Regex for one normalised term (see term_parts)."""
    prefix, spellings = term_parts(term)
    if not prefix:
        return _spelling(spellings[0])
    return prefix + "(?:" + "|".join(_spelling(x) for x in spellings) + ")"


def trie_regex(spellings: list[str]) -> str:
    """One regex matching exactly the given spellings, as a character trie: the cost of trying it at a
    position grows with the length of the terms, not with their number (a flat alternation of a
    thousand names tries every one at every word)."""
    return _trie_regex(tuple(spellings))


@lru_cache(maxsize=None)
def _trie_regex(spellings: tuple[str, ...]) -> str:
    """trie_regex, rendered once per set of spellings: a Lexicon's finder and its tries share them."""
    root: dict = {}
    for word in spellings:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def render(node: dict) -> str:
        run = ""
        while len(node) == 1 and "" not in node:  # a run of letters without a branch: no group
            (ch, node), = node.items()
            run += _char(ch)
        branches = [_char(ch) + render(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return run
        if "" in node:
            return run + "(?:" + "|".join(branches) + ")?"
        return run + (branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")")

    return render(root)


def finder_source(spellings: dict[str, list[str]]) -> str:
    """Regex for any of the spellings, each with its proclitic regex, as one trie per proclitic regex.
    A trie with proclitics first checks the character it may start with: on a Latin word, the Arabic
    tries then cost one test instead of one per Arabic letter."""
    alternatives = []
    for prefix, sp in spellings.items():
        guard = ""
        if prefix:
            first = set(_AR_PROCLITIC_LETTERS) | {s[0] for s in sp}
            guard = "(?=[" + "".join(re.escape(ch) for ch in sorted(first)) + "])"
        alternatives.append(guard + prefix + "(?:" + trie_regex(sp) + ")")
    return r"(?:" + "|".join(alternatives) + r")(?!\w)"


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


@dataclass(slots=True)
class _Spellings:
    """The spellings of the terms that take one proclitic regex, as a trie, with the rank of the term of
    each spelling (its place in an alternation of all terms, longest first)."""

    prefix: str
    first: frozenset[str]  # characters a match may start with
    trie: re.Pattern
    rank: dict[str, int]


def required_texts(pattern: str) -> list[str]:
    """Runs of plain characters, one of which every match of `pattern` contains ([] if none is
    found): looking for them rules out most text far faster than the regex can. A pattern that is
    an alternation gives one run per alternative."""
    parsed = _parser.parse(pattern)
    if parsed.state.flags & re.IGNORECASE:
        return []

    def longest(sequence: Any) -> str:
        best, run = "", ""
        for op, av in sequence:
            if str(op) == "LITERAL":
                run += chr(av)
                continue
            best, run = max(best, run, key=len), ""
            if str(op) == "SUBPATTERN" and not av[1] & re.IGNORECASE:  # a group (not repeated) must match
                best = max(best, longest(av[3]), key=len)
        return max(best, run, key=len)

    top = list(parsed)
    alternatives = top[0][1][1] if len(top) == 1 and str(top[0][0]) == "BRANCH" else [top]
    texts = [longest(alternative) for alternative in alternatives]
    return texts if all(texts) else []


class LinePattern:
    """A MULTILINE pattern. One that starts with ^ and never matches empty text is only tried where
    lines start: a search would try it at every character. finditer yields what the pattern's own
    finditer yields."""

    def __init__(self, pattern: str):
        self.rx = re.compile(pattern, re.M)
        parsed = _parser.parse(pattern, re.M)
        self._anchored = parsed.getwidth()[0] > 0 and len(parsed) > 0 \
            and str(parsed[0][0]) == "AT" and str(parsed[0][1]) == "AT_BEGINNING"

    def finditer(self, text: str) -> Iterator[re.Match]:
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
    """Many terms and patterns compiled into regular expressions; hits name their entry.

    At a position, the longest term wins (of terms as long, the first given), with the proclitics
    it may take in the order its regex tries them: what one alternation of all terms, longest first,
    would match. Terms are found as tries, which cost little however many terms there are (such an
    alternation tries every term at every position it is asked about)."""

    def __init__(self, items: list[tuple[str, str, str, Any]], patterns: list[tuple[str, str, str, Any]] = ()):
        # items: (term, entry_id, family, value); patterns: (regex, entry_id, family, value)
        self._by_term: dict[str, tuple[str, str, Any]] = {}
        for term, entry_id, family, value in items:
            key = norm(term)
            if key:
                self._by_term.setdefault(key, (entry_id, family, value))
        self._patterns = list(patterns)
        terms = sorted(self._by_term, key=len, reverse=True)
        self.spellings: dict[str, list[str]] = {}  # proclitic regex -> spellings of the terms
        ranks: dict[str, dict[str, int]] = {}  # proclitic regex -> spelling -> rank of its term
        for rank, t in enumerate(terms):
            prefix, spellings = term_parts(t)
            self.spellings.setdefault(prefix, []).extend(spellings)
            for spelling in spellings:
                ranks.setdefault(prefix, {}).setdefault(spelling, rank)
        self._tries = [
            _Spellings(prefix, frozenset(s[0] for s in spellings) | frozenset(_AR_PROCLITIC_LETTERS if prefix else ""),
                       re.compile("(?:" + trie_regex(spellings) + r")(?!\w)"), ranks[prefix])
            for prefix, spellings in self.spellings.items()]
        self._arabic_first = frozenset().union(*(sp.first for sp in self._tries if sp.prefix))
        # `_finder` finds where terms start. With terms and patterns, the tries find the terms and
        # `_mixed` (the patterns alone) the patterns: at a position a term wins, then a pattern, as
        # one alternation of the terms, longest first, and the patterns would decide, without trying
        # every term at every position. Patterns only: `regex`; a pattern none of whose required
        # texts occurs cannot match, so only the others are tried, one regex for each such set.
        self._finder = re.compile(r"(?<!\w)" + finder_source(self.spellings)) if terms else None
        self.regex = None
        self._mixed: Optional[re.Pattern] = None
        self._required: Optional[dict[str, list[int]]] = None  # required text -> patterns needing it
        if self._patterns:
            if terms:
                self._mixed = re.compile(self._patterns_regex([], range(len(self._patterns))))
            else:
                self.regex = re.compile(self._patterns_regex([], range(len(self._patterns))))
                required = [required_texts(p) for p, *_rest in self._patterns]
                if all(required):
                    self._required = {}
                    for i, texts in enumerate(required):
                        for text in texts:
                            self._required.setdefault(text, []).append(i)
                    self._some = lru_cache(maxsize=512)(
                        lambda which: re.compile(self._patterns_regex([], which)))  # type: ignore[has-type]

    def _patterns_regex(self, parts: list[str], which) -> str:
        """The terms' group (if any) and the patterns numbered `which`, in order, as one regex."""
        parts = parts + [f"(?P<p{i}>[وف]?(?:{self._patterns[i][0]}))" for i in which]
        return r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)"

    def _regex_for(self, text: str, pos: int, end: int) -> Optional[re.Pattern]:
        """The regex to run on text[pos:end]: all patterns, or only those whose required texts occur
        (None: no pattern can match)."""
        if self._required is None:
            return self.regex
        part = text if pos == 0 and end == len(text) else text[pos:end]
        which = {i for needed, patterns in self._required.items() if needed in part for i in patterns}
        return self._some(tuple(sorted(which))) if which else None

    def _mixed_hits(self, text: str, pos: int, end: int) -> Iterator[Hit]:
        """The hits of a lexicon of terms and patterns: the leftmost first; at one position, the term.
        The next term and the next pattern are each searched for again only once passed, so the scan
        stays linear."""
        term = self._finder.search(text, pos, end)  # type: ignore[union-attr]
        pattern = self._mixed.search(text, pos, end)  # type: ignore[union-attr]
        while term is not None or pattern is not None:
            if pattern is not None and (term is None or pattern.start() < term.start()):
                hit = self._hit(pattern)
            else:
                hit = self._term_hit(text, term, end)  # type: ignore[arg-type]
            yield hit
            pos = max(hit.end, hit.start + 1)
            if term is not None and term.start() < pos:
                term = self._finder.search(text, pos, end)  # type: ignore[union-attr]
            if pattern is not None and pattern.start() < pos:
                pattern = self._mixed.search(text, pos, end)  # type: ignore[union-attr]

    def finditer(self, text: str, pos: int = 0, endpos: Optional[int] = None) -> Iterator[Hit]:
        end = len(text) if endpos is None else endpos
        if self._mixed is not None:
            yield from self._mixed_hits(text, pos, end)
            return
        if self.regex is not None:
            regex = self._regex_for(text, pos, end)
            for m in regex.finditer(text, pos, end) if regex is not None else ():
                yield self._hit(m)
            return
        if self._finder is None:
            return
        # The finder gives the next position where some term matches, then the term that wins there
        # (term matches are never empty, so the scan resumes at its end).
        find = self._finder.search
        while (found := find(text, pos, end)) is not None:
            hit = self._term_hit(text, found, end)
            yield hit
            pos = hit.end

    def search(self, text: str, pos: int = 0, endpos: Optional[int] = None) -> Optional[Hit]:
        end = len(text) if endpos is None else endpos
        if self._mixed is not None:
            return next(self._mixed_hits(text, pos, end), None)
        if self._finder is None:
            regex = self._regex_for(text, pos, end) if self.regex is not None else None
            if regex is None:
                return None
            m = regex.search(text, pos, end)
            return self._hit(m) if m is not None else None
        found = self._finder.search(text, pos, end)
        return self._term_hit(text, found, end) if found is not None else None

    def starts_at(self, text: str, pos: int, endpos: Optional[int] = None) -> bool:
        """Whether a hit starts at `pos`: cheaper than a search, which would look further on."""
        end = len(text) if endpos is None else endpos
        if self.regex is not None:
            return self.regex.match(text, pos, end) is not None
        if self._mixed is not None and self._mixed.match(text, pos, end) is not None:
            return True
        return self._finder is not None and self._finder.match(text, pos, end) is not None

    def scans_alone(self) -> bool:
        """Patterns, or empty: not scanned by a LexiconSet's tries."""
        return self._finder is None or self.regex is not None or self._mixed is not None

    def hits_at(self, text: str, starts: list[int]) -> list[Hit]:
        """What finditer yields, given every place where a term of this lexicon may start (in order)."""
        hits: list[Hit] = []
        pos, agrees, end = 0, self._finder.match, len(text)  # type: ignore[union-attr]
        for start in starts:
            if start >= pos and (found := agrees(text, start)) is not None:
                hits.append(self._term_hit(text, found, end))
                pos = hits[-1].end
        return hits

    def _term_end(self, text: str, found: re.Match, end: int) -> int:
        """Where the term that wins at the start of the finder's match `found` ends: of the longest
        spelling after each proclitic each trie allows, the one of the best-ranked term (of a term
        found twice, the one found first). Where no Arabic term may start, that is the finder's match."""
        start = found.start()
        if text[start] not in self._arabic_first:
            return found.end()
        best_rank, best_end = len(self._by_term), start
        for sp in self._tries:
            if text[start] not in sp.first:
                continue
            for length in proclitic_lengths(text, start, end, sp.prefix):
                m = sp.trie.match(text, start + length, end)
                if m is None:
                    continue
                spelling = m.group()
                rank = sp.rank.get(spelling)
                if rank is None:  # a line break or several spaces between the words
                    rank = sp.rank[_SPACES.sub(" ", spelling)]
                if rank < best_rank:
                    best_rank, best_end = rank, m.end()
        return best_end

    def _term_hit(self, text: str, found: re.Match, end: int) -> Hit:
        start, stop = found.start(), self._term_end(text, found, end)
        matched = text[start:stop]
        entry_id, family, value = self._by_term[self._key(matched)]
        return Hit(start, stop, matched, entry_id, family, value)

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


def pattern_regex(pattern: str, entry_id: str = "", family: str = "") -> re.Pattern:
    """A pattern of a rules file compiled as a lexicon uses it: normalised, matched as whole words."""
    return Lexicon([], [(norm_pattern(pattern), entry_id, family, None)]).regex  # type: ignore[return-value]


class LexiconSet:
    """Several term lexicons scanned together: one pass finds every place where a term of any of them
    starts (one trie over all their terms), then each lexicon tries only those places, and only where
    its own trie agrees. The hits are exactly those of scanning each lexicon on its own."""

    def __init__(self, lexicons: dict[str, Lexicon]):
        self.lexicons = lexicons
        spellings: dict[str, list[str]] = {}
        for lx in lexicons.values():
            if lx.scans_alone():
                continue
            for prefix, sp in lx.spellings.items():
                spellings.setdefault(prefix, []).extend(sp)
        self._starts = re.compile(r"(?<!\w)(?=" + finder_source(spellings) + ")") if spellings else None

    def scan(self, text: str) -> dict[str, list[Hit]]:
        starts = [m.start() for m in self._starts.finditer(text)] if self._starts is not None else []
        found: dict[str, list[Hit]] = {}
        for name, lx in self.lexicons.items():
            found[name] = list(lx.finditer(text)) if lx.scans_alone() else lx.hits_at(text, starts) if starts else []
        return found

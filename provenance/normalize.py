"""Arabic- and English-aware normalisation that remembers where every character came from.

Matching runs on the normalised text; offsets map back to the original so that every span a
report gives points into the text the user sees.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from typing import Sequence

# Deleted outright: Arabic diacritics, dagger alef, tatweel, invisible direction and joiner marks.
_DELETE = set(
    [chr(c) for c in range(0x064B, 0x0653)]
    + ["\u0670", "\u0640", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\ufeff"]
    + [chr(c) for c in range(0x202A, 0x202F)]
    + [chr(c) for c in range(0x2066, 0x206A)]
)
# One character in, one character out.
_MAP = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
    "ک": "ك", "ی": "ي", "ۀ": "ه", "ھ": "ه", "ڤ": "ف", "پ": "ب", "گ": "ك", "چ": "ج",
    "’": "'", "‘": "'", "`": "'", "“": '"', "”": '"', "«": '"', "»": '"', "„": '"',
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "–": "-", "—": "-", "―": "-", "‐": "-", "‑": "-",
}
_MAP.update({chr(0x0660 + d): str(d) for d in range(10)})
_MAP.update({chr(0x06F0 + d): str(d) for d in range(10)})


@dataclass(frozen=True)
class Normalized:
    """Normalised text plus, for each of its characters, the offset of the original character."""

    text: str
    offsets: Sequence[int]  # a range where no character was deleted before or between them, else _Gapped
    original_length: int

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Original (start, end) of the normalised slice [start:end]."""
        if start >= len(self.offsets):
            return self.original_length, self.original_length
        o_start = self.offsets[start]
        o_end = self.offsets[end - 1] + 1 if end > start else o_start
        return o_start, o_end

    def view(self, start: int, end: int) -> "Normalized":
        """What normalize(original[start:end]) gives, cut out of this one: the article is normalised once
        and a sentence or a span is a view into it (normalisation maps each character on its own, so a
        slice of the whole is the whole of the slice). Offsets are into the slice."""
        offsets = self.offsets
        if isinstance(offsets, range):
            first, stop = max(0, min(start - offsets.start, len(offsets))), max(0, min(end - offsets.start, len(offsets)))
        else:
            first, stop = offsets.position(start), offsets.position(end)
        if stop - first == end - start:  # nothing deleted in the slice
            return Normalized(self.text[first:stop], range(end - start), end - start)
        if isinstance(offsets, range):
            return Normalized(self.text[first:stop], range(offsets.start + first - start, offsets.start + stop - start),
                              end - start)
        return Normalized(self.text[first:stop], offsets.cut(first, stop, start), end - start)


class _Gapped(Sequence[int]):
    """The offsets of a normal form that characters were deleted from, as runs of kept characters: where each
    run opens in the normal form (`starts`) and how far ahead the original is there (`shifts`). An article
    deletes a few marks: its offsets, and its body's, are a handful of runs, not a tuple of every one of its
    characters' (made for the article, and again for its body). At least two runs (one is a range)."""

    __slots__ = ("length", "origins", "shifts", "starts")

    def __init__(self, starts: list[int], shifts: list[int], length: int):
        self.starts, self.shifts, self.length = starts, shifts, length
        self.origins = [a + b for a, b in zip(starts, shifts)]  # where each run opens in the original

    def __len__(self) -> int:
        return self.length

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(self.length))]
        if i < 0:
            i += self.length
        if not 0 <= i < self.length:
            raise IndexError(i)
        return i + self.shifts[bisect_right(self.starts, i) - 1]

    def __iter__(self):
        ends = [*self.starts[1:], self.length]
        return chain.from_iterable(range(a + shift, b + shift) for a, b, shift in zip(self.starts, ends, self.shifts))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Gapped) and (self.starts, self.shifts, self.length) == \
            (other.starts, other.shifts, other.length)

    __hash__ = None  # type: ignore[assignment]

    def position(self, original: int) -> int:
        """How many kept characters come from before `original` (bisect_left of it in the offsets)."""
        k = bisect_right(self.origins, original) - 1
        if k < 0:
            return 0
        end = self.starts[k + 1] if k + 1 < len(self.starts) else self.length
        return min(original - self.shifts[k], end)

    def cut(self, first: int, stop: int, start: int) -> Sequence[int]:
        """The offsets [first:stop], each less `start`."""
        if stop <= first:
            return range(0)
        k, last = bisect_right(self.starts, first) - 1, bisect_right(self.starts, stop - 1) - 1
        return runs([0, *(s - first for s in self.starts[k + 1:last + 1])],
                    [shift + first - start for shift in self.shifts[k:last + 1]], stop - first)


def runs(starts: list[int], shifts: list[int], length: int) -> Sequence[int]:
    """Offsets of runs of kept characters (_Gapped), runs that go on from the last one joined: a range if one."""
    if len(starts) > 1:
        keep = [0, *(k for k in range(1, len(starts)) if shifts[k] != shifts[k - 1])]
        if len(keep) < len(starts):
            starts, shifts = [starts[k] for k in keep], [shifts[k] for k in keep]
    if len(starts) == 1:
        return range(shifts[0], shifts[0] + length)
    return _Gapped(starts, shifts, length) if starts else range(0)


def joined(parts: list[Normalized], sep: str) -> Normalized:
    """What normalize(sep.join(originals)) gives, made from the normal forms of the originals (`parts`, views
    of a text normalised once), `sep` being text that normalisation leaves as it is: the body of the kept
    lines is not folded again."""
    text = sep.join(p.text for p in parts)
    length = sum(p.original_length for p in parts) + len(sep) * max(len(parts) - 1, 0)
    if len(text) == length:  # nothing deleted: every character stays where it was
        return Normalized(text, range(length), length)
    starts: list[int] = []
    shifts: list[int] = []
    pos = at = 0  # where the part opens in the original and in the normal form
    for i, part in enumerate(parts):
        if i:
            starts.append(at)
            shifts.append(pos - at)
            pos, at = pos + len(sep), at + len(sep)
        offsets = part.offsets
        if isinstance(offsets, _Gapped):
            starts += [at + s for s in offsets.starts]
            shifts += [pos + shift - at for shift in offsets.shifts]
        elif len(offsets):  # a range; an empty part opens no run
            starts.append(at)
            shifts.append(pos + offsets.start - at)
        pos, at = pos + part.original_length, at + len(part.text)
    return Normalized(text, runs(starts, shifts, len(text)), length)


def fold_char(ch: str) -> str:
    if ch in _DELETE:
        return ""
    mapped = _MAP.get(ch)
    if mapped is not None:
        return mapped
    low = ch.lower()
    return low if len(low) == 1 else ch


_FOLD = {**dict.fromkeys(_DELETE, ""), **_MAP}
assert not set(_FOLD.values()) & set(_FOLD)  # so replacing one character after another is one pass
_FOLDABLE = re.compile("[" + "".join(sorted(_FOLD)) + "]")
_DELETED = re.compile("[" + "".join(sorted(_DELETE)) + "]")


def _fold(text: str) -> str:
    """fold_char over the whole text at C speed: replace the few foldable characters present (faster
    than str.translate, which looks every character up), then lower(). That equals the per-character
    fold unless lower() changes the length (a letter lowering to two) or needs context (capital
    sigma); in those rare texts only such letters take the per-character path."""
    folded = text
    for ch in set(_FOLDABLE.findall(text)):
        folded = folded.replace(ch, _FOLD[ch])
    lowered = folded.lower()
    if len(lowered) == len(folded) and "Σ" not in folded:
        return lowered
    special = sorted(ch for ch in set(folded) if ch == "Σ" or len(ch.lower()) != 1)
    pieces = re.split("([" + "".join(re.escape(ch) for ch in special) + "])", folded)
    # even pieces hold no special letter, so lower() is per character there; odd ones are one letter
    return "".join(fold_char(piece) if i % 2 else piece.lower() for i, piece in enumerate(pieces))


def normalize(text: str) -> Normalized:
    """The text folded for matching, with each character's place in the original."""
    folded = _fold(text)
    if len(folded) == len(text):  # nothing deleted: every character stays where it was
        return Normalized(folded, range(len(text)), len(text))
    starts, shifts, pos, gone = [], [], 0, 0
    for m in _DELETED.finditer(text):
        if m.start() > pos:  # the kept characters text[pos:m.start()]
            starts.append(pos - gone)
            shifts.append(gone)
        gone += m.end() - m.start()
        pos = m.end()
    if pos < len(text):
        starts.append(pos - gone)
        shifts.append(gone)
    return Normalized(folded, runs(starts, shifts, len(folded)), len(text))


def norm(text: str) -> str:
    """Normalised form of a lexicon term or a short string (no offsets needed)."""
    return _norm_short(text) if len(text) <= 256 else _norm(text)


@lru_cache(maxsize=8192)
def _norm_short(text: str) -> str:
    """Cached: the same words, names and spans come back sentence after sentence (a source span of up to
    256 characters is normalised again by several steps of its typing)."""
    return _norm(text)


def _norm(text: str) -> str:
    return " ".join(_fold(text).split())  # runs of white space as one space, none at the ends


def norm_pattern(pattern: str) -> str:
    """Normalise the non-ASCII letters of a regular expression, so rules can be written naturally."""
    return "".join(fold_char(c) if ord(c) > 127 else c for c in pattern)


ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")
LATIN_LETTER = re.compile(r"[A-Za-z]")


def is_arabic(text: str) -> bool:
    return bool(ARABIC_LETTER.search(text))


def with_attached(noun: str, pronouns) -> list[str]:
    """An Arabic noun with each pronoun attached, its ة written ت before it: "بيانه"، "رسالتها" (a regex of the
    written word plus a pronoun would miss "رسالتها")."""
    stem = noun[:-1] + "ت" if noun.endswith("ة") else noun
    return [stem + p for p in pronouns]

"""Arabic- and English-aware normalisation that remembers where every character came from.

Matching runs on the normalised text; offsets map back to the original so that every span a
report gives points into the text the user sees.
"""
from __future__ import annotations

import re
from bisect import bisect_left
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
    offsets: Sequence[int]
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
        slice of the whole is the whole of the slice). Offsets are into the slice, and not copied."""
        offsets = self.offsets
        if isinstance(offsets, range) and offsets.start == 0 and offsets.step == 1:  # nothing deleted
            return Normalized(self.text[start:end], range(end - start), end - start)
        first, stop = bisect_left(offsets, start), bisect_left(offsets, end)
        if stop - first == end - start:  # nothing deleted in the slice
            return Normalized(self.text[first:stop], range(end - start), end - start)
        if isinstance(offsets, _Shifted):  # a view of a view: of the same offsets, shifted further
            return Normalized(self.text[first:stop], _Shifted(offsets.base, offsets.first + first,
                                                              offsets.first + stop, offsets.shift + start), end - start)
        return Normalized(self.text[first:stop], _Shifted(offsets, first, stop, start), end - start)


class _Shifted(Sequence[int]):
    """base[first:stop], each less `shift`, without copying them: the offsets of a view."""

    __slots__ = ("base", "first", "shift", "stop")

    def __init__(self, base: Sequence[int], first: int, stop: int, shift: int):
        self.base, self.first, self.stop, self.shift = base, first, stop, shift

    def __len__(self) -> int:
        return self.stop - self.first

    def __getitem__(self, i):  # type: ignore[override]
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        return self.base[self.first + i] - self.shift


def joined(parts: list[Normalized], sep: str) -> Normalized:
    """What normalize(sep.join(originals)) gives, made from the normal forms of the originals (`parts`, views
    of a text normalised once), `sep` being text that normalisation leaves as it is: the body of the kept
    lines is not folded again."""
    text = sep.join(p.text for p in parts)
    length = sum(p.original_length for p in parts) + len(sep) * max(len(parts) - 1, 0)
    if len(text) == length:  # nothing deleted: every character stays where it was
        return Normalized(text, range(length), length)
    kept: list = []
    pos = 0
    for i, part in enumerate(parts):
        if i:
            kept.append(range(pos, pos + len(sep)))
            pos += len(sep)
        offsets = part.offsets
        if len(offsets) == part.original_length:
            kept.append(range(pos, pos + len(offsets)))
        elif isinstance(offsets, _Shifted):  # the offsets of the text, read at C speed
            kept.append(map((pos - offsets.shift).__add__, offsets.base[offsets.first:offsets.stop]))
        else:
            kept.append(map(pos.__add__, offsets))
        pos += part.original_length
    return Normalized(text, tuple(chain.from_iterable(kept)), length)


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
    offsets: Sequence[int]
    if len(folded) == len(text):  # nothing deleted: every character stays where it was
        offsets = range(len(text))
    else:
        kept, pos = [], 0
        for m in _DELETED.finditer(text):
            kept.append(range(pos, m.start()))
            pos = m.end()
        kept.append(range(pos, len(text)))
        offsets = tuple(chain.from_iterable(kept))
    return Normalized(folded, offsets, len(text))


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

"""Arabic light stemming: a word without the proclitics and article glued to it (والمسؤول → مسؤول),
and the singular of a sound plural (مسؤولين → مسؤول, وزارات → وزارة).

Without a dictionary, و the conjunction cannot be told from و the first letter of وزير: a stem must
stay at least 3 letters long after the article (بالوزارة → وزارة) and at least 4 after a bare
proclitic (لوزارة → وزارة, but كتاب stays whole), and `split` says whether an article was cut, which
leaves no doubt. Works on any spelling: the proclitic letters are the same before and after
normalisation.
"""
from __future__ import annotations

import re

# [وف]? then [بكل]? then the article; ل + ال is written لل
_HEAD = re.compile(r"(?P<article>[وف]?[بكل]?ال|[وف]?لل)|[وف]?[بكل]?")
_MIN_AFTER_ARTICLE, _MIN_AFTER_PROCLITIC = 3, 4
_SOUND_PLURALS = (("ون", ""), ("ين", ""), ("ات", "ة"))  # ending, and what replaces it in the singular


def split(word: str) -> tuple[str, str, bool]:
    """(proclitics, stem, whether the proclitics end in the article), cutting the longest proclitics
    that leave a long enough stem; ("", word, False) when there are none."""
    for cut in range(min(4, len(word) - _MIN_AFTER_ARTICLE), 0, -1):
        m = _HEAD.fullmatch(word, 0, cut)
        if m and len(word) - cut >= (_MIN_AFTER_ARTICLE if m.group("article") else _MIN_AFTER_PROCLITIC):
            return word[:cut], word[cut:], bool(m.group("article"))
    return "", word, False


def stem(word: str) -> str:
    """The word without its longest proclitics, or the word itself."""
    return split(word)[1]


def singular(word: str) -> str:
    """The singular of a sound plural, or the word itself; the singular keeps at least 3 letters."""
    for ending, replacement in _SOUND_PLURALS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[:-len(ending)] + replacement
    return word

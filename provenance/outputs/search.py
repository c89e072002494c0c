"""The text the database's full-text index holds, so that Datasette's own search box finds a word
however a reader types it.

Stock Datasette hands the typed words to SQLite FTS5 as they are, and FTS5's tokenizers know nothing
of Arabic, so the work is on the indexed side: besides the text itself, each Arabic word is indexed
in the spellings a reader may type for it. That is its stem without the proclitics and article glued
to it (بالوزارة, لوزارة → وزارة; a word that may or may not start with one, like وزارة, keeps both
readings) and the singular of a sound plural (المسؤولين → مسؤول, الوزارات → وزارة), each bare and with
the article, in its own letters, folded as the audit folds them (ة → ه, ى → ي, أ إ آ → ا, ؤ → و,
ئ → ي) and with ؤ and ئ swapped. So وزارة, الوزارة, وزاره and الوزاره find every claim that says
بالوزارة or لوزارة, and مسؤول, المسؤول and مسئول every claim with المسؤولين. Diacritics and tatweel
are dropped: they would split an FTS5 token. English goes through FTS5's Porter stemmer
(`TOKENIZE`): "minister" finds "ministers".

A query typed with another proclitic glued on (والمسؤول, بالوزارة) finds the claims written that
way. Indexing every stem with و, ب, ل, لل, وال and بال as well (94% of the proclitics on the words
of 215 Arabic articles) would find them all, but it made the database nearly three times larger and
the writing twice as slow (README, "Export to SQLite and browse with Datasette").
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..normalize import fold_char, is_arabic, norm
from ..stemming import singular, split

TOKENIZE = "porter unicode61 remove_diacritics 2"
TYPED_PROCLITICS = ("", "ال")
_WORD = re.compile(r"\w+")
_HAMZA_SEATS = str.maketrans("ؤئ", "ئؤ")


def search_text(*texts: str) -> str:
    """The texts, then the other spellings of their Arabic words (each once)."""
    forms: dict[str, None] = {}
    for text in texts:
        for word in _WORD.findall(text):
            if is_arabic(word):
                forms.update(dict.fromkeys(spellings(word)))
    return "\n".join([*texts, " ".join(forms)])


@lru_cache(maxsize=1 << 16)
def spellings(word: str) -> tuple[str, ...]:
    """The spellings a reader may type for an Arabic word, besides the word as written."""
    letters = "".join(filter(fold_char, word))
    _, stem, article = split(letters)
    out = [letters, norm(letters)]
    stems = [stem] if article else [letters, stem]
    for base in dict.fromkeys([*stems, *map(singular, stems)]):
        if len(base) >= 3:
            for spelling in dict.fromkeys([base, norm(base), base.translate(_HAMZA_SEATS)]):
                out += [proclitic + spelling for proclitic in TYPED_PROCLITICS]
    return tuple(dict.fromkeys(s for s in out if s != word))

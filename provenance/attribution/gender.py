"""What an article's text has shown of its speakers' genders, so that "he" or "she" skips a last speaker whose
gender disagrees (attr.continuation.agreement).

A language that reads gender from its text gives the engine a `GenderReader` (English: lang/en_gender.py);
one that gives none (Arabic) records nothing here, so its pronouns keep the last speaker.
"""
from __future__ import annotations

from typing import Optional, Protocol

from ..models import Source
from ..normalize import norm
from .sources import Memory

FEMININE, MASCULINE = "f", "m"
_CONFLICT = ""  # a key whose evidence disagrees: unknown


class GenderReader(Protocol):
    """What a language's text shows of gender: the steps the engine asks (lang/base.py `Language.gender`)."""

    def of_pronoun(self, word: str) -> Optional[str]:
        """The gender a pronoun asks of the speaker it continues."""

    def of_span(self, text: str) -> Optional[str]:
        """The gender a source span shows by its own words."""

    def of_reported(self, after_cue: str) -> Optional[str]:
        """The gender of a pronoun opening what the speaker just named is reported to say."""

    def honorifics(self, body: str, memory: Memory) -> None:
        """Record the genders the body's forms of address show, before its sentences are read."""


def keys(source: Source) -> list[str]:
    """The keys a speaker's gender is remembered by: the whole name, and its family name alone."""
    name = norm(source.name or source.text or "")
    if not name:
        return []
    return [name, "~" + name.split()[-1].strip(".")] if " " in name else [name]


def _record(memory: Memory, key: str, gender: str) -> None:
    """Evidence both ways leaves the key unknown."""
    memory.genders[key] = gender if memory.genders.get(key, gender) == gender else _CONFLICT


def note(memory: Memory, source: Source, gender: Optional[str]) -> None:
    """Remember what the text shows of a speaker's gender, by the speaker's whole name."""
    if gender is not None:
        for key in keys(source)[:1]:
            _record(memory, key, gender)


def note_surname(memory: Memory, surname: str, gender: str) -> None:
    """"Mrs. Clinton" in the body: by the family name alone (two people of one family may share it)."""
    _record(memory, "~" + norm(surname).strip("."), gender)


def known(memory: Memory, source: Source) -> Optional[str]:
    """The speaker's remembered gender, or None."""
    for key in keys(source):
        if key in memory.genders:
            return memory.genders[key] or None
    return None


def disagrees(memory: Memory, source: Source, wanted: str) -> bool:
    found = known(memory, source)
    return found is not None and found != wanted

"""What an article's text has shown of its speakers' genders, so that "he" or "she" skips a last speaker whose
gender disagrees (attr.continuation.agreement).

A language that reads gender from its text gives the engine a `GenderReader` (English: lang/en_gender.py; Arabic,
from a verb's agreement: lang/ar_gender.py); one that gives none records nothing here, so its pronouns keep the
last speaker.
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

    def of_verb(self, cue: str) -> Optional[str]:
        """The gender a verb of speech agrees with: its dropped subject's ("وقالت"), or its subject's right after."""

    def plural_verb(self, cue: str) -> bool:
        """Whether a verb of speech agrees with a plural subject of its own ("وتحدثوا"): no one person spoke."""

    def of_span(self, text: str) -> Optional[str]:
        """The gender a source span shows by its own words."""

    def of_reported(self, after_cue: str) -> Optional[str]:
        """The gender of a pronoun opening what the speaker just named is reported to say."""

    def honorifics(self, body: str, memory: Memory) -> None:
        """Record the genders the body's forms of address show, before its sentences are read."""


def _name(source: Source) -> str:
    return norm(source.name or source.text or "")


def shared_family(memory: Memory, family: str) -> bool:
    """Whether the article names two people of one family ("Bill Clinton", "Hillary Clinton"): their first
    names differ among the names remembered so far."""
    firsts = {words[0] for _, name in memory.names.values()
              if len(words := norm(name).split()) > 1 and words[-1].strip(".") == family
              and words[0] not in memory.addresses}  # "Mrs. Clinton" is no other Clinton
    return len(firsts) > 1


def keys(memory: Memory, source: Source) -> list[str]:
    """The keys a speaker's gender is remembered by: the whole name, and its family name alone ("Mrs. Clinton"
    in the body) unless two people of the article share it."""
    name = _name(source)
    if " " not in name:
        return [name] if name else []
    family = name.split()[-1].strip(".")
    return [name] if shared_family(memory, family) else [name, "~" + family]


def _record(memory: Memory, key: str, gender: str) -> None:
    """Evidence both ways leaves the key unknown."""
    memory.genders[key] = gender if memory.genders.get(key, gender) == gender else _CONFLICT


def note(memory: Memory, source: Source, gender: Optional[str]) -> None:
    """Remember what the text shows of a speaker's gender, by the speaker's whole name."""
    name = _name(source)
    if gender is not None and name:
        _record(memory, name, gender)


def note_name(memory: Memory, name: str, gender: str) -> None:
    """"Lady Michelle Obama" in the body: by the whole name after the form of address."""
    _record(memory, norm(name), gender)


def note_surname(memory: Memory, surname: str, gender: str) -> None:
    """"Mrs. Clinton" in the body: by the family name alone, read only for a family of one person (`keys`)."""
    _record(memory, "~" + norm(surname).strip("."), gender)


def sex(memory: Memory, source: Source) -> Optional[str]:
    """The sex the gazetteer gives the known person the speaker is ("she" is not Bill Clinton): one whose rules
    name the person and whose name ends in the person's name as the gazetteer writes it ("Cruz constituent Dan
    Golvach" is not Cruz; "Kim Jong Un" ends in no family name "Un")."""
    words = _name(source).split()
    return next((found for r in source.rules if r in memory.sexes
                 for name, found in [memory.sexes[r]] if name and words[-len(name):] == name), None)


def guess(memory: Memory, source: Source, gender: str) -> None:
    """"she said" of the person named last, whose gender nothing showed (attr.continuation.agreement_named):
    taken for the next sentence only ('"...," he said' after it goes back past her), never recorded."""
    memory.guessed = dict.fromkeys(keys(memory, source), gender)


def known(memory: Memory, source: Source) -> Optional[str]:
    """The speaker's sex if a known person (a fact that outweighs a reading of the text: "Jane Sanders" gives
    the family name Sanders no gender for Bernie), else the remembered gender, or None."""
    found = sex(memory, source)
    if found is not None:
        return found
    for key in keys(memory, source):
        if key in memory.genders:
            return memory.genders[key] or None
    return next((memory.guessed[key] for key in keys(memory, source) if key in memory.guessed), None)


def given(memory: Memory, source: Source) -> Optional[str]:
    """The sex the speaker's first name tells (closed.en.gender.*_given_name: "David Axelrod", or "Axelrod" after
    him), or None: a name not in the lists, a form of address ("Mrs. Clinton" is read by `known`), a family name
    alone that two people of the article share. Weaker than `known`: read only to choose between candidates."""
    words = _name(source).split()
    if len(words) == 1:
        family = words[0].strip(".")
        recalled = memory.recall(family)
        if recalled is None or shared_family(memory, family):
            return None
        words = norm(recalled[1]).split()
        if words[-1:] != [family]:
            return None  # remembered by another word of the name: not this person's first name
    if len(words) < 2 or words[0] in memory.addresses:
        return None
    said = [w.strip(",;:()\"“”") for w in norm(source.text or "").split()]
    if words[0] in said and not any(said[i:i + 2] == words[:2] for i in range(len(said) - 1)):
        return None  # "Helena Mayor Wilmot Collins" named "Helena Wilmot Collins": a place before a title, no first name
    return memory.given_names.get(words[0])


def told(memory: Memory, source: Source) -> Optional[str]:
    """The speaker's sex as `known` gives it, failing that as the first name tells it (`given`)."""
    found = known(memory, source)
    return found if found is not None else given(memory, source)


def disagrees(memory: Memory, source: Source, wanted: str) -> bool:
    """Whether the text showed the speaker a gender other than the one a pronoun asks (unknown agrees)."""
    found = known(memory, source)
    return found is not None and found != wanted


def named_otherwise(memory: Memory, source: Source, wanted: str) -> bool:
    """Whether only the speaker's first name tells a gender, and another than the one a pronoun asks."""
    found = given(memory, source)
    return found is not None and found != wanted and known(memory, source) is None

"""English gender, read only where the text shows it (rules/en/gender.yaml): a form of address, a gendered noun
of role or kin in the speaker's own span, a pronoun opening what the speaker said. A speaker the text gives no
gender stays unknown; a first name (closed.en.gender.*_given_name) only chooses between a pronoun's candidates
(gender.given).
"""
from __future__ import annotations

import re
from typing import Optional

from ...normalize import norm
from ...rules import RuleSet
from ..gender import FEMININE, MASCULINE, note_name, note_surname
from ..sources import Memory
from ..words import as_written, closed_class, opening

_WORD = re.compile(r"[A-Za-z][A-Za-z.'\-]*")
_NAME = r"((?:[A-Z]\. |[A-Z][\w'\-]+ )*[A-Z][\w'\-]+)"  # the capitalised name after a form of address
_CLASSES = ((FEMININE, "closed.en.gender.feminine_"), (MASCULINE, "closed.en.gender.masculine_"))


class EnglishGender:
    """The gendered words of rules/en/gender.yaml, read once per rule set (the English `GenderReader`)."""

    def __init__(self, rules: RuleSet):
        self.address = {g: closed_class(rules, f"{ids}honorific") for g, ids in _CLASSES}
        # the words as read in a span, without a closing dot ("the woman.", "Mrs."), a phrase as its words
        self.words = {g: {w.rstrip(".") for w in self.address[g] | closed_class(rules, f"{ids}noun")}
                      for g, ids in _CLASSES}
        self.phrases = {g: [w.split() for w in words if " " in w] for g, words in self.words.items()}
        self.forms = {w.rstrip(".") for words in self.address.values() for w in words}
        self.addresses = frozenset().union(*self.address.values())  # never a first name (gender.shared_family)
        self.prepositions = closed_class(rules, "closed.en.preposition") \
            | closed_class(rules, "closed.en.gender.phrase_break")  # the shared prepositions and a few more
        self.pronouns = {w: g for g, ids in _CLASSES for w in closed_class(rules, f"{ids}pronoun")}
        # the reported clause opened by a subject pronoun right after the cue: "said he", "told reporters that she"
        subjects = frozenset(self.pronouns) & closed_class(rules, "closed.en.subject_pronoun")
        that = closed_class(rules, "closed.en.complementizer")
        self.reported = re.compile(rf"^\s*(?:[a-z]+\s+){{0,2}}?(?:{opening(that)}\s+)?({as_written(subjects)})\b")
        # "Mr. Trump", "Dame Judi Dench": a form of address as written before a name, capitalised
        written = frozenset(w.capitalize() for words in self.address.values() for w in words)
        self.addressed = re.compile(rf"\b({opening(written)})\s+{_NAME}")
        # known people (rules/people.yaml): id -> (name's words as written there, sex)
        self.sexes = {e.id: (norm(e.name or "").split(), e.gender) for e in rules.entries
                      if e.gender is not None and e.name}
        # the sex a given name tells (gender.given): read only to choose between a pronoun's candidates
        self.given = {w: g for g, ids in _CLASSES for w in closed_class(rules, f"{ids}given_name")}  # a dict: the built rules are pickled

    def of_pronoun(self, word: str) -> Optional[str]:
        """"he", "his" -> masculine; "she", "her" -> feminine; any other word -> None."""
        return self.pronouns.get(word.strip().lower())

    def of_verb(self, cue: str) -> Optional[str]:
        """English verbs carry no gender."""
        return None

    def plural_verb(self, cue: str) -> bool:
        """English verbs show no number a pronoun does not ("they said")."""
        return False

    def of_span(self, text: str) -> Optional[str]:
        """The gender a span shows by its own words before any preposition ("Mrs. Clinton", "his wife, Melania",
        "the woman"); None when it shows none or both."""
        written = [w.rstrip(".") for w in _WORD.findall(text)]
        words: list[Optional[str]] = []
        for i, w in enumerate(written):
            if w.lower() in self.prepositions:
                break  # "Schilling, through a spokeswoman": a noun after a preposition is someone else
            words.append(w.lower() if self._as_noun(written, i) else None)
        found = {g for g, nouns in self.words.items() for w in words if w in nouns}
        found |= {g for g, phrases in self.phrases.items() for p in phrases
                  if any(words[i:i + len(p)] == p for i in range(len(words)))}  # "first lady", not "first lady's"
        return found.pop() if len(found) == 1 else None

    def _as_noun(self, written: list[str], i: int) -> bool:
        """Whether a word is written as a noun or a form of address: in lower case, or capitalised as a title
        before a name ("Actress Diane Guerrero"); a capitalised word ending a name is the name's ("Billie Jean
        King", "Sarah Duke")."""
        w = written[i]
        return w.islower() or w.lower() in self.forms \
            or i + 1 < len(written) and written[i + 1][:1].isupper()

    def of_reported(self, after_cue: str) -> Optional[str]:
        """"Gov. Phil Bryant said he expects": a pronoun opening what a speaker named in the sentence is reported
        to say is that speaker."""
        m = self.reported.match(after_cue)
        return self.pronouns.get(m.group(1).lower()) if m else None

    def honorifics(self, body: str, memory: Memory) -> None:
        """Every "Mr. Name", "Mrs. Name", "Ms. Name" of the body: by the whole name when it has a first name
        ("Lady Michelle Obama" is no other Obama), else by the family name."""
        memory.addresses = self.addresses
        memory.sexes = self.sexes
        memory.given_names = self.given
        for m in self.addressed.finditer(body):
            word = m.group(1).lower()
            gender = next(g for g, words in self.address.items() if word in words)
            name = m.group(2)
            (note_name if " " in name else note_surname)(memory, name, gender)

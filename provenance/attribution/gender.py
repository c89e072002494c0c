"""English gender: what the text shows of a speaker's gender, and what "he" or "she" asks of the speaker
it continues.

"she told Reeves" cannot continue Gov. Phil Bryant, who "said he expects": the engine skips an earlier
speaker whose known gender disagrees, for one the text gave the gender asked for. Gender is read only
where the text shows it (rules/en/gender.yaml: forms of address, gendered nouns of role and kin, a pronoun
opening what the speaker said); a speaker the text gives no gender is left unknown, so no gender is ever
guessed from a name. (Arabic verb agreement was measured and left out: README.)
"""
from __future__ import annotations

import re
from typing import Optional

from ..models import Source
from ..normalize import norm
from ..rules import RuleSet
from .sources import Memory
from .words import closed_class

FEMININE, MASCULINE = "f", "m"
_CONFLICT = ""  # a key whose evidence disagrees: unknown
_EN_WORD = re.compile(r"[A-Za-z][A-Za-z.'\-]*")
# the reported clause opened by a pronoun right after the cue: "said he expects", "told reporters that she"
_EN_REPORTED = re.compile(r"^\s*(?:[a-z]+\s+){0,2}?(?:that\s+)?([Hh]e|[Ss]he)\b")


class Agreement:
    """The gendered words of rules/en/gender.yaml, read once per rule set."""

    def __init__(self, rules: RuleSet):
        self.en = {FEMININE: closed_class(rules, "closed.en.gender.feminine_honorific")
                   | closed_class(rules, "closed.en.gender.feminine_noun"),
                   MASCULINE: closed_class(rules, "closed.en.gender.masculine_honorific")
                   | closed_class(rules, "closed.en.gender.masculine_noun")}
        self.en_prepositions = closed_class(rules, "closed.en.gender.phrase_break")
        self.en_pronoun = {w: g for g, i in ((FEMININE, "closed.en.gender.feminine_pronoun"),
                                             (MASCULINE, "closed.en.gender.masculine_pronoun"))
                           for w in closed_class(rules, i)}

    # -- what a continuation asks ------------------------------------------------------------
    def of_pronoun(self, word: str) -> Optional[str]:
        """"he", "his" -> masculine; "she", "her" -> feminine; any other word -> None."""
        return self.en_pronoun.get(word.strip().lower())

    # -- what a span shows ---------------------------------------------------------------------
    def of_span(self, text: str) -> Optional[str]:
        """The gender an English source span shows by its own words, before any preposition: a form of
        address or a gendered noun of role or kin ("Mrs. Clinton", "his wife, Melania", "the woman"); None
        when it shows none or both, and for Arabic."""
        if not text or re.search("[\u0600-\u06ff]", text):
            return None
        words = []
        for w in _EN_WORD.findall(text):
            if w.lower() in self.en_prepositions:
                break  # "Schilling, through a spokeswoman": a noun after a preposition is someone else
            words.append(w.lower())
        found = {g for w in words for g, nouns in self.en.items() if w in nouns}
        if "first lady" in " ".join(words):
            found.add(FEMININE)
        return found.pop() if len(found) == 1 else None

    def of_reported(self, after_cue: str) -> Optional[str]:
        """"Gov. Phil Bryant said he expects": a pronoun opening what an English speaker named in the sentence
        is reported to say is that speaker."""
        m = _EN_REPORTED.match(after_cue)
        return self.en_pronoun.get(m.group(1).lower()) if m else None

    # -- the article's memory ------------------------------------------------------------------
    @staticmethod
    def keys(source: Source) -> list[str]:
        """The keys a speaker's gender is remembered by: the whole name, and its family name alone."""
        name = norm(source.name or source.text or "")
        if not name:
            return []
        return [name, "~" + name.split()[-1].strip(".")] if " " in name else [name]

    def note(self, memory: Memory, source: Source, gender: Optional[str]) -> None:
        """Remember what the text shows of a speaker's gender; evidence both ways leaves it unknown."""
        if gender is None:
            return
        for key in self.keys(source)[:1]:
            memory.genders[key] = gender if memory.genders.get(key, gender) == gender else _CONFLICT

    def note_surname(self, memory: Memory, surname: str, gender: str) -> None:
        """"Mrs. Clinton" in the body: the family name alone (two people of one family may share it)."""
        key = "~" + norm(surname).strip(".")
        memory.genders[key] = gender if memory.genders.get(key, gender) == gender else _CONFLICT

    def known(self, memory: Memory, source: Source) -> Optional[str]:
        """The speaker's remembered gender, or None."""
        for key in self.keys(source):
            if key in memory.genders:
                return memory.genders[key] or None
        return None

    def disagrees(self, memory: Memory, source: Source, wanted: str) -> bool:
        known = self.known(memory, source)
        return known is not None and known != wanted

    def honorifics(self, body: str, memory: Memory) -> None:
        """Every "Mr. Name", "Mrs. Name", "Ms. Name" of an English body, read once before its sentences."""
        for m in re.finditer(r"\b(Mrs?\.|Ms\.|Miss|Sir|Dame)\s+((?:[A-Z]\. |[A-Z][\w'\-]+ )*[A-Z][\w'\-]+)", body):
            word = m.group(1).lower()
            gender = FEMININE if word in self.en[FEMININE] else MASCULINE if word in self.en[MASCULINE] else None
            if gender is not None:
                self.note_surname(memory, m.group(2).split()[-1], gender)

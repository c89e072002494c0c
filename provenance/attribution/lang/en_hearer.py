"""A hearer described rather than named: "told Britain's ITV television station", "told conservative radio host
Hugh Hewitt", "in an interview with radio host Hugh Hewitt".

English puts the head of a noun phrase last, before any name in apposition to it: the last word in lower
case of the hearer's phrase is its head. When that head is a kind of news outlet (closed.en.medium_noun) or
the journalist of a programme (closed.en.journalist_noun), the source spoke through the media, whatever
name the typer gave the phrase; the press's own journalists (closed.en.press_noun) only when the phrase
names their medium or them. The classes are in rules/en/media.yaml.
"""
from __future__ import annotations

import re
from typing import Optional

from ...rules import RuleSet
from ..sources import Typed
from ..words import WordClasses, closed_class

_TOKEN = re.compile(r"''.+?''|[\"“][^\"”]+[\"”]|\S+")  # a title in quotation marks is one token
_EDGES = "\"'“”‘’,.;:!?()"
_POSSESSIVE = re.compile(r"['’]s?$")


class DescribedHearer:
    """The media relay a hearer's phrase describes, read from the classes of rules/en/media.yaml."""

    def __init__(self, rules: RuleSet, words: WordClasses):
        self.medium = closed_class(rules, "closed.en.medium_noun")
        self.journalist = closed_class(rules, "closed.en.journalist_noun")
        self.press = closed_class(rules, "closed.en.press_noun")
        self.own = closed_class(rules, "closed.en.own_outlet")
        self.ends = closed_class(rules, "closed.en.hearer_end") | words.prepositions | words.back_stop
        self.determiners = words.noun_markers

    def relay(self, evidence: str, told_words: int) -> Optional[tuple[Typed, str]]:
        """The relay and its evidence (the verb and the hearer's phrase) when `evidence`, a verb of telling of
        `told_words` words and what follows it, describes an outlet or a journalist; None otherwise."""
        tokens = list(_TOKEN.finditer(evidence))[told_words:]
        if not tokens or tokens[0].group().lower() in self.own:
            return None  # "told this newspaper", "told his hosts"
        head, end, named_after, modifiers = None, None, False, []
        for t in tokens:
            word = _POSSESSIVE.sub("", t.group().strip(_EDGES))
            lower = word.lower()
            if lower in self.determiners and head is None:
                continue
            if lower in self.determiners or lower in self.ends or not word:
                break
            written_lower = word[:1].islower()
            if not written_lower and not (lower in self.medium and head is None):
                named_after = head is not None  # "host Hugh Hewitt", "station BFMTV"; before the head, a modifier
                if head is None:
                    modifiers.append(word)  # "a Politico reporter": as written, a name
                end = t.end()
                continue
            if named_after:
                break  # "told host Sean Hannity a Clinton loss": a word after the name opens what was said
            if head is not None:
                modifiers.append(head)
            head, end = lower, t.end()
        rule = self._rule(head, modifiers, named_after) if head is not None else None
        if rule is None or end is None:
            return None
        said = evidence[:end].strip(",.;: ")
        name = " ".join(t.group() for t in tokens if t.end() <= end).strip(_EDGES + " ")
        return Typed("media", name=name, rules=[rule]), said

    def _rule(self, head: str, modifiers: list[str], named_after: bool) -> Optional[str]:
        if head in self.medium:
            return "closed.en.medium_noun"
        if head in self.journalist:
            return "closed.en.journalist_noun"
        if head in self.press and (named_after or any(m in self.medium or not m.islower() for m in modifiers)):
            return "closed.en.press_noun"
        return None

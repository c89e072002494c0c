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
        self.shared = closed_class(rules, "closed.en.shared_medium_noun")  # "a trade show", "Saudi hosts"
        self.of_media = self.medium | closed_class(rules, "closed.en.medium_modifier")  # "talk show", "radio host"
        self.on_medium = closed_class(rules, "closed.en.medium_preposition")  # "the hosts on WEEI"
        self.times = closed_class(rules, "src.time.en")  # "the hosts on Monday": a day, no outlet
        self.complement = closed_class(rules, "closed.en.head_complement")  # "the network of volunteers"
        self.definite = closed_class(rules, "closed.en.definite_article")  # "he told the show": named before
        self.own = closed_class(rules, "closed.en.own_outlet")
        self.ends = closed_class(rules, "closed.en.hearer_end") | words.prepositions | words.back_stop
        self.determiners = words.noun_markers

    def relay(self, evidence: str, told_words: int) -> Optional[tuple[Typed, str]]:
        """The relay and its evidence (the verb and the hearer's phrase) when `evidence`, a verb of telling of
        `told_words` words and what follows it, describes an outlet or a journalist; None otherwise."""
        every = list(_TOKEN.finditer(evidence))
        tokens = every[told_words:]
        if not tokens or tokens[0].group().lower() in self.own:
            return None  # "told this newspaper", "told his hosts"
        head, end, named_after, modifiers, stop = None, None, False, [], None
        article = every[told_words - 1].group().lower() if 0 < told_words <= len(every) else ""  # "told the"
        for i, t in enumerate(tokens):
            word = _POSSESSIVE.sub("", t.group().strip(_EDGES))
            lower = word.lower()
            if lower in self.determiners and head is None:
                article = lower
                continue
            if lower in self.determiners or lower in self.ends or not word:
                stop = i
                break
            if not word[:1].islower():  # a name, never the head: "Network Rail"
                named_after = head is not None  # "host Hugh Hewitt", "station BFMTV"; before the head, a modifier
                if head is None:
                    modifiers.append(word)  # "a Politico reporter": as written, a name
                end = t.end()
            elif named_after:
                break  # "told host Sean Hannity a Clinton loss": a word after the name opens what was said
            else:
                if head is not None:
                    modifiers.append(head)
                head, end = lower, t.end()
            if t.group().rstrip(_EDGES.replace(",", "")).endswith(","):
                break  # "told the summit host, Chinese President Xi Jinping,": an aside names someone else
        if head is None:
            return None
        rules = self._rules(head, modifiers, named_after) if head not in self.shared or \
            self._shown(tokens, stop, modifiers, named_after, article) else None
        if rules is None:
            return None
        said = evidence[:end].strip(",.;: ")
        name = " ".join(t.group() for t in tokens if t.end() <= end).strip(_EDGES + " ")
        return Typed("media", name=name, rules=rules), said

    def _shown(self, tokens: list[re.Match], stop: Optional[int], modifiers: list[str], named_after: bool,
               article: str) -> bool:
        """Whether a head the media share with others is theirs here (closed.en.shared_medium_noun): a word of
        the media before it ("talk show", "talk-radio host"), a name right after it ("host Sean Hannity"; after
        a comma, an aside names someone else: "the summit host, Chinese President Xi Jinping,"), the outlet
        after "on" ("the hosts on WEEI"; not a day: "on Monday"), or bare after "the", taken to point back to an
        outlet the article named ("he told the show"; not "the network of volunteers"), which is not checked: the
        hearer step sees the sentence only."""
        if named_after or any(p in self.of_media for m in modifiers for p in m.lower().split("-")):
            return True
        ending = tokens[stop].group().lower() if stop is not None else ""
        if ending in self.on_medium:
            after = tokens[stop + 1].group().strip(_EDGES) if stop + 1 < len(tokens) else ""
            return after[:1].isupper() and after.lower() not in self.times
        return not modifiers and article in self.definite and ending not in self.complement

    def _rules(self, head: str, modifiers: list[str], named_after: bool) -> Optional[list[str]]:
        """The classes that make the phrase's head an outlet or one of its journalists, or None: the press's
        own journalists only with their medium or their name ("a TV reporter"; "told a reporter" is the
        article's own)."""
        shared = ["closed.en.shared_medium_noun"] if head in self.shared else []
        if head in self.medium:
            return ["closed.en.medium_noun", *shared]
        if head in self.journalist:
            return ["closed.en.journalist_noun", *shared]
        if head in self.press and (named_after or any(m in self.medium or not m.islower() for m in modifiers)):
            return ["closed.en.press_noun"]
        return None

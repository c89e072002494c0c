"""Arabic gender, read from agreement (rules/ar/gender.yaml): a verb of speech whose subject was dropped
("وقالت"، "وأضاف") carries the gender of the speaker it continues in its morphology; a speaker shows a gender by
the head of its span (a title of office or a noun of kin in its feminine or masculine form, a given name) or by
the verb of speech right before it ("وتقول أشواق"). Bodies, feminine in grammar, are never given a sex.
"""
from __future__ import annotations

from typing import Optional

from ...normalize import norm
from ...rules import SPEECH_FAMILIES, RuleSet
from ..gender import FEMININE, MASCULINE
from ..sources import Memory
from ..words import closed_class

_PLURAL = ("ون", "ان", "وا", "ا")  # "يقولون"، "قالا"، "تقولان": a plural or a dual, no one person's verb
_MASCULINE_PLURAL = ("ون", "وا")  # "يقولون"، "قالوا": the endings no singular verb of speech has


class ArabicGender:
    """The Arabic `GenderReader`: the verbs of speech of verbs.yaml, the feminine titles of titles.yaml, the
    nouns of gender.yaml and the given names of given_names.yaml, read once per rule set."""

    def __init__(self, rules: RuleSet, proclitics: frozenset[str]):
        self.proclitics = proclitics  # و، ف: "وقالت" is قالت
        self.verbs = frozenset(norm(t) for e in rules.entries if e.lang == "ar" and e.family in SPEECH_FAMILIES
                               for t in e.all_terms() if " " not in t)
        # a title with a feminine (+ة) is masculine without it: وزير، وزيرة
        # (but where the +ة is another word: مؤسس، مؤسسة an institution; LexiconEntry.other_words)
        titles = [e for e in rules.entries if e.lang == "ar" and e.feminine and e.id.startswith("title.ar.")]
        masculine = {norm(t) for e in titles for t in e.terms if " " not in t and not t.endswith(("ة", "ه", "ا", "ى", "ي"))}
        feminine = {norm(e.feminine_of(t)) for e in titles for t in e.terms if e.feminine_of(t)}
        self.nouns = {MASCULINE: masculine | closed_class(rules, "closed.ar.gender.masculine_noun"),
                      FEMININE: feminine | closed_class(rules, "closed.ar.gender.feminine_noun")}
        self.feminine_mark = next(iter(closed_class(rules, "closed.ar.gender.feminine_verb_mark")))  # ت
        male, female = closed_class(rules, "names.ar.given_male"), closed_class(rules, "names.ar.given_female")
        self.names = {MASCULINE: male - female, FEMININE: female - male}

    def of_pronoun(self, word: str) -> Optional[str]:
        """Arabic drops its subject pronoun into the verb (`of_verb`); a pronoun written out asks nothing here."""
        return None

    def of_verb(self, cue: str) -> Optional[str]:
        """The gender a verb of speech agrees with: feminine for the stem + ت ("قالت") or ت for ي ("تقول"),
        masculine for the stem itself ("قال", "أضاف") or ي ("يقول"); None for more than one word (a verb further in
        its sentence may have a subject unread), another word, a plural or a dual."""
        words = norm(cue).split()
        if len(words) != 1:
            return None
        word = words[0]
        forms = [word] + [word[len(p):] for p in self.proclitics if word.startswith(p) and len(word) > len(p) + 2]
        found = {g for w in forms if w in self.verbs and not w.endswith(_PLURAL)
                 for g in [self._verb_gender(w)] if g is not None}
        return found.pop() if len(found) == 1 else None

    def plural_verb(self, cue: str) -> bool:
        """Whether the verb of speech opening a cue is in the masculine plural ("وتحدثوا عن"، "ويقولون"): its dropped
        subject is a group, never one person merely named before (review 1 of session 34, finding 12)."""
        words = norm(cue).split()[:1]
        forms = [*words, *(w[len(p):] for w in words for p in self.proclitics if w.startswith(p))]
        return any(w in self.verbs and w.endswith(_MASCULINE_PLURAL) for w in forms)

    def feminine_past(self, verb: str) -> bool:
        """Whether a verb of any act, no lexicon's, is a past in the feminine (closed.ar.gender.feminine_verb_mark:
        "وحددت"، "دعت"): the mark at its end, more than three letters long (not a root's, "ثبت")."""
        return verb.endswith(self.feminine_mark) and len(verb) > 3

    def masculine_form(self, verb: str) -> bool:
        """Whether a verb, read without its conjunction, carries the feminine mark neither at its opening (the
        present, "تدعو") nor at its end (the past, "دعت"): "دعا"، "يدعو"."""
        return not verb.startswith(self.feminine_mark) and not verb.endswith(self.feminine_mark)

    def _verb_gender(self, w: str) -> Optional[str]:
        if w.endswith("ت") and w[:-1] in self.verbs or w.startswith("ت") and "ي" + w[1:] in self.verbs:
            return FEMININE
        if w.startswith("ي") or w + "ت" in self.verbs:
            return MASCULINE
        return None

    def of_span(self, text: str) -> Optional[str]:
        """The gender of a span's head word: a title, a noun of kin or person ("والد أشواق", "المتحدثة باسم"),
        else a given name ("نبيلة حمزة")."""
        words = norm(text).split()
        if not words:
            return None
        head = words[0].strip("،,\"«»")
        found = {g for g, nouns in self.nouns.items() if head in nouns or head.startswith("ال") and head[2:] in nouns}
        found = found or {g for g, names in self.names.items() if head in names}
        return found.pop() if len(found) == 1 else None

    def of_reported(self, after_cue: str) -> Optional[str]:
        """Arabic reports with أن and an attached pronoun, which `of_verb` already covers: nothing read here."""
        return None

    def honorifics(self, body: str, memory: Memory) -> None:
        """Arabic has no forms of address that mark a sex apart from the nouns of `of_span`."""

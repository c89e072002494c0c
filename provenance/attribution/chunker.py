"""Which words of an Arabic source span can be a person's name, read with closed word classes.

Arabic has no capital letters, so a name is told from what it is not: a word of a closed class
(preposition, particle, adverb, pronoun, a noun of what is said: provenance/rules/ar/closed.yaml), a
word of a lexicon (titles, nouns of officials, countries and their adjectives), a verb of speech, a
word with an object or possessive pronoun attached (كلمته، تعبيره، بلادها) or a word after a
preposition clitic (بالإضافة، للحكومة). A name is one contiguous run of the other words, opened by a
word without the article (باراك أوباما; بشار الأسد, where the article word follows the first name).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple, Optional

from ..lexicon import split_words
from ..normalize import norm
from .words import opening

# an attached pronoun on the ORIGINAL spelling: ta marbuta (ة) is a feminine noun, ه a pronoun
# (a lone final ه may be a name's ة written as ه, "ساره": a pronoun only after و or ي, or in a word of five
# letters or more, "بلاده"، "مزاجه";
# "our" after ن or ت: ديننا، حكومتنا, not دانا)
_ATTACHED = re.compile(r"(?:ته|تها|تهم|تهما|ها|هم|هما|هن|كم|كما)$|[وي]ه$|^.{4,}(?<![لاه])ه$|^.{2,}(?:ننا|تنا)$")
ACCUSATIVE = re.compile(r"\S{2,}[^\sاي]ا$")  # the tanween of an indefinite accusative as normalised: ضباطا، شخصا
_TANWEEN = re.compile("[\u064b-\u064d]")  # "تفاعلاً"، "سريعاً": an indefinite noun or adverb, never a name
MARKS = re.compile(r"[\u064b-\u0652\u0640]")  # diacritics and tatweel, for the suffix test
_WORD_SPLIT = re.compile(r"([^\s\W_]+)")  # the words of a normalised body, without the punctuation around them


class ArabicWord(NamedTuple):
    excluded: bool  # never part of a name
    article: bool  # opens with the article: a family name after a first name (الأسد), never first
    link: bool  # عبد, أبو, بن ...: the next word belongs to the name


_FIRST_NAME = ArabicWord(False, False, False)


class ArabicNames:
    """Name runs of Arabic spans; `excluded` is the set of normalised words that are never a name."""

    def __init__(self, excluded: frozenset[str], nouns: frozenset[str], honorifics: frozenset[str],
                 links: frozenset[str], clitics: tuple[str, ...], verbal_noun: Optional[re.Pattern] = None,
                 closed: frozenset[str] = frozenset(), proclitics: tuple[frozenset[str], frozenset[str]] = (
                     frozenset(), frozenset()), final_ha: frozenset[str] = frozenset(),
                 particles: frozenset[str] = frozenset(), people: frozenset[str] = frozenset(),
                 complementizers: frozenset[str] = frozenset()):
        self.excluded = excluded
        self.closed = closed  # closed-class words (كل، هذا، ذلك): behind ب، ل or ك still no name ("بكل وضوح")
        self.honorifics = honorifics  # "الدكتور", "المهندس": before a name, even one that opens the span
        self.links = links  # عبد, أبو, بن (closed.ar.name_link): the word after them is part of the name
        self.clitics = clitics  # بال, لل (closed.ar.preposition_clitic): a word that opens with one is no name
        self.nouns = nouns  # lexicon nouns, also excluded behind a preposition clitic: لحلف، بوزارة
        self.verbal_noun = verbal_noun  # the shape of a verbal noun: after a name's first word, the object
        # the conjunctions and the prepositions written onto a word (closed.ar.conjunction_proclitic,
        # closed.ar.preposition_proclitic): "وكل"، "بكل" are closed words still
        self.conjunctions, self.prepositions = proclitics
        self._conjunction = re.compile("^" + opening(self.conjunctions) + "(?=...)")  # before three letters or more
        self.final_ha = final_ha  # "الله": its ه is no pronoun (closed.ar.final_ha_name)
        self.particles = particles  # فان، دي، دا (closed.ar.name_particle): inside a name, before its next word
        self.homographs = particles & complementizers  # فان, also فإن written without its hamza
        # the gazetteer's people (known_official) by their words: the last one ends a name ("لافروف"), and a pair
        # of words says which join ("ستافان دي"، "دي ميستورا")
        self.person_ends = frozenset(t.split()[-1] for t in people)
        self.person_pairs = frozenset(p for t in people for p in zip(t.split(), t.split()[1:]))
        self.word = lru_cache(maxsize=16384)(self._read)

    def _read(self, token: str) -> ArabicWord:
        n = norm(token).strip(".")
        bare = self._conjunction.sub("", n)
        plain = MARKS.sub("", token)
        link = n in self.links
        excluded = not link and (not n or n in self.excluded or bare in self.excluded or any(map(str.isdigit, n))
                    or n[:1] in self.conjunctions and n[1:] in self.excluded  # "وكل"، "ولكل": a short closed word
                    or _TANWEEN.search(token) is not None
                    or bare[:1] in self.prepositions and (bare[1:] in self.nouns or bare[1:] in self.closed)  # "بكل"
                    or any(n.startswith(c) and len(n) - len(c) >= 3 for c in self.clitics)  # not فالتر
                    or len(n) < 3 and n not in self.links
                    or len(plain) >= 4 and _ATTACHED.search(plain) is not None and n not in self.final_ha
                    or len(n) >= 5 and n.endswith(("يون", "يين")))  # a nisba plural: أمنيون، تربويين
        return ArabicWord(excluded, bare.startswith("ال") and not link, link)  # "والعمرة" too

    def _bare(self, n: str) -> str:
        """A normalised word without the conjunction and the preposition clitic before it."""
        if len(n) >= 4 and n[0] in self.conjunctions:  # self._conjunction, without a regex call
            n = n[1:]
        return n[1:] if n[:1] in self.prepositions and len(n) > 3 else n

    def bare(self, token: str) -> str:
        """A word as `first_seen` indexes it: normalised, without the conjunction and preposition before it
        ("ولتيموشينكو" is تيموشينكو), so that a name is met again whatever clitics it carries."""
        return self._bare(norm(token).strip("."))

    def unlinked(self, word: str) -> Optional[str]:
        """A name written as one word with its link ("أبوزيد"، "عبدالرحمن") in two words, or None."""
        bare = self.bare(word)
        link = next((k for k in self.links if len(k) > 2 and bare.startswith(k) and len(bare) - len(k) >= 3), None)
        return f"{link} {bare[len(link):]}" if link is not None else None

    def first_seen(self, nb) -> dict[str, int]:
        """Each word of a normalised body (`nb`), bare and without the article, and each name of a link and a
        word also written as one ("أبو زيد" as أبوزيد), with the offset in the original body where it first occurs: one pass, so that
        whether a word was met before a sentence is a look-up."""
        seen: dict[str, int] = {}
        bare: dict[str, str] = {}  # a body repeats its words: each read once, its keys already in `seen`
        offsets, previous = nb.offsets, ""
        for found, start in zip(*split_words(nb.text, _WORD_SPLIT)):
            word = bare.get(found)
            if word is None:
                word = bare[found] = self._bare(found)
                for key in ([word, word[2:]] if word.startswith("ال") else [word]):  # "عمر السومه"، later "سومه"
                    if key not in seen:
                        seen[key] = offsets[start]  # nb.span's start
            if previous in self.links and len(previous) > 2 and previous + word not in seen:
                seen[previous + word] = offsets[start]
            previous = word
        return seen

    def run(self, tokens: list[str], leading: bool = False, opens: int = -1) -> list[str]:
        """The first contiguous run of name words: it opens on a word without the article and ends at
        the first word that cannot be part of a name. With `leading`, the run must open the span: a
        name after another noun ("إيران تهديدات مباشرة") is that verb's object, not its subject. The
        token at `opens` is a name's first word whatever else it can be (a given name the grammar puts there)."""
        out: list[str] = []
        for i, tok in enumerate(tokens):
            word = _FIRST_NAME if i == opens else self.word(tok)
            linked = bool(out) and self.word(out[-1]).link
            if out and not linked and self.verbal_noun is not None and self.verbal_noun.fullmatch(norm(tok).strip(".,،")):
                break  # "نتنياهو إلغاء الاتفاق": the verb's object, not the rest of the name
            if word.excluded and not linked and not (out and self._particle(tokens, i)):
                if out or leading and norm(tok) not in self.honorifics:
                    break
                continue
            if word.article and not out:
                if leading:
                    break
                continue  # "الحكومة", "المتحدث": a noun, not a name; a name never opens with the article
            out.append(tok.strip(".,،"))
        while out and self.word(out[-1]).link:
            out.pop()  # a run that ends on "أبو" has lost its name
        return out

    def _particle(self, tokens: list[str], i: int) -> bool:
        """Whether the token at `i`, after a name's word, is a family name's particle (closed.ar.name_particle)
        followed by a word that can be a name: "رونالد فان هورميرن"، "لويجي دي مايو". Not "فان" before a noun
        with the article, a closed word, a known noun or an indefinite accusative, where it is فإن ("محمد فان
        الحكومة"، "خالد فان قرارا"); not before a noun in "دي" (Egyptian "this": "أحمد دي حاجة"); and not
        after a gazetteer person's last word or before the particle and word that open another's name, where a
        verb's subject meets its object ("أبلغ لافروف دي ميستورا"), unless the gazetteer joins them
        ("ستافان دي ميستورا")."""
        particle = norm(tokens[i])
        if particle not in self.particles or i + 1 >= len(tokens) or i == 0:
            return False
        after = self.word(tokens[i + 1])
        following = norm(tokens[i + 1]).strip(".,،")
        before = norm(tokens[i - 1]).strip(".,،")
        if after.excluded or after.article or following in self.nouns or tokens[i + 1].strip(".,،").endswith("ة") \
                or particle in self.homographs and (ACCUSATIVE.fullmatch(following) or _TANWEEN.search(tokens[i + 1])) \
                or self.verbal_noun is not None and self.verbal_noun.fullmatch(following):
            return False
        return (before, particle) in self.person_pairs or before not in self.person_ends \
            and (particle, following) not in self.person_pairs

    def last_run(self, tokens: list[str]) -> list[str]:
        """The last run of name words: after a title and the body it heads, the name comes last
        ("نائب المشرف العام على مجمع الأمل الدكتور سليمان الزايد")."""
        runs, i = [], 0
        while i < len(tokens):
            found = self.run(tokens[i:], leading=True)
            if found:
                runs.append(found)
                i += len(found)
            else:
                i += 1
        return runs[-1] if runs else []

"""Arabic subjects: verb-first, the subject after the verb up to a boundary, or before it in a clause.

Arabic is verb-first: the subject follows the verb up to a boundary ("وقال وزير الخارجية ... إن"), with
a role or a name after a comma ("خليل الحية، عضو المكتب السياسي،"); or it stands between a clause start
and the verb, or between كان and قد. The forward walk steps over a day ("أعلن الثلاثاء رئيس الوزراء") and
stops at a particle or at an outlet after ل, the hearer.
"""
from __future__ import annotations

import re
from itertools import islice
from typing import Callable, Iterator, Optional

from ...lexicon import Hit
from ...rules import SPEECH_FAMILIES, RuleSet
from ..chunker import ACCUSATIVE as _ACCUSATIVE, MARKS
from ..reading import Reading
from ..sources import SourceTyper
from ..subjects import STOP_PUNCT, WORD, SubjectFinder, last_place, window, word_count, words_before
from ..words import closed_class, entry_patterns, opening, written_class

_LAM_QUOTE = re.compile(r"^ل[\"«“'(]?")  # ل before a name, with its quotation mark
_APPOSITION = re.compile(r"\s*[،,]\s*")
# an outlet's name in quotation marks after ل, the hearer ("وأوضح ل»الرياض» أمين الاحساء"); what was said after it
# (أن, a colon, a quotation) leaves the subject dropped ("وأضاف لـ"سكاي نيوز عربية" أن")
_QUOTED_HEARER = re.compile(r'\s*ل\s?"[^"]{2,30}"\s*')
_FINAL_HA = re.compile(r"(?<=\S\S\S)ه(?!\S)")  # a word's final ه, in the normalised text a ة as well
_RELATIVE_AFTER_COMMA = re.compile(r"\s*(?:[،,]\s*|\()(\S+)")  # "مكين، الذي تعرض"، "مكين (الذي تعرض": a clause on the subject
_DEFINITE = re.compile(r"^[وف]?ال")  # the article, after a conjunction
# an adjective's shape, never a noun that opens the object: a relation (nisba: السعودية، الدولية، العسكريين) or a
# participle (المعارضة، المتحدة)
_NISBA = re.compile(r"^[وف]?\S{3,}(?:ي|يه|يون|يين|يات|يتان|يتين|يان)$")
_ADJECTIVE = re.compile(r"^[وف]?الم\S*$|" + _NISBA.pattern)
_BODY_LEXICONS = ("org_noun", "authority", "document_noun", "anonymous_noun")
_BODY_HEADS = ("org_noun", "authority", "media_generic")  # a body or the press heading a subject, which no name follows
# a body, the press or a document heading a subject: an indefinite word after its definite word opens the object
# ("وأظهر تحليل العينات وجود غازات"، "وأظهرت الدراسة وجود")
_DOCUMENT_HEADS = ("document_noun",)
_OBJECT_HEADS = (*_BODY_HEADS, *_DOCUMENT_HEADS)
_PERSON_LEXICONS = ("role", "person_role", "spokesperson")
_VERB_COMPLEMENT = "closed.ar.verb_complement"
_SUBJECT_CLOSE = "closed.ar.subject_close"
_QUOTE_OPENERS = ('"', "«")  # a quotation opening after a verbal noun: 'بإنفاق "أكثر قليلا"'
_SPEAKER_LEXICONS = ("role", "person_role", "spokesperson", "org_noun", "authority")
# the nouns of a speaker, a body or the press, whose name a bracket after them holds ("صحيفة (الرياض)"): no dateline
_NAMED_IN_BRACKETS = tuple(dict.fromkeys((*_SPEAKER_LEXICONS, *_BODY_LEXICONS, *_BODY_HEADS)))
# a name in quotation marks or brackets after a noun of the subject ("وكانت صحيفة "نيويورك تايمز" أوردت"،
# "بيد أن موظفا سابقا في (سامو) قال"، "اللاعب (الدولي) المعتزل سعيد العويران يشير"): no boundary; Arabic
# news writes a name or a word of a title within either
_QUOTED_NAME = re.compile(r'(?<=\S\s)(?:"[^"\s]+(?:\s[^"\s]+){0,3}"|\([^()\s]+(?:\s[^()\s]+){0,3}\))(?!\S)')
# the passive as written: a damma on the verb's first letter (يُتّهم، تُتهم، أُتهم) or on the ت of اتُّهم
_PASSIVE_MARK = re.compile("^(?:[وف][\u064b-\u0652]*)?(?:[يتأا]\u0651?\u064f|[اأ][\u064b-\u0652]*ت\u0651?\u064f)")
_CHARGE_REACH = 14  # words between a verb of charging and the ب of what it charges
_COMPLEMENT_REACH = 12  # words read past a title's span for its complement and the holder's name after it


class ArabicSubjects(SubjectFinder):
    def __init__(self, rules: RuleSet, typer: SourceTyper):
        super().__init__(rules, typer)
        # an Arabic particle ends a subject that follows its verb ("مسؤول لم يشأ كشف هويته")
        self.particles = closed_class(rules, "closed.ar.particle")
        # a word without the conjunction written onto it (closed.ar.conjunction_proclitic: و، ف); a verb keeps
        # three letters
        self.conjunctions = self.words.conjunction_proclitics
        self.unjoined = re.compile("^" + opening(self.conjunctions))
        self.unjoined_verb = re.compile("^" + opening(self.conjunctions) + r"(?=\S{3})")
        kana = opening(self.words.kana)  # كان، كانت، كانوا (closed.ar.kana): the subject stands after it
        # an adverbial of up to five words may open the sentence before كان ("وفي التماس سابق كانت اللجنة ذاتها
        # اعتبرت"، "من جانبه كان نائب رئيس الاتحاد ... قد طالب"): a preposition (closed.ar.opening_preposition) and
        # words that open no clause of their own (a relative, a complementizer, a subordinator or كان: "وفي الوقت الذي
        # كان"، "وبعد أن كان" are side clauses, whose كان is not the sentence's)
        clause_word = opening(closed_class(rules, "closed.ar.relative"), self.words.complementizers,
                              self.words.subordinators, self.words.kana)
        word = r"(?!" + clause_word + r"(?![^\s،,]))[^\s،,.:؛\"«»]+"
        # كان stands apart from the adverbial's last word: not the end of "المكان"، "السكان"، "الأركان"
        adverbial = r"(?:[وف]?" + opening(self.words.opening_prepositions) + r"\s+(?:" + word + r"\s+){0,4}?" \
            + word + r"(?:\s*[،,])?\s+)?"
        self.kana = re.compile(r"^" + adverbial + r"(و?" + kana + r")\s")
        self.clause_lead = re.compile(r"\s*(?:(?:" + opening(self.words.clause_leads) + "|و?" + kana + r")\s+)?")
        self.qad = [f" {w} " for w in sorted(self.words.kana_qad)]  # "وكان الوزير قد قال"
        # "أما مندوب الكويت فأعلن": the topic, then its verb after ف (closed.ar.amma, closed.ar.amma_answer)
        self.amma = re.compile(r"^\W*" + opening(self.words.amma) + r"\s+")
        # a parenthesis on the holder before what it judges: "وتعتبر نبيلة، وهي من مؤسسي الجمعية، أن"
        self.aside = re.compile(r"\s*(?:[،,]\s*" + opening(self.words.aside_pronouns) + r"\s[^،,.:؛]{0,120}[،,])?\s*")
        # a clause opens after a complementizer (أن، لأن: a subject before its verb stands after it); a hearer in
        # quotation marks before what was said (أن، بأنه) is no subject
        self.complementizer = re.compile(r"(?<!\S)" + opening(self.words.clause_complementizers) + r"(?!\S)")
        self.said_next = re.compile(opening(self.words.said_complementizers) + r'(?!\S)|[:"،,.]')
        self.relatives = closed_class(rules, "closed.ar.relative")
        # is the verb a singular relative agrees with feminine (_relative_cut)
        self.relative_feminine = {**dict.fromkeys(closed_class(rules, "closed.ar.relative.masculine"), False),
                                  **dict.fromkeys(closed_class(rules, "closed.ar.relative.feminine"), True)}
        self.negated = closed_class(rules, "closed.ar.negation_reported")  # "ولم" is no subject
        # the name after a title's comma ends at a dash or at what was said as at a second comma
        self.appositive_close = closed_class(rules, "closed.ar.appositive_close") | self.words.complementizers
        self.sentence_adverbs = closed_class(rules, "closed.ar.sentence_adverb")  # "المصادر أيضا": the subject ends
        self.text_links = closed_class(rules, "closed.ar.text_link")  # "القانون في السعودية"
        self.press_light = closed_class(rules, "closed.ar.press_light")  # "سلطت وكالة رويترز الضوء"
        self.verbs = frozenset().union(*(rules.terms(f) for f in SPEECH_FAMILIES))
        # an object pronoun as written (closed.ar.object_pronoun): a lone ه only after ت، ء or ؤ, where it is no
        # feminine ة nor the end of a name ("سعادته"، "زملاءه"; not "عبدربه")
        suffixes = sorted(closed_class(rules, "closed.ar.object_pronoun"), key=len, reverse=True)
        self.object_pronoun = re.compile(r"\S{2,}(?:" + "|".join(s for s in suffixes if len(s) > 1) + r"|(?<=[تءؤ])ه)$")
        self.closed = typer.arabic_names.closed  # "نفسه"، "بدوره"، "عليها": closed words, no object
        # a word joined to a conjunction or a preposition (closed.ar.*_proclitic), or a quotation: never a verb's object
        self.joined = re.compile(opening(self.words.conjunction_proclitics) + r"\S{3}|"
                                 + opening(self.words.preposition_proclitics) + r'|["«]')
        self.footage = closed_class(rules, "closed.ar.footage")  # صور، لقطات، مقاطع: an object after a body
        # states and capitals by name, feminine but for closed.ar.masculine_country
        masculine = closed_class(rules, "closed.ar.masculine_country")
        self.states = frozenset(s for s in typer.arabic.states if not s.isascii())  # ar_sources.py's, in Arabic
        self.feminine_states = self.states - masculine
        self.charge_verbs = closed_class(rules, "closed.ar.charge_verb")  # "اتهم X بـ": passive with one noun phrase
        self.charge_complement = entry_patterns(rules, "closed.ar.charge_complement")
        self.verb_complement = entry_patterns(rules, _VERB_COMPLEMENT)  # "تقارير بانضمام"
        # ب (closed.ar.verb_complement.lead), the longest lead first where one opens another
        self.verb_complement_leads = tuple(sorted(closed_class(rules, "closed.ar.verb_complement.lead"), key=len,
                                                  reverse=True))
        self.verb_complement_written = tuple(written_class(rules, "closed.ar.verb_complement.written"))  # بإ
        self.subject_marks = closed_class(rules, _SUBJECT_CLOSE)  # "الرئيس الأمريكي،"
        self.subject_close = "".join(sorted(self.subject_marks)) + " "  # trimmed with the spaces around them
        self.pronouns = closed_class(rules, "closed.ar.pronoun")  # "هذه المرأة": a demonstrative opens a noun phrase
        # a word after و or ف that is a word of its own, so that the letter is the conjunction (_conjoined)
        self.given_names = rules.terms("given_name")
        self.joinable = frozenset(typer.lexicon_words | self.states | self.given_names)
        self.title_complement = closed_class(rules, "closed.ar.title_complement")  # ب، ل: "مدير ... بفرع الهيئة"

    def steps_over(self, tok: str) -> bool:
        """Also a day between the verb and its subject: "أعلن الثلاثاء رئيس الوزراء"."""
        return super().steps_over(tok) or self.typer.is_time_word(tok)

    def after(self, n: str, pos: int, stop_at_boundary: bool = True, governed: bool = False) -> tuple[int, int]:
        """Also past a hearer named in quotation marks right after the verb, when the subject follows it
        ("وأوضح ل»الرياض» أمين الاحساء"، "صرح لـ«الوئام»المتحدث الرسمي"), and past a title's complement to
        its holder's name (complement_name)."""
        hearer = _QUOTED_HEARER.match(n, pos)
        if hearer is not None and hearer.end() < len(n) and not self.said_next.match(n, hearer.end()):
            pos = hearer.end()
        span = super().after(n, pos, stop_at_boundary, governed)
        end = self.complement_name(n, span)
        return (span[0], end) if end is not None else span

    def quoted_end(self, n: str, end: int) -> int:
        """Past the adjectives that qualify an outlet after its quoted name, whose it is and what (words.
        outlet_qualifiers, closed.ar.outlet_qualifier: 'تلفزيون "نوش" الرسمي الهولندي' is the state's); the first
        other word or mark ends it."""
        for m in WORD.finditer(n, end):
            word = m.group()
            bare = word.rstrip("،,.:;؛")
            if n[end:m.start()].strip() or bare not in self.words.outlet_qualifiers:
                break
            end = m.start() + len(bare)
            if bare != word:
                break
        return end

    def complement_name(self, n: str, span: tuple[int, int]) -> Optional[int]:
        """Where a title's span ends when the walk stopped at a preposition written onto a noun and the title's
        chain runs on through that complement to its holder's name (closed.ar.title_complement): "مدير التراخيص
        بفرع الهيئة العامة للسياحة والتراث الوطني بالعاصمة المقدسة مجدي يونس"; None where no title without a name
        opens the span, the complement is a person ("الموفد الخاص للرئيس الأمريكي دونالد ترامب") or a hearer, or no
        name of two words or more follows the complement's words (definite, known or with their own preposition).
        The word after the span is asked first: about one span in ten runs on into a complement's preposition, and
        reading the span's names and titles cost the 33rd session's rules most of their time (docs/speed.md)."""
        after = WORD.search(n, span[1])
        if span[1] <= span[0] or after is None or not self._complement_opens(after.group()):
            return None
        head = n[span[0]:span[1]]
        if self.typer.name_tokens(head) or not any(self.typer.search(f, head) is not None for f in _PERSON_LEXICONS):
            return None
        toks = self._complement_reach(n, span[1])
        if not toks or self.told.starts_at(n, toks[0].start()):
            return None
        i = 1
        while i < len(toks) and not STOP_PUNCT.search(toks[i - 1].group()) and self._complement_word(toks[i].group()):
            i += 1
        if i < len(toks) and self._person(toks[i].group()) and toks[i].group() not in self.typer.arabic_names.honorifics:
            return None  # another person's title, whose name follows it
        if STOP_PUNCT.search(toks[i - 1].group()):
            return None  # "... بالعاصمة المقدسة، مجدي يونس": a comma's name is read as an appositive
        while i < len(toks) - 1 and toks[i].group() in self.typer.arabic_names.honorifics:
            i += 1  # "المهندس محمد الربيعي": the holder's honorific opens the name
        name = self.typer.arabic_names.run([t.group() for t in toks[i:]], leading=True)
        if len(name) < 2:
            return None
        last = toks[i + len(name) - 1]
        punct = STOP_PUNCT.search(last.group())
        return last.start() + punct.start() if punct is not None else last.end()

    def _complement_reach(self, n: str, pos: int) -> list[re.Match]:
        """The words after `pos` that a complement and a name may take: up to a quotation, a parenthesis on the
        holder ("سهو السهو وهو عضو كذلك في لجنة") or the first word with punctuation, which is the last."""
        toks = []
        for m in islice(WORD.finditer(n, pos), _COMPLEMENT_REACH):
            if m.group().startswith(('"', "'", "«")) or m.group() in self.words.aside_pronouns:
                break
            toks.append(m)
            if STOP_PUNCT.search(m.group()):
                break
        return toks

    def through_complement(self, n: str, span: tuple[int, int]) -> bool:
        """Whether a span runs through a title's complement to the holder's name (complement_name), for the
        rules a source names."""
        words = list(WORD.finditer(n, *span))
        for prev, m in zip(words, words[1:]):
            if self._complement_opens(m.group()):
                return self.complement_name(n, (span[0], prev.end())) == span[1]
        return False

    def _complement_opens(self, tok: str) -> bool:
        """A preposition written onto a noun that is no person ("للأمم"، "بفرع"، "بمدينة"; not "للرئيس"، "بمحمد"),
        as the walk stops at it (closed.ar.preposition_prefix)."""
        if not (tok.startswith(self.words.preposition_prefixes) and len(tok) > 4 and tok[:1] in self.title_complement):
            return False
        rest = "ا" + tok[1:] if tok.startswith("لل") else tok[1:]
        return (rest.startswith("ال") or rest in self.typer.lexicon_words) and not self._person(rest) \
            and not self._time(rest)

    def _time(self, tok: str) -> bool:
        """A time word of the typer's (src.time.ar), bare or with its article ("الخميس"، "الأمس" of "بالأمس"): when
        the minister spoke, no complement of his title ("وحذر وزير الدفاع بالأمس الخميس عبدالله سالم")."""
        article = self.words.article
        return self.typer.is_time_word(tok) or tok.startswith(article) and self.typer.is_time_word(tok[len(article):])

    def _complement_word(self, tok: str) -> bool:
        """A word of a complement inside a title's chain: a definite word ("العامة"، "والتراث"), a
        noun a lexicon knows ("مدينة") or one with its own preposition ("بالعاصمة"), no time word ("الخميس":
        `_time`); no preposition written apart
        ("في"، "إلى": a phrase of its own, which may name another person), no title (an honorific ends the
        complement and opens the name: "المهندس محمد الربيعي")."""
        if tok in self.words.opening_prepositions or tok in self.closed or self._person(tok) or self._time(tok):
            return False
        return _DEFINITE.match(tok) is not None or tok in self.typer.lexicon_words or self._complement_opens(tok)

    def _person(self, word: str) -> bool:
        """Whether a title or a person's trade opens the word ("الرئيس"، "للرئيس"): a name after it is that
        person's ("الأمين العام للجامعة العربية الرئيس السوري بشار الأسد": the object)."""
        return any((hit := self.typer.search(f, word)) is not None and hit.start == 0 for f in _PERSON_LEXICONS)

    def stops_at(self, n: str, m: re.Match, started: bool) -> bool:
        """Before the subject, a hearer ("وقال لوكالة الأنباء الفرنسية": the subject was dropped, the outlet
        is the hearer); inside it, a particle ("مسؤول لم يشأ"), an adverb of the sentence ("المستشفى أيضا") or an
        outlet after ل ("أكدت وزارة الاقتصاد لفرانس24": the hearer) or a time word, when it spoke ("وقال الناطق باسم
        الحكومة عندئذ"، src.time.ar, src.time_then.ar). The ل of an according cue is the cue's, so
        the outlet after it is the source, not a hearer ("وفقا للوكالة": ل and the article, which the lexicons read
        as the anaphor or the noun of the media, closed.ar.according_lam)."""
        if not started:
            if any(w in self.words.according_lam for w in words_before(n, m.start(), 1)):
                return False
            return self.told.starts_at(n, m.start()) or self.outlet_at(n[m.start():m.start() + 42])
        tok = m.group()
        return tok in self.particles or tok in self.sentence_adverbs or self.typer.is_time_word(tok) \
            or tok.startswith("ل") and self.outlet_at(n[m.start():m.start() + 42])

    def outlet_at(self, text: str) -> bool:
        """Whether Arabic text opens with ل and an outlet's name ("لفرانس24", "لفرانس برس", "لـCNN",
        "لـ«رويترز»")."""
        if not text.startswith("ل"):
            return False
        if self.rules.outlet_names.starts_at(text[:40], 0):
            return True
        return self.rules.outlet_names.starts_at(_LAM_QUOTE.sub("", text[:42]), 0)

    def _before(self, n: str, verb_start: int) -> tuple[int, int]:
        """Arabic subject-first clause: the words between a clause start and the verb (read back no
        further than WINDOW words)."""
        lo = window(n, verb_start)
        clause = max(n.rfind(ch, lo, verb_start) for ch in "،,:;")
        if clause != -1 and n[clause] in "،," and all(map(self.typer.is_time_word, n[clause + 1:verb_start].split())):
            # "لكن الوزير بالحكومة الإسرائيلية، نفتالي بينيت، قال": subject and appositive before the verb
            lead = self.clause_lead.match(n)
            end = self._relative_cut(n, lead.end(), clause, n[verb_start:].split()[0])
            stretch = n[lead.end():end] if 0 < word_count(n, lead.end(), end) <= 12 else ""
            opening = stretch.split()[:1]
            if opening and self.unjoined.sub("", opening[0]) in self.words.opening_prepositions:
                stretch = ""  # "وفي بيان نشرته الوزارة، الإثنين، ذكرت": an adverbial, not the subject
            if stretch and re.search("[،,]", n[:clause]) and not STOP_PUNCT.sub("", stretch).strip() == "" \
                    and not set(stretch.split()) & self.words.not_in_subject and not self.complementizer.search(stretch):
                return (lead.end(), end)
        comp = None
        for m in self.complementizer.finditer(n, lo, verb_start):
            comp = m
        start = max(clause + 1, comp.end() if comp else lo)
        kana = self.kana.match(n)
        if kana and start <= kana.end() <= verb_start:
            start = kana.end()  # "وفي التماس سابق كانت اللجنة ذاتها اعتبرت": the subject stands after كان
        toks = list(WORD.finditer(n, start, verb_start))
        while toks and toks[0].group() in self.words.clause_openers:
            toks.pop(0)
        while toks and toks[-1].group() in self.sentence_adverbs:
            toks.pop()  # "لكن المصادر أيضا أشارت"
        kept = self._before_kana(toks)
        opened = len(kept) < len(toks) and self._joined_noun(kept[0].group()) if kept else False
        toks = self._before_bracketed_relative(kept)
        if self._opens_adverbial(toks) or self._time_only(toks) or self._dateline(n, toks):
            return (verb_start, verb_start)  # "وفي منتصف الثمانينات قدرت ...": an adverbial, the subject follows
        if not toks or len(toks) > 9 or STOP_PUNCT.search(_QUOTED_NAME.sub("", n[toks[0].start():toks[-1].end()])) \
                or any(t.group() in self.words.not_in_subject or t.group()[:1] in self.conjunctions and t.group()[1:] in self.negated
                       for t in toks):  # "ولم يوضح المصدر": the subject follows the negated verb
            return (verb_start, verb_start)
        return (toks[0].start() + opened, toks[-1].end())  # "والوزير كان قد قال": الوزير, without the و

    def _joined_noun(self, word: str) -> bool:
        """Whether a word is a noun with و or ف written onto it (closed.ar.conjunction_proclitic): the article or a
        word of the lexicons after the letter ("والوزير"، "وترامب"), not a name that opens with it ("وليد")."""
        rest = self.unjoined.sub("", word)
        return rest != word and (rest.startswith("ال") or rest in self.joinable)

    def _before_kana(self, toks: list[re.Match]) -> list[re.Match]:
        """"لأن الاتحاد الأوروبي كان يطالب"، "أن رئيسة الحكومة البريطانية، تيريزا ماي كانت أعلنت": in a clause the
        subject may stand before كان (closed.ar.kana) and قد (closed.ar.kana_qad), right before the verb; neither is part
        of it (كان is a word no subject holds, closed.ar.not_in_subject, so the subject was lost)."""
        if len(toks) > 1 and toks[-1].group() in self.words.kana_qad and toks[-2].group() in self.words.kana:
            toks = toks[:-1]
        if len(toks) > 1 and toks[-1].group() in self.words.kana:
            return toks[:-1]
        return toks

    def _before_bracketed_relative(self, toks: list[re.Match]) -> list[re.Match]:
        """"لكن الرئيس (الذي فاز بولاية ثانية) قال": a relative clause in brackets says something of the subject,
        as one after a comma does (_before_relative), and is neither part of it nor a name in brackets
        (_QUOTED_NAME), which made its last word the speaker's name. The bracket may open apart ("( الذي فاز")
        and an aside pronoun may open the clause ("(وهو الذي فاز": closed.ar.aside_pronoun)."""
        for i, tok in enumerate(toks):
            if i and tok.group()[:1] == "(":
                inside = " ".join(t.group() for t in toks[i:i + 3])[1:].split()
                if inside[:1] and inside[0] in self.words.aside_pronouns:
                    inside = inside[1:]
                if inside[:1] and inside[0] in self.relatives:
                    return toks[:i]
        return toks

    def _opens_adverbial(self, toks: list[re.Match]) -> bool:
        """Whether the words before the verb open with a preposition (closed.ar.opening_preposition), one word or
        two read together, so that they are an adverbial and the subject follows the verb: "وفي منتصف الثمانينات
        قدرت"، "وفيما يخص العلاقات الثنائية ... فقد أشاد الملك" (فيما alone opens a side clause of its own); أما
        before them names no topic but the phrase ("أما فيما يتعلق بالعقوبات فقد أكد المتحدث": closed.ar.amma)."""
        amma = bool(toks) and toks[0].group() in self.words.amma
        toks = toks[1:] if amma else toks  # the word after أما as written: "فيما" is no ف on "يما"
        first = [t.group() if amma or i else self.unjoined.sub("", t.group()) for i, t in enumerate(toks[:2])]
        return bool(first) and (first[0] in self.words.opening_prepositions
                                or " ".join(first) in self.words.opening_prepositions)

    def _time_only(self, toks: list[re.Match]) -> bool:
        """Time words alone before the verb, one in brackets too ("واليوم (الأحد) أكد"، "ومساء أمس (السبت)
        أعلنت"): when, not who; the subject follows the verb (src.time.ar)."""
        return bool(toks) and all(self._time(t.group().strip("()")) for t in toks)

    def _dateline(self, n: str, toks: list[re.Match]) -> bool:
        """A dateline without its dash opening the sentence, a place and an outlet in brackets ("بيروت (رويترز)
        قال"، "الرياض (واس) أعلنت"): no noun of a speaker or the press before the bracket, which would make the
        bracket that noun's name ("صحيفة (الرياض) قالت"); the subject follows the verb."""
        if not toks or n[:toks[0].start()].strip() or not toks[-1].group().endswith(")"):
            return False
        stretch = n[toks[0].start():toks[-1].end()]
        bracket = stretch.rfind("(")
        inside, before = stretch[bracket + 1:-1], stretch[:bracket].strip()
        hit = self.rules.outlet_names.search(inside)
        return bool(before) and hit is not None and hit.start == 0 and hit.end == len(inside) \
            and not any(self.typer.search(f, before) for f in _NAMED_IN_BRACKETS)

    def purpose(self, verb: str) -> bool:
        """ل before a verb of speech in the present ("ليستنكر"، "ليعلن"): so as to say; the verb shares the
        subject of the verb before it and names none of its own."""
        return verb[:1] == "ل" and verb[1:2] in "يت" and verb[1:] in self.verbs

    def kana_act(self, n: str, cues: list[tuple[int, int]]) -> Optional[int]:
        """Where the verb after كان ... قد ends when it is no cue (none of `cue_starts` opens it): "وكان خاشقجي قد
        اختفى عقب زيارته ..."، "وكان المجلس ... قد أيد ... فتح تحقيق". That narrated act is the sentence's main
        clause, opened at the sentence's start; a verb of speech after it speaks in a side clause. None when the
        sentence opens no such clause, or its verb is in a cue of `cues` ("وكانت هيلي قد أبلغت"، "قد قال")."""
        kana = self.kana.match(n)
        if kana is None or kana.start(1):
            return None  # only the sentence's own كان: after an adverbial it may open a relative clause of its noun
        qad = min((i for i in (n.find(w, kana.end() - 1) for w in self.qad) if i != -1), default=-1)
        if qad == -1 or not 0 < word_count(n, kana.end(), qad) <= 12:
            return None  # "وكان قد تم اعتقال الصحفي": no subject of its own, no act that governs the sentence
        verb = WORD.search(n, qad + len(self.qad[0]) - 1)
        if verb is None or STOP_PUNCT.search(verb.group()) or any(a <= verb.start() < b for a, b in cues):
            return None
        return verb.end()

    def subject(self, n: str, hit: Hit) -> tuple[int, int]:
        """An Arabic cue's subject (_subject) without the mark that closes it before كان's قد (closed.ar.subject_close:
        "وكان الرئيس الأمريكي، قد قال"، "وكان الجيش اليمني، كشف"): punctuation is no word of the source."""
        return self.subject_walked(n, hit)[0]

    def subject_walked(self, n: str, hit: Hit) -> tuple[tuple[int, int], int]:
        """subject(), and where _subject ended it before the closing mark was trimmed (for closing_rules)."""
        start, end = self._subject(n, hit)
        return ((start, max(start, len(n[:end].rstrip(self.subject_close)))) if end > start else (start, end)), end

    def closing_rules(self, n: str, span: tuple[int, int], walked: int) -> list[str]:
        """closed.ar.subject_close, for the rules of a source whose span `span` a closing mark follows while the
        cue's subject as walked (`walked`: its end before subject() trimmed it) ran on past it: the mark subject()
        trimmed, or the comma before which the reading of an occasion's owner or of a presenter ended it."""
        return [_SUBJECT_CLOSE] if n[span[1]:].lstrip(" ")[:1] in self.subject_marks and walked > span[1] else []

    def _subject(self, n: str, hit: Hit) -> tuple[int, int]:
        """An Arabic cue's subject: between كان and قد, before the verb in a clause, or after it."""
        if self.purpose(hit.text):
            return (hit.end, hit.end)
        topic = self._topic(n, hit)
        if topic is not None:
            return topic
        kana = self.kana.match(n)
        qad = max(last_place(n, w, hit.start + 1) for w in self.qad) if kana else -1
        if kana and kana.start(1) and re.search("[،,]", n[max(kana.end(), qad):hit.start]):
            # "وفي مقابلة كان الرئيس قد أجراها مع القناة، قال المتحدث": after an adverbial, كان and قد may open a
            # relative clause of its noun; a verb past a comma after them is the sentence's, with its own subject
            kana, qad = None, -1
        if kana and kana.end() < hit.start and qad > kana.end():
            # "وكان المتحدث ...، جون كيربي، قد صرح": the subject sits between كان and قد
            own = self._own_after_act(n, hit, qad)
            return own if own is not None else self._before_relative(n, kana.end(), qad)
        joined = hit.text[:1] in self.conjunctions and hit.text[1:] in self.verbs
        # "رؤية واضحة وقال نائب المشرف": a verb joined by و or ف opens its own clause, its subject follows
        before = self._before(n, hit.start) if not joined else (hit.start, hit.start)
        if before[1] > before[0]:
            return before
        span = self.after(n, hit.end)
        if span[1] > span[0] and self._disagrees(n, hit, span):
            return (hit.end, hit.end)  # "وحذر روسيا من": he warned Russia, the subject was dropped
        if span[1] > span[0]:
            return self.appositive_after(n, span)
        if kana and kana.end() < hit.start and word_count(n, kana.end(), hit.start) <= 6:
            return (kana.end(), hit.start - 1)
        lo = window(n, hit.start)
        comma = lo + len(n[lo:hit.start].rstrip()) - 1  # the last character before the verb
        if not kana or kana.end() >= comma or n[comma] not in "،,":
            return span
        subject = self._before_relative(n, kana.end(), comma)  # "وكان بومبيو، الذي كلفه ترامب ...، قال"
        if word_count(n, *subject) <= 12 and not STOP_PUNCT.search(n, *subject):
            # "وكان مصدر مطلع على التحقيقات الجارية، قال في تصريحات": a longer subject between كان and
            # the comma before a verb with none after it
            return subject
        return span

    def _own_after_act(self, n: str, hit: Hit, qad: int) -> Optional[tuple[int, int]]:
        """A verb of speech in a later clause than the act after كان ... قد (past a comma, or joined by و or ف) with a
        subject of its own, before it or after it ("وكان خاشقجي قد اختفى ...، لكن السعوديين ينفون"، "وكان الجيش قد
        انسحب ...، وأكدت وزارة الدفاع في بيان أن"): that subject, not the one between كان and قد (review r1 of session
        43, finding 1). A clause opened by anything but the verb and its conjunction gives no subject at all ("ولكنها
        قالت": she, not Khashoggi). None when the verb is the act's own, or opens its clause with its subject dropped
        ("وكان الرئيس قد زار ...، وقال إن") or after an adverbial: the subject between كان and قد goes on."""
        act = WORD.search(n, qad + len(self.qad[0]) - 1)
        if act is None or act.end() >= hit.start:
            return None
        first = hit.text.split()[0]
        joined = first[:1] in self.conjunctions and first[1:] in self.verbs
        comma = max(n.rfind(ch, act.end(), hit.start) for ch in "،,")
        if comma == -1 and not joined:
            return None
        if not joined:
            before = self._before(n, hit.start)
            if before[1] > before[0]:
                return before
        span = self.after(n, hit.end)
        if span[1] > span[0] and not self._disagrees(n, hit, span):
            return self.appositive_after(n, span)
        lead = list(WORD.finditer(n, comma + 1, hit.start)) if comma != -1 else []
        if any(w.group() not in self.words.clause_openers for w in lead) and not self._opens_adverbial(lead):
            return (hit.end, hit.end)
        return None  # "...، وفي تصريح للصحفيين أكد أن": after an adverbial, the act's subject goes on

    def judged_object(self, n: str, span: tuple[int, int], hit_end: int) -> Optional[tuple[int, int]]:
        """The holder of a judgment in the present (cue.ar.judgment) with two noun phrases after the verb, the
        holder and the judged, which the passive never has: a state, known official or body opening the subject
        (closed.ar.judging_holder, names joined by و with it) after the verb, then another such name of its own ("وتعتبر إيران
        إسرائيل دولة احتلال") or a noun phrase of one to four words before an indefinite accusative, its
        predicate ("ويعد نتانياهو تدفق المهاجرين غير اليهود تهديدا"), the phrase ending in a definite word: an
        indefinite accusative after an indefinite noun agrees with it ("وتعد وزارة العدل مشروع قانون جديدا": is
        preparing a new bill). The holder's own adjectives are its ("ويعد الجيش المصري جيشا قويا"). Not an elative
        (closed.ar.elative, with the article or without) nor an indefinite accusative right after the holder, which
        are the passive's predicate or an adverb ("يعتبر الإنتربول أكبر منظمة"، "وتعد قطر مركزا ماليا"، "وتعد الصين
        الدولة الأكثر سكانا"، "وتعد الحكومة حاليا خطة")."""
        text = n[span[0]:span[1]]
        if span[0] < hit_end:
            return None  # "والتي تعد أداة رئيسية": a holder before the verb is a relative's antecedent or its topic
        found = self.typer.hits(text)
        hits = sorted(((h, f) for f in self.words.judging_holders for h in found[f]), key=lambda x: x[0].start)
        end = 0
        for h, _ in hits:
            if h.start == end == 0 or end and h.start == end + 1 and h.text[:1] in self.conjunctions:
                end = h.end
        if not end:
            return None
        after = list(WORD.finditer(n, span[0] + end, min(len(n), span[0] + end + 80)))[:7]
        while after and after[0].start() == span[0] + end + 1 and _DEFINITE.match(after[0].group()) \
                and _NISBA.match(after[0].group()):
            end, after = after[0].end() - span[0], after[1:]  # "الجيش المصري": the holder's adjective
        if not after or STOP_PUNCT.search(n, span[0] + end, after[0].start()) or self._predicate(after[0].group()) \
                or after[0].group() in self.words.opening_prepositions or after[0].group() in self.closed:
            return None
        judged = next(((h, f) for h, f in hits if h.start == after[0].start() - span[0]), None)
        if judged is not None and (judged[1] != "org_noun" or len(judged[0].text.split()) > 1):
            return (span[0], span[0] + end)
        # the judged's first predicate word in its first five: an accusative after a definite word is the predicate,
        # an elative or an accusative that agrees with an indefinite noun leaves no judged phrase
        for prev, _, accusative, _ in self._predicates(after[:5], self.sentence_adverbs):
            return (span[0], span[0] + end) if accusative and _DEFINITE.match(prev.group()) else None
        return None

    def _elative(self, word: str) -> bool:
        """An elative (closed.ar.elative), with the article or without: "أكبر منظمة"، "الدولة الأكثر سكانا"."""
        return word in self.words.elatives or _DEFINITE.sub("", word) in self.words.elatives

    @staticmethod
    def _indefinite_accusative(word: str) -> bool:
        """A word with the tanween of an indefinite accusative as normalised (_ACCUSATIVE: مركزا، حاليا)."""
        return bool(_ACCUSATIVE.fullmatch(word)) and not _DEFINITE.match(word)

    def _predicate(self, word: str) -> bool:
        """Whether the word right after the holder of a judgment opens the passive's predicate or an adverb: an
        elative or an indefinite accusative ("يعتبر الإنتربول أكبر منظمة"، "وتعد قطر مركزا"، "وتعد الحكومة حاليا")."""
        return self._elative(word) or self._indefinite_accusative(word)

    def _predicates(self, words: list[re.Match], others: frozenset[str], bare: bool = False) \
            -> Iterator[tuple[re.Match, re.Match, bool, bool]]:
        """The words after the first of `words` that may open a predicate or an adverb, up to the first word with
        punctuation, each as (the word before it, the word, whether an indefinite accusative, whether an elative):
        an elative (_elative: "أكثر وضوحا") or an indefinite accusative (_indefinite_accusative: "واضحا") that is no
        state nor one of `others` (words that end so and are no predicate: a given name, an adverb of the sentence).
        With `bare`, a word is read without its punctuation (a subject's span, which a comma inside may run on past:
        "الوزير واضحا، المتحدث باسم"). For predicate_cut and judged_object: the predicate after a subject, and after
        the noun phrase a holder judges."""
        for prev, m in zip(words, words[1:]):
            if STOP_PUNCT.search(prev.group()):
                return
            word = STOP_PUNCT.sub("", m.group()) if bare else m.group()
            accusative = self._indefinite_accusative(word) and word not in self.states and word not in others
            elative = self._elative(word)
            if accusative or elative:
                yield prev, m, accusative, elative

    def predicate_cut(self, n: str, span: tuple[int, int]) -> tuple[int, int]:
        """A copula's or a verb's subject ends before a predicate or adverb (_predicates): an elative ("كانت الوزارة
        أكثر وضوحا"، "أنجيلا ميركل أكثر حذرا") or, right after a definite word, an indefinite accusative ("كان وزير
        الخارجية الأمريكي واضحا"); not a state or a given name ending so ("المستشارة الألمانية أنجيلا ميركل")."""
        for prev, _, _, elative in self._predicates(list(WORD.finditer(n, *span)), self.given_names, bare=True):
            if elative or _DEFINITE.match(prev.group()):
                return (span[0], prev.end())
        return span

    def judged_clause(self, n: str, span: tuple[int, int]) -> bool:
        """Whether a holder named after a verb of judging in the present (cue.ar.judgment) judges a clause after
        أن, past a parenthesis on it: "وتعتبر نبيلة، وهي من مؤسسي الجمعية، أن"; the verb is then active."""
        if span[1] <= span[0]:
            return False
        return self.complementizer.match(n, self.aside.match(n, span[1]).end()) is not None

    def object_cut(self, n: str, original: Callable[[int, int], str],
                   span: tuple[int, int]) -> tuple[tuple[int, int], list[str]]:
        """A subject after its verb ends where the verb's object starts: a word with a pronoun
        attached ("نشرت المنظمة الخيرية تقريرها"، "وأوصى مكين زملاءه"), or a noun of a body or a document after
        a definite subject or its adjective ("طالبت أسرة البطش السلطات"، "ودعت المنظمة الرياض"). A definite noun
        heads no construct and its adjective agrees, so neither word can continue it; after a noun without the
        article ("وزير خارجيتها"، "وزارة خارجية كوريا") the word is its complement and does. A subject is in the
        nominative, so an indefinite accusative (_accusative) opens the object or an adverb too. With the span, the
        rule of the cut for its source's rules: closed.ar.verb_complement where the verb's complement after ب cut it
        (_verb_complement)."""
        words = list(WORD.finditer(n, *span))
        titles = self._titles(n, span[0])
        for prev, m, following in zip(words, words[1:], [*words[2:], None]):
            if STOP_PUNCT.search(prev.group()):
                break
            if self._accusative(prev.group(), m.group(), following.group() if following is not None else None):
                return (span[0], prev.end()), []
            if self._opens_object(prev.group(), m.group(), original(m.start(), m.end())):
                state = self.typer.search("country", n[span[0]:span[1]])  # asked only of a span with a cut
                if state is not None and state.start == 0 and state.text in self.states:
                    return span, []  # "ورفضت الإمارات التقرير": the typer cuts a state heading the span (src.state_subject.ar)
                return (span[0], prev.end()), []
            if self._indefinite_after_body(n, span, prev.group(), m):
                return (span[0], prev.end()), []
            if self._verb_complement(n, prev, m, original(m.start(), m.end()), titles):
                return (span[0], prev.end()), [_VERB_COMPLEMENT]
        return span, []

    def _verb_complement(self, n: str, prev: re.Match, m: re.Match, written: str, titles: Callable[[int], bool]) -> bool:
        """"أفادت تقارير بانضمام هذه الفصائل"، "طالب الادعاء العام بإصدار حكم"، "ونددت الأكاديمية بهذه الفتوى": ب
        before a demonstrative (closed.ar.pronoun), or before a verbal noun (closed.ar.verb_complement) that governs
        the word after it, opens the verb's complement, never the subject's (the subject runs to `prev`; `m` is the
        word after it, `written` that word as the text writes it; `titles` says whether a person's title stands in
        the subject up to an end, _titles). A verbal noun's shape is shared
        by names and places, so not: a word with the article, which ends the walk but after a title's complement
        ("المكلف بالاستثمار محمد بنشعبون", complement_name); a word a lexicon, a state, a given name or a time names,
        with ب or without ("مصادر باستخبارات الجيش"); one with nothing after it but what was said or a mark (a name
        or a place: "الدكتور باسلامة إن"، "المجلس المحلي بانياس إن"; a quotation is what a verbal noun governs);
        after a name's word ("محمد باريان"); and after an honorific or a person's title, whose holder's name
        follows, only a verbal noun written with its hamza (closed.ar.verb_complement.written: "أشاد الرئيس بإنجازات
        الجيش"; not "المهندس باريان"، "الوزير الفرنسي باسكال كانفان")."""
        word = m.group()
        lead = next((lead for lead in self.verb_complement_leads if word.startswith(lead)), None)
        if STOP_PUNCT.search(word) or lead is None:
            return False
        rest = word[len(lead):]
        if rest in self.pronouns:
            return True  # "بهذه الفتوى": a demonstrative is never a name's
        before = prev.group()
        if self.verb_complement is None or not self.verb_complement.fullmatch(word) or STOP_PUNCT.search(before) \
                or rest.startswith(self.words.article):
            return False
        if not _DEFINITE.match(before) and before not in self.states \
                and not self.typer.arabic_names.word(before).excluded:
            return False  # "محمد باريان": after a name's word, its family name
        # a word after it, or a quotation, is what it governs; what was said or a mark after it ends a name
        governed = n[m.end():m.end() + 1] == " " and (n[m.end() + 1:m.end() + 2] in _QUOTE_OPENERS
                                                      or self.said_next.match(n, m.end() + 1) is None)
        if not governed or {word, rest} & (self.states | self.joinable) or self.typer.is_time_word(rest):
            return False
        if any(h.start == 0 for text in (word, rest) for hits in self.typer.hits(text).values() for h in hits):
            return False  # "باستخبارات": a word a lexicon names, with ب or without
        titled = before in self.typer.arabic_names.honorifics or titles(prev.end())
        return not titled or written.startswith(self.verb_complement_written)

    def _titles(self, n: str, start: int) -> Callable[[int], bool]:
        """Whether a person's title or trade (_PERSON_LEXICONS) stands in the words from `start` to an end, asked
        along one span with the ends in order (object_cut, for _verb_complement). The typer is asked until it finds
        one, then no more: a title found before one end stands before every later one, as the words up to it are the
        same, a term ends at a space as at the end of the text, and the patterns that read past their word (a body's
        plural, title.ar.bodies_plural: not before a name) read the word after the end, here the complement's ب-word.
        object_cut asks it once at most, as a span without a title is cut at its first complement; asking the typer
        of every longer prefix again read the span's words once per candidate word, quadratic in the span's length
        (tests/test_linear.py)."""
        found = False

        def titled(end: int) -> bool:
            nonlocal found
            found = found or any(self.typer.hits(n[start:end])[family] for family in _PERSON_LEXICONS)
            return found
        return titled

    def document_cut(self, n: str, span: tuple[int, int]) -> tuple[int, int]:
        """A text's provision names the text, then its object: "يمنع القانون التونسي منذ عام 1956 تعدد الزوجات"،
        "عرف القانون العنف ضد المرأة". The subject is its head with the construct it governs ("قوانين
        الأكاديمية"), its adjectives ("القانون التونسي"، "المادة الثامنة") and its place or whole
        (closed.ar.text_link: "القانون في السعودية"); after a definite word any other word opens the object, as a
        definite noun heads no construct."""
        words = list(WORD.finditer(n, *span))
        for prev, m in zip(words, words[1:]):
            word = m.group()
            if word in self.text_links:
                continue
            if _DEFINITE.match(prev.group()) and not (_DEFINITE.match(word) and (
                    _ADJECTIVE.match(word) or _FINAL_HA.search(prev.group()) and _FINAL_HA.search(word))):
                return (span[0], prev.end())
        return span

    def press_cut(self, n: str, span: tuple[int, int]) -> tuple[int, int]:
        """The press covering names the outlet, then what it took up: a definite object as after a text's
        provision ("سلطت الصحف الضوء على", document_cut), the light it sheds ("سلطت وكالة رويترز الضوء") or a
        preposition ("وربطت تقارير إعلامية بين هيئة")."""
        span = self.document_cut(n, span)
        for m in WORD.finditer(n, *span):
            if m.start() > span[0] and (m.group() in self.words.opening_prepositions or m.group() in self.press_light):
                return (span[0], len(n[:m.start()].rstrip()))
        return span

    def _indefinite_after_body(self, n: str, span: tuple[int, int], prev: str, m: re.Match) -> bool:
        """"نشرت الشرطة تصويرا"، "اتهمت السلطات المصرية 43 شخصا"، "ورفضت وزارة الداخلية والشرطة الفرنسية تقديم":
        after a word with the article, an indefinite word (or a number) can be neither the definite noun's
        complement nor its adjective, so when a body or a document heads the subject the word opens the object
        ("وأظهر تحليل العينات وجود غازات"، "ودعا البيان منسق الشؤون الإنسانية"); but for the
        body's name in apposition, an organisation or an outlet that closes the subject ("الحركة الفلسطينية
        حماس"، "الحزب الحاكم نداء تونس"; not "المعارضة حزب الاتحاد باستخدام"). A title may take a name ("الرئيس
        الأمريكي دونالد ترامب"), an outlet its name, a quotation is left."""
        word = m.group()
        footage = word in self.footage  # "وعرضت وزارة الدفاع الروسية لقطات": spelled as ل + a word, and closed
        joined = not footage and self.joined.match(word) is not None
        # a و that may be the word's own letter ("وجود"; _conjoined) opens a document's object, not a body's, whose
        # companions it joins ("نقابة أعضاء هيئة التدريس ومساعديهم")
        own = joined and word[:1] in self.conjunctions and self._conjoined(word) == word
        if not _DEFINITE.match(prev) or _DEFINITE.match(word) or joined and not own \
                or not footage and word in self.closed \
                or word in self.states or STOP_PUNCT.search(word) or self.typer.is_time_word(word) \
                or self.rules.outlet_names.starts_at(n, m.start()) or self._named_to_end(n, m.start(), span[1]):
            return False
        head = n[span[0]:span[1]]
        if any((hit := self.typer.search(f, head)) is not None and hit.start == 0 for f in _PERSON_LEXICONS):
            return False
        return any((hit := self.typer.search(f, head)) is not None and hit.start == 0
                   for f in (_DOCUMENT_HEADS if own else _OBJECT_HEADS))

    def _named_to_end(self, n: str, start: int, end: int) -> bool:
        """Whether an organisation's name runs from `start` to the subject's end: the body's name after it; not a
        noun whose own name follows in quotation marks ("القضاء الفرنسي شركة "لافارج"": the accused company)."""
        hit = self.typer.lex["org_noun"].search(n, start, end)
        return hit is not None and hit.start == start and not n[hit.end:end].strip(" ،,") \
            and not n[end:].lstrip().startswith(('"', "«"))

    def _accusative(self, prev: str, word: str, following: Optional[str]) -> bool:
        """An indefinite accusative, its tanween written as ا ("وأصدرت الشرطة الإسرائيلية بيانا تطمينيا"، "اتهمت
        حركة حماس ضباطا"، "وحذرت إسرائيل مرارا"، "وأضاف المحمود قائلا"): no word of a subject after its verb. Not a
        state (فرنسا), a given name nor a word with the pronoun ها ("في شكواها"), and only where no name word
        follows it, as a foreign name may end so ("المستشارة الألمانية أنجيلا ميركل"، "وكالة أنباء إيرنا
        الرسمية"، "فيفا راهنا"): the word after it is a relation's adjective in the accusative ("بيانا تطمينيا"),
        a preposition or a particle; at the span's end it is a word a lexicon or closed class knows. After a feminine
        noun in ة without the article, a known word and so a construct's head ("وكالة ناسا"، "شركة تويوتا"،
        "بعثة مينوسما"), the word is its genitive: a foreign name ending so (not after a name: "حركة حماس ضباطا")."""
        bare = STOP_PUNCT.sub("", word)
        if not _ACCUSATIVE.fullmatch(bare) or bare.endswith("ها") or _DEFINITE.match(bare) \
                or bare in self.states or self._conjoined(bare) in self.states or bare in self.given_names:
            return False
        if prev.endswith("ه") and not _DEFINITE.match(prev) and self.typer.arabic_names.word(prev).excluded:
            return False
        if following is None or STOP_PUNCT.search(word):
            return self.typer.arabic_names.word(bare).excluded  # at the span's end only a known word: "قائلا"
        following = STOP_PUNCT.sub("", following)
        return following.endswith("يا") or following in self.words.opening_prepositions or following in self.particles

    def _opens_object(self, prev: str, word: str, written: str) -> bool:
        if word[:1] in self.conjunctions or word in self.closed or STOP_PUNCT.search(word):
            return False  # "الوزير ونظيره": a second subject; "الرئيس نفسه"
        definite = _DEFINITE.match(prev) is not None or prev in self.states
        if self.object_pronoun.fullmatch(MARKS.sub("", written)) and not _DEFINITE.match(word) and word[:1] not in "بلك":
            # after a name too ("مكين زملاءه"): a word no lexicon or closed class knows
            return definite or not self.typer.arabic_names.word(prev).excluded
        if not definite or _ADJECTIVE.match(word):
            return False
        if word in self.states:
            return not _NISBA.match(prev)  # "ودعت المنظمة الرياض"; not "العاصمة الفرنسية باريس", its name
        hits = (self.typer.search(lexicon, word) for lexicon in _BODY_LEXICONS)
        return word.startswith("ال") and any(hit is not None and hit.start == 0 for hit in hits)

    def _before_relative(self, n: str, start: int, end: int) -> tuple[int, int]:
        """"وكان مكين، الذي تعرض للتعذيب بعد أسره، خلال حرب فيتنام قد أصدر": a relative clause after a comma
        says something of the subject and is no part of it."""
        for m in _RELATIVE_AFTER_COMMA.finditer(n, start, end):
            if m.group(1) in self.relatives and m.start() > start:
                return (start, m.start())
        return (start, end)

    def _relative_cut(self, n: str, start: int, end: int, verb: str) -> int:
        """"ولي العهد السعودي، الأمير محمد بن سلمان، الذي يزور الولايات المتحدة حالياً، دعا": a relative clause
        after the subject's comma, up to the comma before the verb, is no part of the subject. Only where the
        words before it hold a person or a body and the relative agrees with the verb (الذي with a masculine
        verb, التي with a feminine one); "الهجوم، الذي وقع أمس، قالت الشرطة" leaves the subject after the verb."""
        cut = self._before_relative(n, start, end)[1]
        if cut == end:
            return end
        relative = n[cut:].lstrip(" ،,").split()[0]
        verb = self.unjoined_verb.sub("", verb)
        feminine = verb.startswith("ت") or verb.endswith("ت")
        if self.relative_feminine.get(relative) is not feminine:
            return end
        span = n[start:cut]
        speaker = any(self.typer.lex[family].search(span) is not None for family in _SPEAKER_LEXICONS)
        return cut if speaker or self.typer.name_tokens(span) else end

    def _topic(self, n: str, hit: Hit) -> Optional[tuple[int, int]]:
        """"أما مندوب الكويت فأعلن"، "أما الإعلامي خالد قاضي الذي حضر المسرحية فقد أبدى": the topic after أما,
        up to its relative clause or a comma, is the subject of the verb after ف; not a place or a time ("أما في
        باريس، فقد قال الرئيس"، "أما اليوم، فقد")."""
        amma = self.amma.match(n)
        if amma is None or amma.end() >= hit.start:
            return None
        previous = words_before(n, hit.start)
        if hit.text[:1] == "ف" and hit.text[1:] in self.verbs:
            fa = hit.start
        elif previous and previous[0] in self.words.amma_answers:
            fa = last_place(n, previous[0], hit.start)
        else:
            return None
        end = None
        for m in WORD.finditer(n, amma.end(), fa):
            word = m.group()
            punct = STOP_PUNCT.search(word)
            if word in self.relatives or punct is not None:
                end = m.start() + punct.start() if punct is not None and punct.start() > 0 else end
                break
            end = m.end()
        first = n[amma.end():end].split()[:2] if end else []
        prepositions = self.words.opening_prepositions
        if not first or first[0] in prepositions or first[0][:1] in self.conjunctions and first[0][1:] in prepositions \
                or " ".join(first) in prepositions or self.typer.is_time_word(first[0]) or first[0][:1] in "بل":
            return None
        return self.appositive_after(n, (amma.end(), end))

    def _disagrees(self, n: str, hit: Hit, span: tuple[int, int]) -> bool:
        """A masculine verb (يفعل، فعل، فعلوا; not تفعل nor فعلت) before a state or a capital named as such,
        which is feminine (closed.ar.masculine_country): the state is the object, not the subject."""
        verb = self.unjoined_verb.sub("", hit.text)
        if verb.startswith("ت") or verb.endswith(("ت", "تا")):
            return False
        country = self.typer.search("country", n[span[0]:span[1]])
        return country is not None and country.start == 0 and country.text in self.feminine_states

    def appositive_after(self, n: str, span: tuple[int, int]) -> tuple[int, int]:
        """'خليل الحية، عضو المكتب السياسي لحركة حماس،': a role after the comma belongs to the subject."""
        m = _APPOSITION.match(n, span[1])
        if m is None:
            return span
        start = m.end()
        role = self.typer.lex["role"].search(n, start, min(len(n), start + 30))
        spoke = self.typer.lex["spokesperson"].search(n, start, min(len(n), start + 30))
        hit = role if role is not None and role.start == start else spoke
        if hit is None or hit.start != start:
            return self._name_after(n, span, start)
        stop = STOP_PUNCT.search(n, hit.end, start + 80)
        end = min(stop.start() if stop is not None else len(n), start + 80)
        told = self.told.search(n, hit.end, end)  # "قائد الشرطة الألمانية لمحطة "...": the hearer ends the role
        return (span[0], n.rfind(" ", 0, told.start) if told is not None else end)

    def _name_after(self, n: str, span: tuple[int, int], start: int) -> tuple[int, int]:
        """'المتحدثة باسم البيت الأبيض، سارة ساندرز،'، 'الخبير الأمني، خالد عكاشة،': the name after the comma
        belongs to an office, a spokesperson or a person's title heading the span (up to four words, all
        name-like, then punctuation); not to a relative, whose comma names the one they are the relative of. One of
        a group of people or officials (`_one_of`) is a title as the singular is: "أحد المحامين، أحمد حسن،" names one
        lawyer as "المحامي، أحمد حسن،" does."""
        end = self._name_end(n, start)
        words = n[start:end].split()
        if not 1 <= len(words) <= 4:
            return span
        held = self.typer.lex["spokesperson"].search(n, span[0], span[1]) or self.typer.lex["role"].search(n, span[0], span[1])
        person = self.typer.lex["person_role"].search(n, span[0], span[1])
        if held is None and person is not None and person.start == span[0] and person.value.type is None:
            held = person
        held = held or self._one_of(n, span)
        if held is None:
            return span
        named = len(self.typer.name_tokens(n[start:end])) == len(words)
        if not named and held.start == span[0] and n[end:end + 1] in "،,":
            # normalising wrote a name's final ة as ه, which the name reader takes for a pronoun ("خالد عكاشه"):
            # read as ة in a name the commas close after the title heading the span
            named = len(self.typer.name_tokens(_FINAL_HA.sub("ة", n[start:end]))) == len(words)
        if not named and n[end:end + 1] in "،,":
            # a known person's whole name, whose given name the name reader takes for another word ("المرشد
            # الإيراني، علي خامنئي،": علي is also على; rules/people.yaml)
            known = self.typer.lex["known_official"].search(n, start, end)
            named = known is not None and known.start == start and known.end == start + len(n[start:end].rstrip())
        return (span[0], start + len(n[start:end].rstrip())) if named else span

    def _name_end(self, n: str, start: int) -> int:
        """Where the name after a title's comma ends: at the next punctuation, or before a dash or a complementizer
        that comes first (closed.ar.appositive_close: "مراسل بي بي سي في الهند، سوتيك بيسواس إن"), which close
        it as a second comma does."""
        stop = STOP_PUNCT.search(n, start)
        end = stop.start() if stop is not None else len(n)
        close = next((w for w in WORD.finditer(n, start, end) if w.group() in self.appositive_close), None)
        return close.start() if close is not None else end

    def closed_name(self, n: str, span: tuple[int, int]) -> bool:
        """Whether a span ends in the name after a title's comma that a dash or a complementizer closes
        (closed.ar.appositive_close), for the rule to be named."""
        after = WORD.search(n, span[1])
        return "،" in n[span[0]:span[1]] and after is not None and not n[span[1]:after.start()].strip() \
            and after.group() in self.appositive_close

    def _one_of(self, n: str, span: tuple[int, int]) -> Optional[Hit]:
        """The plural of people or of officials that a partitive heading the span counts one out of ("أحد
        المحامين"، "أحد المسؤولين"; closed.ar.partitive): a title as the singular is, a name after it naming the one."""
        one_of = self.typer.arabic.partitive.match(n, span[0])
        if one_of is None:
            return None
        group = (self.typer.lex[kind].search(n, one_of.end(), span[1]) for kind in ("person_role", "official_noun"))
        return next((g for g in group if g is not None and g.start == one_of.end()), None)

    def passive_charges(self, r: Reading) -> list[Hit]:
        """Verbs of charging read in the passive (closed.ar.charge_verb): "ومنذ ذلك الحين اتهم النظام السوري
        باستخدام"، "ويُتّهم محمد القاطرجي ... بالعمل"، "واتهم بالمساعدة". Their noun phrase is the accused and no
        one accuses: agentless, the sentence is narration unless another cue governs it."""
        out = []
        for hit in r.cues["speech"]:
            if self.unjoined_verb.sub("", hit.text) in self.charge_verbs and self._passive(r, hit):
                out.append(Hit(hit.start, hit.end, hit.text, "closed.ar.charge_verb", "agentless"))
        return out

    def _passive(self, r: Reading, hit: Hit) -> bool:
        """A damma on the first letter as written; else, with no subject before the verb, what stands between
        the verb and the ب of the charge is one noun phrase that agrees with the verb, or nothing."""
        if _PASSIVE_MARK.match(r.original(hit.start, hit.end)):
            return True
        n = r.n
        if self.charge_complement is None or self._before(n, hit.start)[1] > hit.start \
                or self.kana.match(n) or any(self.kana.match(f"{w} ") for w in words_before(n, hit.start, 4)) or not self._opens(n, hit.start):
            return False  # "وكانت هذه الحملات تتهم بعض دول المجلس بدعمها": the subject stands before it
        words = list(islice(WORD.finditer(n, hit.end), _CHARGE_REACH))
        for i, m in enumerate(words):
            if self.complementizer.fullmatch(m.group()):
                return False  # what was said opens before any charge
            word = m.group().rstrip("،,.")
            if MARKS.sub("", r.original(m.start(), m.end())).rstrip("،,.").endswith("ة"):
                word = word[:-1] + "ة"  # a feminine noun ("بالمساعدة"), not a pronoun ("بشنه"): normalising wrote both ه
            if self.charge_complement.fullmatch(word):
                stretch = [w.group() for w in words[:i]]
                return not stretch or self._one_phrase(stretch) and self._agrees(hit.text, stretch[0])
        return False

    def _opens(self, n: str, pos: int) -> bool:
        """A verb that opens its sentence or a clause after a comma, or follows an adverbial of a few words
        ("ومنذ ذلك الحين اتهم"); a verb joined by و inside a clause shares its subject ("شككت أصوات ... واتهمت
        الحكومة بأنها")."""
        before = n[:pos].split()
        while before and before[0] in self.words.sentence_openers:
            before.pop(0)
        if not before or before[-1].endswith(("،", ",")) or before[-1] in self.words.clause_openers:
            return True
        return len(before) <= 4 and self.unjoined.sub("", before[0]) in self.words.opening_prepositions

    def _agrees(self, verb: str, first: str) -> bool:
        """A masculine verb before a feminine noun (ة، ات) or state has another subject: "واتهم واشنطن بـ"."""
        verb = self.unjoined_verb.sub("", verb)
        if verb.startswith("ت") or verb.endswith(("ت", "تا")):
            return True
        word = re.sub(r"^[وف]?(?:ال)?", "", STOP_PUNCT.sub("", first))
        return not (word.endswith(("ه", "ات")) or STOP_PUNCT.sub("", first) in self.feminine_states)

    def _one_phrase(self, words: list[str]) -> bool:
        """Whether the words after a verb are one noun phrase, with its adjectives, complements, prepositional
        phrases and relative clause: a definite noun heads no construct and its adjectives are definite, so an
        indefinite word or a second definite noun after it opens another phrase ("القضاء تواتي"، "المعارضة حزب
        الاتحاد"), as does a state after the first two words or after a definite word ("حركة حماس الفلسطينية
        إسرائيل"), a demonstrative ("عائلة الفتاة الضحية هذه المرأة") or a definite noun after an indefinite
        adjective ("منظمات حقوقية محلية ودولية الشرطة"); a title may take the name after it."""
        prev, head, relative, titled, governed = None, None, False, False, False
        for i, tok in enumerate(words):
            if relative:
                relative = not tok.endswith(("،", ","))
                continue
            word = STOP_PUNCT.sub("", tok)
            if not word or self.typer.is_time_word(word) or word in self.sentence_adverbs:
                continue
            if word in self.relatives:
                relative = not tok.endswith(("،", ","))
                continue
            if word in self.pronouns:
                return False
            if word in self.words.opening_prepositions or word.startswith(("لل", "بال")) or word[:1] in "لب" \
                    and word not in self.states and (word[1:] in self.typer.lexicon_words or word[1:] in self.states):
                prev, titled, governed = "", False, True  # a preposition ("لحزب"، "لإيران"; not "باكستان"): the noun after it is its own
                continue
            bare = self._conjoined(word)
            definite, state = _DEFINITE.match(word) is not None, bare in self.states
            if definite and not state and _ADJECTIVE.match(word):  # "الولايات المتحدة": a state, no adjective
                named = self.typer.search("country", " ".join(STOP_PUNCT.sub("", w) for w in words[i:i + 3]))
                state = named is not None and named.start == 0 and named.text in self.states
            if prev and bare == word:  # a word joined by و is coordinated, a phrase of the same
                after_definite = _DEFINITE.match(prev) is not None or prev in self.states
                if state and (after_definite or i >= 2):
                    return False
                if definite and not _ADJECTIVE.match(word) and (after_definite or _NISBA.match(prev)):
                    return False
                if not definite and after_definite and not tok.startswith('"') and not titled:
                    return False
                if not definite and not state and not governed and _ACCUSATIVE.match(word):
                    return False  # "حركة حماس ضباطا": an indefinite accusative, the object
            if tok.startswith('"') and i >= 2:
                return False  # "أسرته في قطاع غزة في بيان "جهاز الموساد": a quotation after the phrase is another
            if head is None:
                head, titled = word, self._titled(word)
            prev = word
        return True

    def _conjoined(self, word: str) -> str:
        """The word after a conjunction و or ف, or the word itself where the letter is its own ("وزير"، "وكالة"،
        "واشنطن"): the conjunction only before the article or a word a lexicon, a state or a given name holds."""
        rest = word[1:]
        if word[:1] in self.conjunctions and len(rest) >= 3 and (rest.startswith("ال") or rest in self.joinable):
            return rest
        return word

    def _titled(self, head: str) -> bool:
        """A title or office in the singular heads the phrase, which a name may follow ("الرئيس الإيراني حسن
        روحاني"; not "المحققون أفراد الشرطة"), until a preposition opens a phrase of its own."""
        return not head.endswith(("ون", "ين", "ات")) and any(
            (hit := self.typer.search(family, head)) is not None and hit.start == 0
            for family in _PERSON_LEXICONS)

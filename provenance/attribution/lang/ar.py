"""Arabic attribution: verb-first clauses, according cues that govern ل, relays with عن, nouns of speech.

Arabic is verb-first ("وقال وزير الخارجية ... إن"): the source follows the verb up to a boundary
(ar_subjects.py walks it). A verb never carries the article or the prepositions ب and ك; an opinion with its
holder named is theirs; a noun of speech names its speaker after it ("عقب إعلان الشرطة أنها"); a hearer
may stand anywhere before what was said ("قال مسؤول لم يشأ كشف هويته لفرانس برس إن").
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace
from functools import lru_cache
from itertools import islice
from typing import Optional

from ...lexicon import Hit, runs_of
from ...models import Source
from ...normalize import norm, with_attached
from ...rules import SPEECH_FAMILIES
from ..gender import FEMININE
from ..reading import OUTLETS, Candidate, Reading
from ..sources import Typed, last_comma
from ..subjects import WORD, words_before
from ..words import UTTERANCE_CLASS, closed_class, opening, written_class
from .ar_gender import ArabicGender
from .ar_sources import DEFINITE, relative_verbs, said_again
from .ar_subjects import ArabicSubjects
from .base import Language

_VERB_CUES = ("speech", "relay", "participle", "opinion", "stance")  # cue families that are verbs
_LAM = re.compile(r"\s+(ل)(ل)?(?=\S)")
_LAM_OUTLET = re.compile(r"\s*(ل\S+)")
_LAM_ANY = re.compile(r"(?<!\S)ل[\"«“'(]?(?=\S)")  # ل before a word, its quotation mark kept out
_ARTICLE = re.compile(r"[وف]?[بلك]?ال(?=\S{3})")  # the article (after the proclitics a Lexicon allows) before a noun of three letters or more: not the أل of ألقى (القي)
# a name of four words at most in quotation marks right after a reporting verb ("وفق ما نقلت "رويترز"")
_QUOTED_NAME = re.compile(r'\s*("[^"\s]+(?:\s[^"\s]+){0,3}")')
_OCCASION_CUES = ("speech", "relay", "according")  # a later one opens a clause whose occasion is the speaker's
_GAP = re.compile(r"[\s،,]*")  # between a subject and its verb
_TIME_REACH = 100  # characters before a noun of speech that hold its preposition of time: "بعد أقل من 24 ساعة من"
_OBJECT_REACH = 120  # characters after a verb of admitting and its subject that hold its object: "رسمياً باستقلال"
_OBJECT_WORDS = 6  # the words of that reach read for the object and what it is recognised as ("بالإنتربول كمنظمة")
_CLAUSE_WORD = re.compile(r"[بل]?ان(?:ه|ها|هم|هما|نا|ني)?")  # أن، إن، بأنه، لأن normalised: what was admitted
_COUNTED = re.compile(r"(?<!\S)\d+\s+$")  # a number right before a word: "16 متهما" counts the accused
_WORD_SIGNS = "\\s،,.:؛!؟\"'()"  # the signs around a word, in a character class
_LEARN = "cue.ar.learn"
_JUDGMENT = "cue.ar.judgment"  # judging in the present, spelled like its passive (_judgment_holder)
_PRESENTING = "cue.ar.presenting"  # presenting an account: the noun its object (_account)
_HEARER_APART = re.compile(r"\s*[،,]\s*ل\S")  # "وقدم الرئيس هادي، لمبعوث الأمين العام": a hearer set off by commas
_PROVISION = "cue.ar.provision"  # a provision of a text, verb first only
_AS = "cue.ar.according_as"  # "، على ما أفادت الوزارة": a source only through the verb after ما
_CIRCULATED = "cue.ar.circulated"
_PUBLISHING = (_CIRCULATED, "cue.ar.published")  # verbs of putting out and of reporting
_PUBLISHED_REACH = 16  # words from a verb of publishing to the statement it puts out
_AGENT_WORD = re.compile(r"\s+([^\s،,.:؛!؟\"'()«»]+)")  # a word after a space, no sign between
_NISBA = re.compile(r"ال\S+(?:ي|يه|يون|يين)$")  # a relation adjective, normalised ("الروسية"، "التركي")
_AGENT_REACH = 7  # words read after a verbal noun of speech: a speaker of a title, its name and its object
_MASDAR_SPEAKERS = ("named_official", "named_person", "named_organization", "anonymous_official")
_BEFORE_DOCUMENT_HEAD = ("intelligence", "state_media", "media")  # typed before a document heading a span (type_span)
_MAKERS = ("named_organization", *_BEFORE_DOCUMENT_HEAD)  # who makes a classification (closed.ar.according_rating)
_OUTLET_LEXICONS = ("outlet", "media_generic", "state_media_generic")  # "نشر في الجريدة الرسمية": read as before


def _object_stems(verb: str) -> tuple[str, ...]:
    """How a verb is written before an object suffix (Arabic._verb_before_object): as it is, "حذروا" without its
    alif ("حذروهم"), "أوصى" with ا ("أوصاه")."""
    return (verb, *([verb[:-1]] if verb.endswith("وا") else []), *([verb[:-1] + "ا"] if verb.endswith("ي") else []))


_SUBORDINATOR = "closed.ar.subordinator"  # "لأن الاتحاد الأوروبي كان يطالب": a side clause (fronted_side_clause)
_KANA_ACT = "closed.ar.kana_qad"  # a verb of speech after the act of كان ... قد: a side clause (narrated_speech)
_SPEAKING_OCCASION = "closed.ar.speaking_occasion"  # the main clause an opening occasion of speaking frames
_TALK = "closed.ar.talk_verb"  # talking with nothing said after it: narration (Arabic.narrated_act)


class Arabic(Language):
    code = "ar"
    finder = ArabicSubjects
    according_verb_first = True  # "وبحسب بيان الرئاسة، طالب السيسي": Arabic's verb-first clause
    according_unnamed_through = frozenset({"media", "state_media"})  # as "وذكرت الصحيفة أن مسؤولا قال" reads
    agreement_binds = True  # "وقالت" after a man, with no woman to go back to, is no one's: the verb's agreement is grammar
    subjects: ArabicSubjects

    def __init__(self, *args) -> None:
        super().__init__(*args)
        self.relatives = closed_class(self.rules, "closed.ar.relative")  # "التي يعلن فيها الجيش"
        self.according_closers = closed_class(self.rules, "closed.ar.according_close")  # "وبحسب الصحف فإن"
        self.speech_masdars = closed_class(self.rules, "closed.ar.speech_masdar")  # "إعلان بوتن زيادة"
        self.utterance_object_verbs = closed_class(self.rules, "closed.ar.utterance_object_verb")  # ونفت الاتهامات
        self.masdar_proclitics = re.compile("^" + opening(self.words.conjunction_proclitics) + "?"
                                            + opening(self.words.preposition_proclitics) + "?")  # "وبإعلان"
        self.unjoined = re.compile("^" + opening(self.words.conjunction_proclitics) + "(?=..)")  # "وقال" is قال
        self.gender = ArabicGender(self.rules, self.words.conjunction_proclitics)  # "وقالت" skips a man who spoke last
        self.complementizers, self.said_openers = self.words.complementizers, self.words.said_complementizers
        that = r"(?<!\S)" + opening(self.words.pronoun_complementizers) + r"(?!\S)"  # أن، بأن، أنهم
        self.said_word = re.compile(that)  # a hearer's name ends before these, not at «
        # where what the source said starts; not لـ"فرانس برس"
        # what opens what was said, read by every look-ahead for it (said_start, complement_ahead, talk_ahead): a
        # colon, not a clock's "10:30"; a quotation mark
        self.said_mark = r"(?<!\d):|:(?!\d)"
        self.said_start = re.compile(that + r"|" + self.said_mark + r"|(?<!\sل)[\"«“]")
        # a name of four words at most in quotation marks, then what the subject says or a relative clause
        self.quoted_subject = re.compile(r'\s*("[^"\s]+(?:\s[^"\s]+){0,3}")(?=\s*(?:[،,:]|' + that
                                         + r'|' + opening(self.relatives) + r'(?!\S)))')
        # "علمت "الوطن" من مصادرها الطبية أن": whom an outlet learned from, after من and before what it learned
        before_that = r"(?:(?!(?<!\S)" + opening(self.complementizers) + r"(?!\S))[^.،,:؛])*?"
        self.learned_from = re.compile(before_that + r"(?<!\S)" + opening(self.words.learned_from)
                                       + r"(?!\S)")
        # what a verb that needs a complement is followed by: أن or قائلا (closed.ar.saying_word), a colon, a quotation
        said = opening(self.complementizers | self.words.saying_words | self.words.en_complementizers)
        self.complement_ahead = re.compile(r"[^.؟\"]{0,60}?(?<!\S)" + said + r"(?!\S)|[^.؟]{0,60}?(?:"
                                           + self.said_mark + r"|\")")
        # the preposition that governs what a verb of speech without أن says (closed.ar.speech_preposition: "وعبر فيه
        # عن"، "وتدعو صراحة إلى"), after one word at most
        self.governed_ahead = re.compile(r"(?:\s+[^\s.،,:؛]+)?\s+" + opening(closed_class(
            self.rules, "closed.ar.speech_preposition")) + r"(?!\S)")
        self.quoting_cues, self.coordinators = self.words.quoting_cues, self.words.conjunction_proclitics
        self.object_suffixes = sorted(closed_class(self.rules, "closed.ar.object_pronoun"), key=len, reverse=True)
        pronoun = opening(frozenset(self.object_suffixes))  # closed.ar.object_pronoun, as a regex
        # a verb of speech with its object as a pronoun (_with_object_pronoun), of any person
        self.verb_objects = tuple(sorted({*self.object_suffixes, *closed_class(self.rules, "closed.ar.addressee_pronoun")},
                                         key=len, reverse=True))
        self.speech_verbs = self.rules.lexicon("speech")
        self.object_verbs = closed_class(self.rules, "closed.ar.object_speech_verb") & self.rules.terms("speech")
        # asked of each word ending as an object pronoun does (ه is also a folded ة) in a sentence that holds an
        # object verb's form (object_words): seven in ten asked before on the pools
        self.verb_before_object = lru_cache(maxsize=16384)(self._verb_before_object)
        # asked of a verb of judging when its cue is kept (_judging), and again when its holder is read
        self.judged_object = lru_cache(maxsize=64)(self.subjects.judged_object)
        # a whole word ending as one of those pronouns does: the regular expression engine passes over the others
        self.object_suffixed = re.compile(f"(?<![^{_WORD_SIGNS}])[^{_WORD_SIGNS}]+" + opening(frozenset(self.verb_objects))
                                          + f"(?![^{_WORD_SIGNS}])")
        # every way an object verb is written with its suffix, and the verbs it may be (_verb_before_object)
        self.object_forms = self._object_forms()
        # those ways, and with و or ف before them (`bare`): a sentence none of whose words is one holds no such verb
        self.object_words = frozenset(self.object_forms).union(
            *({c + form for form in self.object_forms} for c in self.coordinators))
        # "بحسب ما نقلت عنه الوكالة"، "على ما أفادت به الوزارة": the verb's object (closed.ar.relayed_object)
        self.from_him = re.compile(r"\s*" + opening(self.words.relayed_object) + pronoun + r"(?!\S)")
        lead = r"\s*(?:" + opening(self.words.sentence_openers) + r"\s+)*"  # "وقد قال"، "ثم أضاف"
        self.leading_conj = re.compile("^" + lead)
        self.leading_verb = re.compile(lead + r"\S+")  # a verb-first sentence's verb
        self.opening_verb = re.compile(r"\s*(?:" + opening(self.words.clause_openers) + r"\s+)*\S+")
        # how an outlet's report is cited or put out ("وفقا لما نقلته وكالة"، "أوردت الوكالة")
        self.reports = self.rules.lexicon("according", "relay", "speech_media")
        self.verb_terms = frozenset().union(*(self.rules.terms(f) for f in (
            *SPEECH_FAMILIES, "relay", "participle", "opinion", "stance")))
        self.root_ba_verbs = closed_class(self.rules, "closed.ar.root_ba_verb")  # "بعث": ب of the root
        # "في بيان"، "بتغريدة له"، "في كلمته أمام": an occasion of speech of its own, with its proclitics and pronoun
        self.negation_reported = closed_class(self.rules, "closed.ar.negation_reported")  # "ولم يذكر المتحدث"
        self.no_one = closed_class(self.rules, "closed.ar.no_one")  # "ولم تعلن أي جهة"
        self.silence = closed_class(self.rules, "closed.ar.negated_silence")  # "ولم تعلق سوريا": nothing said
        self.pronouns = closed_class(self.rules, "src.pronoun.ar")  # "لكنها قالت": the subject before speaks on
        self.printed_matter = closed_class(self.rules, "closed.ar.printed_matter")  # "ألقى منشورات تحذر"
        self.printed_place = closed_class(self.rules, "closed.ar.printed_place")  # "تحذر فيها": in the leaflets
        self.occasion_pointers = closed_class(self.rules, "closed.ar.occasion_pointer")  # "أكد فيها": in the speech
        self.clause_initial = closed_class(self.rules, "closed.ar.clause_initial_verb")  # "بين": between, or explained
        # "وقد تحدث العاهل السعودي هاتفيا مع": talking reports only before its topic or what was said (narrated_act)
        self.talk_verbs = closed_class(self.rules, "closed.ar.talk_verb")
        talked_of = opening(closed_class(self.rules, "closed.ar.talk_topic"), self.words.pronoun_complementizers,
                            self.words.saying_words)
        # what was spoken of or said (a colon, not a clock's "10:30"; a quotation, not a name's after ل or a body's
        # noun: "لمنظمة «ناشيونال أوروبان ليغ»"), up to ten words on and never past the clause's end (talk_clause_end)
        self.talk_reach = re.compile(r"(?:\s+[^\s.؟]+){0,10}\s*")
        self.talk_ahead = re.compile(r"(?<!\S)" + talked_of + r"(?![^\s.،,؛؟!])|" + self.said_mark
                                     + r"|(?<!\S)[\"«“]")
        self.talk_clause_end = re.compile(r"[.؟!؛]|،\s*و|(?<!\S)و?" + opening(closed_class(
            self.rules, "closed.ar.subordinator")) + r"(?!\S)")
        self.named_heads = frozenset(self.words.media_heads)  # "منظمة «...»": a quotation names the body
        self.feelings = closed_class(self.rules, "closed.ar.feeling_noun")  # "يشعر السعوديون بالقلق"
        self.accounts = closed_class(self.rules, "closed.ar.account_noun")  # "وقدم الرئيس هادي ... شرحًا"
        self.ambiguous_accounts = closed_class(self.rules, "closed.ar.account_noun.ambiguous")  # شهادته: a diploma too
        self.account_complements = closed_class(self.rules, "closed.ar.account_complement")  # "شهادته أمام المحكمة"
        self.without = closed_class(self.rules, "closed.ar.without")  # "دون أن يقدم"
        self.account_quantifiers = closed_class(self.rules, "closed.ar.account_quantifier")  # "بعض الأمثلة"
        self.verdict_verbs = closed_class(self.rules, "closed.ar.verdict_verb")  # "وأدانت المحكمة": convicted
        self.courts = closed_class(self.rules, "closed.ar.court")
        self.recognition_verbs = closed_class(self.rules, "closed.ar.recognition_verb")  # "اعترفت بريطانيا باستقلال"
        self.recognized = _recognized(closed_class(self.rules, "closed.ar.recognition_object"))
        self.manner = re.compile(r"(?:\s+" + opening(closed_class(self.rules, "closed.ar.statement_manner")) + r"(?!\S))+")
        # "بيان صادر عن الحزب"، "بيان أصدرته الوزارة" (closed.ar.issued_by); "خطاب وجهه هادي" (closed.ar.delivered_by)
        self.issued_by = re.compile(r"\s+" + relative_verbs(self.words.issued_by | self.words.issued_by_verb))
        self.delivered_by = re.compile(r"\s+" + relative_verbs(self.words.delivered_by))
        # "وفي تعقيب لوزارة الخارجية": an occasion at the sentence's opening (closed.ar.occasion_preposition)
        self.opening_occasion = re.compile(r"\s*" + opening(self.words.conjunction_proclitics) + "?"
                                           + opening(self.words.occasion_prepositions) + r"\s+")
        # an exchange or a statement that opens the sentence before its verb: "وفي حديث لـ"العربية.نت"، قال"، "وفي
        # مقابلة مع صحيفة"، "وفي بيان نشرته وكالة أنباء برس أسوسييشن قال" (a relay only when an outlet heard or
        # carried it; closed.ar.exchange_noun)
        self.fronted_exchange = re.compile(self.opening_occasion.pattern + opening(self.words.exchange_nouns)
                                           + r"(?!\S)")
        # "وفي كلمة خلال حفل تخرج، الجمعة، كان وزير الدفاع": an opening occasion of one's own speaking
        # (closed.ar.speaking_occasion, with a pronoun or not: كلمته، بيانها) to its comma and up to two words set off
        # after it ("الجمعة،"); the main clause's verb comes next (_occasion_clause)
        speaking = written_class(self.rules, "closed.ar.speaking_occasion")
        speaking = frozenset(norm(f) for t in speaking for f in (t, *with_attached(t, self.object_suffixes)))
        self.speaking_opening = re.compile(self.opening_occasion.pattern + "(?P<noun>" + opening(speaking, spaced=True)
                                           + r")(?![^\s،,])[^.،,:؛!؟]{0,160}?[،,](?:\s*[^\s.،,:؛!؟]+\s*[،,]){0,2}\s*")
        # "وفي كلمة واحدة، فشلت الحكومة": the writer's idiom, no occasion (closed.ar.speaking_occasion_idiom)
        self.speaking_idiom = re.compile(self.opening_occasion.pattern + opening(self.words.speaking_idioms, spaced=True)
                                         + r"(?![^\s،,])")
        # "وكانت هيلي قد أبلغت": an earlier occasion (closed.ar.kana)
        self.pluperfect = re.compile(r"^\s*" + opening(self.words.conjunction_proclitics) + "?"
                                     + opening(self.words.kana) + r"\s(?:\S+\s+){0,6}?"
                                     + opening(self.words.kana_qad) + r"\s")
        occasions = opening(closed_class(self.rules, "closed.ar.occasion"))
        self.occasion = re.compile(r"(?<!\S)" + opening(self.words.conjunction_proclitics) + "?"
                                   + opening(self.words.occasion_proclitics) + "?(?:ال)?" + occasions
                                   + pronoun + r"?(?![^\s،,.:؛\"])")
        # "...، وذلك في كلمة": an occasion set off after a comma (closed.ar.set_off)
        self.set_off = re.compile(r"[،,]\s*(?:" + opening(self.words.set_off) + r"\s+)?(?:"
                                  + opening(self.words.conjunction_proclitics) + "?"
                                  + opening(self.words.set_off_prepositions) + r"\s*)?$")
        self.what = re.compile(r"\s+(?:" + opening(self.words.according_what) + r"\s+)?")  # "حسب ما أكدت"
        self.issued = re.compile(r"\s+" + opening(self.words.issued) + r"(?!\S)")  # "بيان صدر أمس"
        self.came_in = re.compile(r"(?<!\S)(?:" + self.words.came_in + r")\s+$")  # "جاء ذلك في"
        self.came_after = re.compile(r"\s*(?:" + self.words.came_after + r")\s+")  # "وجاء هذا التأكيد غداة"
        self.time_of_speech = re.compile(self.words.time_of_speech)  # "بعد يوم من تصريح": the noun only dates
        # "ثم عقب"، "لكن عقب"، "وفي وقت لاحق، وبعد": particles and fronted adverbials, no clause of their own
        self.time_opening = re.compile(r"\s*(?:" + opening(self.words.clause_openers | self.words.sentence_openers)
                                       + r"\s+|" + opening(self.words.conjunction_proclitics) + "?"
                                       + opening(self.words.opening_prepositions) + r"(?:\s+[^\s،,]+){1,6}\s*[،,]\s*)*")
        # "في تسجيل المكالمة"، "جاء ذلك في بيان مشترك": a document framing the sentence from its opening
        self.framed_in = re.compile(r"\s*(?:(?:" + self.words.came_in + r")(?<=في)|"
                                    + opening(self.words.conjunction_proclitics) + "?"
                                    + opening(self.words.occasion_prepositions) + r")\s+")
        # "نقلت الوكالة عن مسؤول"، "على لسان بري"
        self.relay_marker = re.compile(r"(?<!\S)" + opening(self.words.relay_markers, spaced=True)
                                       + r"(?!\S)")
        # the occasion's nouns alone: searched four times faster, and in 9 of 10 sentences none occurs
        self.occasion_nouns = re.compile(occasions)
        # an occasion of speech an act held ("ألقى كلمة"، "أجرى اتصالا هاتفيا"): what a verb after it points back to
        self.act_occasion = re.compile(r"(?<!\S)(?:ال)?" + opening(closed_class(self.rules, "closed.ar.occasion")
                                                                   | self.words.exchange_nouns) + r"ا?(?!\S)")
        # heads of a phrase after an according cue that no lexicon types: records and counts, testimonies
        self.according_rank = closed_class(self.rules, "closed.ar.according_rank")  # "آخر حصيلة"
        self.according_heads = tuple((kind, entry, closed_class(self.rules, entry)) for kind, entry in (
            ("document", "closed.ar.according_record"), ("anonymous", "closed.ar.according_witness")))
        self.according_rules = closed_class(self.rules, "closed.ar.according_rule")  # "وفق قانون انتخاب جديد"
        self.according_manner = closed_class(self.rules, "closed.ar.according_manner")  # وفق، وفقا، طبقا
        self.according_norms = closed_class(self.rules, "closed.ar.according_norm")  # "حسب البرنامج الزمني"
        self.named_bodies = {e.id for e in self.rules.entries if e.name and e.type in ("named_organization",
                                                                                     "named_official")}  # org.wfp

    def subject_span(self, r: Reading, hit: Hit, inverted: bool = True) -> tuple[int, int]:
        return self._subject_ends(r, hit)[0]

    def _subject_ends(self, r: Reading, hit: Hit) -> tuple[tuple[int, int], list[str]]:
        """The cue's subject, with the rules that set where it ends for its source's rules (speaker), each read
        from the cut that made it, not asked again: the verb's complement after ب that object_cut cut off
        (closed.ar.verb_complement) while no later cut moved the end; else a closing mark right after the span where
        the subject as walked ran on past it (ArabicSubjects.closing_rules, closed.ar.subject_close)."""
        learned = self.learned_from.match(r.n, hit.end) if hit.entry_id == _LEARN else None
        if learned is not None and learned.end() - hit.end <= 40:
            span = self.subjects.after(r.n, learned.end())
            if span[1] > span[0]:
                return self.subjects.appositive_after(r.n, span), []  # "من مصادرها الطبية": whom it learned from
        span, walked = self.subjects.subject_walked(r.n, hit)
        if span[1] <= span[0] and hit.family in SPEECH_FAMILIES:
            span = self._occasion_owner(r, hit) or span  # "وفي تعقيب لوزارة الخارجية الروسية قالت إنها"
        if hit.entry_id == _PRESENTING and span[0] >= hit.end:
            span = self._presenter(r.n, hit, span)
        if hit.entry_id == _PROVISION and span[0] < hit.start:
            return (hit.start, hit.start), []  # "وعلى الرغم من أن القانون منع هذه الممارسات": a concession, no provision
        cut, cut_rules = None, []  # the span object_cut gave and the rule of its cut
        if span[0] >= hit.end:
            cut, cut_rules = self.subjects.object_cut(r.n, r.original, span)
            span = cut
            published = self._published(r.n, hit)  # "ونشرت حملة كلينتون بيانا": the object ends the subject,
            if published is not None and span[0] <= published < span[1]:  # or is all of it: "ونشر أيضا فيديو"
                span = (span[0], len(r.n[:published].rstrip(" ،,"))) if span[0] < published else (hit.start, hit.start)
            if hit.family == "speech_document":
                span = self.subjects.document_cut(r.n, span)  # "يمنع القانون التونسي ... تعدد الزوجات"
            elif hit.family == "speech_press":
                span = self.subjects.press_cut(r.n, span)  # "سلطت الصحف الضوء على"
            if hit.entry_id == _SPEAKING_OCCASION:
                span = self.subjects.predicate_cut(r.n, span)  # "كان وزير الخارجية الأمريكي واضحا"
        quoted = self.quoted_subject.match(r.n, hit.end) if span[1] <= span[0] else None
        if quoted is not None and self.opens_clause(r.n, hit.start):
            # "وذكرت «أم باسم» التي تعمل"، "وقالت "وفا" إن": a name in quotation marks right after the verb
            return quoted.span(1), []
        if span[1] <= span[0]:
            return span, []
        return span, cut_rules if span == cut and cut_rules else self.subjects.closing_rules(r.n, span, walked)

    def _occasion_owner(self, r: Reading, hit: Hit) -> Optional[tuple[int, int]]:
        """The dropped subject of a verb after an opening occasion of speech is the one whose occasion it is,
        named after ل or as the agent of a relative verb of issuing or delivering it ("وفي تعقيب لوزارة الخارجية
        الروسية قالت إنها"، "وفي بيان نشرته وزارة الخارجية الفلبينية، الإثنين، ذكرت"، "وفي مؤتمر صحفي عقده
        نتانياهو الاثنين قال إن"); not an outlet, which carried it ("وفي بيان نشرته وكالة ... قال أبناء الراحل")."""
        n = r.n
        noun = next((h for h in r.cues["speech_noun"] if h.start < hit.start), None)
        if noun is None or not self.opening_occasion.fullmatch(n, 0, noun.start):
            return None
        span = self._owner(n, noun.end)
        if span is None:
            return None
        span = (span[0], min(span[1], len(n[:hit.start].rstrip(" ،,"))))  # the walk may reach the verb
        if span[1] <= span[0] or len(n[span[1]:hit.start].split()) > 2:
            return None
        return span if self._source_typed(r, span) else None

    def _owner(self, n: str, noun_end: int) -> Optional[tuple[int, int]]:
        """The span of an occasion's owner named after its noun: after ل or as the agent of a relative verb of
        issuing or delivering it ("تعقيب لوزارة الخارجية"، "بيان نشرته وزارة الخارجية"، "كلمة ألقاها الرئيس")."""
        manner = self.manner.match(n, noun_end)  # "في بيان صحفي لوزارة الخارجية"
        after = manner.end() if manner is not None else noun_end
        issued = self.issued_by.match(n, after) or self.delivered_by.match(n, after)
        lam = _LAM.match(n, after) if issued is None else None
        if issued is None and (lam is None or lam.group(2)):
            return None  # "في كلمة خلال حفل"، "في بيان للمرة الأولى": no owner named
        return self.subjects.after(n, issued.end() if issued is not None else lam.end(), governed=True)

    def leading_sources(self, n: str, cands: list[Candidate], comma: int) -> list[Candidate]:
        return cands  # "وفيما أكدت روسيا ...": a clause of news, unlike English "Although he told"

    def definite(self, n: str, span: tuple[int, int]) -> bool:
        """"القرار"، "مشروع القرار": the article on the head or on the noun it is the construct of."""
        return any(DEFINITE.match(w) for w in n[span[0]:span[1]].split()[:2])

    def filter_cues(self, r: Reading) -> None:
        """Adds the cues no lexicon can list, then drops the hits that are no verbs (Language.filter_cues). Added:
        a verb of speech with its object pronoun (_with_object_pronoun: "يتّهمه"), a charge read in the passive
        (agentless). Dropped: a word with the article, "الرأي" (the opinion) is no رأى, "آليتهم" (their vehicle)
        no يتهم; with the prepositions ب and ك, "كيري" (Kerry) is no يرى; a participle a number counts; a court's
        verdict ("وأدانت المحكمة"); a present verb of judging read as its passive."""
        n = r.n
        r.cues["speech"] = sorted([*r.cues["speech"], *self._with_object_pronoun(r)], key=lambda h: h.start)
        for family in _VERB_CUES:
            r.cues[family] = [h for h in r.cues[family] if self.bare(h.text) in self.verb_terms  # "بالقول"
                              or self.bare(h.text) in self.root_ba_verbs
                              or not _ARTICLE.match(n, h.start, h.end) and not self.bare(h.text).startswith(("ب", "ك"))]
        # a participle is no noun a number counts: "الصادرة بحق 16 متهما" (16 accused), not "accusing"
        r.cues["participle"] = [h for h in r.cues["participle"] if not _COUNTED.search(n, max(0, h.start - 12), h.start)]
        r.cues["speech"] = [h for h in r.cues["speech"] if not self._verdict(n, h) and not self._deploys(n, h)
                            and not self._recognizes(n, h)
                            and (h.entry_id != _PRESENTING or self._account(n, h) is not None)]
        r.cues["agentless"] += self.subjects.passive_charges(r)  # "اتُّهم النظام باستخدام": no one accuses
        for family in ("opinion", "stance"):  # "وتعتبر الجماعة امتدادا": the passive, is considered; no holder
            r.cues[family] = [h for h in r.cues[family] if h.entry_id != _JUDGMENT or self._judging(r, h)]
        opening_clause = self._occasion_clause(r)
        if opening_clause is not None:  # its verb is the main clause's; verbs before it describe the occasion
            for family in _VERB_CUES:
                r.cues[family] = [h for h in r.cues[family] if h.start > opening_clause.start]
            r.cues["speech"].insert(0, opening_clause)

    def _occasion_clause(self, r: Reading) -> Optional[Hit]:
        """The verb of a main clause framed by an opening occasion of one's own speaking (closed.ar.speaking_occasion:
        "وفي كلمة خلال حفل تخرج بكلية الحرب البحرية، الجمعة، كان وزير الدفاع الأميركي، جيمس ماتيس، أشد انتقادا
        لروسيا"، "وفي كلمة أمام العشرات من مؤيديها، ذهبت كلينتون إلى أبعد من بوش"): what the clause says was said
        there, and a verb of speech joined after it goes on with it ("، تهجم محمد بن سلمان على إيران وقياداتها،
        وقال"). Only a verb of closed.ar.speaking_occasion_verb (a copula, stance or attack; "اعتقلت الشرطة"،
        "وقع الوزيران" are acts), right after the occasion's comma and with no و or ف (a second clause: "قال
        الرئيس إن ...، وستواصل الحكومة"), and no cue (a verb of speech there reads the sentence as ever); not after
        the idiom "في كلمة واحدة"; not when the opening names the occasion's owner ("وفي بيان للجيش"، "كلمة ألقاها
        الرئيس الإيراني"، "كلمة ترامب": the clause is another's act) or holds a verb of speech with a source of its
        own ("وفي كلمة له أمام البرلمان قال الرئيس"; an outlet that carried it is none: "نشرت جريدة"); and only
        when the verb's subject right after it is a source: a dropped subject, an outlet or a nobody stay as they
        were."""
        n = r.n
        m = self.speaking_opening.match(n)
        word = WORD.match(n, m.end()) if m is not None else None
        if word is None or norm(word.group()) not in self.words.occasion_verbs or self.speaking_idiom.match(n) \
                or any(word.start() <= h.start < word.end() for f in (*_VERB_CUES, *SPEECH_FAMILIES, "according")
                       for h in r.cues.get(f, ())) \
                or self._owned(r, m.end("noun"), m.end()) or self._spoken_inside(r, m.end()):
            return None
        hit = Hit(word.start(), word.end(), word.group(), _SPEAKING_OCCASION, "speech")
        span = self.subjects.subject(n, hit)
        return hit if span[0] >= hit.end and self._source_typed(r, span) else None

    def _source_typed(self, r: Reading, span: tuple[int, int], outlets: bool = False) -> bool:
        """Whether a span is typed a source: not nobody, and not an outlet (which carried or heard it) unless
        `outlets`."""
        kind = self.typer.classify(r.original(*span), r.memory).type if span[1] > span[0] else None
        return kind not in (None, "unattributed") and (outlets or kind not in OUTLETS)

    def _owned(self, r: Reading, noun_end: int, end: int) -> bool:
        """Whether an opening occasion's noun names its owner, after ل or a relative verb of issuing or delivering
        it (_owner: "وفي بيان للوزارة"، "كلمة ألقاها الرئيس الإيراني"، "مقال نشرته صحيفة") or in construct with it
        ("وفي كلمة ترامب"، "كلمة الرئيس"); a pronoun ("كلمة له") is the subject's own."""
        span = self._owner(r.n, noun_end)
        if span is not None:
            return span[0] < end and self._source_typed(r, (span[0], min(span[1], end)), outlets=True)
        construct = WORD.match(r.n, noun_end + 1) if r.n[noun_end:noun_end + 1] == " " else None
        return construct is not None and construct.end() <= end and (
            _ARTICLE.match(r.n, construct.start(), construct.end()) is not None
            or self._source_typed(r, construct.span(), outlets=True))

    def _spoken_inside(self, r: Reading, end: int) -> bool:
        """Whether a verb of speech inside the opening has a subject of its own typed a source other than an outlet
        ("وفي كلمة له أمام البرلمان قال الرئيس إن ...، وستواصل الحكومة": the president's verb governs)."""
        return any(self._source_typed(r, self.subjects.subject(r.n, h)) for f in ("speech", "participle")
                   for h in r.cues.get(f, ()) if h.end <= end)

    def _with_object_pronoun(self, r: Reading) -> list[Hit]:
        """A verb of speech that carries its object as a pronoun ("كما وصفها آخرون بأنها"، "كذلك، يتهمه الأميركيون
        بنقل"، "فأخبرهم أن"): the lexicons give each verb's forms, not each form with every pronoun, so the pronoun
        is cut off and the verb looked up. Only a verb that opens the sentence or, joined by و or ف, a clause after
        a comma, or follows a particle that opens one (كما، وقد، لكن): a noun of the same letters with its
        possessor stands after a verb or a preposition ("بحسب وصفه"، "أكد رفضها"، "وفي دعواها": her lawsuit); and
        never a word written with ة, which normalising folds to ه ("إضافة إلى" is no أضاف with its object). A verb standing bare after a
        comma describes the noun before it ("رسالة ... إلى مساعد الأمين العام، أندرو غيلمور، أبلغته بواقعة": the
        letter told him), and one joined with no comma is a noun joined ("بقتل المزارع وحثهم على": urging them)."""
        n, out = r.n, []
        if self.object_words.isdisjoint(runs_of(n)):  # the words the cue scan read: an object verb's form is one
            return out  # most sentences: no word of theirs is an object verb's form, no word is asked
        taken = {h.start for h in r.cues["speech"]}
        for word in self.object_suffixed.finditer(n):
            if word.start() in taken:
                continue
            verb = self.verb_before_object(word.group())
            if verb is None or r.original(*word.span()).endswith("ة") or self._possessed_noun(n, word.end()):
                continue
            before = words_before(n, word.start(), 2)
            after_comma = not before or before[-1].endswith(("،", ","))
            if after_comma and (len(before) <= 1 or self.bare(word.group()) != word.group()) \
                    or before and before[-1] in self.words.clause_openers:
                out.append(Hit(word.start(), word.end(), word.group(), verb.entry_id, verb.family, verb.value))
        return out

    def _possessed_noun(self, n: str, end: int) -> bool:
        """Whether the word ending at `end` is a noun with its possessor, which verbal nouns spelled as their verb
        are ("وصفه"، "شكره"): the ل and article of its complement right after it ("ووصفه للأحداث كان دقيقا": his
        description of the events), or كان in the next two words, whose subject it is ("ووصفها كان دقيقا"). A verb
        with its object is followed by its subject or by its complement with ب، إلى، على، أن."""
        after = []
        for word in n[end:end + 80].split()[:2]:
            after.append(word.rstrip("،,.:؛"))
            if word != after[-1]:
                break
        return bool(after) and after[0].startswith("لل") or any(w in self.words.kana for w in after)

    def _verb_before_object(self, word: str) -> Optional[Hit]:
        """The verb of speech taking an object (closed.ar.object_speech_verb) that a word is, its object suffix cut
        off: "وصفها" وصف، "حذروهم" حذروا (the alif of وا falls before a suffix)، "دعاه" دعا، "أوصاه" أوصى (written
        with ا before one); with or without و or ف before it."""
        for form in dict.fromkeys((word, self.bare(word))):
            for verb in self.object_forms.get(form, ()):
                hit = self.speech_verbs.search(verb)
                if hit is not None and (hit.start, hit.end) == (0, len(verb)):
                    return hit
        return None

    def _object_forms(self) -> dict[str, tuple[str, ...]]:
        """Each way an object verb (closed.ar.object_speech_verb) is written with an object suffix, a stem of two
        letters or more before it, and the verbs it may be, in the order _verb_before_object tries them: the
        longer suffix cut off first, then the verb as written before the one that lost or changed its last
        letter ("يدعوه": يدعو before يدعوا)."""
        forms: dict[str, list[tuple[int, int, str]]] = {}
        for verb in self.object_verbs:
            for rank, stem in enumerate(_object_stems(verb)):
                for order, suffix in enumerate(self.verb_objects if len(stem) >= 2 else ()):
                    forms.setdefault(stem + suffix, []).append((order, rank, verb))
        return {form: tuple(verb for *_, verb in sorted(verbs)) for form, verbs in forms.items()}

    def _judging(self, r: Reading, hit: Hit) -> bool:
        """Whether a verb of judging in the present (cue.ar.judgment), spelled like its passive, is active: its
        holder judges a clause after أن (ar_subjects.judged_clause), which the passive never takes; asked of the
        word order alone, before any holder is typed and remembered. A holder and a noun read either way without
        vowels ("وتعتبر إسرائيل القدس عاصمتها" judges, "وتعتبر مصر الوجهة الأولى" is considered): nobody's."""
        span = self.subject_span(r, hit)
        return self.subjects.judged_clause(r.n, span) or self.judged_object(r.n, span, hit.end) is not None

    def _verdict(self, n: str, hit: Hit) -> bool:
        """"وأدانت المحكمة الناشط": a court that condemns convicts, which is its act, not its words."""
        if self.bare(hit.text) not in self.verdict_verbs:
            return False
        words = n[slice(*self.subjects.subject(n, hit))].split()
        return bool(words) and (words[0] in self.courts or " ".join(words[:2]) in self.courts)

    def _recognizes(self, n: str, hit: Hit) -> bool:
        """"اعترفت بريطانيا باستقلال المستعمرات"، "اعترفت الأمم المتحدة بالإنتربول كمنظمة": a verb of admitting whose
        object after ب is a state or what makes one (closed.ar.recognition_object) recognises it, a state's act and
        not its words. Only the object is read, the first word on ب after the head of the verb's subject (or one on ك
        after it: recognised as), before any clause of what was admitted (أن، إن): a state named later is where the
        admitted act took place ("واعترف محمد العتيبي بتهريب المخدرات بالمملكة")."""
        if self.bare(hit.text) not in self.recognition_verbs:
            return False
        words = [w.rstrip("،,.:؛") for w in n[hit.end:hit.end + _OBJECT_REACH].split()[:_OBJECT_WORDS]]
        if words and self.subjects.subject(n, hit)[0] >= hit.end:
            words = words[1:]  # the subject's head after the verb, its own ب no preposition: "اعترفت بريطانيا"
        for i, word in enumerate(words):
            if _CLAUSE_WORD.fullmatch(word):
                return False
            if word.startswith("ب"):
                return any(self.recognized.fullmatch(w) for w in [word, *(w for w in words[i + 1:] if w.startswith("ك"))])
        return False

    def bare(self, word: str) -> str:
        return self.unjoined.sub("", word)

    def speaker(self, r: Reading, hit: Hit, inverted: bool = True) -> Candidate:
        """A subject's span that opens as a prepositional phrase is no noun phrase and no speaker
        (src.ar.not_noun_phrase): after the verb, the speaker is the one before ("ودعا في نفس الوقت"، "وتعهد
        بإطلاق سراح إبراهيم"; a subject after the phrase, "وقال في مؤتمر صحفي وزير الداخلية", is not read); before
        it, no one is named ("مما سيكون له أبلغ الأثر"). An outlet the phrase names is read as before ("نشر
        في الجريدة الرسمية"), asked of the outlet lexicons: typing the span would write to the memory."""
        span, ends = self._subject_ends(r, hit)  # where the span ends: closed.ar.verb_complement ...
        if span[1] > span[0] and self.typer.arabic.adverbial(r.original(*span)) and not self._outlet(r.n[slice(*span)]):
            if span[0] >= hit.end:
                cand = self.candidate(r, hit, (hit.end, hit.end))
                cand.hearer = cand.hearer or self.hearer(r, span[1])  # "وقال في ختام زيارته لوكالة": past it
                return cand
            return Candidate(hit, span, Typed("unattributed", rules=["src.ar.not_noun_phrase"]))
        cand = self.candidate(r, hit, span)
        if self._utterance(r, hit, cand):
            return Candidate(hit, span, Typed("unattributed", rules=[UTTERANCE_CLASS, "attr.ar.utterance_subject"]))
        if ends:
            cand.typed = replace(cand.typed, rules=[*cand.typed.rules, *ends])
        return cand

    def _utterance(self, r: Reading, hit: Hit, cand: Candidate) -> bool:
        """Whether the verb's subject right after it is what was said or is known, no speaker named after it
        (closed.ar.utterance: "ولكن تجددت الاتهامات بالمثلية"، "وتحدثت معلومات منذ فترة"): the utterance speaks
        for no one the sentence names, and an unresolved span would otherwise be read as a dropped subject going
        on with the speaker before. Only where the noun can be the verb's subject: the verb agrees with it in the
        feminine ("تهدد الاتهامات"، not "ونفى الاتهامات": he denied them) and cannot take it as its object
        (closed.ar.utterance_object_verb: "ونفت الاتهامات" is she denied them)."""
        if cand.span[0] < hit.end or cand.span[1] <= cand.span[0] or "src.unresolved" not in cand.typed.rules:
            return False
        if self.gender.of_verb(hit.text) != FEMININE or self.bare(norm(hit.text)) in self.utterance_object_verbs:
            return False
        first = self.bare(r.n[slice(*cand.span)].split()[0])
        article = self.words.article
        return (first[len(article):] if first.startswith(article) else first) in self.words.utterances

    def _outlet(self, n: str) -> bool:
        """Whether a normalised span names an outlet ("في الجريدة الرسمية"), read without typing it."""
        return any(self.typer.search(f, n) is not None for f in _OUTLET_LEXICONS)

    def candidate(self, r: Reading, hit: Hit, span: tuple[int, int]) -> Candidate:
        """"وقال جوناثان لشبكة سي إن إن": a word never introduced (src.unintroduced) that told an outlet, or that
        stands where only the one who speaks can be (closed.ar.subject_position: after قال, a relay's عن), is
        the speaker's name after all. A name whose first word only rules/ar/given_names.yaml reads as one names
        that rule, and a span run through a title's complement to its holder's name names
        closed.ar.title_complement."""
        cand = super().candidate(r, hit, span)
        given = self.typer.arabic.given_rule(cand.typed.name)  # "تركي المالكي": a given name read as one
        if given is not None:
            cand.typed.rules = [*cand.typed.rules, given]
        if self.subjects.through_complement(r.n, span):  # "مدير ... بفرع الهيئة ... مجدي يونس"
            cand.typed.rules = [*cand.typed.rules, "closed.ar.title_complement"]
        if self.subjects.closed_name(r.n, span):  # "مراسل بي بي سي في الهند، سوتيك بيسواس إن"
            cand.typed.rules = [*cand.typed.rules, "closed.ar.appositive_close"]
        if self.typer.arabic.principal_rule in cand.typed.rules:
            cand.span = self._principal_span(r, span)  # "الداخلية التونسية في بلاغ لها": the source's own words
        if "src.unintroduced" in cand.typed.rules and (cand.hearer is not None or span[0] >= hit.end
                                                       and self.bare(hit.text) in self.words.subject_position):
            r.memory.remember(cand.typed.name, "named_person")
            cand.typed = Typed("named_person", name=cand.typed.name, rules=["src.name", "src.subject_position"])
        return cand

    def _principal_span(self, r: Reading, span: tuple[int, int]) -> tuple[int, int]:
        """The subject's span cut to the one named before the statement they spoke in (closed.ar.spoken_in,
        SpanGrammar.principal), so that the source's text is theirs and not the statement's; whole where the
        rule came with an earlier typing (an anaphor read as the body it stands for)."""
        text = r.original(*span)
        principal = self.typer.arabic.principal(text)
        if principal is None:
            return span
        end = r.ns.span(*span)[0] + text.index(principal) + len(principal)
        return span[0], bisect_left(r.ns.offsets, end)

    def covers(self, r: Reading, cand: Candidate) -> bool:
        """An outlet covers its story, but a noun of media that names other things too
        (closed.ar.media_head.other_sense), heading other words than an outlet's name, is that other thing: "وربطت
        شبكة الكهرباء الجديدة بين المدن"، "وركز موقع الوزارة على الخدمات" link and focus, no press wrote it ("القناة"
        alone is the channel cited)."""
        if cand.typed.type != "media" or any(rule.startswith("outlet.") for rule in cand.typed.rules):
            return super().covers(r, cand)
        words = r.n[cand.span[0]:cand.span[1]].split()
        return len(words) < 2 or self.bare(words[0]) not in self.words.other_sense_media

    def publishes(self, r: Reading, hit: Hit, cand: Candidate) -> bool:
        """Unnamed people post and leak as outlets do ("وسرب ناشطون يمنيون تعميما"، "ونشر ناشطون مقطع فيديو",
        cue.ar.circulated; what scientists monitor, "ورصد العلماء أدلة", is no publishing):
        what they put before the public rests on them (LABELLING.md: anonymous). Only a verb that opens its
        clause with the people after it: in "اللاعب في بيان نشر" the statement is published. Whoever publishes
        their own statement or footage says what it holds, a person too (closed.ar.published_speech)."""
        if hit.entry_id != _CIRCULATED or not self.opens_clause(r.n, hit.start):
            return False
        if cand.typed.type == "anonymous" and cand.span[0] >= hit.end:
            return True
        if self._published(r.n, hit) is None:
            return False
        # a dropped subject goes on ("ونشر أيضا فيديو"); "ونشرت على موقع الوزارة صورة" is passive
        after = WORD.search(r.n, hit.end)
        return cand.span[1] > cand.span[0] or self.bare(after.group()) not in self.words.opening_prepositions

    def _published(self, n: str, hit: Hit) -> Optional[int]:
        """Where the statement or footage a verb of publishing puts out stands as its object ("نشر أدرعي على
        حساباته ... مقطع فيديو"; closed.ar.published_speech), or None: not right after the verb, not after a
        preposition, at most _PUBLISHED_REACH words on."""
        if hit.entry_id != _CIRCULATED:
            return None
        for prev, m in self._objects(n, hit.end, _PUBLISHED_REACH + 1):
            if prev is not None and m.group() in self.words.published_speech and not self._governed(prev):
                return m.start()
        return None

    def _deploys(self, n: str, hit: Hit) -> bool:
        """Whether a verb of publishing deploys: troops, arms or patrols (closed.ar.deployed) as its object, after
        من too ("مزيداً من القوات"), before any published text (closed.ar.published_speech: "نشرت قوات سوريا
        الديمقراطية بيانا" publishes) or what was said (أن): "وكثفت الميليشيات نشر أفرادها"، "نشرت قناصة"."""
        if hit.entry_id != _CIRCULATED or self._published(n, hit) is not None:
            return False
        for prev, m in self._objects(n, hit.end, _PUBLISHED_REACH):
            word = self.bare(m.group())
            if word in self.words.complementizers:
                return False
            stem = word[len(self.words.article):] if word.startswith(self.words.article) else word
            if stem.startswith(self.words.deployed) and (not self._governed(prev) or prev.group() == "من"):
                return True
        return False

    def _objects(self, n: str, start: int, reach: int):
        """The next `reach` words from start, each with the word before it (None for the first): the walks after
        a verb of publishing look for its object, which no preposition governs."""
        words = list(islice(WORD.finditer(n, start, len(n)), reach))
        return zip([None, *words], words)

    def _governed(self, prev: Optional[re.Match]) -> bool:
        """Whether the word after `prev` is governed by a preposition ("على حساباته")."""
        return prev is not None and self.bare(prev.group()) in self.words.opening_prepositions

    def published_speaker(self, r: Reading, outer: Candidate) -> Optional[Candidate]:
        """"نشر موقع (فوكوس) الألماني تصريحاً لرئيس نادي كوتبوس"، "أوردت مواقف خامنئي": what an outlet puts out
        is someone's statement, so they are the source and the outlet relays them (closed.ar.relayed_speech). The
        noun is the verb's object, not after a preposition, its speaker follows it in construct or after ل, and what
        they said follows them ("الذي أعلن"، "إذ قال"، a quotation): "ونشرت صحيفة ... تصريح الزعيم." alone reports the
        publishing, the outlet's own news."""
        n = r.n
        if outer.cue.entry_id not in _PUBLISHING or outer.typed.type not in ("media", "state_media"):
            return None
        for prev, m in self._objects(n, max(outer.span[1], outer.cue.end), _PUBLISHED_REACH):
            if self._governed(prev) or m.group() not in self.words.relayed_speech:
                continue
            span = self.subjects.after(n, m.end(), stop_at_boundary=False, governed=True)
            if span[1] <= span[0] or span[0] != WORD.search(n, m.end()).start():
                return None
            if n[span[0]] == "ل" and n[span[0] + 1:span[0] + 2] != "ل":
                span = (span[0] + 1, span[1])  # "تصريحا لرئيس نادي كوتبوس": the chairman's
            said = any(h.start >= span[1] for h in r.cues["speech"]) \
                or self.said_start.search(n, span[1], min(len(n), span[1] + 40)) is not None
            cand = self.candidate(r, outer.cue, span)
            return cand if said and cand.typed.type not in (None, "unattributed", "media", "state_media", "document") \
                else None
        return None

    def fronted_side_clause(self, r: Reading, start: int) -> Optional[str]:
        """A subordinator (closed.ar.subordinator) before a subject that stands before its verb: "... في أسرع وقت ممكن،
        لأن الاتحاد الأوروبي كان يطالب بعقد الجمعية"، "بعد أن يقدم اللاعب طلب": a clause of cause or time, the main
        clause another; not where the sentence opens with it or only dates its news by it (`subordinated`, the cue
        loop's own test). The rule id, which the side speaker then carries."""
        previous = words_before(r.n, start, 2)
        edges = [i for i, w in enumerate(previous) if w[-1:] in "،,.:؛;"]
        previous = previous[edges[-1] + 1:] if edges else previous  # "ممكن، لأن": "ممكن" is another clause's
        subordinate, dated = self.subordinated(r, previous, start) if previous else (False, False)
        return _SUBORDINATOR if subordinate and not dated else None

    def narrated_speech(self, r: Reading, cand: Candidate, hit: Hit) -> bool:
        """A verb of speech after the narrated act that opens the sentence with كان ... قد (closed.ar.kana,
        closed.ar.kana_qad; ArabicSubjects.kana_act) speaks in a side clause of it, which the act governs: "وكان
        خاشقجي قد اختفى ...، لكن السعوديين ينفون"، "وكانت أسرة محمد مرسي قد رفعت قضية ...، تطالب فيها"، "وكان
        المجلس ... قد أيد ... واتهم إسرائيل". The sentence is the writer's, the speaker stays in `also`."""
        act = self._kana_act(r)
        if act is None or hit.start < act or self._reports_act(r, hit, act):
            return False
        cand.typed.rules = [*cand.typed.rules, _KANA_ACT]
        return True

    def _reports_act(self, r: Reading, hit: Hit, act: int) -> bool:
        """Whether a verb of speech after the act of كان ... قد reports what was said in its own clause, so that the
        sentence is a claim (review r1 of session 43, finding 3): with a pronoun pointing back to an occasion of
        speech the act held (closed.ar.occasion_pointer; closed.ar.occasion, closed.ar.exchange_noun: "قد ألقى كلمة
        ... أكد فيها أن"، "قد عقد مؤتمرا صحفيا أعلن فيه أن"), or joined by و or ف opening its clause, what was
        said after it (closed.ar.complementizer), its subject its own after it or the act's that it agrees with
        ("قد اعتقلت ثلاثة أشخاص، وقالت إنهم"، "وقالت الخارجية في بيان إن"). Not a lawsuit's demands ("رفعت قضية
        ...، تطالب فيها"), a joined verb with an object ("واتهم إسرائيل"), nor a clause opened by its subject or a
        pronoun ("لكن السعوديين ينفون"، "ولكنها قالت إنها")."""
        n = r.n
        after = n[hit.end:hit.end + 12].split()[:1]
        if after and after[0] in self.occasion_pointers and self.act_occasion.search(n, act, hit.start):
            return True
        first = hit.text.split()[0]
        waw = first[:1] in self.coordinators and (self.bare(first) in self.verb_terms or self._conjoined(n, hit))
        stop = n.find(".", hit.end)
        ahead = min(len(n) if stop == -1 else stop, hit.end + 60)  # "وقالت إنهم": أن with its pronoun too
        if not waw or n[max(act, last_comma(n, act, hit.start) + 1):hit.start].strip(" ،,") \
                or self.said_start.search(n, hit.end, ahead) is None:
            return False
        kana = self.subjects.kana.match(n)
        qad = min((i for i in (n.find(w, kana.end() - 1) for w in self.subjects.qad) if i != -1), default=-1)
        said = self.gender.of_verb(hit.text)
        held = self.gender.of_span(n[kana.end():qad]) if qad > kana.end() else None
        return said is None or held is None or said == held

    def _kana_act(self, r: Reading) -> Optional[int]:
        """Where the narrated act of كان ... قد that opens the sentence ends, its verb no cue (ArabicSubjects.kana_act)."""
        return self.subjects.kana_act(r.n, [(h.start, h.end) for hits in r.cues.values() for h in hits])

    def narrated_act(self, r: Reading, cand: Candidate, hit: Hit) -> bool:
        """A verb of talking with no topic or words after it in its clause (closed.ar.talk_verb, closed.ar.talk_topic,
        a complementizer, a saying word or a colon) tells of the act of talking, a call or an appearance: "وقد تحدث
        العاهل السعودي ... هاتفيا الأحد مع الرئيس التركي"، "وكانت كلينتون تتحدث في مؤتمر". The sentence is the
        writer's; the talker stays in `also`, and is the one a dropped subject after it goes on with (talker)."""
        if self.bare(hit.text) not in self.talk_verbs or self._talked_of(r, hit):
            return False
        cand.typed.rules = [*cand.typed.rules, _TALK]
        return True

    def _talked_of(self, r: Reading, hit: Hit) -> bool:
        """Whether what was spoken of or said (talk_ahead) follows a verb of talking in its own clause, which ends
        at "، و", a subordinator ("حيث"، "بعد أن") or the next verb of speech: "وتحدث الجبير في مؤتمر صحفي، ودعا
        إلى وقف التصعيد حول المدينة" has no topic of its talking."""
        n = r.n
        end = self.talk_clause_end.search(n, hit.end)
        stop = min([end.start() if end is not None else len(n), self.talk_reach.match(n, hit.end).end(),
                    *(h.start for h in r.cues["speech"] if h.start >= hit.end)])
        for said in self.talk_ahead.finditer(n, hit.end):
            if said.start() > stop:
                return False
            if said.group() not in ('"', "«", "“"):
                return True
            before = n[hit.end:said.start()].split()[-1:]  # the word before a quotation: a body's name, no words
            word = self.masdar_proclitics.sub("", before[0]) if before else ""
            if not {*before, word, word[2:] if word.startswith("ال") else word} & self.named_heads:
                return True
        return False

    def frames_sentence(self, cand: Candidate) -> bool:
        """The talking verb with nothing said (narrated_act) is the sentence's main verb, narrated."""
        return _TALK in cand.typed.rules

    def talker(self, cand: Candidate) -> Optional[str]:
        """"وقد تحدث العاهل السعودي هاتفيا مع الرئيس التركي. وأكد على علاقات بلاده": who talked is who goes on."""
        return _TALK if _TALK in cand.typed.rules else None

    def verb_use(self, r: Reading, hit: Hit) -> bool:
        """Not after a preposition: "على حث أوروبا" is a noun; a verb spelled like a preposition only where
        it opens a clause: "مواجهة بين روسيا والغرب" is between."""
        if self.bare(hit.text) in self.clause_initial and not self.opens_clause(r.n, hit.start):
            return False
        words = list(WORD.finditer(r.n, max(0, hit.start - 40), hit.start))[-1:]
        return (words[0].group() if words else "") not in self.words.opening_prepositions

    def according_verbs(self, r: Reading) -> dict[int, Optional[Hit]]:
        """"حسبما قال مسؤول", "وفق ما أفاد المرصد": the verb belongs to the according cue, which names the source."""
        out = {}
        for hit in r.cues["according"]:
            m = self.what.match(r.n, hit.end)
            pos = m.end() if m is not None else hit.end
            verbs = (*r.cues["speech"], *r.cues["relay"])  # "وفق ما نقلت "رويترز""
            verb = next((v for v in verbs if v.start == pos), None)
            out[hit.start] = verb if verb is not None or hit.entry_id == _AS else self._with_object(r.n, pos, hit)
        return out

    def _with_object(self, n: str, pos: int, according: Hit) -> Optional[Hit]:
        """A verb of speech carrying its object pronoun, which points back to ما: "بحسب ما أعلنته الوزارة",
        "وفقا لما نقلته وكالة الأناضول"."""
        word = WORD.match(n, pos)
        if word is None:
            return None
        for suffix in self.object_suffixes:
            if word.group().endswith(suffix) and word.group()[:-len(suffix)] in self.verb_terms:
                return Hit(word.start(), word.end(), word.group(), according.entry_id, "speech")
        return None

    def according(self, r: Reading, hit: Hit, verb: Optional[Hit]) -> Candidate:
        """After a reporting verb ("حسبما قال مسؤول"), or after the ل the cue governs ("وفقا لمصادر طبية",
        "وفقا للمرصد"): a bare ل is left out of the span; لل (ل + the article) stays, the lexicons read it."""
        n, start, governed = r.n, hit.end, False
        if verb is None and hit.entry_id == _AS:  # "، على ما يبدو": as it seems, no one's account
            return Candidate(hit, (hit.end, hit.end), Typed(None, rules=[_AS]))
        if verb is not None:
            start = verb.end
        elif n[hit.start:hit.end].endswith(self.words.according_lam):  # "وفقا لمصادر"
            lam = _LAM.match(n, hit.end)
            if lam is not None:
                start, governed = (lam.start(1) if lam.group(2) else lam.end()), True
        pronoun = self.from_him.match(n, start)
        start = pronoun.end() if pronoun is not None else start
        span = self.subjects.after(n, start, stop_at_boundary=False, governed=governed)
        if span[1] > span[0]:
            span = self.subjects.appositive_after(n, span)
        elif verb is not None or self.subjects.outlet_at("ل" + n[start:start + 41].lstrip()):
            span = self._quoted_name(n, start) or span  # "وفق ما نقلت "رويترز""، "وفق "دويتش فيله""
        cand = self.candidate(r, hit, span)
        return self._according_head(r, cand) if verb is None and span[1] > span[0] else cand

    def _according_head(self, r: Reading, cand: Candidate) -> Candidate:
        """A phrase after an according cue names its source by its head, the first word or the one after a word
        of rank (closed.ar.according_rank): a record or a count is a document ("بحسب آخر حصيلة متوافرة"، "بحسب
        حصيلة أصدرتها هيئة الإطفاء", not the body that issued it), testimonies an unnamed source ("وبحسب شهادات
        عدة"; attr.according.head). A lexicon's hit past the head is the head's complement and gives way; an
        office heading the phrase is no record's ("بحسب مدير الأرشيف"), and intelligence, state media or an
        outlet the typer puts before a document's head, as here ("بحسب تقييم الاستخبارات"). Inside a clause, a text
        that governs an act names no source: the cue is in accordance with (closed.ar.according_rule); a measure or
        a kind names none anywhere: the cue is depending on (closed.ar.according_criterion, "بحسب فئات المخيمات"),
        and so a classification unless its maker follows it (closed.ar.according_rating, `_rating`)."""
        if cand.typed.type in _BEFORE_DOCUMENT_HEAD:
            return cand
        phrase = r.n[cand.span[0]:cand.span[1]].split()
        ranked = int(bool(phrase) and phrase[0] in self.according_rank)
        head = phrase[ranked:ranked + 1]
        words = {f"{a}{w[1:]}" if w.startswith("لل") else w for w in head
                 for a in ("ا", "ال")}  # "وفقا للمستند"، "وفقا للوائح": ل and the article, its alif dropped
        if words & self.words.according_ratings:
            return self._rating(r, cand, ranked + 1)
        if words & self.words.according_criteria:
            cand.typed = Typed("unattributed", rules=["closed.ar.according_criterion", "attr.according.criterion"])
            return cand  # "وفقًا لسعر السوق": depending on the price, no one's claim
        if words & self.according_rules and self._in_accordance(r, cand, bool(words & self.according_norms)):
            cand.typed = Typed("unattributed", rules=["closed.ar.according_rule", "attr.according.rule"])
            return cand  # "وتجري الانتخابات وفق قانون انتخاب جديد": in accordance with, a manner of the act
        kind = next(((t, entry) for t, entry, terms in self.according_heads if words & terms), None)
        if kind is None:
            return cand
        text = r.original(*cand.span)
        cand.typed = Typed(kind[0], name=text if kind[0] == "document" else None,
                           role=text if kind[0] == "anonymous" else None, rules=[kind[1], "attr.according.head"])
        return cand

    def _rating(self, r: Reading, cand: Candidate, head_words: int) -> Candidate:
        """A classification after an according cue (closed.ar.according_rating), its maker the words after its
        head: a body, an outlet or an agency a lexicon types (_MAKERS) makes the phrase its record, a document
        ("وفقا لتصنيف وزارة الخارجية الأمريكية"), or the outlet or intelligence itself ("بحسب تصنيف مجلة فوربس":
        media, as "بحسب تقييم مجلة فوربس" is); anything else, a person's name guessed from unknown words or
        remembered from this very phrase ("الفنادق") or nothing, makes no maker: the classification is a criterion
        ("حسب تصنيف الفنادق": depending on, no one's claim)."""
        words = list(WORD.finditer(r.n, *cand.span))
        maker = self.typer.classify(r.original(words[head_words].start(), cand.span[1]), r.memory) \
            if len(words) > head_words else None
        rules = ["closed.ar.according_rating", "attr.according.head"]
        if maker is None or maker.type not in _MAKERS:
            cand.typed = Typed("unattributed", rules=["closed.ar.according_rating", "attr.according.criterion"])
        elif maker.type in _BEFORE_DOCUMENT_HEAD:
            cand.typed = Typed(maker.type, name=maker.name, role=maker.role, rules=[*maker.rules, *rules])
        else:
            cand.typed = Typed("document", name=r.original(*cand.span), rules=rules)
        return cand

    def _in_accordance(self, r: Reading, cand: Candidate, norm_head: bool) -> bool:
        """An according cue of conformity (closed.ar.according_manner: وفق، وفقا، طبقا), or any before a law or a plan
        (closed.ar.according_norm: "حسب البرنامج الزمني"), inside a clause, before a phrase no lexicon names as a
        body ("وفقا لبرنامج الأغذية العالمي" is the programme's claim: a named entry, org.wfp), is in accordance
        with (closed.ar.according_rule)."""
        cue = cand.cue.text.split()[0]
        return (norm_head or cue in self.according_manner or cue[1:] in self.according_manner) \
            and not self.named_bodies.intersection(cand.typed.rules) and not self.opens_clause(r.n, cand.cue.start)

    @staticmethod
    def _quoted_name(n: str, pos: int) -> Optional[tuple[int, int]]:
        """A name in quotation marks right after a reporting verb, its subject ("وفق ما نقلت "رويترز"",
        "نقلت "سكاي نيوز" البريطانية عن")."""
        quoted = _QUOTED_NAME.match(n, pos)
        return quoted.span(1) if quoted is not None else None

    def reports_inside(self, r: Reading, hit: Hit) -> bool:
        """A verb of speech inside its clause, its subject dropped, with what was said right after it
        (closed.ar.complementizer): "وفي أول يوم له في السلطة قال إن"، "وتعليقا على وقائع التحرش ... قالت إنها"،
        "إلا أنها سارعت وقالت إنها" go on with the speaker before (attr.continuation.inside). A preposition and a
        particle that open a clause of time or contrast (closed.ar.subordinator: "ومنذ أن قال إن"، "وقبل أن يقول إن")
        front no circumstance: the verb is the side clause's, and the main clause says whose the sentence is."""
        after = r.n[hit.end:hit.end + 12].split()[:1]
        if not after or after[0] not in self.complementizers:
            return False
        opening = [self.bare(w) for w in r.n[:hit.start].split()[:2]]
        if " ".join(opening) in self.words.subordinators:
            return False
        return bool(opening) and (opening[0] in self.words.opening_prepositions
                                  or opening[0] in self.words.fronted_circumstances
                                  or " ".join(opening) in self.words.fronted_circumstances)

    def dropped_subject(self, r: Reading, hit: Hit) -> Optional[Candidate]:
        """A verb joined by ف or و later in the sentence, or of purpose (ل), without a subject of its own, shares
        the subject of the sentence's first verb: "واستهدف محمد السحيمي في انتقاده الأذان، فقال إن"، "وصوت جان
        ميشيل كليمنت ... ضد مشروع القانون وقال إنه"، "لجأ أفيخاي أدرعي ... ليستنكر"; not a verb whose و is
        its own ("وصف")."""
        n = r.n
        waw = hit.text.startswith("و") and (self.bare(hit.text) in self.verb_terms or self._conjoined(n, hit))
        if not hit.text.startswith("ف") and not waw and not self.subjects.purpose(hit.text):
            return None
        lead = self.leading_verb.match(n)
        if lead is None or lead.end() >= hit.start:
            return None
        if waw and not self._joined_report(n, hit, self.bare(lead.group().split()[-1])):
            return None
        span = self.subjects.after(n, lead.end())
        if span[1] <= span[0] or span[1] > hit.start:
            return None
        governed = waw and self.complement_ahead.match(n, hit.end) is None  # "وتدعو صراحة إلى"
        if governed and not self._definite_run(n, span):
            return None  # "وأجرت المستشارة اتصالا بالرئيس وأشارت إلى": the first verb's object, no subject's word
        cand = self.candidate(r, hit, self.subjects.appositive_after(n, span))
        if cand.typed.type in (None, "unattributed"):
            return None
        cand.typed.rules = [*cand.typed.rules, "attr.clause_subject", *(["closed.ar.speech_preposition"] if governed else [])]
        return cand

    def _definite_run(self, n: str, span: tuple[int, int]) -> bool:
        """Whether every word of a first verb's subject after its head carries the article (closed.ar.article: also
        after the ل of a genitive, "للأمم") or is a given name or a state ("مايك"، "الرئيس الفرنسي"):
        a word without them opens the verb's object, an indefinite accusative or another noun phrase, which the
        subject walk runs on into ("المستشارة اتصالا"، "الشرطة ناشطة حقوقية بارزة"، "الرئيس المصري وزير الخارجية
        الأمريكي"; review r1 of session 43, findings 4 and 5). A verb of speech that shares the subject only through
        its preposition (closed.ar.speech_preposition) asks it; a title's name without a comma is then left unread."""
        article = self.words.article
        return all(w.startswith(article) or w.startswith("ل" + article[1:]) or w in self.subjects.given_names
                   or w in self.subjects.states for w in n[span[0]:span[1]].split()[1:])

    def _conjoined(self, n: str, hit: Hit) -> bool:
        """Whether a verb of speech that a pattern reads (cue.ar.light_verb: "وعبر فيه عن شكره") is joined by و,
        not a verb whose و is its root's ("وجه ترامب تحذيرا"): read without its first letter, it is still one."""
        return self.speech_verbs.starts_at(n[hit.start + 1:hit.start + 200], 0)

    def _joined_report(self, n: str, hit: Hit, lead: str) -> bool:
        """و joins many things, so a verb it joins shares the first verb's subject only when what was said
        follows it ("وقال إنه"، "وذكروا أن"), or the preposition that governs it for a verb that takes no أن
        (closed.ar.speech_preposition: "وتقف تركيا مع المعارضة السورية وتدعو صراحة إلى رحيل"), and the sentence
        opens with what can be a verb: no closed word ("وفي تاريخ 7 فبراير"، "كذلك،"), no word with the article, a
        pronoun suffix or ة ("وأبرزها مجلس"، "قصيدة تاريخية ... ووصف"), which a verb never carries. A masculine
        verb with a preposition does not share the subject of a first verb in the feminine past: it goes on a
        clause between ("وحددت اللجنة ... لبلاتر، الذي قدم استقالته ...، ودعا إلى": Blatter's call)."""
        if lead in self.subjects.closed or lead.startswith("ال") or lead.endswith((*self.object_suffixes, "،", ",", ":")):
            return False
        if self.complement_ahead.match(n, hit.end) is not None:
            return True
        # the feminine's ت, read on the letters (ArabicGender): the lexicon's genders miss a weak verb's ("دعا"، "دعت")
        return self.governed_ahead.match(n, hit.end) is not None \
            and not (self.gender.feminine_past(lead) and self.gender.masculine_form(self.bare(hit.text.split()[0])))

    def in_print(self, r: Reading, cand: Candidate) -> Optional[str]:
        """"ألقى جيش الاحتلال منشورات تحذر سكان غزة"، "ألقت طائرة منشورات على قطاع غزة، تحذر فيها الفلسطينيين": a
        verb of speech that tells what leaflets or banners say is a side clause of the act of putting them out,
        the writer's narration (closed.ar.printed_matter); the verb's speaker stays an attribution in the
        sentence. Leaflets a preposition governs are a circumstance ("وفي منشورات على حسابه، قال"، "وتعليقا على
        المنشورات، قال"), and a verb in a clause after theirs that does not point back to them says what its own
        subject said ("وبعد أن ألقت الطائرات منشورات، أعلن الجيش"). Only the verb's clause and the one before
        are read, not every word before it. The rule id that reads it so, or None."""
        return "closed.ar.printed_matter" if self._tells_print(r, cand.cue) else None

    def _tells_print(self, r: Reading, hit: Hit) -> bool:
        """Whether the verb at hit says what printed matter says: right after it ("منشورات تحذر"), with a pronoun
        pointing back to it (closed.ar.printed_place: "تحذر فيها") in its clause or the clause before, or joined
        by و to a verb that does ("...، ووصفت المحتجين")."""
        n = r.n
        comma = last_comma(n, 0, hit.start)
        clause = n[comma + 1:hit.start].split()
        if clause and self._printed_object(clause) == len(clause) - 1:
            return True
        after = n[hit.end:hit.end + 8].split()[:1]
        if after and after[0] in self.printed_place:
            before = n[last_comma(n, 0, comma) + 1:comma].split() if comma >= 0 else []
            return self._printed_object(clause) >= 0 or self._printed_object(before) >= 0
        earlier = [h for family, hits in r.cues.items() if family not in ("according", "relay")
                   for h in hits if h.end <= comma]
        return comma >= 0 and not clause and hit.text != self.bare(hit.text) and bool(earlier) \
            and self._tells_print(r, max(earlier, key=lambda h: h.start))

    def _printed_object(self, words: list[str]) -> int:
        """The index of printed matter in a clause's words, put out by its verb: none once a preposition has
        opened a circumstance before it ("وفي سلسلة منشورات"، "وردا على اللافتات"، "وبعد أن ألقت"); -1 if none."""
        for i, w in enumerate(words):
            w = self.bare(w)
            if w in self.typer.arabic.prepositions:  # "وفي منشورات على حسابه"
                return -1
            if w in self.printed_matter:
                return i
        return -1

    def negation_reports(self, r: Reading, cand: Candidate) -> bool:
        """"ولم يذكر المتحدث القمة"، "ولم تحدد الوكالة تاريخا للزيارة": a sentence that opens with a negated verb
        of speech reports what its subject did not say; "ولم تعلن أي جهة" names no one, "ولم تعلق سوريا على الأنباء"
        says nothing was said (closed.ar.negated_silence), and a negated verb inside a sentence stays a side
        clause (closed.ar.negation_reported)."""
        lead = [self.bare(w) for w in self.leading_conj.sub("", r.n[:cand.cue.start]).split()]
        subject = r.n[cand.span[0]:cand.span[1]].split()[:1]
        if len(lead) != 1 or lead[0] not in self.negation_reported:
            return False
        if self.bare(cand.cue.text) in self.silence and not self._speaks_on(r, cand):
            cand.typed.rules = [*cand.typed.rules, "closed.ar.negated_silence"]
            return False
        if cand.typed.type is None and cand.span[1] <= cand.span[0] and cand.cue.entry_id == "cue.ar.negated":
            # "ولم يحدد الهدف المحتمل"، "ولم يذكر تفاصيل أخرى": no subject before the object, the speaker continues
            cand.typed.rules = [*cand.typed.rules, "attr.negated_continuation"]
            return True
        if cand.typed.type in (None, "unattributed"):
            return False
        if not subject or subject[0] in self.no_one:
            return False
        if not DEFINITE.match(subject[0]) and not {subject[0], self.bare(subject[0])} & self.typer.lexicon_words \
                or cand.typed.type == "document" and not self.definite(r.n, cand.span):
            return False  # a passive: "ولم يستبعد استخدام عاهرات"، "ولم يعلن قيام الأسد"، "ولم تعلن نتائج عمل الهيئة"
        cand.typed.rules = [*cand.typed.rules, "attr.negated_report"]
        return True

    def _speaks_on(self, r: Reading, cand: Candidate) -> bool:
        """"ولم تعلق الوزارة على التقرير، لكنها قالت إن"، "...، وقالت إن"، "...، مشيرة إلى أن"، "...، واكتفت بالقول":
        a verb of speech after a comma with no subject of its own but a pronoun (src.pronoun.ar), or a
        participle, says what the subject that did not comment did say: the silence is no longer the sentence's
        news, the subject speaks in it (closed.ar.negated_silence does not apply)."""
        for family, hits in r.cues.items():
            if family in ("according", "relay"):
                continue
            for hit in hits:
                if hit.start > cand.cue.end and not r.inside(hit.start) and self._speaks_after_comma(r, cand, hit):
                    return True
        return False

    def _speaks_after_comma(self, r: Reading, cand: Candidate, hit: Hit) -> bool:
        """Whether a later cue opens a clause after a comma and has no subject but the pronoun before it
        ("لكنها قالت") or the verb it follows ("واكتفت بالقول", a participle's)."""
        comma = last_comma(r.n, cand.cue.end, hit.start)
        if comma < 0:
            return False
        between = [self.bare(w) for w in r.n[comma + 1:hit.start].split()]
        if hit.family == "participle":
            return len(between) <= 1
        if not set(between) <= self.pronouns:
            return False
        start, end = self.subject_span(r, hit)
        return set(self.bare(w) for w in r.n[start:end].split()) <= self.pronouns

    def opinion_holders(self, r: Reading, editorial_end: int, agentless: list[Hit]) -> list[Candidate]:
        """"ويرى محللون أن", "ويعتقد دبلوماسيون غربيون": an opinion with its holder named is theirs;
        without one ("يعتقد أن") it is nobody's."""
        out = []
        for hit in r.cues["opinion"]:
            if r.inside(hit.start) or hit.start < editorial_end or any(a.start <= hit.start < a.end for a in agentless):
                continue
            if hit.entry_id == _JUDGMENT:
                cand = self._judgment_holder(r, hit)
                if cand is None:
                    continue  # "وتعتبر الجماعة امتدادا": the passive, is considered; nobody's opinion
            else:
                cand = self.speaker(r, hit)
            if hit.entry_id == "cue.ar.feeling":
                feeling = self._feeling(r.n, hit.end)
                if feeling is None:
                    continue  # "شعر الرأس"، "يشعر المرء": no feeling, no stance
                end = min(cand.span[1], len(r.n[:feeling].rstrip()))
                cand = self.candidate(r, hit, (cand.span[0], max(cand.span[0], end)))
            opening = r.n[cand.span[0]:cand.span[1]].split()[:1]
            if opening and opening[0] in self.words.opening_prepositions:
                continue  # "يشتبه في علاقتها بجريمة": is suspected of; a prepositional phrase holds no opinion
            if cand.span[1] > cand.span[0] and cand.typed.type not in (None, "unattributed"):
                cand.typed.rules = [*cand.typed.rules, "attr.opinion_holder"]
                out.append(cand)
        return out

    def _judgment_holder(self, r: Reading, hit: Hit) -> Optional[Candidate]:
        """The holder of an active verb of judging in the present (filter_cues kept it), ending where the clause
        it judges begins; a speaker span that reaches past it holds no holder alone."""
        cand = self.speaker(r, hit)
        if self.subjects.judged_clause(r.n, cand.span):
            return cand
        holder = self.judged_object(r.n, self.subject_span(r, hit), hit.end)
        return self.candidate(r, hit, holder) if holder is not None else None

    def _account(self, n: str, hit: Hit) -> Optional[int]:
        """Where the object of a verb of presenting starts when it is an account (cue.ar.presenting): the first
        noun of one after the verb and its subject (closed.ar.account_noun), a quantifier before it with it ("بعض
        الأمثلة"), with no preposition written apart before it, which would make it another phrase's ("وتقدم
        الجيش نحو المدينة دون أي تفسير"، "مساعدات للاجئين دون توضيح"), nor a colon or a semicolon; an ambiguous
        one only with a complement of speech after it ("شهادته أمام المحكمة", not "شهادته الجامعية"). None after
        "دون أن" (closed.ar.without): nothing was presented."""
        before = words_before(n, hit.start, 3)
        if any(" ".join(before[-k:]) in self.without for k in (2, 3)):
            return None
        words = list(WORD.finditer(n, hit.end, min(len(n), hit.end + 160)))[:10]
        for i, m in enumerate(words):
            word = m.group().rstrip(".،,:؛")
            noun = word[2:] if word.startswith("ال") else word
            if noun in self.accounts or noun in self.ambiguous_accounts and i + 1 < len(words) \
                    and words[i + 1].group() in self.account_complements:
                quantified = i and words[i - 1].group() in self.account_quantifiers
                return words[i - 1].start() if quantified else m.start()
            if word in self.typer.arabic.prepositions or m.group().endswith((":", "؛")):
                return None
        return None

    def _presenter(self, n: str, hit: Hit, span: tuple[int, int]) -> tuple[int, int]:
        """The subject of a verb of presenting ends before its object ("وقدم وزير الخارجية سامح شكري شرحا
        مفصلا") and before a hearer set off by a comma ("وقدم الرئيس هادي، لمبعوث الأمين العام ...، شرحًا")."""
        account = self._account(n, hit)
        end = span[1] if account is None else min(span[1], account)
        hearer = _HEARER_APART.search(n, span[0], end)
        end = hearer.start() if hearer else len(n[:end].rstrip(" ،,"))
        return (span[0], end) if end > span[0] else (hit.start, hit.start)

    def _feeling(self, n: str, pos: int) -> Optional[int]:
        """Where the noun of feeling a verb of feeling takes with ب starts, within seven words: "يشعر نواب وخبراء
        أمن ألمان بقلق متزايد" (cue.ar.feeling); the holder ends before it."""
        for m in list(WORD.finditer(n, pos, min(len(n), pos + 90)))[:7]:
            w = m.group()
            if w.startswith("ب") and w[1:] in self.feelings:
                return m.start()
        return None

    def relay(self, r: Reading, hit: Hit) -> list[Candidate]:
        """'نقلت وكالة X عن مسؤول': the relay after the verb, the speaker after عن."""
        n = r.n
        outer_span = self.subjects.after(n, hit.end)
        if outer_span[1] <= outer_span[0]:
            outer_span = self._quoted_name(n, hit.end) or outer_span
        start = max(outer_span[1], hit.end)
        marker = self.relay_marker.search(n, start, min(len(n), start + 40))
        if marker is None:
            # "ونقلت فرانس برس أن"، "ونقل التلفزيون في شريط عاجل "..."": with what was said after it and no
            # عن, نقل reports as ذكر does (a speaker opening what was said is relayed: Attributor._inner)
            said = self.complement_ahead.match(n, start)
            if said is None or outer_span[1] <= outer_span[0]:
                return []
            return [self.candidate(r, hit, outer_span), *self._speaker_opening(r, start)]
        inner_span = self.subjects.after(n, marker.end())
        if inner_span[1] > inner_span[0]:
            inner_span = self.subjects.appositive_after(n, inner_span)
        else:
            inner_span = self._quoted_name(n, marker.end()) or inner_span  # "نقلت الوكالة عن "مصدر أمني""
        return self.relay_pair(r, hit, outer_span, marker, inner_span)

    def _speaker_opening(self, r: Reading, pos: int) -> list[Candidate]:
        """"أن ديمتري روغوزين، نائب وزير الدفاع الروسي، أوضح": the subject that opens what was reported, with
        its aside, right before its verb of speech (the verb's own walk looks after it)."""
        n = r.n
        that = self.said_word.search(n, pos, min(len(n), pos + 60))
        if that is None:
            return []
        span = self.subjects.after(n, that.end())
        if span[1] <= span[0]:
            return []
        span = self.subjects.appositive_after(n, span)
        verb_at = _GAP.match(n, span[1]).end()  # type: ignore[union-attr]
        verb = next((v for v in r.cues["speech"] if v.start == verb_at), None)
        if verb is None:
            return []
        cand = self.candidate(r, verb, span)
        return [cand] if cand.typed.type not in (None, "unattributed") else []

    def participle(self, r: Reading, hits: list[Hit]) -> Optional[Candidate]:
        """'التقى X بنظيره، مؤكدا أن ...': the participle reports the speech of the subject of the opening
        verb; a sentence that opens with the participle ("مؤكداً أن") continues the previous speaker. A
        prepositional phrase is read past: before the verb, to its comma; after كان, it follows the subject."""
        if not hits:
            return None
        hit, n = hits[0], r.n
        if not self.leading_conj.sub("", n[:hit.start]).strip():
            return Candidate(hit, (hit.start, hit.start), Typed(None, rules=["attr.continuation.participle"]))
        verb = self.opening_verb.match(n)
        if verb is not None and verb.group().split()[-1] in self.words.opening_prepositions:
            comma = n.find("،", verb.end(), hit.start)  # "لكن في منتصف آذار/مارس، رفعت ماكدوغال": the verb after it
            verb = self.opening_verb.match(n, comma + 1) if comma >= 0 else None
        span = self.subjects.appositive_after(n, self.subjects.after(n, verb.end())) if verb else (0, 0)
        words = verb.group().split() if verb else []
        if len(words) > 1 and self.bare(words[-2]) in self.words.kana and self.typer.arabic.adverbial(r.original(*span)):
            span = (verb.end() - len(words[-1]), verb.end())  # "وكانت إندونيسيا في البداية مترددة": كان's subject
        if span[1] > hit.start:
            span = self._name_before_object(n, span)  # "رفعت ماكدوغال دعوى قضائية ... مؤكدة"
        if span[1] <= span[0] or span[1] > hit.start or self.typer.arabic.adverbial(r.original(*span)):
            return None  # no subject, or a prepositional phrase (src.ar.not_noun_phrase: "في منتصف آذار/مارس")
        cand = self.candidate(r, hit, span)
        return cand if cand.typed.type not in (None, "unattributed") else None

    def _name_before_object(self, n: str, span: tuple[int, int]) -> tuple[int, int]:
        """A subject that opens with a name word ends before the first word the name reader knows as another
        word, no link of a name: the verb's object ("رفعت ماكدوغال دعوى قضائية")."""
        names = self.typer.arabic_names
        words = list(WORD.finditer(n, *span))
        if not words or names.word(words[0].group()).excluded:
            return span
        for prev, m in zip(words, words[1:]):
            word = names.word(m.group())
            if word.excluded and not word.link:
                return (span[0], prev.end())
        return span

    def noun_cue(self, r: Reading) -> Optional[Candidate]:
        """A noun of speech that carries the claim names its speaker after it: "عقب إعلان الشرطة أنها",
        "بيان صادر عن الحزب", "هكذا جاءت تغريدة الوزير": the speaker is the noun's complement, when
        what was said follows (أن, إن, a colon or a quotation), the noun is issued by it (صادر عن) or
        the formula "جاء ذلك في" points back at what was said."""
        n = r.n
        own_news = self._own_news(r)
        act = self._kana_act(r) if r.cues["speech_noun"] else None
        for hit in r.cues["speech_noun"]:
            if r.inside(hit.start) or self._dates_own_news(n, hit, own_news):
                continue
            if act is not None and hit.start >= act:
                continue  # "وكان ماكرون قد سافر ... فيما بعث برسالة ... قال فيها": in a side clause of the act (narrated_speech)
            manner = self.manner.match(n, hit.end)  # "بيان صحفي لوزارة الخارجية": the ministry's
            after = manner.end() if manner is not None else hit.end
            formula = self.came_in.search(n, max(0, hit.start - 20), hit.start)  # "جاء ذلك في بيان للوزارة"
            issued = self.issued_by.match(n, after) or (self.delivered_by.match(n, after) if formula else None)
            if issued is None and self.issued.match(n, after):
                continue  # "في بيان مشترك صدر أمس": issued, by no one named
            start = issued.end() if issued is not None else after
            span = self.subjects.after(n, start, stop_at_boundary=False, governed=True)
            if span[1] <= span[0] or self.typer.arabic.adverbial(r.original(*span)):
                continue  # "وجاء هذا الإعلان بعد تأكيد مصدر": a time, no speaker (src.ar.not_noun_phrase)
            said = self.said_start.search(n, span[1], min(len(n), span[1] + 40))
            bare = issued is None and formula is None and (said is None or n[span[1]:said.start()].strip(" ،,"))
            if bare:  # nothing said after the speaker: only a verbal noun dating the news, with its object
                span = self._masdar_agent(r, hit, start)  # "وجاء هذا التأكيد غداة إعلان مانيلا تبلغها"
                if span is None:
                    continue
            cand = self.candidate(r, hit, span)
            if n[span[0]] == "ل" and n[span[0] + 1:span[0] + 2] != "ل":
                # "بيان لوزارة الخارجية": the ministry, without the governed ل (not "تصريحات لافروف")
                governed = self.candidate(r, hit, (span[0] + 1, span[1]))
                if governed.typed.type not in (None, "unattributed", "named_person"):
                    cand = governed
            if cand.typed.type not in (None, "unattributed"):
                cand.typed.rules = [*cand.typed.rules, "attr.speech_noun", *(["attr.dated_news"] if bare else [])]
                return cand
        return self._framing_document(r)

    def _own_news(self, r: Reading) -> Optional[tuple[int, int]]:
        """Read once per sentence, so that each noun of speech costs a few words (closed.ar.time_of_speech): where
        its main clause may begin, after particles and fronted adverbials, and where a noun of speech no
        preposition governs stands; None when the sentence opens to date what it reports (closed.ar.came_after)."""
        n = r.n
        came = self.came_after.match(n)
        if came is not None and came.group("subject") is None:
            return None
        speech_subject = next((h.start for h in r.cues["speech_noun"] if not any(
            self.bare(w) in self.words.opening_prepositions for w in words_before(n, h.start))), len(n))
        return self.time_opening.match(n).end(), speech_subject

    def _dates_own_news(self, n: str, hit: Hit, own_news: Optional[tuple[int, int]]) -> bool:
        """The noun of speech closes a clause of time after a main clause whose subject is no noun of speech."""
        if own_news is None:
            return False
        time = self.time_of_speech.search(n, max(0, hit.start - _TIME_REACH), hit.start)
        return time is not None and own_news[0] < time.start() < own_news[1]

    def dates_news(self, r: Reading, pos: int) -> bool:
        """closed.ar.came_after ends right before the word at pos: "وجاء هذا التأكيد غداة إعلان مانيلا"."""
        came = self.came_after.match(r.n)
        return came is not None and came.end() == r.n.rfind(" ", 0, pos) + 1

    def _masdar_agent(self, r: Reading, hit: Hit, start: int) -> Optional[tuple[int, int]]:
        """A verbal noun of speech in construct with its speaker takes what was said as its object, without أن,
        in a sentence that only dates its news by it ("كما ترافق أيضا مع إبلاغ الخارجية الروسية بريطانيا بخفض":
        closed.ar.came_after). The speaker is a first word typed a speaker by itself, with the relation adjectives
        after it ("الخارجية الروسية"), the complement of an indefinite head ("وزارة الدفاع") or a name that
        completes a title; an object must follow, not a time ("إعلان إسرائيل عام 1948" is the state's founding),
        an adjunct or a relative. A first word typed nobody is what was declared ("إعلان وفاة الملا عمر")."""
        n = r.n
        opening_start = n.rfind(" ", 0, hit.start) + 1
        if not self.dates_news(r, hit.start):
            return None  # "يأتي رحيل فارخورانتا ... بعد ثلاثة أيام من إعلان الولايات المتحدة انسحابها": a date
        if self.masdar_proclitics.sub("", n[opening_start:hit.end]) not in self.speech_masdars:
            return None  # "الإعلان عن": the article, no speaker in construct
        words = []
        for m in _AGENT_WORD.finditer(n, start):
            if m.start() != (words[-1].end() if words else start) or len(words) == _AGENT_REACH:
                break
            words.append(m)
        if len(words) < 2:
            return None
        first = self.typer.classify(r.original(*words[0].span(1)), r.memory)
        indefinite_head = "src.head_noun" in first.rules and not DEFINITE.match(words[0].group(1))
        if first.type not in (*_MASDAR_SPEAKERS, "anonymous") or first.bare_name \
                or first.type == "anonymous" and not indefinite_head:
            return None  # "مصدر" alone is anonymous, "مصدر عسكري" an official source
        end, typed = 1, first
        while end < len(words) - 1:
            w = words[end].group(1)
            if w in self.subjects.given_names:  # "الرئيس الأمريكي دونالد ترامب انسحاب": the name completes the title
                while end < len(words) and words[end].group(1) in self.subjects.given_names:
                    end += 1
                end += 1  # the family name after the given names
                if end >= len(words):
                    return None
                typed = self.typer.classify(r.original(words[0].start(1), words[end - 1].end()), r.memory)
                continue
            longer = self.typer.classify(r.original(words[0].start(1), words[end].end()), r.memory)
            if _NISBA.match(w) or end == 1 and indefinite_head \
                    or longer.type != typed.type and "src.name" not in longer.rules:  # "مصدر عسكري مقتل": no name
                end, typed = end + 1, longer
                continue
            break
        obj = words[end].group(1)
        year = end + 1 < len(words) and words[end + 1].group(1).isdigit()  # "عام 1948"
        adjective = end == 1 and DEFINITE.match(words[0].group(1)) and DEFINITE.match(obj)  # "الحكومة الجديدة"
        if year or adjective or _NISBA.match(obj) or self.typer.is_time_word(obj) or obj in self.relatives \
                or obj in self.words.occasion_prepositions | self.words.conjunction_proclitics \
                or typed.type not in _MASDAR_SPEAKERS:
            return None
        return (words[0].start(1), words[end - 1].end())

    def _framing_document(self, r: Reading) -> Optional[Candidate]:
        """A document the sentence opens in, or that "جاء ذلك في" points to, when no cue names a speaker: the
        sentence reports what it holds ("في تسجيل المكالمة الذي يستمر لثلاث دقائق، تحاول موزنجا"، "وفي البحث الذي
        نشر في مطبوعة ... اكتشفت جيبس"، "جاء ذلك في بيان مشترك صدر أمس"). Only a document heading the phrase: "وفي
        مجال البحث العلمي" is a field, "في صحيفة إيزفستيا الروسية مقال" an outlet's page (attr.framing_document)."""
        framed = self.framed_in.match(r.n)
        if framed is None:
            return None
        span = self.subjects.after(r.n, framed.end(), stop_at_boundary=False)
        if span[1] <= span[0] or span[0] != framed.end():
            return None
        if self.opening_occasion.match(r.n) is not None and not self._set_off_document(r.n, span):
            return None  # "في رسالة واضحة إلى إيران، أرسلت"، "وفي الاتفاق الموقع عام 2015 التزمت إيران"
        issued = self.issued.search(r.n, span[0], span[1])  # "بيان مشترك صدر أمس": the statement, not its issuing
        span = (span[0], issued.start()) if issued is not None else span
        cand = self.candidate(r, Hit(framed.start(), framed.end(), r.n[framed.start():framed.end()],
                                     "attr.framing_document", "according"), span)
        if cand.typed.type != "document" or "src.head_noun" not in cand.typed.rules:
            return None  # "وفي عام 1972 تم إبرام اتفاق مقر": a year, with a document further on
        cand.typed.rules = [*cand.typed.rules, "attr.framing_document"]
        return cand

    def _set_off_document(self, n: str, span: tuple[int, int]) -> bool:
        """A document opening the sentence frames it when it is definite, by its article or its definite
        complement ("في تسجيل المكالمة"، "وفي البحث"; "في قرار مفاجئ" is a manner), and set off from the clause it
        frames by a comma or a relative ("في تسجيل المكالمة الذي يستمر ...، تحاول"): with neither, where the
        phrase ends and the clause begins is not read ("وفي الاتفاق الموقع عام 2015 التزمت إيران")."""
        words = n[span[0]:span[1]].split()
        if not any(DEFINITE.match(w) for w in words[:2]):
            return False
        rest = n[span[1]:].lstrip()
        following = rest.split(maxsplit=1)[:1]
        return rest.startswith(("،", ",")) or bool(following) and following[0] in self.relatives

    def fronted_hearer(self, r: Reading, hit: Hit) -> Optional[tuple[Typed, str]]:
        """"وفي حديث لـ"العربية.نت"، قال النائب"، "وفي مقابلة مع صحيفة إيل فاتو كوتيديانو وجه إيميليانو
        انتقادات": an interview named at the opening of the sentence frames its first verb of speech."""
        fronted = self.fronted_exchange.match(r.n)
        if fronted is None or fronted.end() > hit.start or any(
                fronted.end() <= v.start < hit.start for family in _VERB_CUES for v in r.cues[family]):
            return None
        return self.hearer(r, fronted.start(), limit=hit.start)

    def names_occasion(self, r: Reading) -> bool:
        """An occasion inside what was said is none of the speaker's ("وأوضح وزير الداخلية أن البروفسور كان
        سيتوجه ... للمشاركة في مؤتمر دولي"): one counts before what was said opens, set off by a comma after it
        ("...، وذلك في كلمة له"), or after a later verb of speech or according cue ("كما أوضح بتغريدة له"،
        "بحسب بيان للجيش")."""
        n = r.n
        if self.occasion_nouns.search(n) is None:
            return False
        said = self.said_start.search(n)
        opens = said.start() if said is not None else len(n)
        later = [h.start for family in _OCCASION_CUES for h in r.cues[family] if h.start >= opens]
        return any(not r.inside(m.start()) and (m.start() < opens or self.set_off.search(n, 0, m.start()) or any(
            start < m.start() for start in later)) for m in self.occasion.finditer(n))

    def earlier_occasion(self, n: str) -> bool:
        return self.pluperfect.match(n) is not None  # "وكانت هيلي قد أبلغت": an earlier occasion

    def carried(self, evidence: str) -> bool:
        """A relay by an outlet's report ("ونقلت الوكالة"، "وفقا لما نقلته وكالة"، "أوردت الوكالة مواقفه"), not an
        interview it held: "أكد نائب رئيس الوزراء ... ونقلت الوكالة عن هاكان قوله ... رأى نائب رئيس الوزراء" goes on without it."""
        return self.reports.search(norm(evidence)) is not None

    def same_speaker(self, source: Source, previous: Source) -> bool:
        """Also a definite noun that names the earlier one again: "المسؤول" after "مسؤول كبير في إدارة ترامب";
        a clause on the speaker after و and a pronoun is no part of the name: "نابوت وهو نائب رئيس فيفا"."""
        if source.type != previous.type:
            return False  # as every test below says, before the words are read (most of an article's speakers)
        said = norm(source.text or "").split()
        aside = next((i for i, w in enumerate(said) if w[:1] == "و" and w[1:] in self.words.personal_pronouns), None)
        if aside:
            said = said[:aside]
            source = source.model_copy(update={"text": " ".join(said)})
        if super().same_speaker(source, previous):
            return True
        before = set(norm(f"{previous.text or ''} {previous.name or ''}").split())
        if source.type == previous.type and len(said) == 1 and source.name is None \
                and said[0].startswith("ال") and said[0][2:] in before:
            return True
        return self._office_again(said, source, previous)

    def _office_again(self, said: list[str], source: Source, previous: Source) -> bool:
        """The office of a person named before, said again without the name, whole or shortened: "وأوضح وزير
        الداخلية" after "عن وزير الداخلية الماليزي أحمد زاهد حامدي"، "وتابع ولي العهد السعودي" after "ولي
        العهد السعودي، الأمير محمد بن سلمان"، "المتحدث باسم التحالف" after "المتحدث الرسمي باسم التحالف";
        an office or a spokesperson heads it (a body named again is no office)."""
        if source.type != previous.type or source.name == previous.name or len(said) < 2:
            return False
        office = [self.typer.search(family, " ".join(said)) for family in ("role", "spokesperson")]
        if not any(hit is not None and hit.start == 0 for hit in office):
            return False  # "وطالبت الحكومة اليمنية" after "الحكومة اليمنية الشرعية": a body, no office
        return said_again(said, [w.strip("،,:") for w in norm(previous.text or "").split()])

    def hearer_opening(self, r: Reading, pos: int) -> Optional[Hit]:
        """ل and an outlet's name right after the source ("لفرانس24", "لرويترز"), or, anywhere before what
        was said ("قال مسؤول لم يشأ كشف هويته لفرانس برس إن", "قال في تصريحات لـCNN إن"), a told word or ل
        (with a tatweel or a quotation mark) right before an outlet's name."""
        n = r.n
        lam = _LAM_OUTLET.match(n, pos)
        if lam is not None and self.subjects.outlet_at(n[lam.start(1):lam.start(1) + 42]):
            name = _LAM_ANY.match(n, lam.start(1)).end()  # type: ignore[union-attr]  # after ل and a quotation mark
            return Hit(name, name, "ل", "cue.told.ar", "told")
        opener = self.said_start.search(n, pos, min(len(n), pos + 160))
        stop = opener.start() if opener is not None else min(len(n), pos + 160)
        told = self.told.search(n, pos, stop)
        if told is not None:
            return told
        for lam in _LAM_ANY.finditer(n, pos, stop):
            if self.rules.outlet_names.starts_at(n[lam.end():lam.end() + 40], 0):  # a word of its own: "لـCNN"
                return Hit(lam.end(), lam.end(), "ل", "cue.told.ar", "told")
        return None

    def according_close(self, n: str, end: int) -> Optional[int]:
        """An opening according phrase closes at its comma, at فإن or أن after it, or at both ("وبحسب بيان
        الرئاسة، طالب"، "وبحسب الصحف الإيطالية فإن الرئيس"، "وجاء في وكالة الأنباء الرسمية الأحد أن المملكة";
        closed.ar.according_close); a time word may stand between (src.time)."""
        for word in re.finditer(r"\S+", n[end:end + 40]):
            bare = word.group().rstrip("،,")
            if bare in self.according_closers:
                return end + word.end()
            if word.group().endswith(("،", ",")) and (bare == "" or self.typer.is_time_word(bare)):
                after = re.match(r"\s*(\S+)", n[end + word.end():])
                close = end + word.end()
                return close + after.end() if after and after.group(1) in self.according_closers else close
            if not self.typer.is_time_word(bare):
                return None
        return None

    def said_opens(self, n: str, start: int, stop: int) -> Optional[int]:
        said = self.said_word.search(n, start, stop)
        return said.start() if said is not None else None


def _recognized(objects: frozenset[str]) -> re.Pattern:
    """A word that is a recognised thing after ب, or after ك (recognised as): its article or a pronoun on it, the
    ة of a term (normalised ه) written ت before the pronoun ("بسيادتها")."""
    forms = "|".join(re.escape(t[:-1]) + r"(?:ه|ت\S+)" if t.endswith("ه") else re.escape(t) + "(?:ه|ها|هم|هما)?"
                     for t in sorted(objects, key=len, reverse=True))
    return re.compile("[بك](?:ال)?(?:" + forms + ")")

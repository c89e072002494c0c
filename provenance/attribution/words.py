"""The function words attribution's steps test a word against, read from the rules once, by id.

Every word list a step reads is a `closed_class` entry of rules/ar/function_words.yaml or
rules/en/function_words.yaml, so that a linguist extends it without Python; a rules folder without one
is an error that names it, never an empty class. Where a step reads Arabic and English text alike, its
class is the union of both languages' (a negation before a verb is either).
"""
from __future__ import annotations

import re

from ..normalize import norm, norm_pattern
from ..rules import RuleSet

_POSSESSIVE = "closed.en.possessive."

UTTERANCE_CLASS = "closed.ar.utterance"  # a subject that is what was said: "تجددت الاتهامات" (lang/ar.py)


def closed_class(rules: RuleSet, entry_id: str) -> frozenset[str]:
    """The normalised terms of one closed word class of rules/<language>/*.yaml, by its id."""
    entries = rules.entries_named(entry_id)  # none: an error naming the shipped file that has it
    return frozenset(norm(t) for e in entries for t in e.all_terms())


def written_class(rules: RuleSet, entry_id: str) -> frozenset[str]:
    """The terms of one closed word class as written, not normalised: where normalising merges words a class
    must tell apart (أمام and إمام)."""
    return frozenset(t for e in rules.entries_named(entry_id) for t in e.all_terms())


def entry_patterns(rules: RuleSet, entry_id: str) -> "re.Pattern | None":
    """The patterns of one entry, normalised, as a single regex to search a span with apart from its lexicon
    (whose longest-match would let another entry's shorter term win), or None when the rules have none."""
    patterns = [norm_pattern(p) for e in rules.entries if e.id == entry_id for p in e.patterns]
    return re.compile("|".join(patterns)) if patterns else None


def closed_pattern(rules: RuleSet, entry_id: str) -> str:
    """The patterns of one closed class that is a shape or a formula rather than a list of words, as one
    alternation; a rules folder without the class is an error that names it (RuleSet.entries_named)."""
    patterns = [norm_pattern(p) for e in rules.entries_named(entry_id) for p in e.patterns]
    return "|".join(patterns) if patterns else "(?!)"  # (?!): matches nothing, while load_built lists what is missing


def irregular_verbs(rules: RuleSet) -> dict[str, list[str]]:
    """The English verbs whose forms the spelling rules do not give (en.verb.irregular): lemma -> [past,
    participle], one form when the two are the same ("speak": spoke, spoken; "say": said)."""
    return {base: forms for e in rules.entries_named("en.verb.irregular") for base, forms in e.irregular.items()}


def opening(*words: frozenset[str], prefix: str = "", spaced: bool = False) -> str:
    """A regular expression matching any of the words (longest first), `prefix` allowed before the first set's;
    `spaced`: the words of a phrase ("على لسان") apart by any run of spaces, as the text may write them."""
    space = r"\s+" if spaced else r"\ "
    first, *rest = ("(?:" + "|".join(re.escape(w).replace(r"\ ", space) for w in sorted(ws, key=lambda w: (-len(w), w)))
                    + ")" for ws in words)
    return "(?:" + "|".join([prefix + first, *rest]) + ")"


def as_written(words: frozenset[str]) -> str:
    """A regular expression matching any of the (lower-case) words as the original text writes them: in lower
    case or with a capital ("the", "The")."""
    return opening(frozenset(words | {w[:1].upper() + w[1:] for w in words}))


class WordClasses:
    """The classes of function_words.yaml, read once per rule set; `ids` are those read (the steps'
    word lists, not classes that say a word is no name: the name reader of sources.py leaves them out)."""

    def __init__(self, rules: RuleSet):
        self.ids: set[str] = set()

        def read(*ids: str) -> frozenset[str]:
            self.ids.update(ids)
            return frozenset().union(*(closed_class(rules, i) for i in ids))

        # both languages
        self.negation = read("closed.ar.negation", "closed.en.negation")
        self.subordinators = read("closed.ar.subordinator", "closed.en.subordinator")
        self.personal_pronouns = read("closed.ar.personal_pronoun", "closed.en.personal_pronoun")
        self.media_heads = tuple(sorted(read("closed.ar.media_head", "closed.ar.body_head", "closed.en.media_head")))
        self.name_stops = read("closed.ar.name_stop", "closed.en.name_stop")  # وزير الخارجية سيرغي لافروف إن
        # "وفيما أكدت روسيا"، "While Democrats pushed": a sentence opening with a subordinate clause
        # "But as Trump denounced ..., many in the audience", "Indeed, while ...": a conjunction or an adverb of the
        # sentence (closed.en.subordinate_lead) may stand before the English opener, a comma after it
        lead = "(?:" + opening(read("en.class.main_clause_opener", "closed.en.subordinate_lead")) + r",?\s+)?"
        self.subordinate_lead = re.compile(lead)  # always matches, maybe empty
        self.subordinate = re.compile("^" + opening(read("closed.ar.subordinate_opener"), prefix="و?") + r"\s|^"
                                      + lead + opening(read("closed.en.subordinate_opener")) + r"\s")
        # Arabic
        self.clause_openers = read("closed.ar.clause_opener")
        self.sentence_openers = read("closed.ar.sentence_opener")
        self.not_in_subject = read("closed.ar.not_in_subject")
        self.opening_prepositions = read("closed.ar.opening_preposition")
        self.preposition_holders = read("closed.ar.preposition_holder")
        self.group_quantifiers = read("closed.ar.group_quantifier")  # "عدد من السكان"
        self.partitives = read("closed.ar.partitive")  # "أحد المتظاهرين"
        self.other_sense_media = read("closed.ar.media_head.other_sense")  # "شبكة الكهرباء": a grid, no press
        self.state_plurals = read("closed.ar.state_plural")  # "العديد من الدول"
        # members and representatives are officials of a state's body alone ("أعضاء الكونغرس"; ArabicSpans._plural_reading):
        # a step's words, no class that says a word is no name
        self.member_offices = read("closed.ar.member_office")
        self.state_complements = read("closed.ar.state_complement")
        self.preposition_prefixes = tuple(sorted(read("closed.ar.preposition_prefix")))
        self.preposition_clitics = tuple(sorted(read("closed.ar.preposition_clitic")))
        self.verb_asides = read("closed.ar.verb_aside")
        self.name_links = read("closed.ar.name_link")
        self.name_particles = read("closed.ar.name_particle")  # "فان هورميرن": inside a name only
        # the verbs of a clause an opening occasion of speaking frames (كان، ذهبت، تهجم) and the idioms that are no
        # occasion ("في كلمة واحدة"): a step's words, no class that says a word is no name ("بدأ آخرون")
        self.occasion_verbs = read("closed.ar.speaking_occasion_verb")
        self.speaking_idioms = read("closed.ar.speaking_occasion_idiom")
        self.according_lam = tuple(sorted(read("closed.ar.according_lam")))
        self.subject_position = read("closed.ar.subject_position")
        # أن، بأن: a clause opens after one, after لأن and فإن too; what was said after بأنه as well
        self.complementizers = read("closed.ar.complementizer")
        self.clause_complementizers = self.complementizers | read("closed.ar.complementizer.compound")
        self.said_complementizers = self.complementizers | read("closed.ar.complementizer.governed")
        self.pronoun_complementizers = self.complementizers | read("closed.ar.complementizer.pronoun")
        # relative verbs and participles before their agent: "بيان صادر عن"، "خطاب وجهه هادي"، "لقطات عرضها التلفزيون"
        self.issued_by = read("closed.ar.issued_by")
        self.issued_by_verb = read("closed.ar.issued_by.verb")
        self.delivered_by = read("closed.ar.delivered_by")
        self.aired_by = read("closed.ar.aired_by")
        self.conjunction_proclitics = read("closed.ar.conjunction_proclitic")  # و، ف: وقال
        self.preposition_proclitics = read("closed.ar.preposition_proclitic")  # ب، ل، ك: بالحكومة
        self.occasion_prepositions = read("closed.ar.occasion_preposition")  # في، خلال: وفي بيان
        self.exchange_nouns = read("closed.ar.exchange_noun")  # وفي حديث لـ"العربية.نت"
        self.quoting_cues = read("closed.ar.quoting_cue")  # نقلا عن
        self.saying_words = read("closed.ar.saying_word")  # قائلا
        self.statement_nouns = read("closed.ar.statement_noun")  # بيان لوزارة الخزانة
        self.published_speech = read("closed.ar.published_speech")  # ونشرت حملة كلينتون بيانا
        self.deployed = tuple(sorted(read("closed.ar.deployed")))  # وكثفت الميليشيات نشر أفرادها
        self.relayed_speech = read("closed.ar.relayed_speech")  # نشر الموقع تصريحا لرئيس النادي
        self.utterances = read(UTTERANCE_CLASS)  # تجددت الاتهامات
        self.issuer_holders = read("closed.ar.issuer_holder")  # بيان للجيش
        self.issuer_prepositions = tuple(sorted(read("closed.ar.issuer_preposition")))
        self.article = next(iter(read("closed.ar.article")))  # ال
        # 'تلفزيون "نوش" الرسمي الهولندي': what qualifies an outlet after its quoted name, a country's adjective with
        # the article too (rules/countries.yaml)
        self.outlet_qualifiers = read("closed.ar.outlet_qualifier") | frozenset(
            norm(a) for c in rules.countries.countries for a in c.adjectives if norm(a).startswith(self.article))
        self.kana = read("closed.ar.kana")  # وكان الوزير قد قال
        self.according_what = read("closed.ar.according_what")  # حسب ما أكدت
        self.according_criteria = read("closed.ar.according_criterion")  # وفقًا لسعر السوق (read here: no bar to a name)
        # read here, not by the steps that use them, so that they bar no name (sources.py reads every other closed
        # class as words that are no name): the judging holders are lexicon families ("country"), no words
        self.judging_holders = tuple(sorted(read("closed.ar.judging_holder")))  # وتعتبر إيران إسرائيل
        self.fronted_circumstances = read("closed.ar.fronted_circumstance")  # وتعليقا على ... قالت إنها
        # not read(): an elative before its noun is no name either ("رفضت أعلى محكمة"، "بين أهم المواقع")
        self.elatives = closed_class(rules, "closed.ar.elative")  # يعتبر الإنتربول أكبر منظمة
        self.according_ratings = read("closed.ar.according_rating")  # وفقا لتصنيف وزارة الخارجية (no bar either)
        self.issued = read("closed.ar.issued")  # بيان صدر أمس
        self.came_in = closed_pattern(rules, "closed.ar.came_in")  # جاء ذلك في بيان
        self.came_after = closed_pattern(rules, "closed.ar.came_after")  # وجاء هذا التأكيد غداة إعلان مانيلا
        self.time_of_speech = closed_pattern(rules, "closed.ar.time_of_speech")  # ويأتي مقتل الجندي بعد يوم من تصريح
        self.headline_rubric = re.compile(closed_pattern(rules, "closed.en.headline_rubric"))  # "The Latest:"
        self.set_off = read("closed.ar.set_off")  # ...، وذلك في كلمة
        self.set_off_prepositions = read("closed.ar.set_off.preposition")
        self.relay_markers = read("closed.ar.relay_marker")  # نقلت الوكالة عن مسؤول
        self.relayed_object = read("closed.ar.relayed_object")  # بحسب ما نقلت عنه الوكالة
        self.learned_from = read("closed.ar.learned_from")  # علمت "الوطن" من مصادرها
        self.occasion_proclitics = read("closed.ar.occasion_proclitic")  # بتغريدة له
        self.amma = read("closed.ar.amma")  # أما مندوب الكويت فأعلن
        self.amma_answers = read("closed.ar.amma_answer")  # فقد، فإن
        self.clause_leads = read("closed.ar.clause_lead")  # لكن الوزير قال
        self.kana_qad = read("closed.ar.kana_qad")  # وكان الوزير قد قال
        self.aside_pronouns = read("closed.ar.aside_pronoun")  # نبيلة، وهي من مؤسسي الجمعية، أن
        self.place_before_name = read("closed.ar.place_before_name")  # ممثل الحركة في كوالالمبور أنور الآغا
        self.servants = tuple(sorted(read("closed.ar.servant")))  # عبدربه
        self.final_ha_names = read("closed.ar.final_ha_name")  # الله
        # English
        self.plural_pronouns = read("closed.en.plural_pronoun")  # they: a group, never one person
        # "both men", "all three candidates": as many persons cited before as counted, by the id's number
        self.group_counts = {count: f"closed.en.group_count.{count}" for count in (2, 3, 4)}
        self.group_nouns = {kind: f"closed.en.group_noun.{kind}" for kind in ("official", "person")}
        self.counted_group = re.compile(
            "(" + "|".join(f"(?P<n{c}>{opening(read(i))})" for c, i in self.group_counts.items()) + ")"
            + r"(?: of(?: the)?)? (" + "|".join(f"(?P<{k}>{opening(read(i))})" for k, i in self.group_nouns.items())
            + ")")
        self.first_person = read("closed.en.first_person")  # I, we: the writer outside a quotation
        self.en_complementizers = read("closed.en.complementizer")  # said that
        self.en_coordinators = read("closed.en.coordinator")  # Iran and Morocco
        self.role_determiners = read("closed.en.role_determiner")  # Sean Spicer, the press secretary
        self.skip = read("closed.en.verb_premodifier") | self.negation
        self.time_phrase = read("closed.en.time_phrase")
        self.back_stop = read("closed.en.clause_boundary")
        self.relatives = read("closed.en.relative")
        self.relative_openers = read("closed.en.relative_opener")
        self.honorifics = read("closed.en.honorific")
        self.titles = self.honorifics | read("closed.en.title_abbreviation")
        self.prepositions = read("closed.en.preposition")
        self.nominative = read("closed.en.subject_pronoun")
        self.finite = read("closed.en.auxiliary")
        self.verb_words = self.finite | read("closed.en.auxiliary_participle") | self.negation
        self.hearer_verbs = read("closed.en.hearer_verb")
        self.noun_markers = read("closed.en.determiner")
        # words a determiner may follow inside a noun phrase ("both the", "one of the", "Sanders and the DNC")
        self.determiner_leads = self.prepositions | self.skip | self.back_stop | self.noun_markers \
            | read("closed.en.determiner_lead")
        self.appositive_heads = read("closed.en.appositive_head")
        self.be = read("closed.en.be")
        self.object_prepositions = read("closed.en.object_preposition")
        self.plural_without_s = read("closed.en.plural_without_s")
        self.definite = read("closed.en.definite")
        # "his" stands for "he": the class closed.en.possessive.<pronoun> holds the possessives of that pronoun
        possessive = [e.id for e in rules.entries if e.id.startswith(_POSSESSIVE)] or [_POSSESSIVE + "he"]
        self.possessives = {t: i.removeprefix(_POSSESSIVE) for i in possessive for t in read(i)}


def issuer_readings(words: WordClasses, text: str) -> list[str]:
    """What follows a statement's preposition (closed.ar.issuer_preposition) read as its issuer: the word as written
    ("للبنان": لبنان), and if it opens with the article whose alif the preposition drops, with the alif back ("للجيش":
    الجيش). None if no such preposition opens the text."""
    prep = next((p for p in words.issuer_prepositions if text.startswith(p)), None)
    if prep is None:
        return []
    rest = text[len(prep):]
    dropped = words.article[1:]
    return [rest, words.article + rest[len(dropped):]] if rest.startswith(dropped) else [rest]

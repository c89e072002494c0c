"""The shared engine asks the article's language for every step that reads its grammar (issue 14): where a
sentence's subject opens and whether the name there is it (attr.continuation.subject) is English's reading of
capitals, titles and possessives; whom "it" and "they" refer back to, and who holds a stance noun ("Clinton's
accusations"), are English's too; a language without them reads no such subject, referent or holder."""
import pytest

from provenance.attribution.lang import Language
from provenance.attribution.reading import Reading
from provenance.attribution.sources import Memory
from provenance.normalize import normalize
from provenance.text.sentences import Sentence, quote_spans


@pytest.fixture(scope="module")
def languages(auditor):
    return auditor.attributor.languages


def test_english_reads_the_subject_after_a_leading_conjunction(languages):
    assert languages["en"].opening_subject("And Trump himself was delighted.") == "Trump himself was delighted."


@pytest.mark.parametrize("opening, name, words", [
    ("Rep. Sean Duffy (R-Wisc.) also addressed the controversy", "Rep. Sean Duffy", ["Sean", "Duffy"]),
    ("Republican presidential candidate Donald Trump spoke", "Republican presidential candidate Donald Trump",
     ["Donald", "Trump"]),
    ("Kaine did not see the point.", "Kaine", ["Kaine"]),
    ("Mr. Clinton was there.", "Mr. Clinton", ["Clinton"]),
])
def test_english_names_the_subject_with_its_title(languages, opening, name, words):
    start = opening.index(words[0])
    assert languages["en"].subject_name(opening, start) == (name, words)


@pytest.mark.parametrize("opening, person", [
    ("Obama's aides said nothing.", "Obama"),  # a possessive
    ("The Cruz campaign was shocked.", "Cruz"),  # a modifier after a determiner
    ("At first, there was pressure on Clinton.", "Clinton"),  # inside a clause
])
def test_english_refuses_a_name_that_is_no_subject(languages, opening, person):
    assert languages["en"].subject_name(opening, opening.index(person)) is None


def test_arabic_reads_no_subject_from_a_sentence_opening(languages):
    arabic = languages["ar"]
    assert arabic.opening_subject("وكان الرئيس بشار الأسد قد استقبل الوفد.") is None
    assert arabic.subject_name("Chuck Todd was shocked.", 0) is None


def test_a_new_language_inherits_no_english_reading(auditor):
    """A language added by subclassing Language has no subject reading until it writes one."""
    plain = Language(auditor.rules, auditor.attributor.typer)
    assert plain.opening_subject("And Trump himself was delighted.") is None
    assert plain.subject_name("Trump himself was delighted.", 0) is None


@pytest.mark.parametrize("pronoun, referent", [
    ("he", "person"), ("she", "person"), ("the republican", "person"), ("it", "thing"), ("they", "last"),
    ("i", None), ("we", None), ("you", None),
])
def test_english_pronouns_refer_back(languages, pronoun, referent):
    assert languages["en"].referent(pronoun) == referent


def test_arabic_pronouns_refer_back_to_a_person_only(languages):
    arabic = languages["ar"]
    assert arabic.referent("هو") == "person"
    assert [arabic.referent(p) for p in ("it", "they", "the republican")] == [None, None, None]


def _stance_noun(auditor, text):
    ns = normalize(text)
    reading = Reading(Sentence(0, len(text), text), ns, quote_spans(ns.text), Memory(), {})
    return reading, next(auditor.rules.lexicon("stance_noun").finditer(ns.text))


def test_english_reads_the_holder_of_a_stance_noun(auditor, languages):
    reading, hit = _stance_noun(auditor, "Clinton's accusations were dismissed.")
    a, b = languages["en"].stance_noun_holder(reading, hit)
    assert reading.n[a:b] == "clinton"


def test_a_language_without_stance_nouns_names_no_holder(auditor, languages):
    reading, hit = _stance_noun(auditor, "Clinton's accusations were dismissed.")
    a, b = languages["ar"].stance_noun_holder(reading, hit)
    assert a == b

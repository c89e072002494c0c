"""Every Arabic word the attribution steps test is rules data with an id (and the English words that the shared
steps named beside them): a user's copy of the rules that adds a word to one of these classes changes what the
audit reads, without Python."""
import re
import shutil
import subprocess
import sys

import pytest
import yaml

from provenance.models import Document
from provenance.pipeline import Auditor
from provenance.rules import DEFAULT_RULES_DIR, RulesError, load_rules

CLASSES = {  # id: the file of rules/ that declares it
    "closed.ar.complementizer": "ar/function_words.yaml",
    "closed.ar.complementizer.governed": "ar/function_words.yaml",
    "closed.ar.complementizer.compound": "ar/function_words.yaml",
    "closed.ar.complementizer.pronoun": "ar/function_words.yaml",
    "closed.ar.saying_word": "ar/function_words.yaml",
    "closed.ar.statement_noun": "ar/function_words.yaml",
    "closed.ar.kana": "ar/function_words.yaml",
    "closed.ar.issued_by": "ar/function_words.yaml",
    "closed.ar.issued_by.verb": "ar/function_words.yaml",
    "closed.ar.delivered_by": "ar/function_words.yaml",
    "closed.ar.aired_by": "ar/function_words.yaml",
    "closed.ar.object_pronoun": "ar/closed.yaml",
    "closed.ar.conjunction_proclitic": "ar/function_words.yaml",
    "closed.ar.preposition_proclitic": "ar/function_words.yaml",
    "closed.ar.occasion_preposition": "ar/function_words.yaml",
    "closed.ar.exchange_noun": "ar/function_words.yaml",
    "closed.ar.quoting_cue": "ar/function_words.yaml",
    "closed.ar.according_what": "ar/function_words.yaml",
    "closed.ar.issued": "ar/function_words.yaml",
    "closed.ar.came_in": "ar/function_words.yaml",
    "closed.ar.set_off": "ar/function_words.yaml",
    "closed.ar.set_off.preposition": "ar/function_words.yaml",
    "closed.ar.relay_marker": "ar/function_words.yaml",
    "closed.ar.relayed_object": "ar/function_words.yaml",
    "closed.ar.learned_from": "ar/function_words.yaml",
    "closed.ar.occasion_proclitic": "ar/function_words.yaml",
    "closed.ar.amma": "ar/function_words.yaml",
    "closed.ar.amma_answer": "ar/function_words.yaml",
    "closed.ar.clause_lead": "ar/function_words.yaml",
    "closed.ar.kana_qad": "ar/function_words.yaml",
    "closed.ar.aside_pronoun": "ar/function_words.yaml",
    "closed.ar.place_before_name": "ar/function_words.yaml",
    "closed.ar.servant": "ar/function_words.yaml",
    "closed.ar.name_stop": "ar/function_words.yaml",
    "closed.ar.final_ha_name": "ar/function_words.yaml",
    "closed.en.name_stop": "en/function_words.yaml",
    "closed.en.complementizer": "en/function_words.yaml",
    "closed.en.coordinator": "en/function_words.yaml",
    "closed.en.role_determiner": "en/function_words.yaml",
}


@pytest.fixture
def rules(tmp_path):
    folder = tmp_path / "rules"
    shutil.copytree(DEFAULT_RULES_DIR, folder)
    return folder


def add_word(folder, entry_id: str, word: str, remove: bool = False) -> None:
    path = folder / CLASSES[entry_id]
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    entry = next(e for e in data["lexicons"] if e["id"] == entry_id)
    entry["terms"].remove(word) if remove else entry["terms"].append(word)
    entry["terms"] = entry["terms"] or ["زززز"]  # a class of one word taken out: a word no text writes
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def audit(folder, text: str):
    return Auditor(folder).audit(Document(name="t", text=text))


@pytest.mark.parametrize("entry_id", sorted(CLASSES))
def test_the_shipped_rules_declare_each_class_with_words_and_a_description(entry_id):
    entries = [e for e in load_rules().entries if e.id == entry_id]
    assert len(entries) == 1 and entries[0].lang == entry_id.split(".")[1] and entries[0].family == "closed_class"
    assert (entries[0].all_terms() or entries[0].patterns) and entries[0].description  # a word list, or a shape


@pytest.mark.parametrize("entry_id", sorted(CLASSES))
def test_a_rules_folder_without_the_class_is_refused_by_its_id(rules, entry_id):
    path = rules / CLASSES[entry_id]
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["lexicons"] = [e for e in data["lexicons"] if e["id"] != entry_id]
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(RulesError, match=re.escape(repr(entry_id))):  # read by a step, never an empty class
        Auditor(rules)


def test_the_packaged_rules_pass_rules_check():
    out = subprocess.run([sys.executable, "-m", "provenance", "rules", "check"], capture_output=True, timeout=120)
    assert out.returncode == 0, out.stderr.decode()


HEADLINE = "وزير الخارجية الروسي كأنه: الخطة فشلت\n\nقال وزير الخارجية الروسي سيرغي لافروف إن الخطة فشلت.\n"


def test_a_complementizer_added_to_the_rules_makes_a_headline_lead_a_clause(rules):
    assert audit(rules, HEADLINE).headline.source.type == "named_official"
    add_word(rules, "closed.ar.complementizer", "كأنه")  # the engine asks the Arabic Language for them
    assert audit(rules, HEADLINE).headline.source.type == "unattributed"


@pytest.mark.parametrize("entry_id, verb, text, speaker", [
    ("closed.ar.issued_by", "وزعته", "وفي بيان وزعته وزارة الخارجية الروسية، الإثنين، ذكرت أن الخطة فشلت.",
     "وزارة الخارجية الروسية"),
    ("closed.ar.occasion_preposition", "أثناء", "وأثناء مؤتمر صحفي عقده رئيس الوزراء الإسرائيلي بنيامين نتانياهو "
     "الاثنين قال إن الخطة فشلت.", "رئيس الوزراء الإسرائيلي بنيامين نتانياهو"),
    ("closed.ar.delivered_by", "استضافه", "وفي مؤتمر صحفي استضافه رئيس الوزراء الإسرائيلي بنيامين نتانياهو الاثنين "
     "قال إن الخطة فشلت.", "رئيس الوزراء الإسرائيلي بنيامين نتانياهو"),
])
def test_a_relative_verb_added_to_the_rules_names_the_owner_of_an_opening_occasion(rules, entry_id, verb, text, speaker):
    claim = audit(rules, "عنوان\n\n" + text).claims[0]
    assert claim.source.type == "unattributed"
    add_word(rules, entry_id, verb)
    assert audit(rules, "عنوان\n\n" + text).claims[0].source.text == speaker


def test_a_pronoun_suffix_added_to_the_rules_is_read_after_the_according_verb(rules):
    text = "عنوان\n\nوالخطة فشلت، بحسب ما نقلت عنكم وكالة رويترز.\n"
    assert audit(rules, text).claims[0].source.text == "عنكم وكالة رويترز"
    add_word(rules, "closed.ar.object_pronoun", "كم")  # "from you": the verb's object, not the source
    assert audit(rules, text).claims[0].source.text == "وكالة رويترز"


def test_a_noun_of_exchange_added_to_the_rules_frames_the_first_verb_with_its_outlet(rules):
    text = "عنوان\n\nوفي ندوة لصحيفة الرياض، قال النائب إن الخطة فشلت.\n"
    assert audit(rules, text).claims[0].via == []
    add_word(rules, "closed.ar.exchange_noun", "ندوة")
    assert [v.evidence for v in audit(rules, text).claims[0].via] == ["لصحيفة الرياض"]


@pytest.mark.parametrize("entry_id, letter, text", [
    ("closed.ar.conjunction_proclitic", "و", "وأعلنت الشرطة الفرنسية وثائق التحقيق."),
    ("closed.ar.preposition_proclitic", "ب", "وأعلنت الشرطة الفرنسية بدء تحقيق في الحادث."),
])
def test_a_proclitic_taken_out_of_the_rules_lets_the_object_after_a_body_open_there(rules, entry_id, letter, text):
    assert audit(rules, "عنوان\n\n" + text).claims[0].source.text != "الشرطة الفرنسية"  # joined: read on
    add_word(rules, entry_id, letter, remove=True)
    assert audit(rules, "عنوان\n\n" + text).claims[0].source.text == "الشرطة الفرنسية"


def test_an_according_cue_added_to_the_quoting_cues_relays_the_source_it_names(rules):
    text = "عنوان\n\nوقال وزير الداخلية بحسب مصدر أمني إن الخطة فشلت.\n"
    assert audit(rules, text).claims[0].source.text == "وزير الداخلية"
    add_word(rules, "closed.ar.quoting_cue", "بحسب")  # the engine asks the Arabic Language for them
    claim = audit(rules, text).claims[0]
    assert (claim.source.text, claim.source.type) == ("مصدر أمني", "anonymous_official")


def test_a_conjunction_taken_out_of_the_rules_no_longer_joins_the_places_a_headline_names(rules):
    text = "سوريا و إيران: الخطة فشلت\n\nقال مسؤول إن الخطة فشلت.\n"
    assert audit(rules, text).headline.source.type == "unattributed"  # places alone label the topic
    add_word(rules, "closed.ar.conjunction_proclitic", "و", remove=True)
    assert audit(rules, text).headline.source.text == "سوريا و إيران"


def test_a_saying_word_added_to_the_rules_completes_a_verb_that_needs_a_complement(rules):
    text = "عنوان\n\nوختم وزير الداخلية مستطردا الخطة فشلت بسبب الحرب.\n"
    assert audit(rules, text).claims[0].cue is None  # "ختم" without what was said: ended, no speech
    add_word(rules, "closed.ar.saying_word", "مستطردا")
    assert audit(rules, text).claims[0].cue == "وختم"


@pytest.mark.parametrize("entry_id, word, text, before, after", [
    # "علمت "الوطن" من مصادرها": whom an outlet learned from is named after من
    ("closed.ar.learned_from", "من", 'وعلمت "الوطن" من مصادرها الطبية أن الخطة فشلت.', "مصادرها الطبية", None),
    # "حسب ما أكدت": the according cue's verb follows ما, its subject is the source
    ("closed.ar.according_what", "ما", "والخطة فشلت، حسب ما أكدت وزارة الخارجية الروسية.",
     "وزارة الخارجية الروسية", "ما أكدت وزارة الخارجية الروسية"),
    # "أما X فإنه قال": the topic after أما is the subject of the verb after ف
    ("closed.ar.amma_answer", "فإنه", "أما وزير الخارجية الروسي سيرغي لافروف فإنه قال إن الخطة فشلت.",
     "وزير الخارجية الروسي سيرغي لافروف", "أما وزير الخارجية الروسي سيرغي لافروف فإنه"),
    ("closed.ar.amma", "أما", "أما وزير الخارجية الروسي سيرغي لافروف فقال إن الخطة فشلت.",
     "وزير الخارجية الروسي سيرغي لافروف", None),
    # "وكان المتحدث ...، قد صرح": the subject sits between كان and قد
    ("closed.ar.kana_qad", "قد", "وكان المتحدث باسم الوزارة، جون كيربي، قد صرح بأن الخطة فشلت.",
     "المتحدث باسم الوزارة، جون كيربي", "المتحدث باسم الوزارة، جون كيربي، قد"),
])
def test_a_word_taken_out_of_the_rules_changes_the_source_its_step_reads(rules, entry_id, word, text, before, after):
    assert audit(rules, "عنوان\n\n" + text).claims[0].source.text == before
    add_word(rules, entry_id, word, remove=True)
    assert audit(rules, "عنوان\n\n" + text).claims[0].source.text == after


def test_an_english_coordinator_added_to_the_rules_joins_the_places_a_headline_names(rules):
    text = "Iran plus Morocco: the plan failed\n\nAn official said the plan failed.\n"
    assert audit(rules, text).headline.source.text == "Iran plus Morocco"
    add_word(rules, "closed.en.coordinator", "plus")  # the engine asks the English Language for them
    assert audit(rules, text).headline.source.type == "unattributed"  # places alone label the topic

"""English verbs by lemma: an entry with `inflect` lists lemmas and matches their forms (rules.py english_forms)."""
import re
import shutil

import pytest

from provenance.rules import DEFAULT_RULES_DIR, RulesError, load_rules

CLASS = """
  - id: en.verb.user_class
    family: speech
    inflect: true
    terms: [quip, point out, deny, rebut, discuss, admit, offer, indicate, say, write, speak]
"""


@pytest.fixture
def rules_dir(tmp_path):
    folder = tmp_path / "rules"
    shutil.copytree(DEFAULT_RULES_DIR, folder)
    return folder


def _with(folder, text):
    path = folder / "en" / "verbs.yaml"
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")
    return load_rules(folder)


def test_a_user_adding_a_lemma_gets_its_forms(rules_dir):
    speech = _with(rules_dir, CLASS).terms("speech")
    for form in ("quips", "quipped", "points out", "pointed out", "denies", "denied", "rebuts", "rebutted",
                 "discusses", "discussed", "admits", "admitted", "offers", "offered", "indicates", "indicated"):
        assert form in speech, form
    # the bare lemma is a noun as often ("a point", "the offer"): not matched alone
    assert "point out" not in speech and "quip" not in speech and "offerred" not in speech


def test_irregular_verbs_take_their_forms_from_the_table(rules_dir):
    speech = _with(rules_dir, CLASS).terms("speech")
    assert {"said", "says", "wrote", "written", "writes", "spoke", "spoken", "speaks"} <= speech
    assert not {"sayed", "writed", "speaked"} & speech


def test_a_verb_added_to_the_irregular_table_is_read_by_every_class(rules_dir):
    extra = CLASS.replace("user_class", "user_class2").replace("[quip,", "[foresee, quip,") + """
  - id: en.verb.user_irregular
    family: closed_class
    terms: [foresee]
    irregular:
      foresee: [foresaw, foreseen]
"""
    speech = _with(rules_dir, extra).terms("speech")
    assert {"foresaw", "foreseen", "foresees"} <= speech and "foreseed" not in speech


def test_an_irregular_verb_with_three_forms_is_refused_with_its_file(rules_dir):
    bad = """
  - id: en.verb.bad
    family: closed_class
    terms: [go]
    irregular:
      go: [went, gone, goed]
"""
    with pytest.raises(RulesError, match=r"verbs\.yaml.*past and, if another, its participle"):
        _with(rules_dir, bad)


SPELLING = """
  - id: en.verb.spelling
    family: speech
    inflect: true
    terms: [panic, boo, signal, label, travel, equip, debut, exit, profit, debit, emit, compel, edit, quip]
"""


def test_english_spelling_rules_and_the_table_give_each_verb_its_forms(rules_dir):
    speech = _with(rules_dir, SPELLING).terms("speech")
    wanted = {"panics", "panicked", "boos", "booed", "signaled", "signalled", "labeled", "labelled", "traveled",
              "travelled", "equipped", "debuted", "exited", "profited", "debited", "emitted", "compelled", "edited",
              "quipped"}
    wrong = {"paniced", "booes", "equiped", "debutted", "exitted", "profitted", "debitted", "emited", "compeled",
             "editted"}
    assert wanted - speech == set() and wrong & speech == set()


def test_an_entry_that_only_holds_irregular_forms_needs_no_terms(rules_dir):
    speech = _with(rules_dir, SPELLING.replace("spelling", "spelling2").replace("[panic,", "[foresee, panic,") + """
  - id: en.verb.table_only
    family: closed_class
    irregular:
      foresee: [foresaw, foreseen]
""").terms("speech")
    assert {"foresaw", "foreseen"} <= speech


def _refused(folder, path, text, match):
    """The line (counted from the file's old end) that the error matching `match` names in `path`."""
    lines = len(path.read_text(encoding="utf-8").splitlines())
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")
    with pytest.raises(RulesError) as exc:
        load_rules(folder)
    line = next(l for l in str(exc.value).splitlines() if re.search(match, l))
    where = re.search(rf"{re.escape(str(path))}:(\d+):", line)
    assert where, line
    return int(where.group(1)) - lines


def test_irregular_forms_on_an_arabic_entry_are_refused_with_file_and_line(rules_dir):
    assert _refused(rules_dir, rules_dir / "ar" / "verbs.yaml", "\n  - id: cue.ar.bad\n    family: speech\n"
                    "    terms: [قال]\n    irregular:\n      say: [said]\n", r"cue\.ar\.bad.*English") == 2


def test_a_lemma_given_twice_in_one_table_is_refused_with_file_and_line(rules_dir):
    assert _refused(rules_dir, rules_dir / "en" / "verbs.yaml", "\n  - id: en.verb.twice\n    family: closed_class\n"
                    "    irregular:\n      foresee: [foresaw, foreseen]\n      foresee: [foresaw]\n", r"foresee") == 6


def test_a_lemma_given_in_two_entries_is_refused_with_file_and_line(rules_dir):
    assert _refused(rules_dir, rules_dir / "en" / "verbs.yaml", "\n  - id: en.verb.again\n    family: closed_class\n"
                    "    irregular:\n      say: [sayed]\n", r"'say'.*en\.verb\.irregular") == 2

"""English verbs by lemma: an entry with `inflect` lists lemmas and matches their forms (rules.py english_forms)."""
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

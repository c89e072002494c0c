"""The function words attribution reads are rules data: a user's copy of the rules extends them."""
import re
import shutil
import subprocess
import sys

import pytest
import yaml

from provenance.models import Document
from provenance.pipeline import Auditor
from provenance.rules import DEFAULT_RULES_DIR, RulesError


@pytest.fixture
def rules(tmp_path):
    folder = tmp_path / "rules"
    shutil.copytree(DEFAULT_RULES_DIR, folder)
    return folder


def add_word(folder, lang: str, entry_id: str, word: str) -> None:
    path = folder / lang / "function_words.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    entry = next(e for e in data["lexicons"] if e["id"] == entry_id)
    entry["terms"].append(word)
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def first_claim(folder, text: str):
    return Auditor(folder).audit(Document(name="t", text=text)).claims[0]


def test_an_english_negation_added_to_the_rules_makes_the_verb_a_side_clause(rules):
    text = "The ministry seldom said the plan would work."
    assert first_claim(rules, text).source.type == "named_organization"
    add_word(rules, "en", "closed.en.negation", "seldom")
    claim = first_claim(rules, text)
    assert claim.cue is None and claim.source.type == "unattributed"
    assert [s.text for s in claim.also] == ["The ministry"]  # still an attribution in the sentence


def test_an_arabic_word_in_natural_spelling_matches_the_normalised_text(rules):
    text = "وقال مجدداً وزير الخارجية الأردني إن الخطة فشلت."
    assert first_claim(rules, text).source.text == "مجدداً وزير الخارجية الأردني"
    add_word(rules, "ar", "closed.ar.verb_aside", "مجدداً")  # tanween and all: read as مجددا
    claim = first_claim(rules, text)
    assert (claim.source.text, claim.source.type) == ("وزير الخارجية الأردني", "named_official")


def test_a_rules_folder_without_a_word_class_is_refused_by_name(rules):
    # the first class missing is named: one a step reads (closed.en.negation) or one a pattern of another file
    # names (title.en.constituency's {class:closed.en.us_state}, read while the rules load)
    (rules / "en" / "function_words.yaml").unlink()
    with pytest.raises(RulesError, match=r"closed\.en\.(?:negation|us_state)"):
        Auditor(rules)


@pytest.mark.parametrize("command", [("rules", "check"), ("audit", "-", "--rules")])
def test_the_command_line_names_the_missing_word_class_and_exits_2(rules, command):
    (rules / "ar" / "function_words.yaml").unlink()
    out = subprocess.run([sys.executable, "-m", "provenance", *command, str(rules)], input=b"Officials said so.",
                         capture_output=True, timeout=120)
    assert out.returncode == 2
    lines = out.stderr.decode().splitlines()  # every class the file held that the code reads, a line each
    assert any("'closed.ar.negation'" in line for line in lines)
    assert all(re.search(r"'closed\.ar\.[\w.]+'.*function_words\.yaml:\d+$", line) for line in lines), lines

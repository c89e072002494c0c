"""A "he" or "she" opening a sentence as the holder of a verb of stance or communication goes on with the speaker
of the sentence just before (engine.py `_stance_goes_on`, attr.continuation.stance): LABELLING.md gives a pronoun's
continuation the previous speaker. The instances come from PolNeAR's train split
(../shared/data/english-polnear/train/text/): west-journal_2016-02-10_look-man-spotted-directly-behind ("He mentioned
a long list of candidates" after Ed Krayewski blogged), wash-post_2016-03-22_presidential-candidates-promise- ("He
focused on his years serving on the House Armed Services Committee" after Kasich called for),
huff-post_2016-02-07_the-latest-gop-debate-kicked-off ("He concluded by implying that" after Trump said),
wash-post_2015-11-10_opposition-appears-to-win-landsl ("She remembers when military officers showed up" after Yin
Myint May said)."""
from provenance.models import Document


def _claim(report, opening):
    return next(c for c in report.claims if c.text.startswith(opening))


def _audit(auditor, text):
    return auditor.audit(Document(name="t.txt", text="Title\n\n" + text))


def test_he_mentioning_right_after_he_spoke_is_the_speaker(auditor):
    # west-journal_2016-02-10_look-man-spotted-directly-behind
    report = _audit(auditor, "Ed Krayewski may have said it best when he blogged: “Hillary Clinton is as close to a "
                             "pre-selected candidate as this cycle’ll see.” He mentioned a long list of candidates "
                             "who could have run but didn’t, like Bill Bradley and Al Gore.\n")
    claim = _claim(report, "He mentioned")
    assert claim.source.type == "named_person"
    assert claim.source.name == "Ed Krayewski"
    assert "attr.continuation.stance" in claim.source.rules and "cue.en.stance" in claim.reasons


def test_she_focusing_after_she_called_for_is_the_speaker(auditor):
    # wash-post_2016-03-22_presidential-candidates-promise- (Kasich), written with a woman's pronoun
    report = _audit(auditor, "To a rousing standing ovation, Sen. Elizabeth Warren called for the suspension of the "
                             "nuclear deal.\n\nShe focused on her years serving on the Armed Services Committee, a dig "
                             "at her opponents.\n")
    claim = _claim(report, "She focused")
    assert claim.source.type == "named_official"
    assert "Warren" in claim.source.name


def test_after_narration_the_holder_stays_aside(auditor):
    # must not: the sentence before had no speaker, so "He mentioned" is the writer's narration
    report = _audit(auditor, "Sen. Ted Cruz said the plan would fail.\n\nThe Senate adjourned on Friday.\n\n"
                             "He mentioned the weather.\n")
    claim = _claim(report, "He mentioned")
    assert claim.source.type == "unattributed"
    assert [a.name for a in claim.also] == ["Ted Cruz"]


def test_a_negated_verb_stays_the_writers(auditor):
    # must not: what a speaker did not discuss is the writer's observation (wash-post_2015-11-13_cruz-rubio-take-off-
    # the-: "He did not discuss any ways that foreign-born workers ... could become citizens", after Rubio said)
    report = _audit(auditor, "Sen. Marco Rubio said the reforms must come first.\n\n"
                             "He did not discuss any ways that the workers could become citizens.\n")
    assert _claim(report, "He did not discuss").source.type == "unattributed"


def test_they_and_a_repeated_name_are_not_read_so(auditor):
    # must not: "they" after one person (the Post's reporters), and a family name, whose stances the labels mostly
    # leave to the writer ("Roloson supports Democrat Hillary Clinton")
    report = _audit(auditor, "Sen. Ted Cruz said the plan would fail.\n\nThey mentioned the weather.\n\n"
                             "Jim Roloson said he was worried.\n\nRoloson supports Democrat Hillary Clinton.\n")
    assert _claim(report, "They mentioned").source.type != "named_official"
    assert _claim(report, "Roloson supports").source.type == "unattributed"

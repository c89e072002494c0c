"""English source spans (lang/en.py, the english_* walks of subjects.py): classes of PolNeAR train sentences
that the auditor missed, each test naming the train file of ../shared/data/english-polnear/train/text its
sentence comes from."""
import pytest

from provenance.models import Document


@pytest.fixture(scope="module")
def audit(auditor):
    return lambda text: auditor.audit(Document(name="t", text=text))


def first(audit, text):
    return audit(text).claims[0]


@pytest.mark.parametrize("text, source", [
    # huff-post_2016-07-26_obama-administration-to-expand-p.txt: HuffPost's datelines use a horizontal bar
    ("WASHINGTON ― The Obama administration announced plans Tuesday to expand programs that allow Central "
     "Americans to come to the U.S.", "The Obama administration"),
    # the same bar between a subject and an aside ("in Cincinnati ― a mere 30 minutes away ― Trump declined")
    ("Many speakers at the service ― including Muslims and Jews ― said the attack was a crime.",
     "Many speakers at the service"),
])
def test_a_horizontal_bar_is_a_dash_that_ends_the_subject(audit, text, source):
    claim = first(audit, text)
    assert claim.source.text == source


@pytest.mark.parametrize("text, holder", [
    # breitbart_2016-01-05_the-latest-cruz-to-give-away-eng.txt
    ("Speaking in the East Room at the White House, Obama is defending his executive actions to tighten criminal "
     "background checks.", "Obama"),
    ("Senate Majority Leader Mitch McConnell is criticizing President Barack Obama as a weak commander-in-chief.",
     "Senate Majority Leader Mitch McConnell"),
    # politico_2016-07-08_clinton-unleashes-democratic-dre.txt
    ("Democratic party leaders are increasingly admitting that they’re nervous about Trump’s ability to make "
     "inroads in such communities.", "Democratic party leaders"),
    # breitbart_2016-03-01_the-latest-sanders-wins-minnesot.txt
    ("Bernie Sanders is pledging to take his campaign to the convention floor.", "Bernie Sanders"),
])
def test_a_verb_of_saying_or_stance_in_the_progressive_names_its_subject(audit, text, holder):
    claim = first(audit, text)
    assert holder in [s.text for s in [claim.source, *claim.also]]


def test_a_progressive_of_no_cue_verb_attributes_nothing(audit):
    claim = first(audit, "Working-class white voters have been trending more Republican over the past elections.")
    assert claim.source.type == "unattributed" and claim.also == []

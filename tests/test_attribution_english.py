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

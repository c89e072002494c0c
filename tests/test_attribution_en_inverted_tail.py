"""A verb of saying inverted after the clause it reports keeps its subject after it when an appositive or a phrase of
place or affiliation (closed.en.inverted_tail) runs from that subject to the sentence's end with no clause of its own.
The instances come from PolNeAR's train split (../shared/data/english-polnear/train/text; the file is named beside
each)."""
import pytest


@pytest.mark.parametrize("text, source, kind", [
    # nyt_2016-04-27_china-trade-is-linked-to-u-s-vot: after a clause between commas, the name's appositive ends it
    ("In nearby Decatur, the big Nucor steel plant is hanging on, but it is under intense pressure from Asian imports, "
     "said the company's chief executive, John J. Ferriola.", "the company's chief executive", "named_official"),
    # wash-post_2015-12-28_tug-of-war-in-central-asia: a place after the name, not the film industry before the verb
    ("Even India has more cultural resonance through Bollywood films, says political scientist Dossym Satpayev in "
     "Almaty.", "political scientist Dossym Satpayev", "named_person"),
])
def test_an_inverted_subject_with_a_tail_to_the_end_speaks(audit, text, source, kind):
    claim = audit(text).claims[-1]
    assert claim.source.text == source
    assert claim.source.type == kind


@pytest.mark.parametrize("text", [
    # a verb in what follows: the words after "said" are its complement, not its subject's place
    "The plan failed in the end, said the man in the car was armed.",
    # after a clause between commas, a verb in the words after the comma: "said" reports that the chief executive
    # would resign, its subject is not after it
    "In nearby Decatur, the big Nucor steel plant is hanging on, but it is under intense pressure from Asian imports, "
    "said the company's chief executive, John J. Ferriola would resign.",
])
def test_a_tail_with_a_clause_or_a_list_is_no_tail(audit, text):
    claim = audit(text).claims[-1]
    assert claim.source.text not in ("the man", "the company's chief executive")

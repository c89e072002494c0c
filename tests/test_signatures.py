"""Signed round-ups: the sentences of a reader's letter or post that cite no one are its signatory's; the signature
line is a byline, no claim. Instances in PolNeAR train (../shared/data/english-polnear/train/text): USA Today's
letters pages usa-today_2016-06-07_did-donald-trump-really-scam-stu ("Martin Litwak.", "Olympia, Wash."),
usa-today_2016-08-16_millenials-aren-t-buying-trump-s ("Richard Hays Powell.", "@Knottm92."),
usa-today_2016-08-31_abedin-needs-to-get-out-of-two-r ("Kenneth L. Zimmerman.", "Huntington Beach, Calif."),
usa-today_2016-03-01_democratic-voters-size-up-clinto ("Marshall H. Tanick.", "Minneapolis.", "@IAmTheJody.")."""
from pathlib import Path

import pytest

from provenance.models import Document

# after did-donald-trump-really-scam-stu and millenials-aren-t-buying-trump-s
LETTERS = ("Letters on the race.\n\n"
           "Trump claims he's worth $10 billion. Would a real billionaire be bilking retired veterans?\n\n"
           "I claim Trump is not a billionaire.\n\n"
           "Martin Litwak.\n\n"
           "Olympia, Wash.\n\n"
           "Trump is such a con artist.\n\n"
           "Ernie Helton.\n\n"
           "We asked our followers what they thought.\n\n"
           "Unlike Trump, Clinton's supporting civil rights.\n\n"
           "@Knottm92.\n")


def read(auditor, text):
    return auditor.audit(Document(name="<text>", text=text))


def by_text(report, start):
    return next(c for c in report.claims if c.text.startswith(start))


def test_a_letters_sentences_that_cite_no_one_are_its_signatorys(auditor):
    report = read(auditor, LETTERS)
    for start, name in (("Would a real billionaire", "Martin Litwak"), ("I claim Trump", "Martin Litwak"),
                        ("Trump is such", "Ernie Helton")):
        claim = by_text(report, start)
        assert (claim.source.type, claim.source.text) == ("named_person", name)
        assert "signed.signature" in claim.reasons and "signed.signature" in claim.source.rules
        # the span is the name in its byline, below the paragraph: offsets into the body
        assert report.body[claim.source.start:claim.source.end] == name
    post = by_text(report, "Unlike Trump")
    assert (post.source.type, post.source.text) == ("named_person", "@Knottm92")
    assert "signed.handle" in post.reasons


def test_a_sentence_that_cites_someone_keeps_its_source(auditor):
    claim = by_text(read(auditor, LETTERS), "Trump claims")
    assert claim.source.type == "named_official" and "signed.signature" not in claim.reasons


def test_bylines_are_no_claims_and_the_editors_prompt_is_no_readers(auditor):
    report = read(auditor, LETTERS)
    texts = [c.text for c in report.claims]
    assert not any(t in ("Martin Litwak.", "Olympia, Wash.", "Ernie Helton.", "@Knottm92.") for t in texts)
    assert "Martin Litwak." in report.body  # kept in the body, where the span points
    assert by_text(report, "We asked our followers").source.type == "unattributed"


def test_a_letters_page_from_the_pool(auditor):
    path = (Path(__file__).parent / "devset" / "english" / "polnear"
            / "usa-today_2016-08-31_abedin-needs-to-get-out-of-two-r.txt")
    report = auditor.audit(Document(name=path.name, text=path.read_text(encoding="utf-8")))
    claim = by_text(report, "It is obvious that Abedin learned")
    assert (claim.source.type, claim.source.text) == ("named_person", "Kenneth L. Zimmerman")
    assert by_text(report, "If Weiner had a drinking").source.text == "Cathy Williams"
    assert by_text(report, "Most people who get themselves").source.text == "Rob Billeaud"


@pytest.mark.parametrize("text", [
    # one name line alone: a closing credit, not a round-up (signed.min_run)
    "Trump is such a con artist.\n\nErnie Helton.\n",
    # subheadings naming a person above the paragraphs about them (after usa-today_2016-04-07_how-each-candidate-
    # could-play-th): the body does not end with a signature
    "New York votes in two weeks.\n\nHillary Clinton.\n\nClinton was the senator from New York.\n\n"
    "Bernie Sanders.\n\nSanders has done well in college towns.\n",
    # subheadings of a closed class ("The Facts.", wash-post_2015-11-16_clinton-s-claim-that-percent-of-)
    "Clinton made a claim.\n\nThe Facts.\n\nThe figure is wrong.\n\nThe Pinocchio Test.\n",
    # a sentence that reads like a name with an affiliation (millenials-aren-t-buying-trump-s)
    "Clinton leads.\n\nUnlike Trump, Clinton's supporting civil rights.\n\nTrump trails.\n\n"
    "Unlike Sanders, Clinton's winning the South.\n",
])
def test_a_name_line_outside_a_signed_round_up_is_no_signature(auditor, text):
    report = read(auditor, text)
    assert not any(r.startswith("signed.") for c in report.claims for r in c.reasons)

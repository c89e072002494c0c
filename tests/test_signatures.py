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


def signed_reasons(report):
    return {r for c in report.claims for r in c.reasons if r.startswith("signed.")}


@pytest.mark.parametrize("text", [
    # subheadings naming a person above the paragraphs about them (after usa-today_2016-04-07_how-each-candidate-
    # could-play-th), the last a closing author line: no letters label, no town, no handle (session-44 review,
    # finding 1)
    "How each candidate could play.\n\nNew York votes in two weeks.\n\nHillary Clinton.\n\n"
    "Clinton was the senator from New York.\n\nBernie Sanders.\n\nSanders has done well in college towns.\n\n"
    "Susan Page.\n",
    # subheadings of an ordinary article with a wire credit at its end (nyt_2015-11-10_netanyahu-and-obama-a-
    # tortured-r: "Rising Tensions.", "Settlement Issue."): the credit is the article's, no writer of each paragraph
    "Talks stall.\n\nThe talks stalled on Monday.\n\nRising Tensions.\n\nThe leaders have clashed for years.\n\n"
    "The meeting ended without a statement.\n\nAssociated Press.\n",
    # a list of endorsers
    "Who backs the bill.\n\nThe bill has won support.\n\nMike Pence.\n\nThe governor backed it.\n\nJohn Kasich.\n",
    # dateline cities: towns, never signatories (signed.place)
    "Vote count.\n\nThe count went on late.\n\nDes Moines, Iowa.\n\nVoters lined up early.\n\nCedar Rapids, Iowa.\n",
    # a sentence that reads like a name with an affiliation (millenials-aren-t-buying-trump-s)
    "Clinton leads.\n\nClinton leads.\n\nUnlike Trump, Clinton's supporting civil rights.\n\nTrump trails.\n\n"
    "Unlike Sanders, Clinton's winning the South.\n",
])
def test_a_name_line_outside_a_letters_page_is_no_signature(auditor, text):
    assert not signed_reasons(read(auditor, text))


def test_one_signed_letter_needs_a_letters_label(auditor):
    # a town under the name is evidence, but without a letters label one signature is not a run (signed.min_run)
    text = "A letter.\n\nTrump is such a con artist.\n\nErnie Helton.\n\nOlympia, Wash.\n"
    assert not signed_reasons(read(auditor, text))
    # under "LETTERS." one letter is a page (usa-today_2016-08-22_trump-has-right-idea-on-immigrat, finding 6)
    report = read(auditor, "Trump has right idea on immigration policy.\n\nLETTERS.\n\n"
                           "Muslim emigration to the West has been troublesome.\n\n"
                           "Trump knows we must rethink our immigration policies.\n\nLen Bennett.\n\n"
                           "Deerfield Beach, Fla.\n")
    claim = by_text(report, "Trump knows")
    assert (claim.source.type, claim.source.text) == ("named_person", "Len Bennett")
    assert {"signed.signature", "signed.place"} <= set(claim.reasons)
    assert not any(c.text in ("Len Bennett.", "Deerfield Beach, Fla.") for c in report.claims)


def test_closed_class_subheadings_under_a_letters_label_are_no_signatures(auditor):
    # only the closed-class check stops these: the label is there, one signature would do
    text = ("Clinton's claim.\n\nLETTERS.\n\nClinton made a claim.\n\nThe Facts.\n\nThe figure is wrong.\n\n"
            "The Pinocchio Test.\n")
    assert not signed_reasons(read(auditor, text))


@pytest.mark.parametrize("name", ["Associated Press", "Susan Page"])
def test_a_signature_read_as_an_outlet_or_a_document_signs_nothing(auditor, name):
    # an outlet (outlet.ap) or a document head (en.class.document_head) is no reader (finding 9)
    report = read(auditor, f"Letters on the race.\n\nLETTERS.\n\nTrump is such a con artist.\n\n"
                           f"Ernie Helton.\n\nI claim Trump is not a billionaire.\n\n{name}.\n")
    assert by_text(report, "Trump is such").source.text == "Ernie Helton"
    claim = by_text(report, "I claim Trump")
    assert claim.source.type == "unattributed" and not signed_reasons(report) - {"signed.signature"}


def test_a_governors_namesake_signs_as_a_reader(auditor):
    # a town under the name makes the writer a reader, whatever the officials list knows (findings 3 and 9)
    report = read(auditor, "Letters on taxes.\n\nLETTERS.\n\nThe plan makes no sense to me.\n\nKate Brown.\n\n"
                           "Portland, Ore.\n\nTaxes are too high.\n\nRick Scott.\n\nTampa, Fla.\n")
    for start, name in (("The plan makes", "Kate Brown"), ("Taxes are", "Rick Scott")):
        claim = by_text(report, start)
        assert (claim.source.type, claim.source.text) == ("named_person", name)


def test_a_known_officials_name_with_no_town_signs_nothing(auditor):
    report = read(auditor, "Letters.\n\nLETTERS.\n\nTrump is such a con artist.\n\nErnie Helton.\n\n"
                           "The Republican Party lost.\n\nHillary Clinton.\n")
    assert by_text(report, "The Republican Party lost").source.type == "unattributed"


# usa-today_2016-09-01_trump-didn-t-need-to-meet-with-p: the outlet's news lead opens the FACEBOOK section
FACEBOOK = ("Trump didn't need to meet with Pena Nieto.\n\nFACEBOOK.\n\n"
            "Republican presidential candidate Donald Trump met with Mexican President Enrique Pena Nieto on "
            "Wednesday.\n\n"
            "First Trump goes to Louisiana to meet the victims, now he meets with the president of Mexico.\n\n"
            "So golf and fundraising aren't what make an effective president? Huh.\n\nDavid Groner.\n\n"
            "Looks like someone told Trump that without the Latino vote he is dead in the water. "
            "If he reverses his stance now, he looks like a flake.\n\nSy Burr.\n")


def test_the_outlets_lead_under_a_social_label_is_no_readers(auditor):
    report = read(auditor, FACEBOOK)
    lead = by_text(report, "Republican presidential candidate")
    assert lead.source.type == "unattributed" and not signed_reasons(report) & set(lead.reasons)
    assert by_text(report, "So golf").source.text == "David Groner"
    assert by_text(report, "If he reverses").source.text == "Sy Burr"
    # finding 11: a span read from the sentence's first words ("Looks like someone") is no name; the writer's
    assert by_text(report, "Looks like someone").source.text == "Sy Burr"


def test_a_readers_one_sentence_post_under_a_social_label_is_theirs(auditor):
    # usa-today_2016-08-16_millenials-aren-t-buying-trump-s: "Young voters are too intelligent ..." / "Ken Kenjo."
    report = read(auditor, "Millennials.\n\nFACEBOOK.\n\nYoung voters will not vote for Donald Trump.\n\n"
                           "Ken Kenjo.\n\nGood, young voters are the ones who will be harmed.\n\nDon Scotter.\n")
    assert by_text(report, "Young voters").source.text == "Ken Kenjo"


def test_a_one_line_post_between_handles_is_a_post_not_a_town(auditor):
    # finding 4: "Hillary Clinton." under "@antnyj." is the next post, signed by "@RetiringOne."
    report = read(auditor, "Readers respond.\n\nTWITTER.\n\nWe asked our followers who won.\n\n"
                           "Kasich won easily.\n\n@antnyj.\n\nHillary Clinton.\n\n@RetiringOne.\n\n"
                           "The Republican Party lost.\n\n@SujOfficial.\n")
    assert by_text(report, "Kasich won").source.text == "@antnyj"
    assert by_text(report, "Hillary Clinton.").source.text == "@RetiringOne"
    assert by_text(report, "The Republican Party lost").source.text == "@SujOfficial"


def test_names_with_particles_and_suffixes_and_their_towns(auditor):
    # finding 5: the town is never the signatory
    report = read(auditor, "Readers respond to the race.\n\nLETTERS.\n\nTrump is such a con artist.\n\n"
                           "Rosa de la Cruz.\n\nHuntington Beach, Calif.\n\nI claim Trump is not a billionaire.\n\n"
                           "John Smith III.\n\nLong Beach, Calif.\n")
    assert by_text(report, "Trump is such").source.text == "Rosa de la Cruz"
    assert by_text(report, "I claim").source.text == "John Smith III"
    assert not any("Beach" in c.text for c in report.claims)

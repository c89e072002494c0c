"""Sending, releasing or issuing a message whose content follows (cue.en.issue_message): the statement, press
release, email, ad or video carries its sender's claim, as "a statement by" does in LABELLING.md. Each case comes
from PolNeAR's train split (../shared/data/english-polnear/train/text; the file is named beside it)."""
import pytest


@pytest.mark.parametrize("text, source", [
    # politico_2016-08-23_top-senate-candidates-pointing-f.txt
    ("Shortly after Murphy’s conference call ended, Rubio’s campaign sent out a press release saying Murphy owes "
     "“Florida an explanation for repeatedly voting against Zika funding.”", "Rubio’s campaign"),
    # usa-today_2015-11-27_trump-s-isil-tone-belies-dovish-.txt
    ('After the Paris attacks, Trump released a new radio ad calling it "dangerous" that Obama "has no strategy to '
     'defeat ISIS."', "Trump"),
    # usa-today_2016-04-26_sanders-will-back-clinton-eventu.txt
    ("On Saturday, his campaign sent out a fundraising email stressing the impact his bid has had on the "
     "front-runner's policy positions.", "his campaign"),
    # wash-post_2016-02-12_cruz-reboots-his-attacks-on-trum.txt
    ("The Cruz campaign sent a fundraising email Wednesday saying that the results in Iowa and New Hampshire show "
     "Cruz and Trump are in a two-man race.", "The Cruz campaign"),
    # breitbart_2016-03-15_the-latest-kasich-scores-all-del.txt
    ("Florida’s Secretary of State Ken Detzner sent out a statement reassuring voters that Trump had not been left "
     "off any presidential ballots.", "Ken Detzner"),
    # west-journal_2016-07-14_hillary-clinton-visit-to-police-.txt, after a name: "She" is the source
    ("Hillary Clinton spoke in Dallas. She also sent a tweet saying, if elected president, she would put new "
     "guidelines in place.", "She"),
])
def test_a_message_sent_with_its_content_is_its_senders_claim(audit, text, source):
    claim = audit(text).claims[-1]
    assert claim.source.type not in (None, "unattributed")
    assert source in (claim.source.text or "")
    assert "cue.en.issue_message" in claim.reasons


@pytest.mark.parametrize("text, source", [
    # wash-post_2015-12-24_ted-cruz-constitutional-conserva.txt: "that" and a verb of saying after the message
    ("Sen. Rand Paul (Ky.) has released a Web video that accuses Cruz of being welcoming to Syrian refugees.",
     "Rand Paul"),
    # wash-post_2016-05-29_internal-trump-university-record.txt
    ('In selling the courses, Trump released a marketing video that said, "We are going to have professors and '
     'adjunct professors that are absolutely terrific."', "Trump"),
    # the session-44 review, finding 10: "that" after a time word
    ("Sen. Rand Paul issued a press release Tuesday that says Clinton lied.", "Rand Paul"),
])
def test_a_message_that_says_is_its_senders_claim(audit, text, source):
    claim = audit(text).claims[0]
    assert source in (claim.source.text or "")
    assert claim.source.type == "named_official"
    assert "cue.en.issue_message" in claim.reasons


@pytest.mark.parametrize("text", [
    # after wash-post_2016-03-30_trump-sticking-by-his-campaign-m.txt ("The police also released a video of"): an act
    "The manager also released a video of the primary-night news conference, taken from the security cameras.",
    # politico_2016-06-14_sanders-scripts-his-primary-seas.txt: no content, and negated
    "He hasn’t sent a fundraising email for his own campaign in six days.",
    # breitbart_2016-06-05_the-latest-mourners-say-ali-s-de.txt
    "But Ali didn’t feel well and was unable to attend, so instead sent a message to read at the ceremony.",
    # a message of someone else's words: the sender only posts it
    "Jane Doe posted a video of the senator saying the bill would pass.",
    "The committee released the text of the letter saying the talks had failed.",
    # the session-44 review, finding 10: a message another wrote, told in a relative clause, is its writer's
    "Clinton released an email Abedin sent saying the files were deleted.",
])
def test_a_message_sent_without_its_content_is_no_speech(audit, text):
    claim = audit(text).claims[0]
    assert "cue.en.issue_message" not in claim.reasons


def test_a_document_released_still_speaks_as_itself(audit):
    # cue.en.published reads "released" as a pattern now, after cue.en.issue_message: a document's own finding
    claim = audit("The report released Monday found that crime fell.").claims[0]
    assert claim.source.type == "document"

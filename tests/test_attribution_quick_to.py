"""Being quick to perform a speech act performs it (cue.en.quick_to): "be quick to" before a verb of saying, pointing
out, adding, condemning or casting as, the subject before "be" the source. From PolNeAR train
(english-polnear/train/text), each an annotated cue: huff-post_2016-06-17_trump-s-supporters-may-be-the-re ("Sexton
was quick to point out that"), nyt_2015-12-09_terrorists-mock-bids-to-block-th ("technology companies are quick to
point out that"), nyt_2016-02-25_rubio-has-the-praise-just-not-th ("Advisers to Mr. Rubio are quick to point out
that"), politico_2016-03-01_trump-my-immigration-plans-aren- ("Trump was quick to add that"),
west-journal_2016-02-02_there-s-something-funny-about-hi ("were quick to condemn the outcome"),
wash-post_2015-11-15_carnage-renews-debate-over-milit ("were quick to cast the attacks as"). Not acts, not a habit
without "be", not answering with no content (huff-post_2016-02-07: "CNN was quick to push back after Ted Cruz
blamed the network", not annotated)."""
import pytest

from provenance import audit_text


def _last(text):
    return audit_text(text).claims[-1]


@pytest.mark.parametrize("sentence, source", [
    ("Sexton was quick to point out that not all Trump supporters espoused such views.", "Sexton"),
    ("Technology companies are quick to point out that most encryption products are made abroad.",
     "Technology companies"),
    ("Trump was quick to add that the negotiation does not include the wall.", "Trump"),
    ("Republican candidates were quick to cast the attacks as the consequence of failed policy.",
     "Republican candidates"),
    ("Local Democrats were all quick to condemn the outcome.", "Local Democrats"),
])
def test_quick_to_a_speech_act_is_the_subjects(sentence, source):
    claim = _last("The vote was held on Monday. " + sentence)
    assert "cue.en.quick_to" in claim.reasons
    assert claim.source.text == source


@pytest.mark.parametrize("sentence", [
    "McConnell was quick to embrace the mogul after he clinched the nomination.",
    "Axelrod has become a backseat driver, quick to point out flaws.",
    "CNN was quick to push back on the charge.",
    "Readers were quick to compromise.",
])
def test_quick_to_an_act_or_a_habit_is_no_cue(sentence):
    claim = _last("The vote was held on Monday. " + sentence)
    assert "cue.en.quick_to" not in claim.reasons


# review 2 (session 41), findings 2 and 6: a negated, modal or infinitive "be", or a denying subject
# (closed.en.denying_subject), states no act that happened; the subject is kept among the other attributions only
@pytest.mark.parametrize("sentence, holder", [
    ("Trump is not quick to apologize for anything.", "Trump"),
    ("Trump would be quick to deny that he knew.", "Trump"),
    ("Republicans should be quick to condemn the remarks.", "Republicans"),
    ("Clinton has never been quick to praise her rivals.", "Clinton"),
    ("Few were quick to defend the decision.", "Few"),
    ("Few Republicans were quick to defend the decision.", "Few Republicans"),
])
def test_quick_to_negated_modal_or_denied_is_no_speech_act(sentence, holder):
    claim = _last("The vote was held on Monday. " + sentence)
    assert claim.source.type == "unattributed"
    assert "cue.en.quick_to" not in claim.reasons
    assert [a.text for a in claim.also] == [holder]


@pytest.mark.parametrize("sentence", [
    "Democrats were quick to call the meeting to order.",
    "Rubio was quick to post photos of the rally on Instagram.",
    "Clinton was quick to claim the nomination.",
    "Aides were quick to write checks to the campaign.",
    "Supporters were eager to welcome him home.",
])
def test_quick_to_an_act_of_calling_posting_or_claiming_is_no_cue(sentence):
    claim = _last("The vote was held on Monday. " + sentence)
    assert "cue.en.quick_to" not in claim.reasons
    assert claim.source.type == "unattributed"


@pytest.mark.parametrize("sentence, source", [
    ("Republicans were quick to call the move a mistake.", "Republicans"),
    ("Democrats were quick to call for an investigation.", "Democrats"),
    ("Trump was quick to claim that the poll was rigged.", "Trump"),
])
def test_quick_to_call_or_claim_with_what_is_said_is_speech(sentence, source):
    claim = _last("The vote was held on Monday. " + sentence)
    assert "cue.en.quick_to" in claim.reasons
    assert claim.source.text == source

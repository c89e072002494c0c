"""A sentence with no cue that ends quoting a clause, in a frame of the writer's naming no one else, right after a
speaker's sentence, goes on quoting that speaker (attr.continuation.quoted_fragment: `English.quoted_fragment`,
`Attributor._quoted_fragment`). Sentences from PolNeAR train (english-polnear/train/text):
politico_2016-01-31_clinton-rolls-out-special-charac ("That makes her “by definition ...”" after Bill Clinton),
west-journal_2015-11-18_donald-trump-just-revealed-who-h ("Instead, “he just acts like a defeated man.”"),
nyt_2016-03-03_a-carbon-tax-that-really-works-e ("Now, ''within the business community ...''"),
politico_2016-07-05_criminal-charges-against-clinton ("But that’s not the same thing as “properly chargeable ...”"),
usa-today_2016-01-12_energy-guns-top-young-voters-age ("She wants the candidates \"first and foremost ...\""). What
stays the writer's, from the same split: usa-today_2016-01-19_clinton-media-strategy-follows-b ("Another featured
...", a subject of its own), wash-post_2016-07-22_republican-assails-elites-as-he- ("The crowd chanted back at him"),
wash-post_2015-11-16_clinton-s-claim-that-percent-of- (quoted search terms), west-journal_2016-08-27_newspaper-says-
clinton-needs-to- (a name opening the frame), usa-today_2015-12-01_for-gop-a-golden-opportunity-to- ('Bush: "..."',
a speaker's colon)."""
import pytest

from provenance import audit_text


def _last(text):
    return audit_text(text).claims[-1]


@pytest.mark.parametrize("text, name", [
    ("“She’s still got the best friends that she had in grade school,” Bill Clinton has said while stumping for his "
     "wife. That makes her “by definition a trustworthy, reliable good person unless they had a toy theft gang "
     "going.”", "Bill Clinton"),
    ("“He’s supposed to be a cheerleader for this country,” Donald Trump said. Instead, “he just acts like a "
     "defeated man.”", "Donald Trump"),
    ("''We were not very happy when it was first announced,'' said Jock A. Finlayson, head of policy at the "
     "Business Council of British Columbia. Now, ''within the business community there is a sizable constituency "
     "saying this is O.K.''", "Finlayson"),
    ("“There are not infrequently federal laws constructed such that a lot of different activity could technically "
     "be considered a criminal violation,” Susan Hennessey added. But that’s not the same thing as “properly "
     "chargeable under the law.”", "Hennessey"),
    ("\"It's going to be the point that it's too late,\" Melissa Ortiz says. She wants the candidates \"first and "
     "foremost to admit that it's a real thing.\"", "Ortiz"),
    # wash-post_2016-02-21_oregon-occupier-uses-st-amendmen: "It's" is no possessor opening a frame of another's
    ("\"We are not reporters,\" Jane Smith said. It's \"this new in-your-face journalism.\"", "Smith"),
])
def test_a_fragment_framed_by_the_writer_goes_on_with_the_speaker(text, name):
    claim = _last(text)
    assert "attr.continuation.quoted_fragment" in claim.reasons
    assert name in (claim.source.name or claim.source.text or "")


@pytest.mark.parametrize("text", [
    # a subject of its own in the frame
    "Another notes her summer job in Alaska, Clinton aides said. Another featured five vintage photos telling \"the "
    "story of how Bill and Hillary Clinton fell in love.\"",
    "\"We will build it,\" Donald Trump said. The crowd chanted back at him, \"Send them home,\" and \"Build the "
    "wall.\"",
    # quoted terms, not a clause
    "A declaration filed by the department said so. Officials searched their records for terms containing words "
    "such as \"ambassador,\" \"attack,\" \"Benghazi,\" \"Libya\" and \"talking points.\"",
    # the frame names another person
    "The Advocate had chided President Barack Obama for his vacation, the paper said. Obama did visit the state, but "
    "not until the week after the newspaper's editorial telling him to leave his \"playground for the posh and "
    "well-connected.\"",
    # narration between the speaker and the fragment
    "\"We lost,\" said Jeb Bush. The campaign moved on to South Carolina. It was \"a long road ahead for all of us.\"",
    # a subject of its own that is a noun of people or opens with a possessive (the reviewer's sentences)
    "Senator Bob Smith said the tax bill would pass. Republicans have branded the plan “a giveaway to the rich and "
    "powerful.”",
    "Senator Bob Smith said the tax bill would fail. Smith's critics have long labelled him “a man who never keeps "
    "promises.”",
    "Senator Bob Smith said the tax bill would fail. Her campaign slogan was “we will build a better future "
    "together.”",
    # a quoted question is the interviewer's
    "\"I have no idea,\" Sidney Blumenthal said. He was then pressed, \"Would you have told her it was not a good "
    "idea?\"",
])
def test_what_stays_the_writers(text):
    claim = _last(text)
    assert "attr.continuation.quoted_fragment" not in claim.reasons


def test_a_speaker_s_colon_before_a_quotation_is_that_speaker():
    claim = _last("\"We need a strategy,\" Hillary Clinton said. Bush: \"The mission is to destroy ISIS -- not to "
                  "contain it.\"")
    assert "attr.continuation.quoted_fragment" not in claim.reasons
    assert claim.source.text == "Bush"


def test_a_she_does_not_go_on_with_a_man():
    claim = _last("\"It is a disgrace,\" Mr. Trump said. She wants the candidates \"first and foremost to admit that "
                  "it's a real thing.\"")
    assert "attr.continuation.quoted_fragment" not in claim.reasons

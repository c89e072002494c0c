"""A belief whose holder opening the main clause is "he" or "she" is the person the pronoun stands for
(attr.opinion_holder with attr.continuation: `English.opinion_holders`), as a named holder's is. From PolNeAR train
(english-polnear/train/text): breitbart_2016-01-19_long-time-leaders-of-conservativ ("He also thinks Cruz will win"
after Bozell), wash-post_2016-04-17_donald-trump-is-not-a-racist-guy ("But he fears it has lost its swagger" after
Singh said), politico_2016-08-08_how-newtown-gave-chris-murphy-a- ("He thinks she would have been committed"),
wash-post_2015-11-10_opposition-appears-to-win-landsl ("She fears that the generals will not honor the election
results"). A first person is the quoted speaker's own words, no holder
(breitbart_2016-03-15_kasich-we-are-going-to-go-all-th: "We thought we could kind of sneak in")."""
from provenance import audit_text


def _last(text):
    return audit_text(text).claims[-1]


def test_he_thinks_is_the_person_cited_before():
    claim = _last("Media Research Center's Brent Bozell agrees with Viguerie that Cruz is the GOP's best candidate, "
                  "Bozell said. He also thinks Cruz will win his current battle with Donald Trump.")
    assert "attr.opinion_holder" in claim.reasons and "attr.continuation" in claim.reasons
    assert claim.source.name and "Bozell" in claim.source.name
    assert claim.source.text == "He"


def test_but_he_fears_after_he_said():
    claim = _last("Raj Singh said he chose to come to the United States from India 30 years ago. But he fears it has "
                  "lost its swagger on the world stage.")
    assert "Singh" in (claim.source.name or "")


def test_she_goes_back_past_a_man_to_a_woman():
    claim = _last("Ms. Yin Myint, a shopkeeper, said she voted early. Mr. Trump said the plan was a disaster. She fears "
                  "that the generals will not honor the results.")
    assert "Myint" in (claim.source.name or "")
    assert "attr.continuation.agreement" in claim.reasons


def test_a_first_person_is_no_holder():
    claim = _last("Ohio Gov. John Kasich spoke to reporters on Tuesday. We thought we could sneak in and grab a meal.")
    assert "attr.opinion_holder" not in claim.reasons

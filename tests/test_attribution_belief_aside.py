"""A belief held by "they" (en.class.plural_head), and a belief's holder in an aside that closes its clause
(`English._aside`: a comma before the holder, the sentence's end, a semicolon or a dash after the verb), is the
sentence's source (attr.opinion_holder), as a holder between two commas already was. From PolNeAR train
(english-polnear/train/text), each an annotated source: politico_2016-06-14_sanders-scripts-his-primary-seas ("His
leverage, they believe, isn't going anywhere" and "that won't happen, they believe - but how he finds"),
politico_2016-03-10_hillary-clinton-s-backseat-drive ("the most effective and showy way to do that, they think, is
to criticize"), huff-post_2016-01-28_bernie-sanders-and-hillary-clint ("They think the progress on climate change is
real") and breitbart_2016-01-10_conservative-icon-morton-blackwe's "..., Blackwell maintains." (the belief's frame; its
verb is read only before a complement and is left). A heading over another's words stays none ("Pollsters agree -
Carl Bialik:"), and a first person is no holder."""
from provenance import audit_text


def _last(text):
    return audit_text(text).claims[-1]


def test_they_believe_between_commas_is_the_group_before():
    claim = _last("Sanders and his top aides met donors in Vermont on Monday, Weaver said. His leverage, they believe, "
                  "isn't going anywhere.")
    assert "cue.en.opinion" in claim.reasons  # the pronoun goes on from the group (attr.continuation.plural)
    # review 2 (session 41), finding 11: the group, a person and the people around them, is the earlier mention
    assert (claim.source.type, claim.source.name) == ("named_official", "Sanders and his top aides")


def test_they_think_opening_the_sentence():
    claim = _last("Senators Warren and Sanders said the president compromised too soon. They think "
                  "the progress on climate change is real.")
    assert "cue.en.opinion" in claim.reasons
    assert claim.source.type != "unattributed"


def test_a_holder_closing_the_sentence():
    claim = _last("Morton Blackwell endorsed Ted Cruz on Sunday. Cruz will do an excellent job in judicial "
                  "appointments, Blackwell thinks.")
    assert "attr.opinion_holder" in claim.reasons
    assert claim.source.text == "Blackwell"


def test_a_holder_before_a_dash():
    claim = _last("People close to Sanders, who spoke on Monday, see a long fight ahead. The question is not whether he "
                  "leaves the race before the convention - that won't happen, Weaver believes - but how he finds a "
                  "place in it.")
    assert "attr.opinion_holder" in claim.reasons
    assert claim.source.text == "Weaver"


def test_a_heading_before_a_dash_is_no_holder():
    claim = _last("The race tightened on Tuesday. Pollsters agree - Carl Bialik: the race is close.")
    assert "attr.opinion_holder" not in claim.reasons


def test_a_holder_after_a_plain_word_is_no_aside():
    claim = _last("The race tightened on Tuesday. The senator won the vote and voters think.")
    assert claim.source.type == "unattributed"


def test_we_closing_the_sentence_is_no_holder():
    claim = _last("The race tightened on Tuesday. The plan will fail, we believe.")
    assert "attr.opinion_holder" not in claim.reasons

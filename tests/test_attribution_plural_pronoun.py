""""they" is a group, never the one person cited last (attr.continuation.plural, closed.en.plural_pronoun): outside a
quotation it stands for an unnamed group, and the person cited last goes on as the speaker. Sentences modelled on
PolNeAR train (english-polnear/train): politico_2016-01-27_the-steep-cost-of-cruz-s-county- ("old Iowa political
hands say ... they say it would have made more strategic sense" after Cruz's aide), nyt_2016-02-03_tax-overhaul-
remains-a-distant-g ("As Republicans scrambled ..., they proposed"), west-journal_2016-02-09_trump-supporter-
screams-controve ("They said she could." after Trump asked the crowd), usa-today_2016-08-09_khans-trump-stirs-
ugliness-musli (Khan's quotation opening with "They would come to me")."""
from provenance import audit_text


def test_they_after_one_person_is_an_unnamed_group():
    claims = audit_text("Senator Ted Cruz said he would visit every county. "
                        "Local party hands were less sure. "
                        "They said the time would have been better spent in the cities. "
                        "\"We will win Iowa,\" he said.").claims
    assert claims[2].source.type == "anonymous" and claims[2].source.text == "They"
    assert "attr.continuation.plural" in claims[2].reasons
    assert claims[3].source.name == "Ted Cruz"  # the group is no speaker to go on with


def test_they_inside_a_quotation_is_the_speaker_s_words():
    claims = audit_text("Khizr Khan said the calls had not stopped. "
                        "\"They would come to me, and they'll say, 'Mr. Khan, you're a lawyer.").claims
    assert claims[-1].source.name == "Khizr Khan"

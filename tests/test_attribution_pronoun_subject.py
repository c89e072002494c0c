"""Whom "he" and "she" stand for after a sentence of narration that opens with a person as its subject
(attr.continuation.subject): that person, not the speaker cited before it. Sentences from PolNeAR train
(english-polnear/train): west-journal_2016-09-01_media-growls-in-response-to-kain ("Kaine did not see the media's
point." after a quoted anchor), west-journal_2016-03-01_one-sentence-from-trump-just-set ("Chuck Todd was shocked."
after Trump spoke), politico_2016-08-11_pence-blames-media-for-trump-s-o ("Rep. Sean Duffy (R-Wisc.) also
addressed the controversy" after Trump), huff-post_2016-08-17_the-unhappy-campaign-of-paul-man ("Trump himself was
delighted" after Manafort). A sentence whose speaker is no named person (a reporter asking, an outlet reported to,
a document) is read for its subject too: nyt_2015-12-29_u-s-commandos-take-on-larger-rol ("Mr. Obama himself tried to
draw a distinction ..., when a reporter asked"), politico_2015-12-15_carson-huckabee-fiorina-earned-s ("Huckabee
offered a similar explanation when POLITICO reported ..."), wash-post_2016-08-01_snowden-wikileaks-clash-over-dnc
("WikiLeaks founder Julian Assange was the subject of a U.S. investigation after WikiLeaks posted ... documents")."""
import pytest

from provenance import audit_text


def _last(text):
    return audit_text(text).claims[-1]


def test_the_subject_of_the_narration_before_is_the_pronoun_s_person():
    claim = _last("“But that was the first time in a long time, senator,” CBS This Morning co-Anchor DeMarco Morgan "
                  "said. Kaine did not see the media’s point. “I don’t see what the massive difference is between a "
                  "press conference and talking to the press everywhere you go,” he said.")
    assert claim.source.name == "Tim Kaine"
    assert claim.source.text == "he"
    assert "attr.continuation.subject" in claim.reasons


@pytest.mark.parametrize("text, person", [
    # a title before the name and a party after it
    ("“We have to be very careful,” Donald Trump said on Thursday. Rep. Sean Duffy (R-Wisc.) also addressed the "
     "controversy when introducing Pence Thursday. “Maybe not literally, but they set the policy up that ISIS could "
     "rise,” he said.", "Sean Duffy"),
    # a leading conjunction (closed.en.pronoun.subject_lead)
    ("“He was a very good lobbyist,” Paul Manafort said. And Trump himself was delighted by the resulting "
     "controversy. “The people who were offended were people we wanted to offend,” he later said.", "Donald Trump"),
    # the sentence before has a speaker of its own: the pronoun goes on with them, not the person quoted inside it
    ("“Trump’s salespeople would focus on how much money people could come up with,” Elizabeth Warren said. “Donald "
     "Trump's students were pushed to max out their credit cards,” she continued. “He should be ashamed,” she said.",
     "Elizabeth Warren"),
])
def test_whom_the_pronoun_stands_for(text, person):
    assert _last(text).source.name == person


@pytest.mark.parametrize("text, person", [
    ("Senator Marco Rubio has talked about embedding troops, he said. Mr. Obama himself tried to draw a distinction "
     "during an interview this month with CBS News, when a reporter asked if recent deployments were boots on the "
     "ground. ''You know, when I said, 'No boots on the ground,' I think the American people understood,'' he said.",
     "Barack Obama"),
    ("“However, what current officeholders are doing is clearly a conflict,” said Huckabee campaign spokesman Hogan "
     "Gidley. Huckabee offered a similar explanation when POLITICO reported on his schedule of paid speeches in 2007. "
     "At the time, he told POLITICO he had kept up his paid speaking schedule.", "Mike Huckabee"),
])
def test_the_subject_of_a_sentence_whose_speaker_is_no_named_person(text, person):
    # the reporter who asked, the outlet reported to: the subject is the person "he" goes on about
    claim = _last(text)
    assert claim.source.name == person
    assert "attr.continuation.subject" in claim.reasons


def test_a_name_that_is_not_the_subject_keeps_the_last_speaker():
    # "At first, there was pressure on Clinton": Clinton is named, but is no subject (wash-post_2015-12-22_as-spotli)
    claim = _last("“Democrats were slow to organise,” said Mo Elleithee, a former party spokesman. At first, there "
                  "was pressure on Clinton to get into the race earlier. And now there is some discomfort, he said.")
    assert claim.source.name == "Mo Elleithee"


@pytest.mark.parametrize("narration", [
    "Obama's aides were shocked by the remark.",  # a possessive
    "Mrs. Clinton was in Iowa that day.",  # a subject whose gender disagrees with "he"
    # a name after a preposition, or after a determiner as a modifier: "Like Makaeff, ..., Roffman doesn't want"
    # (wash-post_2016-07-15_thin-skinned), "The Cruz campaign on Monday night picked up on tweet"
    # (politico_2016-02-05_carson-cruz-)
    "Like Makaeff, the former customer, Roffman does not want to tangle with Trump anymore.",
    "The Cruz campaign on Monday night picked up on a tweet from a CNN reporter.",
])
def test_an_opening_that_is_no_subject_of_he_keeps_the_last_speaker(narration):
    claim = _last("“The bill is dead,” Senator Mitch McConnell said on Monday. " + narration
                  + " “We will try again next year,” he said.")
    assert claim.source.name == "Mitch McConnell"
    assert "attr.continuation.subject" not in claim.reasons


def test_a_surname_two_people_of_the_article_share_is_no_subject():
    # "But Mrs. Clinton, who was distracted ..., was not as friendly. ... he said" (nyt_2015-12-15_white-house-schmo):
    # the article names Bill Clinton too: "Mrs. Clinton" is not read as a subject (gender.shared_family)
    claim = _last("Bill Clinton and Hillary Clinton greeted the guests. “It was very nice,” Mr. Rogan said. But "
                  "Mrs. Clinton, who was distracted, was not as friendly. “There was some iciness there,” he said.")
    assert claim.source.name != "Hillary Clinton"


def test_a_full_name_with_a_middle_initial_is_the_subject():
    # "Roberta A. Kaplan, a New York-based lawyer ..., invoked ..." (wash-post_2016-07-02_judge-blocks-mississippi-s-relig):
    # the initial is part of the name, not a word that makes the run no name
    claim = _last("“The law is constitutional,” Gov. Phil Bryant said. Roberta A. Kaplan, a New York-based lawyer who "
                  "represented plaintiffs in the adoption case and the HB 1523 lawsuit, invoked the state's racially "
                  "segregated history in hearings in June. “There can't be separate but equal marriage,” she told Reeves.")
    assert claim.source.name == "Roberta Kaplan"
    assert claim.source.type == "named_person"


@pytest.mark.parametrize("text, person", [
    # wash-post_2016-07-02_judge-blocks-mississippi-s-relig: two sentences of "He" between the name and "he said"
    ("“We will appeal,” Gov. Phil Bryant said. Joseph R. Murray II, a onetime lawyer for the American Family "
     "Association, later came out as gay. He married in Mississippi last year and counts himself a devout Catholic. "
     "“The politics are just so blatant,” he said in an interview.", "Joseph R Murray"),
    # wash-post_2016-07-06_understated-perez-raises-politic: "Perez ... He has seen ... He promises" (the article's
    # "Perez talks about growing up" is speech since cue.en.talk_about; a stance keeps the chain to read past)
    ("“Coal is over,” Rush Limbaugh said. Perez remembers growing up in Buffalo. He has seen abandoned steel mills "
     "retooled to turn out solar panels. He promises the government will help workers.", "Perez"),
    # wash-post_2015-11-15_carnage-renews-debate-over-milit: three sentences of "She" after "Clinton appeared"
    ("“We are at war,” Donald Trump said. Clinton appeared to have the most to gain. She skirted the opening "
     "question. She also maneuvered around the charged term. She referred to jihadism. “I don't think we are at "
     "war with Islam,” she said.", "Hillary Clinton"),
])
def test_narration_that_goes_on_with_the_same_pronoun_is_read_past(text, person):
    claim = _last(text)
    assert claim.source.name == person
    assert "attr.continuation.subject_chain" in claim.reasons


def test_narration_with_another_pronoun_is_not_read_past():
    # "She" opens the sentence between: "he" is not read back through it to the name before
    claim = _last("“Coal is over,” Rush Limbaugh said. Perez talks about growing up in Buffalo. She has seen abandoned "
                  "steel mills retooled. “We will help,” he said.")
    assert "attr.continuation.subject_chain" not in claim.reasons


@pytest.mark.parametrize("text, person", [
    # politico_2016-04-11_clinton-and-sanders-trade-low-bl
    ("Hillary Clinton on Monday hit Bernie Sanders on immigration, she hit him on guns, and she claimed that "
     "there’s a “growing level of anxiety” in the Vermont senator’s campaign.", "Hillary Clinton"),
    # politico_2016-04-10_snl-has-fun-with-clinton-s-strug
    ("Hillary Clinton isn’t rattled about the string of losses she’s faced in the Democratic primary — in fact, "
     "she said it “humanizes” her.", "Hillary Clinton"),
    # politico_2016-07-29_sex-lies-and-the-grayson-family-
    ("As Rep. Alan Grayson’s Senate campaign began falling apart over allegations he beat his ex-wife, he blasted "
     "out a new robocall touting a campaign for the House.", "Alan Grayson"),
])
def test_with_no_one_cited_before_the_pronoun_is_the_person_its_own_sentence_names(text, person):
    # an article's first sentence: no speaker and no name before it, so "she"/"he" is the person the sentence
    # names before the pronoun (attr.continuation.own_sentence, or, where it opens the sentence as its subject
    # before a later clause, attr.continuation.clause_subject), not left unattributed
    claim = audit_text(text).claims[0]
    assert person in (claim.source.name or "")
    assert {"attr.continuation.own_sentence", "attr.continuation.clause_subject"} & set(claim.reasons)


def test_a_pronoun_with_no_one_named_before_it_stays_unattributed():
    claim = audit_text("Nobody expected it, but she said the vote was over.").claims[0]
    assert claim.source.type == "unattributed"
    assert "attr.continuation.no_previous" in claim.reasons

"""Whom "he" and "she" stand for inside their own sentence and after a question (session 41, branch en-pron).

attr.continuation.clause_subject: a "he"/"she" opening a later clause of its sentence is the person the sentence
opens with as its subject, not the person cited last. Instances, PolNeAR train (english-polnear/train):
huff-post_2016-06-09_clinton-and-sanders-aren-t-butti ("Clinton has taken a confusing and conflicted stance ..., but
she has said"), huff-post_2016-08-10_another-gop-figure-endorses-hill ("Former Rep. Chris Shays (R-Conn.) was pro
John Kasich while ..., he said"), wash-post_2016-03-18_why-obama-s-high-court-pick-migh ("Clinton, though she
praised Garland"), politico_2016-07-11_gay-republicans-push-for-pro-lgb ("Similarly, Rubio gave an interview ...,
and he condemned"), politico_2016-07-11_republicans-ask-doj-to-investiga ("While Comey said ..., he said"),
politico_2016-03-10_trump-s-rivals-pull-their-punche ("As for Trump, he said").

attr.continuation.asked: a "he"/"she" in the sentence after one that puts a question to a named person is the
person asked, who answers. Instances, PolNeAR train: huff-post_2016-01-17_bernie-sanders-to-release-medica ("The
Huffington Post's Scott Conroy asked Sanders whether ..."), huff-post_2016-02-24_marco-rubio-you-don-t-win-the-no
("Earhardt then asked Rubio which states ..."), west-journal_2016-08-25_trump-stands-tall-on-proposal-fo ("Hannity
asked Trump how high the wall would be")."""
import pytest

from provenance import audit_text


def _last(text):
    return audit_text(text).claims[-1]


@pytest.mark.parametrize("text, person", [
    ("“We need a fair wage,” said Ben Jealous, a Sanders supporter. Clinton has taken a confusing and conflicted "
     "stance on the minimum wage, but she has said that she supports a $12 wage nationally.", "Hillary Clinton"),
    ("Some Republicans are so opposed to Donald Trump that they are endorsing Hillary Clinton. Former Rep. Chris "
     "Shays (R-Conn.) was pro John Kasich while the Ohio governor was in the running, he said Wednesday morning.",
     "Chris Shays"),
    ("“He will not get a hearing,” said Judiciary Committee Chairman Chuck Grassley. Clinton, though she praised "
     "Garland and said Republicans should give him a hearing, stopped short of committing to renominate him.",
     "Hillary Clinton"),
    ("“We want to protect every American,” said Jim Bopp, a committee member. Similarly, Rubio gave an interview to "
     "the Advocate the day after the shooting, and he condemned the targeting of gays.", "Marco Rubio"),
    ("“This must be investigated,” said Rep. Trey Gowdy. While Comey said there was clear evidence that Clinton was "
     "“extremely careless” and mishandled classified information, he said there is no precedent for prosecuting "
     "such a case.", "Comey"),
    ("“I would support the nominee,” Ted Cruz said. As for Trump, he said he is not worried.", "Donald Trump"),
])
def test_a_pronoun_in_a_later_clause_is_the_sentence_s_subject(text, person):
    claim = _last(text)
    assert claim.source.name == person
    assert claim.source.text.lower() in ("he", "she")
    assert "attr.continuation.clause_subject" in claim.reasons


@pytest.mark.parametrize("text, person", [
    # right after a speaker, a bare comma before "he added": the speaker goes on about the subject
    # (nyt_2016-02-18_trump-fires-up-g-o-p-base-by-pri)
    ("''All us rank-and-file conservatives have been dictated to from Washington,'' Hogan Gidley said. Mr. Trump, who "
     "is not taking large donations from special interests, fits that bill for many people, he added.", "Hogan Gidley"),
    # a quotation before the pronoun: its speaker, as before
    ("Sen. John Smith spoke on Monday. “We will win,” he said.", "John Smith"),
])
def test_a_pronoun_the_sentence_s_subject_does_not_take(text, person):
    claim = _last(text)
    assert claim.source.name == person
    assert "attr.continuation.clause_subject" not in claim.reasons


def test_a_gender_that_disagrees_keeps_the_subject_from_the_pronoun():
    claim = _last("“We will see,” said Sen. John Smith. Mrs. Clinton spoke first, and he said the bill would pass.")
    assert claim.source.name != "Hillary Clinton"


@pytest.mark.parametrize("text, person", [
    ("Last month, The Huffington Post’s Scott Conroy asked Sanders whether questions about his health were fair game. "
     "“Sure it is. I would not have run if I was not blessed,” he said.", "Bernie Sanders"),
    ("Fox host Ainsley Earhardt interviewed him. Earhardt then asked Rubio which states specifically he could win. "
     "“Well, we feel great in every one of those states,” he said.", "Marco Rubio"),
    ("“Who’s going to pay for it?” Trump asked the crowd. Sean Hannity asked Trump how high the wall would be. "
     "“I think the height could be 35 to 45 feet,” he told Hannity.", "Donald Trump"),
])
def test_the_person_asked_answers(text, person):
    claim = _last(text)
    assert claim.source.name == person
    assert "attr.continuation.asked" in claim.reasons


def test_a_request_is_no_question_and_a_gender_that_disagrees_is_no_answer():
    # "asked X to ..." makes a request (no closed.en.question_opener); "she" is not the man asked
    request = _last("Sen. John Smith said the vote was close. He asked Obama to veto the bill. “It is wrong,” he said.")
    assert "attr.continuation.asked" not in request.reasons
    answer = _last("“It was close,” said Mrs. Nancy Pelosi. Mrs. Pelosi asked Obama whether he would sign. "
                   "“We will see,” she said.")
    assert answer.source.name != "Barack Obama"
